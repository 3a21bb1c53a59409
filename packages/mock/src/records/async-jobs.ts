/**
 * Async jobs: Upsert BOM Async, Async Create/Upsert Parts and Program Availabilities Async start
 * one and answer its id. The work happens when the job runs, not when it is started, so a client
 * that forgets to wait for the job sees what it would see against Cofactr: nothing yet.
 *
 * Jobs move on when they are read, which keeps tests fast and deterministic: the first read of a
 * job answers `pending`, the second `running`, and the third runs the work and answers `succeeded`
 * (with `result`) or `failed` (with `error`, and no change made). Later reads answer the same.
 */
import type { AsyncJob, BomUpsert, Part, PartCreate } from "@cofactr/platform-types";
import { HttpError } from "../http-error.js";
import type { MockState } from "../mock-state.js";
import type { JobWork, StoredBom, StoredJob } from "../stored-records.js";
import { addRawLine, linesOf } from "./boms.js";
import { integrationFields } from "./integration-fields.js";
import { assignCpid, newPart } from "./parts.js";
import { programAvailability } from "./programs.js";

/** Reads after which a job has run; see the module comment. */
const READS_TO_FINISH = 3;

function jobSize(state: MockState, work: JobWork): number {
  switch (work.kind) {
    case "upsert_bom":
      return work.body.lines?.length ?? 0;
    case "create_parts":
    case "upsert_parts":
      return work.body.parts.length;
    case "program_availabilities":
      return state.programLines.filter((line) => line.program === work.program).length;
  }
}

/** Starts a job for `org` and answers its id. */
export function startJob(state: MockState, org: string, work: JobWork, now: string): string {
  const id = state.nextId();
  state.jobs.set(id, {
    id,
    kind: work.kind,
    status: "pending",
    progress: { completed: 0, total: null },
    result: null,
    error: null,
    created_at: now,
    updated_at: now,
    finished_at: null,
    org,
    reads: 0,
    work,
  });
  return id;
}

/** The job as the API answers it. */
export function presentJob(job: StoredJob): AsyncJob {
  const { org: _org, reads: _reads, work: _work, ...answer } = job;
  return answer;
}

function describeFailure(error: unknown): string {
  if (!(error instanceof HttpError)) return (error as Error).message;
  const body = error.body as Record<string, unknown>;
  if (typeof body.detail === "string") return body.detail;
  return Object.entries(body)
    .map(([field, messages]) => `${field}: ${Array.isArray(messages) ? messages.join(" ") : JSON.stringify(messages)}`)
    .join("; ");
}

/** Reads a job, moving it one step on (see the module comment), and answers it. */
export function readJob(state: MockState, job: StoredJob, now: string): StoredJob {
  if (job.status === "succeeded" || job.status === "failed") return job;
  const reads = job.reads + 1;
  const total = jobSize(state, job.work);
  let next: StoredJob = { ...job, reads };
  if (reads === READS_TO_FINISH - 1) {
    next = { ...next, status: "running", progress: { completed: Math.floor(total / 2), total }, updated_at: now };
  } else if (reads >= READS_TO_FINISH) {
    try {
      const result = state.attempt(() => runJob(state, job, now));
      next = { ...next, status: "succeeded", result, progress: { completed: total, total } };
    } catch (error) {
      next = {
        ...next,
        status: "failed",
        error: { detail: describeFailure(error) },
        progress: { completed: 0, total },
      };
    }
    next = { ...next, updated_at: now, finished_at: now };
  }
  return state.jobs.set(job.id, next);
}

function runJob(state: MockState, job: StoredJob, now: string): Record<string, unknown> {
  const work = job.work;
  switch (work.kind) {
    case "upsert_bom":
      return upsertBom(state, job.org, work.body, now);
    case "create_parts":
      return createParts(state, job.org, work.body.parts, now);
    case "upsert_parts":
      return upsertParts(state, job.org, work.body.parts, now);
    case "program_availabilities": {
      const program = state.programs.get(work.program);
      if (!program) throw HttpError.detail(404, "The program was deleted before its availabilities were worked out.");
      return { ...programAvailability(state, program, now) };
    }
  }
}

/**
 * The BOM an upsert replaces: same integration record when both ids are given, else same name and
 * version. Archived BOMs are history and are never replaced.
 */
export function findUpsertTarget(state: MockState, org: string, body: BomUpsert): StoredBom | undefined {
  const candidates = state.boms.filter((bom) => bom.org === org && !bom.archived);
  if (body.integration_source_name && body.integration_record_id) {
    return candidates.find(
      (bom) =>
        bom.integration_source_name === body.integration_source_name &&
        bom.integration_record_id === body.integration_record_id,
    );
  }
  return candidates.find((bom) => bom.name === body.name && bom.version === (body.version ?? null));
}

function upsertBom(state: MockState, org: string, body: BomUpsert, now: string): Record<string, unknown> {
  const existing = findUpsertTarget(state, org, body);
  const approve = body.approved === true && !existing?.approved;
  const bom: StoredBom = {
    id: existing?.id ?? state.nextId(),
    name: body.name,
    version: body.version ?? null,
    part_number: body.part_number ?? null,
    approved: approve || (existing?.approved ?? false),
    approved_at: approve ? now : (existing?.approved_at ?? null),
    archived: false,
    metadata: body.metadata ?? existing?.metadata ?? {},
    org,
    created_at: existing?.created_at ?? now,
    updated_at: now,
    ...integrationFields(
      {
        ...(body.synced_from_integration !== undefined
          ? { synced_from_integration: body.synced_from_integration }
          : {}),
        ...(body.integration_source_name ? { integration_source_name: body.integration_source_name } : {}),
        ...(body.integration_record_id ? { integration_record_id: body.integration_record_id } : {}),
        ...(body.synced_from_integration_at ? { synced_from_integration_at: body.synced_from_integration_at } : {}),
      },
      existing,
    ),
  };
  state.boms.set(bom.id, bom);
  // The upsert replaces the lines: the body states the whole BOM.
  if (existing && body.lines !== undefined) for (const line of linesOf(state, bom.id)) state.bomLines.delete(line.id);
  (body.lines ?? []).forEach((line, index) => {
    addRawLine(state, bom, line, now, `lines[${index}].quantity`);
  });
  return { bom: bom.id, created: existing === undefined };
}

/** The org's parts by the keys imports match on, built once per job so that large imports stay fast. */
class PartIndex {
  private readonly byCustomId = new Map<string, Part>();
  private readonly byCpid = new Map<string, Part>();
  private readonly byIntegration = new Map<string, Part>();

  constructor(parts: ReadonlyArray<Part>) {
    for (const part of parts) this.add(part);
  }

  add(part: Part): void {
    if (part.custom_id) this.byCustomId.set(part.custom_id, part);
    this.byCpid.set(part.cpid, part);
    const integration = integrationKey(part);
    if (integration) this.byIntegration.set(integration, part);
  }

  customId(customId: string | null | undefined): Part | undefined {
    return customId ? this.byCustomId.get(customId) : undefined;
  }

  cpid(cpid: string): Part | undefined {
    return this.byCpid.get(cpid);
  }

  integration(item: {
    integration_source_name?: string | null;
    integration_record_id?: string | null;
  }): Part | undefined {
    const key = integrationKey(item);
    return key ? this.byIntegration.get(key) : undefined;
  }
}

function integrationKey(item: { integration_source_name?: string | null; integration_record_id?: string | null }) {
  return item.integration_source_name && item.integration_record_id
    ? `${item.integration_source_name}\u0000${item.integration_record_id}`
    : undefined;
}

function createParts(state: MockState, org: string, items: PartCreate[], now: string): Record<string, unknown> {
  const index = new PartIndex(state.parts.filter((part) => part.org === org));
  // All or nothing: every item is checked before the first part is made.
  items.forEach((item, position) => {
    const cpid = assignCpid(item, org);
    const conflict = index.customId(item.custom_id)
      ? `a part with custom_id "${item.custom_id}" already exists`
      : index.cpid(cpid)
        ? `a part with CPID ${cpid} (${item.mpn}) already exists`
        : undefined;
    if (conflict) throw HttpError.detail(400, `parts[${position}]: ${conflict}; no part was created.`);
  });
  const ids = items.map((item) => {
    const part = newPart(state, org, item, now);
    return state.parts.set(part.id, part).id;
  });
  return { parts: ids };
}

/** The org's part an upsert item updates (see `PartsUpsertAsync`), or undefined to create one. */
function upsertMatch(index: PartIndex, org: string, item: PartCreate): Part | undefined {
  const byIntegration = index.integration(item);
  if (byIntegration) return byIntegration;
  if (item.custom_id) return index.customId(item.custom_id);
  return index.cpid(assignCpid(item, org));
}

function upsertParts(state: MockState, org: string, items: PartCreate[], now: string): Record<string, unknown> {
  const index = new PartIndex(state.parts.filter((part) => part.org === org));
  const matches = items.map((item) => upsertMatch(index, org, item));
  const firstMatch = new Map<Part, number>();
  matches.forEach((match, position) => {
    if (!match) return;
    const earlier = firstMatch.get(match);
    if (earlier !== undefined)
      throw HttpError.detail(
        400,
        `parts[${position}]: matches the same part as parts[${earlier}]; no part was changed.`,
      );
    firstMatch.set(match, position);
  });
  let created = 0;
  const ids = items.map((item, position) => {
    const match = matches[position];
    const {
      synced_from_integration,
      integration_source_name,
      integration_record_id,
      synced_from_integration_at,
      ...fields
    } = item;
    const changed: Part = match
      ? {
          ...match,
          ...Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)),
          ...integrationFields(
            { synced_from_integration, integration_source_name, integration_record_id, synced_from_integration_at },
            match,
          ),
        }
      : newPart(state, org, item, now);
    const cpid = assignCpid(changed, org);
    // An org holds at most one part per CPID, so an item may not make a second one.
    const clash = index.cpid(cpid);
    if (clash && clash.id !== changed.id)
      throw HttpError.detail(
        400,
        `parts[${position}]: would share CPID ${cpid} with part ${clash.id}; no part was changed.`,
      );
    if (!match) {
      created++;
      index.add(state.parts.set(changed.id, changed));
      return changed.id;
    }
    // A repeated upsert changes nothing, not even `updated_at`.
    if (JSON.stringify({ ...changed, cpid }) !== JSON.stringify(match)) {
      const updated = state.parts.set(match.id, { ...changed, cpid, updated_at: now });
      index.add(updated);
    }
    return match.id;
  });
  return { parts: ids, created, updated: items.length - created };
}
