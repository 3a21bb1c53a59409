/** BOM line operations: list, add (summing into a line for the same part), read, update, remove. */
import { HttpError } from "../http-error.js";
import { findOwned, findVisible } from "../lookup.js";
import { paginate } from "../paging.js";
import {
  addPartLine,
  addRawLine,
  assertNotArchived,
  linesOf,
  presentBomLine,
  rawLineProblems,
} from "../records/boms.js";
import { withUpdate } from "../records/integration-fields.js";
import type { Handler, RequestContext } from "../request-context.js";
import type { StoredBom, StoredBomLine } from "../stored-records.js";

type LineContext = RequestContext<"getBomLine" | "updateBomLine" | "deleteBomLine">;

function visibleLine({ state, scope, params }: LineContext): { bom: StoredBom; line: StoredBomLine } {
  const bom = findVisible(state.boms, params.bom_id, scope);
  const line = state.bomLines.get(params.line_id ?? "");
  if (!line || line.bom !== bom.id) throw HttpError.notFound();
  return { bom, line };
}

/** Gets Bom Lines on a Bom (`GET /v1/boms/{bom_id}/lines/`). */
export const listBomLines: Handler<"listBomLines"> = ({ state, scope, params, query, url }) => {
  const bom = findVisible(state.boms, params.bom_id, scope);
  const lines = linesOf(state, bom.id).map((line) => presentBomLine(state, line));
  return { body: paginate(lines, query, url) };
};

/** Gets a BomLine (`GET /v1/boms/{bom_id}/lines/{line_id}/`). */
export const getBomLine: Handler<"getBomLine"> = (context) => ({
  body: presentBomLine(context.state, visibleLine(context).line),
});

/** 201 with a new line, or 200 with the line for the same part that the quantity was added to. */
export const createBomLine: Handler<"createBomLine"> = ({ state, scope, params, body, now }) => {
  const bom = findVisible(state.boms, params.bom_id, scope);
  assertNotArchived(bom);
  findOwned(state.parts, body.part, bom.org, "part");
  for (const alternate of body.alternative_parts ?? []) findOwned(state.parts, alternate, bom.org, "alternative_parts");
  const { line, created } = addPartLine(state, bom, body, now);
  state.boms.set(bom.id, { ...bom, updated_at: now });
  return { status: created ? 201 : 200, body: presentBomLine(state, line) };
};

/** 201 with a new line, or 200 with the line for the same part and designators that took the quantity. */
export const createBomLineFromRaw: Handler<"createBomLineFromRaw"> = ({ state, scope, params, body, now }) => {
  const bom = findVisible(state.boms, params.bom_id, scope);
  assertNotArchived(bom);
  const problems = rawLineProblems(body);
  if (problems) throw HttpError.fields(problems);
  const { line, created } = addRawLine(state, bom, body, now);
  state.boms.set(bom.id, { ...bom, updated_at: now });
  return { status: created ? 201 : 200, body: presentBomLine(state, line) };
};

/** Changes a line; the quantity sent replaces the old one (nothing is summed here). */
export const updateBomLine: Handler<"updateBomLine"> = (context) => {
  const { state, body, now } = context;
  const { bom, line } = visibleLine(context);
  assertNotArchived(bom);
  if (body.part) findOwned(state.parts, body.part, bom.org, "part");
  for (const alternate of body.alternative_parts ?? []) findOwned(state.parts, alternate, bom.org, "alternative_parts");
  const changed: StoredBomLine = withUpdate(line, body, now);
  return { body: presentBomLine(state, state.bomLines.set(line.id, changed)) };
};

/** Removes a Bomline from a Bom (`DELETE /v1/boms/{bom_id}/lines/{line_id}/`). */
export const deleteBomLine: Handler<"deleteBomLine"> = (context) => {
  const { state, now } = context;
  const { bom, line } = visibleLine(context);
  assertNotArchived(bom);
  state.bomLines.delete(line.id);
  state.boms.set(bom.id, { ...bom, updated_at: now });
  return { status: 204 };
};
