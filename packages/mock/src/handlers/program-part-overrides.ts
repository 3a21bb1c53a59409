/** Program part override operations: list, create (one per part), read, update, delete. */
import type { ProgramPartOverride } from "@cofactr/platform-types";
import { HttpError } from "../http-error.js";
import { findOwned, findVisible } from "../lookup.js";
import { paginate } from "../paging.js";
import { integrationFields, withUpdate } from "../records/integration-fields.js";
import { assertNotComplete } from "../records/programs.js";
import type { Handler, RequestContext } from "../request-context.js";
import type { StoredProgram } from "../stored-records.js";

type OverrideContext = RequestContext<
  "getProgramPartOverride" | "updateProgramPartOverride" | "deleteProgramPartOverride"
>;

function visibleOverride({ state, scope, params }: OverrideContext): {
  program: StoredProgram;
  override: ProgramPartOverride;
} {
  const program = findVisible(state.programs, params.program_id, scope);
  const override = state.programPartOverrides.get(params.part_override_id ?? "");
  if (!override || override.program !== program.id) throw HttpError.notFound();
  return { program, override };
}

/** Get Program Part Overrides (`GET /v1/programs/{program_id}/part_overrides/`). */
export const listProgramPartOverrides: Handler<"listProgramPartOverrides"> = ({ state, scope, params, query, url }) => {
  const program = findVisible(state.programs, params.program_id, scope);
  const overrides = state.programPartOverrides.filter((override) => override.program === program.id);
  return { body: paginate(overrides, query, url) };
};

/** Get Program Part Override (`GET /v1/programs/{program_id}/part_overrides/{part_override_id}/`). */
export const getProgramPartOverride: Handler<"getProgramPartOverride"> = (context) => ({
  body: visibleOverride(context).override,
});

/** Create Program Part Overrides (`POST /v1/programs/{program_id}/part_overrides/`). */
export const createProgramPartOverride: Handler<"createProgramPartOverride"> = ({
  state,
  scope,
  params,
  body,
  now,
}) => {
  const program = findVisible(state.programs, params.program_id, scope);
  assertNotComplete(program);
  findOwned(state.parts, body.part, program.org, "part");
  if (body.substitute_part) findOwned(state.parts, body.substitute_part, program.org, "substitute_part");
  if (state.programPartOverrides.find((override) => override.program === program.id && override.part === body.part))
    throw HttpError.field("part", "This program already has an override for this part; change that one instead.");
  const id = state.nextId();
  const override: ProgramPartOverride = {
    id,
    program: program.id,
    part: body.part,
    substitute_part: body.substitute_part ?? null,
    quantity: body.quantity ?? null,
    extra_quantity: body.extra_quantity ?? 0,
    consigned: body.consigned ?? false,
    target_unit_price: body.target_unit_price ?? null,
    notes: body.notes ?? null,
    metadata: body.metadata ?? {},
    created_at: now,
    updated_at: now,
    ...integrationFields(body),
  };
  return { status: 201, body: state.programPartOverrides.set(id, override) };
};

/** Update Program Part Override (`PATCH /v1/programs/{program_id}/part_overrides/{part_override_id}/`). */
export const updateProgramPartOverride: Handler<"updateProgramPartOverride"> = (context) => {
  const { state, body, now } = context;
  const { program, override } = visibleOverride(context);
  assertNotComplete(program);
  if (body.substitute_part) findOwned(state.parts, body.substitute_part, program.org, "substitute_part");
  const changed: ProgramPartOverride = withUpdate(override, body, now);
  return { body: state.programPartOverrides.set(override.id, changed) };
};

/** Delete Program Part Override (`DELETE /v1/programs/{program_id}/part_overrides/{part_override_id}/`). */
export const deleteProgramPartOverride: Handler<"deleteProgramPartOverride"> = (context) => {
  const { program, override } = visibleOverride(context);
  assertNotComplete(program);
  context.state.programPartOverrides.delete(override.id);
  return { status: 204 };
};
