/** Parts (read by id or CPID, async create and upsert), suppliers, and async jobs. */
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

async function startJob(path: string, parts: unknown[]) {
  const response = await api("POST", path, { body: { parts } });
  expect(response.status).toBe(202);
  return response.body as string;
}

describe("async jobs", () => {
  test("move pending → running → succeeded over successive reads, and the work happens when the job runs", async () => {
    const jobId = await startJob("/v1/parts/create_async/", [
      { custom_id: "ACR-OPA-0358", mpn: "LM358DR", manufacturer_name: "Texas Instruments" },
      { custom_id: "ACR-BRD-0001", mpn: "BRK-1042", is_custom_part: true },
    ]);
    const read = async () => (await api("GET", `/v1/async_jobs/${jobId}/`)).body;
    expect(await read()).toMatchObject({
      status: "pending",
      progress: { completed: 0, total: null },
      result: null,
      finished_at: null,
    });
    expect(server.state.parts.find((part) => part.custom_id === "ACR-OPA-0358")).toBeUndefined();
    expect(await read()).toMatchObject({ status: "running", progress: { completed: 1, total: 2 } });
    const done = await read();
    expect(done).toMatchObject({
      status: "succeeded",
      kind: "create_parts",
      error: null,
      progress: { completed: 2, total: 2 },
    });
    expect(done.finished_at).toEqual(expect.any(String));
    const [opAmp, board] = done.result.parts;
    expect((await api("GET", `/v1/parts/${opAmp}/`)).body).toMatchObject({
      cpid: "CLM358DRTI08",
      custom_id: "ACR-OPA-0358",
    });
    expect((await api("GET", `/v1/parts/${board}/`)).body).toMatchObject({
      is_custom_part: true,
      cpid: expect.stringMatching(/^C[A-Z0-9]{11}$/),
    });
    expect(await read()).toEqual(done);
  });

  test("a job is visible only to the org it was started for", async () => {
    const jobId = await startJob("/v1/parts/create_async/", [{ mpn: "LM358DR" }]);
    const asPlant = { headers: { "x-org-id": SEED_IDS.plantOrg } };
    expect((await api("GET", `/v1/async_jobs/${jobId}/`, asPlant)).status).toBe(404);
    expect((await api("GET", `/v1/async_jobs/${jobId}/`)).status).toBe(200);
  });
});

describe("Async Create Parts", () => {
  test("is all or nothing: a clash with an existing part fails the job, names the item, and creates nothing", async () => {
    const before = server.state.parts.size;
    const jobId = await startJob("/v1/parts/create_async/", [
      { mpn: "LM358DR", manufacturer_name: "TI" },
      { custom_id: "ACR-MCU-0001", mpn: "STM32G431CBU6" },
    ]);
    const { job } = await waitForJob(server.url, jobId);
    expect(job).toMatchObject({
      status: "failed",
      result: null,
      error: { detail: expect.stringMatching(/^parts\[1\]: /) },
    });
    expect(server.state.parts.size).toBe(before);
  });

  test("duplicates within the body are refused at once, before any job starts", async () => {
    const response = await api("POST", "/v1/parts/create_async/", {
      body: {
        parts: [
          { mpn: "LM358DR", manufacturer_name: "TI" },
          { mpn: "lm358dr", manufacturer_name: "Texas Instruments" },
        ],
      },
    });
    expect(response).toMatchObject({
      status: 400,
      body: { parts: [{}, { non_field_errors: [expect.stringContaining("parts[0]")] }] },
    });
    expect(server.state.jobs.size).toBe(0);
  });
});

describe("Async Upsert Parts", () => {
  test("updates the parts it matches, creates the rest, and a repeat changes nothing", async () => {
    const body = [
      {
        custom_id: "ACR-CAP-0402-104",
        mpn: "GRM155R71C104KA88D",
        manufacturer_name: "Murata",
        description: "0.1uF 16V X7R",
      },
      { custom_id: "ACR-PCB-2210", mpn: "PCB-2210 rev A", is_custom_part: true },
    ];
    const first = (await waitForJob(server.url, await startJob("/v1/parts/upsert_async/", body))).job;
    expect(first).toMatchObject({ status: "succeeded", result: { created: 1, updated: 1 } });
    expect(first.result.parts[0]).toBe(SEED_IDS.partCapacitor);
    expect((await api("GET", `/v1/parts/${SEED_IDS.partCapacitor}/`)).body.description).toBe("0.1uF 16V X7R");
    const snapshot = JSON.stringify(server.state.parts.values());
    const second = (await waitForJob(server.url, await startJob("/v1/parts/upsert_async/", body))).job;
    expect(second.result).toEqual({ parts: first.result.parts, created: 0, updated: 2 });
    expect(JSON.stringify(server.state.parts.values())).toBe(snapshot);
  });
});

describe("parts", () => {
  test("are read by UUID or CPID, only in the orgs the request sees", async () => {
    expect((await api("GET", "/v1/parts/CMX4T8N2PL7A/")).body.id).toBe(SEED_IDS.partMcu);
    expect((await api("GET", `/v1/parts/${SEED_IDS.sandboxPartOpAmp}/`)).status).toBe(404);
    expect((await api("GET", "/v1/parts/CLM358DRTI08/", { headers: { "x-org-id": SEED_IDS.sandboxOrg } })).status).toBe(
      200,
    );
    expect((await api("GET", "/v1/parts/not-a-part/")).status).toBe(404);
  });
});

describe("suppliers", () => {
  test("names are unique ignoring case; search finds by part of the name; the list is by name", async () => {
    const duplicate = await api("POST", "/v1/suppliers/", { body: { name: "ARROWLINE components" } });
    expect(duplicate).toMatchObject({
      status: 400,
      body: { name: [expect.stringContaining(SEED_IDS.supplierArrowline)] },
    });
    const created = await api("POST", "/v1/suppliers/", { body: { name: "Allied Harness" } });
    expect(created.body).toMatchObject({ currency: "USD", website: null, org: SEED_IDS.org });
    const all = await api("GET", "/v1/suppliers/");
    expect(all.body.results.map((supplier: { name: string }) => supplier.name)).toEqual([
      "Allied Harness",
      "Arrowline Components",
      "Brightwater Electronics",
      "Keystone PCB Works",
    ]);
    expect((await api("GET", "/v1/suppliers/?search=WATER")).body.results[0].id).toBe(SEED_IDS.supplierBrightwater);
  });

  test("an update keeps what it does not send and clears what it sends as null", async () => {
    const path = `/v1/suppliers/${SEED_IDS.supplierArrowline}/`;
    const changed = await api("PATCH", path, { body: { payment_terms: "Net 45", phone: null } });
    expect(changed.body).toMatchObject({ payment_terms: "Net 45", phone: null, account_number: "ACR-004417" });
    expect((await api("PATCH", path, { body: { name: "Keystone PCB Works" } })).status).toBe(400);
  });
});
