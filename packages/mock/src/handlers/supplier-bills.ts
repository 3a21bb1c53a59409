/**
 * Supplier bill operations. A bill may name the purchase order it bills (placed with the same
 * supplier); its number is unique per supplier; supplier and order can change only while the bill
 * has no lines, because its lines were checked against them.
 */
import type { OperationRequestBody } from "@cofactr/platform-types";
import { HttpError } from "../http-error.js";
import { findOwned, findVisible } from "../lookup.js";
import type { MockState } from "../mock-state.js";
import { integrationFields, withUpdate } from "../records/integration-fields.js";
import { presentSupplierBill } from "../records/supplier-bills.js";
import type { Handler } from "../request-context.js";
import type { StoredSupplierBill } from "../stored-records.js";

type BillInput = OperationRequestBody<"createSupplierBill"> | OperationRequestBody<"updateSupplierBill">;

function checkBill(
  state: MockState,
  org: string,
  bill: Pick<StoredSupplierBill, "id" | "supplier" | "purchase_order" | "bill_number">,
  input: BillInput,
): void {
  if (input.supplier !== undefined) findOwned(state.suppliers, input.supplier, org, "supplier");
  if (input.purchase_order) {
    const order = findOwned(state.purchaseOrders, input.purchase_order, org, "purchase_order");
    if (order.supplier !== bill.supplier)
      throw HttpError.field("purchase_order", "The purchase order is placed with another supplier.");
  }
  const duplicate = state.supplierBills.find(
    (other) =>
      other.org === org &&
      other.id !== bill.id &&
      other.supplier === bill.supplier &&
      other.bill_number === bill.bill_number,
  );
  if (duplicate)
    throw HttpError.field(
      "bill_number",
      `This supplier's bill ${bill.bill_number} is already recorded (${duplicate.id}).`,
    );
}

/** Create Supplier Bill (`POST /v1/supplier_bills/`). */
export const createSupplierBill: Handler<"createSupplierBill"> = ({ state, scope, body, now }) => {
  const org = scope.acting;
  const id = state.nextId();
  const bill: StoredSupplierBill = {
    id,
    supplier: body.supplier,
    purchase_order: body.purchase_order ?? null,
    bill_number: body.bill_number,
    bill_date: body.bill_date,
    due_date: body.due_date ?? null,
    status: body.status ?? "open",
    currency: body.currency ?? "USD",
    sales_tax: body.sales_tax ?? "0.00",
    shipping: body.shipping ?? "0.00",
    duties: body.duties ?? "0.00",
    other_charges: body.other_charges ?? "0.00",
    notes: body.notes ?? null,
    metadata: body.metadata ?? {},
    org,
    created_at: now,
    updated_at: now,
    ...integrationFields(body),
  };
  checkBill(state, org, bill, body);
  return { status: 201, body: presentSupplierBill(state, state.supplierBills.set(id, bill)) };
};

/** Update Supplier Bill (`PATCH /v1/supplier_bills/{supplier_bill_id}/`). */
export const updateSupplierBill: Handler<"updateSupplierBill"> = ({ state, scope, params, body, now }) => {
  const bill = findVisible(state.supplierBills, params.supplier_bill_id, scope);
  const changed: StoredSupplierBill = withUpdate(bill, body, now);
  const reparented = changed.supplier !== bill.supplier || changed.purchase_order !== bill.purchase_order;
  if (reparented && state.supplierBillLines.find((line) => line.supplier_bill === bill.id))
    throw HttpError.rule("The supplier and purchase order of a bill can change only while it has no lines.");
  checkBill(state, bill.org, changed, { ...body, purchase_order: changed.purchase_order });
  return { body: presentSupplierBill(state, state.supplierBills.set(bill.id, changed)) };
};
