/**
 * The MSW handlers answer like the server does, without the request reaching the network: the base
 * URL is a real socket that counts what reaches it, and nothing may.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { MOCK_API_KEY, SEED_IDS } from "../src/index.js";
import { createMockHandlers } from "../src/msw.js";

let network: Server;
let reachedNetwork = 0;
let baseUrl: string;
let mock: ReturnType<typeof createMockHandlers>;
let interceptor: ReturnType<typeof setupServer>;

beforeAll(async () => {
  network = createServer((_request, response) => {
    reachedNetwork++;
    response.writeHead(599).end();
  });
  await new Promise<void>((resolve) => network.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(network.address() as AddressInfo).port}/cofactr`;
  mock = createMockHandlers({ baseUrl });
  interceptor = setupServer(...mock.handlers);
  interceptor.listen({ onUnhandledRequest: "error" });
});
afterAll(async () => {
  interceptor.close();
  await new Promise<void>((resolve) => network.close(() => resolve()));
});
beforeEach(() => mock.reset());

const request = (method: string, path: string, body?: unknown) =>
  fetch(`${baseUrl}${path}`, {
    method,
    headers: { authorization: `Api-Key ${MOCK_API_KEY}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

describe("MSW handlers", () => {
  test("answer from the mock's state, and state lasts between requests", async () => {
    const created = await request("POST", "/v1/tags/", { name: "Hot" });
    expect(created.status).toBe(201);
    const tag = await created.json();
    expect(await (await request("GET", `/v1/tags/${tag.id}/`)).json()).toEqual(tag);
    expect((await (await request("GET", "/v1/boms/")).json()).results[0].id).toBe(SEED_IDS.bom);
    expect(reachedNetwork).toBe(0);
  });

  test("route, authenticate and validate as the server does", async () => {
    expect((await request("GET", "/v1/boms")).status).toBe(404);
    expect((await fetch(`${baseUrl}/v1/boms/`)).status).toBe(401);
    const refused = await request("POST", "/v1/tags/", { colour: "red" });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toEqual({ name: ["is required"], colour: ["is not a known field"] });
  });

  test("answer downloads as bytes and run SQL", async () => {
    const download = await request("GET", `/v1/stock_documents/${SEED_IDS.stockDocument}/download/`);
    expect(download.headers.get("content-disposition")).toContain("CoC_GRM155R71C104KA88D_lot_2339K51.pdf");
    expect(new TextDecoder().decode(await download.arrayBuffer())).toMatch(/^%PDF-1\.7/);
    const report = await request("POST", "/v1/reporting/sql/", { query: "SELECT count(*) AS parts FROM parts" });
    expect((await report.json()).rows).toEqual([["7"]]);
  });

  test("inject faults, dropped connections included", async () => {
    mock.mock.faults.add({ route: "listBoms", status: 429, times: 1 });
    const throttled = await request("GET", "/v1/boms/");
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get("retry-after")).toBe("1");
    mock.mock.faults.add({ route: "getOrg", drop: true, times: 1 });
    await expect(request("GET", "/v1/org/")).rejects.toThrow();
    expect((await request("GET", "/v1/org/")).status).toBe(200);
  });

  test("reset forgets what was created", async () => {
    await request("POST", "/v1/tags/", { name: "Hot" });
    mock.reset();
    expect((await (await request("GET", "/v1/tags/")).json()).count).toBe(2);
  });
});
