// This file is generated from the Cofactr OpenAPI spec (spec/). Do not edit it by hand:
// change the spec or the generator (packages/validation/scripts) and run `pnpm generate`.
import type { components, OperationRequestBody, OperationResponse } from "@cofactr/platform-types";
import { defineValidator, type Validator } from "../validator.js";
import * as checks from "./checks.gen.js";

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
/** Validates a listBoms response (response semantics: unknown fields are accepted). */
export const listBomsResponse: Validator<OperationResponse<"listBoms", 200>> = /* @__PURE__ */ defineValidator("listBoms response", checks.listBomsResponse);
/** Validates a createBom request body (request semantics: unknown fields are errors). */
export const createBomBody: Validator<OperationRequestBody<"createBom">> = /* @__PURE__ */ defineValidator("createBom request body", checks.createBomBody);
/** Validates a createBom response (response semantics: unknown fields are accepted). */
export const createBomResponse: Validator<OperationResponse<"createBom", 201>> = /* @__PURE__ */ defineValidator("createBom response", checks.createBomResponse);
/** Validates a createBomFromRaw request body (request semantics: unknown fields are errors). */
export const createBomFromRawBody: Validator<OperationRequestBody<"createBomFromRaw">> = /* @__PURE__ */ defineValidator("createBomFromRaw request body", checks.createBomFromRawBody);
/** Validates a createBomFromRaw response (response semantics: unknown fields are accepted). */
export const createBomFromRawResponse: Validator<OperationResponse<"createBomFromRaw", 201>> = /* @__PURE__ */ defineValidator("createBomFromRaw response", checks.createBomFromRawResponse);
/** Validates a getBom response (response semantics: unknown fields are accepted). */
export const getBomResponse: Validator<OperationResponse<"getBom", 200>> = /* @__PURE__ */ defineValidator("getBom response", checks.getBomResponse);
/** Validates a updateBom request body (request semantics: unknown fields are errors). */
export const updateBomBody: Validator<OperationRequestBody<"updateBom">> = /* @__PURE__ */ defineValidator("updateBom request body", checks.updateBomBody);
/** Validates a updateBom response (response semantics: unknown fields are accepted). */
export const updateBomResponse: Validator<OperationResponse<"updateBom", 200>> = /* @__PURE__ */ defineValidator("updateBom response", checks.updateBomResponse);
/** Validates a upsertBomAsync request body (request semantics: unknown fields are errors). */
export const upsertBomAsyncBody: Validator<OperationRequestBody<"upsertBomAsync">> = /* @__PURE__ */ defineValidator("upsertBomAsync request body", checks.upsertBomAsyncBody);
/** Validates a upsertBomAsync response (response semantics: unknown fields are accepted). */
export const upsertBomAsyncResponse: Validator<OperationResponse<"upsertBomAsync", 200>> = /* @__PURE__ */ defineValidator("upsertBomAsync response", checks.upsertBomAsyncResponse);
/** Validates a approveBom response (response semantics: unknown fields are accepted). */
export const approveBomResponse: Validator<OperationResponse<"approveBom", 200>> = /* @__PURE__ */ defineValidator("approveBom response", checks.approveBomResponse);
/** Validates a listBomLines response (response semantics: unknown fields are accepted). */
export const listBomLinesResponse: Validator<OperationResponse<"listBomLines", 200>> = /* @__PURE__ */ defineValidator("listBomLines response", checks.listBomLinesResponse);
/** Validates a createBomLine request body (request semantics: unknown fields are errors). */
export const createBomLineBody: Validator<OperationRequestBody<"createBomLine">> = /* @__PURE__ */ defineValidator("createBomLine request body", checks.createBomLineBody);
/** Validates a createBomLine response (response semantics: unknown fields are accepted). */
export const createBomLineResponse: Validator<OperationResponse<"createBomLine", 200>> = /* @__PURE__ */ defineValidator("createBomLine response", checks.createBomLineResponse);
/** Validates a getBomLine response (response semantics: unknown fields are accepted). */
export const getBomLineResponse: Validator<OperationResponse<"getBomLine", 200>> = /* @__PURE__ */ defineValidator("getBomLine response", checks.getBomLineResponse);
/** Validates a updateBomLine request body (request semantics: unknown fields are errors). */
export const updateBomLineBody: Validator<OperationRequestBody<"updateBomLine">> = /* @__PURE__ */ defineValidator("updateBomLine request body", checks.updateBomLineBody);
/** Validates a updateBomLine response (response semantics: unknown fields are accepted). */
export const updateBomLineResponse: Validator<OperationResponse<"updateBomLine", 200>> = /* @__PURE__ */ defineValidator("updateBomLine response", checks.updateBomLineResponse);
/** Validates a createBomLineFromRaw request body (request semantics: unknown fields are errors). */
export const createBomLineFromRawBody: Validator<OperationRequestBody<"createBomLineFromRaw">> = /* @__PURE__ */ defineValidator("createBomLineFromRaw request body", checks.createBomLineFromRawBody);
/** Validates a createBomLineFromRaw response (response semantics: unknown fields are accepted). */
export const createBomLineFromRawResponse: Validator<OperationResponse<"createBomLineFromRaw", 200>> = /* @__PURE__ */ defineValidator("createBomLineFromRaw response", checks.createBomLineFromRawResponse);
/** Validates a listPrograms response (response semantics: unknown fields are accepted). */
export const listProgramsResponse: Validator<OperationResponse<"listPrograms", 200>> = /* @__PURE__ */ defineValidator("listPrograms response", checks.listProgramsResponse);
/** Validates a createProgram request body (request semantics: unknown fields are errors). */
export const createProgramBody: Validator<OperationRequestBody<"createProgram">> = /* @__PURE__ */ defineValidator("createProgram request body", checks.createProgramBody);
/** Validates a createProgram response (response semantics: unknown fields are accepted). */
export const createProgramResponse: Validator<OperationResponse<"createProgram", 201>> = /* @__PURE__ */ defineValidator("createProgram response", checks.createProgramResponse);
/** Validates a getProgram response (response semantics: unknown fields are accepted). */
export const getProgramResponse: Validator<OperationResponse<"getProgram", 200>> = /* @__PURE__ */ defineValidator("getProgram response", checks.getProgramResponse);
/** Validates a updateProgram request body (request semantics: unknown fields are errors). */
export const updateProgramBody: Validator<OperationRequestBody<"updateProgram">> = /* @__PURE__ */ defineValidator("updateProgram request body", checks.updateProgramBody);
/** Validates a updateProgram response (response semantics: unknown fields are accepted). */
export const updateProgramResponse: Validator<OperationResponse<"updateProgram", 200>> = /* @__PURE__ */ defineValidator("updateProgram response", checks.updateProgramResponse);
/** Validates a getProgramAvailabilities response (response semantics: unknown fields are accepted). */
export const getProgramAvailabilitiesResponse: Validator<OperationResponse<"getProgramAvailabilities", 200>> = /* @__PURE__ */ defineValidator("getProgramAvailabilities response", checks.getProgramAvailabilitiesResponse);
/** Validates a getProgramAvailabilitiesAsync response (response semantics: unknown fields are accepted). */
export const getProgramAvailabilitiesAsyncResponse: Validator<OperationResponse<"getProgramAvailabilitiesAsync", 202>> = /* @__PURE__ */ defineValidator("getProgramAvailabilitiesAsync response", checks.getProgramAvailabilitiesAsyncResponse);
/** Validates a getProgramReferencePricing response (response semantics: unknown fields are accepted). */
export const getProgramReferencePricingResponse: Validator<OperationResponse<"getProgramReferencePricing", 200>> = /* @__PURE__ */ defineValidator("getProgramReferencePricing response", checks.getProgramReferencePricingResponse);
/** Validates a listProgramLines response (response semantics: unknown fields are accepted). */
export const listProgramLinesResponse: Validator<OperationResponse<"listProgramLines", 200>> = /* @__PURE__ */ defineValidator("listProgramLines response", checks.listProgramLinesResponse);
/** Validates a createProgramLines request body (request semantics: unknown fields are errors). */
export const createProgramLinesBody: Validator<OperationRequestBody<"createProgramLines">> = /* @__PURE__ */ defineValidator("createProgramLines request body", checks.createProgramLinesBody);
/** Validates a createProgramLines response (response semantics: unknown fields are accepted). */
export const createProgramLinesResponse: Validator<OperationResponse<"createProgramLines", 201>> = /* @__PURE__ */ defineValidator("createProgramLines response", checks.createProgramLinesResponse);
/** Validates a getProgramLine response (response semantics: unknown fields are accepted). */
export const getProgramLineResponse: Validator<OperationResponse<"getProgramLine", 200>> = /* @__PURE__ */ defineValidator("getProgramLine response", checks.getProgramLineResponse);
/** Validates a updateProgramLine request body (request semantics: unknown fields are errors). */
export const updateProgramLineBody: Validator<OperationRequestBody<"updateProgramLine">> = /* @__PURE__ */ defineValidator("updateProgramLine request body", checks.updateProgramLineBody);
/** Validates a updateProgramLine response (response semantics: unknown fields are accepted). */
export const updateProgramLineResponse: Validator<OperationResponse<"updateProgramLine", 200>> = /* @__PURE__ */ defineValidator("updateProgramLine response", checks.updateProgramLineResponse);
/** Validates a listProgramPartOverrides response (response semantics: unknown fields are accepted). */
export const listProgramPartOverridesResponse: Validator<OperationResponse<"listProgramPartOverrides", 200>> = /* @__PURE__ */ defineValidator("listProgramPartOverrides response", checks.listProgramPartOverridesResponse);
/** Validates a createProgramPartOverride request body (request semantics: unknown fields are errors). */
export const createProgramPartOverrideBody: Validator<OperationRequestBody<"createProgramPartOverride">> = /* @__PURE__ */ defineValidator("createProgramPartOverride request body", checks.createProgramPartOverrideBody);
/** Validates a createProgramPartOverride response (response semantics: unknown fields are accepted). */
export const createProgramPartOverrideResponse: Validator<OperationResponse<"createProgramPartOverride", 201>> = /* @__PURE__ */ defineValidator("createProgramPartOverride response", checks.createProgramPartOverrideResponse);
/** Validates a getProgramPartOverride response (response semantics: unknown fields are accepted). */
export const getProgramPartOverrideResponse: Validator<OperationResponse<"getProgramPartOverride", 200>> = /* @__PURE__ */ defineValidator("getProgramPartOverride response", checks.getProgramPartOverrideResponse);
/** Validates a updateProgramPartOverride request body (request semantics: unknown fields are errors). */
export const updateProgramPartOverrideBody: Validator<OperationRequestBody<"updateProgramPartOverride">> = /* @__PURE__ */ defineValidator("updateProgramPartOverride request body", checks.updateProgramPartOverrideBody);
/** Validates a updateProgramPartOverride response (response semantics: unknown fields are accepted). */
export const updateProgramPartOverrideResponse: Validator<OperationResponse<"updateProgramPartOverride", 200>> = /* @__PURE__ */ defineValidator("updateProgramPartOverride response", checks.updateProgramPartOverrideResponse);
/** Validates a listSubOrgs response (response semantics: unknown fields are accepted). */
export const listSubOrgsResponse: Validator<OperationResponse<"listSubOrgs", 200>> = /* @__PURE__ */ defineValidator("listSubOrgs response", checks.listSubOrgsResponse);
/** Validates a createSubOrg request body (request semantics: unknown fields are errors). */
export const createSubOrgBody: Validator<OperationRequestBody<"createSubOrg">> = /* @__PURE__ */ defineValidator("createSubOrg request body", checks.createSubOrgBody);
/** Validates a createSubOrg response (response semantics: unknown fields are accepted). */
export const createSubOrgResponse: Validator<OperationResponse<"createSubOrg", 201>> = /* @__PURE__ */ defineValidator("createSubOrg response", checks.createSubOrgResponse);
/** Validates a getSubOrg response (response semantics: unknown fields are accepted). */
export const getSubOrgResponse: Validator<OperationResponse<"getSubOrg", 200>> = /* @__PURE__ */ defineValidator("getSubOrg response", checks.getSubOrgResponse);
/** Validates a updateSubOrg request body (request semantics: unknown fields are errors). */
export const updateSubOrgBody: Validator<OperationRequestBody<"updateSubOrg">> = /* @__PURE__ */ defineValidator("updateSubOrg request body", checks.updateSubOrgBody);
/** Validates a updateSubOrg response (response semantics: unknown fields are accepted). */
export const updateSubOrgResponse: Validator<OperationResponse<"updateSubOrg", 200>> = /* @__PURE__ */ defineValidator("updateSubOrg response", checks.updateSubOrgResponse);
/** Validates a getOrg response (response semantics: unknown fields are accepted). */
export const getOrgResponse: Validator<OperationResponse<"getOrg", 200>> = /* @__PURE__ */ defineValidator("getOrg response", checks.getOrgResponse);
/** Validates a listUsers response (response semantics: unknown fields are accepted). */
export const listUsersResponse: Validator<OperationResponse<"listUsers", 200>> = /* @__PURE__ */ defineValidator("listUsers response", checks.listUsersResponse);
/** Validates a getUser response (response semantics: unknown fields are accepted). */
export const getUserResponse: Validator<OperationResponse<"getUser", 200>> = /* @__PURE__ */ defineValidator("getUser response", checks.getUserResponse);
/** Validates a runSqlQuery request body (request semantics: unknown fields are errors). */
export const runSqlQueryBody: Validator<OperationRequestBody<"runSqlQuery">> = /* @__PURE__ */ defineValidator("runSqlQuery request body", checks.runSqlQueryBody);
/** Validates a runSqlQuery response (response semantics: unknown fields are accepted). */
export const runSqlQueryResponse: Validator<OperationResponse<"runSqlQuery", 200>> = /* @__PURE__ */ defineValidator("runSqlQuery response", checks.runSqlQueryResponse);
/** Validates a createOutboundEmail request body (request semantics: unknown fields are errors). */
export const createOutboundEmailBody: Validator<OperationRequestBody<"createOutboundEmail">> = /* @__PURE__ */ defineValidator("createOutboundEmail request body", checks.createOutboundEmailBody);
/** Validates a createOutboundEmail response (response semantics: unknown fields are accepted). */
export const createOutboundEmailResponse: Validator<OperationResponse<"createOutboundEmail", 201>> = /* @__PURE__ */ defineValidator("createOutboundEmail response", checks.createOutboundEmailResponse);
/** Validates a getOutboundEmail response (response semantics: unknown fields are accepted). */
export const getOutboundEmailResponse: Validator<OperationResponse<"getOutboundEmail", 200>> = /* @__PURE__ */ defineValidator("getOutboundEmail response", checks.getOutboundEmailResponse);
/** Validates a markOutboundEmailSent request body (request semantics: unknown fields are errors). */
export const markOutboundEmailSentBody: Validator<OperationRequestBody<"markOutboundEmailSent">> = /* @__PURE__ */ defineValidator("markOutboundEmailSent request body", checks.markOutboundEmailSentBody);
/** Validates a markOutboundEmailSent response (response semantics: unknown fields are accepted). */
export const markOutboundEmailSentResponse: Validator<OperationResponse<"markOutboundEmailSent", 200>> = /* @__PURE__ */ defineValidator("markOutboundEmailSent response", checks.markOutboundEmailSentResponse);
/** Validates a updateApiKey response (response semantics: unknown fields are accepted). */
export const updateApiKeyResponse: Validator<OperationResponse<"updateApiKey", 200>> = /* @__PURE__ */ defineValidator("updateApiKey response", checks.updateApiKeyResponse);
/** Validates a getAsyncJob response (response semantics: unknown fields are accepted). */
export const getAsyncJobResponse: Validator<OperationResponse<"getAsyncJob", 200>> = /* @__PURE__ */ defineValidator("getAsyncJob response", checks.getAsyncJobResponse);
/** Validates a listStockDocuments response (response semantics: unknown fields are accepted). */
export const listStockDocumentsResponse: Validator<OperationResponse<"listStockDocuments", 200>> = /* @__PURE__ */ defineValidator("listStockDocuments response", checks.listStockDocumentsResponse);
/** Validates a createStockDocument response (response semantics: unknown fields are accepted). */
export const createStockDocumentResponse: Validator<OperationResponse<"createStockDocument", 201>> = /* @__PURE__ */ defineValidator("createStockDocument response", checks.createStockDocumentResponse);
/** Validates a getStockDocument response (response semantics: unknown fields are accepted). */
export const getStockDocumentResponse: Validator<OperationResponse<"getStockDocument", 200>> = /* @__PURE__ */ defineValidator("getStockDocument response", checks.getStockDocumentResponse);
/** Validates a listSuppliers response (response semantics: unknown fields are accepted). */
export const listSuppliersResponse: Validator<OperationResponse<"listSuppliers", 200>> = /* @__PURE__ */ defineValidator("listSuppliers response", checks.listSuppliersResponse);
/** Validates a createSupplier request body (request semantics: unknown fields are errors). */
export const createSupplierBody: Validator<OperationRequestBody<"createSupplier">> = /* @__PURE__ */ defineValidator("createSupplier request body", checks.createSupplierBody);
/** Validates a createSupplier response (response semantics: unknown fields are accepted). */
export const createSupplierResponse: Validator<OperationResponse<"createSupplier", 201>> = /* @__PURE__ */ defineValidator("createSupplier response", checks.createSupplierResponse);
/** Validates a getSupplier response (response semantics: unknown fields are accepted). */
export const getSupplierResponse: Validator<OperationResponse<"getSupplier", 200>> = /* @__PURE__ */ defineValidator("getSupplier response", checks.getSupplierResponse);
/** Validates a updateSupplier request body (request semantics: unknown fields are errors). */
export const updateSupplierBody: Validator<OperationRequestBody<"updateSupplier">> = /* @__PURE__ */ defineValidator("updateSupplier request body", checks.updateSupplierBody);
/** Validates a updateSupplier response (response semantics: unknown fields are accepted). */
export const updateSupplierResponse: Validator<OperationResponse<"updateSupplier", 200>> = /* @__PURE__ */ defineValidator("updateSupplier response", checks.updateSupplierResponse);
/** Validates a createPartsAsync request body (request semantics: unknown fields are errors). */
export const createPartsAsyncBody: Validator<OperationRequestBody<"createPartsAsync">> = /* @__PURE__ */ defineValidator("createPartsAsync request body", checks.createPartsAsyncBody);
/** Validates a createPartsAsync response (response semantics: unknown fields are accepted). */
export const createPartsAsyncResponse: Validator<OperationResponse<"createPartsAsync", 202>> = /* @__PURE__ */ defineValidator("createPartsAsync response", checks.createPartsAsyncResponse);
/** Validates a upsertPartsAsync request body (request semantics: unknown fields are errors). */
export const upsertPartsAsyncBody: Validator<OperationRequestBody<"upsertPartsAsync">> = /* @__PURE__ */ defineValidator("upsertPartsAsync request body", checks.upsertPartsAsyncBody);
/** Validates a upsertPartsAsync response (response semantics: unknown fields are accepted). */
export const upsertPartsAsyncResponse: Validator<OperationResponse<"upsertPartsAsync", 202>> = /* @__PURE__ */ defineValidator("upsertPartsAsync response", checks.upsertPartsAsyncResponse);
/** Validates a getPart response (response semantics: unknown fields are accepted). */
export const getPartResponse: Validator<OperationResponse<"getPart", 200>> = /* @__PURE__ */ defineValidator("getPart response", checks.getPartResponse);
/** Validates a createPurchaseOrder request body (request semantics: unknown fields are errors). */
export const createPurchaseOrderBody: Validator<OperationRequestBody<"createPurchaseOrder">> = /* @__PURE__ */ defineValidator("createPurchaseOrder request body", checks.createPurchaseOrderBody);
/** Validates a createPurchaseOrder response (response semantics: unknown fields are accepted). */
export const createPurchaseOrderResponse: Validator<OperationResponse<"createPurchaseOrder", 201>> = /* @__PURE__ */ defineValidator("createPurchaseOrder response", checks.createPurchaseOrderResponse);
/** Validates a getPurchaseOrder response (response semantics: unknown fields are accepted). */
export const getPurchaseOrderResponse: Validator<OperationResponse<"getPurchaseOrder", 200>> = /* @__PURE__ */ defineValidator("getPurchaseOrder response", checks.getPurchaseOrderResponse);
/** Validates a updatePurchaseOrder request body (request semantics: unknown fields are errors). */
export const updatePurchaseOrderBody: Validator<OperationRequestBody<"updatePurchaseOrder">> = /* @__PURE__ */ defineValidator("updatePurchaseOrder request body", checks.updatePurchaseOrderBody);
/** Validates a updatePurchaseOrder response (response semantics: unknown fields are accepted). */
export const updatePurchaseOrderResponse: Validator<OperationResponse<"updatePurchaseOrder", 200>> = /* @__PURE__ */ defineValidator("updatePurchaseOrder response", checks.updatePurchaseOrderResponse);
/** Validates a listPurchaseLines response (response semantics: unknown fields are accepted). */
export const listPurchaseLinesResponse: Validator<OperationResponse<"listPurchaseLines", 200>> = /* @__PURE__ */ defineValidator("listPurchaseLines response", checks.listPurchaseLinesResponse);
/** Validates a createPurchaseLine request body (request semantics: unknown fields are errors). */
export const createPurchaseLineBody: Validator<OperationRequestBody<"createPurchaseLine">> = /* @__PURE__ */ defineValidator("createPurchaseLine request body", checks.createPurchaseLineBody);
/** Validates a createPurchaseLine response (response semantics: unknown fields are accepted). */
export const createPurchaseLineResponse: Validator<OperationResponse<"createPurchaseLine", 201>> = /* @__PURE__ */ defineValidator("createPurchaseLine response", checks.createPurchaseLineResponse);
/** Validates a updateManyPurchaseLines request body (request semantics: unknown fields are errors). */
export const updateManyPurchaseLinesBody: Validator<OperationRequestBody<"updateManyPurchaseLines">> = /* @__PURE__ */ defineValidator("updateManyPurchaseLines request body", checks.updateManyPurchaseLinesBody);
/** Validates a updateManyPurchaseLines response (response semantics: unknown fields are accepted). */
export const updateManyPurchaseLinesResponse: Validator<OperationResponse<"updateManyPurchaseLines", 200>> = /* @__PURE__ */ defineValidator("updateManyPurchaseLines response", checks.updateManyPurchaseLinesResponse);
/** Validates a getPurchaseLine response (response semantics: unknown fields are accepted). */
export const getPurchaseLineResponse: Validator<OperationResponse<"getPurchaseLine", 200>> = /* @__PURE__ */ defineValidator("getPurchaseLine response", checks.getPurchaseLineResponse);
/** Validates a listNoPartPurchaseLines response (response semantics: unknown fields are accepted). */
export const listNoPartPurchaseLinesResponse: Validator<OperationResponse<"listNoPartPurchaseLines", 200>> = /* @__PURE__ */ defineValidator("listNoPartPurchaseLines response", checks.listNoPartPurchaseLinesResponse);
/** Validates a createNoPartPurchaseLine request body (request semantics: unknown fields are errors). */
export const createNoPartPurchaseLineBody: Validator<OperationRequestBody<"createNoPartPurchaseLine">> = /* @__PURE__ */ defineValidator("createNoPartPurchaseLine request body", checks.createNoPartPurchaseLineBody);
/** Validates a createNoPartPurchaseLine response (response semantics: unknown fields are accepted). */
export const createNoPartPurchaseLineResponse: Validator<OperationResponse<"createNoPartPurchaseLine", 201>> = /* @__PURE__ */ defineValidator("createNoPartPurchaseLine response", checks.createNoPartPurchaseLineResponse);
/** Validates a updateManyNoPartPurchaseLines request body (request semantics: unknown fields are errors). */
export const updateManyNoPartPurchaseLinesBody: Validator<OperationRequestBody<"updateManyNoPartPurchaseLines">> = /* @__PURE__ */ defineValidator("updateManyNoPartPurchaseLines request body", checks.updateManyNoPartPurchaseLinesBody);
/** Validates a updateManyNoPartPurchaseLines response (response semantics: unknown fields are accepted). */
export const updateManyNoPartPurchaseLinesResponse: Validator<OperationResponse<"updateManyNoPartPurchaseLines", 200>> = /* @__PURE__ */ defineValidator("updateManyNoPartPurchaseLines response", checks.updateManyNoPartPurchaseLinesResponse);
/** Validates a createPurchaseEvent request body (request semantics: unknown fields are errors). */
export const createPurchaseEventBody: Validator<OperationRequestBody<"createPurchaseEvent">> = /* @__PURE__ */ defineValidator("createPurchaseEvent request body", checks.createPurchaseEventBody);
/** Validates a createPurchaseEvent response (response semantics: unknown fields are accepted). */
export const createPurchaseEventResponse: Validator<OperationResponse<"createPurchaseEvent", 200>> = /* @__PURE__ */ defineValidator("createPurchaseEvent response", checks.createPurchaseEventResponse);
/** Validates a createSupplierBill request body (request semantics: unknown fields are errors). */
export const createSupplierBillBody: Validator<OperationRequestBody<"createSupplierBill">> = /* @__PURE__ */ defineValidator("createSupplierBill request body", checks.createSupplierBillBody);
/** Validates a createSupplierBill response (response semantics: unknown fields are accepted). */
export const createSupplierBillResponse: Validator<OperationResponse<"createSupplierBill", 201>> = /* @__PURE__ */ defineValidator("createSupplierBill response", checks.createSupplierBillResponse);
/** Validates a updateSupplierBill request body (request semantics: unknown fields are errors). */
export const updateSupplierBillBody: Validator<OperationRequestBody<"updateSupplierBill">> = /* @__PURE__ */ defineValidator("updateSupplierBill request body", checks.updateSupplierBillBody);
/** Validates a updateSupplierBill response (response semantics: unknown fields are accepted). */
export const updateSupplierBillResponse: Validator<OperationResponse<"updateSupplierBill", 200>> = /* @__PURE__ */ defineValidator("updateSupplierBill response", checks.updateSupplierBillResponse);
/** Validates a createSupplierBillLine request body (request semantics: unknown fields are errors). */
export const createSupplierBillLineBody: Validator<OperationRequestBody<"createSupplierBillLine">> = /* @__PURE__ */ defineValidator("createSupplierBillLine request body", checks.createSupplierBillLineBody);
/** Validates a createSupplierBillLine response (response semantics: unknown fields are accepted). */
export const createSupplierBillLineResponse: Validator<OperationResponse<"createSupplierBillLine", 201>> = /* @__PURE__ */ defineValidator("createSupplierBillLine response", checks.createSupplierBillLineResponse);
/** Validates a updateSupplierBillLine request body (request semantics: unknown fields are errors). */
export const updateSupplierBillLineBody: Validator<OperationRequestBody<"updateSupplierBillLine">> = /* @__PURE__ */ defineValidator("updateSupplierBillLine request body", checks.updateSupplierBillLineBody);
/** Validates a updateSupplierBillLine response (response semantics: unknown fields are accepted). */
export const updateSupplierBillLineResponse: Validator<OperationResponse<"updateSupplierBillLine", 200>> = /* @__PURE__ */ defineValidator("updateSupplierBillLine response", checks.updateSupplierBillLineResponse);
/** Validates a listTeams response (response semantics: unknown fields are accepted). */
export const listTeamsResponse: Validator<OperationResponse<"listTeams", 200>> = /* @__PURE__ */ defineValidator("listTeams response", checks.listTeamsResponse);
/** Validates a createTeam request body (request semantics: unknown fields are errors). */
export const createTeamBody: Validator<OperationRequestBody<"createTeam">> = /* @__PURE__ */ defineValidator("createTeam request body", checks.createTeamBody);
/** Validates a createTeam response (response semantics: unknown fields are accepted). */
export const createTeamResponse: Validator<OperationResponse<"createTeam", 201>> = /* @__PURE__ */ defineValidator("createTeam response", checks.createTeamResponse);
/** Validates a getTeam response (response semantics: unknown fields are accepted). */
export const getTeamResponse: Validator<OperationResponse<"getTeam", 200>> = /* @__PURE__ */ defineValidator("getTeam response", checks.getTeamResponse);
/** Validates a updateTeam request body (request semantics: unknown fields are errors). */
export const updateTeamBody: Validator<OperationRequestBody<"updateTeam">> = /* @__PURE__ */ defineValidator("updateTeam request body", checks.updateTeamBody);
/** Validates a updateTeam response (response semantics: unknown fields are accepted). */
export const updateTeamResponse: Validator<OperationResponse<"updateTeam", 200>> = /* @__PURE__ */ defineValidator("updateTeam response", checks.updateTeamResponse);
/** Validates a archiveTeam response (response semantics: unknown fields are accepted). */
export const archiveTeamResponse: Validator<OperationResponse<"archiveTeam", 200>> = /* @__PURE__ */ defineValidator("archiveTeam response", checks.archiveTeamResponse);
/** Validates a unarchiveTeam response (response semantics: unknown fields are accepted). */
export const unarchiveTeamResponse: Validator<OperationResponse<"unarchiveTeam", 200>> = /* @__PURE__ */ defineValidator("unarchiveTeam response", checks.unarchiveTeamResponse);
/** Validates a listTeamTypes response (response semantics: unknown fields are accepted). */
export const listTeamTypesResponse: Validator<OperationResponse<"listTeamTypes", 200>> = /* @__PURE__ */ defineValidator("listTeamTypes response", checks.listTeamTypesResponse);
/** Validates a createTeamType request body (request semantics: unknown fields are errors). */
export const createTeamTypeBody: Validator<OperationRequestBody<"createTeamType">> = /* @__PURE__ */ defineValidator("createTeamType request body", checks.createTeamTypeBody);
/** Validates a createTeamType response (response semantics: unknown fields are accepted). */
export const createTeamTypeResponse: Validator<OperationResponse<"createTeamType", 201>> = /* @__PURE__ */ defineValidator("createTeamType response", checks.createTeamTypeResponse);
/** Validates a getTeamType response (response semantics: unknown fields are accepted). */
export const getTeamTypeResponse: Validator<OperationResponse<"getTeamType", 200>> = /* @__PURE__ */ defineValidator("getTeamType response", checks.getTeamTypeResponse);
/** Validates a updateTeamType request body (request semantics: unknown fields are errors). */
export const updateTeamTypeBody: Validator<OperationRequestBody<"updateTeamType">> = /* @__PURE__ */ defineValidator("updateTeamType request body", checks.updateTeamTypeBody);
/** Validates a updateTeamType response (response semantics: unknown fields are accepted). */
export const updateTeamTypeResponse: Validator<OperationResponse<"updateTeamType", 200>> = /* @__PURE__ */ defineValidator("updateTeamType response", checks.updateTeamTypeResponse);
/** Validates a listCustomProperties response (response semantics: unknown fields are accepted). */
export const listCustomPropertiesResponse: Validator<OperationResponse<"listCustomProperties", 200>> = /* @__PURE__ */ defineValidator("listCustomProperties response", checks.listCustomPropertiesResponse);
/** Validates a createCustomProperty request body (request semantics: unknown fields are errors). */
export const createCustomPropertyBody: Validator<OperationRequestBody<"createCustomProperty">> = /* @__PURE__ */ defineValidator("createCustomProperty request body", checks.createCustomPropertyBody);
/** Validates a createCustomProperty response (response semantics: unknown fields are accepted). */
export const createCustomPropertyResponse: Validator<OperationResponse<"createCustomProperty", 201>> = /* @__PURE__ */ defineValidator("createCustomProperty response", checks.createCustomPropertyResponse);
/** Validates a getCustomProperty response (response semantics: unknown fields are accepted). */
export const getCustomPropertyResponse: Validator<OperationResponse<"getCustomProperty", 200>> = /* @__PURE__ */ defineValidator("getCustomProperty response", checks.getCustomPropertyResponse);
/** Validates a updateCustomProperty request body (request semantics: unknown fields are errors). */
export const updateCustomPropertyBody: Validator<OperationRequestBody<"updateCustomProperty">> = /* @__PURE__ */ defineValidator("updateCustomProperty request body", checks.updateCustomPropertyBody);
/** Validates a updateCustomProperty response (response semantics: unknown fields are accepted). */
export const updateCustomPropertyResponse: Validator<OperationResponse<"updateCustomProperty", 200>> = /* @__PURE__ */ defineValidator("updateCustomProperty response", checks.updateCustomPropertyResponse);
/** Validates a updateStockLot request body (request semantics: unknown fields are errors). */
export const updateStockLotBody: Validator<OperationRequestBody<"updateStockLot">> = /* @__PURE__ */ defineValidator("updateStockLot request body", checks.updateStockLotBody);
/** Validates a updateStockLot response (response semantics: unknown fields are accepted). */
export const updateStockLotResponse: Validator<OperationResponse<"updateStockLot", 200>> = /* @__PURE__ */ defineValidator("updateStockLot response", checks.updateStockLotResponse);
/** Validates a upsertPartStock request body (request semantics: unknown fields are errors). */
export const upsertPartStockBody: Validator<OperationRequestBody<"upsertPartStock">> = /* @__PURE__ */ defineValidator("upsertPartStock request body", checks.upsertPartStockBody);
/** Validates a upsertPartStock response (response semantics: unknown fields are accepted). */
export const upsertPartStockResponse: Validator<OperationResponse<"upsertPartStock", 200>> = /* @__PURE__ */ defineValidator("upsertPartStock response", checks.upsertPartStockResponse);
/** Validates a listTags response (response semantics: unknown fields are accepted). */
export const listTagsResponse: Validator<OperationResponse<"listTags", 200>> = /* @__PURE__ */ defineValidator("listTags response", checks.listTagsResponse);
/** Validates a createTag request body (request semantics: unknown fields are errors). */
export const createTagBody: Validator<OperationRequestBody<"createTag">> = /* @__PURE__ */ defineValidator("createTag request body", checks.createTagBody);
/** Validates a createTag response (response semantics: unknown fields are accepted). */
export const createTagResponse: Validator<OperationResponse<"createTag", 201>> = /* @__PURE__ */ defineValidator("createTag response", checks.createTagResponse);
/** Validates a getTag response (response semantics: unknown fields are accepted). */
export const getTagResponse: Validator<OperationResponse<"getTag", 200>> = /* @__PURE__ */ defineValidator("getTag response", checks.getTagResponse);
/** Validates a updateTag request body (request semantics: unknown fields are errors). */
export const updateTagBody: Validator<OperationRequestBody<"updateTag">> = /* @__PURE__ */ defineValidator("updateTag request body", checks.updateTagBody);
/** Validates a updateTag response (response semantics: unknown fields are accepted). */
export const updateTagResponse: Validator<OperationResponse<"updateTag", 200>> = /* @__PURE__ */ defineValidator("updateTag response", checks.updateTagResponse);
/** Validates a createRfq request body (request semantics: unknown fields are errors). */
export const createRfqBody: Validator<OperationRequestBody<"createRfq">> = /* @__PURE__ */ defineValidator("createRfq request body", checks.createRfqBody);
/** Validates a createRfq response (response semantics: unknown fields are accepted). */
export const createRfqResponse: Validator<OperationResponse<"createRfq", 201>> = /* @__PURE__ */ defineValidator("createRfq response", checks.createRfqResponse);
/** Validates a updateRfq request body (request semantics: unknown fields are errors). */
export const updateRfqBody: Validator<OperationRequestBody<"updateRfq">> = /* @__PURE__ */ defineValidator("updateRfq request body", checks.updateRfqBody);
/** Validates a updateRfq response (response semantics: unknown fields are accepted). */
export const updateRfqResponse: Validator<OperationResponse<"updateRfq", 200>> = /* @__PURE__ */ defineValidator("updateRfq response", checks.updateRfqResponse);
/** Validates a createRfqLine request body (request semantics: unknown fields are errors). */
export const createRfqLineBody: Validator<OperationRequestBody<"createRfqLine">> = /* @__PURE__ */ defineValidator("createRfqLine request body", checks.createRfqLineBody);
/** Validates a createRfqLine response (response semantics: unknown fields are accepted). */
export const createRfqLineResponse: Validator<OperationResponse<"createRfqLine", 201>> = /* @__PURE__ */ defineValidator("createRfqLine response", checks.createRfqLineResponse);
/** Validates a updateRfqLine request body (request semantics: unknown fields are errors). */
export const updateRfqLineBody: Validator<OperationRequestBody<"updateRfqLine">> = /* @__PURE__ */ defineValidator("updateRfqLine request body", checks.updateRfqLineBody);
/** Validates a updateRfqLine response (response semantics: unknown fields are accepted). */
export const updateRfqLineResponse: Validator<OperationResponse<"updateRfqLine", 200>> = /* @__PURE__ */ defineValidator("updateRfqLine response", checks.updateRfqLineResponse);
/** Validates a createSupplierQuote request body (request semantics: unknown fields are errors). */
export const createSupplierQuoteBody: Validator<OperationRequestBody<"createSupplierQuote">> = /* @__PURE__ */ defineValidator("createSupplierQuote request body", checks.createSupplierQuoteBody);
/** Validates a createSupplierQuote response (response semantics: unknown fields are accepted). */
export const createSupplierQuoteResponse: Validator<OperationResponse<"createSupplierQuote", 201>> = /* @__PURE__ */ defineValidator("createSupplierQuote response", checks.createSupplierQuoteResponse);
/** Validates a updateSupplierQuote request body (request semantics: unknown fields are errors). */
export const updateSupplierQuoteBody: Validator<OperationRequestBody<"updateSupplierQuote">> = /* @__PURE__ */ defineValidator("updateSupplierQuote request body", checks.updateSupplierQuoteBody);
/** Validates a updateSupplierQuote response (response semantics: unknown fields are accepted). */
export const updateSupplierQuoteResponse: Validator<OperationResponse<"updateSupplierQuote", 200>> = /* @__PURE__ */ defineValidator("updateSupplierQuote response", checks.updateSupplierQuoteResponse);
/** Validates a createSupplierQuoteLine request body (request semantics: unknown fields are errors). */
export const createSupplierQuoteLineBody: Validator<OperationRequestBody<"createSupplierQuoteLine">> = /* @__PURE__ */ defineValidator("createSupplierQuoteLine request body", checks.createSupplierQuoteLineBody);
/** Validates a createSupplierQuoteLine response (response semantics: unknown fields are accepted). */
export const createSupplierQuoteLineResponse: Validator<OperationResponse<"createSupplierQuoteLine", 201>> = /* @__PURE__ */ defineValidator("createSupplierQuoteLine response", checks.createSupplierQuoteLineResponse);
/** Validates a updateSupplierQuoteLine request body (request semantics: unknown fields are errors). */
export const updateSupplierQuoteLineBody: Validator<OperationRequestBody<"updateSupplierQuoteLine">> = /* @__PURE__ */ defineValidator("updateSupplierQuoteLine request body", checks.updateSupplierQuoteLineBody);
/** Validates a updateSupplierQuoteLine response (response semantics: unknown fields are accepted). */
export const updateSupplierQuoteLineResponse: Validator<OperationResponse<"updateSupplierQuoteLine", 200>> = /* @__PURE__ */ defineValidator("updateSupplierQuoteLine response", checks.updateSupplierQuoteLineResponse);

/** The validators of every operation, by `operationId`: `body` for its request body, `response` for its JSON success answer. */
export const operationValidators = {
  listBoms: { response: listBomsResponse },
  createBom: { body: createBomBody, response: createBomResponse },
  createBomFromRaw: { body: createBomFromRawBody, response: createBomFromRawResponse },
  getBom: { response: getBomResponse },
  updateBom: { body: updateBomBody, response: updateBomResponse },
  upsertBomAsync: { body: upsertBomAsyncBody, response: upsertBomAsyncResponse },
  approveBom: { response: approveBomResponse },
  listBomLines: { response: listBomLinesResponse },
  createBomLine: { body: createBomLineBody, response: createBomLineResponse },
  getBomLine: { response: getBomLineResponse },
  updateBomLine: { body: updateBomLineBody, response: updateBomLineResponse },
  createBomLineFromRaw: { body: createBomLineFromRawBody, response: createBomLineFromRawResponse },
  listPrograms: { response: listProgramsResponse },
  createProgram: { body: createProgramBody, response: createProgramResponse },
  getProgram: { response: getProgramResponse },
  updateProgram: { body: updateProgramBody, response: updateProgramResponse },
  getProgramAvailabilities: { response: getProgramAvailabilitiesResponse },
  getProgramAvailabilitiesAsync: { response: getProgramAvailabilitiesAsyncResponse },
  getProgramReferencePricing: { response: getProgramReferencePricingResponse },
  listProgramLines: { response: listProgramLinesResponse },
  createProgramLines: { body: createProgramLinesBody, response: createProgramLinesResponse },
  getProgramLine: { response: getProgramLineResponse },
  updateProgramLine: { body: updateProgramLineBody, response: updateProgramLineResponse },
  listProgramPartOverrides: { response: listProgramPartOverridesResponse },
  createProgramPartOverride: { body: createProgramPartOverrideBody, response: createProgramPartOverrideResponse },
  getProgramPartOverride: { response: getProgramPartOverrideResponse },
  updateProgramPartOverride: { body: updateProgramPartOverrideBody, response: updateProgramPartOverrideResponse },
  listSubOrgs: { response: listSubOrgsResponse },
  createSubOrg: { body: createSubOrgBody, response: createSubOrgResponse },
  getSubOrg: { response: getSubOrgResponse },
  updateSubOrg: { body: updateSubOrgBody, response: updateSubOrgResponse },
  getOrg: { response: getOrgResponse },
  listUsers: { response: listUsersResponse },
  getUser: { response: getUserResponse },
  runSqlQuery: { body: runSqlQueryBody, response: runSqlQueryResponse },
  createOutboundEmail: { body: createOutboundEmailBody, response: createOutboundEmailResponse },
  getOutboundEmail: { response: getOutboundEmailResponse },
  markOutboundEmailSent: { body: markOutboundEmailSentBody, response: markOutboundEmailSentResponse },
  updateApiKey: { response: updateApiKeyResponse },
  getAsyncJob: { response: getAsyncJobResponse },
  listStockDocuments: { response: listStockDocumentsResponse },
  createStockDocument: { response: createStockDocumentResponse },
  getStockDocument: { response: getStockDocumentResponse },
  listSuppliers: { response: listSuppliersResponse },
  createSupplier: { body: createSupplierBody, response: createSupplierResponse },
  getSupplier: { response: getSupplierResponse },
  updateSupplier: { body: updateSupplierBody, response: updateSupplierResponse },
  createPartsAsync: { body: createPartsAsyncBody, response: createPartsAsyncResponse },
  upsertPartsAsync: { body: upsertPartsAsyncBody, response: upsertPartsAsyncResponse },
  getPart: { response: getPartResponse },
  createPurchaseOrder: { body: createPurchaseOrderBody, response: createPurchaseOrderResponse },
  getPurchaseOrder: { response: getPurchaseOrderResponse },
  updatePurchaseOrder: { body: updatePurchaseOrderBody, response: updatePurchaseOrderResponse },
  listPurchaseLines: { response: listPurchaseLinesResponse },
  createPurchaseLine: { body: createPurchaseLineBody, response: createPurchaseLineResponse },
  updateManyPurchaseLines: { body: updateManyPurchaseLinesBody, response: updateManyPurchaseLinesResponse },
  getPurchaseLine: { response: getPurchaseLineResponse },
  listNoPartPurchaseLines: { response: listNoPartPurchaseLinesResponse },
  createNoPartPurchaseLine: { body: createNoPartPurchaseLineBody, response: createNoPartPurchaseLineResponse },
  updateManyNoPartPurchaseLines: { body: updateManyNoPartPurchaseLinesBody, response: updateManyNoPartPurchaseLinesResponse },
  createPurchaseEvent: { body: createPurchaseEventBody, response: createPurchaseEventResponse },
  createSupplierBill: { body: createSupplierBillBody, response: createSupplierBillResponse },
  updateSupplierBill: { body: updateSupplierBillBody, response: updateSupplierBillResponse },
  createSupplierBillLine: { body: createSupplierBillLineBody, response: createSupplierBillLineResponse },
  updateSupplierBillLine: { body: updateSupplierBillLineBody, response: updateSupplierBillLineResponse },
  listTeams: { response: listTeamsResponse },
  createTeam: { body: createTeamBody, response: createTeamResponse },
  getTeam: { response: getTeamResponse },
  updateTeam: { body: updateTeamBody, response: updateTeamResponse },
  archiveTeam: { response: archiveTeamResponse },
  unarchiveTeam: { response: unarchiveTeamResponse },
  listTeamTypes: { response: listTeamTypesResponse },
  createTeamType: { body: createTeamTypeBody, response: createTeamTypeResponse },
  getTeamType: { response: getTeamTypeResponse },
  updateTeamType: { body: updateTeamTypeBody, response: updateTeamTypeResponse },
  listCustomProperties: { response: listCustomPropertiesResponse },
  createCustomProperty: { body: createCustomPropertyBody, response: createCustomPropertyResponse },
  getCustomProperty: { response: getCustomPropertyResponse },
  updateCustomProperty: { body: updateCustomPropertyBody, response: updateCustomPropertyResponse },
  updateStockLot: { body: updateStockLotBody, response: updateStockLotResponse },
  upsertPartStock: { body: upsertPartStockBody, response: upsertPartStockResponse },
  listTags: { response: listTagsResponse },
  createTag: { body: createTagBody, response: createTagResponse },
  getTag: { response: getTagResponse },
  updateTag: { body: updateTagBody, response: updateTagResponse },
  createRfq: { body: createRfqBody, response: createRfqResponse },
  updateRfq: { body: updateRfqBody, response: updateRfqResponse },
  createRfqLine: { body: createRfqLineBody, response: createRfqLineResponse },
  updateRfqLine: { body: updateRfqLineBody, response: updateRfqLineResponse },
  createSupplierQuote: { body: createSupplierQuoteBody, response: createSupplierQuoteResponse },
  updateSupplierQuote: { body: updateSupplierQuoteBody, response: updateSupplierQuoteResponse },
  createSupplierQuoteLine: { body: createSupplierQuoteLineBody, response: createSupplierQuoteLineResponse },
  updateSupplierQuoteLine: { body: updateSupplierQuoteLineBody, response: updateSupplierQuoteLineResponse },
} as const;
