/** Purchase-order operations: no-part lines and purchase events. */
import type {
  NoPartPurchaseLine,
  NoPartPurchaseLineUpdate,
  PurchaseEvent,
  PurchaseEventCreate,
} from "@cofactr/platform-types";
import { HttpError } from "../http-error.js";
import type { Handler } from "../request-context.js";

/**
 * Applies every change or none: all ids are checked against the order first, then all are applied.
 */
export const updateManyNoPartPurchaseLines: Handler = (context) => {
  const { state } = context;
  const order = state.purchaseOrders.get(context.params.purchase_id as string);
  if (!order || !context.scope.sees(order.org)) throw HttpError.detail(404, "Not found.");
  const changes = (Array.isArray(context.body) ? context.body : [context.body]) as NoPartPurchaseLineUpdate[];
  const problems = changes.map((change) => {
    const line = state.noPartLines.get(change.id);
    return line?.purchase_order_id === order.id
      ? {}
      : { id: [`no no-part line ${change.id} on purchase order ${order.id}`] };
  });
  if (problems.some((problem) => Object.keys(problem).length > 0)) throw new HttpError(400, problems);
  const updated = changes.map((change) => {
    const { id, ...fields } = change;
    const line: NoPartPurchaseLine = { ...(state.noPartLines.get(id) as NoPartPurchaseLine), ...fields };
    state.noPartLines.set(id, line);
    return line;
  });
  return { body: updated };
};

/**
 * Records the event and applies it to the lines it names: `shipped` adds `quantity` to what the
 * lines have shipped, `received` to what they have received.
 */
export const createPurchaseEvent: Handler = (context) => {
  const { state, now } = context;
  const request = context.body as PurchaseEventCreate;
  const lines = request.purchase_lines.map((id) => state.purchaseLines.get(id));
  const orders = new Set(lines.map((line) => line?.purchase_order_id));
  const missing = request.purchase_lines.filter((_id, index) => lines[index] === undefined);
  if (missing.length > 0) throw HttpError.fields({ purchase_lines: missing.map((id) => `no purchase line ${id}`) });
  if (request.purchase_lines.length === 0)
    throw HttpError.fields({ purchase_lines: ["name at least one purchase line"] });
  if (orders.size > 1) throw HttpError.fields({ purchase_lines: ["all lines must belong to one purchase order"] });
  const order = state.purchaseOrders.get([...orders][0] as string);
  if (!order || !context.scope.sees(order.org)) throw HttpError.fields({ purchase_lines: ["not found"] });

  const quantity = request.quantity ?? 0;
  for (const line of lines) {
    if (!line) continue;
    if (request.event_type === "shipped") line.quantity_shipped += quantity;
    if (request.event_type === "received") line.quantity_received += quantity;
  }
  const id = state.nextId();
  const {
    send_alerts: _sendAlerts,
    expected_ship_by: _shipBy,
    coo: _coo,
    date_code: _dateCode,
    mfg_lot: _mfgLot,
    divide_quant: _divide,
    ...recorded
  } = request;
  const event: PurchaseEvent = {
    ...recorded,
    id,
    synced_from_integration: request.synced_from_integration ?? false,
    quantity,
    quant: quantity,
    cofactr_invoice_number: request.cofactr_invoice_number || `CF-${order.number}-${state.purchaseEvents.size + 1}`,
    cofactr_invoice_amount: request.cofactr_invoice_amount ?? "0.00",
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
  return { body: event };
};
