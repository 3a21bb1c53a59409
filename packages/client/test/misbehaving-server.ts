import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** How the server treats one attempt; `attempt` counts from 1. */
export type Behaviour = (context: {
  attempt: number;
  request: IncomingMessage;
  response: ServerResponse;
  body: string;
}) => void;

/** Answers with JSON. */
export function answer(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const payload = JSON.stringify(body);
  response.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(payload),
    ...headers,
  });
  response.end(payload);
}

/**
 * A real HTTP server on 127.0.0.1 that misbehaves as each test scripts it: wrong statuses, cut
 * connections, stalled bodies, slow answers. It counts the attempts it saw.
 */
export async function startMisbehavingServer(behaviour: Behaviour) {
  const attempts: Array<{ method: string; url: string }> = [];
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    attempts.push({ method: request.method ?? "", url: request.url ?? "" });
    behaviour({ attempt: attempts.length, request, response, body: Buffer.concat(chunks).toString("utf8") });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    attempts,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
