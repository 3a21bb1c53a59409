// This file is generated from the Cofactr OpenAPI spec (spec/). Do not edit it by hand:
// change the spec or the generator (packages/client/scripts) and run `pnpm generate`.
import type { Caller, CallOptions, OperationBody, OperationMeta, OperationResult, UploadBody } from "../operation-call.js";
import type { PagePromise } from "../page-promise.js";

/** How each operation is called, by `operationId`. */
export const operations = {
  approveBom: { id: "approveBom", method: "POST", path: "/v1/boms/{bom_id}/approve/", kind: "json" },
  archiveTeam: { id: "archiveTeam", method: "POST", path: "/v1/teams/{team_id}/archive/", kind: "json" },
  createBom: { id: "createBom", method: "POST", path: "/v1/boms/", kind: "json" },
  createBomFromRaw: { id: "createBomFromRaw", method: "POST", path: "/v1/boms/raw/", kind: "json" },
  createBomLine: { id: "createBomLine", method: "POST", path: "/v1/boms/{bom_id}/lines/", kind: "json" },
  createBomLineFromRaw: { id: "createBomLineFromRaw", method: "POST", path: "/v1/boms/{bom_id}/lines/raw/", kind: "json" },
  createCustomProperty: { id: "createCustomProperty", method: "POST", path: "/v1/custom_properties/", kind: "json" },
  createNoPartPurchaseLine: { id: "createNoPartPurchaseLine", method: "POST", path: "/v1/purchase_orders/{purchase_id}/no_part_lines/", kind: "json" },
  createOutboundEmail: { id: "createOutboundEmail", method: "POST", path: "/v1/outbound_emails/", kind: "json" },
  createPartsAsync: { id: "createPartsAsync", method: "POST", path: "/v1/parts/create_async/", kind: "json" },
  createProgram: { id: "createProgram", method: "POST", path: "/v1/programs/", kind: "json" },
  createProgramLines: { id: "createProgramLines", method: "POST", path: "/v1/programs/{program_id}/lines/", kind: "json" },
  createProgramPartOverride: { id: "createProgramPartOverride", method: "POST", path: "/v1/programs/{program_id}/part_overrides/", kind: "json" },
  createPurchaseEvent: { id: "createPurchaseEvent", method: "POST", path: "/v1/purchase_events/", kind: "json" },
  createPurchaseLine: { id: "createPurchaseLine", method: "POST", path: "/v1/purchase_orders/{purchase_id}/lines/", kind: "json" },
  createPurchaseOrder: { id: "createPurchaseOrder", method: "POST", path: "/v1/purchase_orders/", kind: "json" },
  createRfq: { id: "createRfq", method: "POST", path: "/v1/rfqs/", kind: "json" },
  createRfqLine: { id: "createRfqLine", method: "POST", path: "/v1/rfqs/{rfq_id}/lines/", kind: "json" },
  createStockDocument: { id: "createStockDocument", method: "POST", path: "/v1/stock_documents/", kind: "multipart", files: ["file"] },
  createSubOrg: { id: "createSubOrg", method: "POST", path: "/v1/sub_orgs/", kind: "json" },
  createSupplier: { id: "createSupplier", method: "POST", path: "/v1/suppliers/", kind: "json" },
  createSupplierBill: { id: "createSupplierBill", method: "POST", path: "/v1/supplier_bills/", kind: "json" },
  createSupplierBillLine: { id: "createSupplierBillLine", method: "POST", path: "/v1/supplier_bills/{supplier_bill_id}/lines/", kind: "json" },
  createSupplierQuote: { id: "createSupplierQuote", method: "POST", path: "/v1/supplier_quotes/", kind: "json" },
  createSupplierQuoteLine: { id: "createSupplierQuoteLine", method: "POST", path: "/v1/supplier_quotes/{supplier_quote_id}/lines/", kind: "json" },
  createTag: { id: "createTag", method: "POST", path: "/v1/tags/", kind: "json" },
  createTeam: { id: "createTeam", method: "POST", path: "/v1/teams/", kind: "json" },
  createTeamType: { id: "createTeamType", method: "POST", path: "/v1/team_types/", kind: "json" },
  deleteBom: { id: "deleteBom", method: "DELETE", path: "/v1/boms/{bom_id}/", kind: "json" },
  deleteBomLine: { id: "deleteBomLine", method: "DELETE", path: "/v1/boms/{bom_id}/lines/{line_id}/", kind: "json" },
  deleteNoPartPurchaseLine: { id: "deleteNoPartPurchaseLine", method: "DELETE", path: "/v1/purchase_orders/{purchase_id}/no_part_lines/{line_id}/", kind: "json" },
  deleteProgram: { id: "deleteProgram", method: "DELETE", path: "/v1/programs/{program_id}/", kind: "json" },
  deleteProgramLine: { id: "deleteProgramLine", method: "DELETE", path: "/v1/programs/{program_id}/lines/{line_id}/", kind: "json" },
  deleteProgramPartOverride: { id: "deleteProgramPartOverride", method: "DELETE", path: "/v1/programs/{program_id}/part_overrides/{part_override_id}/", kind: "json" },
  deletePurchaseLine: { id: "deletePurchaseLine", method: "DELETE", path: "/v1/purchase_orders/{purchase_id}/lines/{line_id}/", kind: "json" },
  deletePurchaseOrder: { id: "deletePurchaseOrder", method: "DELETE", path: "/v1/purchase_orders/{purchase_id}/", kind: "json" },
  deleteTeam: { id: "deleteTeam", method: "DELETE", path: "/v1/teams/{team_id}/", kind: "json" },
  deleteTeamType: { id: "deleteTeamType", method: "DELETE", path: "/v1/team_types/{team_type_id}/", kind: "json" },
  downloadStockDocument: { id: "downloadStockDocument", method: "GET", path: "/v1/stock_documents/{stock_document_id}/download/", kind: "download" },
  getAsyncJob: { id: "getAsyncJob", method: "GET", path: "/v1/async_jobs/{job_id}/", kind: "json" },
  getBom: { id: "getBom", method: "GET", path: "/v1/boms/{bom_id}/", kind: "json" },
  getBomLine: { id: "getBomLine", method: "GET", path: "/v1/boms/{bom_id}/lines/{line_id}/", kind: "json" },
  getCustomProperty: { id: "getCustomProperty", method: "GET", path: "/v1/custom_properties/{custom_property_id}/", kind: "json" },
  getOrg: { id: "getOrg", method: "GET", path: "/v1/org/", kind: "json" },
  getOutboundEmail: { id: "getOutboundEmail", method: "GET", path: "/v1/outbound_emails/{outbound_email_id}/", kind: "json" },
  getPart: { id: "getPart", method: "GET", path: "/v1/parts/{part_id}/", kind: "json" },
  getProgram: { id: "getProgram", method: "GET", path: "/v1/programs/{program_id}/", kind: "json" },
  getProgramAvailabilities: { id: "getProgramAvailabilities", method: "GET", path: "/v1/programs/{program_id}/availabilities/", kind: "json" },
  getProgramAvailabilitiesAsync: { id: "getProgramAvailabilitiesAsync", method: "GET", path: "/v1/programs/{program_id}/async_availabilities/", kind: "json" },
  getProgramLine: { id: "getProgramLine", method: "GET", path: "/v1/programs/{program_id}/lines/{line_id}/", kind: "json" },
  getProgramPartOverride: { id: "getProgramPartOverride", method: "GET", path: "/v1/programs/{program_id}/part_overrides/{part_override_id}/", kind: "json" },
  getProgramReferencePricing: { id: "getProgramReferencePricing", method: "GET", path: "/v1/programs/{program_id}/reference_pricing/", kind: "json" },
  getPurchaseLine: { id: "getPurchaseLine", method: "GET", path: "/v1/purchase_orders/{purchase_id}/lines/{line_id}/", kind: "json" },
  getPurchaseOrder: { id: "getPurchaseOrder", method: "GET", path: "/v1/purchase_orders/{purchase_id}/", kind: "json" },
  getStockDocument: { id: "getStockDocument", method: "GET", path: "/v1/stock_documents/{stock_document_id}/", kind: "json" },
  getSubOrg: { id: "getSubOrg", method: "GET", path: "/v1/sub_orgs/{sub_org_id}/", kind: "json" },
  getSupplier: { id: "getSupplier", method: "GET", path: "/v1/suppliers/{supplier_id}/", kind: "json" },
  getTag: { id: "getTag", method: "GET", path: "/v1/tags/{tag_id}/", kind: "json" },
  getTeam: { id: "getTeam", method: "GET", path: "/v1/teams/{team_id}/", kind: "json" },
  getTeamType: { id: "getTeamType", method: "GET", path: "/v1/team_types/{team_type_id}/", kind: "json" },
  getUser: { id: "getUser", method: "GET", path: "/v1/users/{user_id}/", kind: "json" },
  listBomLines: { id: "listBomLines", method: "GET", path: "/v1/boms/{bom_id}/lines/", kind: "json" },
  listBoms: { id: "listBoms", method: "GET", path: "/v1/boms/", kind: "json" },
  listCustomProperties: { id: "listCustomProperties", method: "GET", path: "/v1/custom_properties/", kind: "json" },
  listNoPartPurchaseLines: { id: "listNoPartPurchaseLines", method: "GET", path: "/v1/purchase_orders/{purchase_id}/no_part_lines/", kind: "json" },
  listProgramLines: { id: "listProgramLines", method: "GET", path: "/v1/programs/{program_id}/lines/", kind: "json" },
  listProgramPartOverrides: { id: "listProgramPartOverrides", method: "GET", path: "/v1/programs/{program_id}/part_overrides/", kind: "json" },
  listPrograms: { id: "listPrograms", method: "GET", path: "/v1/programs/", kind: "json" },
  listPurchaseLines: { id: "listPurchaseLines", method: "GET", path: "/v1/purchase_orders/{purchase_id}/lines/", kind: "json" },
  listStockDocuments: { id: "listStockDocuments", method: "GET", path: "/v1/stock_documents/", kind: "json" },
  listSubOrgs: { id: "listSubOrgs", method: "GET", path: "/v1/sub_orgs/", kind: "json" },
  listSuppliers: { id: "listSuppliers", method: "GET", path: "/v1/suppliers/", kind: "json" },
  listTags: { id: "listTags", method: "GET", path: "/v1/tags/", kind: "json" },
  listTeams: { id: "listTeams", method: "GET", path: "/v1/teams/", kind: "json" },
  listTeamTypes: { id: "listTeamTypes", method: "GET", path: "/v1/team_types/", kind: "json" },
  listUsers: { id: "listUsers", method: "GET", path: "/v1/users/", kind: "json" },
  markOutboundEmailSent: { id: "markOutboundEmailSent", method: "POST", path: "/v1/outbound_emails/{outbound_email_id}/mark_sent/", kind: "json" },
  runSqlQuery: { id: "runSqlQuery", method: "POST", path: "/v1/reporting/sql/", kind: "json" },
  unarchiveTeam: { id: "unarchiveTeam", method: "POST", path: "/v1/teams/{team_id}/unarchive/", kind: "json" },
  updateApiKey: { id: "updateApiKey", method: "POST", path: "/v1/api_key/rotate/", kind: "json" },
  updateBom: { id: "updateBom", method: "PATCH", path: "/v1/boms/{bom_id}/", kind: "json" },
  updateBomLine: { id: "updateBomLine", method: "PATCH", path: "/v1/boms/{bom_id}/lines/{line_id}/", kind: "json" },
  updateCustomProperty: { id: "updateCustomProperty", method: "PATCH", path: "/v1/custom_properties/{custom_property_id}/", kind: "json" },
  updateManyNoPartPurchaseLines: { id: "updateManyNoPartPurchaseLines", method: "PATCH", path: "/v1/purchase_orders/{purchase_id}/no_part_lines/", kind: "json" },
  updateManyPurchaseLines: { id: "updateManyPurchaseLines", method: "PATCH", path: "/v1/purchase_orders/{purchase_id}/lines/", kind: "json" },
  updateProgram: { id: "updateProgram", method: "PATCH", path: "/v1/programs/{program_id}/", kind: "json" },
  updateProgramLine: { id: "updateProgramLine", method: "PATCH", path: "/v1/programs/{program_id}/lines/{line_id}/", kind: "json" },
  updateProgramPartOverride: { id: "updateProgramPartOverride", method: "PATCH", path: "/v1/programs/{program_id}/part_overrides/{part_override_id}/", kind: "json" },
  updatePurchaseOrder: { id: "updatePurchaseOrder", method: "PATCH", path: "/v1/purchase_orders/{purchase_id}/", kind: "json" },
  updateRfq: { id: "updateRfq", method: "PATCH", path: "/v1/rfqs/{rfq_id}/", kind: "json" },
  updateRfqLine: { id: "updateRfqLine", method: "PATCH", path: "/v1/rfqs/{rfq_id}/lines/{line_id}/", kind: "json" },
  updateStockLot: { id: "updateStockLot", method: "PATCH", path: "/v1/stock_lots/{stock_lot_id}/", kind: "json" },
  updateSubOrg: { id: "updateSubOrg", method: "PATCH", path: "/v1/sub_orgs/{sub_org_id}/", kind: "json" },
  updateSupplier: { id: "updateSupplier", method: "PATCH", path: "/v1/suppliers/{supplier_id}/", kind: "json" },
  updateSupplierBill: { id: "updateSupplierBill", method: "PATCH", path: "/v1/supplier_bills/{supplier_bill_id}/", kind: "json" },
  updateSupplierBillLine: { id: "updateSupplierBillLine", method: "PATCH", path: "/v1/supplier_bills/{supplier_bill_id}/lines/{line_id}/", kind: "json" },
  updateSupplierQuote: { id: "updateSupplierQuote", method: "PATCH", path: "/v1/supplier_quotes/{supplier_quote_id}/", kind: "json" },
  updateSupplierQuoteLine: { id: "updateSupplierQuoteLine", method: "PATCH", path: "/v1/supplier_quotes/{supplier_quote_id}/lines/{line_id}/", kind: "json" },
  updateTag: { id: "updateTag", method: "PATCH", path: "/v1/tags/{tag_id}/", kind: "json" },
  updateTeam: { id: "updateTeam", method: "PATCH", path: "/v1/teams/{team_id}/", kind: "json" },
  updateTeamType: { id: "updateTeamType", method: "PATCH", path: "/v1/team_types/{team_type_id}/", kind: "json" },
  upsertBomAsync: { id: "upsertBomAsync", method: "PUT", path: "/integrations/async_boms/", kind: "json" },
  upsertPartsAsync: { id: "upsertPartsAsync", method: "POST", path: "/v1/parts/upsert_async/", kind: "json" },
  upsertPartStock: { id: "upsertPartStock", method: "PUT", path: "/v1/parts/{part_id}/stock/", kind: "json" },
} satisfies Record<string, OperationMeta>;

/** Every operation of the Cofactr API, by resource. Methods resolve to the data and throw `CofactrApiError` for a non-2xx answer. */
export interface Resources {
  readonly boms: {
    /**
     * Gets Boms that user has read access to
     *
     * Lists the BOMs the key can read, newest first, one page at a time. Archived BOMs are left out unless `archived=true`.
     *
     * `GET /v1/boms/` (`listBoms`)
     */
    list(options?: CallOptions<"listBoms">): PagePromise<OperationResult<"listBoms">>;
    /**
     * Creates a Bom using Cofactr Data
     *
     * Creates an unapproved BOM whose lines name Cofactr parts by id. Lines in the body that name the same part become one line with their quantities summed. Read the lines back with Gets Bom Lines on a Bom.
     *
     * `POST /v1/boms/` (`createBom`)
     */
    create(body: OperationBody<"createBom">, options?: CallOptions<"createBom">): Promise<OperationResult<"createBom">>;
    /**
     * Creates a Bom using raw bomline data and performs searches to convert into Cofactr Data
     *
     * Creates an unapproved BOM from raw lines (manufacturer part numbers and names, as in a spreadsheet). Before answering, Cofactr searches its part data to match each line to a part; lines that match nothing are kept with status `no_match` and `part` null. Lines that end up with the same part and the same reference designators become one line with their quantities summed. For large BOMs, or to update a BOM in place, use Upsert BOM Async.
     *
     * `POST /v1/boms/raw/` (`createBomFromRaw`)
     */
    createFromRaw(body: OperationBody<"createBomFromRaw">, options?: CallOptions<"createBomFromRaw">): Promise<OperationResult<"createBomFromRaw">>;
    /**
     * Gets a Bom
     *
     * Reads one BOM, archived or not.
     *
     * `GET /v1/boms/{bom_id}/` (`getBom`)
     */
    get(bomId: string, options?: CallOptions<"getBom">): Promise<OperationResult<"getBom">>;
    /**
     * Deletes a Bom if still unapproved. Archives a bom if approved.
     *
     * Removes a BOM. An unapproved BOM is deleted with its lines, and reading it afterwards answers 404. An approved BOM is archived instead: it is kept for history with `archived: true`, leaves the default BOM list, and can no longer be changed. Both answer 204; deleting an archived BOM again changes nothing. An unapproved BOM that a program line builds can't be deleted (400).
     *
     * `DELETE /v1/boms/{bom_id}/` (`deleteBom`)
     */
    delete(bomId: string, options?: CallOptions<"deleteBom">): Promise<OperationResult<"deleteBom">>;
    /**
     * Updates a Bom
     *
     * Changes a BOM's name, version, part number, metadata or integration fields. Fields left out are kept. An archived BOM can't be changed (400).
     *
     * `PATCH /v1/boms/{bom_id}/` (`updateBom`)
     */
    update(bomId: string, body: OperationBody<"updateBom">, options?: CallOptions<"updateBom">): Promise<OperationResult<"updateBom">>;
    /**
     * Upsert BOM Async
     *
     * Creates a BOM from raw line data, or replaces the lines of the BOM it matches, in the background. The BOM matched is the one with the same `integration_source_name` and `integration_record_id` when both are given, otherwise the one with the same `name` and `version`. The answer is the id of the async job doing the work; read it with Get Async Job Status until it ends. Its result names the BOM.
     *
     * `PUT /integrations/async_boms/` (`upsertBomAsync`)
     */
    upsertAsync(body: OperationBody<"upsertBomAsync">, options?: CallOptions<"upsertBomAsync">): Promise<OperationResult<"upsertBomAsync">>;
    /**
     * Approves an unapproved Bom.
     *
     * Marks an unapproved BOM as approved and sets `approved_at`. Takes no body. A BOM that is already approved, or archived, answers 400 and is left as it is. Once approved, deleting the BOM archives it instead.
     *
     * `POST /v1/boms/{bom_id}/approve/` (`approveBom`)
     */
    approve(bomId: string, options?: CallOptions<"approveBom">): Promise<OperationResult<"approveBom">>;
    readonly lines: {
      /**
       * Gets Bom Lines on a Bom.
       *
       * Lists the lines of one BOM, archived or not, oldest first, one page at a time.
       *
       * `GET /v1/boms/{bom_id}/lines/` (`listBomLines`)
       */
      list(bomId: string, options?: CallOptions<"listBomLines">): PagePromise<OperationResult<"listBomLines">>;
      /**
       * Creates a new bomline on a Bom using Cofactr data. If a bomline with the provided part exists it will sum the quants instead of duplicating lines.
       *
       * Adds a line for a Cofactr part to a BOM. If the BOM already has a line for that part, no line is added: the quantity is added to the existing line, the reference designators and alternate parts it lacks are appended, and its other fields are kept (when several lines carry the part, the oldest one is used). Answers 201 with a new line, or 200 with the line the quantity was summed into. An archived BOM can't be changed (400).
       *
       * `POST /v1/boms/{bom_id}/lines/` (`createBomLine`)
       */
      create(bomId: string, body: OperationBody<"createBomLine">, options?: CallOptions<"createBomLine">): Promise<OperationResult<"createBomLine">>;
      /**
       * Gets a BomLine
       *
       * Reads one line of a BOM.
       *
       * `GET /v1/boms/{bom_id}/lines/{line_id}/` (`getBomLine`)
       */
      get(bomId: string, lineId: string, options?: CallOptions<"getBomLine">): Promise<OperationResult<"getBomLine">>;
      /**
       * Removes a Bomline from a Bom.
       *
       * Deletes one line from a BOM; the BOM's `line_count` drops by one. A line of an archived BOM can't be removed (400).
       *
       * `DELETE /v1/boms/{bom_id}/lines/{line_id}/` (`deleteBomLine`)
       */
      delete(bomId: string, lineId: string, options?: CallOptions<"deleteBomLine">): Promise<OperationResult<"deleteBomLine">>;
      /**
       * Updates a BomLine
       *
       * Changes one BOM line. Fields left out are kept; lists replace the old list; the quantity given replaces the old one (nothing is summed here). Setting `part` re-matches the line by hand. `status` follows from the new values. A line of an archived BOM can't be changed (400).
       *
       * `PATCH /v1/boms/{bom_id}/lines/{line_id}/` (`updateBomLine`)
       */
      update(bomId: string, lineId: string, body: OperationBody<"updateBomLine">, options?: CallOptions<"updateBomLine">): Promise<OperationResult<"updateBomLine">>;
      /**
       * Attempts to create a new Bomline using raw data and performs searches to convert into Cofactr Data. If a Bomline with the same part and refdes exists it will sum the quants instead of duplicating lines.
       *
       * Adds a line given as raw data to a BOM. Before answering, Cofactr searches its part data for the line's part. If the BOM already has a line with the part found and the same set of reference designators (order does not matter), no line is added and the quantity is added to that line. A line that matches no part is always added, with status `no_match`. Answers 201 with a new line, or 200 with the line the quantity was summed into. An archived BOM can't be changed (400).
       *
       * `POST /v1/boms/{bom_id}/lines/raw/` (`createBomLineFromRaw`)
       */
      createFromRaw(bomId: string, body: OperationBody<"createBomLineFromRaw">, options?: CallOptions<"createBomLineFromRaw">): Promise<OperationResult<"createBomLineFromRaw">>;
    };
  };
  readonly programs: {
    /**
     * Gets Programs
     *
     * Lists the programs the key can read, newest first, one page at a time.
     *
     * `GET /v1/programs/` (`listPrograms`)
     */
    list(options?: CallOptions<"listPrograms">): PagePromise<OperationResult<"listPrograms">>;
    /**
     * Creates a Program
     *
     * Creates a program with no lines, as `draft` unless `status` is given. Add what it builds with Create Programs Lines.
     *
     * `POST /v1/programs/` (`createProgram`)
     */
    create(body: OperationBody<"createProgram">, options?: CallOptions<"createProgram">): Promise<OperationResult<"createProgram">>;
    /**
     * Gets a Program
     *
     * Reads one program.
     *
     * `GET /v1/programs/{program_id}/` (`getProgram`)
     */
    get(programId: string, options?: CallOptions<"getProgram">): Promise<OperationResult<"getProgram">>;
    /**
     * Deletes a Program
     *
     * Deletes a program, whatever its status, with its lines and part overrides. The BOMs and parts it named are not touched.
     *
     * `DELETE /v1/programs/{program_id}/` (`deleteProgram`)
     */
    delete(programId: string, options?: CallOptions<"deleteProgram">): Promise<OperationResult<"deleteProgram">>;
    /**
     * Updates a Program
     *
     * Changes a program; fields left out are kept. `status` moves between `draft` and `approved` either way and from `approved` to `complete`. A complete program can't be changed, and other status moves are refused (both 400).
     *
     * `PATCH /v1/programs/{program_id}/` (`updateProgram`)
     */
    update(programId: string, body: OperationBody<"updateProgram">, options?: CallOptions<"updateProgram">): Promise<OperationResult<"updateProgram">>;
    readonly availabilities: {
      /**
       * Gets Program Availabilities
       *
       * Works out, while you wait, what the program needs part by part (its included lines, with BOM quantities multiplied out and part overrides applied; consigned parts left out) and what is available: the org's unallocated stock, the shortfall, and current supplier offers. Large programs can take long; Gets Program Availabilities Async does the same work in the background.
       *
       * `GET /v1/programs/{program_id}/availabilities/` (`getProgramAvailabilities`)
       */
      get(programId: string, options?: CallOptions<"getProgramAvailabilities">): Promise<OperationResult<"getProgramAvailabilities">>;
      /**
       * Gets Program Availabilities Async
       *
       * Starts working out the program's availabilities in the background and answers at once with the id of the async job. Read the job with Get Async Job Status until it ends; its result is the same object Gets Program Availabilities answers with.
       *
       * `GET /v1/programs/{program_id}/async_availabilities/` (`getProgramAvailabilitiesAsync`)
       */
      getAsync(programId: string, options?: CallOptions<"getProgramAvailabilitiesAsync">): Promise<OperationResult<"getProgramAvailabilitiesAsync">>;
    };
    readonly referencePricing: {
      /**
       * Gets Program Reference Pricing
       *
       * Prices what the program needs at market reference prices: for each part (included lines, part overrides applied, consigned parts left out), the median current supplier price at the quantity needed, times that quantity, and the total. A benchmark for quotes, not an offer. Parts without price data have null prices and are counted in `unpriced_part_count`.
       *
       * `GET /v1/programs/{program_id}/reference_pricing/` (`getProgramReferencePricing`)
       */
      get(programId: string, options?: CallOptions<"getProgramReferencePricing">): Promise<OperationResult<"getProgramReferencePricing">>;
    };
    readonly lines: {
      /**
       * Get Programs Lines
       *
       * Lists the lines of one program, included or not, oldest first, one page at a time.
       *
       * `GET /v1/programs/{program_id}/lines/` (`listProgramLines`)
       */
      list(programId: string, options?: CallOptions<"listProgramLines">): PagePromise<OperationResult<"listProgramLines">>;
      /**
       * Create Programs Lines
       *
       * Adds several lines to one program in one request. Each line names exactly one of a BOM (of the program's org, not archived) or a part. Either every line is created or none is: if any item fails validation the answer is 400 with one error object per item, and nothing changes. The same BOM or part may appear on several lines (e.g. with different need-by dates); nothing is summed. A complete program can't be changed (400). Answers with the new lines, in the order given.
       *
       * `POST /v1/programs/{program_id}/lines/` (`createProgramLines`)
       */
      createMany(programId: string, body: OperationBody<"createProgramLines">, options?: CallOptions<"createProgramLines">): Promise<OperationResult<"createProgramLines">>;
      /**
       * Get Programs Line
       *
       * Reads one line of a program.
       *
       * `GET /v1/programs/{program_id}/lines/{line_id}/` (`getProgramLine`)
       */
      get(programId: string, lineId: string, options?: CallOptions<"getProgramLine">): Promise<OperationResult<"getProgramLine">>;
      /**
       * Delete Programs Line
       *
       * Deletes one line from a program. To keep a line but stop it counting, set `included` to false instead. A line of a complete program can't be deleted (400).
       *
       * `DELETE /v1/programs/{program_id}/lines/{line_id}/` (`deleteProgramLine`)
       */
      delete(programId: string, lineId: string, options?: CallOptions<"deleteProgramLine">): Promise<OperationResult<"deleteProgramLine">>;
      /**
       * Update Programs Line
       *
       * Changes one program line: its quantity, whether it is included, its need-by date, notes, metadata or integration fields. Fields left out are kept. What the line builds can't change; delete it and create another. A line of a complete program can't be changed (400).
       *
       * `PATCH /v1/programs/{program_id}/lines/{line_id}/` (`updateProgramLine`)
       */
      update(programId: string, lineId: string, body: OperationBody<"updateProgramLine">, options?: CallOptions<"updateProgramLine">): Promise<OperationResult<"updateProgramLine">>;
    };
    readonly partOverrides: {
      /**
       * Get Program Part Overrides
       *
       * Lists the part overrides of one program, oldest first, one page at a time.
       *
       * `GET /v1/programs/{program_id}/part_overrides/` (`listProgramPartOverrides`)
       */
      list(programId: string, options?: CallOptions<"listProgramPartOverrides">): PagePromise<OperationResult<"listProgramPartOverrides">>;
      /**
       * Create Program Part Overrides
       *
       * Adds an override for one part the program needs: a fixed quantity, extra units, a substitute part, a consigned flag or a target price. A program has at most one override per part; a second one for the same part answers 400 (change the first instead). A complete program can't be changed (400).
       *
       * `POST /v1/programs/{program_id}/part_overrides/` (`createProgramPartOverride`)
       */
      create(programId: string, body: OperationBody<"createProgramPartOverride">, options?: CallOptions<"createProgramPartOverride">): Promise<OperationResult<"createProgramPartOverride">>;
      /**
       * Get Program Part Override
       *
       * Reads one part override of a program.
       *
       * `GET /v1/programs/{program_id}/part_overrides/{part_override_id}/` (`getProgramPartOverride`)
       */
      get(programId: string, partOverrideId: string, options?: CallOptions<"getProgramPartOverride">): Promise<OperationResult<"getProgramPartOverride">>;
      /**
       * Delete Program Part Override
       *
       * Deletes a part override; the program goes back to the quantity worked out from its lines for that part. An override of a complete program can't be deleted (400).
       *
       * `DELETE /v1/programs/{program_id}/part_overrides/{part_override_id}/` (`deleteProgramPartOverride`)
       */
      delete(programId: string, partOverrideId: string, options?: CallOptions<"deleteProgramPartOverride">): Promise<OperationResult<"deleteProgramPartOverride">>;
      /**
       * Update Program Part Override
       *
       * Changes a part override; fields left out are kept. The part it applies to can't change; delete the override and create another. An override of a complete program can't be changed (400).
       *
       * `PATCH /v1/programs/{program_id}/part_overrides/{part_override_id}/` (`updateProgramPartOverride`)
       */
      update(programId: string, partOverrideId: string, body: OperationBody<"updateProgramPartOverride">, options?: CallOptions<"updateProgramPartOverride">): Promise<OperationResult<"updateProgramPartOverride">>;
    };
  };
  readonly subOrgs: {
    /**
     * List Sub Orgs
     *
     * Lists the sub-orgs of the key's primary org, sandboxes included, oldest first, one page at a time. `org_id` narrows the list to that one sub-org.
     *
     * `GET /v1/sub_orgs/` (`listSubOrgs`)
     */
    list(options?: CallOptions<"listSubOrgs">): PagePromise<OperationResult<"listSubOrgs">>;
    /**
     * Create Sub Org
     *
     * Creates a sub-org under the key's primary org and answers it. Sub-orgs are one level deep: a request acting on a sub-org (through `x-org-id`) is refused with 403. A name already used by another sub-org is refused with 400. Sandboxes cannot be created here; Cofactr provisions them on request.
     *
     * `POST /v1/sub_orgs/` (`createSubOrg`)
     */
    create(body: OperationBody<"createSubOrg">, options?: CallOptions<"createSubOrg">): Promise<OperationResult<"createSubOrg">>;
    /**
     * Get Sub Org
     *
     * Reads one sub-org of the key's primary org, sandbox or not.
     *
     * `GET /v1/sub_orgs/{sub_org_id}/` (`getSubOrg`)
     */
    get(subOrgId: string, options?: CallOptions<"getSubOrg">): Promise<OperationResult<"getSubOrg">>;
    /**
     * Update Sub Org
     *
     * Changes the name or metadata of a sub-org; fields left out keep their value, and `metadata` is replaced as a whole when given. A name already used by another sub-org is refused with 400. Only the primary org manages sub-orgs: a request acting on a sub-org is refused with 403.
     *
     * `PATCH /v1/sub_orgs/{sub_org_id}/` (`updateSubOrg`)
     */
    update(subOrgId: string, body: OperationBody<"updateSubOrg">, options?: CallOptions<"updateSubOrg">): Promise<OperationResult<"updateSubOrg">>;
  };
  readonly org: {
    /**
     * Get Org
     *
     * Reads the org the request acts on: the key's primary org, or the sub-org named by `x-org-id` (or by `org_id`). Use it to check which org a key or header reaches.
     *
     * `GET /v1/org/` (`getOrg`)
     */
    get(options?: CallOptions<"getOrg">): Promise<OperationResult<"getOrg">>;
  };
  readonly users: {
    /**
     * Get Users
     *
     * Lists the users of the org the request acts on, with their role in it, ordered by email, one page at a time. Users whose access was removed are included with `is_active: false` unless `is_active=true`.
     *
     * `GET /v1/users/` (`listUsers`)
     */
    list(options?: CallOptions<"listUsers">): PagePromise<OperationResult<"listUsers">>;
    /**
     * Get User
     *
     * Reads one user of the org the request acts on, active or not, with their role in it.
     *
     * `GET /v1/users/{user_id}/` (`getUser`)
     */
    get(userId: string, options?: CallOptions<"getUser">): Promise<OperationResult<"getUser">>;
  };
  readonly reporting: {
    /**
     * Customer SQL Query
     *
     * Runs one read-only SQL query (PostgreSQL dialect) over the reporting views of the org the request acts on and answers its rows, at most 10,000 of them (`truncated` says when more were dropped). There is one view per record type, named like its path (`parts`, `stock_lots`, `suppliers`, …), with a column per field. Only records of that org are visible; name another org with `x-org-id`. Anything other than a single `SELECT` (inserts, updates, deletes, DDL, several statements), a syntax error, an unknown table or column, a missing parameter, or a query still running after 30 seconds is answered with 400 and a `detail` that says why. Nothing is ever changed.
     *
     * `POST /v1/reporting/sql/` (`runSqlQuery`)
     */
    query(body: OperationBody<"runSqlQuery">, options?: CallOptions<"runSqlQuery">): Promise<OperationResult<"runSqlQuery">>;
  };
  readonly outboundEmails: {
    /**
     * Create Outbound Email
     *
     * Records an email to be sent by the org's own mail system. It starts `pending`; Cofactr does not deliver it. Send it, then call Mark Outbound Email as Sent.
     *
     * `POST /v1/outbound_emails/` (`createOutboundEmail`)
     */
    create(body: OperationBody<"createOutboundEmail">, options?: CallOptions<"createOutboundEmail">): Promise<OperationResult<"createOutboundEmail">>;
    /**
     * Get Outbound Email
     *
     * Reads one outbound email, pending or sent.
     *
     * `GET /v1/outbound_emails/{outbound_email_id}/` (`getOutboundEmail`)
     */
    get(outboundEmailId: string, options?: CallOptions<"getOutboundEmail">): Promise<OperationResult<"getOutboundEmail">>;
    /**
     * Mark Outbound Email as Sent
     *
     * Records that the org's mail system sent a pending outbound email: its `status` becomes `sent` and `sent_at` and `provider_message_id` are set from the body (`sent_at` defaults to now). Marking an email that is already sent changes nothing and answers it as it is, so a retried request is safe.
     *
     * `POST /v1/outbound_emails/{outbound_email_id}/mark_sent/` (`markOutboundEmailSent`)
     */
    markSent(outboundEmailId: string, body?: OperationBody<"markOutboundEmailSent">, options?: CallOptions<"markOutboundEmailSent">): Promise<OperationResult<"markOutboundEmailSent">>;
  };
  readonly apiKey: {
    /**
     * Update API Key
     *
     * Rotates the API key the request is sent with: answers a new key, shown only in this answer, and the key that made the request stops working at once. Nothing else about the account changes. Store the new key before anything else; if the answer is lost, the old key is already revoked and a new one must be made in the Cofactr app. Requests sent with the old key afterwards fail with 401. The key belongs to the account, so `x-org-id` makes no difference.
     *
     * `POST /v1/api_key/rotate/` (`updateApiKey`)
     */
    rotate(options?: CallOptions<"updateApiKey">): Promise<OperationResult<"updateApiKey">>;
  };
  readonly asyncJobs: {
    /**
     * Get Async Job Status
     *
     * Reads the status of an async job started by Upsert BOM Async, Async Create Parts, Async Upsert Parts or Gets Program Availabilities Async, with its progress and, once it ended, its result or error. Poll it every few seconds until `status` is `succeeded` or `failed`; mind 429 and its `Retry-After`. A job is visible only to the org it was started for, and is kept for 30 days after it ends; after that the answer is 404.
     *
     * `GET /v1/async_jobs/{job_id}/` (`getAsyncJob`)
     */
    get(jobId: string, options?: CallOptions<"getAsyncJob">): Promise<OperationResult<"getAsyncJob">>;
  };
  readonly stockDocuments: {
    /**
     * List StockDocuments
     *
     * Lists the stock documents the key can read, newest first, one page at a time. Filter by `stock_lot` to get the documents of one lot, and by `document_type`. Each item describes a file; Download StockDocument gives its bytes.
     *
     * `GET /v1/stock_documents/` (`listStockDocuments`)
     */
    list(options?: CallOptions<"listStockDocuments">): PagePromise<OperationResult<"listStockDocuments">>;
    /**
     * Create StockDocument
     *
     * Uploads a file and keeps it with a stock lot, as `multipart/form-data`: the file goes in the `file` part, the other fields in form fields of their own. Files over 25 MiB, a missing `file` part, or a stock lot the key cannot see are refused with 400. Answers the new document's record; Download StockDocument gives the bytes back.
     *
     * `POST /v1/stock_documents/` (`createStockDocument`)
     */
    create(body: UploadBody<"createStockDocument", "file">, options?: CallOptions<"createStockDocument">): Promise<OperationResult<"createStockDocument">>;
    /**
     * Get StockDocument
     *
     * Reads the record of one stock document (its name, type, size and lot); not the file itself.
     *
     * `GET /v1/stock_documents/{stock_document_id}/` (`getStockDocument`)
     */
    get(stockDocumentId: string, options?: CallOptions<"getStockDocument">): Promise<OperationResult<"getStockDocument">>;
    /**
     * Download StockDocument
     *
     * Answers the bytes of a stock document's file, exactly as uploaded, as `application/octet-stream`. `Content-Disposition` carries the file's name; its original media type is `content_type` on the document's record. Errors still come as JSON.
     *
     * `GET /v1/stock_documents/{stock_document_id}/download/` (`downloadStockDocument`)
     */
    download(stockDocumentId: string, options?: CallOptions<"downloadStockDocument">): Promise<OperationResult<"downloadStockDocument">>;
  };
  readonly suppliers: {
    /**
     * Get Suppliers
     *
     * Lists the org's suppliers, ordered by name, one page at a time. `search` narrows the list to suppliers whose name contains it, ignoring case; use it to find a supplier before creating one.
     *
     * `GET /v1/suppliers/` (`listSuppliers`)
     */
    list(options?: CallOptions<"listSuppliers">): PagePromise<OperationResult<"listSuppliers">>;
    /**
     * Create Supplier
     *
     * Creates a supplier and answers it. A name the org already uses for another supplier (ignoring case) is refused with 400; look it up with Get Suppliers first, or update the existing one.
     *
     * `POST /v1/suppliers/` (`createSupplier`)
     */
    create(body: OperationBody<"createSupplier">, options?: CallOptions<"createSupplier">): Promise<OperationResult<"createSupplier">>;
    /**
     * Get Supplier
     *
     * Reads one supplier.
     *
     * `GET /v1/suppliers/{supplier_id}/` (`getSupplier`)
     */
    get(supplierId: string, options?: CallOptions<"getSupplier">): Promise<OperationResult<"getSupplier">>;
    /**
     * Update Supplier
     *
     * Changes a supplier; fields left out keep their value, null clears a nullable field, and `metadata` is replaced as a whole when given. Renaming it to a name another supplier of the org has (ignoring case) is refused with 400.
     *
     * `PATCH /v1/suppliers/{supplier_id}/` (`updateSupplier`)
     */
    update(supplierId: string, body: OperationBody<"updateSupplier">, options?: CallOptions<"updateSupplier">): Promise<OperationResult<"updateSupplier">>;
  };
  readonly parts: {
    /**
     * Async Create Parts
     *
     * Creates many parts in the background. The body is checked at once (shape, limits, duplicates among its items: 400); the answer is the id of the async job that creates the parts. Read it with Get Async Job Status: on success its result lists the new parts' ids in the order sent. Creation is all or nothing: if any item would duplicate a part the org already has (same `custom_id`, or same CPID), the job fails, names the item, and creates no part. Use Async Upsert Parts to create or update instead.
     *
     * `POST /v1/parts/create_async/` (`createPartsAsync`)
     */
    createAsync(body: OperationBody<"createPartsAsync">, options?: CallOptions<"createPartsAsync">): Promise<OperationResult<"createPartsAsync">>;
    /**
     * Async Upsert Parts
     *
     * Creates or updates many parts in the background. Each item updates the part it matches (same `integration_source_name` and `integration_record_id` when both are given, else same `custom_id` when given, else same CPID from `mpn` and `manufacturer_name`) and creates a part when it matches none. The body is checked at once (400); the answer is the id of the async job doing the work. Read it with Get Async Job Status: on success its result lists the parts' ids in the order sent, with counts of created and updated parts. All or nothing: if any item fails, the job fails, names the item, and changes no part. Sending the same body twice leaves the same parts.
     *
     * `POST /v1/parts/upsert_async/` (`upsertPartsAsync`)
     */
    upsertAsync(body: OperationBody<"upsertPartsAsync">, options?: CallOptions<"upsertPartsAsync">): Promise<OperationResult<"upsertPartsAsync">>;
    /**
     * Get Part
     *
     * Reads one of the org's parts, named either by its id (a UUID) or by its CPID (`/v1/parts/CCK7Q2M9XW4D/`).
     *
     * `GET /v1/parts/{part_id}/` (`getPart`)
     */
    get(partId: string, options?: CallOptions<"getPart">): Promise<OperationResult<"getPart">>;
    readonly stock: {
      /**
       * Upsert Part Stock
       *
       * Sets the stock of one part in one bin to exactly what the body lists, lot by lot. Each listed lot updates the quantity of the part's lot in that bin with the same date code and lot code, or creates it; lots of the part in that bin that the body leaves out are set to 0 (they are kept for their history and documents). Other bins are not touched. Quantities are counts, not changes, so sending the same body twice changes nothing the second time. Answers the part's stock in the bin with every lot.
       *
       * `PUT /v1/parts/{part_id}/stock/` (`upsertPartStock`)
       */
      upsert(partId: string, body: OperationBody<"upsertPartStock">, options?: CallOptions<"upsertPartStock">): Promise<OperationResult<"upsertPartStock">>;
    };
  };
  readonly purchaseOrders: {
    /**
     * Create Purchase Order
     *
     * Creates a purchase order with one supplier, without lines; add them with Create Purchase Line and Create NoPart Purchase Line. `po_number` must be unique in the org. Answers with the new order.
     *
     * `POST /v1/purchase_orders/` (`createPurchaseOrder`)
     */
    create(body: OperationBody<"createPurchaseOrder">, options?: CallOptions<"createPurchaseOrder">): Promise<OperationResult<"createPurchaseOrder">>;
    /**
     * Get Purchase Order
     *
     * Reads one purchase order with its totals. Its lines are read with Get Purchase Lines and Get NoPart Purchase Lines. With `blended`, an order of one of the org's sub-orgs is found too.
     *
     * `GET /v1/purchase_orders/{purchase_id}/` (`getPurchaseOrder`)
     */
    get(purchaseId: string, options?: CallOptions<"getPurchaseOrder">): Promise<OperationResult<"getPurchaseOrder">>;
    /**
     * Delete Purchase Order
     *
     * Deletes the purchase order with all of its lines (with and without a part) and the purchase events recorded against them. An order that a supplier bill names cannot be deleted: the answer is 400 and nothing changes; set its `status` to `canceled` instead.
     *
     * `DELETE /v1/purchase_orders/{purchase_id}/` (`deletePurchaseOrder`)
     */
    delete(purchaseId: string, options?: CallOptions<"deletePurchaseOrder">): Promise<OperationResult<"deletePurchaseOrder">>;
    /**
     * Update Purchase Order
     *
     * Changes the fields sent and leaves the others as they are. `tags` replaces the whole list; `custom_properties` changes only the keys sent. `supplier` can change only while the order is a `draft`. Answers with the whole order.
     *
     * `PATCH /v1/purchase_orders/{purchase_id}/` (`updatePurchaseOrder`)
     */
    update(purchaseId: string, body: OperationBody<"updatePurchaseOrder">, options?: CallOptions<"updatePurchaseOrder">): Promise<OperationResult<"updatePurchaseOrder">>;
    readonly lines: {
      /**
       * Get Purchase Lines
       *
       * Lists the lines with a part of one purchase order, oldest first, one page at a time. No-part lines (fees, services) are listed by Get NoPart Purchase Lines.
       *
       * `GET /v1/purchase_orders/{purchase_id}/lines/` (`listPurchaseLines`)
       */
      list(purchaseId: string, options?: CallOptions<"listPurchaseLines">): PagePromise<OperationResult<"listPurchaseLines">>;
      /**
       * Create Purchase Line
       *
       * Adds a line for a part to the purchase order. Each call adds a separate line, even for a part already on the order (for example with another delivery date). The order's totals follow. Answers with the new line.
       *
       * `POST /v1/purchase_orders/{purchase_id}/lines/` (`createPurchaseLine`)
       */
      create(purchaseId: string, body: OperationBody<"createPurchaseLine">, options?: CallOptions<"createPurchaseLine">): Promise<OperationResult<"createPurchaseLine">>;
      /**
       * Update Many Purchase Lines
       *
       * Updates several lines with a part of one purchase order in one request, each named by `id`. Either every change is applied or none is: if any item fails validation, names a line that is not on the order, or names a line already named, the answer is 400 and nothing changes. Answers with the changed lines, in the order given.
       *
       * `PATCH /v1/purchase_orders/{purchase_id}/lines/` (`updateManyPurchaseLines`)
       */
      updateMany(purchaseId: string, body: OperationBody<"updateManyPurchaseLines">, options?: CallOptions<"updateManyPurchaseLines">): Promise<OperationResult<"updateManyPurchaseLines">>;
      /**
       * Get Purchase Line
       *
       * Reads one line with a part of the purchase order. A line of another order answers 404.
       *
       * `GET /v1/purchase_orders/{purchase_id}/lines/{line_id}/` (`getPurchaseLine`)
       */
      get(purchaseId: string, lineId: string, options?: CallOptions<"getPurchaseLine">): Promise<OperationResult<"getPurchaseLine">>;
      /**
       * Delete Purchase Line
       *
       * Removes a line with a part from the purchase order; the order's totals follow. Purchase events recorded against this line alone are deleted with it; events that also name other lines keep those. A line that a supplier bill line refers to cannot be deleted: the answer is 400 and nothing changes.
       *
       * `DELETE /v1/purchase_orders/{purchase_id}/lines/{line_id}/` (`deletePurchaseLine`)
       */
      delete(purchaseId: string, lineId: string, options?: CallOptions<"deletePurchaseLine">): Promise<OperationResult<"deletePurchaseLine">>;
    };
    readonly noPartLines: {
      /**
       * Get NoPart Purchase Lines
       *
       * Lists the no-part lines (fees, services, anything without a part) of one purchase order, oldest first, one page at a time.
       *
       * `GET /v1/purchase_orders/{purchase_id}/no_part_lines/` (`listNoPartPurchaseLines`)
       */
      list(purchaseId: string, options?: CallOptions<"listNoPartPurchaseLines">): PagePromise<OperationResult<"listNoPartPurchaseLines">>;
      /**
       * Create NoPart Purchase Line
       *
       * Adds a no-part line (a fee, a service, anything without a part) to the purchase order. When `line_total` is left out it is `quant` × `unit_price`. The order's totals follow. Answers with the new line.
       *
       * `POST /v1/purchase_orders/{purchase_id}/no_part_lines/` (`createNoPartPurchaseLine`)
       */
      create(purchaseId: string, body: OperationBody<"createNoPartPurchaseLine">, options?: CallOptions<"createNoPartPurchaseLine">): Promise<OperationResult<"createNoPartPurchaseLine">>;
      /**
       * Update Many NoPart Purchase Lines
       *
       * Updates several no-part lines of one purchase order in one request. Either every change is applied or none is: if any item fails validation or names a line that is not on the order, the answer is 400 and nothing changes. Answers with the changed lines, in the order given.
       *
       * `PATCH /v1/purchase_orders/{purchase_id}/no_part_lines/` (`updateManyNoPartPurchaseLines`)
       */
      updateMany(purchaseId: string, body: OperationBody<"updateManyNoPartPurchaseLines">, options?: CallOptions<"updateManyNoPartPurchaseLines">): Promise<OperationResult<"updateManyNoPartPurchaseLines">>;
      /**
       * Delete NoPart Purchase Line
       *
       * Removes a no-part line from the purchase order; the order's totals follow. A line that a supplier bill line refers to cannot be deleted: the answer is 400 and nothing changes.
       *
       * `DELETE /v1/purchase_orders/{purchase_id}/no_part_lines/{line_id}/` (`deleteNoPartPurchaseLine`)
       */
      delete(purchaseId: string, lineId: string, options?: CallOptions<"deleteNoPartPurchaseLine">): Promise<OperationResult<"deleteNoPartPurchaseLine">>;
    };
  };
  readonly purchaseEvents: {
    /**
     * Create Purchase Event
     *
     * Records an event (shipped, received, invoiced, …) against one or more lines of one purchase order. All `purchase_lines` must belong to the same purchase order; the event is returned with the order it belongs to in `purchase`.
     *
     * `POST /v1/purchase_events/` (`createPurchaseEvent`)
     */
    create(body: OperationBody<"createPurchaseEvent">, options?: CallOptions<"createPurchaseEvent">): Promise<OperationResult<"createPurchaseEvent">>;
  };
  readonly supplierBills: {
    /**
     * Create Supplier Bill
     *
     * Records a bill (invoice) received from a supplier, without lines; add them with Create Supplier Bill Line. A `purchase_order`, when given, must be placed with the same supplier. A second bill with the same `bill_number` from the same supplier is rejected (400). Answers with the new bill.
     *
     * `POST /v1/supplier_bills/` (`createSupplierBill`)
     */
    create(body: OperationBody<"createSupplierBill">, options?: CallOptions<"createSupplierBill">): Promise<OperationResult<"createSupplierBill">>;
    /**
     * Update Supplier Bill
     *
     * Changes the fields sent and leaves the others as they are; set `status` to `paid` once the bill is paid or `void` to cancel it. `supplier` and `purchase_order` can change only while the bill has no lines. Answers with the whole bill.
     *
     * `PATCH /v1/supplier_bills/{supplier_bill_id}/` (`updateSupplierBill`)
     */
    update(supplierBillId: string, body: OperationBody<"updateSupplierBill">, options?: CallOptions<"updateSupplierBill">): Promise<OperationResult<"updateSupplierBill">>;
    readonly lines: {
      /**
       * Create Supplier Bill Line
       *
       * Adds a line to a supplier bill. The line bills one purchase line or one no-part line of the bill's purchase order, or, with neither, a charge that `description` names. The bill's totals follow. Answers with the new line.
       *
       * `POST /v1/supplier_bills/{supplier_bill_id}/lines/` (`createSupplierBillLine`)
       */
      create(supplierBillId: string, body: OperationBody<"createSupplierBillLine">, options?: CallOptions<"createSupplierBillLine">): Promise<OperationResult<"createSupplierBillLine">>;
      /**
       * Update Supplier Bill Line
       *
       * Changes the fields sent and leaves the others as they are; the rules of Create Supplier Bill Line apply to the result. The bill's totals follow. Answers with the whole line.
       *
       * `PATCH /v1/supplier_bills/{supplier_bill_id}/lines/{line_id}/` (`updateSupplierBillLine`)
       */
      update(supplierBillId: string, lineId: string, body: OperationBody<"updateSupplierBillLine">, options?: CallOptions<"updateSupplierBillLine">): Promise<OperationResult<"updateSupplierBillLine">>;
    };
  };
  readonly teams: {
    /**
     * Get Teams
     *
     * Lists the org's teams by name, one page at a time. Archived teams are left out unless `archived=true`; `team_type` keeps only teams of one type.
     *
     * `GET /v1/teams/` (`listTeams`)
     */
    list(options?: CallOptions<"listTeams">): PagePromise<OperationResult<"listTeams">>;
    /**
     * Create Team
     *
     * Creates a team of one of the org's team types. The name must be unique in the org. Answers with the new team, not archived.
     *
     * `POST /v1/teams/` (`createTeam`)
     */
    create(body: OperationBody<"createTeam">, options?: CallOptions<"createTeam">): Promise<OperationResult<"createTeam">>;
    /**
     * Get Team
     *
     * Reads one team, archived or not.
     *
     * `GET /v1/teams/{team_id}/` (`getTeam`)
     */
    get(teamId: string, options?: CallOptions<"getTeam">): Promise<OperationResult<"getTeam">>;
    /**
     * Delete Team
     *
     * Deletes a team that no record is assigned to. A team that records are still assigned to cannot be deleted: the answer is 400 and nothing changes; archive it instead (Archive Team).
     *
     * `DELETE /v1/teams/{team_id}/` (`deleteTeam`)
     */
    delete(teamId: string, options?: CallOptions<"deleteTeam">): Promise<OperationResult<"deleteTeam">>;
    /**
     * Update Team
     *
     * Changes the fields sent (name, type, metadata) and leaves the others as they are; archived teams can be changed too. Records assigned to the team stay assigned. Answers with the whole team.
     *
     * `PATCH /v1/teams/{team_id}/` (`updateTeam`)
     */
    update(teamId: string, body: OperationBody<"updateTeam">, options?: CallOptions<"updateTeam">): Promise<OperationResult<"updateTeam">>;
    /**
     * Archive Team
     *
     * Archives the team. Records assigned to it stay assigned and it can still be read, but Get Teams leaves it out by default and no more records can be assigned to it. Archiving an archived team changes nothing. Answers with the team.
     *
     * `POST /v1/teams/{team_id}/archive/` (`archiveTeam`)
     */
    archive(teamId: string, options?: CallOptions<"archiveTeam">): Promise<OperationResult<"archiveTeam">>;
    /**
     * Unarchive Team
     *
     * Makes an archived team active again: it is listed by Get Teams and records can be assigned to it. Unarchiving a team that is not archived changes nothing. Answers with the team.
     *
     * `POST /v1/teams/{team_id}/unarchive/` (`unarchiveTeam`)
     */
    unarchive(teamId: string, options?: CallOptions<"unarchiveTeam">): Promise<OperationResult<"unarchiveTeam">>;
  };
  readonly teamTypes: {
    /**
     * Get Team Types
     *
     * Lists the org's team types by name, one page at a time.
     *
     * `GET /v1/team_types/` (`listTeamTypes`)
     */
    list(options?: CallOptions<"listTeamTypes">): PagePromise<OperationResult<"listTeamTypes">>;
    /**
     * Create Team Type
     *
     * Creates a team type (such as Project, Business Unit or Customer). The name must be unique in the org. Answers with the new type.
     *
     * `POST /v1/team_types/` (`createTeamType`)
     */
    create(body: OperationBody<"createTeamType">, options?: CallOptions<"createTeamType">): Promise<OperationResult<"createTeamType">>;
    /**
     * Get Team Type
     *
     * Reads one team type.
     *
     * `GET /v1/team_types/{team_type_id}/` (`getTeamType`)
     */
    get(teamTypeId: string, options?: CallOptions<"getTeamType">): Promise<OperationResult<"getTeamType">>;
    /**
     * Delete Team Type
     *
     * Deletes a team type that no team has, archived teams included. A type still in use cannot be deleted: the answer is 400 and nothing changes; move its teams to another type first.
     *
     * `DELETE /v1/team_types/{team_type_id}/` (`deleteTeamType`)
     */
    delete(teamTypeId: string, options?: CallOptions<"deleteTeamType">): Promise<OperationResult<"deleteTeamType">>;
    /**
     * Update Team Type
     *
     * Renames the team type; its teams keep it. The new name must be unique in the org. Answers with the whole type.
     *
     * `PATCH /v1/team_types/{team_type_id}/` (`updateTeamType`)
     */
    update(teamTypeId: string, body: OperationBody<"updateTeamType">, options?: CallOptions<"updateTeamType">): Promise<OperationResult<"updateTeamType">>;
  };
  readonly customProperties: {
    /**
     * Get Custom Properties
     *
     * Lists the org's custom properties, oldest first, one page at a time. `record_type` keeps the properties of one kind of record; archived properties are left out unless `archived=true`.
     *
     * `GET /v1/custom_properties/` (`listCustomProperties`)
     */
    list(options?: CallOptions<"listCustomProperties">): PagePromise<OperationResult<"listCustomProperties">>;
    /**
     * Create Custom Property
     *
     * Adds a custom property to one kind of record. `key` must be unique among the properties of that record type; `key`, `record_type` and `data_type` cannot change later. A `select` property needs at least one option. Answers with the new property.
     *
     * `POST /v1/custom_properties/` (`createCustomProperty`)
     */
    create(body: OperationBody<"createCustomProperty">, options?: CallOptions<"createCustomProperty">): Promise<OperationResult<"createCustomProperty">>;
    /**
     * Get Custom Property
     *
     * Reads one custom property, archived or not.
     *
     * `GET /v1/custom_properties/{custom_property_id}/` (`getCustomProperty`)
     */
    get(customPropertyId: string, options?: CallOptions<"getCustomProperty">): Promise<OperationResult<"getCustomProperty">>;
    /**
     * Update Custom Property
     *
     * Changes the fields sent (name, options, description, archived) and leaves the others as they are. `options` replaces the whole list; values already set on records are kept. Setting `archived` to true hides the property and stops new values; there is no delete. Answers with the whole property.
     *
     * `PATCH /v1/custom_properties/{custom_property_id}/` (`updateCustomProperty`)
     */
    update(customPropertyId: string, body: OperationBody<"updateCustomProperty">, options?: CallOptions<"updateCustomProperty">): Promise<OperationResult<"updateCustomProperty">>;
  };
  readonly stockLots: {
    /**
     * Updates a StockLot
     *
     * Changes one stock lot: its bin (to record a move), its quantity (a new count, not a change), its date code, lot code or metadata. Fields left out keep their value; `metadata` is replaced as a whole when given. A change that would make the lot share its part, bin, date code and lot code with another lot is refused with 400; to merge two lots, set the stock of the bin with Upsert Part Stock instead.
     *
     * `PATCH /v1/stock_lots/{stock_lot_id}/` (`updateStockLot`)
     */
    update(stockLotId: string, body: OperationBody<"updateStockLot">, options?: CallOptions<"updateStockLot">): Promise<OperationResult<"updateStockLot">>;
  };
  readonly tags: {
    /**
     * Get tags
     *
     * Lists the org's tags by name, one page at a time.
     *
     * `GET /v1/tags/` (`listTags`)
     */
    list(options?: CallOptions<"listTags">): PagePromise<OperationResult<"listTags">>;
    /**
     * Create tag
     *
     * Creates a tag. Its name must be unique in the org, ignoring case (`ncnr` clashes with `NCNR`). Answers with the new tag.
     *
     * `POST /v1/tags/` (`createTag`)
     */
    create(body: OperationBody<"createTag">, options?: CallOptions<"createTag">): Promise<OperationResult<"createTag">>;
    /**
     * Get tag
     *
     * Reads one tag.
     *
     * `GET /v1/tags/{tag_id}/` (`getTag`)
     */
    get(tagId: string, options?: CallOptions<"getTag">): Promise<OperationResult<"getTag">>;
    /**
     * Update tag
     *
     * Changes the fields sent and leaves the others as they are. The tag stays on the records that have it, so a rename shows everywhere. Answers with the whole tag.
     *
     * `PATCH /v1/tags/{tag_id}/` (`updateTag`)
     */
    update(tagId: string, body: OperationBody<"updateTag">, options?: CallOptions<"updateTag">): Promise<OperationResult<"updateTag">>;
  };
  readonly rfqs: {
    /**
     * Create Rfq
     *
     * Creates a request for quote, `draft` unless `status` says otherwise, without lines; add the parts with Create RfqLine. Answers with the new RFQ.
     *
     * `POST /v1/rfqs/` (`createRfq`)
     */
    create(body: OperationBody<"createRfq">, options?: CallOptions<"createRfq">): Promise<OperationResult<"createRfq">>;
    /**
     * Update Rfq
     *
     * Changes the fields sent and leaves the others as they are; `suppliers` replaces the whole list. `status` moves from `draft` to `sent` to `closed`, and a closed RFQ can be reopened as `sent`; going back to `draft` is rejected (400). Answers with the whole RFQ.
     *
     * `PATCH /v1/rfqs/{rfq_id}/` (`updateRfq`)
     */
    update(rfqId: string, body: OperationBody<"updateRfq">, options?: CallOptions<"updateRfq">): Promise<OperationResult<"updateRfq">>;
    readonly lines: {
      /**
       * Create RfqLine
       *
       * Adds a part and quantity to an RFQ that is not `closed`. A part is on an RFQ at most once: a line for a part already there is rejected (400); change that line's `quant` instead. Answers with the new line.
       *
       * `POST /v1/rfqs/{rfq_id}/lines/` (`createRfqLine`)
       */
      create(rfqId: string, body: OperationBody<"createRfqLine">, options?: CallOptions<"createRfqLine">): Promise<OperationResult<"createRfqLine">>;
      /**
       * Update RfqLine
       *
       * Changes the fields sent of a line of an RFQ that is not `closed` and leaves the others as they are. The part cannot change. Answers with the whole line.
       *
       * `PATCH /v1/rfqs/{rfq_id}/lines/{line_id}/` (`updateRfqLine`)
       */
      update(rfqId: string, lineId: string, body: OperationBody<"updateRfqLine">, options?: CallOptions<"updateRfqLine">): Promise<OperationResult<"updateRfqLine">>;
    };
  };
  readonly supplierQuotes: {
    /**
     * Create Supplier Quote
     *
     * Records a supplier's price offer, usually the answer to an RFQ (`rfq`), without lines; add the prices with Create Supplier Quote Line. Answers with the new quote.
     *
     * `POST /v1/supplier_quotes/` (`createSupplierQuote`)
     */
    create(body: OperationBody<"createSupplierQuote">, options?: CallOptions<"createSupplierQuote">): Promise<OperationResult<"createSupplierQuote">>;
    /**
     * Update Supplier Quote
     *
     * Changes the fields sent and leaves the others as they are. `supplier` and `rfq` can change only while the quote has no lines. Answers with the whole quote.
     *
     * `PATCH /v1/supplier_quotes/{supplier_quote_id}/` (`updateSupplierQuote`)
     */
    update(supplierQuoteId: string, body: OperationBody<"updateSupplierQuote">, options?: CallOptions<"updateSupplierQuote">): Promise<OperationResult<"updateSupplierQuote">>;
    readonly lines: {
      /**
       * Create Supplier Quote Line
       *
       * Adds one price (a part at a quantity) to a supplier quote. Give `part`, `rfq_line`, or both; with only `rfq_line` the RFQ line's part is used, and a different `part` records an alternate. `rfq_line` must be a line of the quote's RFQ. Price breaks are several lines for one part. Answers with the new line.
       *
       * `POST /v1/supplier_quotes/{supplier_quote_id}/lines/` (`createSupplierQuoteLine`)
       */
      create(supplierQuoteId: string, body: OperationBody<"createSupplierQuoteLine">, options?: CallOptions<"createSupplierQuoteLine">): Promise<OperationResult<"createSupplierQuoteLine">>;
      /**
       * Update Supplier Quote Line
       *
       * Changes the fields sent and leaves the others as they are; the rules of Create Supplier Quote Line apply to the result. Answers with the whole line.
       *
       * `PATCH /v1/supplier_quotes/{supplier_quote_id}/lines/{line_id}/` (`updateSupplierQuoteLine`)
       */
      update(supplierQuoteId: string, lineId: string, body: OperationBody<"updateSupplierQuoteLine">, options?: CallOptions<"updateSupplierQuoteLine">): Promise<OperationResult<"updateSupplierQuoteLine">>;
    };
  };
}

/** Builds the facade over one caller. */
export function createResources(caller: Caller): Resources {
  return {
    boms: {
      list: (options) => caller.page(operations.listBoms, {}, options) as never,
      create: (body, options) => caller.call(operations.createBom, {}, body, options) as never,
      createFromRaw: (body, options) => caller.call(operations.createBomFromRaw, {}, body, options) as never,
      get: (bomId, options) => caller.call(operations.getBom, { bom_id: bomId }, undefined, options) as never,
      delete: (bomId, options) => caller.call(operations.deleteBom, { bom_id: bomId }, undefined, options) as never,
      update: (bomId, body, options) => caller.call(operations.updateBom, { bom_id: bomId }, body, options) as never,
      upsertAsync: (body, options) => caller.call(operations.upsertBomAsync, {}, body, options) as never,
      approve: (bomId, options) => caller.call(operations.approveBom, { bom_id: bomId }, undefined, options) as never,
      lines: {
        list: (bomId, options) => caller.page(operations.listBomLines, { bom_id: bomId }, options) as never,
        create: (bomId, body, options) => caller.call(operations.createBomLine, { bom_id: bomId }, body, options) as never,
        get: (bomId, lineId, options) => caller.call(operations.getBomLine, { bom_id: bomId, line_id: lineId }, undefined, options) as never,
        delete: (bomId, lineId, options) => caller.call(operations.deleteBomLine, { bom_id: bomId, line_id: lineId }, undefined, options) as never,
        update: (bomId, lineId, body, options) => caller.call(operations.updateBomLine, { bom_id: bomId, line_id: lineId }, body, options) as never,
        createFromRaw: (bomId, body, options) => caller.call(operations.createBomLineFromRaw, { bom_id: bomId }, body, options) as never,
      },
    },
    programs: {
      list: (options) => caller.page(operations.listPrograms, {}, options) as never,
      create: (body, options) => caller.call(operations.createProgram, {}, body, options) as never,
      get: (programId, options) => caller.call(operations.getProgram, { program_id: programId }, undefined, options) as never,
      delete: (programId, options) => caller.call(operations.deleteProgram, { program_id: programId }, undefined, options) as never,
      update: (programId, body, options) => caller.call(operations.updateProgram, { program_id: programId }, body, options) as never,
      availabilities: {
        get: (programId, options) => caller.call(operations.getProgramAvailabilities, { program_id: programId }, undefined, options) as never,
        getAsync: (programId, options) => caller.call(operations.getProgramAvailabilitiesAsync, { program_id: programId }, undefined, options) as never,
      },
      referencePricing: {
        get: (programId, options) => caller.call(operations.getProgramReferencePricing, { program_id: programId }, undefined, options) as never,
      },
      lines: {
        list: (programId, options) => caller.page(operations.listProgramLines, { program_id: programId }, options) as never,
        createMany: (programId, body, options) => caller.call(operations.createProgramLines, { program_id: programId }, body, options) as never,
        get: (programId, lineId, options) => caller.call(operations.getProgramLine, { program_id: programId, line_id: lineId }, undefined, options) as never,
        delete: (programId, lineId, options) => caller.call(operations.deleteProgramLine, { program_id: programId, line_id: lineId }, undefined, options) as never,
        update: (programId, lineId, body, options) => caller.call(operations.updateProgramLine, { program_id: programId, line_id: lineId }, body, options) as never,
      },
      partOverrides: {
        list: (programId, options) => caller.page(operations.listProgramPartOverrides, { program_id: programId }, options) as never,
        create: (programId, body, options) => caller.call(operations.createProgramPartOverride, { program_id: programId }, body, options) as never,
        get: (programId, partOverrideId, options) => caller.call(operations.getProgramPartOverride, { program_id: programId, part_override_id: partOverrideId }, undefined, options) as never,
        delete: (programId, partOverrideId, options) => caller.call(operations.deleteProgramPartOverride, { program_id: programId, part_override_id: partOverrideId }, undefined, options) as never,
        update: (programId, partOverrideId, body, options) => caller.call(operations.updateProgramPartOverride, { program_id: programId, part_override_id: partOverrideId }, body, options) as never,
      },
    },
    subOrgs: {
      list: (options) => caller.page(operations.listSubOrgs, {}, options) as never,
      create: (body, options) => caller.call(operations.createSubOrg, {}, body, options) as never,
      get: (subOrgId, options) => caller.call(operations.getSubOrg, { sub_org_id: subOrgId }, undefined, options) as never,
      update: (subOrgId, body, options) => caller.call(operations.updateSubOrg, { sub_org_id: subOrgId }, body, options) as never,
    },
    org: {
      get: (options) => caller.call(operations.getOrg, {}, undefined, options) as never,
    },
    users: {
      list: (options) => caller.page(operations.listUsers, {}, options) as never,
      get: (userId, options) => caller.call(operations.getUser, { user_id: userId }, undefined, options) as never,
    },
    reporting: {
      query: (body, options) => caller.call(operations.runSqlQuery, {}, body, options) as never,
    },
    outboundEmails: {
      create: (body, options) => caller.call(operations.createOutboundEmail, {}, body, options) as never,
      get: (outboundEmailId, options) => caller.call(operations.getOutboundEmail, { outbound_email_id: outboundEmailId }, undefined, options) as never,
      markSent: (outboundEmailId, body, options) => caller.call(operations.markOutboundEmailSent, { outbound_email_id: outboundEmailId }, body, options) as never,
    },
    apiKey: {
      rotate: (options) => caller.call(operations.updateApiKey, {}, undefined, options) as never,
    },
    asyncJobs: {
      get: (jobId, options) => caller.call(operations.getAsyncJob, { job_id: jobId }, undefined, options) as never,
    },
    stockDocuments: {
      list: (options) => caller.page(operations.listStockDocuments, {}, options) as never,
      create: (body, options) => caller.call(operations.createStockDocument, {}, body, options) as never,
      get: (stockDocumentId, options) => caller.call(operations.getStockDocument, { stock_document_id: stockDocumentId }, undefined, options) as never,
      download: (stockDocumentId, options) => caller.call(operations.downloadStockDocument, { stock_document_id: stockDocumentId }, undefined, options) as never,
    },
    suppliers: {
      list: (options) => caller.page(operations.listSuppliers, {}, options) as never,
      create: (body, options) => caller.call(operations.createSupplier, {}, body, options) as never,
      get: (supplierId, options) => caller.call(operations.getSupplier, { supplier_id: supplierId }, undefined, options) as never,
      update: (supplierId, body, options) => caller.call(operations.updateSupplier, { supplier_id: supplierId }, body, options) as never,
    },
    parts: {
      createAsync: (body, options) => caller.call(operations.createPartsAsync, {}, body, options) as never,
      upsertAsync: (body, options) => caller.call(operations.upsertPartsAsync, {}, body, options) as never,
      get: (partId, options) => caller.call(operations.getPart, { part_id: partId }, undefined, options) as never,
      stock: {
        upsert: (partId, body, options) => caller.call(operations.upsertPartStock, { part_id: partId }, body, options) as never,
      },
    },
    purchaseOrders: {
      create: (body, options) => caller.call(operations.createPurchaseOrder, {}, body, options) as never,
      get: (purchaseId, options) => caller.call(operations.getPurchaseOrder, { purchase_id: purchaseId }, undefined, options) as never,
      delete: (purchaseId, options) => caller.call(operations.deletePurchaseOrder, { purchase_id: purchaseId }, undefined, options) as never,
      update: (purchaseId, body, options) => caller.call(operations.updatePurchaseOrder, { purchase_id: purchaseId }, body, options) as never,
      lines: {
        list: (purchaseId, options) => caller.page(operations.listPurchaseLines, { purchase_id: purchaseId }, options) as never,
        create: (purchaseId, body, options) => caller.call(operations.createPurchaseLine, { purchase_id: purchaseId }, body, options) as never,
        updateMany: (purchaseId, body, options) => caller.call(operations.updateManyPurchaseLines, { purchase_id: purchaseId }, body, options) as never,
        get: (purchaseId, lineId, options) => caller.call(operations.getPurchaseLine, { purchase_id: purchaseId, line_id: lineId }, undefined, options) as never,
        delete: (purchaseId, lineId, options) => caller.call(operations.deletePurchaseLine, { purchase_id: purchaseId, line_id: lineId }, undefined, options) as never,
      },
      noPartLines: {
        list: (purchaseId, options) => caller.page(operations.listNoPartPurchaseLines, { purchase_id: purchaseId }, options) as never,
        create: (purchaseId, body, options) => caller.call(operations.createNoPartPurchaseLine, { purchase_id: purchaseId }, body, options) as never,
        updateMany: (purchaseId, body, options) => caller.call(operations.updateManyNoPartPurchaseLines, { purchase_id: purchaseId }, body, options) as never,
        delete: (purchaseId, lineId, options) => caller.call(operations.deleteNoPartPurchaseLine, { purchase_id: purchaseId, line_id: lineId }, undefined, options) as never,
      },
    },
    purchaseEvents: {
      create: (body, options) => caller.call(operations.createPurchaseEvent, {}, body, options) as never,
    },
    supplierBills: {
      create: (body, options) => caller.call(operations.createSupplierBill, {}, body, options) as never,
      update: (supplierBillId, body, options) => caller.call(operations.updateSupplierBill, { supplier_bill_id: supplierBillId }, body, options) as never,
      lines: {
        create: (supplierBillId, body, options) => caller.call(operations.createSupplierBillLine, { supplier_bill_id: supplierBillId }, body, options) as never,
        update: (supplierBillId, lineId, body, options) => caller.call(operations.updateSupplierBillLine, { supplier_bill_id: supplierBillId, line_id: lineId }, body, options) as never,
      },
    },
    teams: {
      list: (options) => caller.page(operations.listTeams, {}, options) as never,
      create: (body, options) => caller.call(operations.createTeam, {}, body, options) as never,
      get: (teamId, options) => caller.call(operations.getTeam, { team_id: teamId }, undefined, options) as never,
      delete: (teamId, options) => caller.call(operations.deleteTeam, { team_id: teamId }, undefined, options) as never,
      update: (teamId, body, options) => caller.call(operations.updateTeam, { team_id: teamId }, body, options) as never,
      archive: (teamId, options) => caller.call(operations.archiveTeam, { team_id: teamId }, undefined, options) as never,
      unarchive: (teamId, options) => caller.call(operations.unarchiveTeam, { team_id: teamId }, undefined, options) as never,
    },
    teamTypes: {
      list: (options) => caller.page(operations.listTeamTypes, {}, options) as never,
      create: (body, options) => caller.call(operations.createTeamType, {}, body, options) as never,
      get: (teamTypeId, options) => caller.call(operations.getTeamType, { team_type_id: teamTypeId }, undefined, options) as never,
      delete: (teamTypeId, options) => caller.call(operations.deleteTeamType, { team_type_id: teamTypeId }, undefined, options) as never,
      update: (teamTypeId, body, options) => caller.call(operations.updateTeamType, { team_type_id: teamTypeId }, body, options) as never,
    },
    customProperties: {
      list: (options) => caller.page(operations.listCustomProperties, {}, options) as never,
      create: (body, options) => caller.call(operations.createCustomProperty, {}, body, options) as never,
      get: (customPropertyId, options) => caller.call(operations.getCustomProperty, { custom_property_id: customPropertyId }, undefined, options) as never,
      update: (customPropertyId, body, options) => caller.call(operations.updateCustomProperty, { custom_property_id: customPropertyId }, body, options) as never,
    },
    stockLots: {
      update: (stockLotId, body, options) => caller.call(operations.updateStockLot, { stock_lot_id: stockLotId }, body, options) as never,
    },
    tags: {
      list: (options) => caller.page(operations.listTags, {}, options) as never,
      create: (body, options) => caller.call(operations.createTag, {}, body, options) as never,
      get: (tagId, options) => caller.call(operations.getTag, { tag_id: tagId }, undefined, options) as never,
      update: (tagId, body, options) => caller.call(operations.updateTag, { tag_id: tagId }, body, options) as never,
    },
    rfqs: {
      create: (body, options) => caller.call(operations.createRfq, {}, body, options) as never,
      update: (rfqId, body, options) => caller.call(operations.updateRfq, { rfq_id: rfqId }, body, options) as never,
      lines: {
        create: (rfqId, body, options) => caller.call(operations.createRfqLine, { rfq_id: rfqId }, body, options) as never,
        update: (rfqId, lineId, body, options) => caller.call(operations.updateRfqLine, { rfq_id: rfqId, line_id: lineId }, body, options) as never,
      },
    },
    supplierQuotes: {
      create: (body, options) => caller.call(operations.createSupplierQuote, {}, body, options) as never,
      update: (supplierQuoteId, body, options) => caller.call(operations.updateSupplierQuote, { supplier_quote_id: supplierQuoteId }, body, options) as never,
      lines: {
        create: (supplierQuoteId, body, options) => caller.call(operations.createSupplierQuoteLine, { supplier_quote_id: supplierQuoteId }, body, options) as never,
        update: (supplierQuoteId, lineId, body, options) => caller.call(operations.updateSupplierQuoteLine, { supplier_quote_id: supplierQuoteId, line_id: lineId }, body, options) as never,
      },
    },
  };
}
