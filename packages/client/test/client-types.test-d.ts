import type { Bom, BomPage, PurchaseEvent } from "@cofactr/platform-types";
import { operationValidators } from "@cofactr/platform-validation";
import { describe, expectTypeOf, test } from "vitest";
import { type CofactrClient, createCofactrClient, type Download } from "../src/index.js";
import { parseWebhookEvent } from "../src/webhooks.js";

declare const cofactr: CofactrClient;

describe("facade types", () => {
  test("methods resolve to the success body", () => {
    expectTypeOf(cofactr.boms.get).returns.resolves.toEqualTypeOf<Bom>();
    expectTypeOf(cofactr.boms.list).returns.resolves.toEqualTypeOf<BomPage>();
    expectTypeOf(cofactr.purchaseEvents.create).returns.resolves.toEqualTypeOf<PurchaseEvent>();
  });

  test("bodies and options are checked", () => {
    // @ts-expect-error: "shippd" is not an event type
    void cofactr.purchaseEvents.create({ purchase_lines: [], event_type: "shippd" });
    // @ts-expect-error: limit is a number
    void cofactr.boms.list({ query: { limit: "10" } });
    expectTypeOf(createCofactrClient).parameter(0).toEqualTypeOf<Parameters<typeof createCofactrClient>[0]>();
  });

  test("the path-based API is openapi-fetch's", async () => {
    const { data } = await cofactr.GET("/v1/boms/{bom_id}/", { params: { path: { bom_id: "x" } } });
    expectTypeOf(data).toExtend<Bom | undefined>();
    expectTypeOf<Bom>().toExtend<NonNullable<typeof data>>();
    // @ts-expect-error: the path must end with a slash
    void cofactr.GET("/v1/boms");
  });
});

describe("lists, downloads and webhooks", () => {
  test("a list iterates records of the page's item type", async () => {
    for await (const bom of cofactr.boms.list()) expectTypeOf(bom).toEqualTypeOf<Bom>();
  });

  test("a download resolves to a Download; an upload takes a Blob for its file", () => {
    expectTypeOf(cofactr.stockDocuments.download).returns.resolves.toEqualTypeOf<Download>();
    expectTypeOf<Blob>().toExtend<Parameters<typeof cofactr.stockDocuments.create>[0]["file"]>();
  });

  test("a webhook event narrows by record_type", () => {
    const event = parseWebhookEvent("{}");
    if (event.record_type === "BOM") expectTypeOf(event.data).toEqualTypeOf<Bom>();
    if (event.record_type === "PurchaseEvent") expectTypeOf(event.data).toEqualTypeOf<PurchaseEvent>();
  });
});

describe("options", () => {
  test("the shared validators can be passed as they are exported", () => {
    expectTypeOf(createCofactrClient).toBeCallableWith({
      apiKey: "k",
      validate: "strict",
      validators: operationValidators,
    });
  });
});
