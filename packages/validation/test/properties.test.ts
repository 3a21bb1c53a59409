/**
 * Property-based tests over every request body in the spec: values generated from a body's schema
 * always validate, and a valid value changed to break exactly one rule is rejected with that rule at
 * that field's pointer.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import fc from "fast-check";
import type { OpenAPI3 } from "openapi-typescript";
import { describe, expect, test } from "vitest";
import { collectValidators } from "../scripts/collect-validators.ts";
import { componentSchemas } from "../scripts/schema-variants.ts";
import type { Validator } from "../src/index.js";
import * as validators from "../src/index.js";
import { arbitraryFor, type Schema } from "./arbitrary-for-schema.js";

const spec = JSON.parse(
  await readFile(createRequire(import.meta.url).resolve("@cofactr/platform-types/openapi.json"), "utf8"),
) as OpenAPI3;
const components = new Map(componentSchemas(spec, "request").map((schema) => [schema.$id as string, schema as Schema]));
const bodies = collectValidators(spec)
  .filter((entry) => entry.role === "body")
  .map((entry) => ({
    name: entry.exportName,
    schema: entry.schema as Schema,
    validator: (validators as unknown as Record<string, Validator<unknown>>)[entry.exportName] as Validator<unknown>,
  }));

function resolve(schema: Schema): Schema {
  return schema.$ref ? resolve(components.get(schema.$ref) as Schema) : schema;
}

interface Mutation {
  field: string;
  rule: string;
  apply(value: Record<string, unknown>): void;
}

/** The one-rule mutations a top-level field of an object body allows. */
function mutationsOf(schema: Schema): Mutation[] {
  const mutations: Mutation[] = [
    {
      field: "zz_not_a_field",
      rule: "additionalProperties",
      apply: (value) => Object.assign(value, { zz_not_a_field: 1 }),
    },
  ];
  for (const [field, raw] of Object.entries((schema.properties ?? {}) as Record<string, Schema>)) {
    const property = resolve(raw);
    const types: string[] = [].concat(property.type ?? []);
    if ((schema.required ?? []).includes(field)) {
      mutations.push({ field, rule: "required", apply: (value) => delete value[field] });
    }
    if (types.length > 0 && !types.includes("integer") && !types.includes("number")) {
      mutations.push({ field, rule: "type", apply: (value) => Object.assign(value, { [field]: 12345 }) });
    } else if (types.includes("integer") && !types.includes("string")) {
      mutations.push({ field, rule: "type", apply: (value) => Object.assign(value, { [field]: "12a" }) });
    }
    if (property.enum && types.includes("string")) {
      mutations.push({ field, rule: "enum", apply: (value) => Object.assign(value, { [field]: "zz-not-a-choice" }) });
    }
    if (property.maxLength !== undefined && types.includes("string")) {
      const long = "9".repeat(property.maxLength + 1);
      mutations.push({ field, rule: "maxLength", apply: (value) => Object.assign(value, { [field]: long }) });
    }
    if (property.maximum !== undefined) {
      mutations.push({
        field,
        rule: "maximum",
        apply: (value) => Object.assign(value, { [field]: property.maximum + 1 }),
      });
    }
    if (["uuid", "date", "date-time", "decimal"].includes(property.format) && !property.enum) {
      mutations.push({ field, rule: "format", apply: (value) => Object.assign(value, { [field]: "zz" }) });
    }
  }
  return mutations;
}

describe.each(bodies)("$name", ({ schema, validator }) => {
  const arbitrary = arbitraryFor(schema, components);

  test("accepts every value generated from its schema", () => {
    fc.assert(
      fc.property(arbitrary, (value) => {
        const result = validator.validate(value);
        if (!result.success) throw new Error(JSON.stringify({ value, issues: result.issues }, null, 1));
      }),
      { numRuns: 30 },
    );
  });

  // An object body is mutated at its top-level fields; a list body (or a body that is a list or
  // an object) at the fields of its first item, generated non-empty for the purpose.
  const root = resolve(schema);
  const listBranch = [root, ...((root.oneOf ?? root.anyOf ?? []) as Schema[]).map(resolve)].find(
    (candidate) => candidate.type === "array",
  );
  const record = root.properties ? root : listBranch ? resolve(listBranch.items ?? {}) : undefined;
  const mutations = record?.properties ? mutationsOf(record) : [];
  const target = root.properties
    ? { arbitrary, prefix: "", pick: (value: unknown) => value as Record<string, unknown> }
    : {
        arbitrary: arbitraryFor({ ...listBranch, minItems: Math.max(1, listBranch?.minItems ?? 0) }, components),
        prefix: "/0",
        pick: (value: unknown) => (value as Array<Record<string, unknown>>)[0] as Record<string, unknown>,
      };

  test("has one-rule mutations to try", () => {
    expect(mutations.length).toBeGreaterThan(0);
  });

  test("rejects a value broken in one rule, with that rule and pointer", () => {
    fc.assert(
      fc.property(target.arbitrary, fc.constantFrom(...mutations), (value, mutation) => {
        const broken = structuredClone(value);
        mutation.apply(target.pick(broken));
        const result = validator.validate(broken);
        expect(result.success).toBe(false);
        const issues = result.success ? [] : result.issues;
        expect(issues.map((issue) => `${issue.pointer} ${issue.rule}`)).toContain(
          `${target.prefix}/${mutation.field} ${mutation.rule}`,
        );
      }),
      { numRuns: 40 },
    );
  });
});
