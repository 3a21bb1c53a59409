/**
 * Turns the spec's component schemas into the two JSON Schema documents the validators compile:
 *
 * - **request** semantics: unknown properties are errors (they are nearly always typos), and
 *   read-only properties are never required (the server fills them in; sending one is allowed so a
 *   record read from the API can be sent back).
 * - **response** semantics: unknown properties are accepted, so a field the server adds tomorrow
 *   never breaks a client today.
 *
 * `allOf` of object schemas is flattened into one object first, because `additionalProperties:
 * false` cannot see properties declared in a sibling schema. OpenAPI-only keywords are dropped.
 * Each component becomes a schema of its own with the id `<semantics>:<Name>`, and references
 * `#/components/schemas/X` become `<semantics>:X`, so every component compiles to one function that
 * all its users share.
 */
import type { OpenAPI3 } from "openapi-typescript";

export type Semantics = "request" | "response";
type Schema = Record<string, unknown>;

/**
 * Keywords the compiled checks do not need: OpenAPI-only ones and annotations (they would only
 * bloat the generated code; the docs and types keep them).
 */
const DROPPED_KEYWORDS = new Set([
  "example",
  "examples",
  "xml",
  "externalDocs",
  "discriminator",
  "deprecated",
  "description",
  "title",
  "default",
  "writeOnly",
]);
const COMPONENT_PREFIX = "#/components/schemas/";

function isObjectSchema(schema: Schema): boolean {
  return schema.type === "object" || schema.properties !== undefined;
}

/** Follows a `#/components/schemas/X` reference (one level; the spec never chains aliases). */
function resolve(schema: Schema, components: Record<string, Schema>): Schema {
  const reference = schema.$ref;
  if (typeof reference !== "string") return schema;
  const target = components[reference.slice(COMPONENT_PREFIX.length)];
  if (!target) throw new Error(`Unresolved reference ${reference}`);
  return resolve(target, components);
}

/** Merges `allOf: [object, object, …]` into one object schema; leaves any other allOf alone. */
function flattenAllOf(schema: Schema, components: Record<string, Schema>): Schema {
  const members = schema.allOf;
  if (!Array.isArray(members)) return schema;
  const resolved = members.map((member) => flattenAllOf(resolve(member as Schema, components), components));
  if (!resolved.every(isObjectSchema)) return schema;
  const { allOf: _allOf, ...rest } = schema;
  const merged: Schema = { ...rest, type: "object", properties: {}, required: [] };
  for (const member of resolved) {
    Object.assign(merged.properties as Schema, member.properties);
    (merged.required as string[]).push(...((member.required as string[] | undefined) ?? []));
    if (member.additionalProperties !== undefined) merged.additionalProperties = member.additionalProperties;
  }
  if ((merged.required as string[]).length === 0) delete merged.required;
  return merged;
}

function transform(node: unknown, semantics: Semantics, components: Record<string, Schema>): unknown {
  if (Array.isArray(node)) return node.map((item) => transform(item, semantics, components));
  if (node === null || typeof node !== "object") return node;
  let schema = flattenAllOf(node as Schema, components);
  const out: Schema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (DROPPED_KEYWORDS.has(key) || key.startsWith("x-")) continue;
    if (key === "$ref" && typeof value === "string") {
      out.$ref = `${semantics}:${value.slice(COMPONENT_PREFIX.length)}`;
    } else if (key === "properties" || key === "$defs" || key === "patternProperties") {
      // Keys of these maps are names, not keywords: transform only their values.
      out[key] = Object.fromEntries(
        Object.entries(value as Schema).map(([name, child]) => [name, transform(child, semantics, components)]),
      );
    } else {
      out[key] = transform(value, semantics, components);
    }
  }
  schema = out;
  if (semantics === "request" && schema.properties !== undefined) {
    if (schema.additionalProperties === undefined) schema.additionalProperties = false;
    const properties = schema.properties as Record<string, Schema>;
    const required = (schema.required as string[] | undefined)?.filter((name) => properties[name]?.readOnly !== true);
    if (required && required.length > 0) schema.required = required;
    else delete schema.required;
  }
  return schema;
}

/** Every component schema in the given semantics, each with its id `<semantics>:<Name>`. */
export function componentSchemas(spec: OpenAPI3, semantics: Semantics): Schema[] {
  const components = (spec.components?.schemas ?? {}) as Record<string, Schema>;
  return Object.entries(components).map(([name, schema]) => ({
    $id: `${semantics}:${name}`,
    ...(transform(schema, semantics, components) as Schema),
  }));
}

/** Transforms an inline schema (a request body or response defined in place) in the given semantics. */
export function inlineSchema(schema: Schema, spec: OpenAPI3, semantics: Semantics): Schema {
  const components = (spec.components?.schemas ?? {}) as Record<string, Schema>;
  return transform(schema, semantics, components) as Schema;
}
