/**
 * Org scoping, as the spec describes it (spec/README.md, "Orgs"):
 *
 * - A key belongs to an account's primary org and reaches its sub-orgs too.
 * - `x-org-id` makes the request act as that org (the primary org or one of its sub-orgs; any
 *   other org is 403). Without it the request acts as the primary org.
 * - Reads see the acting org's records; with `blended`, also its sub-orgs' records.
 * - `org_id` limits a read to the records of one org the key reaches.
 */
import { HttpError } from "./http-error.js";
import type { MockState } from "./mock-state.js";

export interface OrgScope {
  /** The org the request acts as: new records belong to it. */
  acting: string;
  /** Whether a record owned by `org` is visible to this request. */
  sees(org: string): boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function resolveOrgScope(
  state: MockState,
  primaryOrg: string,
  orgHeader: string | undefined,
  query: URLSearchParams,
): OrgScope {
  const reachable = new Set(state.accountOrgs(primaryOrg));
  const acting = orgHeader ?? primaryOrg;
  if (!UUID.test(acting))
    throw HttpError.fields({ "x-org-id": [`expected an org UUID, got ${JSON.stringify(acting)}`] });
  if (!reachable.has(acting)) throw HttpError.detail(403, "You do not have permission to act on this org.");
  const visible = new Set([acting, ...(query.has("blended") ? state.subOrgs(acting) : [])]);
  const onlyOrg = query.get("org_id");
  if (onlyOrg !== null) {
    if (!UUID.test(onlyOrg))
      throw HttpError.fields({ org_id: [`expected an org UUID, got ${JSON.stringify(onlyOrg)}`] });
    if (!reachable.has(onlyOrg)) throw HttpError.detail(403, "You do not have permission to read this org.");
    return { acting, sees: (org) => org === onlyOrg };
  }
  return { acting, sees: (org) => visible.has(org) };
}
