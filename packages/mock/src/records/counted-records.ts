/** Records whose answer carries a count of other records: team types, RFQs and supplier quotes. */
import type { Rfq, SupplierQuote, TeamType } from "@cofactr/platform-types";
import type { MockState } from "../mock-state.js";
import type { StoredRfq, StoredSupplierQuote, StoredTeamType } from "../stored-records.js";

/** A team type with the number of its teams, archived ones included. */
export function presentTeamType(state: MockState, type: StoredTeamType): TeamType {
  return { ...type, team_count: state.teams.filter((team) => team.team_type === type.id).length };
}

/** An RFQ with the number of its lines. */
export function presentRfq(state: MockState, rfq: StoredRfq): Rfq {
  return { ...rfq, line_count: state.rfqLines.filter((line) => line.rfq === rfq.id).length };
}

/** A supplier quote with the number of its lines. */
export function presentSupplierQuote(state: MockState, quote: StoredSupplierQuote): SupplierQuote {
  return { ...quote, line_count: state.supplierQuoteLines.filter((line) => line.supplier_quote === quote.id).length };
}
