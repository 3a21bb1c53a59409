/** Program operations: list, create, read, update (with its status rules), delete, and its reports. */
import type { ProgramStatus } from "@cofactr/platform-types";
import { HttpError } from "../http-error.js";
import { findVisible } from "../lookup.js";
import { paginate } from "../paging.js";
import { startJob } from "../records/async-jobs.js";
import { integrationFields, withUpdate } from "../records/integration-fields.js";
import {
  assertNotComplete,
  presentProgram,
  programAvailability,
  programReferencePricing,
} from "../records/programs.js";
import type { Handler } from "../request-context.js";
import type { StoredProgram } from "../stored-records.js";

/** The status moves an update may make (spec: draft ↔ approved, approved → complete). */
const ALLOWED_MOVES: Record<ProgramStatus, ReadonlyArray<ProgramStatus>> = {
  draft: ["draft", "approved"],
  approved: ["approved", "draft", "complete"],
  complete: ["complete"],
};

/** Gets Programs (`GET /v1/programs/`). */
export const listPrograms: Handler<"listPrograms"> = ({ state, scope, query, url }) => {
  const programs = state.programs
    .filter((program) => scope.sees(program.org) && (query.status === undefined || program.status === query.status))
    .reverse()
    .map((program) => presentProgram(state, program));
  return { body: paginate(programs, query, url) };
};

/** Gets a Program (`GET /v1/programs/{program_id}/`). */
export const getProgram: Handler<"getProgram"> = ({ state, scope, params }) => ({
  body: presentProgram(state, findVisible(state.programs, params.program_id, scope)),
});

/** Creates a Program (`POST /v1/programs/`). */
export const createProgram: Handler<"createProgram"> = ({ state, scope, body, now }) => {
  const id = state.nextId();
  const program: StoredProgram = {
    id,
    name: body.name,
    description: body.description ?? null,
    status: body.status ?? "draft",
    due_date: body.due_date ?? null,
    metadata: body.metadata ?? {},
    org: scope.acting,
    created_at: now,
    updated_at: now,
    ...integrationFields(body),
  };
  return { status: 201, body: presentProgram(state, state.programs.set(id, program)) };
};

/** Updates a Program (`PATCH /v1/programs/{program_id}/`). */
export const updateProgram: Handler<"updateProgram"> = ({ state, scope, params, body, now }) => {
  const program = findVisible(state.programs, params.program_id, scope);
  assertNotComplete(program);
  if (body.status !== undefined && !ALLOWED_MOVES[program.status].includes(body.status))
    throw HttpError.field("status", `A program can't move from "${program.status}" to "${body.status}".`);
  const changed: StoredProgram = withUpdate(program, body, now);
  return { body: presentProgram(state, state.programs.set(program.id, changed)) };
};

/** Deletes a program whatever its status, with its lines and part overrides. */
export const deleteProgram: Handler<"deleteProgram"> = ({ state, scope, params }) => {
  const program = findVisible(state.programs, params.program_id, scope);
  for (const line of state.programLines.filter((candidate) => candidate.program === program.id))
    state.programLines.delete(line.id);
  for (const override of state.programPartOverrides.filter((candidate) => candidate.program === program.id))
    state.programPartOverrides.delete(override.id);
  state.programs.delete(program.id);
  return { status: 204 };
};

/** Gets Program Availabilities (`GET /v1/programs/{program_id}/availabilities/`). */
export const getProgramAvailabilities: Handler<"getProgramAvailabilities"> = ({ state, scope, params, now }) => ({
  body: programAvailability(state, findVisible(state.programs, params.program_id, scope), now),
});

/** Answers 202 with the id of a job whose result is the availabilities, worked out when it runs. */
export const getProgramAvailabilitiesAsync: Handler<"getProgramAvailabilitiesAsync"> = ({
  state,
  scope,
  params,
  now,
}) => {
  const program = findVisible(state.programs, params.program_id, scope);
  return {
    status: 202,
    body: startJob(state, program.org, { kind: "program_availabilities", program: program.id }, now),
  };
};

/** Gets Program Reference Pricing (`GET /v1/programs/{program_id}/reference_pricing/`). */
export const getProgramReferencePricing: Handler<"getProgramReferencePricing"> = ({ state, scope, params, now }) => ({
  body: programReferencePricing(state, findVisible(state.programs, params.program_id, scope), now),
});
