// This file is generated from the Cofactr OpenAPI spec (spec/). Do not edit it by hand:
// change the spec or the generator (packages/validation/scripts) and run `pnpm generate`.
import type { components, OperationRequestBody, OperationResponse, operations } from "@cofactr/platform-types";
import { defineParameterValidator, defineValidator, type Validator } from "../validator.js";
import * as checks from "./checks.gen.js";
import * as parameterChecks from "./parameter-checks.gen.js";

/** Validates a ApiKey (response semantics: unknown fields are accepted). */
export const apiKeySchema: Validator<components["schemas"]["ApiKey"]> = /* @__PURE__ */ defineValidator("ApiKey", checks.apiKeySchema);
/** Validates a AsyncJob (response semantics: unknown fields are accepted). */
export const asyncJobSchema: Validator<components["schemas"]["AsyncJob"]> = /* @__PURE__ */ defineValidator("AsyncJob", checks.asyncJobSchema);
/** Validates a AsyncJobKind (response semantics: unknown fields are accepted). */
export const asyncJobKindSchema: Validator<components["schemas"]["AsyncJobKind"]> = /* @__PURE__ */ defineValidator("AsyncJobKind", checks.asyncJobKindSchema);
/** Validates a AsyncJobProgress (response semantics: unknown fields are accepted). */
export const asyncJobProgressSchema: Validator<components["schemas"]["AsyncJobProgress"]> = /* @__PURE__ */ defineValidator("AsyncJobProgress", checks.asyncJobProgressSchema);
/** Validates a AsyncJobStatus (response semantics: unknown fields are accepted). */
export const asyncJobStatusSchema: Validator<components["schemas"]["AsyncJobStatus"]> = /* @__PURE__ */ defineValidator("AsyncJobStatus", checks.asyncJobStatusSchema);
/** Validates a BadRequestBody (response semantics: unknown fields are accepted). */
export const badRequestBodySchema: Validator<components["schemas"]["BadRequestBody"]> = /* @__PURE__ */ defineValidator("BadRequestBody", checks.badRequestBodySchema);
/** Validates a Bom (response semantics: unknown fields are accepted). */
export const bomSchema: Validator<components["schemas"]["Bom"]> = /* @__PURE__ */ defineValidator("Bom", checks.bomSchema);
/** Validates a BomCreate (response semantics: unknown fields are accepted). */
export const bomCreateSchema: Validator<components["schemas"]["BomCreate"]> = /* @__PURE__ */ defineValidator("BomCreate", checks.bomCreateSchema);
/** Validates a BomLine (response semantics: unknown fields are accepted). */
export const bomLineSchema: Validator<components["schemas"]["BomLine"]> = /* @__PURE__ */ defineValidator("BomLine", checks.bomLineSchema);
/** Validates a BomLineCreate (response semantics: unknown fields are accepted). */
export const bomLineCreateSchema: Validator<components["schemas"]["BomLineCreate"]> = /* @__PURE__ */ defineValidator("BomLineCreate", checks.bomLineCreateSchema);
/** Validates a BomLinePage (response semantics: unknown fields are accepted). */
export const bomLinePageSchema: Validator<components["schemas"]["BomLinePage"]> = /* @__PURE__ */ defineValidator("BomLinePage", checks.bomLinePageSchema);
/** Validates a BomLineRawCreate (response semantics: unknown fields are accepted). */
export const bomLineRawCreateSchema: Validator<components["schemas"]["BomLineRawCreate"]> = /* @__PURE__ */ defineValidator("BomLineRawCreate", checks.bomLineRawCreateSchema);
/** Validates a BomLineUpdate (response semantics: unknown fields are accepted). */
export const bomLineUpdateSchema: Validator<components["schemas"]["BomLineUpdate"]> = /* @__PURE__ */ defineValidator("BomLineUpdate", checks.bomLineUpdateSchema);
/** Validates a BomLineWebhookEvent (response semantics: unknown fields are accepted). */
export const bomLineWebhookEventSchema: Validator<components["schemas"]["BomLineWebhookEvent"]> = /* @__PURE__ */ defineValidator("BomLineWebhookEvent", checks.bomLineWebhookEventSchema);
/** Validates a BomPage (response semantics: unknown fields are accepted). */
export const bomPageSchema: Validator<components["schemas"]["BomPage"]> = /* @__PURE__ */ defineValidator("BomPage", checks.bomPageSchema);
/** Validates a BomRawCreate (response semantics: unknown fields are accepted). */
export const bomRawCreateSchema: Validator<components["schemas"]["BomRawCreate"]> = /* @__PURE__ */ defineValidator("BomRawCreate", checks.bomRawCreateSchema);
/** Validates a BomUpdate (response semantics: unknown fields are accepted). */
export const bomUpdateSchema: Validator<components["schemas"]["BomUpdate"]> = /* @__PURE__ */ defineValidator("BomUpdate", checks.bomUpdateSchema);
/** Validates a BomUpsert (response semantics: unknown fields are accepted). */
export const bomUpsertSchema: Validator<components["schemas"]["BomUpsert"]> = /* @__PURE__ */ defineValidator("BomUpsert", checks.bomUpsertSchema);
/** Validates a BomWebhookEvent (response semantics: unknown fields are accepted). */
export const bomWebhookEventSchema: Validator<components["schemas"]["BomWebhookEvent"]> = /* @__PURE__ */ defineValidator("BomWebhookEvent", checks.bomWebhookEventSchema);
/** Validates a CreateRawBomLine (response semantics: unknown fields are accepted). */
export const createRawBomLineSchema: Validator<components["schemas"]["CreateRawBomLine"]> = /* @__PURE__ */ defineValidator("CreateRawBomLine", checks.createRawBomLineSchema);
/** Validates a CustomProperty (response semantics: unknown fields are accepted). */
export const customPropertySchema: Validator<components["schemas"]["CustomProperty"]> = /* @__PURE__ */ defineValidator("CustomProperty", checks.customPropertySchema);
/** Validates a CustomPropertyCreate (response semantics: unknown fields are accepted). */
export const customPropertyCreateSchema: Validator<components["schemas"]["CustomPropertyCreate"]> = /* @__PURE__ */ defineValidator("CustomPropertyCreate", checks.customPropertyCreateSchema);
/** Validates a CustomPropertyDataType (response semantics: unknown fields are accepted). */
export const customPropertyDataTypeSchema: Validator<components["schemas"]["CustomPropertyDataType"]> = /* @__PURE__ */ defineValidator("CustomPropertyDataType", checks.customPropertyDataTypeSchema);
/** Validates a CustomPropertyPage (response semantics: unknown fields are accepted). */
export const customPropertyPageSchema: Validator<components["schemas"]["CustomPropertyPage"]> = /* @__PURE__ */ defineValidator("CustomPropertyPage", checks.customPropertyPageSchema);
/** Validates a CustomPropertyRecordType (response semantics: unknown fields are accepted). */
export const customPropertyRecordTypeSchema: Validator<components["schemas"]["CustomPropertyRecordType"]> = /* @__PURE__ */ defineValidator("CustomPropertyRecordType", checks.customPropertyRecordTypeSchema);
/** Validates a CustomPropertyUpdate (response semantics: unknown fields are accepted). */
export const customPropertyUpdateSchema: Validator<components["schemas"]["CustomPropertyUpdate"]> = /* @__PURE__ */ defineValidator("CustomPropertyUpdate", checks.customPropertyUpdateSchema);
/** Validates a CustomPropertyValues (response semantics: unknown fields are accepted). */
export const customPropertyValuesSchema: Validator<components["schemas"]["CustomPropertyValues"]> = /* @__PURE__ */ defineValidator("CustomPropertyValues", checks.customPropertyValuesSchema);
/** Validates a DecimalString (response semantics: unknown fields are accepted). */
export const decimalStringSchema: Validator<components["schemas"]["DecimalString"]> = /* @__PURE__ */ defineValidator("DecimalString", checks.decimalStringSchema);
/** Validates a ErrorDetail (response semantics: unknown fields are accepted). */
export const errorDetailSchema: Validator<components["schemas"]["ErrorDetail"]> = /* @__PURE__ */ defineValidator("ErrorDetail", checks.errorDetailSchema);
/** Validates a FieldErrors (response semantics: unknown fields are accepted). */
export const fieldErrorsSchema: Validator<components["schemas"]["FieldErrors"]> = /* @__PURE__ */ defineValidator("FieldErrors", checks.fieldErrorsSchema);
/** Validates a IntegrationSyncInput (response semantics: unknown fields are accepted). */
export const integrationSyncInputSchema: Validator<components["schemas"]["IntegrationSyncInput"]> = /* @__PURE__ */ defineValidator("IntegrationSyncInput", checks.integrationSyncInputSchema);
/** Validates a IntegrationSyncRecord (response semantics: unknown fields are accepted). */
export const integrationSyncRecordSchema: Validator<components["schemas"]["IntegrationSyncRecord"]> = /* @__PURE__ */ defineValidator("IntegrationSyncRecord", checks.integrationSyncRecordSchema);
/** Validates a Metadata (response semantics: unknown fields are accepted). */
export const metadataSchema: Validator<components["schemas"]["Metadata"]> = /* @__PURE__ */ defineValidator("Metadata", checks.metadataSchema);
/** Validates a NoPartPurchaseLine (response semantics: unknown fields are accepted). */
export const noPartPurchaseLineSchema: Validator<components["schemas"]["NoPartPurchaseLine"]> = /* @__PURE__ */ defineValidator("NoPartPurchaseLine", checks.noPartPurchaseLineSchema);
/** Validates a NoPartPurchaseLineCreate (response semantics: unknown fields are accepted). */
export const noPartPurchaseLineCreateSchema: Validator<components["schemas"]["NoPartPurchaseLineCreate"]> = /* @__PURE__ */ defineValidator("NoPartPurchaseLineCreate", checks.noPartPurchaseLineCreateSchema);
/** Validates a NoPartPurchaseLinePage (response semantics: unknown fields are accepted). */
export const noPartPurchaseLinePageSchema: Validator<components["schemas"]["NoPartPurchaseLinePage"]> = /* @__PURE__ */ defineValidator("NoPartPurchaseLinePage", checks.noPartPurchaseLinePageSchema);
/** Validates a NoPartPurchaseLinesUpdateMany (response semantics: unknown fields are accepted). */
export const noPartPurchaseLinesUpdateManySchema: Validator<components["schemas"]["NoPartPurchaseLinesUpdateMany"]> = /* @__PURE__ */ defineValidator("NoPartPurchaseLinesUpdateMany", checks.noPartPurchaseLinesUpdateManySchema);
/** Validates a NoPartPurchaseLineUpdate (response semantics: unknown fields are accepted). */
export const noPartPurchaseLineUpdateSchema: Validator<components["schemas"]["NoPartPurchaseLineUpdate"]> = /* @__PURE__ */ defineValidator("NoPartPurchaseLineUpdate", checks.noPartPurchaseLineUpdateSchema);
/** Validates a NoPartPurchaseLineWebhookEvent (response semantics: unknown fields are accepted). */
export const noPartPurchaseLineWebhookEventSchema: Validator<components["schemas"]["NoPartPurchaseLineWebhookEvent"]> = /* @__PURE__ */ defineValidator("NoPartPurchaseLineWebhookEvent", checks.noPartPurchaseLineWebhookEventSchema);
/** Validates a Org (response semantics: unknown fields are accepted). */
export const orgSchema: Validator<components["schemas"]["Org"]> = /* @__PURE__ */ defineValidator("Org", checks.orgSchema);
/** Validates a OutboundEmail (response semantics: unknown fields are accepted). */
export const outboundEmailSchema: Validator<components["schemas"]["OutboundEmail"]> = /* @__PURE__ */ defineValidator("OutboundEmail", checks.outboundEmailSchema);
/** Validates a OutboundEmailCreate (response semantics: unknown fields are accepted). */
export const outboundEmailCreateSchema: Validator<components["schemas"]["OutboundEmailCreate"]> = /* @__PURE__ */ defineValidator("OutboundEmailCreate", checks.outboundEmailCreateSchema);
/** Validates a OutboundEmailMarkSent (response semantics: unknown fields are accepted). */
export const outboundEmailMarkSentSchema: Validator<components["schemas"]["OutboundEmailMarkSent"]> = /* @__PURE__ */ defineValidator("OutboundEmailMarkSent", checks.outboundEmailMarkSentSchema);
/** Validates a OutboundEmailStatus (response semantics: unknown fields are accepted). */
export const outboundEmailStatusSchema: Validator<components["schemas"]["OutboundEmailStatus"]> = /* @__PURE__ */ defineValidator("OutboundEmailStatus", checks.outboundEmailStatusSchema);
/** Validates a PageInfo (response semantics: unknown fields are accepted). */
export const pageInfoSchema: Validator<components["schemas"]["PageInfo"]> = /* @__PURE__ */ defineValidator("PageInfo", checks.pageInfoSchema);
/** Validates a Part (response semantics: unknown fields are accepted). */
export const partSchema: Validator<components["schemas"]["Part"]> = /* @__PURE__ */ defineValidator("Part", checks.partSchema);
/** Validates a PartCreate (response semantics: unknown fields are accepted). */
export const partCreateSchema: Validator<components["schemas"]["PartCreate"]> = /* @__PURE__ */ defineValidator("PartCreate", checks.partCreateSchema);
/** Validates a PartsCreateAsync (response semantics: unknown fields are accepted). */
export const partsCreateAsyncSchema: Validator<components["schemas"]["PartsCreateAsync"]> = /* @__PURE__ */ defineValidator("PartsCreateAsync", checks.partsCreateAsyncSchema);
/** Validates a PartStock (response semantics: unknown fields are accepted). */
export const partStockSchema: Validator<components["schemas"]["PartStock"]> = /* @__PURE__ */ defineValidator("PartStock", checks.partStockSchema);
/** Validates a PartStockLot (response semantics: unknown fields are accepted). */
export const partStockLotSchema: Validator<components["schemas"]["PartStockLot"]> = /* @__PURE__ */ defineValidator("PartStockLot", checks.partStockLotSchema);
/** Validates a PartStockUpsert (response semantics: unknown fields are accepted). */
export const partStockUpsertSchema: Validator<components["schemas"]["PartStockUpsert"]> = /* @__PURE__ */ defineValidator("PartStockUpsert", checks.partStockUpsertSchema);
/** Validates a PartsUpsertAsync (response semantics: unknown fields are accepted). */
export const partsUpsertAsyncSchema: Validator<components["schemas"]["PartsUpsertAsync"]> = /* @__PURE__ */ defineValidator("PartsUpsertAsync", checks.partsUpsertAsyncSchema);
/** Validates a PartWebhookEvent (response semantics: unknown fields are accepted). */
export const partWebhookEventSchema: Validator<components["schemas"]["PartWebhookEvent"]> = /* @__PURE__ */ defineValidator("PartWebhookEvent", checks.partWebhookEventSchema);
/** Validates a Program (response semantics: unknown fields are accepted). */
export const programSchema: Validator<components["schemas"]["Program"]> = /* @__PURE__ */ defineValidator("Program", checks.programSchema);
/** Validates a ProgramAvailability (response semantics: unknown fields are accepted). */
export const programAvailabilitySchema: Validator<components["schemas"]["ProgramAvailability"]> = /* @__PURE__ */ defineValidator("ProgramAvailability", checks.programAvailabilitySchema);
/** Validates a ProgramAvailabilityOffer (response semantics: unknown fields are accepted). */
export const programAvailabilityOfferSchema: Validator<components["schemas"]["ProgramAvailabilityOffer"]> = /* @__PURE__ */ defineValidator("ProgramAvailabilityOffer", checks.programAvailabilityOfferSchema);
/** Validates a ProgramAvailabilityPart (response semantics: unknown fields are accepted). */
export const programAvailabilityPartSchema: Validator<components["schemas"]["ProgramAvailabilityPart"]> = /* @__PURE__ */ defineValidator("ProgramAvailabilityPart", checks.programAvailabilityPartSchema);
/** Validates a ProgramCreate (response semantics: unknown fields are accepted). */
export const programCreateSchema: Validator<components["schemas"]["ProgramCreate"]> = /* @__PURE__ */ defineValidator("ProgramCreate", checks.programCreateSchema);
/** Validates a ProgramLine (response semantics: unknown fields are accepted). */
export const programLineSchema: Validator<components["schemas"]["ProgramLine"]> = /* @__PURE__ */ defineValidator("ProgramLine", checks.programLineSchema);
/** Validates a ProgramLineCreate (response semantics: unknown fields are accepted). */
export const programLineCreateSchema: Validator<components["schemas"]["ProgramLineCreate"]> = /* @__PURE__ */ defineValidator("ProgramLineCreate", checks.programLineCreateSchema);
/** Validates a ProgramLinePage (response semantics: unknown fields are accepted). */
export const programLinePageSchema: Validator<components["schemas"]["ProgramLinePage"]> = /* @__PURE__ */ defineValidator("ProgramLinePage", checks.programLinePageSchema);
/** Validates a ProgramLineUpdate (response semantics: unknown fields are accepted). */
export const programLineUpdateSchema: Validator<components["schemas"]["ProgramLineUpdate"]> = /* @__PURE__ */ defineValidator("ProgramLineUpdate", checks.programLineUpdateSchema);
/** Validates a ProgramLineWebhookEvent (response semantics: unknown fields are accepted). */
export const programLineWebhookEventSchema: Validator<components["schemas"]["ProgramLineWebhookEvent"]> = /* @__PURE__ */ defineValidator("ProgramLineWebhookEvent", checks.programLineWebhookEventSchema);
/** Validates a ProgramPage (response semantics: unknown fields are accepted). */
export const programPageSchema: Validator<components["schemas"]["ProgramPage"]> = /* @__PURE__ */ defineValidator("ProgramPage", checks.programPageSchema);
/** Validates a ProgramPartOverride (response semantics: unknown fields are accepted). */
export const programPartOverrideSchema: Validator<components["schemas"]["ProgramPartOverride"]> = /* @__PURE__ */ defineValidator("ProgramPartOverride", checks.programPartOverrideSchema);
/** Validates a ProgramPartOverrideCreate (response semantics: unknown fields are accepted). */
export const programPartOverrideCreateSchema: Validator<components["schemas"]["ProgramPartOverrideCreate"]> = /* @__PURE__ */ defineValidator("ProgramPartOverrideCreate", checks.programPartOverrideCreateSchema);
/** Validates a ProgramPartOverridePage (response semantics: unknown fields are accepted). */
export const programPartOverridePageSchema: Validator<components["schemas"]["ProgramPartOverridePage"]> = /* @__PURE__ */ defineValidator("ProgramPartOverridePage", checks.programPartOverridePageSchema);
/** Validates a ProgramPartOverrideUpdate (response semantics: unknown fields are accepted). */
export const programPartOverrideUpdateSchema: Validator<components["schemas"]["ProgramPartOverrideUpdate"]> = /* @__PURE__ */ defineValidator("ProgramPartOverrideUpdate", checks.programPartOverrideUpdateSchema);
/** Validates a ProgramReferencePricing (response semantics: unknown fields are accepted). */
export const programReferencePricingSchema: Validator<components["schemas"]["ProgramReferencePricing"]> = /* @__PURE__ */ defineValidator("ProgramReferencePricing", checks.programReferencePricingSchema);
/** Validates a ProgramReferencePricingPart (response semantics: unknown fields are accepted). */
export const programReferencePricingPartSchema: Validator<components["schemas"]["ProgramReferencePricingPart"]> = /* @__PURE__ */ defineValidator("ProgramReferencePricingPart", checks.programReferencePricingPartSchema);
/** Validates a ProgramStatus (response semantics: unknown fields are accepted). */
export const programStatusSchema: Validator<components["schemas"]["ProgramStatus"]> = /* @__PURE__ */ defineValidator("ProgramStatus", checks.programStatusSchema);
/** Validates a ProgramUpdate (response semantics: unknown fields are accepted). */
export const programUpdateSchema: Validator<components["schemas"]["ProgramUpdate"]> = /* @__PURE__ */ defineValidator("ProgramUpdate", checks.programUpdateSchema);
/** Validates a ProgramWebhookEvent (response semantics: unknown fields are accepted). */
export const programWebhookEventSchema: Validator<components["schemas"]["ProgramWebhookEvent"]> = /* @__PURE__ */ defineValidator("ProgramWebhookEvent", checks.programWebhookEventSchema);
/** Validates a PurchaseEvent (response semantics: unknown fields are accepted). */
export const purchaseEventSchema: Validator<components["schemas"]["PurchaseEvent"]> = /* @__PURE__ */ defineValidator("PurchaseEvent", checks.purchaseEventSchema);
/** Validates a PurchaseEventCreate (response semantics: unknown fields are accepted). */
export const purchaseEventCreateSchema: Validator<components["schemas"]["PurchaseEventCreate"]> = /* @__PURE__ */ defineValidator("PurchaseEventCreate", checks.purchaseEventCreateSchema);
/** Validates a PurchaseEventType (response semantics: unknown fields are accepted). */
export const purchaseEventTypeSchema: Validator<components["schemas"]["PurchaseEventType"]> = /* @__PURE__ */ defineValidator("PurchaseEventType", checks.purchaseEventTypeSchema);
/** Validates a PurchaseEventWebhookEvent (response semantics: unknown fields are accepted). */
export const purchaseEventWebhookEventSchema: Validator<components["schemas"]["PurchaseEventWebhookEvent"]> = /* @__PURE__ */ defineValidator("PurchaseEventWebhookEvent", checks.purchaseEventWebhookEventSchema);
/** Validates a PurchaseLine (response semantics: unknown fields are accepted). */
export const purchaseLineSchema: Validator<components["schemas"]["PurchaseLine"]> = /* @__PURE__ */ defineValidator("PurchaseLine", checks.purchaseLineSchema);
/** Validates a PurchaseLineCreate (response semantics: unknown fields are accepted). */
export const purchaseLineCreateSchema: Validator<components["schemas"]["PurchaseLineCreate"]> = /* @__PURE__ */ defineValidator("PurchaseLineCreate", checks.purchaseLineCreateSchema);
/** Validates a PurchaseLinePage (response semantics: unknown fields are accepted). */
export const purchaseLinePageSchema: Validator<components["schemas"]["PurchaseLinePage"]> = /* @__PURE__ */ defineValidator("PurchaseLinePage", checks.purchaseLinePageSchema);
/** Validates a PurchaseLinesUpdateMany (response semantics: unknown fields are accepted). */
export const purchaseLinesUpdateManySchema: Validator<components["schemas"]["PurchaseLinesUpdateMany"]> = /* @__PURE__ */ defineValidator("PurchaseLinesUpdateMany", checks.purchaseLinesUpdateManySchema);
/** Validates a PurchaseLineUpdate (response semantics: unknown fields are accepted). */
export const purchaseLineUpdateSchema: Validator<components["schemas"]["PurchaseLineUpdate"]> = /* @__PURE__ */ defineValidator("PurchaseLineUpdate", checks.purchaseLineUpdateSchema);
/** Validates a PurchaseLineWebhookEvent (response semantics: unknown fields are accepted). */
export const purchaseLineWebhookEventSchema: Validator<components["schemas"]["PurchaseLineWebhookEvent"]> = /* @__PURE__ */ defineValidator("PurchaseLineWebhookEvent", checks.purchaseLineWebhookEventSchema);
/** Validates a PurchaseOrder (response semantics: unknown fields are accepted). */
export const purchaseOrderSchema: Validator<components["schemas"]["PurchaseOrder"]> = /* @__PURE__ */ defineValidator("PurchaseOrder", checks.purchaseOrderSchema);
/** Validates a PurchaseOrderCreate (response semantics: unknown fields are accepted). */
export const purchaseOrderCreateSchema: Validator<components["schemas"]["PurchaseOrderCreate"]> = /* @__PURE__ */ defineValidator("PurchaseOrderCreate", checks.purchaseOrderCreateSchema);
/** Validates a PurchaseOrderStatus (response semantics: unknown fields are accepted). */
export const purchaseOrderStatusSchema: Validator<components["schemas"]["PurchaseOrderStatus"]> = /* @__PURE__ */ defineValidator("PurchaseOrderStatus", checks.purchaseOrderStatusSchema);
/** Validates a PurchaseOrderUpdate (response semantics: unknown fields are accepted). */
export const purchaseOrderUpdateSchema: Validator<components["schemas"]["PurchaseOrderUpdate"]> = /* @__PURE__ */ defineValidator("PurchaseOrderUpdate", checks.purchaseOrderUpdateSchema);
/** Validates a PurchaseOrderWebhookEvent (response semantics: unknown fields are accepted). */
export const purchaseOrderWebhookEventSchema: Validator<components["schemas"]["PurchaseOrderWebhookEvent"]> = /* @__PURE__ */ defineValidator("PurchaseOrderWebhookEvent", checks.purchaseOrderWebhookEventSchema);
/** Validates a Rfq (response semantics: unknown fields are accepted). */
export const rfqSchema: Validator<components["schemas"]["Rfq"]> = /* @__PURE__ */ defineValidator("Rfq", checks.rfqSchema);
/** Validates a RfqCreate (response semantics: unknown fields are accepted). */
export const rfqCreateSchema: Validator<components["schemas"]["RfqCreate"]> = /* @__PURE__ */ defineValidator("RfqCreate", checks.rfqCreateSchema);
/** Validates a RfqLine (response semantics: unknown fields are accepted). */
export const rfqLineSchema: Validator<components["schemas"]["RfqLine"]> = /* @__PURE__ */ defineValidator("RfqLine", checks.rfqLineSchema);
/** Validates a RfqLineCreate (response semantics: unknown fields are accepted). */
export const rfqLineCreateSchema: Validator<components["schemas"]["RfqLineCreate"]> = /* @__PURE__ */ defineValidator("RfqLineCreate", checks.rfqLineCreateSchema);
/** Validates a RfqLineUpdate (response semantics: unknown fields are accepted). */
export const rfqLineUpdateSchema: Validator<components["schemas"]["RfqLineUpdate"]> = /* @__PURE__ */ defineValidator("RfqLineUpdate", checks.rfqLineUpdateSchema);
/** Validates a RfqLineWebhookEvent (response semantics: unknown fields are accepted). */
export const rfqLineWebhookEventSchema: Validator<components["schemas"]["RfqLineWebhookEvent"]> = /* @__PURE__ */ defineValidator("RfqLineWebhookEvent", checks.rfqLineWebhookEventSchema);
/** Validates a RfqStatus (response semantics: unknown fields are accepted). */
export const rfqStatusSchema: Validator<components["schemas"]["RfqStatus"]> = /* @__PURE__ */ defineValidator("RfqStatus", checks.rfqStatusSchema);
/** Validates a RfqUpdate (response semantics: unknown fields are accepted). */
export const rfqUpdateSchema: Validator<components["schemas"]["RfqUpdate"]> = /* @__PURE__ */ defineValidator("RfqUpdate", checks.rfqUpdateSchema);
/** Validates a RfqWebhookEvent (response semantics: unknown fields are accepted). */
export const rfqWebhookEventSchema: Validator<components["schemas"]["RfqWebhookEvent"]> = /* @__PURE__ */ defineValidator("RfqWebhookEvent", checks.rfqWebhookEventSchema);
/** Validates a SqlQuery (response semantics: unknown fields are accepted). */
export const sqlQuerySchema: Validator<components["schemas"]["SqlQuery"]> = /* @__PURE__ */ defineValidator("SqlQuery", checks.sqlQuerySchema);
/** Validates a SqlQueryColumn (response semantics: unknown fields are accepted). */
export const sqlQueryColumnSchema: Validator<components["schemas"]["SqlQueryColumn"]> = /* @__PURE__ */ defineValidator("SqlQueryColumn", checks.sqlQueryColumnSchema);
/** Validates a SqlQueryResult (response semantics: unknown fields are accepted). */
export const sqlQueryResultSchema: Validator<components["schemas"]["SqlQueryResult"]> = /* @__PURE__ */ defineValidator("SqlQueryResult", checks.sqlQueryResultSchema);
/** Validates a StockDocument (response semantics: unknown fields are accepted). */
export const stockDocumentSchema: Validator<components["schemas"]["StockDocument"]> = /* @__PURE__ */ defineValidator("StockDocument", checks.stockDocumentSchema);
/** Validates a StockDocumentCreate (response semantics: unknown fields are accepted). */
export const stockDocumentCreateSchema: Validator<components["schemas"]["StockDocumentCreate"]> = /* @__PURE__ */ defineValidator("StockDocumentCreate", checks.stockDocumentCreateSchema);
/** Validates a StockDocumentPage (response semantics: unknown fields are accepted). */
export const stockDocumentPageSchema: Validator<components["schemas"]["StockDocumentPage"]> = /* @__PURE__ */ defineValidator("StockDocumentPage", checks.stockDocumentPageSchema);
/** Validates a StockDocumentType (response semantics: unknown fields are accepted). */
export const stockDocumentTypeSchema: Validator<components["schemas"]["StockDocumentType"]> = /* @__PURE__ */ defineValidator("StockDocumentType", checks.stockDocumentTypeSchema);
/** Validates a StockDocumentWebhookEvent (response semantics: unknown fields are accepted). */
export const stockDocumentWebhookEventSchema: Validator<components["schemas"]["StockDocumentWebhookEvent"]> = /* @__PURE__ */ defineValidator("StockDocumentWebhookEvent", checks.stockDocumentWebhookEventSchema);
/** Validates a StockLot (response semantics: unknown fields are accepted). */
export const stockLotSchema: Validator<components["schemas"]["StockLot"]> = /* @__PURE__ */ defineValidator("StockLot", checks.stockLotSchema);
/** Validates a StockLotUpdate (response semantics: unknown fields are accepted). */
export const stockLotUpdateSchema: Validator<components["schemas"]["StockLotUpdate"]> = /* @__PURE__ */ defineValidator("StockLotUpdate", checks.stockLotUpdateSchema);
/** Validates a StockLotWebhookEvent (response semantics: unknown fields are accepted). */
export const stockLotWebhookEventSchema: Validator<components["schemas"]["StockLotWebhookEvent"]> = /* @__PURE__ */ defineValidator("StockLotWebhookEvent", checks.stockLotWebhookEventSchema);
/** Validates a SubOrg (response semantics: unknown fields are accepted). */
export const subOrgSchema: Validator<components["schemas"]["SubOrg"]> = /* @__PURE__ */ defineValidator("SubOrg", checks.subOrgSchema);
/** Validates a SubOrgCreate (response semantics: unknown fields are accepted). */
export const subOrgCreateSchema: Validator<components["schemas"]["SubOrgCreate"]> = /* @__PURE__ */ defineValidator("SubOrgCreate", checks.subOrgCreateSchema);
/** Validates a SubOrgPage (response semantics: unknown fields are accepted). */
export const subOrgPageSchema: Validator<components["schemas"]["SubOrgPage"]> = /* @__PURE__ */ defineValidator("SubOrgPage", checks.subOrgPageSchema);
/** Validates a SubOrgUpdate (response semantics: unknown fields are accepted). */
export const subOrgUpdateSchema: Validator<components["schemas"]["SubOrgUpdate"]> = /* @__PURE__ */ defineValidator("SubOrgUpdate", checks.subOrgUpdateSchema);
/** Validates a Supplier (response semantics: unknown fields are accepted). */
export const supplierSchema: Validator<components["schemas"]["Supplier"]> = /* @__PURE__ */ defineValidator("Supplier", checks.supplierSchema);
/** Validates a SupplierBill (response semantics: unknown fields are accepted). */
export const supplierBillSchema: Validator<components["schemas"]["SupplierBill"]> = /* @__PURE__ */ defineValidator("SupplierBill", checks.supplierBillSchema);
/** Validates a SupplierBillCreate (response semantics: unknown fields are accepted). */
export const supplierBillCreateSchema: Validator<components["schemas"]["SupplierBillCreate"]> = /* @__PURE__ */ defineValidator("SupplierBillCreate", checks.supplierBillCreateSchema);
/** Validates a SupplierBillLine (response semantics: unknown fields are accepted). */
export const supplierBillLineSchema: Validator<components["schemas"]["SupplierBillLine"]> = /* @__PURE__ */ defineValidator("SupplierBillLine", checks.supplierBillLineSchema);
/** Validates a SupplierBillLineCreate (response semantics: unknown fields are accepted). */
export const supplierBillLineCreateSchema: Validator<components["schemas"]["SupplierBillLineCreate"]> = /* @__PURE__ */ defineValidator("SupplierBillLineCreate", checks.supplierBillLineCreateSchema);
/** Validates a SupplierBillLineUpdate (response semantics: unknown fields are accepted). */
export const supplierBillLineUpdateSchema: Validator<components["schemas"]["SupplierBillLineUpdate"]> = /* @__PURE__ */ defineValidator("SupplierBillLineUpdate", checks.supplierBillLineUpdateSchema);
/** Validates a SupplierBillLineWebhookEvent (response semantics: unknown fields are accepted). */
export const supplierBillLineWebhookEventSchema: Validator<components["schemas"]["SupplierBillLineWebhookEvent"]> = /* @__PURE__ */ defineValidator("SupplierBillLineWebhookEvent", checks.supplierBillLineWebhookEventSchema);
/** Validates a SupplierBillStatus (response semantics: unknown fields are accepted). */
export const supplierBillStatusSchema: Validator<components["schemas"]["SupplierBillStatus"]> = /* @__PURE__ */ defineValidator("SupplierBillStatus", checks.supplierBillStatusSchema);
/** Validates a SupplierBillUpdate (response semantics: unknown fields are accepted). */
export const supplierBillUpdateSchema: Validator<components["schemas"]["SupplierBillUpdate"]> = /* @__PURE__ */ defineValidator("SupplierBillUpdate", checks.supplierBillUpdateSchema);
/** Validates a SupplierBillWebhookEvent (response semantics: unknown fields are accepted). */
export const supplierBillWebhookEventSchema: Validator<components["schemas"]["SupplierBillWebhookEvent"]> = /* @__PURE__ */ defineValidator("SupplierBillWebhookEvent", checks.supplierBillWebhookEventSchema);
/** Validates a SupplierCreate (response semantics: unknown fields are accepted). */
export const supplierCreateSchema: Validator<components["schemas"]["SupplierCreate"]> = /* @__PURE__ */ defineValidator("SupplierCreate", checks.supplierCreateSchema);
/** Validates a SupplierPage (response semantics: unknown fields are accepted). */
export const supplierPageSchema: Validator<components["schemas"]["SupplierPage"]> = /* @__PURE__ */ defineValidator("SupplierPage", checks.supplierPageSchema);
/** Validates a SupplierQuote (response semantics: unknown fields are accepted). */
export const supplierQuoteSchema: Validator<components["schemas"]["SupplierQuote"]> = /* @__PURE__ */ defineValidator("SupplierQuote", checks.supplierQuoteSchema);
/** Validates a SupplierQuoteCreate (response semantics: unknown fields are accepted). */
export const supplierQuoteCreateSchema: Validator<components["schemas"]["SupplierQuoteCreate"]> = /* @__PURE__ */ defineValidator("SupplierQuoteCreate", checks.supplierQuoteCreateSchema);
/** Validates a SupplierQuoteLine (response semantics: unknown fields are accepted). */
export const supplierQuoteLineSchema: Validator<components["schemas"]["SupplierQuoteLine"]> = /* @__PURE__ */ defineValidator("SupplierQuoteLine", checks.supplierQuoteLineSchema);
/** Validates a SupplierQuoteLineCreate (response semantics: unknown fields are accepted). */
export const supplierQuoteLineCreateSchema: Validator<components["schemas"]["SupplierQuoteLineCreate"]> = /* @__PURE__ */ defineValidator("SupplierQuoteLineCreate", checks.supplierQuoteLineCreateSchema);
/** Validates a SupplierQuoteLineUpdate (response semantics: unknown fields are accepted). */
export const supplierQuoteLineUpdateSchema: Validator<components["schemas"]["SupplierQuoteLineUpdate"]> = /* @__PURE__ */ defineValidator("SupplierQuoteLineUpdate", checks.supplierQuoteLineUpdateSchema);
/** Validates a SupplierQuoteLineWebhookEvent (response semantics: unknown fields are accepted). */
export const supplierQuoteLineWebhookEventSchema: Validator<components["schemas"]["SupplierQuoteLineWebhookEvent"]> = /* @__PURE__ */ defineValidator("SupplierQuoteLineWebhookEvent", checks.supplierQuoteLineWebhookEventSchema);
/** Validates a SupplierQuoteUpdate (response semantics: unknown fields are accepted). */
export const supplierQuoteUpdateSchema: Validator<components["schemas"]["SupplierQuoteUpdate"]> = /* @__PURE__ */ defineValidator("SupplierQuoteUpdate", checks.supplierQuoteUpdateSchema);
/** Validates a SupplierQuoteWebhookEvent (response semantics: unknown fields are accepted). */
export const supplierQuoteWebhookEventSchema: Validator<components["schemas"]["SupplierQuoteWebhookEvent"]> = /* @__PURE__ */ defineValidator("SupplierQuoteWebhookEvent", checks.supplierQuoteWebhookEventSchema);
/** Validates a SupplierUpdate (response semantics: unknown fields are accepted). */
export const supplierUpdateSchema: Validator<components["schemas"]["SupplierUpdate"]> = /* @__PURE__ */ defineValidator("SupplierUpdate", checks.supplierUpdateSchema);
/** Validates a SupplierWebhookEvent (response semantics: unknown fields are accepted). */
export const supplierWebhookEventSchema: Validator<components["schemas"]["SupplierWebhookEvent"]> = /* @__PURE__ */ defineValidator("SupplierWebhookEvent", checks.supplierWebhookEventSchema);
/** Validates a Tag (response semantics: unknown fields are accepted). */
export const tagSchema: Validator<components["schemas"]["Tag"]> = /* @__PURE__ */ defineValidator("Tag", checks.tagSchema);
/** Validates a TagCreate (response semantics: unknown fields are accepted). */
export const tagCreateSchema: Validator<components["schemas"]["TagCreate"]> = /* @__PURE__ */ defineValidator("TagCreate", checks.tagCreateSchema);
/** Validates a TagPage (response semantics: unknown fields are accepted). */
export const tagPageSchema: Validator<components["schemas"]["TagPage"]> = /* @__PURE__ */ defineValidator("TagPage", checks.tagPageSchema);
/** Validates a TagUpdate (response semantics: unknown fields are accepted). */
export const tagUpdateSchema: Validator<components["schemas"]["TagUpdate"]> = /* @__PURE__ */ defineValidator("TagUpdate", checks.tagUpdateSchema);
/** Validates a Team (response semantics: unknown fields are accepted). */
export const teamSchema: Validator<components["schemas"]["Team"]> = /* @__PURE__ */ defineValidator("Team", checks.teamSchema);
/** Validates a TeamCreate (response semantics: unknown fields are accepted). */
export const teamCreateSchema: Validator<components["schemas"]["TeamCreate"]> = /* @__PURE__ */ defineValidator("TeamCreate", checks.teamCreateSchema);
/** Validates a TeamPage (response semantics: unknown fields are accepted). */
export const teamPageSchema: Validator<components["schemas"]["TeamPage"]> = /* @__PURE__ */ defineValidator("TeamPage", checks.teamPageSchema);
/** Validates a TeamType (response semantics: unknown fields are accepted). */
export const teamTypeSchema: Validator<components["schemas"]["TeamType"]> = /* @__PURE__ */ defineValidator("TeamType", checks.teamTypeSchema);
/** Validates a TeamTypeCreate (response semantics: unknown fields are accepted). */
export const teamTypeCreateSchema: Validator<components["schemas"]["TeamTypeCreate"]> = /* @__PURE__ */ defineValidator("TeamTypeCreate", checks.teamTypeCreateSchema);
/** Validates a TeamTypePage (response semantics: unknown fields are accepted). */
export const teamTypePageSchema: Validator<components["schemas"]["TeamTypePage"]> = /* @__PURE__ */ defineValidator("TeamTypePage", checks.teamTypePageSchema);
/** Validates a TeamTypeUpdate (response semantics: unknown fields are accepted). */
export const teamTypeUpdateSchema: Validator<components["schemas"]["TeamTypeUpdate"]> = /* @__PURE__ */ defineValidator("TeamTypeUpdate", checks.teamTypeUpdateSchema);
/** Validates a TeamUpdate (response semantics: unknown fields are accepted). */
export const teamUpdateSchema: Validator<components["schemas"]["TeamUpdate"]> = /* @__PURE__ */ defineValidator("TeamUpdate", checks.teamUpdateSchema);
/** Validates a TeamWebhookEvent (response semantics: unknown fields are accepted). */
export const teamWebhookEventSchema: Validator<components["schemas"]["TeamWebhookEvent"]> = /* @__PURE__ */ defineValidator("TeamWebhookEvent", checks.teamWebhookEventSchema);
/** Validates a User (response semantics: unknown fields are accepted). */
export const userSchema: Validator<components["schemas"]["User"]> = /* @__PURE__ */ defineValidator("User", checks.userSchema);
/** Validates a UserPage (response semantics: unknown fields are accepted). */
export const userPageSchema: Validator<components["schemas"]["UserPage"]> = /* @__PURE__ */ defineValidator("UserPage", checks.userPageSchema);
/** Validates a UserRole (response semantics: unknown fields are accepted). */
export const userRoleSchema: Validator<components["schemas"]["UserRole"]> = /* @__PURE__ */ defineValidator("UserRole", checks.userRoleSchema);
/** Validates a WebhookEvent (response semantics: unknown fields are accepted). */
export const webhookEventSchema: Validator<components["schemas"]["WebhookEvent"]> = /* @__PURE__ */ defineValidator("WebhookEvent", checks.webhookEventSchema);
/** Validates a WebhookEventType (response semantics: unknown fields are accepted). */
export const webhookEventTypeSchema: Validator<components["schemas"]["WebhookEventType"]> = /* @__PURE__ */ defineValidator("WebhookEventType", checks.webhookEventTypeSchema);
/** Validates the listBoms query parameters, converting strings to the spec's types. */
export const listBomsQuery: Validator<NonNullable<operations["listBoms"]["parameters"]["query"]>> = /* @__PURE__ */ defineParameterValidator("listBoms query parameters", parameterChecks.listBomsQuery);
/** Validates the listBoms headers, converting strings to the spec's types. */
export const listBomsHeaders: Validator<NonNullable<operations["listBoms"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("listBoms headers", parameterChecks.listBomsHeaders);
/** Validates a listBoms response (response semantics: unknown fields are accepted). */
export const listBomsResponse: Validator<OperationResponse<"listBoms", 200>> = /* @__PURE__ */ defineValidator("listBoms response", checks.listBomsResponse);
/** Validates the createBom headers, converting strings to the spec's types. */
export const createBomHeaders: Validator<NonNullable<operations["createBom"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("createBom headers", parameterChecks.createBomHeaders);
/** Validates a createBom request body (request semantics: unknown fields are errors). */
export const createBomBody: Validator<OperationRequestBody<"createBom">> = /* @__PURE__ */ defineValidator("createBom request body", checks.createBomBody);
/** Validates a createBom response (response semantics: unknown fields are accepted). */
export const createBomResponse: Validator<OperationResponse<"createBom", 201>> = /* @__PURE__ */ defineValidator("createBom response", checks.createBomResponse);
/** Validates the createBomFromRaw headers, converting strings to the spec's types. */
export const createBomFromRawHeaders: Validator<NonNullable<operations["createBomFromRaw"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("createBomFromRaw headers", parameterChecks.createBomFromRawHeaders);
/** Validates a createBomFromRaw request body (request semantics: unknown fields are errors). */
export const createBomFromRawBody: Validator<OperationRequestBody<"createBomFromRaw">> = /* @__PURE__ */ defineValidator("createBomFromRaw request body", checks.createBomFromRawBody);
/** Validates a createBomFromRaw response (response semantics: unknown fields are accepted). */
export const createBomFromRawResponse: Validator<OperationResponse<"createBomFromRaw", 201>> = /* @__PURE__ */ defineValidator("createBomFromRaw response", checks.createBomFromRawResponse);
/** Validates the getBom path parameters, converting strings to the spec's types. */
export const getBomPath: Validator<NonNullable<operations["getBom"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("getBom path parameters", parameterChecks.getBomPath);
/** Validates the getBom query parameters, converting strings to the spec's types. */
export const getBomQuery: Validator<NonNullable<operations["getBom"]["parameters"]["query"]>> = /* @__PURE__ */ defineParameterValidator("getBom query parameters", parameterChecks.getBomQuery);
/** Validates the getBom headers, converting strings to the spec's types. */
export const getBomHeaders: Validator<NonNullable<operations["getBom"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("getBom headers", parameterChecks.getBomHeaders);
/** Validates a getBom response (response semantics: unknown fields are accepted). */
export const getBomResponse: Validator<OperationResponse<"getBom", 200>> = /* @__PURE__ */ defineValidator("getBom response", checks.getBomResponse);
/** Validates the deleteBom path parameters, converting strings to the spec's types. */
export const deleteBomPath: Validator<NonNullable<operations["deleteBom"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("deleteBom path parameters", parameterChecks.deleteBomPath);
/** Validates the deleteBom headers, converting strings to the spec's types. */
export const deleteBomHeaders: Validator<NonNullable<operations["deleteBom"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("deleteBom headers", parameterChecks.deleteBomHeaders);
/** Validates the updateBom path parameters, converting strings to the spec's types. */
export const updateBomPath: Validator<NonNullable<operations["updateBom"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("updateBom path parameters", parameterChecks.updateBomPath);
/** Validates the updateBom headers, converting strings to the spec's types. */
export const updateBomHeaders: Validator<NonNullable<operations["updateBom"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("updateBom headers", parameterChecks.updateBomHeaders);
/** Validates a updateBom request body (request semantics: unknown fields are errors). */
export const updateBomBody: Validator<OperationRequestBody<"updateBom">> = /* @__PURE__ */ defineValidator("updateBom request body", checks.updateBomBody);
/** Validates a updateBom response (response semantics: unknown fields are accepted). */
export const updateBomResponse: Validator<OperationResponse<"updateBom", 200>> = /* @__PURE__ */ defineValidator("updateBom response", checks.updateBomResponse);
/** Validates a upsertBomAsync request body (request semantics: unknown fields are errors). */
export const upsertBomAsyncBody: Validator<OperationRequestBody<"upsertBomAsync">> = /* @__PURE__ */ defineValidator("upsertBomAsync request body", checks.upsertBomAsyncBody);
/** Validates a upsertBomAsync response (response semantics: unknown fields are accepted). */
export const upsertBomAsyncResponse: Validator<OperationResponse<"upsertBomAsync", 200>> = /* @__PURE__ */ defineValidator("upsertBomAsync response", checks.upsertBomAsyncResponse);
/** Validates the approveBom path parameters, converting strings to the spec's types. */
export const approveBomPath: Validator<NonNullable<operations["approveBom"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("approveBom path parameters", parameterChecks.approveBomPath);
/** Validates the approveBom headers, converting strings to the spec's types. */
export const approveBomHeaders: Validator<NonNullable<operations["approveBom"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("approveBom headers", parameterChecks.approveBomHeaders);
/** Validates a approveBom response (response semantics: unknown fields are accepted). */
export const approveBomResponse: Validator<OperationResponse<"approveBom", 200>> = /* @__PURE__ */ defineValidator("approveBom response", checks.approveBomResponse);
/** Validates the listBomLines path parameters, converting strings to the spec's types. */
export const listBomLinesPath: Validator<NonNullable<operations["listBomLines"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("listBomLines path parameters", parameterChecks.listBomLinesPath);
/** Validates the listBomLines query parameters, converting strings to the spec's types. */
export const listBomLinesQuery: Validator<NonNullable<operations["listBomLines"]["parameters"]["query"]>> = /* @__PURE__ */ defineParameterValidator("listBomLines query parameters", parameterChecks.listBomLinesQuery);
/** Validates the listBomLines headers, converting strings to the spec's types. */
export const listBomLinesHeaders: Validator<NonNullable<operations["listBomLines"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("listBomLines headers", parameterChecks.listBomLinesHeaders);
/** Validates a listBomLines response (response semantics: unknown fields are accepted). */
export const listBomLinesResponse: Validator<OperationResponse<"listBomLines", 200>> = /* @__PURE__ */ defineValidator("listBomLines response", checks.listBomLinesResponse);
/** Validates the createBomLine path parameters, converting strings to the spec's types. */
export const createBomLinePath: Validator<NonNullable<operations["createBomLine"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("createBomLine path parameters", parameterChecks.createBomLinePath);
/** Validates the createBomLine headers, converting strings to the spec's types. */
export const createBomLineHeaders: Validator<NonNullable<operations["createBomLine"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("createBomLine headers", parameterChecks.createBomLineHeaders);
/** Validates a createBomLine request body (request semantics: unknown fields are errors). */
export const createBomLineBody: Validator<OperationRequestBody<"createBomLine">> = /* @__PURE__ */ defineValidator("createBomLine request body", checks.createBomLineBody);
/** Validates a createBomLine response (response semantics: unknown fields are accepted). */
export const createBomLineResponse: Validator<OperationResponse<"createBomLine", 200>> = /* @__PURE__ */ defineValidator("createBomLine response", checks.createBomLineResponse);
/** Validates the getBomLine path parameters, converting strings to the spec's types. */
export const getBomLinePath: Validator<NonNullable<operations["getBomLine"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("getBomLine path parameters", parameterChecks.getBomLinePath);
/** Validates the getBomLine query parameters, converting strings to the spec's types. */
export const getBomLineQuery: Validator<NonNullable<operations["getBomLine"]["parameters"]["query"]>> = /* @__PURE__ */ defineParameterValidator("getBomLine query parameters", parameterChecks.getBomLineQuery);
/** Validates the getBomLine headers, converting strings to the spec's types. */
export const getBomLineHeaders: Validator<NonNullable<operations["getBomLine"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("getBomLine headers", parameterChecks.getBomLineHeaders);
/** Validates a getBomLine response (response semantics: unknown fields are accepted). */
export const getBomLineResponse: Validator<OperationResponse<"getBomLine", 200>> = /* @__PURE__ */ defineValidator("getBomLine response", checks.getBomLineResponse);
/** Validates the deleteBomLine path parameters, converting strings to the spec's types. */
export const deleteBomLinePath: Validator<NonNullable<operations["deleteBomLine"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("deleteBomLine path parameters", parameterChecks.deleteBomLinePath);
/** Validates the deleteBomLine headers, converting strings to the spec's types. */
export const deleteBomLineHeaders: Validator<NonNullable<operations["deleteBomLine"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("deleteBomLine headers", parameterChecks.deleteBomLineHeaders);
/** Validates the updateBomLine path parameters, converting strings to the spec's types. */
export const updateBomLinePath: Validator<NonNullable<operations["updateBomLine"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("updateBomLine path parameters", parameterChecks.updateBomLinePath);
/** Validates the updateBomLine headers, converting strings to the spec's types. */
export const updateBomLineHeaders: Validator<NonNullable<operations["updateBomLine"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("updateBomLine headers", parameterChecks.updateBomLineHeaders);
/** Validates a updateBomLine request body (request semantics: unknown fields are errors). */
export const updateBomLineBody: Validator<OperationRequestBody<"updateBomLine">> = /* @__PURE__ */ defineValidator("updateBomLine request body", checks.updateBomLineBody);
/** Validates a updateBomLine response (response semantics: unknown fields are accepted). */
export const updateBomLineResponse: Validator<OperationResponse<"updateBomLine", 200>> = /* @__PURE__ */ defineValidator("updateBomLine response", checks.updateBomLineResponse);
/** Validates the createBomLineFromRaw path parameters, converting strings to the spec's types. */
export const createBomLineFromRawPath: Validator<NonNullable<operations["createBomLineFromRaw"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("createBomLineFromRaw path parameters", parameterChecks.createBomLineFromRawPath);
/** Validates the createBomLineFromRaw headers, converting strings to the spec's types. */
export const createBomLineFromRawHeaders: Validator<NonNullable<operations["createBomLineFromRaw"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("createBomLineFromRaw headers", parameterChecks.createBomLineFromRawHeaders);
/** Validates a createBomLineFromRaw request body (request semantics: unknown fields are errors). */
export const createBomLineFromRawBody: Validator<OperationRequestBody<"createBomLineFromRaw">> = /* @__PURE__ */ defineValidator("createBomLineFromRaw request body", checks.createBomLineFromRawBody);
/** Validates a createBomLineFromRaw response (response semantics: unknown fields are accepted). */
export const createBomLineFromRawResponse: Validator<OperationResponse<"createBomLineFromRaw", 200>> = /* @__PURE__ */ defineValidator("createBomLineFromRaw response", checks.createBomLineFromRawResponse);
/** Validates the listPrograms query parameters, converting strings to the spec's types. */
export const listProgramsQuery: Validator<NonNullable<operations["listPrograms"]["parameters"]["query"]>> = /* @__PURE__ */ defineParameterValidator("listPrograms query parameters", parameterChecks.listProgramsQuery);
/** Validates the listPrograms headers, converting strings to the spec's types. */
export const listProgramsHeaders: Validator<NonNullable<operations["listPrograms"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("listPrograms headers", parameterChecks.listProgramsHeaders);
/** Validates a listPrograms response (response semantics: unknown fields are accepted). */
export const listProgramsResponse: Validator<OperationResponse<"listPrograms", 200>> = /* @__PURE__ */ defineValidator("listPrograms response", checks.listProgramsResponse);
/** Validates the createProgram headers, converting strings to the spec's types. */
export const createProgramHeaders: Validator<NonNullable<operations["createProgram"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("createProgram headers", parameterChecks.createProgramHeaders);
/** Validates a createProgram request body (request semantics: unknown fields are errors). */
export const createProgramBody: Validator<OperationRequestBody<"createProgram">> = /* @__PURE__ */ defineValidator("createProgram request body", checks.createProgramBody);
/** Validates a createProgram response (response semantics: unknown fields are accepted). */
export const createProgramResponse: Validator<OperationResponse<"createProgram", 201>> = /* @__PURE__ */ defineValidator("createProgram response", checks.createProgramResponse);
/** Validates the getProgram path parameters, converting strings to the spec's types. */
export const getProgramPath: Validator<NonNullable<operations["getProgram"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("getProgram path parameters", parameterChecks.getProgramPath);
/** Validates the getProgram query parameters, converting strings to the spec's types. */
export const getProgramQuery: Validator<NonNullable<operations["getProgram"]["parameters"]["query"]>> = /* @__PURE__ */ defineParameterValidator("getProgram query parameters", parameterChecks.getProgramQuery);
/** Validates the getProgram headers, converting strings to the spec's types. */
export const getProgramHeaders: Validator<NonNullable<operations["getProgram"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("getProgram headers", parameterChecks.getProgramHeaders);
/** Validates a getProgram response (response semantics: unknown fields are accepted). */
export const getProgramResponse: Validator<OperationResponse<"getProgram", 200>> = /* @__PURE__ */ defineValidator("getProgram response", checks.getProgramResponse);
/** Validates the deleteProgram path parameters, converting strings to the spec's types. */
export const deleteProgramPath: Validator<NonNullable<operations["deleteProgram"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("deleteProgram path parameters", parameterChecks.deleteProgramPath);
/** Validates the deleteProgram headers, converting strings to the spec's types. */
export const deleteProgramHeaders: Validator<NonNullable<operations["deleteProgram"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("deleteProgram headers", parameterChecks.deleteProgramHeaders);
/** Validates the updateProgram path parameters, converting strings to the spec's types. */
export const updateProgramPath: Validator<NonNullable<operations["updateProgram"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("updateProgram path parameters", parameterChecks.updateProgramPath);
/** Validates the updateProgram headers, converting strings to the spec's types. */
export const updateProgramHeaders: Validator<NonNullable<operations["updateProgram"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("updateProgram headers", parameterChecks.updateProgramHeaders);
/** Validates a updateProgram request body (request semantics: unknown fields are errors). */
export const updateProgramBody: Validator<OperationRequestBody<"updateProgram">> = /* @__PURE__ */ defineValidator("updateProgram request body", checks.updateProgramBody);
/** Validates a updateProgram response (response semantics: unknown fields are accepted). */
export const updateProgramResponse: Validator<OperationResponse<"updateProgram", 200>> = /* @__PURE__ */ defineValidator("updateProgram response", checks.updateProgramResponse);
/** Validates the getProgramAvailabilities path parameters, converting strings to the spec's types. */
export const getProgramAvailabilitiesPath: Validator<NonNullable<operations["getProgramAvailabilities"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("getProgramAvailabilities path parameters", parameterChecks.getProgramAvailabilitiesPath);
/** Validates the getProgramAvailabilities query parameters, converting strings to the spec's types. */
export const getProgramAvailabilitiesQuery: Validator<NonNullable<operations["getProgramAvailabilities"]["parameters"]["query"]>> = /* @__PURE__ */ defineParameterValidator("getProgramAvailabilities query parameters", parameterChecks.getProgramAvailabilitiesQuery);
/** Validates the getProgramAvailabilities headers, converting strings to the spec's types. */
export const getProgramAvailabilitiesHeaders: Validator<NonNullable<operations["getProgramAvailabilities"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("getProgramAvailabilities headers", parameterChecks.getProgramAvailabilitiesHeaders);
/** Validates a getProgramAvailabilities response (response semantics: unknown fields are accepted). */
export const getProgramAvailabilitiesResponse: Validator<OperationResponse<"getProgramAvailabilities", 200>> = /* @__PURE__ */ defineValidator("getProgramAvailabilities response", checks.getProgramAvailabilitiesResponse);
/** Validates the getProgramAvailabilitiesAsync path parameters, converting strings to the spec's types. */
export const getProgramAvailabilitiesAsyncPath: Validator<NonNullable<operations["getProgramAvailabilitiesAsync"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("getProgramAvailabilitiesAsync path parameters", parameterChecks.getProgramAvailabilitiesAsyncPath);
/** Validates the getProgramAvailabilitiesAsync query parameters, converting strings to the spec's types. */
export const getProgramAvailabilitiesAsyncQuery: Validator<NonNullable<operations["getProgramAvailabilitiesAsync"]["parameters"]["query"]>> = /* @__PURE__ */ defineParameterValidator("getProgramAvailabilitiesAsync query parameters", parameterChecks.getProgramAvailabilitiesAsyncQuery);
/** Validates the getProgramAvailabilitiesAsync headers, converting strings to the spec's types. */
export const getProgramAvailabilitiesAsyncHeaders: Validator<NonNullable<operations["getProgramAvailabilitiesAsync"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("getProgramAvailabilitiesAsync headers", parameterChecks.getProgramAvailabilitiesAsyncHeaders);
/** Validates a getProgramAvailabilitiesAsync response (response semantics: unknown fields are accepted). */
export const getProgramAvailabilitiesAsyncResponse: Validator<OperationResponse<"getProgramAvailabilitiesAsync", 202>> = /* @__PURE__ */ defineValidator("getProgramAvailabilitiesAsync response", checks.getProgramAvailabilitiesAsyncResponse);
/** Validates the getProgramReferencePricing path parameters, converting strings to the spec's types. */
export const getProgramReferencePricingPath: Validator<NonNullable<operations["getProgramReferencePricing"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("getProgramReferencePricing path parameters", parameterChecks.getProgramReferencePricingPath);
/** Validates the getProgramReferencePricing query parameters, converting strings to the spec's types. */
export const getProgramReferencePricingQuery: Validator<NonNullable<operations["getProgramReferencePricing"]["parameters"]["query"]>> = /* @__PURE__ */ defineParameterValidator("getProgramReferencePricing query parameters", parameterChecks.getProgramReferencePricingQuery);
/** Validates the getProgramReferencePricing headers, converting strings to the spec's types. */
export const getProgramReferencePricingHeaders: Validator<NonNullable<operations["getProgramReferencePricing"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("getProgramReferencePricing headers", parameterChecks.getProgramReferencePricingHeaders);
/** Validates a getProgramReferencePricing response (response semantics: unknown fields are accepted). */
export const getProgramReferencePricingResponse: Validator<OperationResponse<"getProgramReferencePricing", 200>> = /* @__PURE__ */ defineValidator("getProgramReferencePricing response", checks.getProgramReferencePricingResponse);
/** Validates the listProgramLines path parameters, converting strings to the spec's types. */
export const listProgramLinesPath: Validator<NonNullable<operations["listProgramLines"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("listProgramLines path parameters", parameterChecks.listProgramLinesPath);
/** Validates the listProgramLines query parameters, converting strings to the spec's types. */
export const listProgramLinesQuery: Validator<NonNullable<operations["listProgramLines"]["parameters"]["query"]>> = /* @__PURE__ */ defineParameterValidator("listProgramLines query parameters", parameterChecks.listProgramLinesQuery);
/** Validates the listProgramLines headers, converting strings to the spec's types. */
export const listProgramLinesHeaders: Validator<NonNullable<operations["listProgramLines"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("listProgramLines headers", parameterChecks.listProgramLinesHeaders);
/** Validates a listProgramLines response (response semantics: unknown fields are accepted). */
export const listProgramLinesResponse: Validator<OperationResponse<"listProgramLines", 200>> = /* @__PURE__ */ defineValidator("listProgramLines response", checks.listProgramLinesResponse);
/** Validates the createProgramLines path parameters, converting strings to the spec's types. */
export const createProgramLinesPath: Validator<NonNullable<operations["createProgramLines"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("createProgramLines path parameters", parameterChecks.createProgramLinesPath);
/** Validates the createProgramLines headers, converting strings to the spec's types. */
export const createProgramLinesHeaders: Validator<NonNullable<operations["createProgramLines"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("createProgramLines headers", parameterChecks.createProgramLinesHeaders);
/** Validates a createProgramLines request body (request semantics: unknown fields are errors). */
export const createProgramLinesBody: Validator<OperationRequestBody<"createProgramLines">> = /* @__PURE__ */ defineValidator("createProgramLines request body", checks.createProgramLinesBody);
/** Validates a createProgramLines response (response semantics: unknown fields are accepted). */
export const createProgramLinesResponse: Validator<OperationResponse<"createProgramLines", 201>> = /* @__PURE__ */ defineValidator("createProgramLines response", checks.createProgramLinesResponse);
/** Validates the getProgramLine path parameters, converting strings to the spec's types. */
export const getProgramLinePath: Validator<NonNullable<operations["getProgramLine"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("getProgramLine path parameters", parameterChecks.getProgramLinePath);
/** Validates the getProgramLine query parameters, converting strings to the spec's types. */
export const getProgramLineQuery: Validator<NonNullable<operations["getProgramLine"]["parameters"]["query"]>> = /* @__PURE__ */ defineParameterValidator("getProgramLine query parameters", parameterChecks.getProgramLineQuery);
/** Validates the getProgramLine headers, converting strings to the spec's types. */
export const getProgramLineHeaders: Validator<NonNullable<operations["getProgramLine"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("getProgramLine headers", parameterChecks.getProgramLineHeaders);
/** Validates a getProgramLine response (response semantics: unknown fields are accepted). */
export const getProgramLineResponse: Validator<OperationResponse<"getProgramLine", 200>> = /* @__PURE__ */ defineValidator("getProgramLine response", checks.getProgramLineResponse);
/** Validates the deleteProgramLine path parameters, converting strings to the spec's types. */
export const deleteProgramLinePath: Validator<NonNullable<operations["deleteProgramLine"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("deleteProgramLine path parameters", parameterChecks.deleteProgramLinePath);
/** Validates the deleteProgramLine headers, converting strings to the spec's types. */
export const deleteProgramLineHeaders: Validator<NonNullable<operations["deleteProgramLine"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("deleteProgramLine headers", parameterChecks.deleteProgramLineHeaders);
/** Validates the updateProgramLine path parameters, converting strings to the spec's types. */
export const updateProgramLinePath: Validator<NonNullable<operations["updateProgramLine"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("updateProgramLine path parameters", parameterChecks.updateProgramLinePath);
/** Validates the updateProgramLine headers, converting strings to the spec's types. */
export const updateProgramLineHeaders: Validator<NonNullable<operations["updateProgramLine"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("updateProgramLine headers", parameterChecks.updateProgramLineHeaders);
/** Validates a updateProgramLine request body (request semantics: unknown fields are errors). */
export const updateProgramLineBody: Validator<OperationRequestBody<"updateProgramLine">> = /* @__PURE__ */ defineValidator("updateProgramLine request body", checks.updateProgramLineBody);
/** Validates a updateProgramLine response (response semantics: unknown fields are accepted). */
export const updateProgramLineResponse: Validator<OperationResponse<"updateProgramLine", 200>> = /* @__PURE__ */ defineValidator("updateProgramLine response", checks.updateProgramLineResponse);
/** Validates the listProgramPartOverrides path parameters, converting strings to the spec's types. */
export const listProgramPartOverridesPath: Validator<NonNullable<operations["listProgramPartOverrides"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("listProgramPartOverrides path parameters", parameterChecks.listProgramPartOverridesPath);
/** Validates the listProgramPartOverrides query parameters, converting strings to the spec's types. */
export const listProgramPartOverridesQuery: Validator<NonNullable<operations["listProgramPartOverrides"]["parameters"]["query"]>> = /* @__PURE__ */ defineParameterValidator("listProgramPartOverrides query parameters", parameterChecks.listProgramPartOverridesQuery);
/** Validates the listProgramPartOverrides headers, converting strings to the spec's types. */
export const listProgramPartOverridesHeaders: Validator<NonNullable<operations["listProgramPartOverrides"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("listProgramPartOverrides headers", parameterChecks.listProgramPartOverridesHeaders);
/** Validates a listProgramPartOverrides response (response semantics: unknown fields are accepted). */
export const listProgramPartOverridesResponse: Validator<OperationResponse<"listProgramPartOverrides", 200>> = /* @__PURE__ */ defineValidator("listProgramPartOverrides response", checks.listProgramPartOverridesResponse);
/** Validates the createProgramPartOverride path parameters, converting strings to the spec's types. */
export const createProgramPartOverridePath: Validator<NonNullable<operations["createProgramPartOverride"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("createProgramPartOverride path parameters", parameterChecks.createProgramPartOverridePath);
/** Validates the createProgramPartOverride headers, converting strings to the spec's types. */
export const createProgramPartOverrideHeaders: Validator<NonNullable<operations["createProgramPartOverride"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("createProgramPartOverride headers", parameterChecks.createProgramPartOverrideHeaders);
/** Validates a createProgramPartOverride request body (request semantics: unknown fields are errors). */
export const createProgramPartOverrideBody: Validator<OperationRequestBody<"createProgramPartOverride">> = /* @__PURE__ */ defineValidator("createProgramPartOverride request body", checks.createProgramPartOverrideBody);
/** Validates a createProgramPartOverride response (response semantics: unknown fields are accepted). */
export const createProgramPartOverrideResponse: Validator<OperationResponse<"createProgramPartOverride", 201>> = /* @__PURE__ */ defineValidator("createProgramPartOverride response", checks.createProgramPartOverrideResponse);
/** Validates the getProgramPartOverride path parameters, converting strings to the spec's types. */
export const getProgramPartOverridePath: Validator<NonNullable<operations["getProgramPartOverride"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("getProgramPartOverride path parameters", parameterChecks.getProgramPartOverridePath);
/** Validates the getProgramPartOverride query parameters, converting strings to the spec's types. */
export const getProgramPartOverrideQuery: Validator<NonNullable<operations["getProgramPartOverride"]["parameters"]["query"]>> = /* @__PURE__ */ defineParameterValidator("getProgramPartOverride query parameters", parameterChecks.getProgramPartOverrideQuery);
/** Validates the getProgramPartOverride headers, converting strings to the spec's types. */
export const getProgramPartOverrideHeaders: Validator<NonNullable<operations["getProgramPartOverride"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("getProgramPartOverride headers", parameterChecks.getProgramPartOverrideHeaders);
/** Validates a getProgramPartOverride response (response semantics: unknown fields are accepted). */
export const getProgramPartOverrideResponse: Validator<OperationResponse<"getProgramPartOverride", 200>> = /* @__PURE__ */ defineValidator("getProgramPartOverride response", checks.getProgramPartOverrideResponse);
/** Validates the deleteProgramPartOverride path parameters, converting strings to the spec's types. */
export const deleteProgramPartOverridePath: Validator<NonNullable<operations["deleteProgramPartOverride"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("deleteProgramPartOverride path parameters", parameterChecks.deleteProgramPartOverridePath);
/** Validates the deleteProgramPartOverride headers, converting strings to the spec's types. */
export const deleteProgramPartOverrideHeaders: Validator<NonNullable<operations["deleteProgramPartOverride"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("deleteProgramPartOverride headers", parameterChecks.deleteProgramPartOverrideHeaders);
/** Validates the updateProgramPartOverride path parameters, converting strings to the spec's types. */
export const updateProgramPartOverridePath: Validator<NonNullable<operations["updateProgramPartOverride"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("updateProgramPartOverride path parameters", parameterChecks.updateProgramPartOverridePath);
/** Validates the updateProgramPartOverride headers, converting strings to the spec's types. */
export const updateProgramPartOverrideHeaders: Validator<NonNullable<operations["updateProgramPartOverride"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("updateProgramPartOverride headers", parameterChecks.updateProgramPartOverrideHeaders);
/** Validates a updateProgramPartOverride request body (request semantics: unknown fields are errors). */
export const updateProgramPartOverrideBody: Validator<OperationRequestBody<"updateProgramPartOverride">> = /* @__PURE__ */ defineValidator("updateProgramPartOverride request body", checks.updateProgramPartOverrideBody);
/** Validates a updateProgramPartOverride response (response semantics: unknown fields are accepted). */
export const updateProgramPartOverrideResponse: Validator<OperationResponse<"updateProgramPartOverride", 200>> = /* @__PURE__ */ defineValidator("updateProgramPartOverride response", checks.updateProgramPartOverrideResponse);
/** Validates the listSubOrgs query parameters, converting strings to the spec's types. */
export const listSubOrgsQuery: Validator<NonNullable<operations["listSubOrgs"]["parameters"]["query"]>> = /* @__PURE__ */ defineParameterValidator("listSubOrgs query parameters", parameterChecks.listSubOrgsQuery);
/** Validates the listSubOrgs headers, converting strings to the spec's types. */
export const listSubOrgsHeaders: Validator<NonNullable<operations["listSubOrgs"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("listSubOrgs headers", parameterChecks.listSubOrgsHeaders);
/** Validates a listSubOrgs response (response semantics: unknown fields are accepted). */
export const listSubOrgsResponse: Validator<OperationResponse<"listSubOrgs", 200>> = /* @__PURE__ */ defineValidator("listSubOrgs response", checks.listSubOrgsResponse);
/** Validates the createSubOrg headers, converting strings to the spec's types. */
export const createSubOrgHeaders: Validator<NonNullable<operations["createSubOrg"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("createSubOrg headers", parameterChecks.createSubOrgHeaders);
/** Validates a createSubOrg request body (request semantics: unknown fields are errors). */
export const createSubOrgBody: Validator<OperationRequestBody<"createSubOrg">> = /* @__PURE__ */ defineValidator("createSubOrg request body", checks.createSubOrgBody);
/** Validates a createSubOrg response (response semantics: unknown fields are accepted). */
export const createSubOrgResponse: Validator<OperationResponse<"createSubOrg", 201>> = /* @__PURE__ */ defineValidator("createSubOrg response", checks.createSubOrgResponse);
/** Validates the getSubOrg path parameters, converting strings to the spec's types. */
export const getSubOrgPath: Validator<NonNullable<operations["getSubOrg"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("getSubOrg path parameters", parameterChecks.getSubOrgPath);
/** Validates the getSubOrg query parameters, converting strings to the spec's types. */
export const getSubOrgQuery: Validator<NonNullable<operations["getSubOrg"]["parameters"]["query"]>> = /* @__PURE__ */ defineParameterValidator("getSubOrg query parameters", parameterChecks.getSubOrgQuery);
/** Validates the getSubOrg headers, converting strings to the spec's types. */
export const getSubOrgHeaders: Validator<NonNullable<operations["getSubOrg"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("getSubOrg headers", parameterChecks.getSubOrgHeaders);
/** Validates a getSubOrg response (response semantics: unknown fields are accepted). */
export const getSubOrgResponse: Validator<OperationResponse<"getSubOrg", 200>> = /* @__PURE__ */ defineValidator("getSubOrg response", checks.getSubOrgResponse);
/** Validates the updateSubOrg path parameters, converting strings to the spec's types. */
export const updateSubOrgPath: Validator<NonNullable<operations["updateSubOrg"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("updateSubOrg path parameters", parameterChecks.updateSubOrgPath);
/** Validates the updateSubOrg headers, converting strings to the spec's types. */
export const updateSubOrgHeaders: Validator<NonNullable<operations["updateSubOrg"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("updateSubOrg headers", parameterChecks.updateSubOrgHeaders);
/** Validates a updateSubOrg request body (request semantics: unknown fields are errors). */
export const updateSubOrgBody: Validator<OperationRequestBody<"updateSubOrg">> = /* @__PURE__ */ defineValidator("updateSubOrg request body", checks.updateSubOrgBody);
/** Validates a updateSubOrg response (response semantics: unknown fields are accepted). */
export const updateSubOrgResponse: Validator<OperationResponse<"updateSubOrg", 200>> = /* @__PURE__ */ defineValidator("updateSubOrg response", checks.updateSubOrgResponse);
/** Validates the getOrg query parameters, converting strings to the spec's types. */
export const getOrgQuery: Validator<NonNullable<operations["getOrg"]["parameters"]["query"]>> = /* @__PURE__ */ defineParameterValidator("getOrg query parameters", parameterChecks.getOrgQuery);
/** Validates the getOrg headers, converting strings to the spec's types. */
export const getOrgHeaders: Validator<NonNullable<operations["getOrg"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("getOrg headers", parameterChecks.getOrgHeaders);
/** Validates a getOrg response (response semantics: unknown fields are accepted). */
export const getOrgResponse: Validator<OperationResponse<"getOrg", 200>> = /* @__PURE__ */ defineValidator("getOrg response", checks.getOrgResponse);
/** Validates the listUsers query parameters, converting strings to the spec's types. */
export const listUsersQuery: Validator<NonNullable<operations["listUsers"]["parameters"]["query"]>> = /* @__PURE__ */ defineParameterValidator("listUsers query parameters", parameterChecks.listUsersQuery);
/** Validates the listUsers headers, converting strings to the spec's types. */
export const listUsersHeaders: Validator<NonNullable<operations["listUsers"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("listUsers headers", parameterChecks.listUsersHeaders);
/** Validates a listUsers response (response semantics: unknown fields are accepted). */
export const listUsersResponse: Validator<OperationResponse<"listUsers", 200>> = /* @__PURE__ */ defineValidator("listUsers response", checks.listUsersResponse);
/** Validates the getUser path parameters, converting strings to the spec's types. */
export const getUserPath: Validator<NonNullable<operations["getUser"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("getUser path parameters", parameterChecks.getUserPath);
/** Validates the getUser query parameters, converting strings to the spec's types. */
export const getUserQuery: Validator<NonNullable<operations["getUser"]["parameters"]["query"]>> = /* @__PURE__ */ defineParameterValidator("getUser query parameters", parameterChecks.getUserQuery);
/** Validates the getUser headers, converting strings to the spec's types. */
export const getUserHeaders: Validator<NonNullable<operations["getUser"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("getUser headers", parameterChecks.getUserHeaders);
/** Validates a getUser response (response semantics: unknown fields are accepted). */
export const getUserResponse: Validator<OperationResponse<"getUser", 200>> = /* @__PURE__ */ defineValidator("getUser response", checks.getUserResponse);
/** Validates the runSqlQuery headers, converting strings to the spec's types. */
export const runSqlQueryHeaders: Validator<NonNullable<operations["runSqlQuery"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("runSqlQuery headers", parameterChecks.runSqlQueryHeaders);
/** Validates a runSqlQuery request body (request semantics: unknown fields are errors). */
export const runSqlQueryBody: Validator<OperationRequestBody<"runSqlQuery">> = /* @__PURE__ */ defineValidator("runSqlQuery request body", checks.runSqlQueryBody);
/** Validates a runSqlQuery response (response semantics: unknown fields are accepted). */
export const runSqlQueryResponse: Validator<OperationResponse<"runSqlQuery", 200>> = /* @__PURE__ */ defineValidator("runSqlQuery response", checks.runSqlQueryResponse);
/** Validates the createOutboundEmail headers, converting strings to the spec's types. */
export const createOutboundEmailHeaders: Validator<NonNullable<operations["createOutboundEmail"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("createOutboundEmail headers", parameterChecks.createOutboundEmailHeaders);
/** Validates a createOutboundEmail request body (request semantics: unknown fields are errors). */
export const createOutboundEmailBody: Validator<OperationRequestBody<"createOutboundEmail">> = /* @__PURE__ */ defineValidator("createOutboundEmail request body", checks.createOutboundEmailBody);
/** Validates a createOutboundEmail response (response semantics: unknown fields are accepted). */
export const createOutboundEmailResponse: Validator<OperationResponse<"createOutboundEmail", 201>> = /* @__PURE__ */ defineValidator("createOutboundEmail response", checks.createOutboundEmailResponse);
/** Validates the getOutboundEmail path parameters, converting strings to the spec's types. */
export const getOutboundEmailPath: Validator<NonNullable<operations["getOutboundEmail"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("getOutboundEmail path parameters", parameterChecks.getOutboundEmailPath);
/** Validates the getOutboundEmail query parameters, converting strings to the spec's types. */
export const getOutboundEmailQuery: Validator<NonNullable<operations["getOutboundEmail"]["parameters"]["query"]>> = /* @__PURE__ */ defineParameterValidator("getOutboundEmail query parameters", parameterChecks.getOutboundEmailQuery);
/** Validates the getOutboundEmail headers, converting strings to the spec's types. */
export const getOutboundEmailHeaders: Validator<NonNullable<operations["getOutboundEmail"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("getOutboundEmail headers", parameterChecks.getOutboundEmailHeaders);
/** Validates a getOutboundEmail response (response semantics: unknown fields are accepted). */
export const getOutboundEmailResponse: Validator<OperationResponse<"getOutboundEmail", 200>> = /* @__PURE__ */ defineValidator("getOutboundEmail response", checks.getOutboundEmailResponse);
/** Validates the markOutboundEmailSent path parameters, converting strings to the spec's types. */
export const markOutboundEmailSentPath: Validator<NonNullable<operations["markOutboundEmailSent"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("markOutboundEmailSent path parameters", parameterChecks.markOutboundEmailSentPath);
/** Validates the markOutboundEmailSent headers, converting strings to the spec's types. */
export const markOutboundEmailSentHeaders: Validator<NonNullable<operations["markOutboundEmailSent"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("markOutboundEmailSent headers", parameterChecks.markOutboundEmailSentHeaders);
/** Validates a markOutboundEmailSent request body (request semantics: unknown fields are errors). */
export const markOutboundEmailSentBody: Validator<OperationRequestBody<"markOutboundEmailSent">> = /* @__PURE__ */ defineValidator("markOutboundEmailSent request body", checks.markOutboundEmailSentBody);
/** Validates a markOutboundEmailSent response (response semantics: unknown fields are accepted). */
export const markOutboundEmailSentResponse: Validator<OperationResponse<"markOutboundEmailSent", 200>> = /* @__PURE__ */ defineValidator("markOutboundEmailSent response", checks.markOutboundEmailSentResponse);
/** Validates the updateApiKey headers, converting strings to the spec's types. */
export const updateApiKeyHeaders: Validator<NonNullable<operations["updateApiKey"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("updateApiKey headers", parameterChecks.updateApiKeyHeaders);
/** Validates a updateApiKey response (response semantics: unknown fields are accepted). */
export const updateApiKeyResponse: Validator<OperationResponse<"updateApiKey", 200>> = /* @__PURE__ */ defineValidator("updateApiKey response", checks.updateApiKeyResponse);
/** Validates the getAsyncJob path parameters, converting strings to the spec's types. */
export const getAsyncJobPath: Validator<NonNullable<operations["getAsyncJob"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("getAsyncJob path parameters", parameterChecks.getAsyncJobPath);
/** Validates the getAsyncJob query parameters, converting strings to the spec's types. */
export const getAsyncJobQuery: Validator<NonNullable<operations["getAsyncJob"]["parameters"]["query"]>> = /* @__PURE__ */ defineParameterValidator("getAsyncJob query parameters", parameterChecks.getAsyncJobQuery);
/** Validates the getAsyncJob headers, converting strings to the spec's types. */
export const getAsyncJobHeaders: Validator<NonNullable<operations["getAsyncJob"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("getAsyncJob headers", parameterChecks.getAsyncJobHeaders);
/** Validates a getAsyncJob response (response semantics: unknown fields are accepted). */
export const getAsyncJobResponse: Validator<OperationResponse<"getAsyncJob", 200>> = /* @__PURE__ */ defineValidator("getAsyncJob response", checks.getAsyncJobResponse);
/** Validates the listStockDocuments query parameters, converting strings to the spec's types. */
export const listStockDocumentsQuery: Validator<NonNullable<operations["listStockDocuments"]["parameters"]["query"]>> = /* @__PURE__ */ defineParameterValidator("listStockDocuments query parameters", parameterChecks.listStockDocumentsQuery);
/** Validates the listStockDocuments headers, converting strings to the spec's types. */
export const listStockDocumentsHeaders: Validator<NonNullable<operations["listStockDocuments"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("listStockDocuments headers", parameterChecks.listStockDocumentsHeaders);
/** Validates a listStockDocuments response (response semantics: unknown fields are accepted). */
export const listStockDocumentsResponse: Validator<OperationResponse<"listStockDocuments", 200>> = /* @__PURE__ */ defineValidator("listStockDocuments response", checks.listStockDocumentsResponse);
/** Validates the createStockDocument headers, converting strings to the spec's types. */
export const createStockDocumentHeaders: Validator<NonNullable<operations["createStockDocument"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("createStockDocument headers", parameterChecks.createStockDocumentHeaders);
/** Validates a createStockDocument response (response semantics: unknown fields are accepted). */
export const createStockDocumentResponse: Validator<OperationResponse<"createStockDocument", 201>> = /* @__PURE__ */ defineValidator("createStockDocument response", checks.createStockDocumentResponse);
/** Validates the getStockDocument path parameters, converting strings to the spec's types. */
export const getStockDocumentPath: Validator<NonNullable<operations["getStockDocument"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("getStockDocument path parameters", parameterChecks.getStockDocumentPath);
/** Validates the getStockDocument query parameters, converting strings to the spec's types. */
export const getStockDocumentQuery: Validator<NonNullable<operations["getStockDocument"]["parameters"]["query"]>> = /* @__PURE__ */ defineParameterValidator("getStockDocument query parameters", parameterChecks.getStockDocumentQuery);
/** Validates the getStockDocument headers, converting strings to the spec's types. */
export const getStockDocumentHeaders: Validator<NonNullable<operations["getStockDocument"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("getStockDocument headers", parameterChecks.getStockDocumentHeaders);
/** Validates a getStockDocument response (response semantics: unknown fields are accepted). */
export const getStockDocumentResponse: Validator<OperationResponse<"getStockDocument", 200>> = /* @__PURE__ */ defineValidator("getStockDocument response", checks.getStockDocumentResponse);
/** Validates the downloadStockDocument path parameters, converting strings to the spec's types. */
export const downloadStockDocumentPath: Validator<NonNullable<operations["downloadStockDocument"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("downloadStockDocument path parameters", parameterChecks.downloadStockDocumentPath);
/** Validates the downloadStockDocument query parameters, converting strings to the spec's types. */
export const downloadStockDocumentQuery: Validator<NonNullable<operations["downloadStockDocument"]["parameters"]["query"]>> = /* @__PURE__ */ defineParameterValidator("downloadStockDocument query parameters", parameterChecks.downloadStockDocumentQuery);
/** Validates the downloadStockDocument headers, converting strings to the spec's types. */
export const downloadStockDocumentHeaders: Validator<NonNullable<operations["downloadStockDocument"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("downloadStockDocument headers", parameterChecks.downloadStockDocumentHeaders);
/** Validates the listSuppliers query parameters, converting strings to the spec's types. */
export const listSuppliersQuery: Validator<NonNullable<operations["listSuppliers"]["parameters"]["query"]>> = /* @__PURE__ */ defineParameterValidator("listSuppliers query parameters", parameterChecks.listSuppliersQuery);
/** Validates the listSuppliers headers, converting strings to the spec's types. */
export const listSuppliersHeaders: Validator<NonNullable<operations["listSuppliers"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("listSuppliers headers", parameterChecks.listSuppliersHeaders);
/** Validates a listSuppliers response (response semantics: unknown fields are accepted). */
export const listSuppliersResponse: Validator<OperationResponse<"listSuppliers", 200>> = /* @__PURE__ */ defineValidator("listSuppliers response", checks.listSuppliersResponse);
/** Validates the createSupplier headers, converting strings to the spec's types. */
export const createSupplierHeaders: Validator<NonNullable<operations["createSupplier"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("createSupplier headers", parameterChecks.createSupplierHeaders);
/** Validates a createSupplier request body (request semantics: unknown fields are errors). */
export const createSupplierBody: Validator<OperationRequestBody<"createSupplier">> = /* @__PURE__ */ defineValidator("createSupplier request body", checks.createSupplierBody);
/** Validates a createSupplier response (response semantics: unknown fields are accepted). */
export const createSupplierResponse: Validator<OperationResponse<"createSupplier", 201>> = /* @__PURE__ */ defineValidator("createSupplier response", checks.createSupplierResponse);
/** Validates the getSupplier path parameters, converting strings to the spec's types. */
export const getSupplierPath: Validator<NonNullable<operations["getSupplier"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("getSupplier path parameters", parameterChecks.getSupplierPath);
/** Validates the getSupplier query parameters, converting strings to the spec's types. */
export const getSupplierQuery: Validator<NonNullable<operations["getSupplier"]["parameters"]["query"]>> = /* @__PURE__ */ defineParameterValidator("getSupplier query parameters", parameterChecks.getSupplierQuery);
/** Validates the getSupplier headers, converting strings to the spec's types. */
export const getSupplierHeaders: Validator<NonNullable<operations["getSupplier"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("getSupplier headers", parameterChecks.getSupplierHeaders);
/** Validates a getSupplier response (response semantics: unknown fields are accepted). */
export const getSupplierResponse: Validator<OperationResponse<"getSupplier", 200>> = /* @__PURE__ */ defineValidator("getSupplier response", checks.getSupplierResponse);
/** Validates the updateSupplier path parameters, converting strings to the spec's types. */
export const updateSupplierPath: Validator<NonNullable<operations["updateSupplier"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("updateSupplier path parameters", parameterChecks.updateSupplierPath);
/** Validates the updateSupplier headers, converting strings to the spec's types. */
export const updateSupplierHeaders: Validator<NonNullable<operations["updateSupplier"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("updateSupplier headers", parameterChecks.updateSupplierHeaders);
/** Validates a updateSupplier request body (request semantics: unknown fields are errors). */
export const updateSupplierBody: Validator<OperationRequestBody<"updateSupplier">> = /* @__PURE__ */ defineValidator("updateSupplier request body", checks.updateSupplierBody);
/** Validates a updateSupplier response (response semantics: unknown fields are accepted). */
export const updateSupplierResponse: Validator<OperationResponse<"updateSupplier", 200>> = /* @__PURE__ */ defineValidator("updateSupplier response", checks.updateSupplierResponse);
/** Validates the createPartsAsync headers, converting strings to the spec's types. */
export const createPartsAsyncHeaders: Validator<NonNullable<operations["createPartsAsync"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("createPartsAsync headers", parameterChecks.createPartsAsyncHeaders);
/** Validates a createPartsAsync request body (request semantics: unknown fields are errors). */
export const createPartsAsyncBody: Validator<OperationRequestBody<"createPartsAsync">> = /* @__PURE__ */ defineValidator("createPartsAsync request body", checks.createPartsAsyncBody);
/** Validates a createPartsAsync response (response semantics: unknown fields are accepted). */
export const createPartsAsyncResponse: Validator<OperationResponse<"createPartsAsync", 202>> = /* @__PURE__ */ defineValidator("createPartsAsync response", checks.createPartsAsyncResponse);
/** Validates the upsertPartsAsync headers, converting strings to the spec's types. */
export const upsertPartsAsyncHeaders: Validator<NonNullable<operations["upsertPartsAsync"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("upsertPartsAsync headers", parameterChecks.upsertPartsAsyncHeaders);
/** Validates a upsertPartsAsync request body (request semantics: unknown fields are errors). */
export const upsertPartsAsyncBody: Validator<OperationRequestBody<"upsertPartsAsync">> = /* @__PURE__ */ defineValidator("upsertPartsAsync request body", checks.upsertPartsAsyncBody);
/** Validates a upsertPartsAsync response (response semantics: unknown fields are accepted). */
export const upsertPartsAsyncResponse: Validator<OperationResponse<"upsertPartsAsync", 202>> = /* @__PURE__ */ defineValidator("upsertPartsAsync response", checks.upsertPartsAsyncResponse);
/** Validates the getPart path parameters, converting strings to the spec's types. */
export const getPartPath: Validator<NonNullable<operations["getPart"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("getPart path parameters", parameterChecks.getPartPath);
/** Validates the getPart query parameters, converting strings to the spec's types. */
export const getPartQuery: Validator<NonNullable<operations["getPart"]["parameters"]["query"]>> = /* @__PURE__ */ defineParameterValidator("getPart query parameters", parameterChecks.getPartQuery);
/** Validates the getPart headers, converting strings to the spec's types. */
export const getPartHeaders: Validator<NonNullable<operations["getPart"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("getPart headers", parameterChecks.getPartHeaders);
/** Validates a getPart response (response semantics: unknown fields are accepted). */
export const getPartResponse: Validator<OperationResponse<"getPart", 200>> = /* @__PURE__ */ defineValidator("getPart response", checks.getPartResponse);
/** Validates the createPurchaseOrder headers, converting strings to the spec's types. */
export const createPurchaseOrderHeaders: Validator<NonNullable<operations["createPurchaseOrder"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("createPurchaseOrder headers", parameterChecks.createPurchaseOrderHeaders);
/** Validates a createPurchaseOrder request body (request semantics: unknown fields are errors). */
export const createPurchaseOrderBody: Validator<OperationRequestBody<"createPurchaseOrder">> = /* @__PURE__ */ defineValidator("createPurchaseOrder request body", checks.createPurchaseOrderBody);
/** Validates a createPurchaseOrder response (response semantics: unknown fields are accepted). */
export const createPurchaseOrderResponse: Validator<OperationResponse<"createPurchaseOrder", 201>> = /* @__PURE__ */ defineValidator("createPurchaseOrder response", checks.createPurchaseOrderResponse);
/** Validates the getPurchaseOrder path parameters, converting strings to the spec's types. */
export const getPurchaseOrderPath: Validator<NonNullable<operations["getPurchaseOrder"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("getPurchaseOrder path parameters", parameterChecks.getPurchaseOrderPath);
/** Validates the getPurchaseOrder query parameters, converting strings to the spec's types. */
export const getPurchaseOrderQuery: Validator<NonNullable<operations["getPurchaseOrder"]["parameters"]["query"]>> = /* @__PURE__ */ defineParameterValidator("getPurchaseOrder query parameters", parameterChecks.getPurchaseOrderQuery);
/** Validates the getPurchaseOrder headers, converting strings to the spec's types. */
export const getPurchaseOrderHeaders: Validator<NonNullable<operations["getPurchaseOrder"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("getPurchaseOrder headers", parameterChecks.getPurchaseOrderHeaders);
/** Validates a getPurchaseOrder response (response semantics: unknown fields are accepted). */
export const getPurchaseOrderResponse: Validator<OperationResponse<"getPurchaseOrder", 200>> = /* @__PURE__ */ defineValidator("getPurchaseOrder response", checks.getPurchaseOrderResponse);
/** Validates the deletePurchaseOrder path parameters, converting strings to the spec's types. */
export const deletePurchaseOrderPath: Validator<NonNullable<operations["deletePurchaseOrder"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("deletePurchaseOrder path parameters", parameterChecks.deletePurchaseOrderPath);
/** Validates the deletePurchaseOrder query parameters, converting strings to the spec's types. */
export const deletePurchaseOrderQuery: Validator<NonNullable<operations["deletePurchaseOrder"]["parameters"]["query"]>> = /* @__PURE__ */ defineParameterValidator("deletePurchaseOrder query parameters", parameterChecks.deletePurchaseOrderQuery);
/** Validates the deletePurchaseOrder headers, converting strings to the spec's types. */
export const deletePurchaseOrderHeaders: Validator<NonNullable<operations["deletePurchaseOrder"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("deletePurchaseOrder headers", parameterChecks.deletePurchaseOrderHeaders);
/** Validates the updatePurchaseOrder path parameters, converting strings to the spec's types. */
export const updatePurchaseOrderPath: Validator<NonNullable<operations["updatePurchaseOrder"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("updatePurchaseOrder path parameters", parameterChecks.updatePurchaseOrderPath);
/** Validates the updatePurchaseOrder query parameters, converting strings to the spec's types. */
export const updatePurchaseOrderQuery: Validator<NonNullable<operations["updatePurchaseOrder"]["parameters"]["query"]>> = /* @__PURE__ */ defineParameterValidator("updatePurchaseOrder query parameters", parameterChecks.updatePurchaseOrderQuery);
/** Validates the updatePurchaseOrder headers, converting strings to the spec's types. */
export const updatePurchaseOrderHeaders: Validator<NonNullable<operations["updatePurchaseOrder"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("updatePurchaseOrder headers", parameterChecks.updatePurchaseOrderHeaders);
/** Validates a updatePurchaseOrder request body (request semantics: unknown fields are errors). */
export const updatePurchaseOrderBody: Validator<OperationRequestBody<"updatePurchaseOrder">> = /* @__PURE__ */ defineValidator("updatePurchaseOrder request body", checks.updatePurchaseOrderBody);
/** Validates a updatePurchaseOrder response (response semantics: unknown fields are accepted). */
export const updatePurchaseOrderResponse: Validator<OperationResponse<"updatePurchaseOrder", 200>> = /* @__PURE__ */ defineValidator("updatePurchaseOrder response", checks.updatePurchaseOrderResponse);
/** Validates the listPurchaseLines path parameters, converting strings to the spec's types. */
export const listPurchaseLinesPath: Validator<NonNullable<operations["listPurchaseLines"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("listPurchaseLines path parameters", parameterChecks.listPurchaseLinesPath);
/** Validates the listPurchaseLines query parameters, converting strings to the spec's types. */
export const listPurchaseLinesQuery: Validator<NonNullable<operations["listPurchaseLines"]["parameters"]["query"]>> = /* @__PURE__ */ defineParameterValidator("listPurchaseLines query parameters", parameterChecks.listPurchaseLinesQuery);
/** Validates the listPurchaseLines headers, converting strings to the spec's types. */
export const listPurchaseLinesHeaders: Validator<NonNullable<operations["listPurchaseLines"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("listPurchaseLines headers", parameterChecks.listPurchaseLinesHeaders);
/** Validates a listPurchaseLines response (response semantics: unknown fields are accepted). */
export const listPurchaseLinesResponse: Validator<OperationResponse<"listPurchaseLines", 200>> = /* @__PURE__ */ defineValidator("listPurchaseLines response", checks.listPurchaseLinesResponse);
/** Validates the createPurchaseLine path parameters, converting strings to the spec's types. */
export const createPurchaseLinePath: Validator<NonNullable<operations["createPurchaseLine"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("createPurchaseLine path parameters", parameterChecks.createPurchaseLinePath);
/** Validates the createPurchaseLine query parameters, converting strings to the spec's types. */
export const createPurchaseLineQuery: Validator<NonNullable<operations["createPurchaseLine"]["parameters"]["query"]>> = /* @__PURE__ */ defineParameterValidator("createPurchaseLine query parameters", parameterChecks.createPurchaseLineQuery);
/** Validates the createPurchaseLine headers, converting strings to the spec's types. */
export const createPurchaseLineHeaders: Validator<NonNullable<operations["createPurchaseLine"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("createPurchaseLine headers", parameterChecks.createPurchaseLineHeaders);
/** Validates a createPurchaseLine request body (request semantics: unknown fields are errors). */
export const createPurchaseLineBody: Validator<OperationRequestBody<"createPurchaseLine">> = /* @__PURE__ */ defineValidator("createPurchaseLine request body", checks.createPurchaseLineBody);
/** Validates a createPurchaseLine response (response semantics: unknown fields are accepted). */
export const createPurchaseLineResponse: Validator<OperationResponse<"createPurchaseLine", 201>> = /* @__PURE__ */ defineValidator("createPurchaseLine response", checks.createPurchaseLineResponse);
/** Validates the updateManyPurchaseLines path parameters, converting strings to the spec's types. */
export const updateManyPurchaseLinesPath: Validator<NonNullable<operations["updateManyPurchaseLines"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("updateManyPurchaseLines path parameters", parameterChecks.updateManyPurchaseLinesPath);
/** Validates the updateManyPurchaseLines query parameters, converting strings to the spec's types. */
export const updateManyPurchaseLinesQuery: Validator<NonNullable<operations["updateManyPurchaseLines"]["parameters"]["query"]>> = /* @__PURE__ */ defineParameterValidator("updateManyPurchaseLines query parameters", parameterChecks.updateManyPurchaseLinesQuery);
/** Validates the updateManyPurchaseLines headers, converting strings to the spec's types. */
export const updateManyPurchaseLinesHeaders: Validator<NonNullable<operations["updateManyPurchaseLines"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("updateManyPurchaseLines headers", parameterChecks.updateManyPurchaseLinesHeaders);
/** Validates a updateManyPurchaseLines request body (request semantics: unknown fields are errors). */
export const updateManyPurchaseLinesBody: Validator<OperationRequestBody<"updateManyPurchaseLines">> = /* @__PURE__ */ defineValidator("updateManyPurchaseLines request body", checks.updateManyPurchaseLinesBody);
/** Validates a updateManyPurchaseLines response (response semantics: unknown fields are accepted). */
export const updateManyPurchaseLinesResponse: Validator<OperationResponse<"updateManyPurchaseLines", 200>> = /* @__PURE__ */ defineValidator("updateManyPurchaseLines response", checks.updateManyPurchaseLinesResponse);
/** Validates the getPurchaseLine path parameters, converting strings to the spec's types. */
export const getPurchaseLinePath: Validator<NonNullable<operations["getPurchaseLine"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("getPurchaseLine path parameters", parameterChecks.getPurchaseLinePath);
/** Validates the getPurchaseLine query parameters, converting strings to the spec's types. */
export const getPurchaseLineQuery: Validator<NonNullable<operations["getPurchaseLine"]["parameters"]["query"]>> = /* @__PURE__ */ defineParameterValidator("getPurchaseLine query parameters", parameterChecks.getPurchaseLineQuery);
/** Validates the getPurchaseLine headers, converting strings to the spec's types. */
export const getPurchaseLineHeaders: Validator<NonNullable<operations["getPurchaseLine"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("getPurchaseLine headers", parameterChecks.getPurchaseLineHeaders);
/** Validates a getPurchaseLine response (response semantics: unknown fields are accepted). */
export const getPurchaseLineResponse: Validator<OperationResponse<"getPurchaseLine", 200>> = /* @__PURE__ */ defineValidator("getPurchaseLine response", checks.getPurchaseLineResponse);
/** Validates the deletePurchaseLine path parameters, converting strings to the spec's types. */
export const deletePurchaseLinePath: Validator<NonNullable<operations["deletePurchaseLine"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("deletePurchaseLine path parameters", parameterChecks.deletePurchaseLinePath);
/** Validates the deletePurchaseLine query parameters, converting strings to the spec's types. */
export const deletePurchaseLineQuery: Validator<NonNullable<operations["deletePurchaseLine"]["parameters"]["query"]>> = /* @__PURE__ */ defineParameterValidator("deletePurchaseLine query parameters", parameterChecks.deletePurchaseLineQuery);
/** Validates the deletePurchaseLine headers, converting strings to the spec's types. */
export const deletePurchaseLineHeaders: Validator<NonNullable<operations["deletePurchaseLine"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("deletePurchaseLine headers", parameterChecks.deletePurchaseLineHeaders);
/** Validates the listNoPartPurchaseLines path parameters, converting strings to the spec's types. */
export const listNoPartPurchaseLinesPath: Validator<NonNullable<operations["listNoPartPurchaseLines"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("listNoPartPurchaseLines path parameters", parameterChecks.listNoPartPurchaseLinesPath);
/** Validates the listNoPartPurchaseLines query parameters, converting strings to the spec's types. */
export const listNoPartPurchaseLinesQuery: Validator<NonNullable<operations["listNoPartPurchaseLines"]["parameters"]["query"]>> = /* @__PURE__ */ defineParameterValidator("listNoPartPurchaseLines query parameters", parameterChecks.listNoPartPurchaseLinesQuery);
/** Validates the listNoPartPurchaseLines headers, converting strings to the spec's types. */
export const listNoPartPurchaseLinesHeaders: Validator<NonNullable<operations["listNoPartPurchaseLines"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("listNoPartPurchaseLines headers", parameterChecks.listNoPartPurchaseLinesHeaders);
/** Validates a listNoPartPurchaseLines response (response semantics: unknown fields are accepted). */
export const listNoPartPurchaseLinesResponse: Validator<OperationResponse<"listNoPartPurchaseLines", 200>> = /* @__PURE__ */ defineValidator("listNoPartPurchaseLines response", checks.listNoPartPurchaseLinesResponse);
/** Validates the createNoPartPurchaseLine path parameters, converting strings to the spec's types. */
export const createNoPartPurchaseLinePath: Validator<NonNullable<operations["createNoPartPurchaseLine"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("createNoPartPurchaseLine path parameters", parameterChecks.createNoPartPurchaseLinePath);
/** Validates the createNoPartPurchaseLine query parameters, converting strings to the spec's types. */
export const createNoPartPurchaseLineQuery: Validator<NonNullable<operations["createNoPartPurchaseLine"]["parameters"]["query"]>> = /* @__PURE__ */ defineParameterValidator("createNoPartPurchaseLine query parameters", parameterChecks.createNoPartPurchaseLineQuery);
/** Validates the createNoPartPurchaseLine headers, converting strings to the spec's types. */
export const createNoPartPurchaseLineHeaders: Validator<NonNullable<operations["createNoPartPurchaseLine"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("createNoPartPurchaseLine headers", parameterChecks.createNoPartPurchaseLineHeaders);
/** Validates a createNoPartPurchaseLine request body (request semantics: unknown fields are errors). */
export const createNoPartPurchaseLineBody: Validator<OperationRequestBody<"createNoPartPurchaseLine">> = /* @__PURE__ */ defineValidator("createNoPartPurchaseLine request body", checks.createNoPartPurchaseLineBody);
/** Validates a createNoPartPurchaseLine response (response semantics: unknown fields are accepted). */
export const createNoPartPurchaseLineResponse: Validator<OperationResponse<"createNoPartPurchaseLine", 201>> = /* @__PURE__ */ defineValidator("createNoPartPurchaseLine response", checks.createNoPartPurchaseLineResponse);
/** Validates the updateManyNoPartPurchaseLines path parameters, converting strings to the spec's types. */
export const updateManyNoPartPurchaseLinesPath: Validator<NonNullable<operations["updateManyNoPartPurchaseLines"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("updateManyNoPartPurchaseLines path parameters", parameterChecks.updateManyNoPartPurchaseLinesPath);
/** Validates the updateManyNoPartPurchaseLines query parameters, converting strings to the spec's types. */
export const updateManyNoPartPurchaseLinesQuery: Validator<NonNullable<operations["updateManyNoPartPurchaseLines"]["parameters"]["query"]>> = /* @__PURE__ */ defineParameterValidator("updateManyNoPartPurchaseLines query parameters", parameterChecks.updateManyNoPartPurchaseLinesQuery);
/** Validates the updateManyNoPartPurchaseLines headers, converting strings to the spec's types. */
export const updateManyNoPartPurchaseLinesHeaders: Validator<NonNullable<operations["updateManyNoPartPurchaseLines"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("updateManyNoPartPurchaseLines headers", parameterChecks.updateManyNoPartPurchaseLinesHeaders);
/** Validates a updateManyNoPartPurchaseLines request body (request semantics: unknown fields are errors). */
export const updateManyNoPartPurchaseLinesBody: Validator<OperationRequestBody<"updateManyNoPartPurchaseLines">> = /* @__PURE__ */ defineValidator("updateManyNoPartPurchaseLines request body", checks.updateManyNoPartPurchaseLinesBody);
/** Validates a updateManyNoPartPurchaseLines response (response semantics: unknown fields are accepted). */
export const updateManyNoPartPurchaseLinesResponse: Validator<OperationResponse<"updateManyNoPartPurchaseLines", 200>> = /* @__PURE__ */ defineValidator("updateManyNoPartPurchaseLines response", checks.updateManyNoPartPurchaseLinesResponse);
/** Validates the deleteNoPartPurchaseLine path parameters, converting strings to the spec's types. */
export const deleteNoPartPurchaseLinePath: Validator<NonNullable<operations["deleteNoPartPurchaseLine"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("deleteNoPartPurchaseLine path parameters", parameterChecks.deleteNoPartPurchaseLinePath);
/** Validates the deleteNoPartPurchaseLine query parameters, converting strings to the spec's types. */
export const deleteNoPartPurchaseLineQuery: Validator<NonNullable<operations["deleteNoPartPurchaseLine"]["parameters"]["query"]>> = /* @__PURE__ */ defineParameterValidator("deleteNoPartPurchaseLine query parameters", parameterChecks.deleteNoPartPurchaseLineQuery);
/** Validates the deleteNoPartPurchaseLine headers, converting strings to the spec's types. */
export const deleteNoPartPurchaseLineHeaders: Validator<NonNullable<operations["deleteNoPartPurchaseLine"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("deleteNoPartPurchaseLine headers", parameterChecks.deleteNoPartPurchaseLineHeaders);
/** Validates the createPurchaseEvent headers, converting strings to the spec's types. */
export const createPurchaseEventHeaders: Validator<NonNullable<operations["createPurchaseEvent"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("createPurchaseEvent headers", parameterChecks.createPurchaseEventHeaders);
/** Validates a createPurchaseEvent request body (request semantics: unknown fields are errors). */
export const createPurchaseEventBody: Validator<OperationRequestBody<"createPurchaseEvent">> = /* @__PURE__ */ defineValidator("createPurchaseEvent request body", checks.createPurchaseEventBody);
/** Validates a createPurchaseEvent response (response semantics: unknown fields are accepted). */
export const createPurchaseEventResponse: Validator<OperationResponse<"createPurchaseEvent", 200>> = /* @__PURE__ */ defineValidator("createPurchaseEvent response", checks.createPurchaseEventResponse);
/** Validates the createSupplierBill headers, converting strings to the spec's types. */
export const createSupplierBillHeaders: Validator<NonNullable<operations["createSupplierBill"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("createSupplierBill headers", parameterChecks.createSupplierBillHeaders);
/** Validates a createSupplierBill request body (request semantics: unknown fields are errors). */
export const createSupplierBillBody: Validator<OperationRequestBody<"createSupplierBill">> = /* @__PURE__ */ defineValidator("createSupplierBill request body", checks.createSupplierBillBody);
/** Validates a createSupplierBill response (response semantics: unknown fields are accepted). */
export const createSupplierBillResponse: Validator<OperationResponse<"createSupplierBill", 201>> = /* @__PURE__ */ defineValidator("createSupplierBill response", checks.createSupplierBillResponse);
/** Validates the updateSupplierBill path parameters, converting strings to the spec's types. */
export const updateSupplierBillPath: Validator<NonNullable<operations["updateSupplierBill"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("updateSupplierBill path parameters", parameterChecks.updateSupplierBillPath);
/** Validates the updateSupplierBill headers, converting strings to the spec's types. */
export const updateSupplierBillHeaders: Validator<NonNullable<operations["updateSupplierBill"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("updateSupplierBill headers", parameterChecks.updateSupplierBillHeaders);
/** Validates a updateSupplierBill request body (request semantics: unknown fields are errors). */
export const updateSupplierBillBody: Validator<OperationRequestBody<"updateSupplierBill">> = /* @__PURE__ */ defineValidator("updateSupplierBill request body", checks.updateSupplierBillBody);
/** Validates a updateSupplierBill response (response semantics: unknown fields are accepted). */
export const updateSupplierBillResponse: Validator<OperationResponse<"updateSupplierBill", 200>> = /* @__PURE__ */ defineValidator("updateSupplierBill response", checks.updateSupplierBillResponse);
/** Validates the createSupplierBillLine path parameters, converting strings to the spec's types. */
export const createSupplierBillLinePath: Validator<NonNullable<operations["createSupplierBillLine"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("createSupplierBillLine path parameters", parameterChecks.createSupplierBillLinePath);
/** Validates the createSupplierBillLine headers, converting strings to the spec's types. */
export const createSupplierBillLineHeaders: Validator<NonNullable<operations["createSupplierBillLine"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("createSupplierBillLine headers", parameterChecks.createSupplierBillLineHeaders);
/** Validates a createSupplierBillLine request body (request semantics: unknown fields are errors). */
export const createSupplierBillLineBody: Validator<OperationRequestBody<"createSupplierBillLine">> = /* @__PURE__ */ defineValidator("createSupplierBillLine request body", checks.createSupplierBillLineBody);
/** Validates a createSupplierBillLine response (response semantics: unknown fields are accepted). */
export const createSupplierBillLineResponse: Validator<OperationResponse<"createSupplierBillLine", 201>> = /* @__PURE__ */ defineValidator("createSupplierBillLine response", checks.createSupplierBillLineResponse);
/** Validates the updateSupplierBillLine path parameters, converting strings to the spec's types. */
export const updateSupplierBillLinePath: Validator<NonNullable<operations["updateSupplierBillLine"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("updateSupplierBillLine path parameters", parameterChecks.updateSupplierBillLinePath);
/** Validates the updateSupplierBillLine headers, converting strings to the spec's types. */
export const updateSupplierBillLineHeaders: Validator<NonNullable<operations["updateSupplierBillLine"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("updateSupplierBillLine headers", parameterChecks.updateSupplierBillLineHeaders);
/** Validates a updateSupplierBillLine request body (request semantics: unknown fields are errors). */
export const updateSupplierBillLineBody: Validator<OperationRequestBody<"updateSupplierBillLine">> = /* @__PURE__ */ defineValidator("updateSupplierBillLine request body", checks.updateSupplierBillLineBody);
/** Validates a updateSupplierBillLine response (response semantics: unknown fields are accepted). */
export const updateSupplierBillLineResponse: Validator<OperationResponse<"updateSupplierBillLine", 200>> = /* @__PURE__ */ defineValidator("updateSupplierBillLine response", checks.updateSupplierBillLineResponse);
/** Validates the listTeams query parameters, converting strings to the spec's types. */
export const listTeamsQuery: Validator<NonNullable<operations["listTeams"]["parameters"]["query"]>> = /* @__PURE__ */ defineParameterValidator("listTeams query parameters", parameterChecks.listTeamsQuery);
/** Validates the listTeams headers, converting strings to the spec's types. */
export const listTeamsHeaders: Validator<NonNullable<operations["listTeams"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("listTeams headers", parameterChecks.listTeamsHeaders);
/** Validates a listTeams response (response semantics: unknown fields are accepted). */
export const listTeamsResponse: Validator<OperationResponse<"listTeams", 200>> = /* @__PURE__ */ defineValidator("listTeams response", checks.listTeamsResponse);
/** Validates the createTeam headers, converting strings to the spec's types. */
export const createTeamHeaders: Validator<NonNullable<operations["createTeam"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("createTeam headers", parameterChecks.createTeamHeaders);
/** Validates a createTeam request body (request semantics: unknown fields are errors). */
export const createTeamBody: Validator<OperationRequestBody<"createTeam">> = /* @__PURE__ */ defineValidator("createTeam request body", checks.createTeamBody);
/** Validates a createTeam response (response semantics: unknown fields are accepted). */
export const createTeamResponse: Validator<OperationResponse<"createTeam", 201>> = /* @__PURE__ */ defineValidator("createTeam response", checks.createTeamResponse);
/** Validates the getTeam path parameters, converting strings to the spec's types. */
export const getTeamPath: Validator<NonNullable<operations["getTeam"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("getTeam path parameters", parameterChecks.getTeamPath);
/** Validates the getTeam query parameters, converting strings to the spec's types. */
export const getTeamQuery: Validator<NonNullable<operations["getTeam"]["parameters"]["query"]>> = /* @__PURE__ */ defineParameterValidator("getTeam query parameters", parameterChecks.getTeamQuery);
/** Validates the getTeam headers, converting strings to the spec's types. */
export const getTeamHeaders: Validator<NonNullable<operations["getTeam"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("getTeam headers", parameterChecks.getTeamHeaders);
/** Validates a getTeam response (response semantics: unknown fields are accepted). */
export const getTeamResponse: Validator<OperationResponse<"getTeam", 200>> = /* @__PURE__ */ defineValidator("getTeam response", checks.getTeamResponse);
/** Validates the deleteTeam path parameters, converting strings to the spec's types. */
export const deleteTeamPath: Validator<NonNullable<operations["deleteTeam"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("deleteTeam path parameters", parameterChecks.deleteTeamPath);
/** Validates the deleteTeam headers, converting strings to the spec's types. */
export const deleteTeamHeaders: Validator<NonNullable<operations["deleteTeam"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("deleteTeam headers", parameterChecks.deleteTeamHeaders);
/** Validates the updateTeam path parameters, converting strings to the spec's types. */
export const updateTeamPath: Validator<NonNullable<operations["updateTeam"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("updateTeam path parameters", parameterChecks.updateTeamPath);
/** Validates the updateTeam headers, converting strings to the spec's types. */
export const updateTeamHeaders: Validator<NonNullable<operations["updateTeam"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("updateTeam headers", parameterChecks.updateTeamHeaders);
/** Validates a updateTeam request body (request semantics: unknown fields are errors). */
export const updateTeamBody: Validator<OperationRequestBody<"updateTeam">> = /* @__PURE__ */ defineValidator("updateTeam request body", checks.updateTeamBody);
/** Validates a updateTeam response (response semantics: unknown fields are accepted). */
export const updateTeamResponse: Validator<OperationResponse<"updateTeam", 200>> = /* @__PURE__ */ defineValidator("updateTeam response", checks.updateTeamResponse);
/** Validates the archiveTeam path parameters, converting strings to the spec's types. */
export const archiveTeamPath: Validator<NonNullable<operations["archiveTeam"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("archiveTeam path parameters", parameterChecks.archiveTeamPath);
/** Validates the archiveTeam headers, converting strings to the spec's types. */
export const archiveTeamHeaders: Validator<NonNullable<operations["archiveTeam"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("archiveTeam headers", parameterChecks.archiveTeamHeaders);
/** Validates a archiveTeam response (response semantics: unknown fields are accepted). */
export const archiveTeamResponse: Validator<OperationResponse<"archiveTeam", 200>> = /* @__PURE__ */ defineValidator("archiveTeam response", checks.archiveTeamResponse);
/** Validates the unarchiveTeam path parameters, converting strings to the spec's types. */
export const unarchiveTeamPath: Validator<NonNullable<operations["unarchiveTeam"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("unarchiveTeam path parameters", parameterChecks.unarchiveTeamPath);
/** Validates the unarchiveTeam headers, converting strings to the spec's types. */
export const unarchiveTeamHeaders: Validator<NonNullable<operations["unarchiveTeam"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("unarchiveTeam headers", parameterChecks.unarchiveTeamHeaders);
/** Validates a unarchiveTeam response (response semantics: unknown fields are accepted). */
export const unarchiveTeamResponse: Validator<OperationResponse<"unarchiveTeam", 200>> = /* @__PURE__ */ defineValidator("unarchiveTeam response", checks.unarchiveTeamResponse);
/** Validates the listTeamTypes query parameters, converting strings to the spec's types. */
export const listTeamTypesQuery: Validator<NonNullable<operations["listTeamTypes"]["parameters"]["query"]>> = /* @__PURE__ */ defineParameterValidator("listTeamTypes query parameters", parameterChecks.listTeamTypesQuery);
/** Validates the listTeamTypes headers, converting strings to the spec's types. */
export const listTeamTypesHeaders: Validator<NonNullable<operations["listTeamTypes"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("listTeamTypes headers", parameterChecks.listTeamTypesHeaders);
/** Validates a listTeamTypes response (response semantics: unknown fields are accepted). */
export const listTeamTypesResponse: Validator<OperationResponse<"listTeamTypes", 200>> = /* @__PURE__ */ defineValidator("listTeamTypes response", checks.listTeamTypesResponse);
/** Validates the createTeamType headers, converting strings to the spec's types. */
export const createTeamTypeHeaders: Validator<NonNullable<operations["createTeamType"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("createTeamType headers", parameterChecks.createTeamTypeHeaders);
/** Validates a createTeamType request body (request semantics: unknown fields are errors). */
export const createTeamTypeBody: Validator<OperationRequestBody<"createTeamType">> = /* @__PURE__ */ defineValidator("createTeamType request body", checks.createTeamTypeBody);
/** Validates a createTeamType response (response semantics: unknown fields are accepted). */
export const createTeamTypeResponse: Validator<OperationResponse<"createTeamType", 201>> = /* @__PURE__ */ defineValidator("createTeamType response", checks.createTeamTypeResponse);
/** Validates the getTeamType path parameters, converting strings to the spec's types. */
export const getTeamTypePath: Validator<NonNullable<operations["getTeamType"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("getTeamType path parameters", parameterChecks.getTeamTypePath);
/** Validates the getTeamType query parameters, converting strings to the spec's types. */
export const getTeamTypeQuery: Validator<NonNullable<operations["getTeamType"]["parameters"]["query"]>> = /* @__PURE__ */ defineParameterValidator("getTeamType query parameters", parameterChecks.getTeamTypeQuery);
/** Validates the getTeamType headers, converting strings to the spec's types. */
export const getTeamTypeHeaders: Validator<NonNullable<operations["getTeamType"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("getTeamType headers", parameterChecks.getTeamTypeHeaders);
/** Validates a getTeamType response (response semantics: unknown fields are accepted). */
export const getTeamTypeResponse: Validator<OperationResponse<"getTeamType", 200>> = /* @__PURE__ */ defineValidator("getTeamType response", checks.getTeamTypeResponse);
/** Validates the deleteTeamType path parameters, converting strings to the spec's types. */
export const deleteTeamTypePath: Validator<NonNullable<operations["deleteTeamType"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("deleteTeamType path parameters", parameterChecks.deleteTeamTypePath);
/** Validates the deleteTeamType headers, converting strings to the spec's types. */
export const deleteTeamTypeHeaders: Validator<NonNullable<operations["deleteTeamType"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("deleteTeamType headers", parameterChecks.deleteTeamTypeHeaders);
/** Validates the updateTeamType path parameters, converting strings to the spec's types. */
export const updateTeamTypePath: Validator<NonNullable<operations["updateTeamType"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("updateTeamType path parameters", parameterChecks.updateTeamTypePath);
/** Validates the updateTeamType headers, converting strings to the spec's types. */
export const updateTeamTypeHeaders: Validator<NonNullable<operations["updateTeamType"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("updateTeamType headers", parameterChecks.updateTeamTypeHeaders);
/** Validates a updateTeamType request body (request semantics: unknown fields are errors). */
export const updateTeamTypeBody: Validator<OperationRequestBody<"updateTeamType">> = /* @__PURE__ */ defineValidator("updateTeamType request body", checks.updateTeamTypeBody);
/** Validates a updateTeamType response (response semantics: unknown fields are accepted). */
export const updateTeamTypeResponse: Validator<OperationResponse<"updateTeamType", 200>> = /* @__PURE__ */ defineValidator("updateTeamType response", checks.updateTeamTypeResponse);
/** Validates the listCustomProperties query parameters, converting strings to the spec's types. */
export const listCustomPropertiesQuery: Validator<NonNullable<operations["listCustomProperties"]["parameters"]["query"]>> = /* @__PURE__ */ defineParameterValidator("listCustomProperties query parameters", parameterChecks.listCustomPropertiesQuery);
/** Validates the listCustomProperties headers, converting strings to the spec's types. */
export const listCustomPropertiesHeaders: Validator<NonNullable<operations["listCustomProperties"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("listCustomProperties headers", parameterChecks.listCustomPropertiesHeaders);
/** Validates a listCustomProperties response (response semantics: unknown fields are accepted). */
export const listCustomPropertiesResponse: Validator<OperationResponse<"listCustomProperties", 200>> = /* @__PURE__ */ defineValidator("listCustomProperties response", checks.listCustomPropertiesResponse);
/** Validates the createCustomProperty headers, converting strings to the spec's types. */
export const createCustomPropertyHeaders: Validator<NonNullable<operations["createCustomProperty"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("createCustomProperty headers", parameterChecks.createCustomPropertyHeaders);
/** Validates a createCustomProperty request body (request semantics: unknown fields are errors). */
export const createCustomPropertyBody: Validator<OperationRequestBody<"createCustomProperty">> = /* @__PURE__ */ defineValidator("createCustomProperty request body", checks.createCustomPropertyBody);
/** Validates a createCustomProperty response (response semantics: unknown fields are accepted). */
export const createCustomPropertyResponse: Validator<OperationResponse<"createCustomProperty", 201>> = /* @__PURE__ */ defineValidator("createCustomProperty response", checks.createCustomPropertyResponse);
/** Validates the getCustomProperty path parameters, converting strings to the spec's types. */
export const getCustomPropertyPath: Validator<NonNullable<operations["getCustomProperty"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("getCustomProperty path parameters", parameterChecks.getCustomPropertyPath);
/** Validates the getCustomProperty query parameters, converting strings to the spec's types. */
export const getCustomPropertyQuery: Validator<NonNullable<operations["getCustomProperty"]["parameters"]["query"]>> = /* @__PURE__ */ defineParameterValidator("getCustomProperty query parameters", parameterChecks.getCustomPropertyQuery);
/** Validates the getCustomProperty headers, converting strings to the spec's types. */
export const getCustomPropertyHeaders: Validator<NonNullable<operations["getCustomProperty"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("getCustomProperty headers", parameterChecks.getCustomPropertyHeaders);
/** Validates a getCustomProperty response (response semantics: unknown fields are accepted). */
export const getCustomPropertyResponse: Validator<OperationResponse<"getCustomProperty", 200>> = /* @__PURE__ */ defineValidator("getCustomProperty response", checks.getCustomPropertyResponse);
/** Validates the updateCustomProperty path parameters, converting strings to the spec's types. */
export const updateCustomPropertyPath: Validator<NonNullable<operations["updateCustomProperty"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("updateCustomProperty path parameters", parameterChecks.updateCustomPropertyPath);
/** Validates the updateCustomProperty headers, converting strings to the spec's types. */
export const updateCustomPropertyHeaders: Validator<NonNullable<operations["updateCustomProperty"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("updateCustomProperty headers", parameterChecks.updateCustomPropertyHeaders);
/** Validates a updateCustomProperty request body (request semantics: unknown fields are errors). */
export const updateCustomPropertyBody: Validator<OperationRequestBody<"updateCustomProperty">> = /* @__PURE__ */ defineValidator("updateCustomProperty request body", checks.updateCustomPropertyBody);
/** Validates a updateCustomProperty response (response semantics: unknown fields are accepted). */
export const updateCustomPropertyResponse: Validator<OperationResponse<"updateCustomProperty", 200>> = /* @__PURE__ */ defineValidator("updateCustomProperty response", checks.updateCustomPropertyResponse);
/** Validates the updateStockLot path parameters, converting strings to the spec's types. */
export const updateStockLotPath: Validator<NonNullable<operations["updateStockLot"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("updateStockLot path parameters", parameterChecks.updateStockLotPath);
/** Validates the updateStockLot headers, converting strings to the spec's types. */
export const updateStockLotHeaders: Validator<NonNullable<operations["updateStockLot"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("updateStockLot headers", parameterChecks.updateStockLotHeaders);
/** Validates a updateStockLot request body (request semantics: unknown fields are errors). */
export const updateStockLotBody: Validator<OperationRequestBody<"updateStockLot">> = /* @__PURE__ */ defineValidator("updateStockLot request body", checks.updateStockLotBody);
/** Validates a updateStockLot response (response semantics: unknown fields are accepted). */
export const updateStockLotResponse: Validator<OperationResponse<"updateStockLot", 200>> = /* @__PURE__ */ defineValidator("updateStockLot response", checks.updateStockLotResponse);
/** Validates the upsertPartStock path parameters, converting strings to the spec's types. */
export const upsertPartStockPath: Validator<NonNullable<operations["upsertPartStock"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("upsertPartStock path parameters", parameterChecks.upsertPartStockPath);
/** Validates the upsertPartStock headers, converting strings to the spec's types. */
export const upsertPartStockHeaders: Validator<NonNullable<operations["upsertPartStock"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("upsertPartStock headers", parameterChecks.upsertPartStockHeaders);
/** Validates a upsertPartStock request body (request semantics: unknown fields are errors). */
export const upsertPartStockBody: Validator<OperationRequestBody<"upsertPartStock">> = /* @__PURE__ */ defineValidator("upsertPartStock request body", checks.upsertPartStockBody);
/** Validates a upsertPartStock response (response semantics: unknown fields are accepted). */
export const upsertPartStockResponse: Validator<OperationResponse<"upsertPartStock", 200>> = /* @__PURE__ */ defineValidator("upsertPartStock response", checks.upsertPartStockResponse);
/** Validates the listTags query parameters, converting strings to the spec's types. */
export const listTagsQuery: Validator<NonNullable<operations["listTags"]["parameters"]["query"]>> = /* @__PURE__ */ defineParameterValidator("listTags query parameters", parameterChecks.listTagsQuery);
/** Validates the listTags headers, converting strings to the spec's types. */
export const listTagsHeaders: Validator<NonNullable<operations["listTags"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("listTags headers", parameterChecks.listTagsHeaders);
/** Validates a listTags response (response semantics: unknown fields are accepted). */
export const listTagsResponse: Validator<OperationResponse<"listTags", 200>> = /* @__PURE__ */ defineValidator("listTags response", checks.listTagsResponse);
/** Validates the createTag headers, converting strings to the spec's types. */
export const createTagHeaders: Validator<NonNullable<operations["createTag"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("createTag headers", parameterChecks.createTagHeaders);
/** Validates a createTag request body (request semantics: unknown fields are errors). */
export const createTagBody: Validator<OperationRequestBody<"createTag">> = /* @__PURE__ */ defineValidator("createTag request body", checks.createTagBody);
/** Validates a createTag response (response semantics: unknown fields are accepted). */
export const createTagResponse: Validator<OperationResponse<"createTag", 201>> = /* @__PURE__ */ defineValidator("createTag response", checks.createTagResponse);
/** Validates the getTag path parameters, converting strings to the spec's types. */
export const getTagPath: Validator<NonNullable<operations["getTag"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("getTag path parameters", parameterChecks.getTagPath);
/** Validates the getTag query parameters, converting strings to the spec's types. */
export const getTagQuery: Validator<NonNullable<operations["getTag"]["parameters"]["query"]>> = /* @__PURE__ */ defineParameterValidator("getTag query parameters", parameterChecks.getTagQuery);
/** Validates the getTag headers, converting strings to the spec's types. */
export const getTagHeaders: Validator<NonNullable<operations["getTag"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("getTag headers", parameterChecks.getTagHeaders);
/** Validates a getTag response (response semantics: unknown fields are accepted). */
export const getTagResponse: Validator<OperationResponse<"getTag", 200>> = /* @__PURE__ */ defineValidator("getTag response", checks.getTagResponse);
/** Validates the updateTag path parameters, converting strings to the spec's types. */
export const updateTagPath: Validator<NonNullable<operations["updateTag"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("updateTag path parameters", parameterChecks.updateTagPath);
/** Validates the updateTag headers, converting strings to the spec's types. */
export const updateTagHeaders: Validator<NonNullable<operations["updateTag"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("updateTag headers", parameterChecks.updateTagHeaders);
/** Validates a updateTag request body (request semantics: unknown fields are errors). */
export const updateTagBody: Validator<OperationRequestBody<"updateTag">> = /* @__PURE__ */ defineValidator("updateTag request body", checks.updateTagBody);
/** Validates a updateTag response (response semantics: unknown fields are accepted). */
export const updateTagResponse: Validator<OperationResponse<"updateTag", 200>> = /* @__PURE__ */ defineValidator("updateTag response", checks.updateTagResponse);
/** Validates the createRfq headers, converting strings to the spec's types. */
export const createRfqHeaders: Validator<NonNullable<operations["createRfq"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("createRfq headers", parameterChecks.createRfqHeaders);
/** Validates a createRfq request body (request semantics: unknown fields are errors). */
export const createRfqBody: Validator<OperationRequestBody<"createRfq">> = /* @__PURE__ */ defineValidator("createRfq request body", checks.createRfqBody);
/** Validates a createRfq response (response semantics: unknown fields are accepted). */
export const createRfqResponse: Validator<OperationResponse<"createRfq", 201>> = /* @__PURE__ */ defineValidator("createRfq response", checks.createRfqResponse);
/** Validates the updateRfq path parameters, converting strings to the spec's types. */
export const updateRfqPath: Validator<NonNullable<operations["updateRfq"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("updateRfq path parameters", parameterChecks.updateRfqPath);
/** Validates the updateRfq headers, converting strings to the spec's types. */
export const updateRfqHeaders: Validator<NonNullable<operations["updateRfq"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("updateRfq headers", parameterChecks.updateRfqHeaders);
/** Validates a updateRfq request body (request semantics: unknown fields are errors). */
export const updateRfqBody: Validator<OperationRequestBody<"updateRfq">> = /* @__PURE__ */ defineValidator("updateRfq request body", checks.updateRfqBody);
/** Validates a updateRfq response (response semantics: unknown fields are accepted). */
export const updateRfqResponse: Validator<OperationResponse<"updateRfq", 200>> = /* @__PURE__ */ defineValidator("updateRfq response", checks.updateRfqResponse);
/** Validates the createRfqLine path parameters, converting strings to the spec's types. */
export const createRfqLinePath: Validator<NonNullable<operations["createRfqLine"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("createRfqLine path parameters", parameterChecks.createRfqLinePath);
/** Validates the createRfqLine headers, converting strings to the spec's types. */
export const createRfqLineHeaders: Validator<NonNullable<operations["createRfqLine"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("createRfqLine headers", parameterChecks.createRfqLineHeaders);
/** Validates a createRfqLine request body (request semantics: unknown fields are errors). */
export const createRfqLineBody: Validator<OperationRequestBody<"createRfqLine">> = /* @__PURE__ */ defineValidator("createRfqLine request body", checks.createRfqLineBody);
/** Validates a createRfqLine response (response semantics: unknown fields are accepted). */
export const createRfqLineResponse: Validator<OperationResponse<"createRfqLine", 201>> = /* @__PURE__ */ defineValidator("createRfqLine response", checks.createRfqLineResponse);
/** Validates the updateRfqLine path parameters, converting strings to the spec's types. */
export const updateRfqLinePath: Validator<NonNullable<operations["updateRfqLine"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("updateRfqLine path parameters", parameterChecks.updateRfqLinePath);
/** Validates the updateRfqLine headers, converting strings to the spec's types. */
export const updateRfqLineHeaders: Validator<NonNullable<operations["updateRfqLine"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("updateRfqLine headers", parameterChecks.updateRfqLineHeaders);
/** Validates a updateRfqLine request body (request semantics: unknown fields are errors). */
export const updateRfqLineBody: Validator<OperationRequestBody<"updateRfqLine">> = /* @__PURE__ */ defineValidator("updateRfqLine request body", checks.updateRfqLineBody);
/** Validates a updateRfqLine response (response semantics: unknown fields are accepted). */
export const updateRfqLineResponse: Validator<OperationResponse<"updateRfqLine", 200>> = /* @__PURE__ */ defineValidator("updateRfqLine response", checks.updateRfqLineResponse);
/** Validates the createSupplierQuote headers, converting strings to the spec's types. */
export const createSupplierQuoteHeaders: Validator<NonNullable<operations["createSupplierQuote"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("createSupplierQuote headers", parameterChecks.createSupplierQuoteHeaders);
/** Validates a createSupplierQuote request body (request semantics: unknown fields are errors). */
export const createSupplierQuoteBody: Validator<OperationRequestBody<"createSupplierQuote">> = /* @__PURE__ */ defineValidator("createSupplierQuote request body", checks.createSupplierQuoteBody);
/** Validates a createSupplierQuote response (response semantics: unknown fields are accepted). */
export const createSupplierQuoteResponse: Validator<OperationResponse<"createSupplierQuote", 201>> = /* @__PURE__ */ defineValidator("createSupplierQuote response", checks.createSupplierQuoteResponse);
/** Validates the updateSupplierQuote path parameters, converting strings to the spec's types. */
export const updateSupplierQuotePath: Validator<NonNullable<operations["updateSupplierQuote"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("updateSupplierQuote path parameters", parameterChecks.updateSupplierQuotePath);
/** Validates the updateSupplierQuote headers, converting strings to the spec's types. */
export const updateSupplierQuoteHeaders: Validator<NonNullable<operations["updateSupplierQuote"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("updateSupplierQuote headers", parameterChecks.updateSupplierQuoteHeaders);
/** Validates a updateSupplierQuote request body (request semantics: unknown fields are errors). */
export const updateSupplierQuoteBody: Validator<OperationRequestBody<"updateSupplierQuote">> = /* @__PURE__ */ defineValidator("updateSupplierQuote request body", checks.updateSupplierQuoteBody);
/** Validates a updateSupplierQuote response (response semantics: unknown fields are accepted). */
export const updateSupplierQuoteResponse: Validator<OperationResponse<"updateSupplierQuote", 200>> = /* @__PURE__ */ defineValidator("updateSupplierQuote response", checks.updateSupplierQuoteResponse);
/** Validates the createSupplierQuoteLine path parameters, converting strings to the spec's types. */
export const createSupplierQuoteLinePath: Validator<NonNullable<operations["createSupplierQuoteLine"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("createSupplierQuoteLine path parameters", parameterChecks.createSupplierQuoteLinePath);
/** Validates the createSupplierQuoteLine headers, converting strings to the spec's types. */
export const createSupplierQuoteLineHeaders: Validator<NonNullable<operations["createSupplierQuoteLine"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("createSupplierQuoteLine headers", parameterChecks.createSupplierQuoteLineHeaders);
/** Validates a createSupplierQuoteLine request body (request semantics: unknown fields are errors). */
export const createSupplierQuoteLineBody: Validator<OperationRequestBody<"createSupplierQuoteLine">> = /* @__PURE__ */ defineValidator("createSupplierQuoteLine request body", checks.createSupplierQuoteLineBody);
/** Validates a createSupplierQuoteLine response (response semantics: unknown fields are accepted). */
export const createSupplierQuoteLineResponse: Validator<OperationResponse<"createSupplierQuoteLine", 201>> = /* @__PURE__ */ defineValidator("createSupplierQuoteLine response", checks.createSupplierQuoteLineResponse);
/** Validates the updateSupplierQuoteLine path parameters, converting strings to the spec's types. */
export const updateSupplierQuoteLinePath: Validator<NonNullable<operations["updateSupplierQuoteLine"]["parameters"]["path"]>> = /* @__PURE__ */ defineParameterValidator("updateSupplierQuoteLine path parameters", parameterChecks.updateSupplierQuoteLinePath);
/** Validates the updateSupplierQuoteLine headers, converting strings to the spec's types. */
export const updateSupplierQuoteLineHeaders: Validator<NonNullable<operations["updateSupplierQuoteLine"]["parameters"]["header"]>> = /* @__PURE__ */ defineParameterValidator("updateSupplierQuoteLine headers", parameterChecks.updateSupplierQuoteLineHeaders);
/** Validates a updateSupplierQuoteLine request body (request semantics: unknown fields are errors). */
export const updateSupplierQuoteLineBody: Validator<OperationRequestBody<"updateSupplierQuoteLine">> = /* @__PURE__ */ defineValidator("updateSupplierQuoteLine request body", checks.updateSupplierQuoteLineBody);
/** Validates a updateSupplierQuoteLine response (response semantics: unknown fields are accepted). */
export const updateSupplierQuoteLineResponse: Validator<OperationResponse<"updateSupplierQuoteLine", 200>> = /* @__PURE__ */ defineValidator("updateSupplierQuoteLine response", checks.updateSupplierQuoteLineResponse);

/**
 * The validators of every operation, by `operationId`: `body` (request body), `response` (JSON
 * success answer), `query`, `path` and `headers` (parameters, converted from strings).
 */
export const operationValidators = {
  listBoms: { query: listBomsQuery, headers: listBomsHeaders, response: listBomsResponse },
  createBom: { headers: createBomHeaders, body: createBomBody, response: createBomResponse },
  createBomFromRaw: { headers: createBomFromRawHeaders, body: createBomFromRawBody, response: createBomFromRawResponse },
  getBom: { path: getBomPath, query: getBomQuery, headers: getBomHeaders, response: getBomResponse },
  deleteBom: { path: deleteBomPath, headers: deleteBomHeaders },
  updateBom: { path: updateBomPath, headers: updateBomHeaders, body: updateBomBody, response: updateBomResponse },
  upsertBomAsync: { body: upsertBomAsyncBody, response: upsertBomAsyncResponse },
  approveBom: { path: approveBomPath, headers: approveBomHeaders, response: approveBomResponse },
  listBomLines: { path: listBomLinesPath, query: listBomLinesQuery, headers: listBomLinesHeaders, response: listBomLinesResponse },
  createBomLine: { path: createBomLinePath, headers: createBomLineHeaders, body: createBomLineBody, response: createBomLineResponse },
  getBomLine: { path: getBomLinePath, query: getBomLineQuery, headers: getBomLineHeaders, response: getBomLineResponse },
  deleteBomLine: { path: deleteBomLinePath, headers: deleteBomLineHeaders },
  updateBomLine: { path: updateBomLinePath, headers: updateBomLineHeaders, body: updateBomLineBody, response: updateBomLineResponse },
  createBomLineFromRaw: { path: createBomLineFromRawPath, headers: createBomLineFromRawHeaders, body: createBomLineFromRawBody, response: createBomLineFromRawResponse },
  listPrograms: { query: listProgramsQuery, headers: listProgramsHeaders, response: listProgramsResponse },
  createProgram: { headers: createProgramHeaders, body: createProgramBody, response: createProgramResponse },
  getProgram: { path: getProgramPath, query: getProgramQuery, headers: getProgramHeaders, response: getProgramResponse },
  deleteProgram: { path: deleteProgramPath, headers: deleteProgramHeaders },
  updateProgram: { path: updateProgramPath, headers: updateProgramHeaders, body: updateProgramBody, response: updateProgramResponse },
  getProgramAvailabilities: { path: getProgramAvailabilitiesPath, query: getProgramAvailabilitiesQuery, headers: getProgramAvailabilitiesHeaders, response: getProgramAvailabilitiesResponse },
  getProgramAvailabilitiesAsync: { path: getProgramAvailabilitiesAsyncPath, query: getProgramAvailabilitiesAsyncQuery, headers: getProgramAvailabilitiesAsyncHeaders, response: getProgramAvailabilitiesAsyncResponse },
  getProgramReferencePricing: { path: getProgramReferencePricingPath, query: getProgramReferencePricingQuery, headers: getProgramReferencePricingHeaders, response: getProgramReferencePricingResponse },
  listProgramLines: { path: listProgramLinesPath, query: listProgramLinesQuery, headers: listProgramLinesHeaders, response: listProgramLinesResponse },
  createProgramLines: { path: createProgramLinesPath, headers: createProgramLinesHeaders, body: createProgramLinesBody, response: createProgramLinesResponse },
  getProgramLine: { path: getProgramLinePath, query: getProgramLineQuery, headers: getProgramLineHeaders, response: getProgramLineResponse },
  deleteProgramLine: { path: deleteProgramLinePath, headers: deleteProgramLineHeaders },
  updateProgramLine: { path: updateProgramLinePath, headers: updateProgramLineHeaders, body: updateProgramLineBody, response: updateProgramLineResponse },
  listProgramPartOverrides: { path: listProgramPartOverridesPath, query: listProgramPartOverridesQuery, headers: listProgramPartOverridesHeaders, response: listProgramPartOverridesResponse },
  createProgramPartOverride: { path: createProgramPartOverridePath, headers: createProgramPartOverrideHeaders, body: createProgramPartOverrideBody, response: createProgramPartOverrideResponse },
  getProgramPartOverride: { path: getProgramPartOverridePath, query: getProgramPartOverrideQuery, headers: getProgramPartOverrideHeaders, response: getProgramPartOverrideResponse },
  deleteProgramPartOverride: { path: deleteProgramPartOverridePath, headers: deleteProgramPartOverrideHeaders },
  updateProgramPartOverride: { path: updateProgramPartOverridePath, headers: updateProgramPartOverrideHeaders, body: updateProgramPartOverrideBody, response: updateProgramPartOverrideResponse },
  listSubOrgs: { query: listSubOrgsQuery, headers: listSubOrgsHeaders, response: listSubOrgsResponse },
  createSubOrg: { headers: createSubOrgHeaders, body: createSubOrgBody, response: createSubOrgResponse },
  getSubOrg: { path: getSubOrgPath, query: getSubOrgQuery, headers: getSubOrgHeaders, response: getSubOrgResponse },
  updateSubOrg: { path: updateSubOrgPath, headers: updateSubOrgHeaders, body: updateSubOrgBody, response: updateSubOrgResponse },
  getOrg: { query: getOrgQuery, headers: getOrgHeaders, response: getOrgResponse },
  listUsers: { query: listUsersQuery, headers: listUsersHeaders, response: listUsersResponse },
  getUser: { path: getUserPath, query: getUserQuery, headers: getUserHeaders, response: getUserResponse },
  runSqlQuery: { headers: runSqlQueryHeaders, body: runSqlQueryBody, response: runSqlQueryResponse },
  createOutboundEmail: { headers: createOutboundEmailHeaders, body: createOutboundEmailBody, response: createOutboundEmailResponse },
  getOutboundEmail: { path: getOutboundEmailPath, query: getOutboundEmailQuery, headers: getOutboundEmailHeaders, response: getOutboundEmailResponse },
  markOutboundEmailSent: { path: markOutboundEmailSentPath, headers: markOutboundEmailSentHeaders, body: markOutboundEmailSentBody, response: markOutboundEmailSentResponse },
  updateApiKey: { headers: updateApiKeyHeaders, response: updateApiKeyResponse },
  getAsyncJob: { path: getAsyncJobPath, query: getAsyncJobQuery, headers: getAsyncJobHeaders, response: getAsyncJobResponse },
  listStockDocuments: { query: listStockDocumentsQuery, headers: listStockDocumentsHeaders, response: listStockDocumentsResponse },
  createStockDocument: { headers: createStockDocumentHeaders, response: createStockDocumentResponse },
  getStockDocument: { path: getStockDocumentPath, query: getStockDocumentQuery, headers: getStockDocumentHeaders, response: getStockDocumentResponse },
  downloadStockDocument: { path: downloadStockDocumentPath, query: downloadStockDocumentQuery, headers: downloadStockDocumentHeaders },
  listSuppliers: { query: listSuppliersQuery, headers: listSuppliersHeaders, response: listSuppliersResponse },
  createSupplier: { headers: createSupplierHeaders, body: createSupplierBody, response: createSupplierResponse },
  getSupplier: { path: getSupplierPath, query: getSupplierQuery, headers: getSupplierHeaders, response: getSupplierResponse },
  updateSupplier: { path: updateSupplierPath, headers: updateSupplierHeaders, body: updateSupplierBody, response: updateSupplierResponse },
  createPartsAsync: { headers: createPartsAsyncHeaders, body: createPartsAsyncBody, response: createPartsAsyncResponse },
  upsertPartsAsync: { headers: upsertPartsAsyncHeaders, body: upsertPartsAsyncBody, response: upsertPartsAsyncResponse },
  getPart: { path: getPartPath, query: getPartQuery, headers: getPartHeaders, response: getPartResponse },
  createPurchaseOrder: { headers: createPurchaseOrderHeaders, body: createPurchaseOrderBody, response: createPurchaseOrderResponse },
  getPurchaseOrder: { path: getPurchaseOrderPath, query: getPurchaseOrderQuery, headers: getPurchaseOrderHeaders, response: getPurchaseOrderResponse },
  deletePurchaseOrder: { path: deletePurchaseOrderPath, query: deletePurchaseOrderQuery, headers: deletePurchaseOrderHeaders },
  updatePurchaseOrder: { path: updatePurchaseOrderPath, query: updatePurchaseOrderQuery, headers: updatePurchaseOrderHeaders, body: updatePurchaseOrderBody, response: updatePurchaseOrderResponse },
  listPurchaseLines: { path: listPurchaseLinesPath, query: listPurchaseLinesQuery, headers: listPurchaseLinesHeaders, response: listPurchaseLinesResponse },
  createPurchaseLine: { path: createPurchaseLinePath, query: createPurchaseLineQuery, headers: createPurchaseLineHeaders, body: createPurchaseLineBody, response: createPurchaseLineResponse },
  updateManyPurchaseLines: { path: updateManyPurchaseLinesPath, query: updateManyPurchaseLinesQuery, headers: updateManyPurchaseLinesHeaders, body: updateManyPurchaseLinesBody, response: updateManyPurchaseLinesResponse },
  getPurchaseLine: { path: getPurchaseLinePath, query: getPurchaseLineQuery, headers: getPurchaseLineHeaders, response: getPurchaseLineResponse },
  deletePurchaseLine: { path: deletePurchaseLinePath, query: deletePurchaseLineQuery, headers: deletePurchaseLineHeaders },
  listNoPartPurchaseLines: { path: listNoPartPurchaseLinesPath, query: listNoPartPurchaseLinesQuery, headers: listNoPartPurchaseLinesHeaders, response: listNoPartPurchaseLinesResponse },
  createNoPartPurchaseLine: { path: createNoPartPurchaseLinePath, query: createNoPartPurchaseLineQuery, headers: createNoPartPurchaseLineHeaders, body: createNoPartPurchaseLineBody, response: createNoPartPurchaseLineResponse },
  updateManyNoPartPurchaseLines: { path: updateManyNoPartPurchaseLinesPath, query: updateManyNoPartPurchaseLinesQuery, headers: updateManyNoPartPurchaseLinesHeaders, body: updateManyNoPartPurchaseLinesBody, response: updateManyNoPartPurchaseLinesResponse },
  deleteNoPartPurchaseLine: { path: deleteNoPartPurchaseLinePath, query: deleteNoPartPurchaseLineQuery, headers: deleteNoPartPurchaseLineHeaders },
  createPurchaseEvent: { headers: createPurchaseEventHeaders, body: createPurchaseEventBody, response: createPurchaseEventResponse },
  createSupplierBill: { headers: createSupplierBillHeaders, body: createSupplierBillBody, response: createSupplierBillResponse },
  updateSupplierBill: { path: updateSupplierBillPath, headers: updateSupplierBillHeaders, body: updateSupplierBillBody, response: updateSupplierBillResponse },
  createSupplierBillLine: { path: createSupplierBillLinePath, headers: createSupplierBillLineHeaders, body: createSupplierBillLineBody, response: createSupplierBillLineResponse },
  updateSupplierBillLine: { path: updateSupplierBillLinePath, headers: updateSupplierBillLineHeaders, body: updateSupplierBillLineBody, response: updateSupplierBillLineResponse },
  listTeams: { query: listTeamsQuery, headers: listTeamsHeaders, response: listTeamsResponse },
  createTeam: { headers: createTeamHeaders, body: createTeamBody, response: createTeamResponse },
  getTeam: { path: getTeamPath, query: getTeamQuery, headers: getTeamHeaders, response: getTeamResponse },
  deleteTeam: { path: deleteTeamPath, headers: deleteTeamHeaders },
  updateTeam: { path: updateTeamPath, headers: updateTeamHeaders, body: updateTeamBody, response: updateTeamResponse },
  archiveTeam: { path: archiveTeamPath, headers: archiveTeamHeaders, response: archiveTeamResponse },
  unarchiveTeam: { path: unarchiveTeamPath, headers: unarchiveTeamHeaders, response: unarchiveTeamResponse },
  listTeamTypes: { query: listTeamTypesQuery, headers: listTeamTypesHeaders, response: listTeamTypesResponse },
  createTeamType: { headers: createTeamTypeHeaders, body: createTeamTypeBody, response: createTeamTypeResponse },
  getTeamType: { path: getTeamTypePath, query: getTeamTypeQuery, headers: getTeamTypeHeaders, response: getTeamTypeResponse },
  deleteTeamType: { path: deleteTeamTypePath, headers: deleteTeamTypeHeaders },
  updateTeamType: { path: updateTeamTypePath, headers: updateTeamTypeHeaders, body: updateTeamTypeBody, response: updateTeamTypeResponse },
  listCustomProperties: { query: listCustomPropertiesQuery, headers: listCustomPropertiesHeaders, response: listCustomPropertiesResponse },
  createCustomProperty: { headers: createCustomPropertyHeaders, body: createCustomPropertyBody, response: createCustomPropertyResponse },
  getCustomProperty: { path: getCustomPropertyPath, query: getCustomPropertyQuery, headers: getCustomPropertyHeaders, response: getCustomPropertyResponse },
  updateCustomProperty: { path: updateCustomPropertyPath, headers: updateCustomPropertyHeaders, body: updateCustomPropertyBody, response: updateCustomPropertyResponse },
  updateStockLot: { path: updateStockLotPath, headers: updateStockLotHeaders, body: updateStockLotBody, response: updateStockLotResponse },
  upsertPartStock: { path: upsertPartStockPath, headers: upsertPartStockHeaders, body: upsertPartStockBody, response: upsertPartStockResponse },
  listTags: { query: listTagsQuery, headers: listTagsHeaders, response: listTagsResponse },
  createTag: { headers: createTagHeaders, body: createTagBody, response: createTagResponse },
  getTag: { path: getTagPath, query: getTagQuery, headers: getTagHeaders, response: getTagResponse },
  updateTag: { path: updateTagPath, headers: updateTagHeaders, body: updateTagBody, response: updateTagResponse },
  createRfq: { headers: createRfqHeaders, body: createRfqBody, response: createRfqResponse },
  updateRfq: { path: updateRfqPath, headers: updateRfqHeaders, body: updateRfqBody, response: updateRfqResponse },
  createRfqLine: { path: createRfqLinePath, headers: createRfqLineHeaders, body: createRfqLineBody, response: createRfqLineResponse },
  updateRfqLine: { path: updateRfqLinePath, headers: updateRfqLineHeaders, body: updateRfqLineBody, response: updateRfqLineResponse },
  createSupplierQuote: { headers: createSupplierQuoteHeaders, body: createSupplierQuoteBody, response: createSupplierQuoteResponse },
  updateSupplierQuote: { path: updateSupplierQuotePath, headers: updateSupplierQuoteHeaders, body: updateSupplierQuoteBody, response: updateSupplierQuoteResponse },
  createSupplierQuoteLine: { path: createSupplierQuoteLinePath, headers: createSupplierQuoteLineHeaders, body: createSupplierQuoteLineBody, response: createSupplierQuoteLineResponse },
  updateSupplierQuoteLine: { path: updateSupplierQuoteLinePath, headers: updateSupplierQuoteLineHeaders, body: updateSupplierQuoteLineBody, response: updateSupplierQuoteLineResponse },
} as const;
