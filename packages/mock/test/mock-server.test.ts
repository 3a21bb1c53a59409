/** The request pipeline: authentication, validation, routing, state that lasts, reset, and org scoping. */
import { operationValidators } from "@cofactr/platform-validation";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { MOCK_API_KEY, type MockServer, SEED_IDS, startMockServer } from "../src/index.js";
import { type CallOptions, call, waitForJob } from "./mock-client.js";

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const api = (method: string, path: string, options?: CallOptions) => call(server.url, method, path, options);
const upsert = { name: "Sensor board", version: "A", lines: [{ mpn: "LM358DR", quantity: 2 }] };

describe("authentication", () => {
  test.each([
    { given: "no Authorization header", key: null, detail: "Authentication credentials were not provided." },
    { given: "an unknown key", key: "not-a-key", detail: "Invalid API key." },
  ])("$given is 401", async ({ key, detail }) => {
    expect(await api("GET", "/v1/boms/", { key })).toMatchObject({ status: 401, body: { detail } });
  });

  test("the Api-Key prefix is case-sensitive", async () => {
    const response = await api("GET", "/v1/boms/", {
      key: null,
      headers: { authorization: `api-key ${MOCK_API_KEY}` },
    });
    expect(response.status).toBe(401);
  });

  test("a bad key is refused before a bad body is looked at", async () => {
    expect((await api("POST", "/v1/purchase_events/", { key: "not-a-key", body: "{not json" })).status).toBe(401);
  });
});

describe("validation", () => {
  test("a bad body is 400 with DRF field errors, and nothing changes", async () => {
    const before = server.state.purchaseEvents.keys();
    const response = await api("POST", "/v1/purchase_events/", {
      body: { purchase_lines: [SEED_IDS.purchaseLine], event_type: "shippd", quantity: "12a" },
    });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      quantity: ['expected an integer, got "12a"'],
      event_type: [expect.stringMatching(/^expected one of "shipped", .*, got "shippd"$/)],
    });
    expect(server.state.purchaseEvents.keys()).toEqual(before);
  });

  test("nested errors are nested as DRF nests them", async () => {
    const response = await api("PUT", "/integrations/async_boms/", {
      body: { name: "x", lines: [{ mpn: "A" }, { quantity: 1 }] },
    });
    expect(response).toMatchObject({ status: 400, body: { lines: [{}, { mpn: ["is required"] }] } });
    expect(server.state.boms.size).toBe(1);
    expect(server.state.jobs.size).toBe(0);
  });

  test("unknown fields are refused by name", async () => {
    const response = await api("POST", "/v1/tags/", { body: { name: "Hot", colour: "#FF0000" } });
    expect(response).toMatchObject({ status: 400, body: { colour: ["is not a known field"] } });
  });

  test("a body that is not JSON is 400 with detail", async () => {
    const response = await api("POST", "/v1/purchase_events/", { body: "{not json" });
    expect(response.status).toBe(400);
    expect(response.body.detail).toMatch(/^JSON parse error - /);
  });

  test("bad query parameters are 400, keyed by parameter", async () => {
    const response = await api("GET", "/v1/boms/?limit=5000&archived=maybe");
    expect(response).toMatchObject({
      status: 400,
      body: { limit: ["expected a number ≤ 1000, got 5000"], archived: ['expected true or false, got "maybe"'] },
    });
  });

  test("query parameters the operation does not take are ignored, as DRF ignores them", async () => {
    expect((await api("GET", "/v1/boms/?cache_buster=123")).status).toBe(200);
  });

  test("a rule broken half-way through a handler leaves nothing behind", async () => {
    // The second line names a part of no org: the BOM and its first line must not be kept either.
    const before = { boms: server.state.boms.size, lines: server.state.bomLines.size };
    const response = await api("POST", "/v1/boms/", {
      body: {
        name: "Half a BOM",
        lines: [
          { part: SEED_IDS.partMcu, quantity: 1 },
          { part: "11111111-1111-4111-8111-111111111111", quantity: 1 },
        ],
      },
    });
    expect(response).toMatchObject({
      status: 400,
      body: { lines: [{}, { part: [expect.stringContaining("Invalid pk")] }] },
    });
    expect({ boms: server.state.boms.size, lines: server.state.bomLines.size }).toEqual(before);
  });
});

describe("routing", () => {
  test.each([
    { given: "a path without the trailing slash", method: "GET", path: "/v1/boms", status: 404 },
    { given: "a nested path without the trailing slash", method: "GET", path: `/v1/boms/${SEED_IDS.bom}`, status: 404 },
    { given: "an unknown path", method: "GET", path: "/v1/widgets/", status: 404 },
    { given: "an unknown id", method: "GET", path: "/v1/boms/11111111-1111-4111-8111-111111111111/", status: 404 },
    { given: "an id that is not a UUID", method: "GET", path: "/v1/boms/not-a-uuid/", status: 404 },
    {
      given: "an id of another org's record",
      method: "GET",
      path: `/v1/purchase_orders/${SEED_IDS.sandboxPurchaseOrder}/`,
      status: 404,
    },
    { given: "a wrong method", method: "DELETE", path: "/v1/purchase_events/", status: 405 },
    { given: "a method no path takes", method: "PUT", path: "/v1/boms/", status: 405 },
  ])("$given is $status", async ({ method, path, status }) => {
    const response = await api(method, path);
    expect(response.status).toBe(status);
    expect(response.body).toEqual({
      detail: status === 404 ? "Not found." : `Method "${method}" not allowed.`,
    });
  });

  test("405 says which methods are allowed", async () => {
    expect((await api("DELETE", "/v1/purchase_events/")).headers.get("allow")).toBe("POST");
    expect((await api("PUT", `/v1/boms/${SEED_IDS.bom}/`)).headers.get("allow")).toBe("GET, DELETE, PATCH");
  });

  test("lists page with limit and offset, with full next and previous links", async () => {
    const first = await api("GET", `/v1/boms/${SEED_IDS.bom}/lines/?limit=4`);
    expect(first.body).toMatchObject({ count: 6, previous: null });
    expect(first.body.results).toHaveLength(4);
    expect(first.body.next).toBe(`${server.url}/v1/boms/${SEED_IDS.bom}/lines/?limit=4&offset=4`);
    const second = await api("GET", new URL(first.body.next).pathname + new URL(first.body.next).search);
    expect(second.body.results).toHaveLength(2);
    expect(second.body).toMatchObject({ next: null, previous: `${server.url}/v1/boms/${SEED_IDS.bom}/lines/?limit=4` });
  });
});

describe("state", () => {
  test("an upserted BOM exists once its job ran; the same integration record then updates it", async () => {
    const integration = { integration_source_name: "arena", integration_record_id: "PLM-1" };
    const first = await api("PUT", "/integrations/async_boms/", { body: { ...upsert, ...integration } });
    expect(first.status).toBe(200);
    expect(typeof first.body).toBe("string");
    // Like Cofactr, the work happens in the background: nothing is there until the job ran.
    expect((await api("GET", "/v1/boms/")).body.count).toBe(1);
    const { job } = await waitForJob(server.url, first.body);
    expect(job).toMatchObject({ status: "succeeded", kind: "upsert_bom", result: { created: true } });
    const created = (await api("GET", `/v1/boms/${job.result.bom}/`)).body;
    expect(created).toMatchObject({
      name: "Sensor board",
      version: "A",
      line_count: 1,
      approved: false,
      org: SEED_IDS.org,
    });

    const second = await api("PUT", "/integrations/async_boms/", {
      body: { ...upsert, ...integration, version: "B", lines: [] },
    });
    expect((await waitForJob(server.url, second.body)).job.result).toEqual({ bom: created.id, created: false });
    expect((await api("GET", `/v1/boms/${created.id}/`)).body).toMatchObject({ version: "B", line_count: 0 });
    const list = await api("GET", "/v1/boms/");
    expect(list.body.count).toBe(2);
    expect(operationValidators.listBoms.response.validate(list.body)).toMatchObject({ success: true });
  });

  test("a purchase event is recorded against the lines' order", async () => {
    const response = await api("POST", "/v1/purchase_events/", {
      body: { purchase_lines: [SEED_IDS.purchaseLine], event_type: "shipped", quantity: 120 },
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ event_type: "shipped", quantity: 120, purchase: SEED_IDS.purchaseOrder });
    expect(server.state.purchaseEvents.size).toBe(1);
  });

  test("reset forgets what tests created and brings the seeded key back", async () => {
    const job = await api("PUT", "/integrations/async_boms/", { body: upsert });
    await waitForJob(server.url, job.body);
    await api("POST", "/v1/api_key/rotate/");
    server.reset();
    expect((await api("GET", "/v1/boms/")).body.count).toBe(1);
    expect((await api("GET", `/v1/async_jobs/${job.body}/`)).status).toBe(404);
  });

  test("new records get ids in sequence, so the same calls give the same ids", async () => {
    const first = (await api("POST", "/v1/tags/", { body: { name: "Hot" } })).body.id;
    server.reset();
    expect((await api("POST", "/v1/tags/", { body: { name: "Hot" } })).body.id).toBe(first);
  });
});

describe("seeds", () => {
  test("the empty seed holds the account only", async () => {
    const empty = await startMockServer({ seed: "empty" });
    try {
      const get = (path: string) => call(empty.url, "GET", path);
      expect((await get("/v1/boms/")).body.count).toBe(0);
      expect((await get("/v1/suppliers/")).body.count).toBe(0);
      expect((await get("/v1/sub_orgs/")).body.count).toBe(2);
      expect((await get("/v1/users/")).body.count).toBe(4);
      expect((await get("/v1/org/")).body).toMatchObject({ id: SEED_IDS.org, name: "Acme Robotics" });
    } finally {
      await empty.close();
    }
  });

  test("a clock option stamps new records", async () => {
    const fixed = await startMockServer({ seed: "empty", clock: () => new Date("2027-01-02T03:04:05.678Z") });
    try {
      const tag = await call(fixed.url, "POST", "/v1/tags/", { body: { name: "Hot" } });
      expect(tag.body).toMatchObject({ created_at: "2027-01-02T03:04:05Z", updated_at: "2027-01-02T03:04:05Z" });
    } finally {
      await fixed.close();
    }
  });
});
