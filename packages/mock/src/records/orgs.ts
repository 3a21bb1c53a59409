/** Orgs and sub-orgs as answered: the same stored org, shaped as `Org` (no metadata) or `SubOrg`. */
import type { Org, SubOrg } from "@cofactr/platform-types";
import type { StoredOrg } from "../stored-records.js";

/** An org as Get Org answers it. */
export function presentOrg(org: StoredOrg): Org {
  const { metadata: _metadata, ...fields } = org;
  return fields;
}

/** A sub-org as answered; only called with sub-orgs, whose `parent` is always set. */
export function presentSubOrg(org: StoredOrg): SubOrg {
  return { ...org, parent: org.parent! };
}
