/** Team type operations. Names are unique in the org; a type still used by a team can't be deleted. */
import { HttpError } from "../http-error.js";
import { findVisible } from "../lookup.js";
import type { MockState } from "../mock-state.js";
import { paginate } from "../paging.js";
import { presentTeamType } from "../records/counted-records.js";
import type { Handler } from "../request-context.js";

function assertNameFree(state: MockState, org: string, name: string, except?: string): void {
  if (state.teamTypes.find((type) => type.org === org && type.name === name && type.id !== except))
    throw HttpError.field("name", "The org already has a team type with this name.");
}

/** Get Team Types (`GET /v1/team_types/`). */
export const listTeamTypes: Handler<"listTeamTypes"> = ({ state, scope, query, url }) => {
  const types = state.teamTypes
    .filter((type) => scope.sees(type.org))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((type) => presentTeamType(state, type));
  return { body: paginate(types, query, url) };
};

/** Get Team Type (`GET /v1/team_types/{team_type_id}/`). */
export const getTeamType: Handler<"getTeamType"> = ({ state, scope, params }) => ({
  body: presentTeamType(state, findVisible(state.teamTypes, params.team_type_id, scope)),
});

/** Create Team Type (`POST /v1/team_types/`). */
export const createTeamType: Handler<"createTeamType"> = ({ state, scope, body, now }) => {
  assertNameFree(state, scope.acting, body.name);
  const id = state.nextId();
  const type = { id, name: body.name, org: scope.acting, created_at: now, updated_at: now };
  return { status: 201, body: presentTeamType(state, state.teamTypes.set(id, type)) };
};

/** Update Team Type (`PATCH /v1/team_types/{team_type_id}/`). */
export const updateTeamType: Handler<"updateTeamType"> = ({ state, scope, params, body, now }) => {
  const type = findVisible(state.teamTypes, params.team_type_id, scope);
  if (body.name !== undefined) assertNameFree(state, type.org, body.name, type.id);
  const changed = { ...type, name: body.name ?? type.name, updated_at: now };
  return { body: presentTeamType(state, state.teamTypes.set(type.id, changed)) };
};

/** Delete Team Type (`DELETE /v1/team_types/{team_type_id}/`). */
export const deleteTeamType: Handler<"deleteTeamType"> = ({ state, scope, params }) => {
  const type = findVisible(state.teamTypes, params.team_type_id, scope);
  if (state.teams.find((team) => team.team_type === type.id))
    throw HttpError.rule("Teams still have this type (archived ones included); move them to another type first.");
  state.teamTypes.delete(type.id);
  return { status: 204 };
};
