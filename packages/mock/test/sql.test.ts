/** Customer SQL Query: real read-only SQL over the acting org's records. */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { type MockServer, SEED_IDS, startMockServer } from "../src/index.js";
import { type CallOptions, call } from "./mock-client.js";

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const query = (sql: string, parameters?: Record<string, unknown>, options: CallOptions = {}) =>
  call(server.url, "POST", "/v1/reporting/sql/", {
    ...options,
    body: { query: sql, ...(parameters ? { parameters } : {}) },
  });

describe("queries", () => {
  test("joins and aggregates the views, with named parameters and PostgreSQL type names", async () => {
    const answer = await query(
      `SELECT p.mpn, p.manufacturer_name, SUM(s.quantity) AS on_hand
         FROM stock_lots s JOIN parts p ON p.id = s.part
        WHERE s.bin LIKE :bin_prefix
        GROUP BY p.mpn, p.manufacturer_name
        ORDER BY on_hand DESC`,
      { bin_prefix: "A-%" },
    );
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      columns: [
        { name: "mpn", type: "text" },
        { name: "manufacturer_name", type: "text" },
        { name: "on_hand", type: "bigint" },
      ],
      rows: [
        ["GRM155R71C104KA88D", "Murata", "12500"],
        ["RC0402FR-0710KL", "Yageo", "5000"],
        ["STM32G431CBU6", "STMicroelectronics", "120"],
      ],
      row_count: 3,
      truncated: false,
    });
  });

  test("reads records as the API answers them: computed fields, booleans, JSON and decimals", async () => {
    const answer = await query("SELECT po_number, line_count, tags, custom_properties, total FROM purchase_orders");
    expect(answer.body.columns.map((column: { type: string }) => column.type)).toEqual([
      "text",
      "integer",
      "jsonb",
      "jsonb",
      "numeric",
    ]);
    expect(answer.body.rows).toEqual([["PO-1001", 2, [SEED_IDS.tagExpedite], { cost_center: "4100" }, "7489.4"]]);
    const boms = await query("SELECT name, approved, archived FROM boms WHERE approved");
    expect(boms.body.rows).toEqual([["Motor controller main board", true, false]]);
  });

  test("sees what the API changed, at once", async () => {
    await call(server.url, "POST", "/v1/suppliers/", { body: { name: "Allied Harness" } });
    expect((await query("SELECT count(*) AS suppliers FROM suppliers")).body.rows).toEqual([["4"]]);
  });

  test("sees only the acting org's records", async () => {
    const sandbox = { headers: { "x-org-id": SEED_IDS.sandboxOrg } };
    expect((await query("SELECT mpn FROM parts", undefined, sandbox)).body.rows).toEqual([["LM358DR"]]);
    expect((await query("SELECT count(*) FROM purchase_orders", undefined, sandbox)).body.rows).toEqual([["1"]]);
  });

  test("answers at most 10,000 rows and says when it dropped more", async () => {
    const answer = await query(
      "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 10005) SELECT x FROM n",
    );
    expect(answer.body).toMatchObject({ row_count: 10000, truncated: true });
    expect(answer.body.rows.at(-1)).toEqual(["10000"]);
  });
});

describe("refused queries answer 400 with a detail and change nothing", () => {
  test.each([
    { given: "an insert", sql: "INSERT INTO parts (id) VALUES ('x')", detail: /^Only a single SELECT/ },
    {
      given: "a delete inside WITH",
      sql: "WITH gone AS (SELECT 1) DELETE FROM parts",
      detail: /^Only a single SELECT/,
    },
    { given: "DDL", sql: "DROP TABLE parts", detail: /^Only a single SELECT/ },
    { given: "two statements", sql: "SELECT 1; DELETE FROM parts", detail: /more than one/ },
    { given: "a syntax error", sql: "SELECT FROM WHERE", detail: /^SQL error: / },
    { given: "an unknown table", sql: "SELECT * FROM invoices", detail: /no such table: invoices/ },
    { given: "an unknown column", sql: "SELECT colour FROM parts", detail: /no such column: colour/ },
    { given: "a PostgreSQL cast", sql: "SELECT id::text FROM parts", detail: /CAST\(x AS type\)/ },
  ])("$given", async ({ sql, detail }) => {
    const answer = await query(sql);
    expect(answer.status).toBe(400);
    expect(answer.body.detail).toMatch(detail);
    expect((await query("SELECT count(*) FROM parts")).body.rows).toEqual([["7"]]);
  });

  test.each([
    {
      given: "a placeholder without a value",
      sql: "SELECT mpn FROM parts WHERE mpn = :mpn",
      parameters: {},
      detail: "No value given for :mpn.",
    },
    {
      given: "a value without a placeholder",
      sql: "SELECT 1",
      parameters: { mpn: "x" },
      detail: "The query has no placeholder for :mpn.",
    },
  ])("$given", async ({ sql, parameters, detail }) => {
    expect(await query(sql, parameters)).toMatchObject({ status: 400, body: { detail } });
  });

  test("a placeholder inside a string literal is not a placeholder", async () => {
    expect((await query("SELECT ':not_a_parameter' AS text")).body.rows).toEqual([[":not_a_parameter"]]);
  });
});
