/**
 * Supplier offers for a part, from the catalog, as an org sees them: each offer names the org's own
 * supplier of the distributor's name when it has one (so the id can go straight into a purchase
 * order), and otherwise Cofactr's fixed id for that distributor.
 */
import type { Part, ProgramAvailabilityOffer } from "@cofactr/platform-types";
import { type CatalogOffer, catalogPart, OFFERS_UPDATED_AT } from "../catalog.js";
import { decimalCompare } from "../decimal.js";
import type { MockState } from "../mock-state.js";

/** Cofactr's own id for a distributor the org has no supplier for: stable, derived from the name. */
function distributorId(name: string): string {
  let hex = "";
  for (let round = 0; hex.length < 32; round++) {
    let value = 0x811c9dc5 ^ round;
    for (const character of name) value = Math.imul(value ^ (character.codePointAt(0) ?? 0), 0x01000193) >>> 0;
    hex += value.toString(16).padStart(8, "0");
  }
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The supplier id an org sees for a distributor. */
function supplierFor(state: MockState, org: string, distributor: string): string {
  const wanted = distributor.toLowerCase();
  return (
    state.suppliers.find((supplier) => supplier.org === org && supplier.name.toLowerCase() === wanted)?.id ??
    distributorId(distributor)
  );
}

/** The quantity to buy from an offer to get at least `needed`: raised to its MOQ and order multiple. */
export function quantityToBuy(offer: CatalogOffer, needed: number): number {
  const atLeast = Math.max(needed, offer.moq, 1);
  return Math.ceil(atLeast / offer.order_multiple) * offer.order_multiple;
}

/** The offer's unit price at `quantity`: the highest price break at or below it (the first one below all). */
export function priceAt(offer: CatalogOffer, quantity: number): string | null {
  let price: string | null = offer.prices[0]?.[1] ?? null;
  for (const [breakQuantity, breakPrice] of offer.prices) if (breakQuantity <= quantity) price = breakPrice;
  return price;
}

/** The catalog offers for a part (none for a part the catalog does not know). */
export function catalogOffers(part: Part): ReadonlyArray<CatalogOffer> {
  return catalogPart(part.cpid)?.offers ?? [];
}

/** The current offers for `part` to buy `needed` pieces, as `org` sees them, cheapest first. */
export function partOffers(state: MockState, org: string, part: Part, needed: number): ProgramAvailabilityOffer[] {
  const offers = catalogOffers(part).map((offer) => ({
    supplier: supplierFor(state, org, offer.distributor),
    sku: offer.sku,
    stock_quantity: offer.stock_quantity,
    moq: offer.moq,
    order_multiple: offer.order_multiple,
    lead_time_days: offer.lead_time_days,
    unit_price: priceAt(offer, quantityToBuy(offer, needed)),
    currency: "USD",
    packaging: offer.packaging,
    updated_at: OFFERS_UPDATED_AT,
  }));
  return offers.sort((a, b) => {
    if (a.unit_price === null || b.unit_price === null) return a.unit_price === null ? 1 : -1;
    return decimalCompare(a.unit_price, b.unit_price);
  });
}
