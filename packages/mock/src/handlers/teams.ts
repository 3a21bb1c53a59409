/**
 * Team operations. Archive and unarchive are the only way to change `archived`, and both do nothing
 * when the team is already in that state; delete is refused while records are assigned to the team.
 */
import type { Team } from "@cofactr/platform-types";
import { HttpError } from "../http-error.js";
import { findOwned, findVisible } from "../lookup.js";
import type { MockState } from "../mock-state.js";
import { paginate } from "../paging.js";
import { integrationFields, withUpdate } from "../records/integration-fields.js";
import type { Handler } from "../request-context.js";

function assertNameFree(state: MockState, org: string, name: string, except?: string): void {
  if (state.teams.find((team) => team.org === org && team.name === name && team.id !== except))
    throw HttpError.field("name", "The org already has a team with this name.");
}

/** Get Teams (`GET /v1/teams/`). */
export const listTeams: Handler<"listTeams"> = ({ state, scope, query, url }) => {
  const archived = query.archived ?? false;
  const teams = state.teams
    .filter(
      (team) =>
        scope.sees(team.org) &&
        team.archived === archived &&
        (query.team_type === undefined || team.team_type === query.team_type),
    )
    .sort((a, b) => a.name.localeCompare(b.name));
  return { body: paginate(teams, query, url) };
};

/** Get Team (`GET /v1/teams/{team_id}/`). */
export const getTeam: Handler<"getTeam"> = ({ state, scope, params }) => ({
  body: findVisible(state.teams, params.team_id, scope),
});

/** Create Team (`POST /v1/teams/`). */
export const createTeam: Handler<"createTeam"> = ({ state, scope, body, now }) => {
  const org = scope.acting;
  findOwned(state.teamTypes, body.team_type, org, "team_type");
  assertNameFree(state, org, body.name);
  const id = state.nextId();
  const team: Team = {
    id,
    name: body.name,
    team_type: body.team_type,
    archived: false,
    archived_at: null,
    metadata: body.metadata ?? {},
    org,
    created_at: now,
    updated_at: now,
    ...integrationFields(body),
  };
  return { status: 201, body: state.teams.set(id, team) };
};

/** Update Team (`PATCH /v1/teams/{team_id}/`). */
export const updateTeam: Handler<"updateTeam"> = ({ state, scope, params, body, now }) => {
  const team = findVisible(state.teams, params.team_id, scope);
  if (body.team_type !== undefined) findOwned(state.teamTypes, body.team_type, team.org, "team_type");
  if (body.name !== undefined) assertNameFree(state, team.org, body.name, team.id);
  const changed: Team = withUpdate(team, body, now);
  return { body: state.teams.set(team.id, changed) };
};

/** Deletes a team no record is assigned to; otherwise 400 (archive it instead). */
export const deleteTeam: Handler<"deleteTeam"> = ({ state, scope, params }) => {
  const team = findVisible(state.teams, params.team_id, scope);
  const assigned =
    state.purchaseOrders.find((order) => order.team === team.id) ?? state.rfqs.find((rfq) => rfq.team === team.id);
  if (assigned) throw HttpError.rule("Records are assigned to this team; archive it instead of deleting it.");
  state.teams.delete(team.id);
  return { status: 204 };
};

/** Archive Team (`POST /v1/teams/{team_id}/archive/`). */
export const archiveTeam: Handler<"archiveTeam"> = ({ state, scope, params, now }) => {
  const team = findVisible(state.teams, params.team_id, scope);
  if (team.archived) return { body: team };
  return { body: state.teams.set(team.id, { ...team, archived: true, archived_at: now, updated_at: now }) };
};

/** Unarchive Team (`POST /v1/teams/{team_id}/unarchive/`). */
export const unarchiveTeam: Handler<"unarchiveTeam"> = ({ state, scope, params, now }) => {
  const team = findVisible(state.teams, params.team_id, scope);
  if (!team.archived) return { body: team };
  return { body: state.teams.set(team.id, { ...team, archived: false, archived_at: null, updated_at: now }) };
};
