/**
 * MSW (Mock Service Worker) handlers that answer Cofactr API requests with the mock, for browser
 * tests (and Node tests that already use MSW): `setupWorker(...handlers)` or
 * `setupServer(...handlers)`. The same mock as `startMockServer`, without a socket.
 */
import { HttpResponse, http, type RequestHandler } from "msw";
import { MockService, type MockServiceOptions } from "./mock-service.js";

/** The production API, which the client calls unless given another `baseUrl`. */
const DEFAULT_BASE_URL = "https://flagship-api.cofactr.com";

/** Options of `createMockHandlers`. */
export interface MockHandlersOptions extends MockServiceOptions {
  /** The base URL requests go to; the production API by default, so a client with no `baseUrl` is caught. */
  baseUrl?: string;
}

/** MSW handlers backed by one mock, with the mock's state, faults and reset. */
export interface MockHandlers {
  handlers: RequestHandler[];
  /** The mock itself, for tests that arrange or inspect records (`mock.state`) or add faults (`mock.faults`). */
  mock: MockService;
  /** Forgets every change and reseeds; faults go back to the starting ones. */
  reset(): void;
}

/** Creates MSW handlers that answer every request under `baseUrl` with a new mock. */
export function createMockHandlers(options: MockHandlersOptions = {}): MockHandlers {
  const mock = new MockService(options);
  const base = new URL(options.baseUrl ?? DEFAULT_BASE_URL);
  // A base URL with a path (`https://proxy.example/cofactr`) puts the API's paths under it.
  const prefix = base.pathname.replace(/\/+$/, "");
  const handler = http.all(`${base.origin}${prefix}/*`, async ({ request }) => {
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => {
      headers[name] = value;
    });
    const url = new URL(request.url);
    url.pathname = url.pathname.slice(prefix.length);
    const answer = await mock.answer({
      method: request.method,
      url,
      headers,
      body: new Uint8Array(await request.arrayBuffer()),
    });
    if (answer === "drop") return HttpResponse.error();
    const isBytes = answer.body instanceof Uint8Array;
    const body = answer.body === undefined ? null : isBytes ? (answer.body as Uint8Array) : JSON.stringify(answer.body);
    return new HttpResponse(body as BodyInit | null, {
      status: answer.status,
      headers: {
        ...(answer.body !== undefined && !isBytes ? { "content-type": "application/json" } : {}),
        ...answer.headers,
      },
    });
  });
  return { handlers: [handler], mock, reset: () => mock.reset() };
}
