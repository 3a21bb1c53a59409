/**
 * Paging, uploads, downloads, async jobs, validation modes and webhooks, with `fetch` injected so
 * each test sees the exact requests and scripts the answers.
 */
import { Readable } from "node:stream";
import { operationValidators } from "@cofactr/platform-validation";
import { describe, expect, test } from "vitest";
import {
  AsyncJobFailedError,
  CofactrValidationError,
  createCofactrClient,
  type LogEvent,
  RequestTimeoutError,
} from "../src/index.js";
import { parseWebhookEvent } from "../src/webhooks.js";

const KEY = "key";
const BOM = "6a1f5b0e-4c3d-4e2f-9a8b-7c6d5e4f3a2b";
const LOT = "d3a8f1b6-7c2e-4a9d-b5f4-6e1c0a9b8d7f";

function json(body: unknown, status = 200, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });
}

function client(handler: (request: Request) => Response | Promise<Response>, options = {}) {
  const requests: Request[] = [];
  const cofactr = createCofactrClient({
    apiKey: KEY,
    baseUrl: "https://api.test",
    fetch: async (request) => {
      requests.push(request.clone());
      return handler(request);
    },
    ...options,
  });
  return { cofactr, requests };
}

function bom(index: number) {
  return { id: `00000000-0000-4000-8000-${String(index).padStart(12, "0")}`, name: `BOM ${index}` };
}

describe("lists", () => {
  test("await gives the first page; for await walks every record on every page", async () => {
    const all = Array.from({ length: 7 }, (_, index) => bom(index));
    const { cofactr, requests } = client((request) => {
      const url = new URL(request.url);
      const offset = Number(url.searchParams.get("offset") ?? 0);
      const limit = Number(url.searchParams.get("limit") ?? 100);
      const results = all.slice(offset, offset + limit);
      return json({ count: all.length, next: offset + limit < all.length ? "more" : null, previous: null, results });
    });
    const first = await cofactr.boms.list({ query: { limit: 3 } });
    expect(first.results.map((item) => item.name)).toEqual(["BOM 0", "BOM 1", "BOM 2"]);
    const names: string[] = [];
    for await (const item of cofactr.boms.list({ query: { limit: 3 } })) names.push(item.name);
    expect(names).toEqual(all.map((item) => item.name));
    expect(requests.slice(1).map((request) => new URL(request.url).search)).toEqual([
      "?limit=3",
      "?limit=3&offset=3",
      "?limit=3&offset=6",
    ]);
  });
});

describe("uploads and downloads", () => {
  test.each([
    { given: "a Blob", file: () => new Blob(["%PDF-1.7 coc"], { type: "application/pdf" }) },
    { given: "a Node Buffer", file: () => Buffer.from("%PDF-1.7 coc") },
    { given: "a Node stream", file: () => Readable.from([Buffer.from("%PDF-1.7 "), Buffer.from("coc")]) },
    {
      given: "a web ReadableStream",
      file: () =>
        new ReadableStream({
          start(controller) {
            controller.enqueue(new TextEncoder().encode("%PDF-1.7 coc"));
            controller.close();
          },
        }),
    },
  ])("Create StockDocument takes $given and sends multipart form data", async ({ file }) => {
    let form: FormData | undefined;
    const { cofactr } = client(async (request) => {
      form = await request.formData();
      return json({ id: LOT }, 201);
    });
    await cofactr.stockDocuments.create({
      file: file() as Blob,
      stock_lot: LOT,
      document_type: "certificate_of_conformance",
    });
    expect(form?.get("stock_lot")).toBe(LOT);
    const sent = form?.get("file") as Blob;
    expect(await sent.text()).toBe("%PDF-1.7 coc");
  });

  test("an upload's file field that is not a file is refused, naming the field", async () => {
    const { cofactr, requests } = client(() => json({}));
    await expect(
      cofactr.stockDocuments.create({ file: 42 as never, stock_lot: LOT, document_type: "certificate_of_conformance" }),
    ).rejects.toThrow(/^file: expected a Blob/);
    expect(requests).toHaveLength(0);
  });

  test("Download StockDocument gives the file's name, type and bytes", async () => {
    const { cofactr } = client(
      () =>
        new Response("%PDF-1.7 bytes", {
          headers: {
            "content-type": "application/pdf",
            "content-disposition": 'attachment; filename="CoC lot 2339.pdf"',
          },
        }),
    );
    const download = await cofactr.stockDocuments.download(LOT);
    expect(download).toMatchObject({ filename: "CoC lot 2339.pdf", contentType: "application/pdf" });
    expect(await (await download.blob()).text()).toBe("%PDF-1.7 bytes");
  });
  test("a failed download still carries its error body", async () => {
    const { cofactr } = client(() => json({ detail: "Not found." }, 404));
    await expect(cofactr.stockDocuments.download(LOT)).rejects.toMatchObject({ status: 404, detail: "Not found." });
  });
});

describe("async jobs", () => {
  const job = (status: string, extra = {}) => ({
    id: "job-1",
    kind: "upsert_bom",
    status,
    progress: { completed: 0, total: 10 },
    result: null,
    error: null,
    created_at: "2026-11-21T10:00:00Z",
    updated_at: "2026-11-21T10:00:00Z",
    finished_at: null,
    ...extra,
  });

  test("waits through pending and running, reports progress, resolves to the result", async () => {
    const states = [job("pending"), job("running"), job("succeeded", { result: { bom: BOM, created: true } })];
    const { cofactr, requests } = client(() => json(states.shift()));
    const seen: string[] = [];
    const result = await cofactr.waitForJob("job-1", {
      initialIntervalMs: 5,
      onProgress: (state) => seen.push(state.status),
    });
    expect(result).toEqual({ bom: BOM, created: true });
    expect(seen).toEqual(["pending", "running", "succeeded"]);
    expect(requests.map((request) => new URL(request.url).pathname)).toEqual(Array(3).fill("/v1/async_jobs/job-1/"));
  });

  test("a failed job throws its reason", async () => {
    const { cofactr } = client(() => json(job("failed", { error: { detail: "line 3: unknown manufacturer" } })));
    const error = await cofactr.waitForJob("job-1").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AsyncJobFailedError);
    expect(error).toMatchObject({ jobId: "job-1", detail: "line 3: unknown manufacturer" });
  });

  test("gives up after its timeout and honours an AbortSignal", async () => {
    const { cofactr } = client(() => json(job("running")));
    await expect(cofactr.waitForJob("job-1", { timeoutMs: 30, initialIntervalMs: 10 })).rejects.toBeInstanceOf(
      RequestTimeoutError,
    );
    await expect(cofactr.waitForJob("job-1", { signal: AbortSignal.abort() })).rejects.toThrow(/aborted/);
  });
});

describe("validation", () => {
  test("strict: a bad body is refused before anything is sent, naming the field", async () => {
    const { cofactr, requests } = client(() => json({}), { validate: "strict", validators: operationValidators });
    const error = await cofactr.purchaseEvents
      .create({ purchase_lines: ["not-a-uuid"], event_type: "shipped" })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CofactrValidationError);
    expect((error as Error).message).toContain("/purchase_lines/0: expected a UUID");
    expect(requests).toHaveLength(0);
  });

  test("strict: an answer that does not match the spec is an error; warn only reports it", async () => {
    const handler = () => json({ id: BOM, name: 42 });
    const strict = client(handler, { validate: "strict", validators: operationValidators });
    await expect(strict.cofactr.boms.get(BOM)).rejects.toThrow(/getBom response/);
    const events: LogEvent[] = [];
    const warn = client(handler, {
      validate: "warn",
      validators: operationValidators,
      logger: (event: LogEvent) => events.push(event),
    });
    await expect(warn.cofactr.boms.get(BOM)).resolves.toMatchObject({ name: 42 });
    expect(events.find((event) => event.type === "validation")).toMatchObject({ subject: "getBom response" });
  });

  test("path-based calls: strict refuses a bad body before sending and a bad answer after", async () => {
    const { cofactr, requests } = client(() => json({ id: BOM, name: 42 }), {
      validate: "strict",
      validators: operationValidators,
    });
    const refused = await cofactr
      .POST("/v1/purchase_events/", { body: { purchase_lines: ["not-a-uuid"], event_type: "shipped" } })
      .catch((caught: unknown) => caught);
    expect(refused).toBeInstanceOf(CofactrValidationError);
    expect((refused as Error).message).toContain("createPurchaseEvent request body");
    expect((refused as Error).message).toContain("/purchase_lines/0: expected a UUID");
    expect(requests).toHaveLength(0);
    await expect(cofactr.GET("/v1/boms/{bom_id}/", { params: { path: { bom_id: BOM } } })).rejects.toThrow(
      /getBom response[\s\S]*\/name/,
    );
    expect(requests).toHaveLength(1);
  });

  test("path-based calls: what matches goes through untouched; error answers are left to `error`", async () => {
    const event = { purchase_lines: [LOT], event_type: "shipped" as const, quantity: 5 };
    const board = {
      id: BOM,
      name: "Main board",
      version: "C",
      part_number: "PCBA-1042",
      approved: false,
      approved_at: null,
      archived: false,
      line_count: 0,
      metadata: {},
      org: LOT,
      created_at: "2026-11-20T15:00:04Z",
      updated_at: "2026-11-21T10:02:00Z",
    };
    const answers = [json(board), json({ detail: 7 }, 404)];
    const { cofactr, requests } = client(() => answers.shift() as Response, {
      validate: "strict",
      validators: operationValidators,
    });
    const { data } = await cofactr.GET("/v1/boms/{bom_id}/", { params: { path: { bom_id: BOM } } });
    expect(data).toEqual(board);
    const { error, response } = await cofactr.POST("/v1/purchase_events/", { body: event });
    expect(response.status).toBe(404);
    expect(error).toEqual({ detail: 7 });
    expect(await requests[1]?.json()).toEqual(event);
  });

  test("path-based calls: warn reports a mismatch to the logger and goes on", async () => {
    const events: LogEvent[] = [];
    const { cofactr } = client(() => json({ id: BOM, name: 42 }), {
      validate: "warn",
      validators: operationValidators,
      logger: (event: LogEvent) => events.push(event),
    });
    const { data } = await cofactr.GET("/v1/boms/{bom_id}/", { params: { path: { bom_id: BOM } } });
    expect(data).toMatchObject({ name: 42 });
    const warning = events.find((event) => event.type === "validation");
    expect(warning).toMatchObject({ subject: "getBom response" });
    expect(warning?.type === "validation" && warning.issues.join("\n")).toMatch(/^\/name: /m);
  });

  test("validate without validators is refused, saying what to pass", () => {
    expect(() => createCofactrClient({ apiKey: KEY, validate: "strict" })).toThrow(/validators: .*operationValidators/);
  });
});

describe("webhooks", () => {
  const delivery = {
    event_type: "updated",
    record_type: "BOM",
    id: BOM,
    data: {
      id: BOM,
      name: "Board",
      version: "C",
      part_number: null,
      approved: true,
      approved_at: "2026-11-21T10:02:00Z",
      archived: false,
      line_count: 42,
      metadata: {},
      org: BOM,
      created_at: "2026-11-20T15:00:04Z",
      updated_at: "2026-11-21T10:02:00Z",
    },
  };

  test("parses a raw body into an event typed by record_type", () => {
    const event = parseWebhookEvent(JSON.stringify(delivery));
    expect(event.record_type).toBe("BOM");
    if (event.record_type === "BOM") expect(event.data.line_count).toBe(42);
    expect(parseWebhookEvent(new TextEncoder().encode(JSON.stringify(delivery)))).toEqual(delivery);
  });

  test.each([
    { given: "text that is not JSON", body: "<html>", want: "expected a JSON body" },
    { given: "an unknown event type", body: { ...delivery, event_type: "deleted" }, want: "/event_type" },
    {
      given: "data of the wrong shape",
      body: { ...delivery, data: { ...delivery.data, line_count: "many" } },
      want: "/data/line_count",
    },
  ])("refuses $given with a clear error", ({ body, want }) => {
    expect(() => parseWebhookEvent(typeof body === "string" ? body : JSON.stringify(body))).toThrow(
      CofactrValidationError,
    );
    expect(() => parseWebhookEvent(typeof body === "string" ? body : JSON.stringify(body))).toThrow(want);
  });
});
