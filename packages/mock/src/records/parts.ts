/**
 * Parts: finding them by id or CPID, assigning CPIDs, matching raw data (an MPN and manufacturer as
 * a spreadsheet has them) to a part the way Cofactr's search does, and the stock an org holds.
 */
import type { Part, PartCreate } from "@cofactr/platform-types";
import { type CatalogPart, isManufacturer, searchCatalog } from "../catalog.js";
import type { MockState } from "../mock-state.js";
import { integrationFields } from "./integration-fields.js";

/** A CPID: Cofactr's 12-character part id. */
export const CPID = /^[A-Z0-9]{12}$/;

function normalize(text: string): string {
  return text.toUpperCase().replace(/[\s-]+/g, "");
}

/** A 64-bit FNV-1a hash, enough to spread made-up CPIDs evenly. */
function hash(text: string): bigint {
  let value = 0xcbf29ce484222325n;
  for (const character of text) {
    value ^= BigInt(character.codePointAt(0) ?? 0);
    value = (value * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return value;
}

/**
 * The CPID of a part: the catalog's when the MPN and manufacturer match a catalog part, otherwise
 * one derived from them, so that the same MPN and manufacturer always get the same CPID (and an
 * upsert can find the part again). A custom part's CPID also depends on its org: two orgs' drawings
 * with the same number are different parts.
 */
export function assignCpid(
  input: Pick<PartCreate, "mpn" | "manufacturer_name" | "is_custom_part">,
  org: string,
): string {
  if (!input.is_custom_part) {
    const catalog = searchCatalog(input.mpn, input.manufacturer_name);
    if (catalog) return catalog.cpid;
  }
  const key = input.is_custom_part
    ? `custom|${org}|${normalize(input.mpn)}`
    : `${normalize(input.mpn)}|${normalize(input.manufacturer_name ?? "")}`;
  const digits = (hash(key) % 36n ** 11n).toString(36).toUpperCase().padStart(11, "0");
  return `C${digits}`;
}

/** The part of `org` that `id` names: its UUID or its CPID. */
export function findPart(state: MockState, id: string, isVisible: (org: string) => boolean): Part | undefined {
  const byId = state.parts.get(id);
  if (byId && isVisible(byId.org)) return byId;
  return CPID.test(id) ? state.parts.find((part) => part.cpid === id && isVisible(part.org)) : undefined;
}

/** A new part record of `org`, from an import item. */
export function newPart(state: MockState, org: string, input: PartCreate, now: string): Part {
  return {
    id: state.nextId(),
    cpid: assignCpid(input, org),
    custom_id: input.custom_id ?? null,
    mpn: input.mpn,
    manufacturer_name: input.manufacturer_name ?? searchCatalog(input.mpn)?.manufacturer_name ?? null,
    description: input.description ?? null,
    package: input.package ?? null,
    mount_type: input.mount_type ?? null,
    is_custom_part: input.is_custom_part ?? false,
    metadata: input.metadata ?? {},
    org,
    created_at: now,
    updated_at: now,
    ...integrationFields(input),
  };
}

function partFromCatalog(state: MockState, org: string, catalog: CatalogPart, now: string): Part {
  const part = newPart(
    state,
    org,
    {
      mpn: catalog.mpn,
      manufacturer_name: catalog.manufacturer_name,
      description: catalog.description,
      package: catalog.package,
      mount_type: catalog.mount_type,
    },
    now,
  );
  return state.parts.set(part.id, part);
}

/** What a raw line says about its part. */
export interface RawPartQuery {
  mpn?: string | null;
  manufacturer_name?: string | null;
  custom_id?: string | null;
  is_custom_part?: boolean;
}

function manufacturerMatches(part: Part, wanted: string | null | undefined): boolean {
  if (!wanted) return true;
  if (part.manufacturer_name && normalize(part.manufacturer_name) === normalize(wanted)) return true;
  const catalog = searchCatalog(part.mpn, part.manufacturer_name);
  return catalog !== undefined && isManufacturer(catalog, wanted);
}

/**
 * Cofactr's search for the part of a raw line, in `org`: the org's part with the line's `custom_id`,
 * else the org's part with the same MPN (and manufacturer, when given), else the catalog part, which
 * becomes one of the org's parts. Custom parts are not in the catalog. Undefined when nothing matches.
 */
export function resolveRawPart(state: MockState, org: string, query: RawPartQuery, now: string): Part | undefined {
  if (query.custom_id) {
    const byCustomId = state.parts.find((part) => part.org === org && part.custom_id === query.custom_id);
    if (byCustomId) return byCustomId;
  }
  if (!query.mpn) return undefined;
  const wanted = normalize(query.mpn);
  const owned = state.parts.find(
    (part) =>
      part.org === org &&
      normalize(part.mpn) === wanted &&
      (query.is_custom_part === undefined || part.is_custom_part === query.is_custom_part) &&
      manufacturerMatches(part, query.manufacturer_name),
  );
  if (owned) return owned;
  if (query.is_custom_part) return undefined;
  const catalog = searchCatalog(query.mpn, query.manufacturer_name);
  if (!catalog) return undefined;
  return (
    state.parts.find((part) => part.org === org && part.cpid === catalog.cpid) ??
    partFromCatalog(state, org, catalog, now)
  );
}

/** Pieces of `part` in `org`'s stock, over every bin and lot. */
export function stockOnHand(state: MockState, org: string, part: string): number {
  let total = 0;
  for (const lot of state.stockLots.values()) if (lot.org === org && lot.part === part) total += lot.quantity;
  return total;
}
