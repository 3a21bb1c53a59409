/** BOM operations. */
import type { Bom, BomUpsert } from "@cofactr/platform-types";
import { HttpError } from "../http-error.js";
import { paginate } from "../paging.js";
import type { Handler, RequestContext } from "../request-context.js";

function visibleBom(context: RequestContext): Bom {
  const bom = context.state.boms.get(context.params.bom_id as string);
  if (!bom || !context.scope.sees(bom.org)) throw HttpError.detail(404, "Not found.");
  return bom;
}

export const listBoms: Handler = (context) => {
  const archived = context.query.get("archived") === "true";
  const boms = [...context.state.boms.values()]
    .filter((bom) => context.scope.sees(bom.org) && bom.archived === archived)
    .sort((a, b) => b.created_at.localeCompare(a.created_at) || b.id.localeCompare(a.id));
  return { body: paginate(boms, context.query, context.url) };
};

export const getBom: Handler = (context) => ({ body: visibleBom(context) });

/** The BOM an upsert replaces: same integration record when named, else same name and version. */
function findUpsertTarget(context: RequestContext, request: BomUpsert): Bom | undefined {
  const candidates = [...context.state.boms.values()].filter(
    (bom) => bom.org === context.scope.acting && !bom.archived,
  );
  if (request.integration_source_name && request.integration_record_id) {
    return candidates.find(
      (bom) =>
        bom.integration_source_name === request.integration_source_name &&
        bom.integration_record_id === request.integration_record_id,
    );
  }
  return candidates.find((bom) => bom.name === request.name && bom.version === (request.version ?? null));
}

/**
 * Upserts the BOM and answers with the id of a job that records the outcome. The work is done
 * before the answer, so the BOM is readable at once; the job reports it as succeeded.
 */
export const upsertBomAsync: Handler = (context) => {
  const request = context.body as BomUpsert;
  const { state, now } = context;
  const existing = findUpsertTarget(context, request);
  const approved = request.approved ?? false;
  const bom: Bom = {
    id: existing?.id ?? state.nextId(),
    name: request.name,
    version: request.version ?? null,
    part_number: request.part_number ?? null,
    approved: approved || (existing?.approved ?? false),
    approved_at: existing?.approved_at ?? (approved ? now : null),
    archived: false,
    line_count: request.lines?.length ?? existing?.line_count ?? 0,
    metadata: request.metadata ?? existing?.metadata ?? {},
    org: context.scope.acting,
    created_at: existing?.created_at ?? now,
    updated_at: now,
    synced_from_integration: request.synced_from_integration ?? false,
    integration_source_name: request.integration_source_name ?? null,
    integration_record_id: request.integration_record_id ?? null,
    synced_from_integration_at: request.synced_from_integration_at ?? null,
  };
  state.boms.set(bom.id, bom);
  const jobId = state.nextId();
  state.jobs.set(jobId, {
    id: jobId,
    org: context.scope.acting,
    kind: "upsert_bom",
    status: "succeeded",
    result: { bom_id: bom.id, created: existing === undefined },
    error: null,
    created_at: now,
    updated_at: now,
  });
  return { body: jobId };
};
