/**
 * BOMs and their lines: how they are answered (with `line_count` and each line's `status` worked
 * out), and how lines are added, with the summing the titles promise (spec/design/boms-programs.md):
 *
 * - a line for a part the BOM already has adds its quantity to that line (the oldest one, if
 *   several carry the part), appending the reference designators and alternates it lacks;
 * - a raw line sums only into a line with the same part and the same set of reference designators;
 * - a raw line that matches no part is always a new line (`no_match`).
 */
import type { Bom, BomLine, BomLineCreate, BomLineRawCreate, CreateRawBomLine } from "@cofactr/platform-types";
import { HttpError } from "../http-error.js";
import type { MockState } from "../mock-state.js";
import type { StoredBom, StoredBomLine } from "../stored-records.js";
import { integrationFields } from "./integration-fields.js";
import { catalogOffers } from "./offers.js";
import { resolveRawPart, stockOnHand } from "./parts.js";

/** Largest quantity a line can hold (a 32-bit integer, as the spec bounds it). */
const MAX_QUANTITY = 2147483647;

/** A BOM as answered, with its `line_count`. */
export function presentBom(state: MockState, bom: StoredBom): Bom {
  let lineCount = 0;
  for (const line of state.bomLines.values()) if (line.bom === bom.id) lineCount++;
  return { ...bom, line_count: lineCount };
}

/** The line's sourcing status, in the order the spec gives (see `BomLine.status`). */
export function bomLineStatus(state: MockState, org: string, line: StoredBomLine): BomLine["status"] {
  if (line.ignored) return "ignore";
  if (line.do_not_place) return "do_not_place";
  if (line.part === null) return "no_match";
  if (stockOnHand(state, org, line.part) >= line.quantity) return "on_hand";
  const part = state.parts.get(line.part);
  if (part && catalogOffers(part).length > 0) return "buyable";
  return "needs_rfq";
}

/** A BOM line as answered, with its `status` worked out. */
export function presentBomLine(state: MockState, line: StoredBomLine): BomLine {
  const org = state.boms.get(line.bom)?.org ?? "";
  return { ...line, status: bomLineStatus(state, org, line) };
}

/** The lines of a BOM, oldest first. */
export function linesOf(state: MockState, bomId: string): StoredBomLine[] {
  return state.bomLines.filter((line) => line.bom === bomId);
}

/** Refuses changes to an archived BOM: archived BOMs are history (spec: "Archived BOMs are read-only"). */
export function assertNotArchived(bom: StoredBom): void {
  if (bom.archived) throw HttpError.rule("This BOM is archived and can no longer be changed.");
}

/** What adding a line did: made a new one, or summed into an existing one. */
export interface AddedLine {
  line: StoredBomLine;
  created: boolean;
}

function summedQuantity(current: number, added: number, field: string): number {
  const total = current + added;
  if (total > MAX_QUANTITY) throw HttpError.field(field, `Ensure the summed quantity is at most ${MAX_QUANTITY}.`);
  return total;
}

function appendMissing<T>(current: ReadonlyArray<T>, added: ReadonlyArray<T> | undefined): T[] {
  return [
    ...current,
    ...(added ?? []).filter((item, index, all) => !current.includes(item) && all.indexOf(item) === index),
  ];
}

/** Adds a line that names its part by id, summing into the BOM's line for that part when there is one. */
export function addPartLine(
  state: MockState,
  bom: StoredBom,
  input: BomLineCreate,
  now: string,
  field = "quantity",
): AddedLine {
  const existing = state.bomLines.find((line) => line.bom === bom.id && line.part === input.part);
  if (existing) {
    const line: StoredBomLine = {
      ...existing,
      quantity: summedQuantity(existing.quantity, input.quantity, field),
      reference_designators: appendMissing(existing.reference_designators, input.reference_designators),
      alternative_parts: appendMissing(existing.alternative_parts, input.alternative_parts),
      updated_at: now,
    };
    return { line: state.bomLines.set(line.id, line), created: false };
  }
  const line: StoredBomLine = {
    id: state.nextId(),
    bom: bom.id,
    line_number: input.line_number ?? null,
    custom_id: input.custom_id ?? null,
    part: input.part,
    alternative_parts: appendMissing([], input.alternative_parts),
    mpn: null,
    manufacturer_name: null,
    alternative_mpns: [],
    quantity: input.quantity,
    reference_designators: appendMissing([], input.reference_designators),
    description: input.description ?? null,
    value: null,
    package: null,
    mount_type: null,
    link: null,
    comments: input.comments ?? null,
    do_not_place: input.do_not_place ?? false,
    ignored: input.ignored ?? false,
    is_custom_part: state.parts.get(input.part)?.is_custom_part ?? false,
    metadata: input.metadata ?? {},
    created_at: now,
    updated_at: now,
    ...integrationFields(input),
  };
  return { line: state.bomLines.set(line.id, line), created: true };
}

/**
 * The reference designators of a raw line: the list when given, else the documented string form
 * split at commas, semicolons and spaces (`"C1, C2 C3"`).
 */
export function rawDesignators(line: CreateRawBomLine): string[] {
  const listed = line.reference_designators ?? (line.reference_designators_string ?? "").split(/[,;\s]+/);
  return appendMissing(
    [],
    listed.map((designator) => designator.trim()).filter((designator) => designator !== ""),
  );
}

function sameSet(a: ReadonlyArray<string>, b: ReadonlyArray<string>): boolean {
  const left = new Set(a);
  return left.size === new Set(b).size && b.every((item) => left.has(item));
}

/**
 * Checks what the documented raw line allows but a BOM line cannot hold: a negative quantity, and
 * blank or over-long designators and alternate MPNs. Answers the problems by field, or undefined.
 */
export function rawLineProblems(line: CreateRawBomLine): Record<string, string[]> | undefined {
  const problems: Record<string, string[]> = {};
  if ((line.quantity ?? 0) < 0) problems.quantity = ["Ensure this value is greater than or equal to 0."];
  const tooLong = (items: ReadonlyArray<string> | undefined) => (items ?? []).some((item) => item.length > 255);
  if (tooLong(line.reference_designators))
    problems.reference_designators = ["Ensure each item has at most 255 characters."];
  if (tooLong(line.alternative_mpns)) problems.alternative_mpns = ["Ensure each item has at most 255 characters."];
  return Object.keys(problems).length > 0 ? problems : undefined;
}

/**
 * Adds a raw line: Cofactr's search finds its part (see `resolveRawPart`), and a line with the same
 * part and the same set of designators takes the quantity instead of a new line being made.
 */
export function addRawLine(
  state: MockState,
  bom: StoredBom,
  input: BomLineRawCreate,
  now: string,
  field = "quantity",
): AddedLine {
  const part = resolveRawPart(state, bom.org, input, now);
  const designators = rawDesignators(input);
  const quantity = input.quantity ?? 0;
  if (part) {
    const existing = state.bomLines.find(
      (line) => line.bom === bom.id && line.part === part.id && sameSet(line.reference_designators, designators),
    );
    if (existing) {
      const line = { ...existing, quantity: summedQuantity(existing.quantity, quantity, field), updated_at: now };
      return { line: state.bomLines.set(line.id, line), created: false };
    }
  }
  const alternativeMpns = appendMissing(
    [],
    (input.alternative_mpns ?? []).filter((mpn) => mpn.trim() !== ""),
  );
  const alternativeParts = alternativeMpns
    .map((mpn) => resolveRawPart(state, bom.org, { mpn }, now)?.id)
    .filter((id): id is string => id !== undefined && id !== part?.id);
  const line: StoredBomLine = {
    id: state.nextId(),
    bom: bom.id,
    line_number: input.line_number ?? null,
    custom_id: input.custom_id ?? null,
    part: part?.id ?? null,
    alternative_parts: appendMissing([], alternativeParts),
    mpn: input.mpn ?? null,
    manufacturer_name: input.manufacturer_name ?? null,
    alternative_mpns: alternativeMpns,
    quantity,
    reference_designators: designators,
    description: input.description ?? null,
    value: input.value ?? null,
    package: input.package ?? null,
    mount_type: input.mount_type ?? null,
    link: input.link ?? null,
    comments: input.comments ?? null,
    do_not_place: input.do_not_place ?? false,
    ignored: false,
    is_custom_part: input.is_custom_part ?? part?.is_custom_part ?? false,
    metadata: input.metadata ?? {},
    created_at: now,
    updated_at: now,
    ...integrationFields(input),
  };
  return { line: state.bomLines.set(line.id, line), created: true };
}
