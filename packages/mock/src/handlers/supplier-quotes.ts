/** Supplier quote operations. Supplier and RFQ can change only while the quote has no lines. */
import type { OperationRequestBody } from "@cofactr/platform-types";
import { HttpError } from "../http-error.js";
import { findOwned, findVisible } from "../lookup.js";
import type { MockState } from "../mock-state.js";
import { presentSupplierQuote } from "../records/counted-records.js";
import { integrationFields, withUpdate } from "../records/integration-fields.js";
import type { Handler } from "../request-context.js";
import type { StoredSupplierQuote } from "../stored-records.js";

type QuoteInput = OperationRequestBody<"createSupplierQuote"> | OperationRequestBody<"updateSupplierQuote">;

function checkReferences(state: MockState, org: string, input: QuoteInput): void {
  if (input.supplier !== undefined) findOwned(state.suppliers, input.supplier, org, "supplier");
  if (input.rfq) findOwned(state.rfqs, input.rfq, org, "rfq");
}

/** Create Supplier Quote (`POST /v1/supplier_quotes/`). */
export const createSupplierQuote: Handler<"createSupplierQuote"> = ({ state, scope, body, now }) => {
  const org = scope.acting;
  checkReferences(state, org, body);
  const id = state.nextId();
  const quote: StoredSupplierQuote = {
    id,
    supplier: body.supplier,
    rfq: body.rfq ?? null,
    quote_number: body.quote_number ?? null,
    quote_date: body.quote_date ?? null,
    valid_until: body.valid_until ?? null,
    currency: body.currency ?? "USD",
    notes: body.notes ?? null,
    metadata: body.metadata ?? {},
    org,
    created_at: now,
    updated_at: now,
    ...integrationFields(body),
  };
  return { status: 201, body: presentSupplierQuote(state, state.supplierQuotes.set(id, quote)) };
};

/** Update Supplier Quote (`PATCH /v1/supplier_quotes/{supplier_quote_id}/`). */
export const updateSupplierQuote: Handler<"updateSupplierQuote"> = ({ state, scope, params, body, now }) => {
  const quote = findVisible(state.supplierQuotes, params.supplier_quote_id, scope);
  checkReferences(state, quote.org, body);
  const changed: StoredSupplierQuote = withUpdate(quote, body, now);
  const reparented = changed.supplier !== quote.supplier || changed.rfq !== quote.rfq;
  if (reparented && state.supplierQuoteLines.find((line) => line.supplier_quote === quote.id))
    throw HttpError.rule("The supplier and RFQ of a quote can change only while it has no lines.");
  return { body: presentSupplierQuote(state, state.supplierQuotes.set(quote.id, changed)) };
};
