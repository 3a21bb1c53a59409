/**
 * Deterministic seed data: the same seed always gives the same records and ids, so tests can name
 * them (`SEED_IDS`).
 *
 * - `empty`: the account only: a primary org with two sub-orgs (one a sandbox), its users and its
 *   API key.
 * - `demo` (the default): the account, plus what a contract manufacturer's org looks like a few
 *   months in: suppliers, parts with stock, an approved BOM for a motor controller, a program that
 *   builds it, a placed purchase order with part and no-part lines, teams, tags, custom properties,
 *   an RFQ with a supplier's quote, and a certificate of conformance on a stock lot.
 *
 * Cofactr's part data (the catalog that raw lines are matched against) is the same in both; see
 * `catalog.ts`.
 */
import type { MockState } from "./mock-state.js";
import { assignCpid } from "./records/parts.js";

/** The seed data sets `startMockServer({ seed })` knows. */
export type SeedName = "demo" | "empty";

/** Names of the seeds, for option parsing. */
export const SEED_NAMES: ReadonlyArray<SeedName> = ["demo", "empty"];

/** The seeded account's API key. Send it as `Authorization: Api-Key <key>`. */
export const MOCK_API_KEY = "mock-key-cofactr-demo";

/** Ids of the seeded records. */
export const SEED_IDS = {
  org: "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
  sandboxOrg: "5d1c9a7e-2b4f-4c8d-9e3a-6f7b8c9d0e1f",
  plantOrg: "7e2d0b8f-3c5a-4d9e-8f4b-7a8b9c0d1e2f",
  userMaria: "172453e4-4b38-499e-87a2-21fdb4439cf9",
  userDev: "76c3308b-6f31-454e-b7ad-142705ad3bda",
  userSam: "83681591-25b2-4afc-992f-460a087000d7",
  userLee: "839f7bcd-9b95-487a-8814-334ed4b93b09",
  userAna: "a33b9c2a-c121-487a-839d-22036476ba25",
  supplierArrowline: "7cf62cfe-de3b-48c2-9937-0370b64c115f",
  supplierBrightwater: "96815563-1b5a-426b-a079-8658609543fb",
  supplierKeystone: "27c83185-6955-46f2-9a49-933dbcd7a364",
  sandboxSupplier: "4bfd07a1-b4aa-494d-91c9-69cd3753fd9e",
  partCapacitor: "efa2b698-3362-40b9-aa69-ba2a213eff7f",
  partCapacitorAlternate: "1330e71a-4bac-445b-a877-041846f56105",
  partMcu: "ac0088af-aced-4b85-91b0-586170ab11f5",
  partGateDriver: "2589226f-fa0d-4aee-be6a-fb6a7df66c65",
  partResistor: "d0348cb3-3b41-4c01-bcf7-a523807cf5f4",
  partMosfet: "507b8104-ea65-4284-804b-65b30de1fbc6",
  partPcb: "e2d78444-21f7-4a5b-bbf1-72ae90345ffb",
  sandboxPartOpAmp: "2e1c01db-29bb-4019-8895-816ea552bbcb",
  stockLotCapacitor2339: "406b13a6-307c-4279-abe5-6681770a57e0",
  stockLotCapacitor2402: "9cb21d65-dd52-4754-b9a5-f2b94cc894ed",
  stockLotMcu: "b08a1d69-0580-4326-9045-8917d40ff0a8",
  stockLotResistor: "7b3e8855-e6c9-4bf2-92bb-de852c804a69",
  stockLotPcb: "a4c54f72-c520-434e-9265-27b66745ef74",
  stockDocument: "32fc1c71-0eca-4233-80e3-f9f90d798617",
  bom: "6a1f5b0e-4c3d-4e2f-9a8b-7c6d5e4f3a2b",
  bomLineCapacitor: "4f503b6a-f952-428d-b15a-ee11863f2522",
  bomLineMcu: "7d983345-a04a-44b7-b547-53a3c0690047",
  bomLineGateDriver: "b9690017-351e-43b0-b0a8-50a511507127",
  bomLineResistor: "f6abf6e5-b3cc-4062-bb46-430ab4332385",
  bomLineMosfet: "014b2e7e-a9bf-4c8b-be9f-a0ee937648db",
  bomLinePcb: "067bc7bd-41c2-4b2d-96dc-2e97788c0cf3",
  program: "deae57af-b733-4230-a66d-751fdd73b00e",
  programLineBom: "37a63fa6-24e1-400e-bec5-7610659381d7",
  programLineSpares: "f4563a37-69ab-4072-bc72-f0862c431536",
  programPartOverride: "281237eb-4173-41b9-a4c6-70f268eb5889",
  teamTypeBusinessUnit: "f8ec8d2b-3951-4f03-8212-506ed0f185cc",
  teamTypeCustomer: "1aaa2f91-b095-40e4-9130-7a72b2cb6031",
  teamMotorControllers: "b309321c-4627-43b1-99ec-a07903e66e0e",
  teamNorthwind: "e3bb9e9f-e390-4e1e-b90f-42b58cfc9c8e",
  tagExpedite: "77e0e9e5-3eeb-4e34-b044-47f531fed957",
  tagNcnr: "d826bd41-7deb-49b7-aaa0-6f62dfb3c5f8",
  customPropertyCostCenter: "756f369c-3063-4458-b1ff-0325b4ac9431",
  customPropertyItar: "cd436a7b-a27e-40c8-a83e-d800029dd71e",
  purchaseOrder: "ca27f506-c3a4-4924-9878-316d53640467",
  sandboxPurchaseOrder: "d8f1e2a3-b4c5-4d6e-8f7a-9b0c1d2e3f4a",
  purchaseLine: "497f6eca-6276-4993-bfeb-53cbbbba6f08",
  purchaseLine2: "5a8b7c6d-1e2f-4a3b-9c4d-5e6f7a8b9c0d",
  noPartLine: "8c9d0e1f-2a3b-4c5d-8e6f-7a8b9c0d1e2f",
  noPartLine2: "9d0e1f2a-3b4c-4d5e-9f6a-8b9c0d1e2f3a",
  rfq: "1b38c29c-3d56-49fd-a891-7237937a1abb",
  rfqLine: "2df7c514-52fb-415b-b823-dd8c949ebed3",
  supplierQuote: "c4ced56f-b2ef-4042-a702-6a63eb185338",
  supplierQuoteLine: "ede754e6-490e-4d78-9d81-44bd1df806fd",
} as const;

/** The integration-sync fields of a record no integration touched. */
const NOT_SYNCED = {
  synced_from_integration: false,
  integration_source_name: null,
  integration_record_id: null,
  synced_from_integration_at: null,
} as const;

/** The integration-sync fields of a record the org's ERP (NetSuite) keeps in sync. */
function syncedFromNetsuite(recordId: string, at: string) {
  return {
    synced_from_integration: true,
    integration_source_name: "netsuite",
    integration_record_id: recordId,
    synced_from_integration_at: at,
  };
}

function seedAccount(state: MockState): void {
  const ids = SEED_IDS;
  const orgs = [
    { id: ids.org, name: "Acme Robotics", parent: null, sandbox: false, at: "2025-03-04T17:21:09Z" },
    { id: ids.sandboxOrg, name: "Acme Robotics Sandbox", parent: ids.org, sandbox: true, at: "2025-07-01T09:00:00Z" },
    {
      id: ids.plantOrg,
      name: "Acme Robotics Austin Plant",
      parent: ids.org,
      sandbox: false,
      at: "2026-06-11T14:02:45Z",
    },
  ];
  for (const { at, ...org } of orgs) state.orgs.set(org.id, { ...org, metadata: {}, created_at: at, updated_at: at });
  state.apiKeys.set(MOCK_API_KEY, { key: MOCK_API_KEY, org: ids.org, created_at: "2025-03-04T17:40:00Z" });

  const users = [
    [ids.userSam, "sam.okafor", "Sam", "Okafor", "Operations Director", "admin", true, "2026-11-19T08:12:00Z", ids.org],
    [ids.userMaria, "maria.lopez", "Maria", "Lopez", "Senior Buyer", "editor", true, "2026-11-20T13:47:02Z", ids.org],
    [
      ids.userDev,
      "dev.patel",
      "Dev",
      "Patel",
      "Manufacturing Engineer",
      "view_and_comment",
      true,
      "2026-11-18T10:05:44Z",
      ids.org,
    ],
    [ids.userLee, "lee.chen", "Lee", "Chen", null, "restricted", false, null, ids.org],
    [ids.userAna, "ana.ruiz", "Ana", "Ruiz", "Plant Buyer", "editor", true, "2026-11-17T15:30:00Z", ids.plantOrg],
  ] as const;
  for (const [id, login, first, last, title, role, active, lastLogin, org] of users) {
    state.users.set(id, {
      id,
      email: `${login}@acme-robotics.example`,
      first_name: first,
      last_name: last,
      title,
      role,
      is_active: active,
      last_login_at: lastLogin,
      org,
      created_at: "2025-03-04T17:30:00Z",
    });
  }
}

function seedSuppliers(state: MockState): void {
  const ids = SEED_IDS;
  const suppliers = [
    {
      id: ids.supplierArrowline,
      name: "Arrowline Components",
      website: "https://www.arrowline-components.example",
      email: "quotes@arrowline-components.example",
      phone: "+1 512-555-0142",
      account_number: "ACR-004417",
      payment_terms: "Net 30",
      at: "2025-04-01T09:00:00Z",
      sync: syncedFromNetsuite("VEND-2291", "2026-08-14T11:29:58Z"),
    },
    {
      id: ids.supplierBrightwater,
      name: "Brightwater Electronics",
      website: "https://www.brightwater-electronics.example",
      email: "sales@brightwater-electronics.example",
      phone: null,
      account_number: null,
      payment_terms: "Prepaid",
      at: "2025-10-20T08:15:00Z",
      sync: NOT_SYNCED,
    },
    {
      id: ids.supplierKeystone,
      name: "Keystone PCB Works",
      website: null,
      email: "orders@keystone-pcb.example",
      phone: "+1 737-555-0199",
      account_number: "ACME-77",
      payment_terms: "Net 45",
      at: "2025-11-02T10:00:00Z",
      sync: NOT_SYNCED,
    },
  ];
  for (const { at, sync, ...supplier } of suppliers) {
    state.suppliers.set(supplier.id, {
      ...supplier,
      currency: "USD",
      metadata: {},
      org: ids.org,
      created_at: at,
      updated_at: at,
      ...sync,
    });
  }
  state.suppliers.set(ids.sandboxSupplier, {
    id: ids.sandboxSupplier,
    name: "Arrowline Components",
    website: null,
    email: null,
    phone: null,
    account_number: null,
    payment_terms: null,
    currency: "USD",
    metadata: {},
    org: ids.sandboxOrg,
    created_at: "2025-07-02T09:00:00Z",
    updated_at: "2025-07-02T09:00:00Z",
    ...NOT_SYNCED,
  });
}

function seedParts(state: MockState): void {
  const ids = SEED_IDS;
  const parts = [
    [
      ids.partCapacitor,
      "CCK7Q2M9XW4D",
      "ACR-CAP-0402-104",
      "GRM155R71C104KA88D",
      "Murata",
      "CAP CER 0.1UF 16V X7R 0402",
      "0402",
      "SMT",
    ],
    [
      ids.partCapacitorAlternate,
      "CL5B104K5NNC",
      null,
      "CL05B104KO5NNNC",
      "Samsung Electro-Mechanics",
      "CAP CER 0.1UF 16V X7R 0402",
      "0402",
      "SMT",
    ],
    [
      ids.partMcu,
      "CMX4T8N2PL7A",
      "ACR-MCU-0001",
      "STM32G431CBU6",
      "STMicroelectronics",
      "IC MCU 32BIT 128KB FLASH 48UFQFPN",
      "UFQFPN-48",
      "SMT",
    ],
    [
      ids.partGateDriver,
      "CDR8323RS0K2",
      "ACR-DRV-0003",
      "DRV8323RSRGZR",
      "Texas Instruments",
      "IC GATE DRVR HALF-BRIDGE 48VQFN",
      "VQFN-48",
      "SMT",
    ],
    [
      ids.partResistor,
      "CRC0402Y10K1",
      "ACR-RES-0402-10K",
      "RC0402FR-0710KL",
      "Yageo",
      "RES 10K OHM 1% 1/16W 0402",
      "0402",
      "SMT",
    ],
    [
      ids.partMosfet,
      "CSD18540Q5BT",
      "ACR-FET-0060",
      "CSD18540Q5B",
      "Texas Instruments",
      "MOSFET N-CH 60V 29A/100A 8VSON",
      "VSON-CLIP-8",
      "SMT",
    ],
  ] as const;
  for (const [id, cpid, customId, mpn, manufacturer, description, packageName, mountType] of parts) {
    state.parts.set(id, {
      id,
      cpid,
      custom_id: customId,
      mpn,
      manufacturer_name: manufacturer,
      description,
      package: packageName,
      mount_type: mountType,
      is_custom_part: false,
      metadata: {},
      org: ids.org,
      created_at: "2026-02-10T12:00:00Z",
      updated_at: "2026-02-10T12:00:00Z",
      ...(customId ? syncedFromNetsuite(`ITEM-${customId.slice(4)}`, "2026-02-10T12:00:00Z") : NOT_SYNCED),
    });
  }
  state.parts.set(ids.partPcb, {
    id: ids.partPcb,
    cpid: assignCpid({ mpn: "PCB-1042 rev C", is_custom_part: true }, ids.org),
    custom_id: "ACR-PCB-1042",
    mpn: "PCB-1042 rev C",
    manufacturer_name: null,
    description: "Motor controller main board, bare PCB",
    package: null,
    mount_type: null,
    is_custom_part: true,
    metadata: { drawing: "DWG-1042-C" },
    org: ids.org,
    created_at: "2026-02-12T09:30:00Z",
    updated_at: "2026-02-12T09:30:00Z",
    ...NOT_SYNCED,
  });
  state.parts.set(ids.sandboxPartOpAmp, {
    id: ids.sandboxPartOpAmp,
    cpid: "CLM358DRTI08",
    custom_id: null,
    mpn: "LM358DR",
    manufacturer_name: "Texas Instruments",
    description: "IC OPAMP GP 2 CIRCUIT 8SOIC",
    package: "SOIC-8",
    mount_type: "SMT",
    is_custom_part: false,
    metadata: {},
    org: ids.sandboxOrg,
    created_at: "2025-07-03T09:00:00Z",
    updated_at: "2025-07-03T09:00:00Z",
    ...NOT_SYNCED,
  });

  const lots = [
    [ids.stockLotCapacitor2339, ids.partCapacitor, "A-03-2", 10000, "2339", "2339K51"],
    [ids.stockLotCapacitor2402, ids.partCapacitor, "A-03-2", 2500, "2402", "2402M07"],
    [ids.stockLotMcu, ids.partMcu, "A-01-1", 120, "2410", "GQ2410A"],
    [ids.stockLotResistor, ids.partResistor, "A-03-5", 5000, null, null],
    [ids.stockLotPcb, ids.partPcb, "B-02-1", 40, null, "KPW-88310"],
  ] as const;
  for (const [id, part, bin, quantity, dateCode, lotCode] of lots) {
    state.stockLots.set(id, {
      id,
      part,
      bin,
      quantity,
      date_code: dateCode,
      lot_code: lotCode,
      metadata: {},
      org: ids.org,
      created_at: "2026-11-19T10:00:00Z",
      updated_at: "2026-11-19T10:00:00Z",
      ...NOT_SYNCED,
    });
  }
  const certificate = new TextEncoder().encode(
    "%PDF-1.7\n% Certificate of conformance: Murata GRM155R71C104KA88D, lot 2339K51, 10000 pcs.\n%%EOF\n",
  );
  state.stockDocuments.set(ids.stockDocument, {
    id: ids.stockDocument,
    stock_lot: ids.stockLotCapacitor2339,
    document_type: "certificate_of_conformance",
    file_name: "CoC_GRM155R71C104KA88D_lot_2339K51.pdf",
    content_type: "application/pdf",
    size: certificate.length,
    description: "Murata CoC for reel 3 of 4",
    metadata: {},
    org: ids.org,
    created_at: "2026-11-19T10:12:40Z",
    updated_at: "2026-11-19T10:12:40Z",
    ...NOT_SYNCED,
    bytes: certificate,
  });
}

function seedBom(state: MockState): void {
  const ids = SEED_IDS;
  const at = "2026-11-01T09:00:00Z";
  state.boms.set(ids.bom, {
    id: ids.bom,
    name: "Motor controller main board",
    version: "B",
    part_number: "PCBA-1042",
    approved: true,
    approved_at: "2026-11-03T16:20:00Z",
    archived: false,
    metadata: { plm_revision: "7" },
    org: ids.org,
    created_at: at,
    updated_at: "2026-11-03T16:20:00Z",
    ...NOT_SYNCED,
  });
  const lines = [
    [
      ids.bomLineCapacitor,
      "10",
      ids.partCapacitor,
      [ids.partCapacitorAlternate],
      12,
      "C",
      "CAP CER 0.1UF 16V X7R 0402",
      "0.1uF",
      "0402",
    ],
    [ids.bomLineMcu, "20", ids.partMcu, [], 1, "U", "IC MCU 32BIT 128KB FLASH 48UFQFPN", null, "UFQFPN-48"],
    [ids.bomLineGateDriver, "30", ids.partGateDriver, [], 1, "U", "IC GATE DRVR HALF-BRIDGE 48VQFN", null, "VQFN-48"],
    [ids.bomLineResistor, "40", ids.partResistor, [], 4, "R", "RES 10K OHM 1% 1/16W 0402", "10k", "0402"],
    [ids.bomLineMosfet, "50", ids.partMosfet, [], 6, "Q", "MOSFET N-CH 60V 29A/100A 8VSON", null, "VSON-CLIP-8"],
    [ids.bomLinePcb, "60", ids.partPcb, [], 1, "PCB", "Motor controller main board, bare PCB", null, null],
  ] as const;
  let nextDesignator: Record<string, number> = {};
  for (const [id, lineNumber, part, alternates, quantity, prefix, description, value, packageName] of lines) {
    const first = (nextDesignator[prefix] ?? 0) + 1;
    nextDesignator = { ...nextDesignator, [prefix]: first + quantity - 1 };
    const stored = state.parts.get(part)!;
    state.bomLines.set(id, {
      id,
      bom: ids.bom,
      line_number: lineNumber,
      custom_id: stored.custom_id,
      part,
      alternative_parts: [...alternates],
      mpn: stored.mpn,
      manufacturer_name: stored.manufacturer_name,
      alternative_mpns: alternates.map((alternate) => state.parts.get(alternate)!.mpn),
      quantity,
      reference_designators: Array.from({ length: quantity }, (_, index) => `${prefix}${first + index}`),
      description,
      value,
      package: packageName,
      mount_type: stored.mount_type,
      link: null,
      comments: prefix === "U" && lineNumber === "20" ? "Program at test" : null,
      do_not_place: false,
      ignored: false,
      is_custom_part: stored.is_custom_part,
      metadata: {},
      created_at: at,
      updated_at: at,
      ...NOT_SYNCED,
    });
  }
}

function seedProgram(state: MockState): void {
  const ids = SEED_IDS;
  const at = "2026-11-05T10:00:00Z";
  state.programs.set(ids.program, {
    id: ids.program,
    name: "Q1 2027 motor controller build",
    description: "500 controllers for the spring production run.",
    status: "draft",
    due_date: "2027-02-15",
    metadata: { erp_work_order: "WO-10433" },
    org: ids.org,
    created_at: at,
    updated_at: at,
    ...NOT_SYNCED,
  });
  const line = { program: ids.program, metadata: {}, created_at: at, updated_at: at, ...NOT_SYNCED };
  state.programLines.set(ids.programLineBom, {
    ...line,
    id: ids.programLineBom,
    bom: ids.bom,
    part: null,
    quantity: 500,
    included: true,
    need_by: null,
    notes: null,
  });
  state.programLines.set(ids.programLineSpares, {
    ...line,
    id: ids.programLineSpares,
    bom: null,
    part: ids.partMcu,
    quantity: 50,
    included: false,
    need_by: "2027-01-20",
    notes: "Field-service spares, waiting on customer PO.",
  });
  state.programPartOverrides.set(ids.programPartOverride, {
    id: ids.programPartOverride,
    program: ids.program,
    part: ids.partCapacitor,
    substitute_part: null,
    quantity: null,
    extra_quantity: 300,
    consigned: false,
    target_unit_price: "0.0021",
    notes: "5% attrition for the pick-and-place feeders.",
    metadata: {},
    created_at: at,
    updated_at: at,
    ...NOT_SYNCED,
  });
}

function seedOrganization(state: MockState): void {
  const ids = SEED_IDS;
  const at = "2026-10-02T13:35:00Z";
  for (const [id, name] of [
    [ids.teamTypeBusinessUnit, "Business Unit"],
    [ids.teamTypeCustomer, "Customer"],
  ] as const) {
    state.teamTypes.set(id, { id, name, org: ids.org, created_at: at, updated_at: at });
  }
  state.teams.set(ids.teamMotorControllers, {
    id: ids.teamMotorControllers,
    name: "Motor controllers",
    team_type: ids.teamTypeBusinessUnit,
    archived: false,
    archived_at: null,
    metadata: {},
    org: ids.org,
    created_at: "2026-10-02T13:40:00Z",
    updated_at: "2026-10-02T13:40:00Z",
    ...NOT_SYNCED,
  });
  state.teams.set(ids.teamNorthwind, {
    id: ids.teamNorthwind,
    name: "Northwind Logistics",
    team_type: ids.teamTypeCustomer,
    archived: false,
    archived_at: null,
    metadata: {},
    org: ids.org,
    created_at: "2026-10-05T09:00:00Z",
    updated_at: "2026-10-05T09:00:00Z",
    ...syncedFromNetsuite("CUST-1187", "2026-10-05T09:00:00Z"),
  });
  for (const [id, name, color, description] of [
    [ids.tagExpedite, "Expedite", "#D93F0B", "Needed before the standard lead time."],
    [ids.tagNcnr, "NCNR", "#5319E7", "Non-cancelable, non-returnable."],
  ] as const) {
    state.tags.set(id, { id, name, color, description, org: ids.org, created_at: at, updated_at: at });
  }
  state.customProperties.set(ids.customPropertyCostCenter, {
    id: ids.customPropertyCostCenter,
    name: "Cost center",
    key: "cost_center",
    record_type: "purchase_order",
    data_type: "select",
    options: ["4100", "4200", "5300"],
    description: "Finance cost center the order is charged to.",
    archived: false,
    org: ids.org,
    created_at: "2026-09-14T10:05:00Z",
    updated_at: "2026-09-14T10:05:00Z",
  });
  state.customProperties.set(ids.customPropertyItar, {
    id: ids.customPropertyItar,
    name: "ITAR controlled",
    key: "itar_controlled",
    record_type: "part",
    data_type: "boolean",
    options: [],
    description: "The part falls under ITAR export rules.",
    archived: false,
    org: ids.org,
    created_at: "2026-09-20T15:30:00Z",
    updated_at: "2026-09-20T15:30:00Z",
  });
}

function seedPurchases(state: MockState): void {
  const ids = SEED_IDS;
  const at = "2026-11-18T09:12:44Z";
  const order = {
    status: "placed",
    currency: "USD",
    buyer: ids.userMaria,
    notes: null,
    sales_tax: "0.00",
    metadata: {},
    created_at: at,
    updated_at: at,
    ...NOT_SYNCED,
  } as const;
  state.purchaseOrders.set(ids.purchaseOrder, {
    ...order,
    id: ids.purchaseOrder,
    po_number: "PO-1001",
    supplier: ids.supplierArrowline,
    order_date: "2026-11-18",
    team: ids.teamMotorControllers,
    tags: [ids.tagExpedite],
    shipping: "18.40",
    custom_properties: { cost_center: "4100" },
    org: ids.org,
  });
  state.purchaseOrders.set(ids.sandboxPurchaseOrder, {
    ...order,
    id: ids.sandboxPurchaseOrder,
    po_number: "PO-S-7",
    supplier: ids.sandboxSupplier,
    status: "draft",
    order_date: null,
    buyer: null,
    team: null,
    tags: [],
    shipping: "0.00",
    custom_properties: {},
    org: ids.sandboxOrg,
  });
  for (const [id, part, quant, unitPrice, sku, delivery] of [
    [ids.purchaseLine, ids.partGateDriver, 500, "5.2400", "296-48364-1-ND", "2026-12-02"],
    [ids.purchaseLine2, ids.partMosfet, 3000, "1.1920", "296-40556-1-ND", "2026-12-09"],
  ] as const) {
    state.purchaseLines.set(id, {
      id,
      purchase_order_id: ids.purchaseOrder,
      part,
      quant,
      unit_price: unitPrice,
      supplier_sku: sku,
      estimated_delivery: delivery,
      program: ids.program,
      notes: null,
      metadata: {},
      created_at: at,
      updated_at: at,
      ...NOT_SYNCED,
    });
  }
  for (const [id, description, unitPrice] of [
    [ids.noPartLine, "Expedite fee", "75.00"],
    [ids.noPartLine2, "NRE: test fixture", "1200.00"],
  ] as const) {
    state.noPartLines.set(id, {
      id,
      synced_from_integration: false,
      synced_from_integration_at: at,
      integration_source_name: "flagship",
      integration_record_id: id,
      metadata: {},
      notes: "",
      description,
      quant: "1",
      unit_price: unitPrice,
      line_total: unitPrice,
      purchase_order_id: ids.purchaseOrder,
    });
  }
}

function seedSourcing(state: MockState): void {
  const ids = SEED_IDS;
  const at = "2026-11-06T10:00:00Z";
  state.rfqs.set(ids.rfq, {
    id: ids.rfq,
    name: "Q1 2027 motor controller build, long-lead parts",
    status: "sent",
    suppliers: [ids.supplierArrowline, ids.supplierBrightwater],
    due_date: "2026-12-12",
    program: ids.program,
    team: ids.teamMotorControllers,
    notes: "Quote 12-week ARO lead time or better. Tape and reel preferred.",
    metadata: {},
    org: ids.org,
    created_at: at,
    updated_at: at,
    ...NOT_SYNCED,
  });
  state.rfqLines.set(ids.rfqLine, {
    id: ids.rfqLine,
    rfq: ids.rfq,
    part: ids.partGateDriver,
    quant: 500,
    target_unit_price: "4.9000",
    need_by: "2027-01-29",
    notes: null,
    metadata: {},
    created_at: at,
    updated_at: at,
    ...NOT_SYNCED,
  });
  const quotedAt = "2026-11-08T11:30:00Z";
  state.supplierQuotes.set(ids.supplierQuote, {
    id: ids.supplierQuote,
    supplier: ids.supplierBrightwater,
    rfq: ids.rfq,
    quote_number: "Q-3318842",
    quote_date: "2026-11-08",
    valid_until: "2026-12-08",
    currency: "USD",
    notes: "Prices subject to availability at time of order.",
    metadata: {},
    org: ids.org,
    created_at: quotedAt,
    updated_at: quotedAt,
    ...NOT_SYNCED,
  });
  state.supplierQuoteLines.set(ids.supplierQuoteLine, {
    id: ids.supplierQuoteLine,
    supplier_quote: ids.supplierQuote,
    rfq_line: ids.rfqLine,
    part: ids.partGateDriver,
    quant: 500,
    unit_price: "4.7200",
    moq: 1,
    order_multiple: 250,
    lead_time_days: 84,
    stock: 0,
    packaging: "Tape & Reel",
    notes: null,
    metadata: {},
    created_at: quotedAt,
    updated_at: quotedAt,
    ...NOT_SYNCED,
  });
}

/** Fills an empty state with the named seed. */
export function seedState(state: MockState, seed: SeedName): void {
  seedAccount(state);
  if (seed === "empty") return;
  seedSuppliers(state);
  seedParts(state);
  seedBom(state);
  seedProgram(state);
  seedOrganization(state);
  seedPurchases(state);
  seedSourcing(state);
}
