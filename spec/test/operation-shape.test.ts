/**
 * Every operation is complete the way the spec's conventions demand: a description, the error
 * answers it can give (401, 403, 429 always; 400 where it takes input; 404 where it looks up an id),
 * an `x-sdk-method` for the client facade, and a realistic example for its request body and its
 * success answer.
 */
import { describe, expect, test } from "vitest";
import { loadSpec, type Schema } from "./load-spec.js";

const { document, operations } = await loadSpec();

function hasExample(media: { schema?: Schema; example?: unknown; examples?: unknown } | undefined): boolean {
  if (!media) return true;
  if (media.example !== undefined || media.examples !== undefined) return true;
  const schema = media.schema ?? {};
  // A binary body (a file) has no JSON example to give.
  return schema.example !== undefined || schema.format === "binary" || schema.items?.example !== undefined;
}

describe.each(operations)("$operationId", (operation) => {
  test("answers the errors it can give", () => {
    const statuses = Object.keys(operation.responses);
    for (const status of ["401", "403", "429"]) expect(statuses, `${status} answer`).toContain(status);
    const takesInput =
      operation.requestBody !== undefined ||
      (operation.parameters ?? []).some((parameter) => parameter.in === "query" && parameter.name !== "blended");
    if (takesInput) expect(statuses, "400 answer (it takes input)").toContain("400");
    if (operation.path.includes("{")) expect(statuses, "404 answer (it looks up an id)").toContain("404");
    expect(statuses.some((status) => /^2\d\d$/.test(status)), "a success answer").toBe(true);
  });

  test("is described and placed in the client facade", () => {
    expect(operation.description?.length ?? 0).toBeGreaterThan(10);
    expect((operation as unknown as Record<string, unknown>)["x-sdk-method"]).toMatch(/^[a-z][a-zA-Z]*(\.[a-z][a-zA-Z]*)+$/);
  });

  test("has an example for its request body and its success answer", () => {
    for (const media of Object.values(operation.requestBody?.content ?? {})) {
      expect(hasExample(media as never), "request body example").toBe(true);
    }
    for (const [status, response] of Object.entries(operation.responses)) {
      if (!/^2\d\d$/.test(status)) continue;
      for (const media of Object.values(response.content ?? {})) expect(hasExample(media as never), `${status} example`).toBe(true);
    }
  });
});

test("the webhook body is typed by record type", () => {
  const body = document.webhooks.recordChanged.post.requestBody.content["application/json"].schema;
  expect(body.discriminator.propertyName).toBe("record_type");
  expect(body.oneOf.length).toBeGreaterThan(10);
  for (const branch of body.oneOf) {
    expect(branch.required).toEqual(["event_type", "record_type", "id", "data"]);
    expect(typeof branch.properties.record_type.const).toBe("string");
  }
});
