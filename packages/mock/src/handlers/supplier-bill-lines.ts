/**
 * Supplier bill line operations. A line bills one purchase line or one no-part line of the bill's
 * purchase order, or, with neither, a charge its `description` names; `line_total` is worked out.
 */
import type { SupplierBillLine } from "@cofactr/platform-types";
import { decimalTimes } from "../decimal.js";
import { HttpError } from "../http-error.js";
import { findVisible } from "../lookup.js";
import type { MockState } from "../mock-state.js";
import { integrationFields, withUpdate } from "../records/integration-fields.js";
import type { Handler } from "../request-context.js";
import type { StoredSupplierBill } from "../stored-records.js";

/** Checks a bill line as it would be stored (the rules apply to the result of an update too). */
function checkLine(state: MockState, bill: StoredSupplierBill, line: SupplierBillLine): void {
  if (line.purchase_line && line.no_part_line)
    throw HttpError.rule("Give at most one of purchase_line and no_part_line.");
  const onBillOrder = (orderId: string | undefined) => bill.purchase_order !== null && orderId === bill.purchase_order;
  if (line.purchase_line && !onBillOrder(state.purchaseLines.get(line.purchase_line)?.purchase_order_id))
    throw HttpError.field("purchase_line", "Not a line of the bill's purchase order.");
  if (line.no_part_line && !onBillOrder(state.noPartLines.get(line.no_part_line)?.purchase_order_id))
    throw HttpError.field("no_part_line", "Not a no-part line of the bill's purchase order.");
  if (!line.purchase_line && !line.no_part_line && !line.description)
    throw HttpError.field("description", "Say what is billed when the line bills no order line.");
}

/** Create Supplier Bill Line (`POST /v1/supplier_bills/{supplier_bill_id}/lines/`). */
export const createSupplierBillLine: Handler<"createSupplierBillLine"> = ({ state, scope, params, body, now }) => {
  const bill = findVisible(state.supplierBills, params.supplier_bill_id, scope);
  const id = state.nextId();
  const line: SupplierBillLine = {
    id,
    supplier_bill: bill.id,
    purchase_line: body.purchase_line ?? null,
    no_part_line: body.no_part_line ?? null,
    description: body.description ?? null,
    quant: body.quant,
    unit_price: body.unit_price,
    line_total: decimalTimes(body.quant, body.unit_price, 2),
    metadata: body.metadata ?? {},
    created_at: now,
    updated_at: now,
    ...integrationFields(body),
  };
  checkLine(state, bill, line);
  state.supplierBills.set(bill.id, { ...bill, updated_at: now });
  return { status: 201, body: state.supplierBillLines.set(id, line) };
};

/** Update Supplier Bill Line (`PATCH /v1/supplier_bills/{supplier_bill_id}/lines/{line_id}/`). */
export const updateSupplierBillLine: Handler<"updateSupplierBillLine"> = ({ state, scope, params, body, now }) => {
  const bill = findVisible(state.supplierBills, params.supplier_bill_id, scope);
  const line = state.supplierBillLines.get(params.line_id ?? "");
  if (!line || line.supplier_bill !== bill.id) throw HttpError.notFound();
  const merged = withUpdate(line, body, now);
  const changed: SupplierBillLine = { ...merged, line_total: decimalTimes(merged.quant, merged.unit_price, 2) };
  checkLine(state, bill, changed);
  state.supplierBills.set(bill.id, { ...bill, updated_at: now });
  return { body: state.supplierBillLines.set(line.id, changed) };
};
