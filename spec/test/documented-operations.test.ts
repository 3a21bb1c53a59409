/**
 * The three operations Cofactr documents field by field, compared with fixtures transcribed from
 * their pages (fixtures/documented-*.json): every field's type, format, enum, required and
 * read-only marks, nullability, length and range limits and default, in both directions (no field
 * missing, none added). A deliberate difference is listed in the fixture's `deviations` with why.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { flattenObject, loadSpec, type Schema, specRoot } from "./load-spec.js";

interface Fixture {
  page: string;
  source: string;
  operationId: string;
  method: string;
  path: string;
  status: string;
  parameters: Record<string, string>;
  request: Record<string, string>;
  requestItems?: { field: string; fields: Record<string, string> };
  responseShape?: "array" | "string";
  response: Record<string, string>;
  deviations: Array<{ field: string; spec: string; why: string }>;
}

const fixtures: Fixture[] = readdirSync(`${specRoot}test/fixtures`)
  .filter((name) => name.startsWith("documented-"))
  .map((name) => JSON.parse(readFileSync(`${specRoot}test/fixtures/${name}`, "utf8")));

const { operations } = await loadSpec();

/** A schema in the fixtures' notation: `string<date> required nullable maxLength=255 default=null`. */
function notation(schema: Schema, required: boolean): string {
  const types = ([] as string[]).concat(schema.type ?? []);
  const base = types.find((type) => type !== "null") ?? "";
  let text = schema.format ? `${base}<${schema.format}>` : base;
  if (base === "array") text = `array<${notation(schema.items ?? {}, false)}>`;
  const parts = [text];
  if (schema.enum) parts.push(`enum=${schema.enum.join("|")}`);
  if (required) parts.push("required");
  if (schema.readOnly) parts.push("readOnly");
  if (types.includes("null")) parts.push("nullable");
  // A decimal's pattern and length cap define the format itself; the page shows just `string <decimal>`.
  if (schema.format !== "decimal") {
    for (const limit of ["minLength", "maxLength", "minimum", "maximum"]) {
      if (schema[limit] !== undefined) parts.push(`${limit}=${schema[limit]}`);
    }
  }
  if (schema.default !== undefined) parts.push(`default=${JSON.stringify(schema.default)}`);
  return parts.join(" ");
}

function fieldsOf(schema: Schema): Record<string, string> {
  const { properties, required } = flattenObject(schema);
  return Object.fromEntries(Object.entries(properties).map(([name, field]) => [name, notation(field, required.has(name))]));
}

function expected(fixture: Fixture, fields: Record<string, string>) {
  const result = { ...fields };
  for (const deviation of fixture.deviations) if (deviation.field in result) result[deviation.field] = deviation.spec;
  return result;
}

describe.each(fixtures)("$page (documented)", (fixture) => {
  const operation = operations.find((candidate) => candidate.operationId === fixture.operationId);

  test("is at the documented method and path, marked documented with its page", () => {
    expect(operation).toMatchObject({ method: fixture.method, path: fixture.path });
    expect(operation?.["x-cofactr-docs"]).toEqual({ shape: "documented", page: fixture.page, source: fixture.source });
  });

  test("has the documented parameters", () => {
    const parameters = Object.fromEntries(
      (operation?.parameters ?? []).map((parameter) => [
        parameter.name,
        `${parameter.in} ${notation(parameter.schema, parameter.required === true)}`,
      ]),
    );
    expect(parameters).toEqual(fixture.parameters);
  });

  test("request body fields match the page", () => {
    let schema = operation?.requestBody?.content["application/json"]?.schema as Schema;
    // Update Many takes a list; the page documents one item of it.
    if (schema.oneOf) schema = schema.oneOf.find((branch: Schema) => branch.type === "object") as Schema;
    expect(fieldsOf(schema)).toEqual(expected(fixture, fixture.request));
    if (fixture.requestItems) {
      const items = flattenObject(schema).properties[fixture.requestItems.field]?.items as Schema;
      expect(fieldsOf(items)).toEqual(expected(fixture, fixture.requestItems.fields));
    }
  });

  test("success response matches the page", () => {
    const schema = operation?.responses[fixture.status]?.content?.["application/json"]?.schema as Schema;
    if (fixture.responseShape === "string") return expect(schema.type).toBe("string");
    const record = fixture.responseShape === "array" ? (schema.items as Schema) : schema;
    if (fixture.responseShape === "array") expect(schema.type).toBe("array");
    expect(fieldsOf(record)).toEqual(expected(fixture, fixture.response));
  });
});
