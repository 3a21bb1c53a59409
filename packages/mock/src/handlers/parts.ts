/** Part operations: read by id or CPID, and the async create and upsert (checked at once, run as a job). */
import type { PartCreate } from "@cofactr/platform-types";
import { HttpError } from "../http-error.js";
import { assertItems, type ItemProblems } from "../item-problems.js";
import { startJob } from "../records/async-jobs.js";
import { assignCpid, findPart } from "../records/parts.js";
import type { Handler } from "../request-context.js";

/** Get Part (`GET /v1/parts/{part_id}/`). */
export const getPart: Handler<"getPart"> = ({ state, scope, params }) => {
  const part = findPart(state, params.part_id ?? "", scope.sees);
  if (!part) throw HttpError.notFound();
  return { body: part };
};

/**
 * Finds items of one body that name the same part: by integration record, `custom_id`, or CPID
 * (found from MPN and manufacturer). Such a body is refused at once, before any job starts.
 */
function duplicateItems(items: PartCreate[], org: string): (item: PartCreate, index: number) => ItemProblems {
  const keysOf = (item: PartCreate) => [
    ...(item.integration_source_name && item.integration_record_id
      ? [`integration ${item.integration_source_name}/${item.integration_record_id}`]
      : []),
    ...(item.custom_id ? [`custom_id "${item.custom_id}"`] : []),
    // An org holds at most one part per CPID, so two items with one CPID would clash.
    `CPID ${assignCpid(item, org)}`,
  ];
  const firstWith = new Map<string, number>();
  items.forEach((item, index) => {
    for (const key of keysOf(item)) if (!firstWith.has(key)) firstWith.set(key, index);
  });
  return (item, index) => {
    const duplicate = keysOf(item).find((key) => firstWith.get(key) !== index);
    if (duplicate === undefined) return undefined;
    return { non_field_errors: [`Names the same part as parts[${firstWith.get(duplicate)}]: ${duplicate}.`] };
  };
}

/** Async Create Parts (`POST /v1/parts/create_async/`). */
export const createPartsAsync: Handler<"createPartsAsync"> = ({ state, scope, body, now }) => {
  assertItems(body.parts, duplicateItems(body.parts, scope.acting), "parts");
  return { status: 202, body: startJob(state, scope.acting, { kind: "create_parts", body }, now) };
};

/** Async Upsert Parts (`POST /v1/parts/upsert_async/`). */
export const upsertPartsAsync: Handler<"upsertPartsAsync"> = ({ state, scope, body, now }) => {
  assertItems(body.parts, duplicateItems(body.parts, scope.acting), "parts");
  return { status: 202, body: startJob(state, scope.acting, { kind: "upsert_parts", body }, now) };
};
