import { operationValidators } from "@cofactr/platform-validation";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { MOCK_API_KEY, type MockServer, SEED_IDS, startMockServer } from "../src/index.js";

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

async function call(
  method: string,
  path: string,
  options: { body?: unknown; key?: string | null; headers?: Record<string, string> } = {},
) {
  const headers: Record<string, string> = { "content-type": "application/json", ...options.headers };
  if (options.key !== null) headers.authorization = `Api-Key ${options.key ?? MOCK_API_KEY}`;
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers,
    body:
      options.body === undefined
        ? undefined
        : typeof options.body === "string"
          ? options.body
          : JSON.stringify(options.body),
  });
  return { status: response.status, body: await response.json(), headers: response.headers };
}

const upsert = { name: "Sensor board", version: "A", lines: [{ mpn: "LM358DR", quantity: 2 }] };

describe("authentication", () => {
  test.each([
    { given: "no Authorization header", key: null, detail: "Authentication credentials were not provided." },
    { given: "an unknown key", key: "not-a-key", detail: "Invalid API key." },
  ])("$given is 401", async ({ key, detail }) => {
    expect(await call("GET", "/v1/boms/", { key })).toMatchObject({ status: 401, body: { detail } });
  });

  test("the Api-Key prefix is case-sensitive", async () => {
    const response = await call("GET", "/v1/boms/", {
      key: null,
      headers: { authorization: `api-key ${MOCK_API_KEY}` },
    });
    expect(response.status).toBe(401);
  });
});

describe("validation", () => {
  test("a bad body is 400 with DRF field errors, and nothing changes", async () => {
    const before = [...server.state.purchaseEvents.keys()];
    const response = await call("POST", "/v1/purchase_events/", {
      body: { purchase_lines: [SEED_IDS.purchaseLine], event_type: "shippd", quantity: "12a" },
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      quantity: ['expected an integer, got "12a"'],
      event_type: [expect.stringMatching(/^expected one of "shipped", .*, got "shippd"$/)],
    });
    expect([...server.state.purchaseEvents.keys()]).toEqual(before);
  });

  test("nested errors are nested as DRF nests them", async () => {
    const response = await call("PUT", "/integrations/async_boms/", {
      body: { name: "x", lines: [{ mpn: "A" }, { quantity: 1 }] },
    });
    expect(response).toMatchObject({ status: 400, body: { lines: [{}, { mpn: ["is required"] }] } });
    expect(server.state.boms.size).toBe(1);
  });

  test("a body that is not JSON is 400 with detail", async () => {
    const response = await call("POST", "/v1/purchase_events/", { body: "{not json" });
    expect(response.status).toBe(400);
    expect(response.body.detail).toMatch(/^JSON parse error - /);
  });

  test("update-many applies all changes or none", async () => {
    const path = `/v1/purchase_orders/${SEED_IDS.purchaseOrder}/no_part_lines/`;
    const unknownLine = "11111111-1111-4111-8111-111111111111";
    const rejected = await call("PATCH", path, {
      body: [
        { id: SEED_IDS.noPartLine, unit_price: "80.00" },
        { id: unknownLine, unit_price: "1.00" },
      ],
    });
    expect(rejected).toMatchObject({ status: 400, body: [{}, { id: [expect.stringContaining(unknownLine)] }] });
    expect(server.state.noPartLines.get(SEED_IDS.noPartLine)?.unit_price).toBe("75.00");

    const applied = await call("PATCH", path, {
      body: [{ id: SEED_IDS.noPartLine, unit_price: "80.00", line_total: "80.00" }],
    });
    expect(applied.status).toBe(200);
    expect(applied.body[0]).toMatchObject({
      id: SEED_IDS.noPartLine,
      unit_price: "80.00",
      description: "Expedite fee",
    });
    expect(operationValidators.updateManyNoPartPurchaseLines.response.validate(applied.body)).toMatchObject({
      success: true,
    });
  });
});

describe("routing", () => {
  test.each([
    { given: "a path without the trailing slash", method: "GET", path: "/v1/boms", status: 404 },
    { given: "an unknown path", method: "GET", path: "/v1/widgets/", status: 404 },
    { given: "an unknown id", method: "GET", path: "/v1/boms/11111111-1111-4111-8111-111111111111/", status: 404 },
    { given: "a wrong method", method: "DELETE", path: "/v1/purchase_events/", status: 405 },
  ])("$given is $status", async ({ method, path, status }) => {
    expect((await call(method, path)).status).toBe(status);
  });

  test("405 says which methods are allowed", async () => {
    expect((await call("DELETE", "/v1/purchase_events/")).headers.get("allow")).toBe("POST");
  });
});

describe("state", () => {
  test("an upserted BOM is stored, listed and read back; the same integration record updates it", async () => {
    const first = await call("PUT", "/integrations/async_boms/", {
      body: { ...upsert, integration_source_name: "arena", integration_record_id: "PLM-1" },
    });
    expect(first.status).toBe(200);
    expect(typeof first.body).toBe("string");
    const list = await call("GET", "/v1/boms/");
    const created = list.body.results.find((bom: { name: string }) => bom.name === "Sensor board");
    expect(created).toMatchObject({ version: "A", line_count: 1, approved: false, org: SEED_IDS.org });
    expect(operationValidators.listBoms.response.validate(list.body)).toMatchObject({ success: true });

    await call("PUT", "/integrations/async_boms/", {
      body: { ...upsert, version: "B", lines: [], integration_source_name: "arena", integration_record_id: "PLM-1" },
    });
    const read = await call("GET", `/v1/boms/${created.id}/`);
    expect(read.body).toMatchObject({ id: created.id, version: "B", line_count: 0 });
    expect((await call("GET", "/v1/boms/")).body.count).toBe(2);
  });

  test("a purchase event is recorded against the lines' order and changes them", async () => {
    const response = await call("POST", "/v1/purchase_events/", {
      body: { purchase_lines: [SEED_IDS.purchaseLine], event_type: "shipped", quantity: 120 },
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ event_type: "shipped", quantity: 120, purchase: SEED_IDS.purchaseOrder });
    expect(operationValidators.createPurchaseEvent.response.validate(response.body)).toMatchObject({ success: true });
    expect(server.state.purchaseLines.get(SEED_IDS.purchaseLine)?.quantity_shipped).toBe(120);
  });

  test("reset forgets what tests created", async () => {
    await call("PUT", "/integrations/async_boms/", { body: upsert });
    server.reset();
    expect((await call("GET", "/v1/boms/")).body.count).toBe(1);
  });
});

describe("org scoping", () => {
  test("x-org-id acts as a sub-org; its records are not the primary org's", async () => {
    const headers = { "x-org-id": SEED_IDS.sandboxOrg };
    await call("PUT", "/integrations/async_boms/", { body: upsert, headers });
    expect((await call("GET", "/v1/boms/", { headers })).body.count).toBe(1);
    expect((await call("GET", "/v1/boms/")).body.count).toBe(1);
    expect((await call("GET", `/v1/boms/?org_id=${SEED_IDS.sandboxOrg}`)).body.results[0].name).toBe("Sensor board");
  });

  test("an org outside the key's account is 403", async () => {
    const response = await call("GET", "/v1/boms/", {
      headers: { "x-org-id": "22222222-2222-4222-8222-222222222222" },
    });
    expect(response.status).toBe(403);
  });

  test("blended includes sub-orgs' purchase orders in the lookup", async () => {
    const path = `/v1/purchase_orders/${SEED_IDS.sandboxPurchaseOrder}/no_part_lines/`;
    const body = [{ id: SEED_IDS.noPartLine, notes: "x" }];
    expect((await call("PATCH", path, { body })).status).toBe(404);
    // Found with blended; the line is on another order, so the update is refused as a field error.
    expect((await call("PATCH", `${path}?blended=true`, { body })).status).toBe(400);
  });
});
