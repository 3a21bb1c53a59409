/** BOM operations: list, create (from Cofactr data or raw lines), read, update, delete or archive, approve, upsert. */
import type { OperationRequestBody } from "@cofactr/platform-types";
import { HttpError, invalidPk } from "../http-error.js";
import { assertItems } from "../item-problems.js";
import { findVisible } from "../lookup.js";
import { paginate } from "../paging.js";
import { startJob } from "../records/async-jobs.js";
import { addPartLine, addRawLine, assertNotArchived, linesOf, presentBom, rawLineProblems } from "../records/boms.js";
import { integrationFields, withUpdate } from "../records/integration-fields.js";
import type { Handler } from "../request-context.js";
import type { StoredBom } from "../stored-records.js";

/** Gets Boms that user has read access to (`GET /v1/boms/`). */
export const listBoms: Handler<"listBoms"> = ({ state, scope, query, url }) => {
  const archived = query.archived ?? false;
  // Newest first.
  const boms = state.boms
    .filter((bom) => scope.sees(bom.org) && bom.archived === archived)
    .reverse()
    .map((bom) => presentBom(state, bom));
  return { body: paginate(boms, query, url) };
};

/** Gets a Bom (`GET /v1/boms/{bom_id}/`). */
export const getBom: Handler<"getBom"> = ({ state, scope, params }) => ({
  body: presentBom(state, findVisible(state.boms, params.bom_id, scope)),
});

function newBom(
  id: string,
  org: string,
  input: OperationRequestBody<"createBom"> | OperationRequestBody<"createBomFromRaw">,
  now: string,
): StoredBom {
  return {
    id,
    name: input.name,
    version: input.version ?? null,
    part_number: input.part_number ?? null,
    approved: false,
    approved_at: null,
    archived: false,
    metadata: input.metadata ?? {},
    org,
    created_at: now,
    updated_at: now,
    ...integrationFields(input),
  };
}

/** Creates an unapproved BOM whose lines name the org's parts; lines for the same part are summed. */
export const createBom: Handler<"createBom"> = ({ state, scope, body, now }) => {
  const org = scope.acting;
  const ownsPart = (id: string) => state.parts.get(id)?.org === org;
  assertItems(
    body.lines ?? [],
    (line) => {
      const problems: Record<string, string[]> = {};
      if (!ownsPart(line.part)) problems.part = [invalidPk(line.part)];
      const unknown = (line.alternative_parts ?? []).filter((id) => !ownsPart(id));
      if (unknown.length > 0) problems.alternative_parts = unknown.map(invalidPk);
      return Object.keys(problems).length > 0 ? problems : undefined;
    },
    "lines",
  );
  const id = state.nextId();
  const bom = state.boms.set(id, newBom(id, org, body, now));
  for (const line of body.lines ?? []) addPartLine(state, bom, line, now);
  return { status: 201, body: presentBom(state, bom) };
};

/** Creates an unapproved BOM from raw lines, matched to parts before answering. */
export const createBomFromRaw: Handler<"createBomFromRaw"> = ({ state, scope, body, now }) => {
  assertItems(body.lines ?? [], rawLineProblems, "lines");
  const id = state.nextId();
  const bom = state.boms.set(id, newBom(id, scope.acting, body, now));
  for (const line of body.lines ?? []) addRawLine(state, bom, line, now);
  return { status: 201, body: presentBom(state, bom) };
};

/** Updates a Bom (`PATCH /v1/boms/{bom_id}/`). */
export const updateBom: Handler<"updateBom"> = ({ state, scope, params, body, now }) => {
  const bom = findVisible(state.boms, params.bom_id, scope);
  assertNotArchived(bom);
  const changed: StoredBom = withUpdate(bom, body, now);
  return { body: presentBom(state, state.boms.set(bom.id, changed)) };
};

/** Deletes an unapproved BOM with its lines; archives an approved one (both 204). */
export const deleteBom: Handler<"deleteBom"> = ({ state, scope, params, now }) => {
  const bom = findVisible(state.boms, params.bom_id, scope);
  if (bom.archived) return { status: 204 };
  if (bom.approved) {
    state.boms.set(bom.id, { ...bom, archived: true, updated_at: now });
    return { status: 204 };
  }
  if (state.programLines.find((line) => line.bom === bom.id))
    throw HttpError.rule("A program line builds this BOM; remove the line from the program first.");
  for (const line of linesOf(state, bom.id)) state.bomLines.delete(line.id);
  state.boms.delete(bom.id);
  return { status: 204 };
};

/** Approves an unapproved Bom (`POST /v1/boms/{bom_id}/approve/`). */
export const approveBom: Handler<"approveBom"> = ({ state, scope, params, now }) => {
  const bom = findVisible(state.boms, params.bom_id, scope);
  assertNotArchived(bom);
  if (bom.approved) throw HttpError.rule("This BOM is already approved.");
  const approved = { ...bom, approved: true, approved_at: now, updated_at: now };
  return { body: presentBom(state, state.boms.set(bom.id, approved)) };
};

/** Checks the body at once (400), then answers the id of the job that upserts the BOM when it runs. */
export const upsertBomAsync: Handler<"upsertBomAsync"> = ({ state, scope, body, now }) => {
  if (body.name.trim() === "") throw HttpError.field("name", "This field may not be blank.");
  assertItems(body.lines ?? [], rawLineProblems, "lines");
  return { body: startJob(state, scope.acting, { kind: "upsert_bom", body }, now) };
};
