/**
 * The generated checks (scripts/check-emitter.ts) are our own code, so they are checked against a
 * reference: ajv, compiling the same JSON Schemas in-process with the same formats. For every body,
 * response and component validator, values generated from its schema, then broken at a random place
 * (a value replaced by another, an unknown field added), must get the same verdict from both, and a
 * value we reject must come with at least one issue.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { Ajv } from "ajv";
import fc from "fast-check";
import type { OpenAPI3 } from "openapi-typescript";
import { describe, expect, test } from "vitest";
import { collectValidators } from "../scripts/collect-validators.ts";
import { componentSchemas } from "../scripts/schema-variants.ts";
import { formats } from "../src/formats.js";
import type { Validator } from "../src/index.js";
import * as validators from "../src/index.js";
import { arbitraryFor, type Schema } from "./arbitrary-for-schema.js";

const spec = JSON.parse(
  await readFile(createRequire(import.meta.url).resolve("@cofactr/platform-types/openapi.json"), "utf8"),
) as OpenAPI3;
const schemas = [...componentSchemas(spec, "request"), ...componentSchemas(spec, "response")] as Schema[];
const components = new Map(schemas.map((schema) => [schema.$id as string, schema]));

// Strict, as the build's ajv was: among other things, NaN and Infinity are not numbers (they are
// not JSON), which is what our checks say too.
const ajv = new Ajv({ allErrors: false, strict: true, allowUnionTypes: true });
for (const [name, check] of Object.entries(formats)) ajv.addFormat(name, check);
for (const schema of schemas) ajv.addSchema(schema);

const entries = collectValidators(spec)
  .filter((entry) => !entry.coerce)
  .map((entry) => ({
    name: entry.exportName,
    schema: entry.schema as Schema,
    reference: ajv.compile(entry.schema),
    validator: (validators as unknown as Record<string, Validator<unknown>>)[entry.exportName] as Validator<unknown>,
  }));

/** Values that break many rules: wrong types, near-miss formats, limits, hostile keys. */
const replacement = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(
    "",
    "zz",
    "12a",
    "2026-02-30",
    "2026-11-20T25:00:00Z",
    "2026-11-20T15:00:00",
    "497f6eca-6276-4993-bfeb-53cbbbba6f0g",
    "497f6eca627649 93bfeb53cbbbba6f08aa",
    "1,5",
    "-.5",
    "x".repeat(300),
    "😀".repeat(256),
    -1,
    1.5,
    2147483648,
    Number.NaN,
    null,
    [],
    {},
    [1, 1],
    ["a", "a"],
    JSON.parse('{"__proto__": {"polluted": true}}'),
  ),
);

/** `value` with the node that `steps` lead to replaced by `by`, or with an unknown field added there. */
function broken(value: unknown, steps: number[], by: unknown, addField: boolean): unknown {
  const copy = structuredClone(value);
  let parent: Record<string, unknown> | unknown[] | undefined;
  let key: string | number | undefined;
  let node: unknown = copy;
  for (const step of steps) {
    if (node === null || typeof node !== "object") break;
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const next = keys[step % keys.length] as string;
    parent = node as Record<string, unknown>;
    key = Array.isArray(node) ? Number(next) : next;
    node = (node as Record<string, unknown>)[next];
  }
  if (addField && node !== null && typeof node === "object" && !Array.isArray(node)) {
    (node as Record<string, unknown>).zz_unknown = by;
    return copy;
  }
  if (parent === undefined || key === undefined) return by;
  (parent as Record<string | number, unknown>)[key] = by;
  return copy;
}

describe.each(entries)("$name", ({ schema, reference, validator }) => {
  const values = arbitraryFor(schema, components);

  test("agrees with ajv on generated values, broken at random places", () => {
    fc.assert(
      fc.property(
        values,
        fc.array(fc.nat(), { maxLength: 5 }),
        replacement,
        fc.boolean(),
        fc.boolean(),
        (value, steps, by, addField, untouched) => {
          const candidate = untouched ? value : broken(value, steps, by, addField);
          const expected = reference(candidate);
          expect(validator.is(candidate), JSON.stringify(candidate)).toBe(expected);
          const result = validator.validate(candidate);
          expect(result.success).toBe(expected);
          if (!result.success) expect(result.issues.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 25 },
    );
  });
});
