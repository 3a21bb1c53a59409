/**
 * Purchase order operations. Every look-up of `{purchase_id}` takes `blended`, which the org scope
 * applies; references in the body (supplier, buyer, team, tags, custom properties) must belong to the
 * order's org.
 */
import type { OperationRequestBody } from "@cofactr/platform-types";
import { HttpError, invalidPk } from "../http-error.js";
import { findOwned, findVisible } from "../lookup.js";
import type { MockState } from "../mock-state.js";
import { applyCustomPropertyValues } from "../records/custom-property-values.js";
import { integrationFields, withUpdate } from "../records/integration-fields.js";
import { presentPurchaseOrder } from "../records/purchase-orders.js";
import type { Handler } from "../request-context.js";
import type { StoredPurchaseOrder } from "../stored-records.js";

type OrderInput = OperationRequestBody<"createPurchaseOrder"> | OperationRequestBody<"updatePurchaseOrder">;

/** Checks the ids an order names: all of them must be the org's (the team not archived, the buyer its user). */
function checkReferences(state: MockState, org: string, input: OrderInput, currentTeam?: string | null): void {
  if (input.supplier !== undefined) findOwned(state.suppliers, input.supplier, org, "supplier");
  if (input.buyer) {
    const buyer = state.users.get(input.buyer);
    if (!buyer || buyer.org !== org) throw HttpError.invalidReference("buyer", input.buyer);
  }
  if (input.team && input.team !== currentTeam) {
    const team = findOwned(state.teams, input.team, org, "team");
    if (team.archived) throw HttpError.field("team", "This team is archived; records can't be assigned to it.");
  }
  const unknownTags = (input.tags ?? []).filter((tag) => state.tags.get(tag)?.org !== org);
  if (unknownTags.length > 0) throw HttpError.fields({ tags: unknownTags.map(invalidPk) });
}

function assertPoNumberFree(state: MockState, org: string, poNumber: string, except?: string): void {
  if (state.purchaseOrders.find((order) => order.org === org && order.po_number === poNumber && order.id !== except))
    throw HttpError.field("po_number", `The org already has purchase order ${poNumber}.`);
}

/** Create Purchase Order (`POST /v1/purchase_orders/`). */
export const createPurchaseOrder: Handler<"createPurchaseOrder"> = ({ state, scope, body, now }) => {
  const org = scope.acting;
  assertPoNumberFree(state, org, body.po_number);
  checkReferences(state, org, body);
  const id = state.nextId();
  const order: StoredPurchaseOrder = {
    id,
    po_number: body.po_number,
    supplier: body.supplier,
    status: body.status ?? "draft",
    currency: body.currency ?? "USD",
    order_date: body.order_date ?? null,
    buyer: body.buyer ?? null,
    team: body.team ?? null,
    tags: body.tags ?? [],
    notes: body.notes ?? null,
    sales_tax: body.sales_tax ?? "0.00",
    shipping: body.shipping ?? "0.00",
    custom_properties: applyCustomPropertyValues(state, org, "purchase_order", {}, body.custom_properties),
    metadata: body.metadata ?? {},
    org,
    created_at: now,
    updated_at: now,
    ...integrationFields(body),
  };
  return { status: 201, body: presentPurchaseOrder(state, state.purchaseOrders.set(id, order)) };
};

/** Get Purchase Order (`GET /v1/purchase_orders/{purchase_id}/`). */
export const getPurchaseOrder: Handler<"getPurchaseOrder"> = ({ state, scope, params }) => ({
  body: presentPurchaseOrder(state, findVisible(state.purchaseOrders, params.purchase_id, scope)),
});

/** Update Purchase Order (`PATCH /v1/purchase_orders/{purchase_id}/`). */
export const updatePurchaseOrder: Handler<"updatePurchaseOrder"> = ({ state, scope, params, body, now }) => {
  const order = findVisible(state.purchaseOrders, params.purchase_id, scope);
  if (body.supplier !== undefined && body.supplier !== order.supplier && order.status !== "draft")
    throw HttpError.field("supplier", "The supplier can change only while the order is a draft.");
  if (body.po_number !== undefined) assertPoNumberFree(state, order.org, body.po_number, order.id);
  checkReferences(state, order.org, body, order.team);
  const changed: StoredPurchaseOrder = {
    ...withUpdate(order, body, now),
    custom_properties: applyCustomPropertyValues(
      state,
      order.org,
      "purchase_order",
      order.custom_properties,
      body.custom_properties,
    ),
  };
  return { body: presentPurchaseOrder(state, state.purchaseOrders.set(order.id, changed)) };
};

/** Deletes the order with its lines and their events, unless a supplier bill names it. */
export const deletePurchaseOrder: Handler<"deletePurchaseOrder"> = ({ state, scope, params }) => {
  const order = findVisible(state.purchaseOrders, params.purchase_id, scope);
  if (state.supplierBills.find((bill) => bill.purchase_order === order.id))
    throw HttpError.rule("A supplier bill names this purchase order; set its status to canceled instead.");
  const lines = new Set(
    state.purchaseLines.filter((line) => line.purchase_order_id === order.id).map((line) => line.id),
  );
  for (const event of state.purchaseEvents.values())
    if (event.purchase === order.id) state.purchaseEvents.delete(event.id as string);
  for (const id of lines) state.purchaseLines.delete(id);
  for (const line of state.noPartLines.filter((candidate) => candidate.purchase_order_id === order.id))
    state.noPartLines.delete(line.id);
  state.purchaseOrders.delete(order.id);
  return { status: 204 };
};
