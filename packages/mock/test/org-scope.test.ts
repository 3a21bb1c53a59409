/** Org scoping as the spec describes it: the key's org and sub-orgs, x-org-id, org_id, blended. */
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
const asSandbox = { headers: { "x-org-id": SEED_IDS.sandboxOrg } };
const OUTSIDE_ORG = "22222222-2222-4222-8222-222222222222";

describe("x-org-id", () => {
  test("makes the request act as a sub-org: new records are the sub-org's, and only it sees them", async () => {
    const created = await api("POST", "/v1/tags/", { ...asSandbox, body: { name: "Sandbox only" } });
    expect(created.body.org).toBe(SEED_IDS.sandboxOrg);
    expect((await api("GET", "/v1/tags/", asSandbox)).body.results.map((tag: { name: string }) => tag.name)).toEqual([
      "Sandbox only",
    ]);
    expect((await api("GET", "/v1/tags/")).body.count).toBe(2);
    expect((await api("GET", `/v1/tags/${created.body.id}/`)).status).toBe(404);
    expect((await api("GET", `/v1/tags/${created.body.id}/`, asSandbox)).status).toBe(200);
  });

  test("the primary org's own id is allowed", async () => {
    const response = await api("GET", "/v1/org/", { headers: { "x-org-id": SEED_IDS.org } });
    expect(response.body.id).toBe(SEED_IDS.org);
  });

  test.each([
    { given: "an org outside the key's account", value: OUTSIDE_ORG, status: 403 },
    { given: "a value that is not an org id", value: "plant", status: 400 },
  ])("$given is $status", async ({ value, status }) => {
    expect((await api("GET", "/v1/boms/", { headers: { "x-org-id": value } })).status).toBe(status);
  });

  test("a sub-org can't reach another sub-org's records", async () => {
    const headers = { "x-org-id": SEED_IDS.plantOrg };
    expect((await api("GET", `/v1/suppliers/${SEED_IDS.sandboxSupplier}/`, { headers })).status).toBe(404);
  });

  test("references in a body must be the acting org's", async () => {
    // The primary org's supplier can't go on a sandbox purchase order.
    const response = await api("POST", "/v1/purchase_orders/", {
      ...asSandbox,
      body: { po_number: "PO-S-8", supplier: SEED_IDS.supplierArrowline },
    });
    expect(response).toMatchObject({ status: 400, body: { supplier: [expect.stringContaining("does not exist")] } });
  });
});

describe("org_id", () => {
  test("limits a read to one org the key reaches", async () => {
    const sandboxOnly = await api("GET", `/v1/suppliers/?org_id=${SEED_IDS.sandboxOrg}`);
    expect(sandboxOnly.body.results.map((supplier: { id: string }) => supplier.id)).toEqual([SEED_IDS.sandboxSupplier]);
    expect((await api("GET", `/v1/org/?org_id=${SEED_IDS.plantOrg}`)).body.name).toBe("Acme Robotics Austin Plant");
    expect((await api("GET", `/v1/users/?org_id=${SEED_IDS.plantOrg}`)).body.count).toBe(1);
  });

  test("an org outside the account is 403", async () => {
    expect((await api("GET", `/v1/suppliers/?org_id=${OUTSIDE_ORG}`)).status).toBe(403);
  });
});

describe("blended", () => {
  test("widens a purchase-order look-up to the acting org's sub-orgs", async () => {
    const path = `/v1/purchase_orders/${SEED_IDS.sandboxPurchaseOrder}/`;
    expect((await api("GET", path)).status).toBe(404);
    expect((await api("GET", `${path}?blended=true`)).body.po_number).toBe("PO-S-7");
  });

  test("reaches the sub-org's order for updates too; a line of another order is still refused", async () => {
    const path = `/v1/purchase_orders/${SEED_IDS.sandboxPurchaseOrder}/no_part_lines/`;
    const body = [{ id: SEED_IDS.noPartLine, notes: "x" }];
    expect((await api("PATCH", path, { body })).status).toBe(404);
    expect((await api("PATCH", `${path}?blended=true`, { body })).status).toBe(400);
  });

  test("does not reach up: a sub-org acting with blended still sees only its own", async () => {
    const response = await api("GET", `/v1/purchase_orders/${SEED_IDS.purchaseOrder}/?blended=true`, asSandbox);
    expect(response.status).toBe(404);
  });
});
