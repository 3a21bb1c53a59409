import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { FaultInjector } from "./fault-injector.js";
import type { MockResponse } from "./handle-request.js";
import { MockService, type MockServiceOptions } from "./mock-service.js";
import type { MockState } from "./mock-state.js";

/** Options of `startMockServer`. */
export interface MockServerOptions extends MockServiceOptions {
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /** Interface to listen on; defaults to 127.0.0.1 (never exposed beyond this machine by default). */
  host?: string;
}

/** A running mock server. */
export interface MockServer {
  /** Base URL to give the client (`http://127.0.0.1:54321`). */
  url: string;
  /** The server's state, for tests that arrange or inspect records directly. */
  state: MockState;
  /** The server's faults: `faults.add(rule)` injects one from now on, `faults.clear()` removes them all. */
  faults: FaultInjector;
  /** Forgets everything and reseeds, as a fresh server would be; faults go back to the starting ones. */
  reset(): void;
  /** Stops listening and closes open connections. */
  close(): Promise<void>;
}

/**
 * Largest request body the mock reads. Above the API's 25 MiB upload limit, so that an over-size
 * document gets the API's own 400; anything larger is refused with 413 before it fills memory.
 */
const MAX_BODY_BYTES = 30 * 1024 * 1024;

async function readBody(request: IncomingMessage): Promise<Uint8Array | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function send(response: ServerResponse, answer: MockResponse): void {
  // The socket may be gone already (a client that gave up, or a server closing).
  if (response.destroyed) return;
  const bytes =
    answer.body instanceof Uint8Array
      ? answer.body
      : answer.body === undefined
        ? undefined
        : Buffer.from(JSON.stringify(answer.body));
  response.writeHead(answer.status, {
    ...(bytes !== undefined && !(answer.body instanceof Uint8Array) ? { "content-type": "application/json" } : {}),
    ...answer.headers,
    "content-length": bytes?.length ?? 0,
  });
  response.end(bytes);
}

/** Starts a stateful fake Cofactr API on a real socket. */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const service = new MockService(options);
  const host = options.host ?? "127.0.0.1";
  const server = createServer(async (request, response) => {
    const bytes = await readBody(request);
    if (bytes === undefined) {
      send(response, { status: 413, headers: {}, body: { detail: "Request body too large." } });
      return;
    }
    const headers: Record<string, string | undefined> = {};
    for (const [name, value] of Object.entries(request.headers))
      headers[name] = Array.isArray(value) ? value.join(", ") : value;
    const answer = await service.answer({
      method: request.method ?? "GET",
      url: new URL(request.url ?? "/", `http://${request.headers.host ?? host}`),
      headers,
      body: bytes,
    });
    if (answer === "drop") request.socket.destroy();
    else send(response, answer);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
    state: service.state,
    faults: service.faults,
    reset: () => service.reset(),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
