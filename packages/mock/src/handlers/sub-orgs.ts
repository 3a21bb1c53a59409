/**
 * Sub-org operations. Sub-orgs are one level deep and managed only from the primary org: a create
 * or update acting on a sub-org is 403 (spec/design/account-parts-stock.md, "Account").
 */
import { HttpError } from "../http-error.js";
import type { MockState } from "../mock-state.js";
import type { OrgScope } from "../org-scope.js";
import { paginate } from "../paging.js";
import { presentSubOrg } from "../records/orgs.js";
import type { Handler } from "../request-context.js";
import type { StoredOrg } from "../stored-records.js";

function assertActsAsPrimary(scope: OrgScope): void {
  if (scope.acting !== scope.primary)
    throw HttpError.detail(403, "Sub-orgs are managed from the primary org; leave out x-org-id.");
}

function visibleSubOrg(state: MockState, scope: OrgScope, id: string | undefined): StoredOrg {
  const org = id === undefined ? undefined : state.orgs.get(id);
  if (!org || org.parent !== scope.primary) throw HttpError.notFound();
  return org;
}

function assertNameFree(state: MockState, scope: OrgScope, name: string, except?: string): void {
  const taken = state.orgs.find((org) => org.parent === scope.primary && org.name === name && org.id !== except);
  if (taken) throw HttpError.field("name", "Another sub-org already has this name.");
}

/** List Sub Orgs (`GET /v1/sub_orgs/`). */
export const listSubOrgs: Handler<"listSubOrgs"> = ({ state, scope, query, url }) => {
  const subOrgs = state.orgs
    .filter((org) => org.parent === scope.primary && (query.org_id === undefined || org.id === query.org_id))
    .map(presentSubOrg);
  return { body: paginate(subOrgs, query, url) };
};

/** Get Sub Org (`GET /v1/sub_orgs/{sub_org_id}/`). */
export const getSubOrg: Handler<"getSubOrg"> = ({ state, scope, params }) => ({
  body: presentSubOrg(visibleSubOrg(state, scope, params.sub_org_id)),
});

/** Create Sub Org (`POST /v1/sub_orgs/`). */
export const createSubOrg: Handler<"createSubOrg"> = ({ state, scope, body, now }) => {
  assertActsAsPrimary(scope);
  assertNameFree(state, scope, body.name);
  const id = state.nextId();
  const org: StoredOrg = {
    id,
    name: body.name,
    parent: scope.primary,
    sandbox: false,
    metadata: body.metadata ?? {},
    created_at: now,
    updated_at: now,
  };
  return { status: 201, body: presentSubOrg(state.orgs.set(id, org)) };
};

/** Update Sub Org (`PATCH /v1/sub_orgs/{sub_org_id}/`). */
export const updateSubOrg: Handler<"updateSubOrg"> = ({ state, scope, params, body, now }) => {
  assertActsAsPrimary(scope);
  const org = visibleSubOrg(state, scope, params.sub_org_id);
  if (body.name !== undefined) assertNameFree(state, scope, body.name, org.id);
  const changed: StoredOrg = {
    ...org,
    name: body.name ?? org.name,
    metadata: body.metadata ?? org.metadata,
    updated_at: now,
  };
  return { body: presentSubOrg(state.orgs.set(org.id, changed)) };
};
