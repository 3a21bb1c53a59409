/**
 * Get Org: the org the request acts on (or reads, with `org_id`), so that a caller can check what a
 * key or header reaches.
 */
import { presentOrg } from "../records/orgs.js";
import type { Handler } from "../request-context.js";

/** Get Org (`GET /v1/org/`). */
export const getOrg: Handler<"getOrg"> = ({ state, scope }) => ({
  body: presentOrg(state.orgs.get(scope.reading)!),
});
