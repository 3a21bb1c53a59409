/** Requests that arrive together are applied one at a time, so none is lost. */
import { afterAll, beforeAll, expect, test } from "vitest";
import { type MockServer, SEED_IDS, startMockServer } from "../src/index.js";
import { call } from "./mock-client.js";

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer();
});
afterAll(() => server.close());

test("50 concurrent additions of the same part to one BOM end with the exact summed quantity", async () => {
  const created = await call(server.url, "POST", "/v1/boms/", { body: { name: "Concurrency board" } });
  const path = `/v1/boms/${created.body.id}/lines/`;
  const answers = await Promise.all(
    Array.from({ length: 50 }, (_, index) =>
      call(server.url, "POST", path, {
        body: { part: SEED_IDS.partCapacitor, quantity: index + 1, reference_designators: [`C${index + 1}`] },
      }),
    ),
  );
  // Exactly one addition made the line; the 49 others summed into it.
  expect(answers.map((answer) => answer.status).sort()).toEqual([...Array(49).fill(200), 201]);
  const lines = (await call(server.url, "GET", path)).body.results;
  expect(lines).toHaveLength(1);
  expect(lines[0].quantity).toBe((50 * 51) / 2);
  expect(lines[0].reference_designators).toHaveLength(50);
});

test("50 concurrent raw additions with the same part and designators sum just as exactly", async () => {
  const created = await call(server.url, "POST", "/v1/boms/raw/", { body: { name: "Raw concurrency board" } });
  const path = `/v1/boms/${created.body.id}/lines/raw/`;
  await Promise.all(
    Array.from({ length: 50 }, () =>
      call(server.url, "POST", path, { body: { mpn: "LM358DR", quantity: 3, reference_designators: ["U1", "U2"] } }),
    ),
  );
  const lines = (await call(server.url, "GET", `/v1/boms/${created.body.id}/lines/`)).body.results;
  expect(lines.map((line: { quantity: number }) => line.quantity)).toEqual([150]);
  // The catalog part became one part of the org, not fifty.
  expect(server.state.parts.filter((part) => part.mpn === "LM358DR" && part.org === SEED_IDS.org)).toHaveLength(1);
});
