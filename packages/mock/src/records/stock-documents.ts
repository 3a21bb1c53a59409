import type { StockDocument } from "@cofactr/platform-types";
import type { StoredStockDocument } from "../stored-records.js";

/** A stock document's record as answered: everything but the file's bytes. */
export function presentStockDocument(document: StoredStockDocument): StockDocument {
  const { bytes: _bytes, ...record } = document;
  return record;
}
