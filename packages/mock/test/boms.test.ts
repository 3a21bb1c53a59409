/** BOMs: raw lines matched to parts, summing duplicates, approve, delete or archive, archived read-only. */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { type MockServer, SEED_IDS, startMockServer } from "../src/index.js";
import { type CallOptions, call } from "./mock-client.js";

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const api = (method: string, path: string, options?: CallOptions) => call(server.url, method, path, options);
const linesOf = async (bomId: string) => (await api("GET", `/v1/boms/${bomId}/lines/`)).body.results;

async function rawBom(lines: unknown[]) {
  const response = await api("POST", "/v1/boms/raw/", { body: { name: "Sensor board", version: "A", lines } });
  expect(response.status).toBe(201);
  return response.body;
}

describe("creating from raw lines", () => {
  test("matches each line to a part, keeps unmatched lines as no_match, and sums same part and designators", async () => {
    const bom = await rawBom([
      { mpn: "GRM155R71C104KA88D", manufacturer_name: "Murata", quantity: 2, reference_designators: ["C1", "C2"] },
      { mpn: "grm155r71c104ka88d", quantity: 3, reference_designators_string: "C2, C1" },
      { mpn: "GRM155R71C104KA88D", quantity: 1, reference_designators: ["C9"] },
      { mpn: "NOT-A-REAL-MPN", quantity: 4, reference_designators: ["X1"] },
      { mpn: "NOT-A-REAL-MPN", quantity: 4, reference_designators: ["X1"] },
      { mpn: "TPS54331DR", manufacturer_name: "TI", quantity: 1, reference_designators: ["U5"] },
    ]);
    expect(bom).toMatchObject({ approved: false, archived: false, line_count: 5 });
    const lines = await linesOf(bom.id);
    expect(
      lines.map((line: { quantity: number; reference_designators: string[]; status: string }) => [
        line.quantity,
        line.reference_designators,
        line.status,
      ]),
    ).toEqual([
      [5, ["C1", "C2"], "on_hand"],
      [1, ["C9"], "on_hand"],
      [4, ["X1"], "no_match"],
      [4, ["X1"], "no_match"],
      [1, ["U5"], "buyable"],
    ]);
    expect(lines[0].part).toBe(SEED_IDS.partCapacitor);
    expect(lines[2].part).toBeNull();
  });

  test("a catalog part the org did not have becomes one of its parts", async () => {
    const bom = await rawBom([{ mpn: "TPS54331DR", quantity: 1 }]);
    const [line] = await linesOf(bom.id);
    const part = await api("GET", `/v1/parts/${line.part}/`);
    expect(part.body).toMatchObject({
      mpn: "TPS54331DR",
      manufacturer_name: "Texas Instruments",
      cpid: "CTPS54331DRT",
    });
    expect((await api("GET", "/v1/parts/CTPS54331DRT/")).body.id).toBe(line.part);
  });

  test("a line no supplier offers and the org does not stock needs an RFQ", async () => {
    const bom = await rawBom([{ mpn: "ECS-160-8-36CKM", quantity: 1, reference_designators: ["Y1"] }]);
    expect((await linesOf(bom.id))[0].status).toBe("needs_rfq");
  });

  test("a negative quantity is refused per line, and nothing is created", async () => {
    const before = server.state.boms.size;
    const response = await api("POST", "/v1/boms/raw/", {
      body: {
        name: "Bad",
        lines: [
          { mpn: "LM358DR", quantity: 1 },
          { mpn: "LM358DR", quantity: -1 },
        ],
      },
    });
    expect(response).toMatchObject({ status: 400, body: { lines: [{}, { quantity: [expect.any(String)] }] } });
    expect(server.state.boms.size).toBe(before);
  });
});

describe("adding lines", () => {
  test("a line for a part the BOM has sums into that line (200) and appends what it lacks", async () => {
    const response = await api("POST", `/v1/boms/${SEED_IDS.bom}/lines/`, {
      body: { part: SEED_IDS.partMcu, quantity: 2, reference_designators: ["U1", "U9"], comments: "ignored on a sum" },
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      id: SEED_IDS.bomLineMcu,
      quantity: 3,
      reference_designators: ["U1", "U9"],
      comments: "Program at test",
    });
    expect((await api("GET", `/v1/boms/${SEED_IDS.bom}/`)).body.line_count).toBe(6);
  });

  test("a line for a new part is a new line (201)", async () => {
    const bom = await rawBom([]);
    const response = await api("POST", `/v1/boms/${bom.id}/lines/`, { body: { part: SEED_IDS.partMcu, quantity: 2 } });
    expect(response).toMatchObject({ status: 201, body: { part: SEED_IDS.partMcu, quantity: 2, mpn: null } });
  });

  test("a raw line sums only into a line with the same part and the same designators", async () => {
    const path = `/v1/boms/${SEED_IDS.bom}/lines/raw/`;
    const designators = ["R4", "R3", "R2", "R1"];
    const same = await api("POST", path, {
      body: { mpn: "RC0402FR-0710KL", quantity: 4, reference_designators: designators },
    });
    expect(same).toMatchObject({ status: 200, body: { id: SEED_IDS.bomLineResistor, quantity: 8 } });
    const other = await api("POST", path, {
      body: { mpn: "RC0402FR-0710KL", quantity: 1, reference_designators: ["R5"] },
    });
    expect(other).toMatchObject({ status: 201, body: { part: SEED_IDS.partResistor, quantity: 1 } });
  });

  test("a line naming a part of no org of the key is refused", async () => {
    const response = await api("POST", `/v1/boms/${SEED_IDS.bom}/lines/`, {
      body: { part: SEED_IDS.sandboxPartOpAmp, quantity: 1 },
    });
    expect(response).toMatchObject({ status: 400, body: { part: [expect.stringContaining("does not exist")] } });
  });

  test("creating a BOM from Cofactr data sums lines that name the same part", async () => {
    const response = await api("POST", "/v1/boms/", {
      body: {
        name: "Motor controller, rev D",
        lines: [
          { part: SEED_IDS.partCapacitor, quantity: 4, reference_designators: ["C1", "C2", "C3", "C4"] },
          { part: SEED_IDS.partCapacitor, quantity: 2, reference_designators: ["C4", "C5"] },
        ],
      },
    });
    expect(response.body.line_count).toBe(1);
    const [line] = await linesOf(response.body.id);
    expect(line).toMatchObject({ quantity: 6, reference_designators: ["C1", "C2", "C3", "C4", "C5"] });
  });
});

describe("updating lines", () => {
  test("the quantity sent replaces the old one, lists are replaced, and the status follows", async () => {
    const path = `/v1/boms/${SEED_IDS.bom}/lines/${SEED_IDS.bomLineMcu}/`;
    const response = await api("PATCH", path, { body: { quantity: 500, reference_designators: ["U1"] } });
    // 500 MCUs per board: the 120 in stock no longer cover it, and distributors sell it.
    expect(response.body).toMatchObject({ quantity: 500, status: "buyable" });
    expect((await api("PATCH", path, { body: { ignored: true } })).body.status).toBe("ignore");
    expect((await api("PATCH", path, { body: { ignored: false, do_not_place: true } })).body.status).toBe(
      "do_not_place",
    );
  });
});

describe("approve, delete and archive", () => {
  test("approving sets approved_at; approving again is 400 and changes nothing", async () => {
    const bom = await rawBom([{ mpn: "LM358DR", quantity: 1 }]);
    const approved = await api("POST", `/v1/boms/${bom.id}/approve/`);
    expect(approved.body).toMatchObject({ approved: true, approved_at: expect.any(String) });
    const again = await api("POST", `/v1/boms/${bom.id}/approve/`);
    expect(again).toMatchObject({ status: 400, body: { non_field_errors: ["This BOM is already approved."] } });
    expect((await api("GET", `/v1/boms/${bom.id}/`)).body.approved_at).toBe(approved.body.approved_at);
  });

  test("deleting an unapproved BOM removes it with its lines", async () => {
    const bom = await rawBom([{ mpn: "LM358DR", quantity: 1 }]);
    expect((await api("DELETE", `/v1/boms/${bom.id}/`)).status).toBe(204);
    expect((await api("GET", `/v1/boms/${bom.id}/`)).status).toBe(404);
    expect(server.state.bomLines.filter((line) => line.bom === bom.id)).toEqual([]);
  });

  test("deleting an approved BOM archives it: still readable, out of the default list, read-only", async () => {
    expect((await api("DELETE", `/v1/boms/${SEED_IDS.bom}/`)).status).toBe(204);
    expect((await api("GET", `/v1/boms/${SEED_IDS.bom}/`)).body).toMatchObject({ archived: true, approved: true });
    expect((await api("GET", "/v1/boms/")).body.count).toBe(0);
    expect((await api("GET", "/v1/boms/?archived=true")).body.results[0].id).toBe(SEED_IDS.bom);
    expect((await api("DELETE", `/v1/boms/${SEED_IDS.bom}/`)).status).toBe(204);
    for (const [method, path, body] of [
      ["PATCH", `/v1/boms/${SEED_IDS.bom}/`, { name: "x" }],
      ["POST", `/v1/boms/${SEED_IDS.bom}/approve/`, undefined],
      ["POST", `/v1/boms/${SEED_IDS.bom}/lines/`, { part: SEED_IDS.partMcu, quantity: 1 }],
      ["DELETE", `/v1/boms/${SEED_IDS.bom}/lines/${SEED_IDS.bomLineMcu}/`, undefined],
    ] as const) {
      expect((await api(method, path, body === undefined ? {} : { body })).status, `${method} ${path}`).toBe(400);
    }
    expect((await linesOf(SEED_IDS.bom)).length).toBe(6);
  });

  test("an unapproved BOM that a program line builds can't be deleted", async () => {
    const bom = await rawBom([{ mpn: "LM358DR", quantity: 1 }]);
    await api("POST", `/v1/programs/${SEED_IDS.program}/lines/`, { body: [{ bom: bom.id, quantity: 10 }] });
    expect((await api("DELETE", `/v1/boms/${bom.id}/`)).status).toBe(400);
    expect((await api("GET", `/v1/boms/${bom.id}/`)).status).toBe(200);
  });
});
