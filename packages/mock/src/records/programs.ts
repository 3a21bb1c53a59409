/**
 * Programs: how they are answered, and what they need. A program's need is its included lines
 * multiplied out through their BOMs (ignored, do-not-place and unmatched BOM lines count for
 * nothing), then adjusted by its part overrides: a fixed quantity, extra units, a substitute part,
 * or consigned (left out). Availabilities and reference pricing are reports over that need.
 */
import type {
  Program,
  ProgramAvailability,
  ProgramAvailabilityPart,
  ProgramReferencePricing,
  ProgramReferencePricingPart,
} from "@cofactr/platform-types";
import { decimalCompare, decimalDivide, decimalSum, decimalTimes } from "../decimal.js";
import { HttpError } from "../http-error.js";
import type { MockState } from "../mock-state.js";
import type { StoredProgram } from "../stored-records.js";
import { linesOf } from "./boms.js";
import { catalogOffers, partOffers, priceAt, quantityToBuy } from "./offers.js";
import { stockOnHand } from "./parts.js";

const MAX_QUANTITY = 2147483647;

/** A program as answered, with its `line_count`. */
export function presentProgram(state: MockState, program: StoredProgram): Program {
  let lineCount = 0;
  for (const line of state.programLines.values()) if (line.program === program.id) lineCount++;
  return { ...program, line_count: lineCount };
}

/** Refuses changes to a complete program, its lines and its overrides (complete is final). */
export function assertNotComplete(program: StoredProgram): void {
  if (program.status === "complete") throw HttpError.rule("This program is complete and can no longer be changed.");
}

/** What the program needs, part id → quantity, in the order parts first appear; overrides applied. */
export function programNeeds(state: MockState, program: StoredProgram): Map<string, number> {
  const computed = new Map<string, number>();
  const add = (part: string, quantity: number) =>
    computed.set(part, Math.min(MAX_QUANTITY, (computed.get(part) ?? 0) + quantity));
  for (const line of state.programLines.values()) {
    if (line.program !== program.id || !line.included) continue;
    if (line.part) add(line.part, line.quantity);
    if (line.bom) {
      for (const bomLine of linesOf(state, line.bom)) {
        if (bomLine.part === null || bomLine.ignored || bomLine.do_not_place) continue;
        add(bomLine.part, bomLine.quantity * line.quantity);
      }
    }
  }
  const overrides = state.programPartOverrides.filter((override) => override.program === program.id);
  for (const override of overrides) if (!computed.has(override.part)) computed.set(override.part, 0);
  const needs = new Map<string, number>();
  for (const [part, quantity] of computed) {
    const override = overrides.find((candidate) => candidate.part === part);
    if (override?.consigned) continue;
    const needed = Math.min(MAX_QUANTITY, (override?.quantity ?? quantity) + (override?.extra_quantity ?? 0));
    if (needed === 0) continue;
    const sourced = override?.substitute_part ?? part;
    needs.set(sourced, Math.min(MAX_QUANTITY, (needs.get(sourced) ?? 0) + needed));
  }
  return needs;
}

/** Program Availabilities: per part, what is needed, on hand, missing, and who offers it. */
export function programAvailability(state: MockState, program: StoredProgram, now: string): ProgramAvailability {
  const parts: ProgramAvailabilityPart[] = [];
  for (const [partId, required] of programNeeds(state, program)) {
    const part = state.parts.get(partId);
    if (!part) continue;
    const onHand = Math.min(MAX_QUANTITY, stockOnHand(state, program.org, partId));
    const shortfall = Math.max(0, required - onHand);
    parts.push({
      part: partId,
      mpn: part.mpn,
      manufacturer_name: part.manufacturer_name ?? "",
      required_quantity: required,
      on_hand_quantity: onHand,
      shortfall_quantity: shortfall,
      offers: partOffers(state, program.org, part, shortfall),
    });
  }
  return { program: program.id, computed_at: now, parts };
}

function median(prices: string[]): string | null {
  if (prices.length === 0) return null;
  const sorted = [...prices].sort(decimalCompare);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return decimalSum([sorted[middle] as string], 4);
  return decimalDivide(decimalSum([sorted[middle - 1] as string, sorted[middle] as string], 4), 2, 4);
}

/** Program Reference Pricing: the median current price per part at the quantity needed. */
export function programReferencePricing(
  state: MockState,
  program: StoredProgram,
  now: string,
): ProgramReferencePricing {
  const parts: ProgramReferencePricingPart[] = [];
  for (const [partId, required] of programNeeds(state, program)) {
    const part = state.parts.get(partId);
    if (!part) continue;
    const prices = catalogOffers(part)
      .map((offer) => priceAt(offer, quantityToBuy(offer, required)))
      .filter((price): price is string => price !== null);
    const unitPrice = median(prices);
    parts.push({
      part: partId,
      mpn: part.mpn,
      manufacturer_name: part.manufacturer_name ?? "",
      required_quantity: required,
      unit_price: unitPrice,
      extended_price: unitPrice === null ? null : decimalTimes(unitPrice, required, 4),
    });
  }
  const priced = parts.map((part) => part.extended_price).filter((price): price is string => price !== null);
  return {
    program: program.id,
    computed_at: now,
    currency: "USD",
    total_price: decimalSum(priced, 4),
    unpriced_part_count: parts.length - priced.length,
    parts,
  };
}
