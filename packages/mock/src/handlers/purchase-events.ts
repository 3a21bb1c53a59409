/**
 * Create Purchase Event: records an event against lines of one purchase order, and applies it to
 * them. A `received` event adds to the lines' `quant_received` (which is the sum of those events);
 * an event that carries a new `estimated_delivery` (shipped, delayed, rescheduled…) moves the lines'
 * estimated delivery to it.
 */
import type { PurchaseEvent } from "@cofactr/platform-types";
import { HttpError, invalidPk } from "../http-error.js";
import type { Handler } from "../request-context.js";

/** Create Purchase Event (`POST /v1/purchase_events/`). */
export const createPurchaseEvent: Handler<"createPurchaseEvent"> = ({ state, scope, body, now }) => {
  if (body.purchase_lines.length === 0) throw HttpError.field("purchase_lines", "Name at least one purchase line.");
  const lines = body.purchase_lines.map((id) => state.purchaseLines.get(id));
  const visible = lines.map((line) => {
    const order = line && state.purchaseOrders.get(line.purchase_order_id);
    return order && scope.sees(order.org) ? line : undefined;
  });
  const missing = body.purchase_lines.filter((_id, index) => visible[index] === undefined);
  if (missing.length > 0) throw HttpError.fields({ purchase_lines: missing.map(invalidPk) });
  const orders = new Set(visible.map((line) => line?.purchase_order_id));
  if (orders.size > 1) throw HttpError.field("purchase_lines", "All lines must belong to one purchase order.");
  const order = state.purchaseOrders.get([...orders][0] as string)!;

  if (body.estimated_delivery !== undefined && body.event_type !== "received") {
    for (const line of visible) {
      if (line)
        state.purchaseLines.set(line.id, { ...line, estimated_delivery: body.estimated_delivery, updated_at: now });
    }
  }
  // A running number keeps invoice numbers unique without scanning every event on each request.
  const eventNumber = state.purchaseEvents.size + 1;
  const quantity = body.quantity ?? 0;
  const {
    send_alerts: _sendAlerts,
    expected_ship_by: _shipBy,
    coo: _coo,
    date_code: _dateCode,
    mfg_lot: _mfgLot,
    divide_quant: _divide,
    integration_source_name: source,
    integration_record_id: recordId,
    synced_from_integration_at: syncedAt,
    cofactr_invoice_number: invoiceNumber,
    ...recorded
  } = body;
  const id = state.nextId();
  const event: PurchaseEvent = {
    ...recorded,
    id,
    synced_from_integration: body.synced_from_integration ?? false,
    ...(source ? { integration_source_name: source } : {}),
    ...(recordId ? { integration_record_id: recordId } : {}),
    ...(syncedAt ? { synced_from_integration_at: syncedAt } : {}),
    quantity,
    quant: quantity,
    cofactr_invoice_number: invoiceNumber || `CF-${order.po_number}-${eventNumber}`,
    cofactr_invoice_amount: body.cofactr_invoice_amount ?? "0.00",
    timestamp: now,
    created_at: now,
    updated_at: now,
    internal_metadata: {},
    external_metadata: {},
    externally_synced: false,
    purchase: order.id,
    org: order.org,
  };
  state.purchaseEvents.set(id, event);
  state.purchaseOrders.set(order.id, { ...order, updated_at: now });
  return { body: event };
};
