/** Supplier bills as answered: the lines' total and the bill's total are worked out from its lines. */
import type { SupplierBill } from "@cofactr/platform-types";
import { decimalSum } from "../decimal.js";
import type { MockState } from "../mock-state.js";
import type { StoredSupplierBill } from "../stored-records.js";

/** A supplier bill as answered, with its totals and line count. */
export function presentSupplierBill(state: MockState, bill: StoredSupplierBill): SupplierBill {
  const lines = state.supplierBillLines.filter((line) => line.supplier_bill === bill.id);
  const linesTotal = decimalSum(
    lines.map((line) => line.line_total),
    2,
  );
  return {
    ...bill,
    lines_total: linesTotal,
    total: decimalSum([linesTotal, bill.sales_tax, bill.shipping, bill.duties, bill.other_charges], 2),
    line_count: lines.length,
  };
}
