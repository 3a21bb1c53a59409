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

type Media = { schema?: { $ref?: string }; example?: unknown; examples?: Record<string, { value: unknown }> };

/** Every example of a media object: `example`, and each value of `examples`. */
function examplesOf(media: Media | undefined): Array<{ label: string; value: unknown }> {
  if (!media) return [];
  const found: Array<{ label: string; value: unknown }> = [];
  if (media.example !== undefined) found.push({ label: "example", value: media.example });
  for (const [name, example] of Object.entries(media.examples ?? {})) found.push({ label: name, value: example.value });
  return found;
}

/** The validator for a media object's schema: its component's, else the operation's own. */
function validatorFor(media: Media, fallback: string | undefined): string | undefined {
  const reference = media.schema?.$ref;
  if (reference?.startsWith("#/components/schemas/"))
    return `${lowerFirst(reference.split("/").at(-1) as string)}Schema`;
  return fallback;
}

const operationExamples: Array<{ name: string; example: unknown; validator: string }> = [];
for (const item of Object.values(spec.paths as Record<string, Record<string, any>>)) {
  for (const operation of Object.values(item)) {
    const body = operation.requestBody?.content?.["application/json"] as Media | undefined;
    for (const { label, value } of examplesOf(body)) {
      operationExamples.push({
        name: `${operation.operationId} body ${label}`,
        example: value,
        validator: `${operation.operationId}Body`,
      });
    }
    for (const [status, answer] of Object.entries(operation.responses as Record<string, any>)) {
      const response = answer.$ref ? spec.components.responses[answer.$ref.split("/").at(-1)] : answer;
      const media = response.content?.["application/json"] as Media | undefined;
      if (!media) continue;
      const validator = validatorFor(media, /^2/.test(status) ? `${operation.operationId}Response` : undefined);
      for (const { label, value } of examplesOf(media)) {
        if (!validator)
          throw new Error(`${operation.operationId} ${status} has an example but no validator to check it`);
        operationExamples.push({ name: `${operation.operationId} ${status} ${label}`, example: value, validator });
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
