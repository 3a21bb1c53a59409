/**
 * The server the client benchmarks call: a plain node:http server on 127.0.0.1 answering a BOM
 * for `GET /v1/boms/{id}/` and an event for `POST /v1/purchase_events/`, run in its own process so
 * that it never shares an event loop with the contender being measured. Prints its URL, then serves
 * until killed.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

const bom = JSON.stringify({
  id: "6a1f5b0e-4c3d-4e2f-9a8b-7c6d5e4f3a2b",
  name: "Motor controller main board",
  version: "C",
  part_number: "PCBA-1042",
  approved: true,
  approved_at: "2026-11-21T10:02:00Z",
  archived: false,
  line_count: 42,
  metadata: { plm_revision: "7" },
  org: "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
  created_at: "2026-11-20T15:00:04Z",
  updated_at: "2026-11-21T10:02:00Z",
});
const event = JSON.stringify({ id: "0b6f3d1e-8a2c-4f4e-9d5b-1c2a3b4c5d6e", event_type: "shipped", quantity: 250 });

const server = createServer((request, response) => {
  request.resume();
  request.on("end", () => {
    const body = request.method === "POST" ? event : bom;
    response.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
    response.end(body);
  });
});
server.listen(0, "127.0.0.1", () => {
  console.log(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
