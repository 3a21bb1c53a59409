/** Fault injection: statuses with Retry-After, dropped connections and latency, per route and per call. */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { FaultInjector, type MockServer, SEED_IDS, startMockServer } from "../src/index.js";
import { call } from "./mock-client.js";

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer({ faults: [{ route: "listTags", status: 503, times: 1 }] });
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const statuses = async (method: string, path: string, count: number) => {
  const seen: number[] = [];
  for (let index = 0; index < count; index++) seen.push((await call(server.url, method, path)).status);
  return seen;
};

describe("statuses", () => {
  test("429 with Retry-After for the first calls of a route, then the real answer", async () => {
    server.faults.add({ route: "listBoms", status: 429, retryAfter: 7, times: 2 });
    const throttled = await call(server.url, "GET", "/v1/boms/");
    expect(throttled).toMatchObject({
      status: 429,
      body: { detail: "Request was throttled. Expected available in 7 seconds." },
    });
    expect(throttled.headers.get("retry-after")).toBe("7");
    expect(await statuses("GET", "/v1/boms/", 2)).toEqual([429, 200]);
    // Other routes are not touched.
    expect((await call(server.url, "GET", "/v1/programs/")).status).toBe(200);
  });

  test("after lets calls through before the fault starts; a method and path pick one route", async () => {
    server.faults.add({ route: `GET /v1/boms/{bom_id}/`, status: 502, after: 2, times: 1 });
    expect(await statuses("GET", `/v1/boms/${SEED_IDS.bom}/`, 4)).toEqual([200, 200, 502, 200]);
    expect((await call(server.url, "GET", "/v1/boms/")).status).toBe(200);
  });

  test("a faulted request never reaches the state", async () => {
    server.faults.add({ route: "createTag", status: 500 });
    expect((await call(server.url, "POST", "/v1/tags/", { body: { name: "Hot" } })).status).toBe(500);
    expect(server.state.tags.size).toBe(2);
  });

  test("faults given at start come back, counted from zero, on reset; clear removes them all", async () => {
    expect(await statuses("GET", "/v1/tags/", 2)).toEqual([503, 200]);
    server.reset();
    expect(await statuses("GET", "/v1/tags/", 2)).toEqual([503, 200]);
    server.reset();
    server.faults.clear();
    expect(await statuses("GET", "/v1/tags/", 1)).toEqual([200]);
  });

  test("a rule with an impossible status is refused", () => {
    expect(() => new FaultInjector([{ status: 999 }])).toThrow(RangeError);
  });
});

describe("dropped connections and latency", () => {
  test("a dropped connection is a network error for the client, and the next call works", async () => {
    server.faults.add({ route: "getOrg", drop: true, times: 1 });
    await expect(call(server.url, "GET", "/v1/org/")).rejects.toThrow();
    expect((await call(server.url, "GET", "/v1/org/")).status).toBe(200);
  });

  test("latency delays a request that then runs normally", async () => {
    server.faults.add({ route: "createTag", latencyMs: 50 });
    const answer = await call(server.url, "POST", "/v1/tags/", { body: { name: "Hot" } });
    expect(answer).toMatchObject({ status: 201, body: { name: "Hot" } });
  });

  test("latency and a status together: the status comes after the wait", async () => {
    server.faults.add({ route: "getOrg", latencyMs: 20, status: 504, times: 1 });
    expect(await statuses("GET", "/v1/org/", 2)).toEqual([504, 200]);
  });
});
