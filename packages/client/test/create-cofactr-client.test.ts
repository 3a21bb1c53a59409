import { inspect } from "node:util";
import { afterEach, describe, expect, test } from "vitest";
import { BadRequestError, CofactrApiError, CofactrError, createCofactrClient, NotFoundError } from "../src/index.js";
import { type ScriptedAnswer, startRecordingServer } from "./recording-server.js";

const KEY = "secret-key-that-must-never-leak";
const ORG = "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba";
const SUB_ORG = "5d1c9a7e-2b4f-4c8d-9e3a-6f7b8c9d0e1f";
const BOM = "6a1f5b0e-4c3d-4e2f-9a8b-7c6d5e4f3a2b";

let server: Awaited<ReturnType<typeof startRecordingServer>> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function setup(answer?: (request: { url: string }) => ScriptedAnswer, options: { orgId?: string } = {}) {
  server = await startRecordingServer(answer);
  return { server, cofactr: createCofactrClient({ apiKey: KEY, baseUrl: server.url, ...options }) };
}

describe("what the client sends", () => {
  test("the Api-Key header and the required trailing slash", async () => {
    const { server, cofactr } = await setup(() => ({ body: { count: 0, next: null, previous: null, results: [] } }));
    await cofactr.boms.list({ query: { limit: 5 } });
    expect(server.requests[0]).toMatchObject({ method: "GET", url: "/v1/boms/?limit=5" });
    expect(server.requests[0]?.headers.authorization).toBe(`Api-Key ${KEY}`);
    expect(server.requests[0]?.headers["x-org-id"]).toBeUndefined();
  });

  test("org scoping: the client's org on every call, overridable per call, on the path-based API too", async () => {
    const { server, cofactr } = await setup(undefined, { orgId: ORG });
    await cofactr.boms.get(BOM);
    await cofactr.boms.get(BOM, { orgId: SUB_ORG });
    await cofactr.GET("/v1/boms/{bom_id}/", { params: { path: { bom_id: BOM } } });
    expect(server.requests.map((request) => request.headers["x-org-id"])).toEqual([ORG, SUB_ORG, ORG]);
    expect(server.requests.map((request) => request.url)).toEqual(Array(3).fill(`/v1/boms/${BOM}/`));
  });

  test("a JSON body and path parameters", async () => {
    const { server, cofactr } = await setup(() => ({ body: [] }));
    await cofactr.purchaseOrders.noPartLines.updateMany("po-1", [{ id: BOM, quant: "2" }], {
      query: { blended: "true" },
    });
    expect(server.requests[0]).toMatchObject({
      method: "PATCH",
      url: "/v1/purchase_orders/po-1/no_part_lines/?blended=true",
      body: JSON.stringify([{ id: BOM, quant: "2" }]),
    });
    expect(server.requests[0]?.headers["content-type"]).toBe("application/json");
  });

  test.each([
    { given: "a slash", id: "a/b", want: "/v1/boms/a%2Fb/" },
    { given: "a query", id: "a?b=1", want: "/v1/boms/a%3Fb%3D1/" },
    { given: "a fragment", id: "a#b", want: "/v1/boms/a%23b/" },
  ])("an id with $given stays inside its path segment", async ({ id, want }) => {
    const { server, cofactr } = await setup();
    await cofactr.boms.get(id);
    expect(server.requests[0]?.url).toBe(want);
  });

  test.each(["..", ".", "%2e%2E", ""])("an id %j that would leave its route is refused before sending", async (id) => {
    const { server, cofactr } = await setup();
    await expect(cofactr.boms.get(id)).rejects.toThrow(/Path parameter bom_id: expected an id/);
    expect(server.requests).toHaveLength(0);
  });

  test("setApiKey replaces the key from the next request on", async () => {
    const { server, cofactr } = await setup();
    await cofactr.boms.get(BOM);
    cofactr.setApiKey("rotated-key");
    await cofactr.boms.get(BOM);
    expect(server.requests.map((request) => request.headers.authorization)).toEqual([
      `Api-Key ${KEY}`,
      "Api-Key rotated-key",
    ]);
  });
});

describe("errors", () => {
  test("a non-2xx answer throws an error with the status and the parsed body", async () => {
    const { cofactr } = await setup(() => ({
      status: 400,
      body: { event_type: ['"shippd" is not a valid choice.'] },
      headers: { "x-request-id": "req_123" },
    }));
    const error = await cofactr.purchaseEvents
      .create({ purchase_lines: [BOM], event_type: "shipped" })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toBeInstanceOf(CofactrApiError);
    expect(error).toMatchObject({
      status: 400,
      method: "POST",
      path: "/v1/purchase_events/",
      requestId: "req_123",
      fieldErrors: { event_type: ['"shippd" is not a valid choice.'] },
      message: 'POST /v1/purchase_events/ answered 400: event_type: "shippd" is not a valid choice.',
    });
  });

  test("404 carries detail and the filled-in path", async () => {
    const { cofactr } = await setup(() => ({ status: 404, body: { detail: "Not found." } }));
    const error = await cofactr.boms.get(BOM).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ status: 404, detail: "Not found.", path: `/v1/boms/${BOM}/` });
  });

  test("the API key never appears in an error, its JSON or its inspection", async () => {
    const { cofactr } = await setup(() => ({ status: 401, body: { detail: "Invalid API key." } }));
    const error = await cofactr.boms.get(BOM).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CofactrApiError);
    for (const text of [String(error), JSON.stringify(error), inspect(error, { depth: 10, showHidden: true })]) {
      expect(text).not.toContain(KEY);
    }
  });

  test("the path-based API returns { data, error, response } as openapi-fetch does", async () => {
    const { cofactr } = await setup(() => ({ status: 404, body: { detail: "Not found." } }));
    const { data, error, response } = await cofactr.GET("/v1/boms/{bom_id}/", { params: { path: { bom_id: BOM } } });
    expect(data).toBeUndefined();
    expect(error).toEqual({ detail: "Not found." });
    expect(response.status).toBe(404);
  });
});

describe("options", () => {
  test.each([
    { given: "no key at all", options: {}, want: "apiKey: expected a Cofactr API key" },
    { given: "a blank key", options: { apiKey: "  " }, want: "apiKey: expected a Cofactr API key" },
    {
      given: "a relative base URL",
      options: { apiKey: KEY, baseUrl: "flagship-api" },
      want: "baseUrl: expected an absolute URL",
    },
  ])("$given is refused with an error naming the option", ({ options, want }) => {
    const saved = process.env.COFACTR_API_KEY;
    delete process.env.COFACTR_API_KEY;
    try {
      expect(() => createCofactrClient(options)).toThrow(CofactrError);
      expect(() => createCofactrClient(options)).toThrow(want);
    } finally {
      if (saved !== undefined) process.env.COFACTR_API_KEY = saved;
    }
  });

  test("the key comes from COFACTR_API_KEY when not given", async () => {
    server = await startRecordingServer();
    process.env.COFACTR_API_KEY = "from-environment";
    try {
      await createCofactrClient({ baseUrl: server.url }).boms.get(BOM);
    } finally {
      delete process.env.COFACTR_API_KEY;
    }
    expect(server.requests[0]?.headers.authorization).toBe("Api-Key from-environment");
  });

  test("the client object does not expose the key", () => {
    const cofactr = createCofactrClient({ apiKey: KEY });
    expect(inspect(cofactr, { depth: 5, showHidden: true })).not.toContain(KEY);
    expect(JSON.stringify(cofactr)).not.toContain(KEY);
  });
});
