import type { HandlerTable } from "../request-context.js";
import { updateApiKey } from "./api-key.js";
import { getAsyncJob } from "./async-jobs.js";
import {
  createBomLine,
  createBomLineFromRaw,
  deleteBomLine,
  getBomLine,
  listBomLines,
  updateBomLine,
} from "./bom-lines.js";
import {
  approveBom,
  createBom,
  createBomFromRaw,
  deleteBom,
  getBom,
  listBoms,
  updateBom,
  upsertBomAsync,
} from "./boms.js";
import {
  createCustomProperty,
  getCustomProperty,
  listCustomProperties,
  updateCustomProperty,
} from "./custom-properties.js";
import {
  createNoPartPurchaseLine,
  deleteNoPartPurchaseLine,
  listNoPartPurchaseLines,
  updateManyNoPartPurchaseLines,
} from "./no-part-purchase-lines.js";
import { getOrg } from "./org.js";
import { createOutboundEmail, getOutboundEmail, markOutboundEmailSent } from "./outbound-emails.js";
import { createPartsAsync, getPart, upsertPartsAsync } from "./parts.js";
import {
  createProgramLines,
  deleteProgramLine,
  getProgramLine,
  listProgramLines,
  updateProgramLine,
} from "./program-lines.js";
import {
  createProgramPartOverride,
  deleteProgramPartOverride,
  getProgramPartOverride,
  listProgramPartOverrides,
  updateProgramPartOverride,
} from "./program-part-overrides.js";
import {
  createProgram,
  deleteProgram,
  getProgram,
  getProgramAvailabilities,
  getProgramAvailabilitiesAsync,
  getProgramReferencePricing,
  listPrograms,
  updateProgram,
} from "./programs.js";
import { createPurchaseEvent } from "./purchase-events.js";
import {
  createPurchaseLine,
  deletePurchaseLine,
  getPurchaseLine,
  listPurchaseLines,
  updateManyPurchaseLines,
} from "./purchase-lines.js";
import { createPurchaseOrder, deletePurchaseOrder, getPurchaseOrder, updatePurchaseOrder } from "./purchase-orders.js";
import { runSqlQuery } from "./reporting.js";
import { createRfqLine, updateRfqLine } from "./rfq-lines.js";
import { createRfq, updateRfq } from "./rfqs.js";
import { createStockDocument, downloadStockDocument, getStockDocument, listStockDocuments } from "./stock-documents.js";
import { updateStockLot, upsertPartStock } from "./stock-lots.js";
import { createSubOrg, getSubOrg, listSubOrgs, updateSubOrg } from "./sub-orgs.js";
import { createSupplierBillLine, updateSupplierBillLine } from "./supplier-bill-lines.js";
import { createSupplierBill, updateSupplierBill } from "./supplier-bills.js";
import { createSupplierQuoteLine, updateSupplierQuoteLine } from "./supplier-quote-lines.js";
import { createSupplierQuote, updateSupplierQuote } from "./supplier-quotes.js";
import { createSupplier, getSupplier, listSuppliers, updateSupplier } from "./suppliers.js";
import { createTag, getTag, listTags, updateTag } from "./tags.js";
import { createTeamType, deleteTeamType, getTeamType, listTeamTypes, updateTeamType } from "./team-types.js";
import { archiveTeam, createTeam, deleteTeam, getTeam, listTeams, unarchiveTeam, updateTeam } from "./teams.js";
import { getUser, listUsers } from "./users.js";

/** Every operation of the spec, by `operationId`; the type fails to compile if one is missing. */
export const handlers: HandlerTable = {
  listBoms,
  createBom,
  createBomFromRaw,
  getBom,
  updateBom,
  deleteBom,
  upsertBomAsync,
  approveBom,
  listBomLines,
  createBomLine,
  getBomLine,
  updateBomLine,
  deleteBomLine,
  createBomLineFromRaw,
  listPrograms,
  createProgram,
  getProgram,
  updateProgram,
  deleteProgram,
  getProgramAvailabilities,
  getProgramAvailabilitiesAsync,
  getProgramReferencePricing,
  listProgramLines,
  createProgramLines,
  getProgramLine,
  updateProgramLine,
  deleteProgramLine,
  listProgramPartOverrides,
  createProgramPartOverride,
  getProgramPartOverride,
  updateProgramPartOverride,
  deleteProgramPartOverride,
  listSubOrgs,
  createSubOrg,
  getSubOrg,
  updateSubOrg,
  getOrg,
  listUsers,
  getUser,
  runSqlQuery,
  createOutboundEmail,
  getOutboundEmail,
  markOutboundEmailSent,
  updateApiKey,
  getAsyncJob,
  listStockDocuments,
  createStockDocument,
  getStockDocument,
  downloadStockDocument,
  listSuppliers,
  createSupplier,
  getSupplier,
  updateSupplier,
  createPartsAsync,
  upsertPartsAsync,
  getPart,
  createPurchaseOrder,
  getPurchaseOrder,
  updatePurchaseOrder,
  deletePurchaseOrder,
  listPurchaseLines,
  createPurchaseLine,
  updateManyPurchaseLines,
  getPurchaseLine,
  deletePurchaseLine,
  listNoPartPurchaseLines,
  createNoPartPurchaseLine,
  updateManyNoPartPurchaseLines,
  deleteNoPartPurchaseLine,
  createPurchaseEvent,
  createSupplierBill,
  updateSupplierBill,
  createSupplierBillLine,
  updateSupplierBillLine,
  listTeams,
  createTeam,
  getTeam,
  updateTeam,
  deleteTeam,
  archiveTeam,
  unarchiveTeam,
  listTeamTypes,
  createTeamType,
  getTeamType,
  updateTeamType,
  deleteTeamType,
  listCustomProperties,
  createCustomProperty,
  getCustomProperty,
  updateCustomProperty,
  updateStockLot,
  upsertPartStock,
  listTags,
  createTag,
  getTag,
  updateTag,
  createRfq,
  updateRfq,
  createRfqLine,
  updateRfqLine,
  createSupplierQuote,
  updateSupplierQuote,
  createSupplierQuoteLine,
  updateSupplierQuoteLine,
};
