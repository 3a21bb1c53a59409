/**
 * Supplier quote line operations. A line names a part, an RFQ line of the quote's RFQ, or both;
 * with only the RFQ line, its part is used (a different part records an alternate).
 */
import type { SupplierQuoteLine } from "@cofactr/platform-types";
import { HttpError } from "../http-error.js";
import { findVisible } from "../lookup.js";
import type { MockState } from "../mock-state.js";
import { integrationFields, withUpdate } from "../records/integration-fields.js";
import type { Handler } from "../request-context.js";
import type { StoredSupplierQuote } from "../stored-records.js";

/** The line's part, from `part` or its RFQ line; checks both belong to the quote. */
function resolvePart(
  state: MockState,
  quote: StoredSupplierQuote,
  part: string | undefined,
  rfqLine: string | null | undefined,
): string {
  if (rfqLine) {
    const line = state.rfqLines.get(rfqLine);
    if (!line || quote.rfq === null || line.rfq !== quote.rfq)
      throw HttpError.field("rfq_line", "Not a line of the quote's RFQ.");
    part ??= line.part;
  }
  if (part === undefined) throw HttpError.rule("Give part, rfq_line, or both.");
  if (state.parts.get(part)?.org !== quote.org) throw HttpError.invalidReference("part", part);
  return part;
}

/** Create Supplier Quote Line (`POST /v1/supplier_quotes/{supplier_quote_id}/lines/`). */
export const createSupplierQuoteLine: Handler<"createSupplierQuoteLine"> = ({ state, scope, params, body, now }) => {
  const quote = findVisible(state.supplierQuotes, params.supplier_quote_id, scope);
  const id = state.nextId();
  const line: SupplierQuoteLine = {
    id,
    supplier_quote: quote.id,
    rfq_line: body.rfq_line ?? null,
    part: resolvePart(state, quote, body.part, body.rfq_line),
    quant: body.quant,
    unit_price: body.unit_price,
    moq: body.moq ?? null,
    order_multiple: body.order_multiple ?? null,
    lead_time_days: body.lead_time_days ?? null,
    stock: body.stock ?? null,
    packaging: body.packaging ?? null,
    notes: body.notes ?? null,
    metadata: body.metadata ?? {},
    created_at: now,
    updated_at: now,
    ...integrationFields(body),
  };
  state.supplierQuotes.set(quote.id, { ...quote, updated_at: now });
  return { status: 201, body: state.supplierQuoteLines.set(id, line) };
};

/** Update Supplier Quote Line (`PATCH /v1/supplier_quotes/{supplier_quote_id}/lines/{line_id}/`). */
export const updateSupplierQuoteLine: Handler<"updateSupplierQuoteLine"> = ({ state, scope, params, body, now }) => {
  const quote = findVisible(state.supplierQuotes, params.supplier_quote_id, scope);
  const line = state.supplierQuoteLines.get(params.line_id ?? "");
  if (!line || line.supplier_quote !== quote.id) throw HttpError.notFound();
  const merged = withUpdate(line, body, now);
  const changed: SupplierQuoteLine = { ...merged, part: resolvePart(state, quote, merged.part, merged.rfq_line) };
  return { body: state.supplierQuoteLines.set(line.id, changed) };
};
