/** RFQ line operations. A part is on an RFQ at most once; a closed RFQ takes no new or changed lines. */
import type { RfqLine } from "@cofactr/platform-types";
import { HttpError } from "../http-error.js";
import { findOwned, findVisible } from "../lookup.js";
import { integrationFields, withUpdate } from "../records/integration-fields.js";
import type { Handler } from "../request-context.js";
import type { StoredRfq } from "../stored-records.js";

function assertOpen(rfq: StoredRfq): void {
  if (rfq.status === "closed") throw HttpError.rule("This RFQ is closed; reopen it (status sent) to change its lines.");
}

/** Create RfqLine (`POST /v1/rfqs/{rfq_id}/lines/`). */
export const createRfqLine: Handler<"createRfqLine"> = ({ state, scope, params, body, now }) => {
  const rfq = findVisible(state.rfqs, params.rfq_id, scope);
  assertOpen(rfq);
  findOwned(state.parts, body.part, rfq.org, "part");
  const existing = state.rfqLines.find((line) => line.rfq === rfq.id && line.part === body.part);
  if (existing)
    throw HttpError.field(
      "part",
      `The RFQ already asks for this part (line ${existing.id}); change its quant instead.`,
    );
  const id = state.nextId();
  const line: RfqLine = {
    id,
    rfq: rfq.id,
    part: body.part,
    quant: body.quant,
    target_unit_price: body.target_unit_price ?? null,
    need_by: body.need_by ?? null,
    notes: body.notes ?? null,
    metadata: body.metadata ?? {},
    created_at: now,
    updated_at: now,
    ...integrationFields(body),
  };
  state.rfqs.set(rfq.id, { ...rfq, updated_at: now });
  return { status: 201, body: state.rfqLines.set(id, line) };
};

/** Update RfqLine (`PATCH /v1/rfqs/{rfq_id}/lines/{line_id}/`). */
export const updateRfqLine: Handler<"updateRfqLine"> = ({ state, scope, params, body, now }) => {
  const rfq = findVisible(state.rfqs, params.rfq_id, scope);
  const line = state.rfqLines.get(params.line_id ?? "");
  if (!line || line.rfq !== rfq.id) throw HttpError.notFound();
  assertOpen(rfq);
  const changed: RfqLine = withUpdate(line, body, now);
  return { body: state.rfqLines.set(line.id, changed) };
};
