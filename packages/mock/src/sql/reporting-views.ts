/**
 * The reporting views Customer SQL Query runs over: one per record type, named like its path
 * (`parts`, `stock_lots`, `purchase_orders`, …), with a column per field of the record as the API
 * answers it (computed fields included). Columns and their PostgreSQL types come from the spec's
 * schema of the record, so the views follow the spec as it changes.
 */
import type { MockState } from "../mock-state.js";
import { presentBom, presentBomLine } from "../records/boms.js";
import { presentRfq, presentSupplierQuote, presentTeamType } from "../records/counted-records.js";
import { presentProgram } from "../records/programs.js";
import { presentPurchaseLine, presentPurchaseOrder } from "../records/purchase-orders.js";
import { presentStockDocument } from "../records/stock-documents.js";
import { presentSupplierBill } from "../records/supplier-bills.js";
import { resolveReference, type SchemaObject, specDocument } from "../spec-document.js";

/** A PostgreSQL type name, as `SqlQueryColumn.type` reports it. */
export type ColumnType =
  | "uuid"
  | "text"
  | "integer"
  | "numeric"
  | "boolean"
  | "date"
  | "timestamp with time zone"
  | "jsonb";

/** One column of a reporting view. */
export interface ViewColumn {
  name: string;
  type: ColumnType;
}

/** One reporting view: a table of records of one type, as one org sees them. */
export interface ReportingView {
  name: string;
  columns: ViewColumn[];
  /** The rows `org` may see, as the API answers the records. */
  rows(state: MockState, org: string): object[];
}

function columnType(schema: SchemaObject): ColumnType {
  if (schema.$ref?.endsWith("/DecimalString")) return "numeric";
  if (schema.anyOf?.some((branch) => branch.$ref?.endsWith("/DecimalString"))) return "numeric";
  const resolved = resolveReference(schema);
  const types = (Array.isArray(resolved.type) ? resolved.type : [resolved.type]).filter((type) => type !== "null");
  if (types.includes("integer")) return "integer";
  if (types.includes("number")) return "numeric";
  if (types.includes("boolean")) return "boolean";
  if (types.includes("array") || types.includes("object") || resolved.properties) return "jsonb";
  if (resolved.format === "uuid") return "uuid";
  if (resolved.format === "date") return "date";
  if (resolved.format === "date-time") return "timestamp with time zone";
  return "text";
}

/** The fields of a component schema, in order, through `allOf` and `$ref`. */
function schemaColumns(schemaName: string): ViewColumn[] {
  const columns = new Map<string, ColumnType>();
  const visit = (schema: SchemaObject) => {
    const resolved = resolveReference(schema);
    for (const part of resolved.allOf ?? []) visit(part);
    for (const [name, property] of Object.entries(resolved.properties ?? {})) columns.set(name, columnType(property));
  };
  visit(specDocument.components.schemas[schemaName] as SchemaObject);
  // The record's own fields first (as in its GET answer), the integration-sync fields last.
  const sync = [
    "synced_from_integration",
    "integration_source_name",
    "integration_record_id",
    "synced_from_integration_at",
  ];
  const ordered = [...columns.keys()].sort((a, b) => Number(sync.includes(a)) - Number(sync.includes(b)));
  return ordered.map((name) => ({ name, type: columns.get(name) as ColumnType }));
}

function view(name: string, schemaName: string, rows: ReportingView["rows"]): ReportingView {
  return { name, columns: schemaColumns(schemaName), rows };
}

function ownedBy<T extends { org: string }>(records: T[], org: string): T[] {
  return records.filter((record) => record.org === org);
}

/** Every reporting view, named like the record's path. */
export const REPORTING_VIEWS: ReadonlyArray<ReportingView> = [
  view("parts", "Part", (state, org) => ownedBy(state.parts.values(), org)),
  view("suppliers", "Supplier", (state, org) => ownedBy(state.suppliers.values(), org)),
  view("stock_lots", "StockLot", (state, org) => ownedBy(state.stockLots.values(), org)),
  view("stock_documents", "StockDocument", (state, org) =>
    ownedBy(state.stockDocuments.values(), org).map(presentStockDocument),
  ),
  view("boms", "Bom", (state, org) => ownedBy(state.boms.values(), org).map((bom) => presentBom(state, bom))),
  view("bom_lines", "BomLine", (state, org) =>
    state.bomLines.filter((line) => state.boms.get(line.bom)?.org === org).map((line) => presentBomLine(state, line)),
  ),
  view("programs", "Program", (state, org) =>
    ownedBy(state.programs.values(), org).map((program) => presentProgram(state, program)),
  ),
  view("program_lines", "ProgramLine", (state, org) =>
    state.programLines.filter((line) => state.programs.get(line.program)?.org === org),
  ),
  view("program_part_overrides", "ProgramPartOverride", (state, org) =>
    state.programPartOverrides.filter((override) => state.programs.get(override.program)?.org === org),
  ),
  view("purchase_orders", "PurchaseOrder", (state, org) =>
    ownedBy(state.purchaseOrders.values(), org).map((order) => presentPurchaseOrder(state, order)),
  ),
  view("purchase_lines", "PurchaseLine", (state, org) =>
    state.purchaseLines
      .filter((line) => state.purchaseOrders.get(line.purchase_order_id)?.org === org)
      .map((line) => presentPurchaseLine(state, line)),
  ),
  view("no_part_purchase_lines", "NoPartPurchaseLine", (state, org) =>
    state.noPartLines.filter((line) => state.purchaseOrders.get(line.purchase_order_id)?.org === org),
  ),
  view("purchase_events", "PurchaseEvent", (state, org) => state.purchaseEvents.filter((event) => event.org === org)),
  view("supplier_bills", "SupplierBill", (state, org) =>
    ownedBy(state.supplierBills.values(), org).map((bill) => presentSupplierBill(state, bill)),
  ),
  view("supplier_bill_lines", "SupplierBillLine", (state, org) =>
    state.supplierBillLines.filter((line) => state.supplierBills.get(line.supplier_bill)?.org === org),
  ),
  view("rfqs", "Rfq", (state, org) => ownedBy(state.rfqs.values(), org).map((rfq) => presentRfq(state, rfq))),
  view("rfq_lines", "RfqLine", (state, org) => state.rfqLines.filter((line) => state.rfqs.get(line.rfq)?.org === org)),
  view("supplier_quotes", "SupplierQuote", (state, org) =>
    ownedBy(state.supplierQuotes.values(), org).map((quote) => presentSupplierQuote(state, quote)),
  ),
  view("supplier_quote_lines", "SupplierQuoteLine", (state, org) =>
    state.supplierQuoteLines.filter((line) => state.supplierQuotes.get(line.supplier_quote)?.org === org),
  ),
  view("teams", "Team", (state, org) => ownedBy(state.teams.values(), org)),
  view("team_types", "TeamType", (state, org) =>
    ownedBy(state.teamTypes.values(), org).map((type) => presentTeamType(state, type)),
  ),
  view("tags", "Tag", (state, org) => ownedBy(state.tags.values(), org)),
  view("custom_properties", "CustomProperty", (state, org) => ownedBy(state.customProperties.values(), org)),
  view("users", "User", (state, org) => ownedBy(state.users.values(), org)),
  view("outbound_emails", "OutboundEmail", (state, org) => ownedBy(state.outboundEmails.values(), org)),
];
