/** Programs: status rules, lines (all or nothing), part overrides, and what the program needs. */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { type MockServer, SEED_IDS, startMockServer } from "../src/index.js";
import { type CallOptions, call, waitForJob } from "./mock-client.js";

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const api = (method: string, path: string, options?: CallOptions) => call(server.url, method, path, options);
const programPath = `/v1/programs/${SEED_IDS.program}/`;

async function newProgram() {
  return (await api("POST", "/v1/programs/", { body: { name: "Pilot run" } })).body;
}

describe("status", () => {
  test.each([
    { from: "draft", to: "approved", status: 200 },
    { from: "approved", to: "draft", status: 200 },
    { from: "approved", to: "complete", status: 200 },
    { from: "draft", to: "complete", status: 400 },
  ])("$from → $to is $status", async ({ from, to, status }) => {
    const program = (await api("POST", "/v1/programs/", { body: { name: "Pilot run", status: from } })).body;
    expect((await api("PATCH", `/v1/programs/${program.id}/`, { body: { status: to } })).status).toBe(status);
  });

  test("a complete program, its lines and its overrides can't change; it can still be deleted", async () => {
    await api("PATCH", programPath, { body: { status: "approved" } });
    await api("PATCH", programPath, { body: { status: "complete" } });
    for (const [method, path, body] of [
      ["PATCH", programPath, { name: "Renamed" }],
      ["POST", `${programPath}lines/`, [{ part: SEED_IDS.partMcu, quantity: 1 }]],
      ["PATCH", `${programPath}lines/${SEED_IDS.programLineBom}/`, { quantity: 1 }],
      ["DELETE", `${programPath}lines/${SEED_IDS.programLineBom}/`, undefined],
      ["DELETE", `${programPath}part_overrides/${SEED_IDS.programPartOverride}/`, undefined],
    ] as const) {
      expect((await api(method, path, body === undefined ? {} : { body })).status, `${method} ${path}`).toBe(400);
    }
    expect((await api("DELETE", programPath)).status).toBe(204);
    expect(server.state.programLines.filter((line) => line.program === SEED_IDS.program)).toEqual([]);
  });

  test("the list filters by status", async () => {
    await newProgram();
    expect((await api("GET", "/v1/programs/?status=draft")).body.count).toBe(2);
    expect((await api("GET", "/v1/programs/?status=approved")).body.count).toBe(0);
  });
});

describe("lines", () => {
  test("every line is created, in order, or none is", async () => {
    const program = await newProgram();
    const path = `/v1/programs/${program.id}/lines/`;
    const refused = await api("POST", path, {
      body: [
        { bom: SEED_IDS.bom, quantity: 10 },
        { bom: SEED_IDS.bom, part: SEED_IDS.partMcu, quantity: 1 },
        { part: "11111111-1111-4111-8111-111111111111", quantity: 1 },
      ],
    });
    expect(refused).toMatchObject({
      status: 400,
      body: [{}, { non_field_errors: ["Give exactly one of bom and part."] }, { part: [expect.any(String)] }],
    });
    expect((await api("GET", path)).body.count).toBe(0);
    const created = await api("POST", path, {
      body: [
        { bom: SEED_IDS.bom, quantity: 10 },
        { bom: SEED_IDS.bom, quantity: 5, need_by: "2027-03-01" },
        { part: SEED_IDS.partMcu, quantity: 2, included: false },
      ],
    });
    expect(created.status).toBe(201);
    expect(created.body.map((line: { quantity: number }) => line.quantity)).toEqual([10, 5, 2]);
    expect((await api("GET", `/v1/programs/${program.id}/`)).body.line_count).toBe(3);
  });

  test("an archived BOM can't be built", async () => {
    await api("DELETE", `/v1/boms/${SEED_IDS.bom}/`);
    const response = await api("POST", `${programPath}lines/`, { body: [{ bom: SEED_IDS.bom, quantity: 1 }] });
    expect(response).toMatchObject({ status: 400, body: [{ bom: [expect.stringContaining("archived")] }] });
  });
});

describe("part overrides", () => {
  test("a second override for the same part is refused", async () => {
    const response = await api("POST", `${programPath}part_overrides/`, {
      body: { part: SEED_IDS.partCapacitor, extra_quantity: 1 },
    });
    expect(response.status).toBe(400);
  });
});

describe("what the program needs", () => {
  test("included lines are multiplied out through their BOMs, and overrides apply", async () => {
    const availability = (await api("GET", `${programPath}availabilities/`)).body;
    const byMpn = Object.fromEntries(availability.parts.map((part: { mpn: string }) => [part.mpn, part])) as Record<
      string,
      { required_quantity: number; on_hand_quantity: number; shortfall_quantity: number; offers: unknown[] }
    >;
    // 500 boards × 12 capacitors, plus the override's 300 extra; the excluded spares line counts for nothing.
    expect(byMpn.GRM155R71C104KA88D).toMatchObject({
      required_quantity: 6300,
      on_hand_quantity: 12500,
      shortfall_quantity: 0,
    });
    expect(byMpn.STM32G431CBU6).toMatchObject({
      required_quantity: 500,
      on_hand_quantity: 120,
      shortfall_quantity: 380,
    });
    expect(byMpn.CSD18540Q5B).toMatchObject({ required_quantity: 3000, shortfall_quantity: 3000 });
    expect(byMpn.STM32G431CBU6?.offers.length).toBe(2);
  });

  test("a consigned part is left out, and a substitute is sourced instead", async () => {
    const overrides = `${programPath}part_overrides/`;
    await api("PATCH", `${overrides}${SEED_IDS.programPartOverride}/`, { body: { consigned: true } });
    await api("POST", overrides, { body: { part: SEED_IDS.partMosfet, substitute_part: SEED_IDS.partGateDriver } });
    const parts = (await api("GET", `${programPath}availabilities/`)).body.parts;
    const mpns = parts.map((part: { mpn: string }) => part.mpn);
    expect(mpns).not.toContain("GRM155R71C104KA88D");
    expect(mpns).not.toContain("CSD18540Q5B");
    // 500 gate drivers of its own, plus 3,000 sourced in place of the MOSFETs.
    expect(parts.find((part: { mpn: string }) => part.mpn === "DRV8323RSRGZR").required_quantity).toBe(3500);
  });

  test("reference pricing prices what is needed and counts the unpriced parts", async () => {
    const pricing = (await api("GET", `${programPath}reference_pricing/`)).body;
    expect(pricing).toMatchObject({ currency: "USD", unpriced_part_count: 1 });
    const pcb = pricing.parts.find((part: { mpn: string }) => part.mpn === "PCB-1042 rev C");
    expect(pcb).toMatchObject({ unit_price: null, extended_price: null });
  });

  test("the async availabilities job ends with the same report", async () => {
    const started = await api("GET", `${programPath}async_availabilities/`);
    expect(started.status).toBe(202);
    const { job, statuses } = await waitForJob(server.url, started.body);
    expect(statuses).toEqual(["pending", "running", "succeeded"]);
    const direct = (await api("GET", `${programPath}availabilities/`)).body;
    expect(job.result.parts).toEqual(direct.parts);
    expect(job).toMatchObject({ kind: "program_availabilities", error: null, progress: { completed: 2, total: 2 } });
  });
});
