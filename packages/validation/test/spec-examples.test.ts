import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { describe, expect, test } from "vitest";
import * as validators from "../src/index.js";

const spec = JSON.parse(
  await readFile(createRequire(import.meta.url).resolve("@cofactr/platform-types/openapi.json"), "utf8"),
);

function lowerFirst(name: string) {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

const componentExamples = Object.entries(spec.components.schemas as Record<string, { example?: unknown }>)
  .filter(([, schema]) => schema.example !== undefined)
  .map(([name, schema]) => ({ name, example: schema.example }));

const operationExamples: Array<{ name: string; example: unknown; validator: string }> = [];
for (const item of Object.values(spec.paths as Record<string, Record<string, any>>)) {
  for (const operation of Object.values(item)) {
    const body = operation.requestBody?.content?.["application/json"];
    if (body?.example !== undefined) {
      operationExamples.push({
        name: `${operation.operationId} body`,
        example: body.example,
        validator: `${operation.operationId}Body`,
      });
    }
    for (const [status, response] of Object.entries(operation.responses as Record<string, any>)) {
      const content = response.content?.["application/json"];
      if (/^2/.test(status) && content?.example !== undefined) {
        operationExamples.push({
          name: `${operation.operationId} ${status}`,
          example: content.example,
          validator: `${operation.operationId}Response`,
        });
      }
    }
  }
}

describe("every example in the spec validates against its schema", () => {
  test.each(componentExamples)("component $name", ({ name, example }) => {
    const validator = (validators as Record<string, any>)[`${lowerFirst(name)}Schema`];
    expect(validator.validate(example)).toMatchObject({ success: true });
  });

  test.each(operationExamples)("$name", ({ example, validator }) => {
    expect((validators as Record<string, any>)[validator].validate(example)).toMatchObject({ success: true });
  });
});
