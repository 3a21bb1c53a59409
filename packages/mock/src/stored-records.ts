/**
 * Records as the mock stores them: the API's own shapes, minus the fields the API works out from
 * other records (counts, totals, statuses). Those are computed whenever a record is answered (see
 * `records/`), so they can never disagree with the records they are computed from.
 */
import type { components, Metadata } from "@cofactr/platform-types";

type Schemas = components["schemas"];

/** An org: the account's primary org (`parent` null) or one of its sub-orgs. */
export interface StoredOrg {
  id: string;
  name: string;
  parent: string | null;
  sandbox: boolean;
  metadata: Metadata;
  created_at: string;
  updated_at: string;
}

/** An API key and the primary org of the account it belongs to. */
export interface StoredApiKey {
  key: string;
  org: string;
  created_at: string;
}

/** A BOM without `line_count`. */
export type StoredBom = Omit<Schemas["Bom"], "line_count">;
/** A BOM line without `status`. */
export type StoredBomLine = Omit<Schemas["BomLine"], "status">;
/** A program without `line_count`. */
export type StoredProgram = Omit<Schemas["Program"], "line_count">;
/** A purchase order without its totals and line counts. */
export type StoredPurchaseOrder = Omit<
  Schemas["PurchaseOrder"],
  "subtotal" | "total" | "line_count" | "no_part_line_count"
>;
/** A purchase line without `line_total` and `quant_received`. */
export type StoredPurchaseLine = Omit<Schemas["PurchaseLine"], "line_total" | "quant_received">;
/** A supplier bill without its totals and line count. */
export type StoredSupplierBill = Omit<Schemas["SupplierBill"], "lines_total" | "total" | "line_count">;
/** A team type without `team_count`. */
export type StoredTeamType = Omit<Schemas["TeamType"], "team_count">;
/** An RFQ without `line_count`. */
export type StoredRfq = Omit<Schemas["Rfq"], "line_count">;
/** A supplier quote without `line_count`. */
export type StoredSupplierQuote = Omit<Schemas["SupplierQuote"], "line_count">;

/** A stock document's record with the file's bytes, which Download StockDocument answers. */
export interface StoredStockDocument extends Omit<Schemas["StockDocument"], never> {
  bytes: Uint8Array;
}

/** What an async job does when it runs: its kind and the request that started it. */
export type JobWork =
  | { kind: "upsert_bom"; body: Schemas["BomUpsert"] }
  | { kind: "create_parts"; body: Schemas["PartsCreateAsync"] }
  | { kind: "upsert_parts"; body: Schemas["PartsUpsertAsync"] }
  | { kind: "program_availabilities"; program: string };

/** An async job, with how often it was read (which moves it on) and the work it does. */
export interface StoredJob extends Omit<Schemas["AsyncJob"], never> {
  org: string;
  reads: number;
  work: JobWork;
}
