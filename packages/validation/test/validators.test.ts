import { describe, expect, test } from "vitest";
import {
  createPurchaseEventBody,
  getBomPath,
  getBomResponse,
  listBomsHeaders,
  listBomsQuery,
  operationValidators,
  updateManyNoPartPurchaseLinesBody,
  upsertBomAsyncBody,
  ValidationError,
} from "../src/index.js";

const LINE = "497f6eca-6276-4993-bfeb-53cbbbba6f08";

describe("request bodies", () => {
  test.each([
    {
      given: "a wrong type",
      value: { purchase_lines: [LINE], event_type: "shipped", quantity: "12a" },
      want: { pointer: "/quantity", rule: "type", message: 'expected an integer, got "12a"' },
    },
    {
      given: "a value outside the enum",
      value: { purchase_lines: [LINE], event_type: "shippd" },
      want: { pointer: "/event_type", rule: "enum" },
    },
    {
      given: "a date that does not exist",
      value: { purchase_lines: [LINE], event_type: "shipped", estimated_delivery: "2026-02-30" },
      want: {
        pointer: "/estimated_delivery",
        rule: "format",
        message: 'expected a date as YYYY-MM-DD, got "2026-02-30"',
      },
    },
    {
      given: "a decimal that is not a decimal string",
      value: { purchase_lines: [LINE], event_type: "shipped", shipping_paid: "12,50" },
      want: { pointer: "/shipping_paid", rule: "format" },
    },
    {
      given: "an unknown field (a typo)",
      value: { purchase_lines: [LINE], event_type: "shipped", tracking_numbr: "1Z" },
      want: { pointer: "/tracking_numbr", rule: "additionalProperties", message: "is not a known field" },
    },
    {
      given: "a missing required field",
      value: { purchase_lines: [LINE] },
      want: { pointer: "/event_type", rule: "required", message: "is required" },
    },
    {
      given: "an id that is not a UUID",
      value: { purchase_lines: ["42"], event_type: "shipped" },
      want: { pointer: "/purchase_lines/0", rule: "format", message: 'expected a UUID, got "42"' },
    },
  ])("rejects $given with its pointer and rule", ({ value, want }) => {
    const result = createPurchaseEventBody.validate(value);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject(want);
  });

  test("accepts a valid body and returns it unchanged", () => {
    const body = { purchase_lines: [LINE], event_type: "shipped", quantity: 3, shipping_paid: "18.40" };
    expect(createPurchaseEventBody.validate(body)).toEqual({ success: true, value: body });
  });

  test("points into nested lists and counts length in characters, not UTF-16 units", () => {
    const result = upsertBomAsyncBody.validate({
      name: "😀".repeat(255),
      lines: [{ mpn: "A" }, { mpn: "B", quantity: 1.5 }, {}],
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((issue) => `${issue.pointer} ${issue.rule}`)).toEqual([
      "/lines/1/quantity type",
      "/lines/2/mpn required",
    ]);
  });

  test("a list body names the item", () => {
    const result = updateManyNoPartPurchaseLinesBody.validate([{ id: LINE }, { quant: "1" }]);
    expect(!result.success && result.issues).toEqual([
      expect.objectContaining({ pointer: "/1/id", rule: "required", path: [1, "id"] }),
    ]);
  });

  test("__proto__ in JSON is an unknown field, and never reaches a prototype", () => {
    const value = JSON.parse(`{"__proto__": {"polluted": true}, "purchase_lines": [], "event_type": "note"}`);
    expect(() => createPurchaseEventBody.parse(value)).toThrow(ValidationError);
    expect(() => createPurchaseEventBody.parse(value)).toThrow("/__proto__: is not a known field");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test("the number of issues is bounded", () => {
    const lines = Array.from({ length: 5000 }, () => ({ quantity: "x" }));
    const result = upsertBomAsyncBody.validate({ name: "big", lines });
    expect(!result.success && result.issues.length).toBe(20);
  });
});

describe("responses", () => {
  test("accept fields the spec does not know yet", () => {
    const bom = {
      id: "6a1f5b0e-4c3d-4e2f-9a8b-7c6d5e4f3a2b",
      name: "Board",
      version: null,
      part_number: null,
      approved: false,
      approved_at: null,
      archived: false,
      line_count: 0,
      metadata: {},
      org: "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
      created_at: "2026-11-20T15:00:04Z",
      updated_at: "2026-11-20T15:00:04Z",
      field_added_next_year: 1,
    };
    expect(getBomResponse.is(bom)).toBe(true);
    expect(getBomResponse.is({ ...bom, archived: "no" })).toBe(false);
  });
});

describe("Standard Schema", () => {
  test("validate returns issues with message and path", async () => {
    const result = await createPurchaseEventBody["~standard"].validate({ purchase_lines: [LINE], event_type: 1 });
    expect(createPurchaseEventBody["~standard"]).toMatchObject({ version: 1, vendor: "cofactr" });
    expect(result.issues?.[0]).toMatchObject({ path: ["event_type"], message: expect.stringContaining("got 1") });
  });

  test("operationValidators has the body and response validators of every operation", async () => {
    const { readFile } = await import("node:fs/promises");
    const { createRequire } = await import("node:module");
    const specPath = createRequire(import.meta.url).resolve("@cofactr/platform-types/openapi.json");
    const spec = JSON.parse(await readFile(specPath, "utf8"));
    const byId = operationValidators as Record<string, { body?: unknown; response?: unknown }>;
    for (const item of Object.values(spec.paths as Record<string, Record<string, any>>)) {
      for (const operation of Object.values(item)) {
        const takesJson = operation.requestBody?.content?.["application/json"] !== undefined;
        expect(byId[operation.operationId]?.body !== undefined, `${operation.operationId} body`).toBe(takesJson);
      }
    }
    expect(operationValidators.createPurchaseEvent.body).toBe(createPurchaseEventBody);
    expect(operationValidators.getBom.response).toBe(getBomResponse);
  });
});

describe("parameters", () => {
  test.each([
    {
      given: "numbers in a query string",
      validator: listBomsQuery,
      value: { limit: "10", offset: "0" },
      want: { limit: 10, offset: 0 },
    },
    {
      given: "a boolean in a query string",
      validator: listBomsQuery,
      value: { archived: "true" },
      want: { archived: true },
    },
    {
      given: "lower-case header names, extra headers allowed",
      validator: listBomsHeaders,
      value: { "x-org-id": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba", accept: "*/*" },
      want: { "x-org-id": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba", accept: "*/*" },
    },
  ])("converts $given to the spec's types", ({ validator, value, want }) => {
    const before = structuredClone(value);
    expect(validator.validate(value)).toEqual({ success: true, value: want });
    expect(value, "the caller's object is left as it was").toEqual(before);
  });

  test.each([
    { given: "a limit out of range", value: { limit: "5000" }, want: { pointer: "/limit", rule: "maximum" } },
    { given: "a limit that is not a number", value: { limit: "ten" }, want: { pointer: "/limit", rule: "type" } },
    {
      given: "an unknown query parameter",
      value: { limt: "10" },
      want: { pointer: "/limt", rule: "additionalProperties" },
    },
  ])("rejects $given", ({ value, want }) => {
    const result = listBomsQuery.validate(value);
    expect(!result.success && result.issues[0]).toMatchObject(want);
  });

  test("path parameters are required and typed", () => {
    expect(getBomPath.validate({}).success).toBe(false);
    expect(getBomPath.validate({ bom_id: "not-a-uuid" })).toMatchObject({
      success: false,
      issues: [{ pointer: "/bom_id", rule: "format" }],
    });
    expect(operationValidators.getBom.path).toBe(getBomPath);
  });
});
