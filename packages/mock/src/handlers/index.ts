import type { Handler } from "../request-context.js";
import { getBom, listBoms, upsertBomAsync } from "./boms.js";
import { createPurchaseEvent, updateManyNoPartPurchaseLines } from "./purchases.js";

/** Every operation the mock serves, by `operationId`. */
export const handlers: Record<string, Handler> = {
  listBoms,
  getBom,
  upsertBomAsync,
  updateManyNoPartPurchaseLines,
  createPurchaseEvent,
};
