/** Supplier operations. Names are unique per org, ignoring case; there is no delete. */
import type { Supplier } from "@cofactr/platform-types";
import { HttpError } from "../http-error.js";
import { findVisible } from "../lookup.js";
import type { MockState } from "../mock-state.js";
import { paginate } from "../paging.js";
import { integrationFields, withUpdate } from "../records/integration-fields.js";
import type { Handler } from "../request-context.js";

function assertNameFree(state: MockState, org: string, name: string, except?: string): void {
  const wanted = name.toLowerCase();
  const taken = state.suppliers.find(
    (supplier) => supplier.org === org && supplier.name.toLowerCase() === wanted && supplier.id !== except,
  );
  if (taken) throw HttpError.field("name", `The org already has a supplier named "${taken.name}" (${taken.id}).`);
}

/** Get Suppliers (`GET /v1/suppliers/`). */
export const listSuppliers: Handler<"listSuppliers"> = ({ state, scope, query, url }) => {
  const search = query.search?.toLowerCase();
  const suppliers = state.suppliers
    .filter((supplier) => scope.sees(supplier.org) && (!search || supplier.name.toLowerCase().includes(search)))
    .sort((a, b) => a.name.localeCompare(b.name));
  return { body: paginate(suppliers, query, url) };
};

/** Get Supplier (`GET /v1/suppliers/{supplier_id}/`). */
export const getSupplier: Handler<"getSupplier"> = ({ state, scope, params }) => ({
  body: findVisible(state.suppliers, params.supplier_id, scope),
});

/** Create Supplier (`POST /v1/suppliers/`). */
export const createSupplier: Handler<"createSupplier"> = ({ state, scope, body, now }) => {
  assertNameFree(state, scope.acting, body.name);
  const id = state.nextId();
  const supplier: Supplier = {
    id,
    name: body.name,
    website: body.website ?? null,
    email: body.email ?? null,
    phone: body.phone ?? null,
    account_number: body.account_number ?? null,
    payment_terms: body.payment_terms ?? null,
    currency: body.currency ?? "USD",
    metadata: body.metadata ?? {},
    org: scope.acting,
    created_at: now,
    updated_at: now,
    ...integrationFields(body),
  };
  return { status: 201, body: state.suppliers.set(id, supplier) };
};

/** Update Supplier (`PATCH /v1/suppliers/{supplier_id}/`). */
export const updateSupplier: Handler<"updateSupplier"> = ({ state, scope, params, body, now }) => {
  const supplier = findVisible(state.suppliers, params.supplier_id, scope);
  if (body.name !== undefined) assertNameFree(state, supplier.org, body.name, supplier.id);
  const changed: Supplier = withUpdate(supplier, body, now);
  return { body: state.suppliers.set(supplier.id, changed) };
};
