/** Purchase orders, their part and no-part lines, purchase events, and supplier bills. */
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
const orderPath = `/v1/purchase_orders/${SEED_IDS.purchaseOrder}/`;

async function newOrder(changes: Record<string, unknown> = {}) {
  const response = await api("POST", "/v1/purchase_orders/", {
    body: { po_number: "PO-2001", supplier: SEED_IDS.supplierBrightwater, ...changes },
  });
  expect(response.status).toBe(201);
  return response.body;
}

describe("purchase orders", () => {
  test("totals follow the part and no-part lines", async () => {
    const order = await newOrder({ shipping: "12.50", sales_tax: "1.10" });
    expect(order).toMatchObject({
      status: "draft",
      subtotal: "0.00",
      total: "13.60",
      line_count: 0,
      no_part_line_count: 0,
    });
    const path = `/v1/purchase_orders/${order.id}/`;
    const line = await api("POST", `${path}lines/`, {
      body: { part: SEED_IDS.partMcu, quant: 250, unit_price: "3.8712" },
    });
    expect(line.body).toMatchObject({ line_total: "967.80", quant_received: 0 });
    const fee = await api("POST", `${path}no_part_lines/`, {
      body: { description: "Stencil", quant: "1", unit_price: "185.00" },
    });
    expect(fee.body.line_total).toBe("185.00");
    const flat = await api("POST", `${path}no_part_lines/`, {
      body: { description: "Freight", quant: "2.5", unit_price: "10.00", line_total: "20.00" },
    });
    expect(flat.body.line_total).toBe("20.00");
    expect((await api("GET", path)).body).toMatchObject({
      subtotal: "1172.80",
      total: "1186.40",
      line_count: 1,
      no_part_line_count: 2,
    });
  });

  test("po_number is unique in the org; the supplier can change only while the order is a draft", async () => {
    expect(
      (
        await api("POST", "/v1/purchase_orders/", {
          body: { po_number: "PO-1001", supplier: SEED_IDS.supplierArrowline },
        })
      ).status,
    ).toBe(400);
    expect((await api("PATCH", orderPath, { body: { supplier: SEED_IDS.supplierBrightwater } })).status).toBe(400);
    const draft = await newOrder();
    const moved = await api("PATCH", `/v1/purchase_orders/${draft.id}/`, {
      body: { supplier: SEED_IDS.supplierArrowline },
    });
    expect(moved.body.supplier).toBe(SEED_IDS.supplierArrowline);
  });

  test("custom properties are checked against the org's definitions, and only the keys sent change", async () => {
    const bad = await api("PATCH", orderPath, { body: { custom_properties: { cost_center: "9999", color: "red" } } });
    expect(bad).toMatchObject({
      status: 400,
      body: { custom_properties: { cost_center: [expect.stringContaining('"4100"')], color: [expect.any(String)] } },
    });
    const good = await api("PATCH", orderPath, { body: { custom_properties: { cost_center: "5300" } } });
    expect(good.body.custom_properties).toEqual({ cost_center: "5300" });
    expect(
      (await api("PATCH", orderPath, { body: { custom_properties: { cost_center: null } } })).body.custom_properties,
    ).toEqual({});
  });

  test("an archived team takes no new orders", async () => {
    await api("POST", `/v1/teams/${SEED_IDS.teamNorthwind}/archive/`);
    const response = await api("POST", "/v1/purchase_orders/", {
      body: { po_number: "PO-2002", supplier: SEED_IDS.supplierArrowline, team: SEED_IDS.teamNorthwind },
    });
    expect(response).toMatchObject({ status: 400, body: { team: [expect.stringContaining("archived")] } });
  });

  test("deleting an order removes its lines and events; a bill naming it blocks the delete", async () => {
    await api("POST", "/v1/purchase_events/", {
      body: { purchase_lines: [SEED_IDS.purchaseLine], event_type: "received", quantity: 1 },
    });
    await api("POST", "/v1/supplier_bills/", {
      body: {
        supplier: SEED_IDS.supplierArrowline,
        purchase_order: SEED_IDS.purchaseOrder,
        bill_number: "INV-1",
        bill_date: "2026-12-03",
      },
    });
    expect((await api("DELETE", orderPath)).status).toBe(400);
    expect((await api("GET", orderPath)).status).toBe(200);

    const order = await newOrder();
    const path = `/v1/purchase_orders/${order.id}/`;
    const line = await api("POST", `${path}lines/`, {
      body: { part: SEED_IDS.partMcu, quant: 10, unit_price: "4.00" },
    });
    await api("POST", "/v1/purchase_events/", { body: { purchase_lines: [line.body.id], event_type: "shipped" } });
    expect((await api("DELETE", path)).status).toBe(204);
    expect(server.state.purchaseLines.get(line.body.id)).toBeUndefined();
    expect(server.state.purchaseEvents.filter((event) => event.purchase === order.id)).toEqual([]);
  });
});

describe("update many", () => {
  test("purchase lines: every change or none; a line not on the order, or named twice, refuses all", async () => {
    const path = `${orderPath}lines/`;
    for (const body of [
      [
        { id: SEED_IDS.purchaseLine, quant: 600 },
        { id: "11111111-1111-4111-8111-111111111111", quant: 1 },
      ],
      [
        { id: SEED_IDS.purchaseLine, quant: 600 },
        { id: SEED_IDS.purchaseLine, quant: 700 },
      ],
      [
        { id: SEED_IDS.purchaseLine, quant: 600 },
        { id: SEED_IDS.purchaseLine2, quant: 0 },
      ],
    ]) {
      const refused = await api("PATCH", path, { body });
      expect(refused.status).toBe(400);
      expect(Array.isArray(refused.body)).toBe(true);
    }
    expect((await api("GET", `${path}${SEED_IDS.purchaseLine}/`)).body.quant).toBe(500);
    const applied = await api("PATCH", path, {
      body: [
        { id: SEED_IDS.purchaseLine2, unit_price: "1.1000" },
        { id: SEED_IDS.purchaseLine, quant: 600 },
      ],
    });
    expect(applied.body.map((line: { id: string; line_total: string }) => [line.id, line.line_total])).toEqual([
      [SEED_IDS.purchaseLine2, "3300.00"],
      [SEED_IDS.purchaseLine, "3144.00"],
    ]);
  });

  test("no-part lines: a change of price works the total out again unless a total is sent", async () => {
    const path = `${orderPath}no_part_lines/`;
    const repriced = await api("PATCH", path, { body: [{ id: SEED_IDS.noPartLine, quant: "2" }] });
    expect(repriced.body[0]).toMatchObject({ quant: "2", line_total: "150.00" });
    const single = await api("PATCH", path, { body: { id: SEED_IDS.noPartLine, line_total: "99.00" } });
    expect(single.body).toEqual([expect.objectContaining({ line_total: "99.00" })]);
  });

  test("quant can't drop below what was received", async () => {
    await api("POST", "/v1/purchase_events/", {
      body: { purchase_lines: [SEED_IDS.purchaseLine], event_type: "received", quantity: 300 },
    });
    const response = await api("PATCH", `${orderPath}lines/`, { body: [{ id: SEED_IDS.purchaseLine, quant: 200 }] });
    expect(response).toMatchObject({ status: 400, body: [{ quant: [expect.stringContaining("300")] }] });
  });
});

describe("purchase events", () => {
  test("received events add to the lines' quant_received; shipped events move their delivery date", async () => {
    const linePath = `${orderPath}lines/${SEED_IDS.purchaseLine}/`;
    const shipped = await api("POST", "/v1/purchase_events/", {
      body: {
        purchase_lines: [SEED_IDS.purchaseLine],
        event_type: "shipped",
        quantity: 250,
        tracking_number: "1Z999AA10123456784",
        estimated_delivery: "2026-12-04",
      },
    });
    expect(shipped.body).toMatchObject({
      purchase: SEED_IDS.purchaseOrder,
      org: SEED_IDS.org,
      cofactr_invoice_number: "CF-PO-1001-1",
    });
    expect((await api("GET", linePath)).body).toMatchObject({ estimated_delivery: "2026-12-04", quant_received: 0 });
    for (const quantity of [200, 50]) {
      await api("POST", "/v1/purchase_events/", {
        body: { purchase_lines: [SEED_IDS.purchaseLine], event_type: "received", quantity },
      });
    }
    expect((await api("GET", linePath)).body.quant_received).toBe(250);
  });

  test("all lines must belong to one order the key sees", async () => {
    const other = await newOrder();
    const line = await api("POST", `/v1/purchase_orders/${other.id}/lines/`, {
      body: { part: SEED_IDS.partMcu, quant: 1, unit_price: "1" },
    });
    const response = await api("POST", "/v1/purchase_events/", {
      body: { purchase_lines: [SEED_IDS.purchaseLine, line.body.id], event_type: "received", quantity: 1 },
    });
    expect(response.status).toBe(400);
    expect(server.state.purchaseEvents.size).toBe(0);
  });

  test("deleting a line deletes the events recorded against it alone and keeps shared ones", async () => {
    const only = await api("POST", "/v1/purchase_events/", {
      body: { purchase_lines: [SEED_IDS.purchaseLine], event_type: "note" },
    });
    const shared = await api("POST", "/v1/purchase_events/", {
      body: { purchase_lines: [SEED_IDS.purchaseLine, SEED_IDS.purchaseLine2], event_type: "confirm" },
    });
    expect((await api("DELETE", `${orderPath}lines/${SEED_IDS.purchaseLine}/`)).status).toBe(204);
    expect(server.state.purchaseEvents.get(only.body.id)).toBeUndefined();
    expect(server.state.purchaseEvents.get(shared.body.id)?.purchase_lines).toEqual([SEED_IDS.purchaseLine2]);
  });
});

describe("supplier bills", () => {
  async function newBill() {
    const response = await api("POST", "/v1/supplier_bills/", {
      body: {
        supplier: SEED_IDS.supplierArrowline,
        purchase_order: SEED_IDS.purchaseOrder,
        bill_number: "INV-88841207",
        bill_date: "2026-12-03",
        shipping: "18.40",
      },
    });
    expect(response.status).toBe(201);
    return response.body;
  }

  test("lines bill order lines or named charges, and the totals follow", async () => {
    const bill = await newBill();
    const path = `/v1/supplier_bills/${bill.id}/lines/`;
    await api("POST", path, { body: { purchase_line: SEED_IDS.purchaseLine, quant: "500", unit_price: "5.24" } });
    await api("POST", path, { body: { no_part_line: SEED_IDS.noPartLine, quant: "1", unit_price: "75.00" } });
    const charge = await api("POST", path, { body: { description: "Pallet", quant: "1", unit_price: "12.00" } });
    expect(charge.body.line_total).toBe("12.00");
    const changed = await api("PATCH", `${path}${charge.body.id}/`, { body: { quant: "2" } });
    expect(changed.body.line_total).toBe("24.00");
    const read = await api("PATCH", `/v1/supplier_bills/${bill.id}/`, { body: { status: "paid" } });
    expect(read.body).toMatchObject({ status: "paid", lines_total: "2719.00", total: "2737.40", line_count: 3 });
  });

  test.each([
    { given: "both kinds of line", body: { purchase_line: SEED_IDS.purchaseLine, no_part_line: SEED_IDS.noPartLine } },
    { given: "neither a line nor a description", body: {} },
    { given: "a line of another order", body: { purchase_line: "11111111-1111-4111-8111-111111111111" } },
  ])("a bill line with $given is refused", async ({ body }) => {
    const bill = await newBill();
    const response = await api("POST", `/v1/supplier_bills/${bill.id}/lines/`, {
      body: { ...body, quant: "1", unit_price: "1" },
    });
    expect(response.status).toBe(400);
  });

  test("a second bill with the same number from the same supplier is refused", async () => {
    await newBill();
    const again = await api("POST", "/v1/supplier_bills/", {
      body: { supplier: SEED_IDS.supplierArrowline, bill_number: "INV-88841207", bill_date: "2026-12-04" },
    });
    expect(again).toMatchObject({ status: 400, body: { bill_number: [expect.any(String)] } });
  });

  test("a billed line can't be deleted; a bill with lines can't change supplier", async () => {
    const bill = await newBill();
    await api("POST", `/v1/supplier_bills/${bill.id}/lines/`, {
      body: { purchase_line: SEED_IDS.purchaseLine, quant: "1", unit_price: "1" },
    });
    expect((await api("DELETE", `${orderPath}lines/${SEED_IDS.purchaseLine}/`)).status).toBe(400);
    expect((await api("PATCH", `/v1/supplier_bills/${bill.id}/`, { body: { purchase_order: null } })).status).toBe(400);
  });
});
