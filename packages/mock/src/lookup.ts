/**
 * Finding the records a request names, with the answers the API gives when it cannot: 404 for an
 * id in the path the request may not see (the same as for one that does not exist, so ids of other
 * accounts leak nothing), 400 for an id in the body that names no record the request may use.
 */
import { HttpError } from "./http-error.js";
import type { OrgScope } from "./org-scope.js";
import type { Table } from "./table.js";

/** The record `id` names if the request may see it; otherwise 404. */
export function findVisible<T extends { org: string }>(table: Table<T>, id: string | undefined, scope: OrgScope): T {
  const record = id === undefined ? undefined : table.get(id);
  if (!record || !scope.sees(record.org)) throw HttpError.notFound();
  return record;
}

/** The record of `org` that `id` (from the body's `field`) names; otherwise 400 on that field. */
export function findOwned<T extends { org: string }>(table: Table<T>, id: string, org: string, field: string): T {
  const record = table.get(id);
  if (!record || record.org !== org) throw HttpError.invalidReference(field, id);
  return record;
}

/** The record's fields with `changes` applied: fields left out (undefined) keep their value. */
export function withChanges<T extends object>(record: T, changes: object): T {
  const next: Record<string, unknown> = { ...(record as Record<string, unknown>) };
  for (const [key, value] of Object.entries(changes)) if (value !== undefined) next[key] = value;
  return next as T;
}
