/**
 * Org scoping, as the spec describes it (spec/README.md, "Orgs"):
 *
 * - A key belongs to an account's primary org and reaches its sub-orgs too.
 * - `x-org-id` makes the request act as that org (the primary org or one of its sub-orgs; any
 *   other org is 403). Without it the request acts as the primary org; new records belong to the
 *   acting org.
 * - Look-ups see the acting org's records; with `blended` (on purchase-order look-ups), also its
 *   sub-orgs' records.
 * - `org_id` (on reads) limits the read to the records of one org the key reaches.
 */
import { HttpError } from "./http-error.js";
import type { MockState } from "./mock-state.js";

/** Which orgs a request acts on and may see. */
export interface OrgScope {
  /** The primary org of the key's account. */
  primary: string;
  /** The org the request acts as: new records belong to it. */
  acting: string;
  /** The org a read is about: `org_id` when given, else the acting org. */
  reading: string;
  /** Whether a record owned by `org` is visible to this request. */
  sees(org: string): boolean;
}

/** The query parameters that widen or narrow the scope, when the operation takes them. */
export interface ScopeQuery {
  org_id?: string;
  blended?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The scope of a request by a key of `primaryOrg`; throws 403 for an org outside the account. */
export function resolveOrgScope(
  state: MockState,
  primaryOrg: string,
  orgHeader: string | undefined,
  query: ScopeQuery,
): OrgScope {
  const reachable = new Set(state.accountOrgs(primaryOrg));
  const acting = orgHeader ?? primaryOrg;
  if (!UUID.test(acting))
    throw HttpError.fields({ "x-org-id": [`expected an org UUID, got ${JSON.stringify(acting.slice(0, 40))}`] });
  if (!reachable.has(acting)) throw HttpError.detail(403, "You do not have permission to perform this action.");
  const onlyOrg = query.org_id;
  if (onlyOrg !== undefined) {
    if (!reachable.has(onlyOrg)) throw HttpError.detail(403, "You do not have permission to perform this action.");
    return { primary: primaryOrg, acting, reading: onlyOrg, sees: (org) => org === onlyOrg };
  }
  const visible = new Set([acting, ...(query.blended !== undefined ? state.subOrgs(acting) : [])]);
  return { primary: primaryOrg, acting, reading: acting, sees: (org) => visible.has(org) };
}
