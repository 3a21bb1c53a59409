/**
 * Retries, timeouts and aborts against a local server that misbehaves on purpose. Each case
 * asserts the attempts the server saw, the waits the client announced, and the error it raised.
 * Backoff is shortened (initialDelayMs) so the suite stays fast; Retry-After is honoured as sent.
 */
import { createServer } from "node:net";
import { afterEach, describe, expect, test } from "vitest";
import {
  ConnectionError,
  createCofactrClient,
  type LogEvent,
  RequestAbortedError,
  RequestTimeoutError,
  ServerError,
} from "../src/index.js";
import { answer, type Behaviour, startMisbehavingServer } from "./misbehaving-server.js";

const KEY = "secret-key-for-resilience-tests";
const BOM = "6a1f5b0e-4c3d-4e2f-9a8b-7c6d5e4f3a2b";
const EVENT = { purchase_lines: [BOM], event_type: "shipped" as const };
const BOM_BODY = {
  id: BOM,
  name: "Board",
  version: null,
  part_number: null,
  approved: false,
  approved_at: null,
  archived: false,
  line_count: 0,
  metadata: {},
  org: BOM,
  created_at: "2026-11-21T10:00:00Z",
  updated_at: "2026-11-21T10:00:00Z",
};

let server: Awaited<ReturnType<typeof startMisbehavingServer>> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function setup(behaviour: Behaviour, options: Parameters<typeof createCofactrClient>[0] = {}) {
  server = await startMisbehavingServer(behaviour);
  const events: LogEvent[] = [];
  const cofactr = createCofactrClient({
    apiKey: KEY,
    baseUrl: server.url,
    retry: { initialDelayMs: 20, maxDelayMs: 40 },
    logger: (event) => events.push(event),
    ...options,
  });
  const waits = () =>
    events.filter((event) => event.type === "retry").map((event) => (event as { delayMs: number }).delayMs);
  return { server, cofactr, events, waits };
}

describe("statuses", () => {
  test("429 with Retry-After in seconds: waits exactly that long, then succeeds", async () => {
    const { server, cofactr, waits } = await setup(({ attempt, response }) =>
      attempt === 1
        ? answer(response, 429, { detail: "slow down" }, { "retry-after": "1" })
        : answer(response, 200, BOM_BODY),
    );
    await expect(cofactr.boms.get(BOM)).resolves.toMatchObject({ id: BOM });
    expect(server.attempts).toHaveLength(2);
    expect(waits()).toEqual([1000]);
  });

  test("429 with a Retry-After longer than the cap ends the retries with the 429", async () => {
    const { server, cofactr, waits } = await setup(({ response }) =>
      answer(response, 429, { detail: "come back tomorrow" }, { "retry-after": "86400" }),
    );
    await expect(cofactr.boms.get(BOM)).rejects.toMatchObject({ status: 429, name: "RateLimitError" });
    expect(server.attempts).toHaveLength(1);
    expect(waits()).toEqual([]);
  });

  test("503 every time: three attempts (two retries by default), then a ServerError with the status", async () => {
    const { server, cofactr, waits } = await setup(({ response }) => answer(response, 503, { detail: "maintenance" }));
    const error = await cofactr.boms.get(BOM).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ServerError);
    expect(error).toMatchObject({ status: 503, detail: "maintenance" });
    expect(server.attempts).toHaveLength(3);
    expect(waits()).toHaveLength(2);
    for (const wait of waits()) expect(wait).toBeGreaterThanOrEqual(10);
  });

  test("503 is retried for a POST too: the server says it did not process it", async () => {
    const { server, cofactr } = await setup(({ attempt, response }) =>
      attempt < 3 ? answer(response, 503, { detail: "busy" }) : answer(response, 200, { id: BOM }),
    );
    await cofactr.purchaseEvents.create(EVENT);
    expect(server.attempts.map((attempt) => attempt.method)).toEqual(["POST", "POST", "POST"]);
  });

  test("500 on a POST is not repeated (it may have been processed) unless the caller opts in", async () => {
    const { server, cofactr } = await setup(({ response }) => answer(response, 500, { detail: "oops" }));
    await expect(cofactr.purchaseEvents.create(EVENT)).rejects.toMatchObject({ status: 500 });
    expect(server.attempts).toHaveLength(1);
    await expect(cofactr.purchaseEvents.create(EVENT, { retry: { retryNonIdempotent: true } })).rejects.toMatchObject({
      status: 500,
    });
    expect(server.attempts).toHaveLength(4);
  });

  test("retries are configurable per call", async () => {
    const { server, cofactr } = await setup(({ response }) => answer(response, 503, {}));
    await expect(cofactr.boms.get(BOM, { retry: { maxRetries: 0 } })).rejects.toMatchObject({ status: 503 });
    expect(server.attempts).toHaveLength(1);
  });
});

describe("connections", () => {
  test("reset before headers: a GET is retried, then a ConnectionError", async () => {
    const { server, cofactr } = await setup(({ request }) => request.socket.destroy());
    const error = await cofactr.boms.get(BOM).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ mayHaveReachedServer: true });
    expect(server.attempts).toHaveLength(3);
  });

  test("reset before headers: a POST that reached the server is not repeated", async () => {
    const { server, cofactr } = await setup(({ request }) => request.socket.destroy());
    await expect(cofactr.purchaseEvents.create(EVENT)).rejects.toBeInstanceOf(ConnectionError);
    expect(server.attempts).toHaveLength(1);
  });

  test("reset after the headers, mid-body: retried, then succeeds", async () => {
    const { server, cofactr } = await setup(({ attempt, response }) => {
      if (attempt > 1) return answer(response, 200, BOM_BODY);
      response.writeHead(200, { "content-type": "application/json", "content-length": "500" });
      response.write('{"id":"6a1f');
      setTimeout(() => response.socket?.destroy(), 20);
    });
    await expect(cofactr.boms.get(BOM)).resolves.toMatchObject({ id: BOM });
    expect(server.attempts).toHaveLength(2);
  });

  test("a refused connection never reached the server, so even a POST is retried", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const { port } = closed.address() as { port: number };
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const events: LogEvent[] = [];
    const cofactr = createCofactrClient({
      apiKey: KEY,
      baseUrl: `http://127.0.0.1:${port}`,
      retry: { initialDelayMs: 10, maxDelayMs: 20 },
      logger: (event) => events.push(event),
    });
    const error = await cofactr.purchaseEvents.create(EVENT).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ mayHaveReachedServer: false });
    expect(events.filter((event) => event.type === "request")).toHaveLength(3);
  });
});

describe("timeouts and aborts", () => {
  test("a body that stalls after the headers counts against the attempt's timeout", async () => {
    const { server, cofactr } = await setup(
      ({ response }) => {
        response.writeHead(200, { "content-type": "application/json", "content-length": "500" });
        response.write('{"id":');
      },
      { timeoutMs: 150 },
    );
    const error = await cofactr.boms.get(BOM).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RequestTimeoutError);
    expect(server.attempts).toHaveLength(3);
  });

  test("a slow server hits the timeout; a POST is not repeated after a timeout", async () => {
    const { server, cofactr } = await setup(
      ({ response }) => {
        setTimeout(() => answer(response, 200, {}), 2000).unref();
      },
      { timeoutMs: 150 },
    );
    await expect(cofactr.purchaseEvents.create(EVENT)).rejects.toBeInstanceOf(RequestTimeoutError);
    expect(server.attempts).toHaveLength(1);
  });

  test("calls with different timeouts on one client each time out on their own", async () => {
    // One timer keeps every attempt's timeout: a short one that starts later is still on time.
    const { cofactr } = await setup(() => {}, { retry: { maxRetries: 0 } });
    const started = performance.now();
    const long = cofactr.boms.get(BOM, { timeoutMs: 600 }).catch((caught: unknown) => caught);
    const short = await cofactr.boms.get(BOM, { timeoutMs: 100 }).catch((caught: unknown) => caught);
    expect(short).toBeInstanceOf(RequestTimeoutError);
    expect(performance.now() - started).toBeLessThan(500);
    const pending = Symbol("pending");
    expect(await Promise.race([long, Promise.resolve(pending)])).toBe(pending);
    expect(await long).toBeInstanceOf(RequestTimeoutError);
    expect(performance.now() - started).toBeGreaterThanOrEqual(590);
  });

  test("the whole call is bounded: no retry starts after the total timeout", async () => {
    const { server, cofactr, waits } = await setup(
      ({ response }) => answer(response, 503, {}, { "retry-after": "1" }),
      {
        totalTimeoutMs: 500,
      },
    );
    await expect(cofactr.boms.get(BOM)).rejects.toMatchObject({ status: 503 });
    expect(server.attempts).toHaveLength(1);
    expect(waits()).toEqual([]);
  });

  test("an abort mid-flight stops the call at once, with no retry", async () => {
    const controller = new AbortController();
    // The server aborts the call itself once the request has arrived, so the abort is mid-flight
    // however slow the machine is.
    const { server, cofactr } = await setup(({ response }) => {
      controller.abort();
      setTimeout(() => answer(response, 200, {}), 2000).unref();
    });
    const error = await cofactr.boms.get(BOM, { signal: controller.signal }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RequestAbortedError);
    expect(server.attempts).toHaveLength(1);
  });

  test("an abort during the wait between attempts stops the retries", async () => {
    const controller = new AbortController();
    const { server, cofactr } = await setup(({ response }) => answer(response, 503, {}, { "retry-after": "5" }), {
      logger: (event) => {
        if (event.type === "retry") controller.abort();
      },
    });
    await expect(cofactr.boms.get(BOM, { signal: controller.signal })).rejects.toBeInstanceOf(RequestAbortedError);
    expect(server.attempts).toHaveLength(1);
  });
});

describe("abort controllers carried by several calls in turn", () => {
  // A client lends an attempt's controller again once the attempt is over (attempt-deadlines.ts).
  // Whatever a controller carried before, a timeout must still cancel its own request, and only it.
  const SLOW = "0b6f3d1e-8a2c-4f4e-9d5b-1c2a3b4c5d6e";

  test("after many calls, a timed-out call still cancels its request, and nothing else", async () => {
    let slowClosed: Promise<void> | undefined;
    const { server, cofactr } = await setup(
      ({ request, response }) => {
        if (!request.url?.includes(SLOW)) return answer(response, 200, BOM_BODY);
        slowClosed = new Promise((resolve) => response.once("close", () => resolve()));
      },
      { timeoutMs: 150, retry: { maxRetries: 0 } },
    );
    // More calls than a controller carries, so that controllers are both lent again and retired.
    const earlier = [];
    for (let call = 0; call < 40; call++) earlier.push(await cofactr.boms.get(BOM));
    const error = await cofactr.boms.get(SLOW).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RequestTimeoutError);
    // The server sees the request's connection closed: the timeout cancelled it, not just gave up.
    await slowClosed;
    expect(earlier).toHaveLength(40);
    for (const bom of earlier) expect(bom).toEqual(BOM_BODY);
    // The client goes on as before.
    expect(await cofactr.boms.get(BOM)).toEqual(BOM_BODY);
    expect(server.attempts).toHaveLength(42);
  });

  test("a download being read is not cut by later calls that time out", async () => {
    let finishDownload: (() => void) | undefined;
    const { cofactr } = await setup(
      ({ request, response }) => {
        if (request.url?.includes("/download/")) {
          response.writeHead(200, { "content-type": "application/pdf", "content-length": "8" });
          response.write("%PDF");
          finishDownload = () => response.end("-1.7");
          return;
        }
        if (request.url?.includes(SLOW)) return; // never answers: the call times out
        answer(response, 200, BOM_BODY);
      },
      { timeoutMs: 150, retry: { maxRetries: 0 } },
    );
    const download = await cofactr.stockDocuments.download(BOM);
    // Calls after the download's headers: a success, then timeouts; none may touch the download.
    await cofactr.boms.get(BOM);
    for (let call = 0; call < 3; call++) {
      await expect(cofactr.boms.get(SLOW)).rejects.toBeInstanceOf(RequestTimeoutError);
    }
    finishDownload?.();
    expect(await (await download.blob()).text()).toBe("%PDF-1.7");
  });
});

test("the log hook sees every attempt and wait, and never the API key", async () => {
  const { cofactr, events } = await setup(({ attempt, response }) =>
    attempt === 1 ? answer(response, 503, {}) : answer(response, 200, BOM_BODY),
  );
  await cofactr.boms.get(BOM, { query: { org_id: BOM } });
  expect(events.map((event) => event.type)).toEqual(["request", "response", "retry", "request", "response"]);
  expect(JSON.stringify(events)).not.toContain(KEY);
});
