/**
 * The validation contenders, each built from the same request schema the spec defines:
 *
 * - `cofactr`: the generated validator from @cofactr/platform-validation, as users import it;
 * - `ajv`: ajv compiling the same JSON Schema in-process at start-up (same formats, all errors);
 * - `zod`: zod 4, its schema built from the same JSON Schema with `z.fromJSONSchema`.
 *
 * The JSON Schemas come from the validation package's own generator scripts (repository tooling),
 * so all three check exactly the same rules.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import * as cofactr from "@cofactr/platform-validation";
import { Ajv } from "ajv";
import { z } from "zod";
import { collectValidators } from "../../packages/validation/scripts/collect-validators.ts";
import { componentSchemas } from "../../packages/validation/scripts/schema-variants.ts";
import { formats } from "../../packages/validation/src/formats.ts";

type Schema = Record<string, any>;
/** Checks one value: true when it is valid. */
export type Check = (value: unknown) => boolean;
/** The validators compared. */
export type ContenderName = "cofactr" | "ajv" | "zod";

const spec = JSON.parse(
  await readFile(createRequire(import.meta.url).resolve("@cofactr/platform-types/openapi.json"), "utf8"),
);
const components = new Map(componentSchemas(spec, "request").map((schema) => [schema.$id as string, schema as Schema]));
const entries = collectValidators(spec);

/** The body schema with every reference replaced by its target (zod's converter wants one document). */
function inline(schema: Schema): Schema {
  if (Array.isArray(schema)) return schema.map(inline) as never;
  if (schema === null || typeof schema !== "object") return schema;
  if (schema.$ref) {
    const { $id: _id, ...target } = components.get(schema.$ref) as Schema;
    return inline(target);
  }
  return Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, inline(value)]));
}

function bodySchema(exportName: string): Schema {
  const entry = entries.find((candidate) => candidate.exportName === exportName);
  if (!entry) throw new Error(`no validator ${exportName}`);
  return inline(entry.schema);
}

/** `name`'s check of the request body validated by `exportName` (`createPurchaseEventBody`). */
export function createContender(name: ContenderName, exportName: string): Check {
  if (name === "cofactr") {
    const validator = (cofactr as unknown as Record<string, cofactr.Validator<unknown>>)[
      exportName
    ] as cofactr.Validator<unknown>;
    return (value) => validator.validate(value).success;
  }
  if (name === "ajv") {
    const ajv = new Ajv({ allErrors: true, allowUnionTypes: true, strict: false });
    for (const [format, check] of Object.entries(formats)) ajv.addFormat(format, check);
    const validate = ajv.compile(bodySchema(exportName));
    return (value) => validate(value);
  }
  const schema = z.fromJSONSchema(bodySchema(exportName) as never);
  return (value) => schema.safeParse(value).success;
}
