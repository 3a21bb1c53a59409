/**
 * Stock operations. A lot is one part in one bin with one date code and lot code; Upsert Part Stock
 * sets a bin's stock of a part to exactly what it lists (lots left out go to 0 and are kept), and
 * Updates a StockLot changes one lot, refusing to merge it into another.
 */
import type { PartStock, StockLot } from "@cofactr/platform-types";
import { HttpError } from "../http-error.js";
import { assertItems } from "../item-problems.js";
import { findVisible } from "../lookup.js";
import { integrationFields, withUpdate } from "../records/integration-fields.js";
import { findPart } from "../records/parts.js";
import type { Handler } from "../request-context.js";

const MAX_QUANTITY = 2147483647;

function sameCodes(lot: Pick<StockLot, "date_code" | "lot_code">, dateCode: string | null, lotCode: string | null) {
  return lot.date_code === dateCode && lot.lot_code === lotCode;
}

/** Upsert Part Stock (`PUT /v1/parts/{part_id}/stock/`). */
export const upsertPartStock: Handler<"upsertPartStock"> = ({ state, scope, params, body, now }) => {
  const part = findPart(state, params.part_id ?? "", (org) => org === scope.acting);
  if (!part) throw HttpError.notFound();
  const codes = body.lots.map((lot) => `${lot.date_code ?? ""}\u0000${lot.lot_code ?? ""}`);
  assertItems(
    body.lots,
    (_lot, index) =>
      codes.indexOf(codes[index] as string) !== index
        ? { non_field_errors: ["Another lot in the body has the same date code and lot code."] }
        : undefined,
    "lots",
  );
  const inBin = state.stockLots.filter((lot) => lot.org === part.org && lot.part === part.id && lot.bin === body.bin);
  for (const listed of body.lots) {
    const dateCode = listed.date_code ?? null;
    const lotCode = listed.lot_code ?? null;
    const existing = inBin.find((lot) => sameCodes(lot, dateCode, lotCode));
    // Counts, not changes: a lot already at the listed quantity is left as it is.
    if (existing && existing.quantity === listed.quantity && listed.metadata === undefined) continue;
    const id = existing?.id ?? state.nextId();
    state.stockLots.set(id, {
      id,
      part: part.id,
      bin: body.bin,
      quantity: listed.quantity,
      date_code: dateCode,
      lot_code: lotCode,
      metadata: listed.metadata ?? existing?.metadata ?? {},
      org: part.org,
      created_at: existing?.created_at ?? now,
      updated_at: now,
      ...integrationFields({}, existing),
    });
  }
  for (const lot of inBin) {
    const listed = body.lots.some((item) => sameCodes(lot, item.date_code ?? null, item.lot_code ?? null));
    if (!listed && lot.quantity !== 0) state.stockLots.set(lot.id, { ...lot, quantity: 0, updated_at: now });
  }
  const lots = state.stockLots.filter((lot) => lot.org === part.org && lot.part === part.id && lot.bin === body.bin);
  const quantity = Math.min(
    MAX_QUANTITY,
    lots.reduce((total, lot) => total + lot.quantity, 0),
  );
  const answer: PartStock = { part: part.id, bin: body.bin, quantity, lots };
  return { body: answer };
};

/** Updates a StockLot (`PATCH /v1/stock_lots/{stock_lot_id}/`). */
export const updateStockLot: Handler<"updateStockLot"> = ({ state, scope, params, body, now }) => {
  const lot = findVisible(state.stockLots, params.stock_lot_id, scope);
  const changed: StockLot = withUpdate(lot, body, now);
  const clash = state.stockLots.find(
    (other) =>
      other.id !== lot.id &&
      other.org === lot.org &&
      other.part === lot.part &&
      other.bin === changed.bin &&
      sameCodes(other, changed.date_code, changed.lot_code),
  );
  if (clash)
    throw HttpError.rule(
      `Lot ${clash.id} already holds this part in bin ${changed.bin} with these codes; set the bin's stock with Upsert Part Stock to merge them.`,
    );
  return { body: state.stockLots.set(lot.id, changed) };
};
