/** Teams and their types, tags, and custom properties. */
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
const names = (page: { results: Array<{ name: string }> }) => page.results.map((record) => record.name);

describe("teams", () => {
  test("archive and unarchive are idempotent; archived teams leave the default list", async () => {
    const path = `/v1/teams/${SEED_IDS.teamNorthwind}/`;
    const archived = await api("POST", `${path}archive/`);
    expect(archived.body).toMatchObject({ archived: true, archived_at: expect.any(String) });
    const again = await api("POST", `${path}archive/`);
    expect(again.body).toEqual(archived.body);
    expect(names((await api("GET", "/v1/teams/")).body)).toEqual(["Motor controllers"]);
    expect(names((await api("GET", "/v1/teams/?archived=true")).body)).toEqual(["Northwind Logistics"]);
    // Archived teams can still be read and renamed.
    expect((await api("PATCH", path, { body: { name: "Northwind" } })).body).toMatchObject({
      name: "Northwind",
      archived: true,
    });
    const active = await api("POST", `${path}unarchive/`);
    expect(active.body).toMatchObject({ archived: false, archived_at: null });
    expect((await api("POST", `${path}unarchive/`)).body).toEqual(active.body);
  });

  test("filters by team type and lists by name", async () => {
    await api("POST", "/v1/teams/", { body: { name: "Actuators", team_type: SEED_IDS.teamTypeBusinessUnit } });
    const page = await api("GET", `/v1/teams/?team_type=${SEED_IDS.teamTypeBusinessUnit}`);
    expect(names(page.body)).toEqual(["Actuators", "Motor controllers"]);
  });

  test("names are unique in the org", async () => {
    const response = await api("POST", "/v1/teams/", {
      body: { name: "Motor controllers", team_type: SEED_IDS.teamTypeCustomer },
    });
    expect(response.status).toBe(400);
  });

  test("a team records are assigned to can't be deleted; one without can", async () => {
    expect((await api("DELETE", `/v1/teams/${SEED_IDS.teamMotorControllers}/`)).status).toBe(400);
    expect((await api("DELETE", `/v1/teams/${SEED_IDS.teamNorthwind}/`)).status).toBe(204);
    expect((await api("GET", `/v1/teams/${SEED_IDS.teamNorthwind}/`)).status).toBe(404);
  });
});

describe("team types", () => {
  test("count their teams, archived ones included, and can't be deleted while used", async () => {
    await api("POST", `/v1/teams/${SEED_IDS.teamNorthwind}/archive/`);
    expect((await api("GET", `/v1/team_types/${SEED_IDS.teamTypeCustomer}/`)).body.team_count).toBe(1);
    expect((await api("DELETE", `/v1/team_types/${SEED_IDS.teamTypeCustomer}/`)).status).toBe(400);
    await api("PATCH", `/v1/teams/${SEED_IDS.teamNorthwind}/`, { body: { team_type: SEED_IDS.teamTypeBusinessUnit } });
    expect((await api("GET", `/v1/team_types/${SEED_IDS.teamTypeBusinessUnit}/`)).body.team_count).toBe(2);
    expect((await api("DELETE", `/v1/team_types/${SEED_IDS.teamTypeCustomer}/`)).status).toBe(204);
    expect(names((await api("GET", "/v1/team_types/")).body)).toEqual(["Business Unit"]);
  });

  test("a team of a type of no org is refused", async () => {
    const response = await api("POST", "/v1/teams/", {
      body: { name: "X", team_type: "11111111-1111-4111-8111-111111111111" },
    });
    expect(response).toMatchObject({ status: 400, body: { team_type: [expect.any(String)] } });
  });
});

describe("tags", () => {
  test("names are unique ignoring case, and a rename shows on the records that have the tag", async () => {
    expect((await api("POST", "/v1/tags/", { body: { name: "ncnr" } })).status).toBe(400);
    await api("PATCH", `/v1/tags/${SEED_IDS.tagExpedite}/`, { body: { name: "Hot", color: null } });
    expect((await api("GET", `/v1/tags/${SEED_IDS.tagExpedite}/`)).body).toMatchObject({ name: "Hot", color: null });
    expect((await api("GET", `/v1/purchase_orders/${SEED_IDS.purchaseOrder}/`)).body.tags).toEqual([
      SEED_IDS.tagExpedite,
    ]);
    expect(names((await api("GET", "/v1/tags/")).body)).toEqual(["Hot", "NCNR"]);
  });
});

describe("custom properties", () => {
  test("a select property needs options; others take none; keys are unique per record type", async () => {
    const create = (body: object) => api("POST", "/v1/custom_properties/", { body });
    expect((await create({ name: "Grade", key: "grade", record_type: "part", data_type: "select" })).status).toBe(400);
    expect(
      (await create({ name: "Notes", key: "notes", record_type: "part", data_type: "text", options: ["a"] })).status,
    ).toBe(400);
    expect(
      (await create({ name: "ITAR", key: "itar_controlled", record_type: "part", data_type: "boolean" })).status,
    ).toBe(400);
    const sameKeyOtherType = await create({
      name: "ITAR",
      key: "itar_controlled",
      record_type: "supplier",
      data_type: "boolean",
    });
    expect(sameKeyOtherType).toMatchObject({ status: 201, body: { options: [], archived: false } });
  });

  test("archiving hides a property and stops new values; options are replaced as a whole", async () => {
    const path = `/v1/custom_properties/${SEED_IDS.customPropertyCostCenter}/`;
    const changed = await api("PATCH", path, { body: { options: ["4100", "6100"] } });
    expect(changed.body.options).toEqual(["4100", "6100"]);
    expect(
      (await api("PATCH", `/v1/custom_properties/${SEED_IDS.customPropertyItar}/`, { body: { options: ["x"] } }))
        .status,
    ).toBe(400);
    await api("PATCH", path, { body: { archived: true } });
    expect((await api("GET", "/v1/custom_properties/?record_type=purchase_order")).body.count).toBe(0);
    expect((await api("GET", "/v1/custom_properties/?archived=true")).body.count).toBe(1);
    const order = `/v1/purchase_orders/${SEED_IDS.purchaseOrder}/`;
    expect((await api("PATCH", order, { body: { custom_properties: { cost_center: "6100" } } })).status).toBe(400);
    // The value already set is kept.
    expect((await api("GET", order)).body.custom_properties).toEqual({ cost_center: "4100" });
  });
});
