// This file is generated from the Cofactr OpenAPI spec (spec/). Do not edit it by hand:
// change the spec or the generator (packages/validation/scripts) and run `pnpm generate`.
import type { components, OperationRequestBody, OperationResponse } from "@cofactr/platform-types";
import { defineValidator, type Validator } from "../validator.js";
import * as checks from "./checks.gen.js";

/** Validates a BadRequestBody (response semantics: unknown fields are accepted). */
export const badRequestBodySchema: Validator<components["schemas"]["BadRequestBody"]> = /* @__PURE__ */ defineValidator("BadRequestBody", checks.badRequestBodySchema);
/** Validates a Bom (response semantics: unknown fields are accepted). */
export const bomSchema: Validator<components["schemas"]["Bom"]> = /* @__PURE__ */ defineValidator("Bom", checks.bomSchema);
/** Validates a BomPage (response semantics: unknown fields are accepted). */
export const bomPageSchema: Validator<components["schemas"]["BomPage"]> = /* @__PURE__ */ defineValidator("BomPage", checks.bomPageSchema);
/** Validates a BomUpsert (response semantics: unknown fields are accepted). */
export const bomUpsertSchema: Validator<components["schemas"]["BomUpsert"]> = /* @__PURE__ */ defineValidator("BomUpsert", checks.bomUpsertSchema);
/** Validates a CreateRawBomLine (response semantics: unknown fields are accepted). */
export const createRawBomLineSchema: Validator<components["schemas"]["CreateRawBomLine"]> = /* @__PURE__ */ defineValidator("CreateRawBomLine", checks.createRawBomLineSchema);
/** Validates a DecimalString (response semantics: unknown fields are accepted). */
export const decimalStringSchema: Validator<components["schemas"]["DecimalString"]> = /* @__PURE__ */ defineValidator("DecimalString", checks.decimalStringSchema);
/** Validates a ErrorDetail (response semantics: unknown fields are accepted). */
export const errorDetailSchema: Validator<components["schemas"]["ErrorDetail"]> = /* @__PURE__ */ defineValidator("ErrorDetail", checks.errorDetailSchema);
/** Validates a FieldErrors (response semantics: unknown fields are accepted). */
export const fieldErrorsSchema: Validator<components["schemas"]["FieldErrors"]> = /* @__PURE__ */ defineValidator("FieldErrors", checks.fieldErrorsSchema);
/** Validates a IntegrationSyncRecord (response semantics: unknown fields are accepted). */
export const integrationSyncRecordSchema: Validator<components["schemas"]["IntegrationSyncRecord"]> = /* @__PURE__ */ defineValidator("IntegrationSyncRecord", checks.integrationSyncRecordSchema);
/** Validates a Metadata (response semantics: unknown fields are accepted). */
export const metadataSchema: Validator<components["schemas"]["Metadata"]> = /* @__PURE__ */ defineValidator("Metadata", checks.metadataSchema);
/** Validates a NoPartPurchaseLine (response semantics: unknown fields are accepted). */
export const noPartPurchaseLineSchema: Validator<components["schemas"]["NoPartPurchaseLine"]> = /* @__PURE__ */ defineValidator("NoPartPurchaseLine", checks.noPartPurchaseLineSchema);
/** Validates a NoPartPurchaseLinesUpdateMany (response semantics: unknown fields are accepted). */
export const noPartPurchaseLinesUpdateManySchema: Validator<components["schemas"]["NoPartPurchaseLinesUpdateMany"]> = /* @__PURE__ */ defineValidator("NoPartPurchaseLinesUpdateMany", checks.noPartPurchaseLinesUpdateManySchema);
/** Validates a NoPartPurchaseLineUpdate (response semantics: unknown fields are accepted). */
export const noPartPurchaseLineUpdateSchema: Validator<components["schemas"]["NoPartPurchaseLineUpdate"]> = /* @__PURE__ */ defineValidator("NoPartPurchaseLineUpdate", checks.noPartPurchaseLineUpdateSchema);
/** Validates a PageInfo (response semantics: unknown fields are accepted). */
export const pageInfoSchema: Validator<components["schemas"]["PageInfo"]> = /* @__PURE__ */ defineValidator("PageInfo", checks.pageInfoSchema);
/** Validates a PurchaseEvent (response semantics: unknown fields are accepted). */
export const purchaseEventSchema: Validator<components["schemas"]["PurchaseEvent"]> = /* @__PURE__ */ defineValidator("PurchaseEvent", checks.purchaseEventSchema);
/** Validates a PurchaseEventCreate (response semantics: unknown fields are accepted). */
export const purchaseEventCreateSchema: Validator<components["schemas"]["PurchaseEventCreate"]> = /* @__PURE__ */ defineValidator("PurchaseEventCreate", checks.purchaseEventCreateSchema);
/** Validates a PurchaseEventType (response semantics: unknown fields are accepted). */
export const purchaseEventTypeSchema: Validator<components["schemas"]["PurchaseEventType"]> = /* @__PURE__ */ defineValidator("PurchaseEventType", checks.purchaseEventTypeSchema);
/** Validates a listBoms response (response semantics: unknown fields are accepted). */
export const listBomsResponse: Validator<OperationResponse<"listBoms", 200>> = /* @__PURE__ */ defineValidator("listBoms response", checks.listBomsResponse);
/** Validates a getBom response (response semantics: unknown fields are accepted). */
export const getBomResponse: Validator<OperationResponse<"getBom", 200>> = /* @__PURE__ */ defineValidator("getBom response", checks.getBomResponse);
/** Validates a upsertBomAsync request body (request semantics: unknown fields are errors). */
export const upsertBomAsyncBody: Validator<OperationRequestBody<"upsertBomAsync">> = /* @__PURE__ */ defineValidator("upsertBomAsync request body", checks.upsertBomAsyncBody);
/** Validates a upsertBomAsync response (response semantics: unknown fields are accepted). */
export const upsertBomAsyncResponse: Validator<OperationResponse<"upsertBomAsync", 200>> = /* @__PURE__ */ defineValidator("upsertBomAsync response", checks.upsertBomAsyncResponse);
/** Validates a updateManyNoPartPurchaseLines request body (request semantics: unknown fields are errors). */
export const updateManyNoPartPurchaseLinesBody: Validator<OperationRequestBody<"updateManyNoPartPurchaseLines">> = /* @__PURE__ */ defineValidator("updateManyNoPartPurchaseLines request body", checks.updateManyNoPartPurchaseLinesBody);
/** Validates a updateManyNoPartPurchaseLines response (response semantics: unknown fields are accepted). */
export const updateManyNoPartPurchaseLinesResponse: Validator<OperationResponse<"updateManyNoPartPurchaseLines", 200>> = /* @__PURE__ */ defineValidator("updateManyNoPartPurchaseLines response", checks.updateManyNoPartPurchaseLinesResponse);
/** Validates a createPurchaseEvent request body (request semantics: unknown fields are errors). */
export const createPurchaseEventBody: Validator<OperationRequestBody<"createPurchaseEvent">> = /* @__PURE__ */ defineValidator("createPurchaseEvent request body", checks.createPurchaseEventBody);
/** Validates a createPurchaseEvent response (response semantics: unknown fields are accepted). */
export const createPurchaseEventResponse: Validator<OperationResponse<"createPurchaseEvent", 200>> = /* @__PURE__ */ defineValidator("createPurchaseEvent response", checks.createPurchaseEventResponse);

/** The validators of every operation, by `operationId`: `body` for its request body, `response` for its JSON success answer. */
export const operationValidators = {
  listBoms: { response: listBomsResponse },
  getBom: { response: getBomResponse },
  upsertBomAsync: { body: upsertBomAsyncBody, response: upsertBomAsyncResponse },
  updateManyNoPartPurchaseLines: { body: updateManyNoPartPurchaseLinesBody, response: updateManyNoPartPurchaseLinesResponse },
  createPurchaseEvent: { body: createPurchaseEventBody, response: createPurchaseEventResponse },
} as const;
