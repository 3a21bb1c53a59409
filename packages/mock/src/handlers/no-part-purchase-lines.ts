/** No-part line operations (fees, services): list, create, update many (all or nothing), delete. */
import type { NoPartPurchaseLine, NoPartPurchaseLineUpdate } from "@cofactr/platform-types";
import { decimalTimes } from "../decimal.js";
import { HttpError } from "../http-error.js";
import { assertItems } from "../item-problems.js";
import { findVisible } from "../lookup.js";
import { paginate } from "../paging.js";
import type { Handler } from "../request-context.js";

/**
 * Where a no-part line came from when no integration says: Cofactr's own app ("flagship"). Cofactr
 * documents the source as always set on this record.
 */
const OWN_SOURCE = "flagship";

/** Get NoPart Purchase Lines (`GET /v1/purchase_orders/{purchase_id}/no_part_lines/`). */
export const listNoPartPurchaseLines: Handler<"listNoPartPurchaseLines"> = ({ state, scope, params, query, url }) => {
  const order = findVisible(state.purchaseOrders, params.purchase_id, scope);
  const lines = state.noPartLines.filter((line) => line.purchase_order_id === order.id);
  return { body: paginate(lines, query, url) };
};

/** Adds a no-part line; `line_total` is `quant` × `unit_price` unless sent (a flat or rounded charge). */
export const createNoPartPurchaseLine: Handler<"createNoPartPurchaseLine"> = ({ state, scope, params, body, now }) => {
  const order = findVisible(state.purchaseOrders, params.purchase_id, scope);
  const id = state.nextId();
  const line: NoPartPurchaseLine = {
    id,
    // Cofactr documents these four as always set, so a line no integration made names Cofactr itself.
    synced_from_integration: body.synced_from_integration ?? false,
    synced_from_integration_at: body.synced_from_integration_at ?? now,
    integration_source_name: body.integration_source_name ?? OWN_SOURCE,
    integration_record_id: body.integration_record_id ?? id,
    metadata: (body.metadata ?? {}) as NoPartPurchaseLine["metadata"],
    notes: body.notes ?? "",
    description: body.description,
    quant: body.quant,
    unit_price: body.unit_price,
    line_total: body.line_total ?? decimalTimes(body.quant, body.unit_price, 2),
    purchase_order_id: order.id,
  };
  state.purchaseOrders.set(order.id, { ...order, updated_at: now });
  return { status: 201, body: state.noPartLines.set(id, line) };
};

/**
 * Applies every change or none: all ids are checked against the order first, then all are applied.
 * A change of `quant` or `unit_price` without a `line_total` works the total out again.
 */
export const updateManyNoPartPurchaseLines: Handler<"updateManyNoPartPurchaseLines"> = ({
  state,
  scope,
  params,
  body,
  now,
}) => {
  const order = findVisible(state.purchaseOrders, params.purchase_id, scope);
  const changes: NoPartPurchaseLineUpdate[] = Array.isArray(body) ? body : [body];
  const ids = changes.map((change) => change.id);
  assertItems(changes, (change, index) => {
    const line = state.noPartLines.get(change.id);
    if (line?.purchase_order_id !== order.id)
      return { id: [`No no-part line ${change.id} on purchase order ${order.id}.`] };
    if (ids.indexOf(change.id) !== index)
      return { id: [`Line ${change.id} is already changed by item ${ids.indexOf(change.id)}.`] };
    // The documented record requires these to be non-empty, so an empty value can't be stored.
    if (change.integration_source_name === "") return { integration_source_name: ["This field may not be blank."] };
    if (change.integration_record_id === "") return { integration_record_id: ["This field may not be blank."] };
    return undefined;
  });
  const updated = changes.map((change) => {
    const { id, ...fields } = change;
    const line = state.noPartLines.get(id) as NoPartPurchaseLine;
    const next: NoPartPurchaseLine = { ...line, ...fields };
    const repriced = (fields.quant !== undefined || fields.unit_price !== undefined) && fields.line_total === undefined;
    if (repriced) next.line_total = decimalTimes(next.quant, next.unit_price, 2);
    return state.noPartLines.set(id, next);
  });
  state.purchaseOrders.set(order.id, { ...order, updated_at: now });
  return { body: updated };
};

/** Delete NoPart Purchase Line (`DELETE /v1/purchase_orders/{purchase_id}/no_part_lines/{line_id}/`). */
export const deleteNoPartPurchaseLine: Handler<"deleteNoPartPurchaseLine"> = ({ state, scope, params, now }) => {
  const order = findVisible(state.purchaseOrders, params.purchase_id, scope);
  const line = state.noPartLines.get(params.line_id ?? "");
  if (!line || line.purchase_order_id !== order.id) throw HttpError.notFound();
  if (state.supplierBillLines.find((billLine) => billLine.no_part_line === line.id))
    throw HttpError.rule("A supplier bill line refers to this no-part line; it can't be deleted.");
  state.noPartLines.delete(line.id);
  state.purchaseOrders.set(order.id, { ...order, updated_at: now });
  return { status: 204 };
};
