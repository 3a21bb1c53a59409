/** Purchase line operations (lines with a part): list, create, update many (all or nothing), read, delete. */
import { HttpError, invalidPk } from "../http-error.js";
import { assertItems } from "../item-problems.js";
import { findOwned, findVisible } from "../lookup.js";
import type { MockState } from "../mock-state.js";
import { paginate } from "../paging.js";
import { integrationFields, withUpdate } from "../records/integration-fields.js";
import { presentPurchaseLine, quantReceived } from "../records/purchase-orders.js";
import type { Handler } from "../request-context.js";
import type { StoredPurchaseLine } from "../stored-records.js";

/** Removes a line from the events that name it; an event left with no line goes with it. */
function forgetLineInEvents(state: MockState, lineId: string): void {
  for (const event of state.purchaseEvents.values()) {
    if (!event.purchase_lines?.includes(lineId)) continue;
    const remaining = event.purchase_lines.filter((id) => id !== lineId);
    if (remaining.length === 0) state.purchaseEvents.delete(event.id as string);
    else state.purchaseEvents.set(event.id as string, { ...event, purchase_lines: remaining });
  }
}

/** Get Purchase Lines (`GET /v1/purchase_orders/{purchase_id}/lines/`). */
export const listPurchaseLines: Handler<"listPurchaseLines"> = ({ state, scope, params, query, url }) => {
  const order = findVisible(state.purchaseOrders, params.purchase_id, scope);
  const lines = state.purchaseLines
    .filter((line) => line.purchase_order_id === order.id)
    .map((line) => presentPurchaseLine(state, line));
  return { body: paginate(lines, query, url) };
};

/** Get Purchase Line (`GET /v1/purchase_orders/{purchase_id}/lines/{line_id}/`). */
export const getPurchaseLine: Handler<"getPurchaseLine"> = ({ state, scope, params }) => {
  const order = findVisible(state.purchaseOrders, params.purchase_id, scope);
  const line = state.purchaseLines.get(params.line_id ?? "");
  if (!line || line.purchase_order_id !== order.id) throw HttpError.notFound();
  return { body: presentPurchaseLine(state, line) };
};

/** Create Purchase Line (`POST /v1/purchase_orders/{purchase_id}/lines/`). */
export const createPurchaseLine: Handler<"createPurchaseLine"> = ({ state, scope, params, body, now }) => {
  const order = findVisible(state.purchaseOrders, params.purchase_id, scope);
  findOwned(state.parts, body.part, order.org, "part");
  if (body.program) findOwned(state.programs, body.program, order.org, "program");
  const id = state.nextId();
  const line: StoredPurchaseLine = {
    id,
    purchase_order_id: order.id,
    part: body.part,
    quant: body.quant,
    unit_price: body.unit_price,
    supplier_sku: body.supplier_sku ?? null,
    estimated_delivery: body.estimated_delivery ?? null,
    program: body.program ?? null,
    notes: body.notes ?? null,
    metadata: body.metadata ?? {},
    created_at: now,
    updated_at: now,
    ...integrationFields(body),
  };
  state.purchaseOrders.set(order.id, { ...order, updated_at: now });
  return { status: 201, body: presentPurchaseLine(state, state.purchaseLines.set(id, line)) };
};

/** Applies every change or none: all items are checked first, then all are applied. */
export const updateManyPurchaseLines: Handler<"updateManyPurchaseLines"> = ({ state, scope, params, body, now }) => {
  const order = findVisible(state.purchaseOrders, params.purchase_id, scope);
  const ids = body.map((change) => change.id);
  assertItems(body, (change, index) => {
    const line = state.purchaseLines.get(change.id);
    if (!line || line.purchase_order_id !== order.id)
      return { id: [`No purchase line ${change.id} on purchase order ${order.id}.`] };
    if (ids.indexOf(change.id) !== index)
      return { id: [`Line ${change.id} is already changed by item ${ids.indexOf(change.id)}.`] };
    if (change.program && state.programs.get(change.program)?.org !== order.org)
      return { program: [invalidPk(change.program)] };
    const received = quantReceived(state, line.id);
    if (change.quant !== undefined && change.quant < received)
      return { quant: [`Ensure this value is at least the ${received} pieces already received.`] };
    return undefined;
  });
  const changed = body.map((change) => {
    const line = state.purchaseLines.get(change.id) as StoredPurchaseLine;
    // `change.id` is the line's own id, so applying it changes nothing.
    const next: StoredPurchaseLine = withUpdate(line, change, now);
    return presentPurchaseLine(state, state.purchaseLines.set(line.id, next));
  });
  state.purchaseOrders.set(order.id, { ...order, updated_at: now });
  return { body: changed };
};

/** Removes a line, and the events recorded against it alone; refused while a bill line refers to it. */
export const deletePurchaseLine: Handler<"deletePurchaseLine"> = ({ state, scope, params, now }) => {
  const order = findVisible(state.purchaseOrders, params.purchase_id, scope);
  const line = state.purchaseLines.get(params.line_id ?? "");
  if (!line || line.purchase_order_id !== order.id) throw HttpError.notFound();
  if (state.supplierBillLines.find((billLine) => billLine.purchase_line === line.id))
    throw HttpError.rule("A supplier bill line refers to this purchase line; it can't be deleted.");
  forgetLineInEvents(state, line.id);
  state.purchaseLines.delete(line.id);
  state.purchaseOrders.set(order.id, { ...order, updated_at: now });
  return { status: 204 };
};
