/**
 * Classifies every difference between two bundled OpenAPI 3.1 documents (the spec of the last release
 * and the current one) as breaking or not, from the point of view of code built on the SDK.
 *
 * The rule behind every classification is one sentence: **inputs may only widen, outputs may only
 * narrow.** A request body or parameter (input) that accepts less than before breaks callers; an
 * answer (output) that can hold something it could not hold before breaks readers. So:
 *
 * - breaking: a removed or renamed operation, client method, field, parameter, enum value, union
 *   variant or schema (the SDK exports a type and a validator per schema); a new required input (field,
 *   parameter or body) or an input that became required; an input type narrowed (a type, `null`, an enum
 *   value no longer accepted, a tighter length, range or pattern, a new format); an output widened (may
 *   now be `null` or another type, a looser length or range, a field that may now be absent); a changed
 *   format or pattern; anything this module does not analyse (treated as breaking so that nothing
 *   unknown passes silently).
 * - not breaking: new operations, optional inputs and output fields; widened inputs; narrowed outputs;
 *   documentation (descriptions, examples, summaries, tags); and, by convention, new enum values and
 *   union variants in answers (readers must handle values they do not know; `null` is not such a value).
 *   Unknown fields in answers are always tolerated (the SDK's response validators accept them).
 *
 * Pure JavaScript over the parsed documents: no network, no binaries.
 */

/** Whether a change breaks code built on the previous release. */
export type Severity = "breaking" | "non-breaking";

/** One classified difference. */
export interface SpecChange {
  severity: Severity;
  /** Where: an operation (`GET /v1/boms/ (listBoms)`), a parameter, a body, or a schema, with a field path. */
  location: string;
  message: string;
}

type Json = null | boolean | number | string | Json[] | JsonObject;
interface JsonObject {
  [key: string]: Json;
}

/** Inputs are what SDK users send (request bodies, parameters); outputs what they receive. */
type Direction = "input" | "output";

const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

/** Keywords that document and never constrain. */
const ANNOTATIONS = new Set([
  "description",
  "summary",
  "title",
  "example",
  "examples",
  "default",
  "deprecated",
  "$comment",
  "externalDocs",
  "tags",
  "xml",
]);

/** Schema keywords that `compareSchemaBodies` analyses itself. */
const SCHEMA_KEYWORDS = new Set([
  "type",
  "nullable",
  "enum",
  "const",
  "properties",
  "required",
  "additionalProperties",
  "items",
  "propertyNames",
  "readOnly",
  "writeOnly",
  "format",
  "pattern",
  "multipleOf",
  "uniqueItems",
  "minimum",
  "exclusiveMinimum",
  "minLength",
  "minItems",
  "minProperties",
  "maximum",
  "exclusiveMaximum",
  "maxLength",
  "maxItems",
  "maxProperties",
  "oneOf",
  "anyOf",
  "discriminator",
]);
const LOWER_BOUNDS = ["minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties"] as const;
const UPPER_BOUNDS = ["maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties"] as const;

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isAnnotation(key: string): boolean {
  return ANNOTATIONS.has(key) || key.startsWith("x-");
}

/** JSON with sorted keys, so that equal values have equal text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (isObject(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value) ?? "undefined";
}

function equal(left: unknown, right: unknown): boolean {
  return canonical(left) === canonical(right);
}

function show(value: unknown): string {
  return typeof value === "string" ? `"${value}"` : canonical(value);
}

function list(values: Iterable<string>): string {
  return [...values].join(", ");
}

/** Follows a local JSON pointer (`#/components/schemas/Bom`). */
function lookup(document: JsonObject, ref: string): Json | undefined {
  if (!ref.startsWith("#/")) throw new Error(`Only local $refs are supported, got ${ref}`);
  let node: Json | undefined = document;
  for (const segment of ref.slice(2).split("/")) {
    const key = decodeURIComponent(segment).replaceAll("~1", "/").replaceAll("~0", "~");
    node = isObject(node) ? node[key] : undefined;
  }
  return node;
}

/** Resolves a non-schema object (parameter, response, body) that may be a `$ref`; siblings override. */
function dereference(document: JsonObject, node: Json | undefined): JsonObject | undefined {
  let current = node;
  const seen = new Set<string>();
  let siblings: JsonObject = {};
  while (isObject(current) && typeof current.$ref === "string") {
    if (seen.has(current.$ref)) throw new Error(`Circular $ref ${current.$ref}`);
    seen.add(current.$ref);
    const { $ref, ...rest } = current;
    siblings = { ...rest, ...siblings };
    current = lookup(document, $ref);
  }
  return isObject(current) ? { ...current, ...siblings } : undefined;
}

/** The component name of a schema that is only a `$ref` to `#/components/schemas/<name>` (plus annotations). */
function componentName(schema: Json | undefined): string | undefined {
  if (!isObject(schema) || typeof schema.$ref !== "string") return undefined;
  if (!Object.keys(schema).every((key) => key === "$ref" || isAnnotation(key))) return undefined;
  const match = /^#\/components\/schemas\/([^/]+)$/.exec(schema.$ref);
  return match ? decodeURIComponent(match[1] as string) : undefined;
}

function mergeSchemas(base: JsonObject, next: JsonObject): JsonObject {
  const merged: JsonObject = { ...base };
  for (const [key, value] of Object.entries(next)) {
    const current = merged[key];
    if (current === undefined) {
      merged[key] = value;
    } else if (key === "properties" && isObject(current) && isObject(value)) {
      const properties: JsonObject = { ...current };
      for (const [name, schema] of Object.entries(value)) {
        const existing = properties[name];
        properties[name] = existing === undefined ? schema : { allOf: [existing, schema] };
      }
      merged.properties = properties;
    } else if (key === "required" && Array.isArray(current) && Array.isArray(value)) {
      merged.required = [...new Set([...current, ...value].map(String))];
    } else if (key === "type") {
      // allOf: a value must match every member, so the allowed types are the intersection.
      const left = new Set(typeList(current));
      const right = new Set(typeList(value));
      const both = [...left].flatMap((type) => {
        if (right.has(type)) return [type];
        if (type === "number" && right.has("integer")) return ["integer"];
        if (type === "integer" && right.has("number")) return ["integer"];
        return [];
      });
      merged.type = both.length === 1 ? (both[0] as string) : both;
    } else if (key === "enum" && Array.isArray(current) && Array.isArray(value)) {
      merged.enum = current.filter((item) => value.some((other) => equal(item, other)));
    } else if (
      (LOWER_BOUNDS as readonly string[]).includes(key) &&
      typeof current === "number" &&
      typeof value === "number"
    ) {
      merged[key] = Math.max(current, value);
    } else if (
      (UPPER_BOUNDS as readonly string[]).includes(key) &&
      typeof current === "number" &&
      typeof value === "number"
    ) {
      merged[key] = Math.min(current, value);
    } else {
      merged[key] = value;
    }
  }
  return merged;
}

function typeList(value: Json | undefined): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === "string");
  return [];
}

/** A schema with `$ref` and `allOf` folded in, so that it can be compared keyword by keyword. */
function flatten(document: JsonObject, schema: Json | undefined, depth = 0): JsonObject {
  if (depth > 64) throw new Error("Schema nesting through $ref/allOf is too deep (a $ref cycle through allOf?)");
  if (schema === false) return { not: {} };
  if (!isObject(schema)) return {};
  const { $ref, allOf, ...rest } = schema;
  const parts: JsonObject[] = [];
  if (typeof $ref === "string") parts.push(flatten(document, lookup(document, $ref), depth + 1));
  if (Array.isArray(allOf)) for (const member of allOf) parts.push(flatten(document, member, depth + 1));
  parts.push(rest);
  return parts.reduce(mergeSchemas, {});
}

/** The JSON types a schema allows, or undefined for "any". */
function typesOf(schema: JsonObject): Set<string> | undefined {
  let types: Set<string> | undefined;
  if (schema.type !== undefined) types = new Set(typeList(schema.type));
  else if (schema.properties !== undefined || schema.additionalProperties !== undefined) types = new Set(["object"]);
  else if (schema.items !== undefined) types = new Set(["array"]);
  if (types && schema.nullable === true) types.add("null");
  return types;
}

/** Types of `from` that `to` does not allow (`number` covers `integer`). */
function typesMissing(from: Set<string>, to: Set<string>): string[] {
  return [...from].filter((type) => !to.has(type) && !(type === "integer" && to.has("number")));
}

function enumOf(schema: JsonObject): Map<string, Json> | undefined {
  if (schema.const !== undefined) return new Map([[canonical(schema.const), schema.const]]);
  if (Array.isArray(schema.enum)) return new Map(schema.enum.map((value) => [canonical(value), value]));
  return undefined;
}

function variantsOf(schema: JsonObject): Json[] | undefined {
  if (Array.isArray(schema.oneOf)) return schema.oneOf;
  if (Array.isArray(schema.anyOf)) return schema.anyOf;
  return undefined;
}

/** The operations of a document, keyed by `METHOD path`, with their path-level parameters folded in. */
interface OperationEntry {
  key: string;
  method: string;
  path: string;
  operation: JsonObject;
  pathParameters: Json[];
}

function operationsOf(container: Json | undefined): Map<string, OperationEntry> {
  const operations = new Map<string, OperationEntry>();
  if (!isObject(container)) return operations;
  for (const [path, pathItem] of Object.entries(container)) {
    if (!isObject(pathItem)) continue;
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (!isObject(operation)) continue;
      const key = `${method.toUpperCase()} ${path}`;
      const pathParameters = Array.isArray(pathItem.parameters) ? pathItem.parameters : [];
      operations.set(key, { key, method: method.toUpperCase(), path, operation, pathParameters });
    }
  }
  return operations;
}

function describeOperation(entry: OperationEntry): string {
  const id = typeof entry.operation.operationId === "string" ? ` (${entry.operation.operationId})` : "";
  return `${entry.key}${id}`;
}

class SpecComparison {
  readonly changes = new Map<string, SpecChange>();
  /** `<component>|<direction>` pairs already compared, so each shared schema is reported once. */
  private readonly comparedComponents = new Set<string>();
  /** Pairs of differently named schemas being compared, to stop on recursive schemas. */
  private readonly inProgress = new Set<string>();

  constructor(
    private readonly before: JsonObject,
    private readonly after: JsonObject,
  ) {}

  private report(severity: Severity, location: string, message: string): void {
    this.changes.set(`${severity}|${location}|${message}`, { severity, location, message });
  }

  /** Reports a change that is breaking in one direction only. */
  private reportDirected(direction: Direction, breakingIn: Direction, location: string, message: string): void {
    this.report(direction === breakingIn ? "breaking" : "non-breaking", location, message);
  }

  compareDocuments(): void {
    this.compareTopLevel();
    this.compareOperations(operationsOf(this.before.paths), operationsOf(this.after.paths), "operation", {
      body: "input",
      responses: "output",
    });
    // Webhooks are sent by Cofactr: their body is what SDK users receive, their answer what they send.
    this.compareOperations(operationsOf(this.before.webhooks), operationsOf(this.after.webhooks), "webhook", {
      body: "output",
      responses: "input",
    });
    this.compareComponents();
  }

  private compareTopLevel(): void {
    const handled = new Set(["paths", "webhooks", "components", "security"]);
    for (const key of new Set([...Object.keys(this.before), ...Object.keys(this.after)])) {
      if (handled.has(key) || equal(this.before[key], this.after[key])) continue;
      if (isAnnotation(key) || key === "openapi" || key === "info" || key === "servers") {
        this.report("non-breaking", "document", `\`${key}\` changed`);
      } else {
        this.report("breaking", "document", `\`${key}\` changed (not analysed; treated as breaking)`);
      }
    }
  }

  private compareOperations(
    before: Map<string, OperationEntry>,
    after: Map<string, OperationEntry>,
    kind: "operation" | "webhook",
    directions: { body: Direction; responses: Direction },
  ): void {
    const afterById = new Map<string, OperationEntry>();
    for (const entry of after.values()) {
      if (typeof entry.operation.operationId === "string") afterById.set(entry.operation.operationId, entry);
    }
    const matched = new Set<string>();
    for (const [key, old] of before) {
      let current = after.get(key);
      const id = old.operation.operationId;
      if (!current && typeof id === "string") {
        const moved = afterById.get(id);
        if (moved && !before.has(moved.key)) {
          current = moved;
          this.report("breaking", describeOperation(old), `${kind} moved to ${moved.key}`);
        }
      }
      if (!current) {
        this.report("breaking", describeOperation(old), `${kind} removed`);
        continue;
      }
      matched.add(current.key);
      this.compareOperation(old, current, directions);
    }
    for (const [key, entry] of after) {
      if (!matched.has(key)) this.report("non-breaking", describeOperation(entry), `new ${kind}`);
    }
  }

  private compareOperation(
    before: OperationEntry,
    after: OperationEntry,
    directions: { body: Direction; responses: Direction },
  ): void {
    const location = describeOperation(after);
    const old = before.operation;
    const current = after.operation;
    if (old.operationId !== current.operationId) {
      this.report(
        "breaking",
        location,
        `operationId renamed from ${show(old.operationId)} (its types and validators are named after it)`,
      );
    }
    if (old["x-sdk-method"] !== current["x-sdk-method"]) {
      this.report(
        "breaking",
        location,
        `client method renamed: cofactr.${String(old["x-sdk-method"])} → cofactr.${String(current["x-sdk-method"])}`,
      );
    }
    if (old.deprecated !== true && current.deprecated === true) this.report("non-breaking", location, "deprecated");
    this.compareSecurity(old.security ?? this.before.security, current.security ?? this.after.security, location);
    this.compareParameters(before, after, location);
    this.compareRequestBody(old.requestBody, current.requestBody, location, directions.body);
    this.compareResponses(old.responses, current.responses, location, directions.responses);
    const handled = new Set([
      "operationId",
      "x-sdk-method",
      "deprecated",
      "security",
      "parameters",
      "requestBody",
      "responses",
    ]);
    this.compareRemainingKeys(old, current, location, handled);
  }

  /** Annotations that differ are one non-breaking change; other unknown keywords are breaking. */
  private compareRemainingKeys(before: JsonObject, after: JsonObject, location: string, handled: Set<string>): void {
    const annotations: string[] = [];
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      if (handled.has(key) || equal(before[key], after[key])) continue;
      if (isAnnotation(key)) annotations.push(key);
      else this.report("breaking", location, `\`${key}\` changed (not analysed; treated as breaking)`);
    }
    if (annotations.length > 0) {
      this.report("non-breaking", location, `documentation changed (${annotations.sort().join(", ")})`);
    }
  }

  private compareSecurity(before: Json | undefined, after: Json | undefined, location: string): void {
    if (equal(before ?? [], after ?? [])) return;
    const schemes = (value: Json | undefined) =>
      new Set(
        (Array.isArray(value) ? value : []).flatMap((requirement) =>
          isObject(requirement) ? Object.keys(requirement) : [],
        ),
      );
    const added = [...schemes(after)].filter((scheme) => !schemes(before).has(scheme));
    if (added.length > 0) this.report("breaking", location, `now requires authentication with ${list(added)}`);
    else this.report("non-breaking", location, "security requirements relaxed");
  }

  private parametersOf(document: JsonObject, entry: OperationEntry): Map<string, JsonObject> {
    const parameters = new Map<string, JsonObject>();
    const own = Array.isArray(entry.operation.parameters) ? entry.operation.parameters : [];
    for (const item of [...entry.pathParameters, ...own]) {
      const parameter = dereference(document, item);
      if (!parameter || typeof parameter.name !== "string" || typeof parameter.in !== "string") continue;
      const name = parameter.in === "header" ? parameter.name.toLowerCase() : parameter.name;
      parameters.set(`${parameter.in} parameter ${name}`, parameter);
    }
    return parameters;
  }

  private compareParameters(before: OperationEntry, after: OperationEntry, location: string): void {
    const old = this.parametersOf(this.before, before);
    const current = this.parametersOf(this.after, after);
    for (const [key, parameter] of old) {
      const next = current.get(key);
      const where = `${location}: ${key}`;
      if (!next) {
        this.report("breaking", where, "parameter removed");
        continue;
      }
      if (parameter.required !== true && next.required === true) {
        this.report("breaking", where, "parameter became required");
      } else if (parameter.required === true && next.required !== true) {
        this.report("non-breaking", where, "parameter became optional");
      }
      this.compareSchema(parameter.schema, next.schema, where, "input");
      this.compareContent(parameter.content, next.content, where, "input");
      this.compareRemainingKeys(parameter, next, where, new Set(["name", "in", "required", "schema", "content"]));
    }
    for (const [key, parameter] of current) {
      if (old.has(key)) continue;
      if (parameter.required === true) this.report("breaking", `${location}: ${key}`, "new required parameter");
      else this.report("non-breaking", `${location}: ${key}`, "new optional parameter");
    }
  }

  private compareRequestBody(
    beforeNode: Json | undefined,
    afterNode: Json | undefined,
    location: string,
    direction: Direction,
  ): void {
    const where = `${location}: request body`;
    const old = dereference(this.before, beforeNode);
    const current = dereference(this.after, afterNode);
    if (!old && !current) return;
    if (!current) {
      this.reportDirected(direction, "input", where, "request body removed");
      return;
    }
    if (!old) {
      if (current.required === true) this.reportDirected(direction, "input", where, "new required request body");
      else this.report("non-breaking", where, "new optional request body");
      return;
    }
    if (old.required !== true && current.required === true) {
      this.reportDirected(direction, "input", where, "request body became required");
    } else if (old.required === true && current.required !== true) {
      this.reportDirected(direction, "output", where, "request body became optional");
    }
    this.compareContent(old.content, current.content, where, direction);
    this.compareRemainingKeys(old, current, where, new Set(["required", "content"]));
  }

  private compareContent(before: Json | undefined, after: Json | undefined, location: string, direction: Direction) {
    if (!isObject(before) && !isObject(after)) return;
    const old = isObject(before) ? before : {};
    const current = isObject(after) ? after : {};
    for (const [mediaType, media] of Object.entries(old)) {
      const next = current[mediaType];
      if (!isObject(next)) {
        this.report("breaking", location, `media type ${mediaType} removed`);
        continue;
      }
      if (!isObject(media)) continue;
      const where = Object.keys(old).length > 1 ? `${location} (${mediaType})` : location;
      this.compareSchema(media.schema, next.schema, where, direction);
      this.compareRemainingKeys(media, next, where, new Set(["schema"]));
    }
    for (const mediaType of Object.keys(current)) {
      if (!(mediaType in old)) this.report("non-breaking", location, `new media type ${mediaType}`);
    }
  }

  private compareResponses(before: Json | undefined, after: Json | undefined, location: string, direction: Direction) {
    const old = isObject(before) ? before : {};
    const current = isObject(after) ? after : {};
    const isSuccess = (status: string) => status.startsWith("2");
    for (const [status, node] of Object.entries(old)) {
      const where = `${location}: response ${status}`;
      const response = dereference(this.before, node);
      const next = dereference(this.after, current[status]);
      if (!response) continue;
      if (!next) {
        this.report(isSuccess(status) ? "breaking" : "non-breaking", where, "response removed");
        continue;
      }
      this.compareContent(response.content, next.content, where, direction);
      this.compareHeaders(response.headers, next.headers, where, direction);
      this.compareRemainingKeys(response, next, where, new Set(["content", "headers"]));
    }
    for (const status of Object.keys(current)) {
      if (status in old) continue;
      const where = `${location}: response ${status}`;
      // A new success answer may come back instead of the old one; a new error answer is documentation.
      if (isSuccess(status) && direction === "output") this.report("breaking", where, "new success response");
      else this.report("non-breaking", where, "new response");
    }
  }

  private compareHeaders(before: Json | undefined, after: Json | undefined, location: string, direction: Direction) {
    const old = isObject(before) ? before : {};
    const current = isObject(after) ? after : {};
    for (const [name, node] of Object.entries(old)) {
      const header = dereference(this.before, node);
      const next = dereference(this.after, current[name]);
      if (!header) continue;
      if (!next) {
        this.report("breaking", `${location}: header ${name}`, "header removed");
        continue;
      }
      this.compareSchema(header.schema, next.schema, `${location}: header ${name}`, direction);
    }
    for (const name of Object.keys(current)) {
      if (!(name in old)) this.report("non-breaking", `${location}: header ${name}`, "new header");
    }
  }

  private compareComponents(): void {
    const old = isObject(this.before.components) ? this.before.components : {};
    const current = isObject(this.after.components) ? this.after.components : {};
    const oldSchemas = isObject(old.schemas) ? old.schemas : {};
    const newSchemas = isObject(current.schemas) ? current.schemas : {};
    for (const name of Object.keys(oldSchemas)) {
      if (!(name in newSchemas)) {
        this.report("breaking", `schema ${name}`, "schema removed (its exported type and validator go with it)");
      } else if (!["input", "output"].some((direction) => this.comparedComponents.has(`${name}|${direction}`))) {
        // Not reached from any operation: compare it both ways.
        for (const direction of ["input", "output"] as const) {
          this.compareSchema(
            { $ref: `#/components/schemas/${name}` },
            { $ref: `#/components/schemas/${name}` },
            "",
            direction,
          );
        }
      }
    }
    for (const name of Object.keys(newSchemas)) {
      if (!(name in oldSchemas)) this.report("non-breaking", `schema ${name}`, "new schema");
    }
    const oldSchemes = isObject(old.securitySchemes) ? old.securitySchemes : {};
    const newSchemes = isObject(current.securitySchemes) ? current.securitySchemes : {};
    for (const [name, scheme] of Object.entries(oldSchemes)) {
      const next = newSchemes[name];
      const where = `security scheme ${name}`;
      if (next === undefined) this.report("breaking", where, "security scheme removed");
      else if (isObject(scheme) && isObject(next)) this.compareRemainingKeys(scheme, next, where, new Set());
    }
    for (const name of Object.keys(newSchemes)) {
      if (!(name in oldSchemes)) this.report("non-breaking", `security scheme ${name}`, "new security scheme");
    }
  }

  /** Compares two schemas in one direction; a component shared by both sides is compared once, at its name. */
  private compareSchema(before: Json | undefined, after: Json | undefined, location: string, direction: Direction) {
    if (before === undefined && after === undefined) return;
    const oldName = componentName(before);
    const newName = componentName(after);
    if (oldName !== undefined && oldName === newName) {
      if (isObject(before) && isObject(after)) {
        this.compareRemainingKeys(before, after, location, new Set(["$ref"]));
      }
      const key = `${oldName}|${direction}`;
      if (!this.comparedComponents.has(key)) {
        this.comparedComponents.add(key);
        const oldSchemas = (this.before.components as JsonObject | undefined)?.schemas;
        const newSchemas = (this.after.components as JsonObject | undefined)?.schemas;
        if (isObject(oldSchemas) && isObject(newSchemas) && oldName in newSchemas) {
          this.compareSchemaBodies(oldSchemas[oldName], newSchemas[oldName], `schema ${oldName}`, direction);
        }
      }
      return;
    }
    const pair = `${oldName ?? location}|${newName ?? location}|${direction}`;
    if (this.inProgress.has(pair)) return;
    this.inProgress.add(pair);
    try {
      this.compareSchemaBodies(before, after, location, direction);
    } finally {
      this.inProgress.delete(pair);
    }
  }

  private compareSchemaBodies(
    beforeNode: Json | undefined,
    afterNode: Json | undefined,
    location: string,
    direction: Direction,
  ) {
    const old = flatten(this.before, beforeNode);
    const current = flatten(this.after, afterNode);
    const oldVariants = variantsOf(old);
    const newVariants = variantsOf(current);
    if (oldVariants || newVariants) {
      this.compareVariants(
        old,
        current,
        oldVariants ?? [beforeNode ?? {}],
        newVariants ?? [afterNode ?? {}],
        location,
        direction,
      );
      if (oldVariants && newVariants) {
        this.compareRemainingKeys(old, current, location, new Set([...SCHEMA_KEYWORDS]));
      }
      return;
    }
    this.compareTypes(old, current, location, direction);
    this.compareEnums(old, current, location, direction);
    this.compareBounds(old, current, location, direction);
    this.compareObjects(old, current, location, direction);
    if (old.items !== undefined || current.items !== undefined) {
      this.compareSchema(old.items, current.items, `${location}[]`, direction);
    }
    if (old.propertyNames !== undefined || current.propertyNames !== undefined) {
      this.compareSchema(old.propertyNames, current.propertyNames, `${location} (keys)`, direction);
    }
    this.compareRemainingKeys(old, current, location, SCHEMA_KEYWORDS);
  }

  private compareTypes(old: JsonObject, current: JsonObject, location: string, direction: Direction): void {
    const before = typesOf(old);
    const after = typesOf(current);
    if (!before && !after) return;
    if (!before && after) {
      this.reportDirected(direction, "input", location, `now only ${list(after)} (was any type)`);
      return;
    }
    if (before && !after) {
      this.reportDirected(direction, "output", location, `now any type (was ${list(before)})`);
      return;
    }
    if (!before || !after) return;
    const lost = typesMissing(before, after);
    const gained = typesMissing(after, before);
    if (lost.length > 0) {
      this.reportDirected(
        direction,
        "input",
        location,
        direction === "input" ? `no longer accepts ${list(lost)}` : `is no longer ${list(lost)}`,
      );
    }
    if (gained.length > 0) {
      this.reportDirected(
        direction,
        "output",
        location,
        direction === "output" ? `may now be ${list(gained)}` : `now also accepts ${list(gained)}`,
      );
    }
  }

  private compareEnums(old: JsonObject, current: JsonObject, location: string, direction: Direction): void {
    const before = enumOf(old);
    const after = enumOf(current);
    if (!before && !after) return;
    if (!before && after) {
      this.reportDirected(direction, "input", location, `now limited to ${list([...after.values()].map(show))}`);
      return;
    }
    if (before && !after) {
      this.reportDirected(
        direction,
        "output",
        location,
        `no longer limited to ${list([...before.values()].map(show))}`,
      );
      return;
    }
    if (!before || !after) return;
    for (const [key, value] of before) {
      if (!after.has(key)) this.report("breaking", location, `enum value ${show(value)} removed`);
    }
    for (const [key, value] of after) {
      if (before.has(key)) continue;
      if (value === null) this.reportDirected(direction, "output", location, "may now be null");
      else {
        const note = direction === "output" ? " (readers must handle values they do not know)" : "";
        this.report("non-breaking", location, `new enum value ${show(value)}${note}`);
      }
    }
  }

  /** Bounds, formats and patterns: tighter breaks inputs, looser breaks outputs, changed breaks both. */
  private compareBounds(old: JsonObject, current: JsonObject, location: string, direction: Direction): void {
    const tightened = (message: string) => this.reportDirected(direction, "input", location, message);
    const loosened = (message: string) => this.reportDirected(direction, "output", location, message);
    for (const key of [...LOWER_BOUNDS, ...UPPER_BOUNDS]) {
      const before = old[key];
      const after = current[key];
      if (before === after) continue;
      const lower = (LOWER_BOUNDS as readonly string[]).includes(key);
      const message = `${key} ${before ?? "none"} → ${after ?? "none"}`;
      if (typeof after === "number" && (typeof before !== "number" || (lower ? after > before : after < before))) {
        tightened(message);
      } else {
        loosened(message);
      }
    }
    for (const key of ["format", "pattern", "multipleOf"] as const) {
      const before = old[key];
      const after = current[key];
      if (equal(before, after)) continue;
      const message = `${key} ${before === undefined ? "none" : show(before)} → ${after === undefined ? "none" : show(after)}`;
      if (before === undefined) tightened(message);
      else if (after === undefined) loosened(message);
      else this.report("breaking", location, message);
    }
    if (old.uniqueItems !== current.uniqueItems) {
      const message = `uniqueItems ${old.uniqueItems === true} → ${current.uniqueItems === true}`;
      if (current.uniqueItems === true) tightened(message);
      else loosened(message);
    }
  }

  private isVisible(document: JsonObject, schema: Json | undefined, direction: Direction): boolean {
    const flat = flatten(document, schema);
    return direction === "input" ? flat.readOnly !== true : flat.writeOnly !== true;
  }

  private compareObjects(old: JsonObject, current: JsonObject, location: string, direction: Direction): void {
    const oldProperties = isObject(old.properties) ? old.properties : {};
    const newProperties = isObject(current.properties) ? current.properties : {};
    const oldRequired = new Set(typeList(old.required));
    const newRequired = new Set(typeList(current.required));
    const field = (name: string) => (location ? `${location}.${name}` : name);
    for (const [name, schema] of Object.entries(oldProperties)) {
      if (!this.isVisible(this.before, schema, direction)) continue;
      const next = newProperties[name];
      if (next === undefined || !this.isVisible(this.after, next, direction)) {
        const why =
          next === undefined ? "field removed" : `field is now ${direction === "input" ? "read-only" : "write-only"}`;
        this.report("breaking", field(name), why);
        continue;
      }
      const wasRequired = oldRequired.has(name);
      const isRequired = newRequired.has(name);
      if (!wasRequired && isRequired) {
        this.reportDirected(
          direction,
          "input",
          field(name),
          direction === "input" ? "field became required" : "field is now always present",
        );
      } else if (wasRequired && !isRequired) {
        this.reportDirected(
          direction,
          "output",
          field(name),
          direction === "output" ? "field may now be absent" : "field became optional",
        );
      }
      this.compareSchema(schema, next, field(name), direction);
    }
    for (const [name, schema] of Object.entries(newProperties)) {
      if (!this.isVisible(this.after, schema, direction)) continue;
      if (oldProperties[name] !== undefined && this.isVisible(this.before, oldProperties[name], direction)) continue;
      if (direction === "input" && newRequired.has(name)) this.report("breaking", field(name), "new required field");
      else this.report("non-breaking", field(name), direction === "input" ? "new optional field" : "new field");
    }
    const before = old.additionalProperties;
    const after = current.additionalProperties;
    if (equal(before, after)) return;
    const allowsAny = (value: Json | undefined) => value === undefined || value === true;
    const where = location ? `${location}.*` : "*";
    if (isObject(before) && isObject(after)) {
      this.compareSchema(before, after, where, direction);
    } else if (direction === "input" && allowsAny(before)) {
      this.report("breaking", location || "body", "no longer accepts other fields freely");
    } else if (direction === "input" && after !== false) {
      this.report("non-breaking", location || "body", "now accepts other fields");
    } else if (direction === "input") {
      this.report("breaking", location || "body", "no longer accepts other fields");
    } else {
      // Answers may always carry fields a reader does not know (the SDK's validators accept them).
      this.report("non-breaking", location || "body", "additionalProperties changed");
    }
  }

  private compareVariants(
    old: JsonObject,
    current: JsonObject,
    oldVariants: Json[],
    newVariants: Json[],
    location: string,
    direction: Direction,
  ): void {
    const discriminator = (schema: JsonObject) =>
      isObject(schema.discriminator) && typeof schema.discriminator.propertyName === "string"
        ? schema.discriminator.propertyName
        : undefined;
    // Keywords next to oneOf/anyOf apply to every variant; fold them in unless they only document.
    const wrapper = (schema: JsonObject) => {
      const rest: JsonObject = {};
      for (const [key, value] of Object.entries(schema)) {
        if (!["oneOf", "anyOf", "discriminator"].includes(key) && !isAnnotation(key)) rest[key] = value;
      }
      return Object.keys(rest).length > 0 ? rest : undefined;
    };
    const keyed = (
      document: JsonObject,
      variants: Json[],
      property: string | undefined,
      shared: JsonObject | undefined,
    ) => {
      const map = new Map<string, Json>();
      variants.forEach((raw, index) => {
        const variant: Json = shared ? { allOf: [shared, raw] } : raw;
        const flat = flatten(document, variant);
        const types = typesOf(flat);
        let key: string | undefined;
        if (types?.size === 1 && types.has("null")) key = "null";
        const name = componentName(raw);
        if (!key && name) key = `schema ${name}`;
        const tag = property && isObject(flat.properties) ? flatten(document, flat.properties[property]) : undefined;
        const tagValue = tag?.const ?? (Array.isArray(tag?.enum) && tag.enum.length === 1 ? tag.enum[0] : undefined);
        if (!key && tagValue !== undefined) key = `${property}=${show(tagValue)}`;
        map.set(key ?? `#${index + 1}`, variant);
      });
      return map;
    };
    const property = discriminator(current) ?? discriminator(old);
    const before = keyed(this.before, oldVariants, property, variantsOf(old) ? wrapper(old) : undefined);
    const after = keyed(this.after, newVariants, property, variantsOf(current) ? wrapper(current) : undefined);
    if (discriminator(old) !== discriminator(current) && discriminator(old) !== undefined) {
      this.report(
        "breaking",
        location,
        `discriminator ${show(discriminator(old))} → ${show(discriminator(current) ?? "none")}`,
      );
    }
    for (const [key, variant] of before) {
      const next = after.get(key);
      if (next === undefined) {
        if (key === "null")
          this.reportDirected(
            direction,
            "input",
            location,
            direction === "input" ? "no longer accepts null" : "is no longer null",
          );
        else this.report("breaking", location, `union variant ${key} removed`);
        continue;
      }
      this.compareSchema(
        variant,
        next,
        oldVariants.length > 1 || newVariants.length > 1 ? `${location} (${key})` : location,
        direction,
      );
    }
    for (const key of after.keys()) {
      if (before.has(key)) continue;
      if (key === "null") {
        this.reportDirected(
          direction,
          "output",
          location,
          direction === "output" ? "may now be null" : "now also accepts null",
        );
      } else {
        const note = direction === "output" ? " (readers must handle variants they do not know)" : "";
        this.report("non-breaking", location, `new union variant ${key}${note}`);
      }
    }
  }
}

/** Every difference between two bundled OpenAPI documents, classified; breaking changes first. */
export function diffSpecs(before: unknown, after: unknown): SpecChange[] {
  if (!isObject(before) || !isObject(after)) throw new Error("Both specs must be OpenAPI documents (JSON objects)");
  const comparison = new SpecComparison(before, after);
  comparison.compareDocuments();
  return [...comparison.changes.values()].sort(
    (left, right) =>
      (left.severity === right.severity ? 0 : left.severity === "breaking" ? -1 : 1) ||
      left.location.localeCompare(right.location) ||
      left.message.localeCompare(right.message),
  );
}
