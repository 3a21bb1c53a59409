/**
 * RFQ operations. Status moves draft → sent → closed, a closed RFQ can be reopened as sent, and
 * nothing goes back to draft (suppliers already have it).
 */
import type { OperationRequestBody } from "@cofactr/platform-types";
import { HttpError, invalidPk } from "../http-error.js";
import { findOwned, findVisible } from "../lookup.js";
import type { MockState } from "../mock-state.js";
import { presentRfq } from "../records/counted-records.js";
import { integrationFields, withUpdate } from "../records/integration-fields.js";
import type { Handler } from "../request-context.js";
import type { StoredRfq } from "../stored-records.js";

type RfqInput = OperationRequestBody<"createRfq"> | OperationRequestBody<"updateRfq">;

/** Checks the ids an RFQ names: suppliers, program and team of its org (the team not archived). */
function checkReferences(state: MockState, org: string, input: RfqInput, currentTeam?: string | null): void {
  const unknown = (input.suppliers ?? []).filter((id) => state.suppliers.get(id)?.org !== org);
  if (unknown.length > 0) throw HttpError.fields({ suppliers: unknown.map(invalidPk) });
  if (input.program) findOwned(state.programs, input.program, org, "program");
  if (input.team && input.team !== currentTeam) {
    const team = findOwned(state.teams, input.team, org, "team");
    if (team.archived) throw HttpError.field("team", "This team is archived; records can't be assigned to it.");
  }
}

/** Create Rfq (`POST /v1/rfqs/`). */
export const createRfq: Handler<"createRfq"> = ({ state, scope, body, now }) => {
  const org = scope.acting;
  checkReferences(state, org, body);
  const id = state.nextId();
  const rfq: StoredRfq = {
    id,
    name: body.name,
    status: body.status ?? "draft",
    suppliers: body.suppliers ?? [],
    due_date: body.due_date ?? null,
    program: body.program ?? null,
    team: body.team ?? null,
    notes: body.notes ?? null,
    metadata: body.metadata ?? {},
    org,
    created_at: now,
    updated_at: now,
    ...integrationFields(body),
  };
  return { status: 201, body: presentRfq(state, state.rfqs.set(id, rfq)) };
};

/** Update Rfq (`PATCH /v1/rfqs/{rfq_id}/`). */
export const updateRfq: Handler<"updateRfq"> = ({ state, scope, params, body, now }) => {
  const rfq = findVisible(state.rfqs, params.rfq_id, scope);
  if (body.status === "draft" && rfq.status !== "draft")
    throw HttpError.field("status", "Suppliers already have this RFQ; it can't go back to draft.");
  checkReferences(state, rfq.org, body, rfq.team);
  const changed: StoredRfq = withUpdate(rfq, body, now);
  return { body: presentRfq(state, state.rfqs.set(rfq.id, changed)) };
};
