import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { handleRequest } from "./handle-request.js";
import { MockState } from "./mock-state.js";
import type { SeedName } from "./seed.js";

/** Options of `startMockServer`. */
export interface MockServerOptions {
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /** Interface to listen on; defaults to 127.0.0.1 (never exposed beyond this machine by default). */
  host?: string;
  /** Which seed data a fresh (or reset) server holds; `demo` by default. */
  seed?: SeedName;
}

/** A running mock server. */
export interface MockServer {
  /** Base URL to give the client (`http://127.0.0.1:54321`). */
  url: string;
  /** The server's state, for tests that arrange or inspect records directly. */
  state: MockState;
  /** Forgets everything and reseeds, as a fresh server would be. */
  reset(): void;
  /** Stops listening and closes open connections. */
  close(): Promise<void>;
}

/** Largest request body the mock accepts, so a runaway test cannot exhaust memory. */
const MAX_BODY_BYTES = 10 * 1024 * 1024;

async function readBody(request: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** Starts a stateful fake Cofactr API on a real socket. */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const state = new MockState(options.seed ?? "demo");
  const host = options.host ?? "127.0.0.1";
  const server = createServer(async (request, response) => {
    const text = await readBody(request);
    const url = new URL(request.url ?? "/", `http://${request.headers.host ?? host}`);
    const answer =
      text === undefined
        ? { status: 413, headers: {}, body: { detail: "Request body too large." } }
        : await handleRequest(state, {
            method: request.method ?? "GET",
            url,
            headers: request.headers as Record<string, string | undefined>,
            body: text,
          });
    const payload = JSON.stringify(answer.body);
    response.writeHead(answer.status, {
      ...answer.headers,
      "content-type": "application/json",
      "content-length": Buffer.byteLength(payload),
    });
    response.end(payload);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
    state,
    reset: () => state.reset(),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
