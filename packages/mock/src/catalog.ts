/**
 * Cofactr's part data, as far as the mock knows it: a small catalog of real-world parts with their
 * CPIDs and current distributor offers. It is the same for every org and never changes; raw BOM
 * lines and part imports are matched against it, and program availabilities and reference pricing
 * read its offers. Offers name distributors; an org sees them as offers from its own supplier of the
 * same name (see `records/offers.ts`).
 */

/** One current offer for a catalog part. */
export interface CatalogOffer {
  distributor: string;
  sku: string;
  stock_quantity: number;
  moq: number;
  order_multiple: number;
  lead_time_days: number | null;
  /** Price breaks, lowest quantity first: `[quantity, unit price]`. */
  prices: ReadonlyArray<readonly [number, string]>;
  packaging: string | null;
}

/** A part in Cofactr's data. */
export interface CatalogPart {
  cpid: string;
  mpn: string;
  manufacturer_name: string;
  /** Other names the manufacturer goes by, for matching (`TI`). */
  manufacturer_aliases: ReadonlyArray<string>;
  description: string;
  package: string | null;
  mount_type: string | null;
  offers: ReadonlyArray<CatalogOffer>;
}

/** Distributors with offers in the catalog; the demo seed has suppliers with these names. */
export const DISTRIBUTORS = {
  arrowline: "Arrowline Components",
  brightwater: "Brightwater Electronics",
} as const;

/** When the offers were last read, as the catalog reports it. */
export const OFFERS_UPDATED_AT = "2026-11-20T06:00:00Z";

const { arrowline, brightwater } = DISTRIBUTORS;

/** The catalog: parts a contract manufacturer's motor controller uses, and a few it does not yet. */
export const CATALOG: ReadonlyArray<CatalogPart> = [
  {
    cpid: "CCK7Q2M9XW4D",
    mpn: "GRM155R71C104KA88D",
    manufacturer_name: "Murata",
    manufacturer_aliases: ["Murata Electronics"],
    description: "CAP CER 0.1UF 16V X7R 0402",
    package: "0402",
    mount_type: "SMT",
    offers: [
      {
        distributor: arrowline,
        sku: "490-6328-2-ND",
        stock_quantity: 4580000,
        moq: 10000,
        order_multiple: 10000,
        lead_time_days: 12,
        prices: [[10000, "0.0021"]],
        packaging: "Tape & Reel",
      },
      {
        distributor: brightwater,
        sku: "81-GRM155R71C104KA8D",
        stock_quantity: 1200000,
        moq: 1,
        order_multiple: 1,
        lead_time_days: 10,
        prices: [
          [1, "0.0100"],
          [1000, "0.0034"],
          [10000, "0.0024"],
        ],
        packaging: "Cut Tape",
      },
    ],
  },
  {
    cpid: "CL5B104K5NNC",
    mpn: "CL05B104KO5NNNC",
    manufacturer_name: "Samsung Electro-Mechanics",
    manufacturer_aliases: ["Samsung"],
    description: "CAP CER 0.1UF 16V X7R 0402",
    package: "0402",
    mount_type: "SMT",
    offers: [
      {
        distributor: brightwater,
        sku: "1276-1001-2-ND",
        stock_quantity: 870000,
        moq: 10000,
        order_multiple: 10000,
        lead_time_days: 14,
        prices: [[10000, "0.0018"]],
        packaging: "Tape & Reel",
      },
    ],
  },
  {
    cpid: "CMX4T8N2PL7A",
    mpn: "STM32G431CBU6",
    manufacturer_name: "STMicroelectronics",
    manufacturer_aliases: ["ST", "STMicro"],
    description: "IC MCU 32BIT 128KB FLASH 48UFQFPN",
    package: "UFQFPN-48",
    mount_type: "SMT",
    offers: [
      {
        distributor: arrowline,
        sku: "497-19046-ND",
        stock_quantity: 2314,
        moq: 1,
        order_multiple: 1,
        lead_time_days: null,
        prices: [
          [1, "5.6100"],
          [100, "4.3650"],
          [250, "4.1230"],
        ],
        packaging: "Tray",
      },
      {
        distributor: brightwater,
        sku: "511-STM32G431CBU6",
        stock_quantity: 960,
        moq: 1,
        order_multiple: 1,
        lead_time_days: 84,
        prices: [
          [1, "5.4800"],
          [250, "4.2100"],
        ],
        packaging: "Tray",
      },
    ],
  },
  {
    cpid: "CDR8323RS0K2",
    mpn: "DRV8323RSRGZR",
    manufacturer_name: "Texas Instruments",
    manufacturer_aliases: ["TI"],
    description: "IC GATE DRVR HALF-BRIDGE 48VQFN",
    package: "VQFN-48",
    mount_type: "SMT",
    offers: [
      {
        distributor: arrowline,
        sku: "296-48364-1-ND",
        stock_quantity: 410,
        moq: 1,
        order_multiple: 1,
        lead_time_days: 42,
        prices: [
          [1, "6.9800"],
          [100, "5.2400"],
        ],
        packaging: "Cut Tape",
      },
    ],
  },
  {
    cpid: "CRC0402Y10K1",
    mpn: "RC0402FR-0710KL",
    manufacturer_name: "Yageo",
    manufacturer_aliases: [],
    description: "RES 10K OHM 1% 1/16W 0402",
    package: "0402",
    mount_type: "SMT",
    offers: [
      {
        distributor: arrowline,
        sku: "311-10.0KLRCT-ND",
        stock_quantity: 9310000,
        moq: 1,
        order_multiple: 1,
        lead_time_days: null,
        prices: [
          [1, "0.1000"],
          [1000, "0.0030"],
        ],
        packaging: "Cut Tape",
      },
    ],
  },
  {
    cpid: "CSD18540Q5BT",
    mpn: "CSD18540Q5B",
    manufacturer_name: "Texas Instruments",
    manufacturer_aliases: ["TI"],
    description: "MOSFET N-CH 60V 29A/100A 8VSON",
    package: "VSON-CLIP-8",
    mount_type: "SMT",
    offers: [
      {
        distributor: arrowline,
        sku: "296-40556-1-ND",
        stock_quantity: 15600,
        moq: 1,
        order_multiple: 1,
        lead_time_days: null,
        prices: [
          [1, "2.3400"],
          [500, "1.1920"],
        ],
        packaging: "Cut Tape",
      },
      {
        distributor: brightwater,
        sku: "595-CSD18540Q5B",
        stock_quantity: 2500,
        moq: 2500,
        order_multiple: 2500,
        lead_time_days: 56,
        prices: [[2500, "1.0510"]],
        packaging: "Tape & Reel",
      },
    ],
  },
  {
    cpid: "CLM358DRTI08",
    mpn: "LM358DR",
    manufacturer_name: "Texas Instruments",
    manufacturer_aliases: ["TI"],
    description: "IC OPAMP GP 2 CIRCUIT 8SOIC",
    package: "SOIC-8",
    mount_type: "SMT",
    offers: [
      {
        distributor: brightwater,
        sku: "595-LM358DR",
        stock_quantity: 88000,
        moq: 1,
        order_multiple: 1,
        lead_time_days: null,
        prices: [
          [1, "0.4200"],
          [100, "0.1330"],
        ],
        packaging: "Cut Tape",
      },
    ],
  },
  {
    cpid: "CGRM188R6E10",
    mpn: "GRM188R61E106KA73D",
    manufacturer_name: "Murata",
    manufacturer_aliases: ["Murata Electronics"],
    description: "CAP CER 10UF 25V X5R 0603",
    package: "0603",
    mount_type: "SMT",
    offers: [
      {
        distributor: arrowline,
        sku: "490-6408-1-ND",
        stock_quantity: 311000,
        moq: 1,
        order_multiple: 1,
        lead_time_days: null,
        prices: [
          [1, "0.1800"],
          [1000, "0.0390"],
        ],
        packaging: "Cut Tape",
      },
    ],
  },
  {
    cpid: "CTPS54331DRT",
    mpn: "TPS54331DR",
    manufacturer_name: "Texas Instruments",
    manufacturer_aliases: ["TI"],
    description: "IC REG BUCK ADJUSTABLE 3A 8SOIC",
    package: "SOIC-8",
    mount_type: "SMT",
    offers: [
      {
        distributor: arrowline,
        sku: "296-22660-1-ND",
        stock_quantity: 5230,
        moq: 1,
        order_multiple: 1,
        lead_time_days: null,
        prices: [
          [1, "2.1100"],
          [100, "1.2860"],
        ],
        packaging: "Cut Tape",
      },
    ],
  },
  {
    cpid: "CECS16M8CKM0",
    mpn: "ECS-160-8-36CKM",
    manufacturer_name: "ECS Inc.",
    manufacturer_aliases: ["ECS"],
    description: "CRYSTAL 16.0000MHZ 8PF SMD",
    package: "3.2x2.5mm",
    mount_type: "SMT",
    // Nobody offers it at the moment: BOM lines for it need an RFQ.
    offers: [],
  },
];

function normalize(text: string): string {
  return text.toUpperCase().replace(/[\s-]+/g, "");
}

/** Whether `name` (as a user typed it) names the catalog part's manufacturer. */
export function isManufacturer(part: CatalogPart, name: string): boolean {
  const wanted = normalize(name);
  return [part.manufacturer_name, ...part.manufacturer_aliases].some((known) => normalize(known) === wanted);
}

/**
 * The catalog part an MPN (and, when given, manufacturer) names, as Cofactr's search would find it:
 * MPNs compare ignoring case, spaces and dashes.
 */
export function searchCatalog(mpn: string, manufacturerName?: string | null): CatalogPart | undefined {
  const wanted = normalize(mpn);
  return CATALOG.find(
    (part) => normalize(part.mpn) === wanted && (!manufacturerName || isManufacturer(part, manufacturerName)),
  );
}

/** The catalog part with this CPID. */
export function catalogPart(cpid: string): CatalogPart | undefined {
  return CATALOG.find((part) => part.cpid === cpid);
}
