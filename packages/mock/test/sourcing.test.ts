/** RFQs and their lines, supplier quotes and their lines. */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { type MockServer, SEED_IDS, startMockServer } from "../src/index.js";
import { type CallOptions, call } from "./mock-client.js";

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const api = (method: string, path: string, options?: CallOptions) => call(server.url, method, path, options);
const rfqPath = `/v1/rfqs/${SEED_IDS.rfq}/`;

describe("RFQs", () => {
  test("status moves forward, a closed RFQ reopens as sent, and nothing goes back to draft", async () => {
    const draft = (await api("POST", "/v1/rfqs/", { body: { name: "Connectors" } })).body;
    expect(draft).toMatchObject({ status: "draft", line_count: 0, suppliers: [] });
    const path = `/v1/rfqs/${draft.id}/`;
    expect((await api("PATCH", path, { body: { status: "sent" } })).status).toBe(200);
    expect((await api("PATCH", path, { body: { status: "draft" } })).status).toBe(400);
    expect((await api("PATCH", path, { body: { status: "closed" } })).status).toBe(200);
    expect((await api("PATCH", path, { body: { status: "sent" } })).status).toBe(200);
  });

  test("a part is on an RFQ at most once, and a closed RFQ takes no new or changed lines", async () => {
    const again = await api("POST", `${rfqPath}lines/`, { body: { part: SEED_IDS.partGateDriver, quant: 100 } });
    expect(again).toMatchObject({ status: 400, body: { part: [expect.stringContaining(SEED_IDS.rfqLine)] } });
    const added = await api("POST", `${rfqPath}lines/`, { body: { part: SEED_IDS.partMosfet, quant: 3000 } });
    expect(added.status).toBe(201);
    expect((await api("PATCH", rfqPath, { body: { status: "closed" } })).body.line_count).toBe(2);
    expect((await api("POST", `${rfqPath}lines/`, { body: { part: SEED_IDS.partMcu, quant: 1 } })).status).toBe(400);
    expect((await api("PATCH", `${rfqPath}lines/${SEED_IDS.rfqLine}/`, { body: { quant: 1 } })).status).toBe(400);
  });

  test("suppliers are replaced as a whole and must be the org's", async () => {
    expect((await api("PATCH", rfqPath, { body: { suppliers: [SEED_IDS.supplierKeystone] } })).body.suppliers).toEqual([
      SEED_IDS.supplierKeystone,
    ]);
    expect((await api("PATCH", rfqPath, { body: { suppliers: [SEED_IDS.sandboxSupplier] } })).status).toBe(400);
  });
});

describe("supplier quotes", () => {
  const quotePath = `/v1/supplier_quotes/${SEED_IDS.supplierQuote}/`;

  test("a line with only an RFQ line takes its part; another part records an alternate", async () => {
    const fromRfq = await api("POST", `${quotePath}lines/`, {
      body: { rfq_line: SEED_IDS.rfqLine, quant: 1000, unit_price: "4.5000" },
    });
    expect(fromRfq).toMatchObject({ status: 201, body: { part: SEED_IDS.partGateDriver } });
    const alternate = await api("POST", `${quotePath}lines/`, {
      body: { rfq_line: SEED_IDS.rfqLine, part: SEED_IDS.partMosfet, quant: 500, unit_price: "1.0000" },
    });
    expect(alternate.body.part).toBe(SEED_IDS.partMosfet);
    expect((await api("PATCH", quotePath, { body: { notes: "Updated" } })).body.line_count).toBe(3);
  });

  test("a line needs a part or an RFQ line of the quote's RFQ", async () => {
    expect((await api("POST", `${quotePath}lines/`, { body: { quant: 1, unit_price: "1" } })).status).toBe(400);
    const quote = (await api("POST", "/v1/supplier_quotes/", { body: { supplier: SEED_IDS.supplierArrowline } })).body;
    const response = await api("POST", `/v1/supplier_quotes/${quote.id}/lines/`, {
      body: { rfq_line: SEED_IDS.rfqLine, quant: 1, unit_price: "1" },
    });
    expect(response).toMatchObject({ status: 400, body: { rfq_line: [expect.any(String)] } });
  });

  test("supplier and RFQ can change only while the quote has no lines", async () => {
    expect((await api("PATCH", quotePath, { body: { supplier: SEED_IDS.supplierArrowline } })).status).toBe(400);
    const quote = (await api("POST", "/v1/supplier_quotes/", { body: { supplier: SEED_IDS.supplierArrowline } })).body;
    const moved = await api("PATCH", `/v1/supplier_quotes/${quote.id}/`, {
      body: { supplier: SEED_IDS.supplierKeystone, rfq: SEED_IDS.rfq },
    });
    expect(moved.body).toMatchObject({ supplier: SEED_IDS.supplierKeystone, rfq: SEED_IDS.rfq });
  });
});
