/** Program line operations: list, create many (all or nothing), read, update, delete. */
import type { ProgramLine } from "@cofactr/platform-types";
import { HttpError, invalidPk } from "../http-error.js";
import { assertItems } from "../item-problems.js";
import { findVisible } from "../lookup.js";
import { paginate } from "../paging.js";
import { integrationFields, withUpdate } from "../records/integration-fields.js";
import { assertNotComplete } from "../records/programs.js";
import type { Handler, RequestContext } from "../request-context.js";
import type { StoredProgram } from "../stored-records.js";

type LineContext = RequestContext<"getProgramLine" | "updateProgramLine" | "deleteProgramLine">;

function visibleLine({ state, scope, params }: LineContext): { program: StoredProgram; line: ProgramLine } {
  const program = findVisible(state.programs, params.program_id, scope);
  const line = state.programLines.get(params.line_id ?? "");
  if (!line || line.program !== program.id) throw HttpError.notFound();
  return { program, line };
}

/** Get Programs Lines (`GET /v1/programs/{program_id}/lines/`). */
export const listProgramLines: Handler<"listProgramLines"> = ({ state, scope, params, query, url }) => {
  const program = findVisible(state.programs, params.program_id, scope);
  return {
    body: paginate(
      state.programLines.filter((line) => line.program === program.id),
      query,
      url,
    ),
  };
};

/** Get Programs Line (`GET /v1/programs/{program_id}/lines/{line_id}/`). */
export const getProgramLine: Handler<"getProgramLine"> = (context) => ({ body: visibleLine(context).line });

/** Adds every line or none; each names exactly one of a BOM (not archived) or a part of the program's org. */
export const createProgramLines: Handler<"createProgramLines"> = ({ state, scope, params, body, now }) => {
  const program = findVisible(state.programs, params.program_id, scope);
  assertNotComplete(program);
  assertItems(body, (item) => {
    if ((item.bom === undefined) === (item.part === undefined))
      return { non_field_errors: ["Give exactly one of bom and part."] };
    if (item.bom !== undefined) {
      const bom = state.boms.get(item.bom);
      if (!bom || bom.org !== program.org) return { bom: [invalidPk(item.bom)] };
      if (bom.archived) return { bom: ["This BOM is archived; a program can't build it."] };
    }
    if (item.part !== undefined && state.parts.get(item.part)?.org !== program.org)
      return { part: [invalidPk(item.part)] };
    return undefined;
  });
  const lines = body.map((item) => {
    const id = state.nextId();
    const line: ProgramLine = {
      id,
      program: program.id,
      bom: item.bom ?? null,
      part: item.part ?? null,
      quantity: item.quantity,
      included: item.included ?? true,
      need_by: item.need_by ?? null,
      notes: item.notes ?? null,
      metadata: item.metadata ?? {},
      created_at: now,
      updated_at: now,
      ...integrationFields(item),
    };
    return state.programLines.set(id, line);
  });
  state.programs.set(program.id, { ...program, updated_at: now });
  return { status: 201, body: lines };
};

/** Update Programs Line (`PATCH /v1/programs/{program_id}/lines/{line_id}/`). */
export const updateProgramLine: Handler<"updateProgramLine"> = (context) => {
  const { state, body, now } = context;
  const { program, line } = visibleLine(context);
  assertNotComplete(program);
  const changed: ProgramLine = withUpdate(line, body, now);
  return { body: state.programLines.set(line.id, changed) };
};

/** Delete Programs Line (`DELETE /v1/programs/{program_id}/lines/{line_id}/`). */
export const deleteProgramLine: Handler<"deleteProgramLine"> = (context) => {
  const { program, line } = visibleLine(context);
  assertNotComplete(program);
  context.state.programLines.delete(line.id);
  return { status: 204 };
};
