// This file is generated from the Cofactr OpenAPI spec (spec/). Do not edit it by hand:
// change the spec or the generator (packages/validation/scripts) and run `pnpm generate`.
import type { CheckFunction } from "../validator.js";

export declare const badRequestBodySchema: CheckFunction;
export declare const bomSchema: CheckFunction;
export declare const bomPageSchema: CheckFunction;
export declare const bomUpsertSchema: CheckFunction;
export declare const createRawBomLineSchema: CheckFunction;
export declare const decimalStringSchema: CheckFunction;
export declare const errorDetailSchema: CheckFunction;
export declare const fieldErrorsSchema: CheckFunction;
export declare const integrationSyncRecordSchema: CheckFunction;
export declare const metadataSchema: CheckFunction;
export declare const noPartPurchaseLineSchema: CheckFunction;
export declare const noPartPurchaseLinesUpdateManySchema: CheckFunction;
export declare const noPartPurchaseLineUpdateSchema: CheckFunction;
export declare const pageInfoSchema: CheckFunction;
export declare const purchaseEventSchema: CheckFunction;
export declare const purchaseEventCreateSchema: CheckFunction;
export declare const purchaseEventTypeSchema: CheckFunction;
export declare const listBomsResponse: CheckFunction;
export declare const getBomResponse: CheckFunction;
export declare const upsertBomAsyncBody: CheckFunction;
export declare const upsertBomAsyncResponse: CheckFunction;
export declare const updateManyNoPartPurchaseLinesBody: CheckFunction;
export declare const updateManyNoPartPurchaseLinesResponse: CheckFunction;
export declare const createPurchaseEventBody: CheckFunction;
export declare const createPurchaseEventResponse: CheckFunction;
