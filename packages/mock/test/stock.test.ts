/** Stock lots (set exactly by Upsert Part Stock, changed by Updates a StockLot) and stock documents. */
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

describe("Upsert Part Stock", () => {
  test("sets the bin to exactly the lots listed; lots left out go to 0 and are kept; a repeat changes nothing", async () => {
    const path = `/v1/parts/${SEED_IDS.partCapacitor}/stock/`;
    const body = {
      bin: "A-03-2",
      lots: [
        { quantity: 9000, date_code: "2339", lot_code: "2339K51" },
        { quantity: 4000, date_code: "2411", lot_code: "2411P02" },
      ],
    };
    const first = await api("PUT", path, { body });
    expect(first.body).toMatchObject({ part: SEED_IDS.partCapacitor, bin: "A-03-2", quantity: 13000 });
    expect(first.body.lots.map((lot: { lot_code: string; quantity: number }) => [lot.lot_code, lot.quantity])).toEqual([
      ["2339K51", 9000],
      ["2402M07", 0],
      ["2411P02", 4000],
    ]);
    const second = await api("PUT", path, { body });
    expect(second.body).toEqual(first.body);
  });

  test("the part may be named by its CPID; other bins are not touched", async () => {
    await api("PUT", "/v1/parts/CCK7Q2M9XW4D/stock/", { body: { bin: "Z-99", lots: [{ quantity: 5 }] } });
    const availability = await api("GET", `/v1/programs/${SEED_IDS.program}/availabilities/`);
    const capacitor = availability.body.parts.find((part: { mpn: string }) => part.mpn === "GRM155R71C104KA88D");
    expect(capacitor.on_hand_quantity).toBe(12505);
  });

  test("two lots with the same codes in one body are refused", async () => {
    const response = await api("PUT", `/v1/parts/${SEED_IDS.partCapacitor}/stock/`, {
      body: {
        bin: "A-03-2",
        lots: [
          { quantity: 1, lot_code: "X" },
          { quantity: 2, lot_code: "X" },
        ],
      },
    });
    expect(response).toMatchObject({ status: 400, body: { lots: [{}, { non_field_errors: [expect.any(String)] }] } });
  });
});

describe("Updates a StockLot", () => {
  test("moves and recounts a lot, and refuses a change that would merge it into another", async () => {
    const path = `/v1/stock_lots/${SEED_IDS.stockLotCapacitor2339}/`;
    expect((await api("PATCH", path, { body: { bin: "B-11-4", quantity: 7500 } })).body).toMatchObject({
      bin: "B-11-4",
      quantity: 7500,
      part: SEED_IDS.partCapacitor,
    });
    const other = `/v1/stock_lots/${SEED_IDS.stockLotCapacitor2402}/`;
    const clash = await api("PATCH", other, { body: { bin: "B-11-4", date_code: "2339", lot_code: "2339K51" } });
    expect(clash.status).toBe(400);
    expect((await api("PATCH", other, { body: { date_code: null } })).body.date_code).toBeNull();
  });
});

describe("stock documents", () => {
  function upload(fields: Record<string, string | undefined>, file?: Blob, fileName = "CoC.pdf") {
    const form = new FormData();
    if (file) form.set("file", file, fileName);
    for (const [name, value] of Object.entries(fields)) if (value !== undefined) form.set(name, value);
    return api("POST", "/v1/stock_documents/", { form });
  }

  test("an upload keeps the file's name, type and bytes; the download answers them exactly", async () => {
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0x10]);
    const created = await upload(
      {
        stock_lot: SEED_IDS.stockLotMcu,
        document_type: "inspection_report",
        metadata: JSON.stringify({ inspector: "RCV-2" }),
        synced_from_integration: "true",
        integration_source_name: "netsuite",
      },
      new Blob([bytes], { type: "application/pdf" }),
      "Inspection Ü-7.pdf",
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      file_name: "Inspection Ü-7.pdf",
      content_type: "application/pdf",
      size: 7,
      metadata: { inspector: "RCV-2" },
      synced_from_integration: true,
      org: SEED_IDS.org,
    });
    const download = await api("GET", `/v1/stock_documents/${created.body.id}/download/`);
    expect(download.headers.get("content-type")).toBe("application/octet-stream");
    expect(download.headers.get("content-disposition")).toBe(
      `attachment; filename="Inspection _-7.pdf"; filename*=UTF-8''Inspection%20%C3%9C-7.pdf`,
    );
    expect([...download.bytes]).toEqual([...bytes]);
    const list = await api("GET", `/v1/stock_documents/?stock_lot=${SEED_IDS.stockLotMcu}`);
    expect(list.body.results.map((document: { id: string }) => document.id)).toEqual([created.body.id]);
    expect((await api("GET", "/v1/stock_documents/?document_type=certificate_of_conformance")).body.count).toBe(1);
  });

  test.each([
    {
      given: "no file",
      fields: { stock_lot: SEED_IDS.stockLotMcu, document_type: "photo" },
      file: undefined,
      field: "file",
    },
    {
      given: "an unknown type",
      fields: { stock_lot: SEED_IDS.stockLotMcu, document_type: "selfie" },
      file: new Blob(["x"]),
      field: "document_type",
    },
    {
      given: "a lot of no org of the key",
      fields: { stock_lot: "11111111-1111-4111-8111-111111111111", document_type: "photo" },
      file: new Blob(["x"]),
      field: "stock_lot",
    },
    {
      given: "metadata that is not JSON",
      fields: { stock_lot: SEED_IDS.stockLotMcu, document_type: "photo", metadata: "{" },
      file: new Blob(["x"]),
      field: "metadata",
    },
  ])("an upload with $given is 400 on that field", async ({ fields, file, field }) => {
    const before = server.state.stockDocuments.size;
    const response = await upload(fields, file);
    expect(response.status).toBe(400);
    expect(Object.keys(response.body)).toContain(field);
    expect(server.state.stockDocuments.size).toBe(before);
  });

  test("a file over 25 MiB is refused", async () => {
    const response = await upload(
      { stock_lot: SEED_IDS.stockLotMcu, document_type: "photo" },
      new Blob([new Uint8Array(25 * 1024 * 1024 + 1)]),
    );
    expect(response).toMatchObject({ status: 400, body: { file: ["The file is larger than 25 MiB."] } });
  });

  test("a JSON body is refused: uploads are multipart", async () => {
    const response = await api("POST", "/v1/stock_documents/", { body: { stock_lot: SEED_IDS.stockLotMcu } });
    expect(response.status).toBe(400);
  });
});
