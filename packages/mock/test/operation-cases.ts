/**
 * One successful call per operation of the spec, against the demo seed, written once and run two
 * ways: over raw HTTP (conformance.test.ts) and through the client's facade (facade.test.ts).
 * Request bodies are the spec's own examples, with ids swapped for seeded ones where the example
 * names records the seed does not have.
 */
import spec from "@cofactr/platform-types/openapi.json" with { type: "json" };
import { SEED_IDS } from "../src/index.js";
import type { CallOptions, CallResult } from "./mock-client.js";

const ids = SEED_IDS;

/** Sends one request: `(method, path with ids filled in, options)`. */
export type Api = (method: string, path: string, options?: CallOptions) => Promise<CallResult>;

export interface SpecOperation {
  operationId: string;
  "x-sdk-method": string;
  requestBody?: { content: Record<string, { example?: unknown }> };
  responses: Record<string, unknown>;
}

/** Every operation of the spec by `operationId`, with its method and path. */
export const operations = new Map<string, { method: string; path: string; operation: SpecOperation }>();
for (const [path, item] of Object.entries(spec.paths as Record<string, Record<string, SpecOperation>>)) {
  for (const method of ["get", "put", "post", "patch", "delete"]) {
    const operation = item[method];
    if (operation) operations.set(operation.operationId, { method: method.toUpperCase(), path, operation });
  }
}

/** The spec's example request body of an operation, as the spec gives it. */
export function specExample(operationId: string): unknown {
  const content = operations.get(operationId)?.operation.requestBody?.content ?? {};
  return structuredClone(Object.values(content)[0]?.example);
}

/** The spec's example request body of an operation, with `changes` applied. */
function example(operationId: string, changes: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...(specExample(operationId) as Record<string, unknown>), ...changes };
}

/** The calls, each building what it needs first through the same `api`. */
export function operationCases(api: Api): Record<string, () => Promise<CallResult>> {
  /** Calls a request that prepares another, failing loudly if it does not succeed. */
  async function prepare(method: string, path: string, options?: CallOptions): Promise<CallResult> {
    const result = await api(method, path, options);
    if (result.status >= 300)
      throw new Error(`${method} ${path} answered ${result.status}: ${JSON.stringify(result.body)}`);
    return result;
  }

  const rawBom = () => prepare("POST", "/v1/boms/raw/", { body: example("createBomFromRaw") });
  const newJob = async () =>
    (
      await prepare("PUT", "/integrations/async_boms/", {
        body: { name: "Sensor board", lines: [{ mpn: "LM358DR", quantity: 2 }] },
      })
    ).body as string;
  const newEmail = async () =>
    (await prepare("POST", "/v1/outbound_emails/", { body: example("createOutboundEmail") })).body.id;
  const newBill = async () =>
    (
      await prepare("POST", "/v1/supplier_bills/", {
        body: example("createSupplierBill", { supplier: ids.supplierArrowline, purchase_order: ids.purchaseOrder }),
      })
    ).body.id;
  const certificate = () => {
    const form = new FormData();
    form.set("file", new Blob(["%PDF-1.7 test"], { type: "application/pdf" }), "CoC_lot_2402M07.pdf");
    form.set("stock_lot", ids.stockLotCapacitor2402);
    form.set("document_type", "certificate_of_conformance");
    form.set("description", "Murata CoC for reel 4 of 4");
    form.set("metadata", JSON.stringify({ station: "RCV-2" }));
    return form;
  };

  /** One successful call per operation of the spec. */
  return {
    listBoms: () => api("GET", "/v1/boms/"),
    createBom: () =>
      api("POST", "/v1/boms/", {
        body: example("createBom", {
          lines: [
            { part: ids.partMcu, quantity: 1, reference_designators: ["U1"] },
            {
              part: ids.partCapacitor,
              quantity: 8,
              reference_designators: ["C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8"],
              alternative_parts: [ids.partCapacitorAlternate],
            },
          ],
        }),
      }),
    createBomFromRaw: () => api("POST", "/v1/boms/raw/", { body: example("createBomFromRaw") }),
    getBom: () => api("GET", `/v1/boms/${ids.bom}/`),
    updateBom: () => api("PATCH", `/v1/boms/${ids.bom}/`, { body: example("updateBom") }),
    deleteBom: () => api("DELETE", `/v1/boms/${ids.bom}/`),
    upsertBomAsync: () =>
      api("PUT", "/integrations/async_boms/", {
        body: { name: "Sensor board", version: "A", lines: [{ mpn: "LM358DR", manufacturer_name: "TI", quantity: 2 }] },
      }),
    approveBom: async () => api("POST", `/v1/boms/${(await rawBom()).body.id}/approve/`),
    listBomLines: () => api("GET", `/v1/boms/${ids.bom}/lines/`),
    createBomLine: () =>
      api("POST", `/v1/boms/${ids.bom}/lines/`, { body: example("createBomLine", { part: ids.partResistor }) }),
    getBomLine: () => api("GET", `/v1/boms/${ids.bom}/lines/${ids.bomLineCapacitor}/`),
    updateBomLine: () =>
      api("PATCH", `/v1/boms/${ids.bom}/lines/${ids.bomLineCapacitor}/`, { body: example("updateBomLine") }),
    deleteBomLine: () => api("DELETE", `/v1/boms/${ids.bom}/lines/${ids.bomLinePcb}/`),
    createBomLineFromRaw: () =>
      api("POST", `/v1/boms/${ids.bom}/lines/raw/`, { body: example("createBomLineFromRaw") }),
    listPrograms: () => api("GET", "/v1/programs/"),
    createProgram: () => api("POST", "/v1/programs/", { body: example("createProgram") }),
    getProgram: () => api("GET", `/v1/programs/${ids.program}/`),
    updateProgram: () => api("PATCH", `/v1/programs/${ids.program}/`, { body: example("updateProgram") }),
    deleteProgram: () => api("DELETE", `/v1/programs/${ids.program}/`),
    getProgramAvailabilities: () => api("GET", `/v1/programs/${ids.program}/availabilities/`),
    getProgramAvailabilitiesAsync: () => api("GET", `/v1/programs/${ids.program}/async_availabilities/`),
    getProgramReferencePricing: () => api("GET", `/v1/programs/${ids.program}/reference_pricing/`),
    listProgramLines: () => api("GET", `/v1/programs/${ids.program}/lines/`),
    createProgramLines: () => {
      const [bomLine, partLine] = specExample("createProgramLines") as Array<Record<string, unknown>>;
      return api("POST", `/v1/programs/${ids.program}/lines/`, {
        body: [
          { ...bomLine, bom: ids.bom },
          { ...partLine, part: ids.partMcu },
        ],
      });
    },
    getProgramLine: () => api("GET", `/v1/programs/${ids.program}/lines/${ids.programLineBom}/`),
    updateProgramLine: () =>
      api("PATCH", `/v1/programs/${ids.program}/lines/${ids.programLineBom}/`, { body: example("updateProgramLine") }),
    deleteProgramLine: () => api("DELETE", `/v1/programs/${ids.program}/lines/${ids.programLineSpares}/`),
    listProgramPartOverrides: () => api("GET", `/v1/programs/${ids.program}/part_overrides/`),
    createProgramPartOverride: () =>
      api("POST", `/v1/programs/${ids.program}/part_overrides/`, {
        body: example("createProgramPartOverride", { part: ids.partResistor }),
      }),
    getProgramPartOverride: () => api("GET", `/v1/programs/${ids.program}/part_overrides/${ids.programPartOverride}/`),
    updateProgramPartOverride: () =>
      api("PATCH", `/v1/programs/${ids.program}/part_overrides/${ids.programPartOverride}/`, {
        body: example("updateProgramPartOverride"),
      }),
    deleteProgramPartOverride: () =>
      api("DELETE", `/v1/programs/${ids.program}/part_overrides/${ids.programPartOverride}/`),
    listSubOrgs: () => api("GET", "/v1/sub_orgs/"),
    createSubOrg: () => api("POST", "/v1/sub_orgs/", { body: example("createSubOrg") }),
    getSubOrg: () => api("GET", `/v1/sub_orgs/${ids.plantOrg}/`),
    updateSubOrg: () => api("PATCH", `/v1/sub_orgs/${ids.plantOrg}/`, { body: example("updateSubOrg") }),
    getOrg: () => api("GET", "/v1/org/"),
    listUsers: () => api("GET", "/v1/users/"),
    getUser: () => api("GET", `/v1/users/${ids.userMaria}/`),
    runSqlQuery: () => api("POST", "/v1/reporting/sql/", { body: example("runSqlQuery") }),
    createOutboundEmail: () => api("POST", "/v1/outbound_emails/", { body: example("createOutboundEmail") }),
    getOutboundEmail: async () => api("GET", `/v1/outbound_emails/${await newEmail()}/`),
    markOutboundEmailSent: async () =>
      api("POST", `/v1/outbound_emails/${await newEmail()}/mark_sent/`, { body: example("markOutboundEmailSent") }),
    updateApiKey: () => api("POST", "/v1/api_key/rotate/"),
    getAsyncJob: async () => api("GET", `/v1/async_jobs/${await newJob()}/`),
    listStockDocuments: () => api("GET", "/v1/stock_documents/"),
    createStockDocument: () => api("POST", "/v1/stock_documents/", { form: certificate() }),
    getStockDocument: () => api("GET", `/v1/stock_documents/${ids.stockDocument}/`),
    downloadStockDocument: () => api("GET", `/v1/stock_documents/${ids.stockDocument}/download/`),
    listSuppliers: () => api("GET", "/v1/suppliers/"),
    createSupplier: () =>
      api("POST", "/v1/suppliers/", { body: example("createSupplier", { name: "Northgate Components" }) }),
    getSupplier: () => api("GET", `/v1/suppliers/${ids.supplierArrowline}/`),
    updateSupplier: () => api("PATCH", `/v1/suppliers/${ids.supplierArrowline}/`, { body: example("updateSupplier") }),
    createPartsAsync: () =>
      api("POST", "/v1/parts/create_async/", {
        body: {
          parts: [
            { custom_id: "ACR-OPA-0358", mpn: "LM358DR", manufacturer_name: "Texas Instruments" },
            { custom_id: "ACR-REG-0331", mpn: "TPS54331DR", manufacturer_name: "Texas Instruments" },
          ],
        },
      }),
    upsertPartsAsync: () => api("POST", "/v1/parts/upsert_async/", { body: example("upsertPartsAsync") }),
    getPart: () => api("GET", "/v1/parts/CCK7Q2M9XW4D/"),
    createPurchaseOrder: () =>
      api("POST", "/v1/purchase_orders/", {
        body: example("createPurchaseOrder", {
          supplier: ids.supplierArrowline,
          buyer: ids.userMaria,
          team: ids.teamMotorControllers,
          tags: [ids.tagNcnr],
        }),
      }),
    getPurchaseOrder: () => api("GET", `/v1/purchase_orders/${ids.purchaseOrder}/`),
    updatePurchaseOrder: () =>
      api("PATCH", `/v1/purchase_orders/${ids.purchaseOrder}/`, { body: example("updatePurchaseOrder") }),
    deletePurchaseOrder: () => api("DELETE", `/v1/purchase_orders/${ids.purchaseOrder}/`),
    listPurchaseLines: () => api("GET", `/v1/purchase_orders/${ids.purchaseOrder}/lines/`),
    createPurchaseLine: () =>
      api("POST", `/v1/purchase_orders/${ids.purchaseOrder}/lines/`, {
        body: example("createPurchaseLine", { part: ids.partMcu, program: ids.program }),
      }),
    updateManyPurchaseLines: () =>
      api("PATCH", `/v1/purchase_orders/${ids.purchaseOrder}/lines/`, {
        body: [
          { id: ids.purchaseLine, estimated_delivery: "2026-12-05" },
          { id: ids.purchaseLine2, quant: 3500, unit_price: "1.1500" },
        ],
      }),
    getPurchaseLine: () => api("GET", `/v1/purchase_orders/${ids.purchaseOrder}/lines/${ids.purchaseLine}/`),
    deletePurchaseLine: () => api("DELETE", `/v1/purchase_orders/${ids.purchaseOrder}/lines/${ids.purchaseLine}/`),
    listNoPartPurchaseLines: () => api("GET", `/v1/purchase_orders/${ids.purchaseOrder}/no_part_lines/`),
    createNoPartPurchaseLine: () =>
      api("POST", `/v1/purchase_orders/${ids.purchaseOrder}/no_part_lines/`, {
        body: example("createNoPartPurchaseLine"),
      }),
    updateManyNoPartPurchaseLines: () =>
      api("PATCH", `/v1/purchase_orders/${ids.purchaseOrder}/no_part_lines/`, {
        body: [{ id: ids.noPartLine, unit_price: "80.00", notes: "Rush, 3 days" }],
      }),
    deleteNoPartPurchaseLine: () =>
      api("DELETE", `/v1/purchase_orders/${ids.purchaseOrder}/no_part_lines/${ids.noPartLine2}/`),
    createPurchaseEvent: () =>
      api("POST", "/v1/purchase_events/", {
        body: { purchase_lines: [ids.purchaseLine], event_type: "received", quantity: 250, notes: "Dock 2" },
      }),
    createSupplierBill: () =>
      api("POST", "/v1/supplier_bills/", {
        body: example("createSupplierBill", { supplier: ids.supplierArrowline, purchase_order: ids.purchaseOrder }),
      }),
    updateSupplierBill: async () =>
      api("PATCH", `/v1/supplier_bills/${await newBill()}/`, { body: example("updateSupplierBill") }),
    createSupplierBillLine: async () =>
      api("POST", `/v1/supplier_bills/${await newBill()}/lines/`, {
        body: example("createSupplierBillLine", { purchase_line: ids.purchaseLine2 }),
      }),
    updateSupplierBillLine: async () => {
      const bill = await newBill();
      const line = await prepare("POST", `/v1/supplier_bills/${bill}/lines/`, {
        body: example("createSupplierBillLine", { purchase_line: ids.purchaseLine2 }),
      });
      return api("PATCH", `/v1/supplier_bills/${bill}/lines/${line.body.id}/`, {
        body: example("updateSupplierBillLine"),
      });
    },
    listTeams: () => api("GET", "/v1/teams/"),
    createTeam: () =>
      api("POST", "/v1/teams/", {
        body: example("createTeam", { name: "Servo drives", team_type: ids.teamTypeBusinessUnit }),
      }),
    getTeam: () => api("GET", `/v1/teams/${ids.teamMotorControllers}/`),
    updateTeam: () => api("PATCH", `/v1/teams/${ids.teamMotorControllers}/`, { body: example("updateTeam") }),
    deleteTeam: () => api("DELETE", `/v1/teams/${ids.teamNorthwind}/`),
    archiveTeam: () => api("POST", `/v1/teams/${ids.teamNorthwind}/archive/`),
    unarchiveTeam: async () => {
      await prepare("POST", `/v1/teams/${ids.teamNorthwind}/archive/`);
      return api("POST", `/v1/teams/${ids.teamNorthwind}/unarchive/`);
    },
    listTeamTypes: () => api("GET", "/v1/team_types/"),
    createTeamType: () => api("POST", "/v1/team_types/", { body: example("createTeamType", { name: "Project" }) }),
    getTeamType: () => api("GET", `/v1/team_types/${ids.teamTypeBusinessUnit}/`),
    updateTeamType: () =>
      api("PATCH", `/v1/team_types/${ids.teamTypeBusinessUnit}/`, { body: example("updateTeamType") }),
    deleteTeamType: async () => {
      const type = await prepare("POST", "/v1/team_types/", { body: { name: "Project" } });
      return api("DELETE", `/v1/team_types/${type.body.id}/`);
    },
    listCustomProperties: () => api("GET", "/v1/custom_properties/"),
    createCustomProperty: () =>
      api("POST", "/v1/custom_properties/", {
        body: example("createCustomProperty", { name: "RoHS compliant", key: "rohs_compliant" }),
      }),
    getCustomProperty: () => api("GET", `/v1/custom_properties/${ids.customPropertyCostCenter}/`),
    updateCustomProperty: () =>
      api("PATCH", `/v1/custom_properties/${ids.customPropertyCostCenter}/`, { body: example("updateCustomProperty") }),
    updateStockLot: () =>
      api("PATCH", `/v1/stock_lots/${ids.stockLotCapacitor2339}/`, { body: example("updateStockLot") }),
    upsertPartStock: () => api("PUT", `/v1/parts/${ids.partCapacitor}/stock/`, { body: example("upsertPartStock") }),
    listTags: () => api("GET", "/v1/tags/"),
    createTag: () => api("POST", "/v1/tags/", { body: example("createTag", { name: "Consigned" }) }),
    getTag: () => api("GET", `/v1/tags/${ids.tagExpedite}/`),
    updateTag: () => api("PATCH", `/v1/tags/${ids.tagExpedite}/`, { body: example("updateTag") }),
    createRfq: () =>
      api("POST", "/v1/rfqs/", {
        body: example("createRfq", {
          suppliers: [ids.supplierArrowline, ids.supplierBrightwater],
          program: ids.program,
          team: ids.teamMotorControllers,
        }),
      }),
    updateRfq: () => api("PATCH", `/v1/rfqs/${ids.rfq}/`, { body: example("updateRfq") }),
    createRfqLine: () =>
      api("POST", `/v1/rfqs/${ids.rfq}/lines/`, { body: example("createRfqLine", { part: ids.partMcu }) }),
    updateRfqLine: () => api("PATCH", `/v1/rfqs/${ids.rfq}/lines/${ids.rfqLine}/`, { body: example("updateRfqLine") }),
    createSupplierQuote: () =>
      api("POST", "/v1/supplier_quotes/", {
        body: example("createSupplierQuote", { supplier: ids.supplierArrowline, rfq: ids.rfq }),
      }),
    updateSupplierQuote: () =>
      api("PATCH", `/v1/supplier_quotes/${ids.supplierQuote}/`, { body: example("updateSupplierQuote") }),
    createSupplierQuoteLine: () =>
      api("POST", `/v1/supplier_quotes/${ids.supplierQuote}/lines/`, {
        body: example("createSupplierQuoteLine", { rfq_line: ids.rfqLine }),
      }),
    updateSupplierQuoteLine: () =>
      api("PATCH", `/v1/supplier_quotes/${ids.supplierQuote}/lines/${ids.supplierQuoteLine}/`, {
        body: example("updateSupplierQuoteLine"),
      }),
  };
}
