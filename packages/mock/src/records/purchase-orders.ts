/**
 * Purchase orders and their lines, as answered: line totals, received quantities and order totals
 * are worked out from the lines and events each time, so they cannot disagree with them
 * (spec/design/purchases-teams-rfqs.md, "Totals are computed and read-only").
 */
import type { PurchaseLine, PurchaseOrder } from "@cofactr/platform-types";
import { decimalSum, decimalTimes } from "../decimal.js";
import type { MockState } from "../mock-state.js";
import type { StoredPurchaseLine, StoredPurchaseOrder } from "../stored-records.js";

const MAX_QUANTITY = 2147483647;

/** Pieces received on a line: the sum of the `received` purchase events that name it. */
export function quantReceived(state: MockState, lineId: string): number {
  let received = 0;
  for (const event of state.purchaseEvents.values()) {
    if (event.event_type === "received" && event.purchase_lines?.includes(lineId)) received += event.quantity;
  }
  return Math.min(MAX_QUANTITY, Math.max(0, received));
}

/** A purchase line as answered: `line_total` rounded to cents, `quant_received` from the events. */
export function presentPurchaseLine(state: MockState, line: StoredPurchaseLine): PurchaseLine {
  return {
    ...line,
    line_total: decimalTimes(line.quant, line.unit_price, 2),
    quant_received: quantReceived(state, line.id),
  };
}

/** A purchase order as answered: totals and line counts from its lines. */
export function presentPurchaseOrder(state: MockState, order: StoredPurchaseOrder): PurchaseOrder {
  const lines = state.purchaseLines.filter((line) => line.purchase_order_id === order.id);
  const noPartLines = state.noPartLines.filter((line) => line.purchase_order_id === order.id);
  const subtotal = decimalSum(
    [
      ...lines.map((line) => decimalTimes(line.quant, line.unit_price, 2)),
      ...noPartLines.map((line) => line.line_total),
    ],
    2,
  );
  return {
    ...order,
    subtotal,
    total: decimalSum([subtotal, order.sales_tax, order.shipping], 2),
    line_count: lines.length,
    no_part_line_count: noPartLines.length,
  };
}
