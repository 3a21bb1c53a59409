/**
 * Deterministic seed data: the same seed always gives the same records and ids, so tests can name
 * them. `demo` holds an account (a primary org with two sub-orgs), its API key, a purchase order with
 * part and no-part lines, and a BOM; `empty` holds the account and key only.
 */
import type { MockState } from "./mock-state.js";

export type SeedName = "demo" | "empty";

/** The seeded account's API key. Send it as `Authorization: Api-Key <key>`. */
export const MOCK_API_KEY = "mock-key-cofactr-demo";

/** Ids of the seeded records. */
export const SEED_IDS = {
  org: "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
  sandboxOrg: "5d1c9a7e-2b4f-4c8d-9e3a-6f7b8c9d0e1f",
  plantOrg: "7e2d0b8f-3c5a-4d9e-8f4b-7a8b9c0d1e2f",
  purchaseOrder: "ca27f506-c3a4-4924-9878-316d53640467",
  sandboxPurchaseOrder: "d8f1e2a3-b4c5-4d6e-8f7a-9b0c1d2e3f4a",
  purchaseLine: "497f6eca-6276-4993-bfeb-53cbbbba6f08",
  purchaseLine2: "5a8b7c6d-1e2f-4a3b-9c4d-5e6f7a8b9c0d",
  noPartLine: "8c9d0e1f-2a3b-4c5d-8e6f-7a8b9c0d1e2f",
  noPartLine2: "9d0e1f2a-3b4c-4d5e-9f6a-8b9c0d1e2f3a",
  bom: "6a1f5b0e-4c3d-4e2f-9a8b-7c6d5e4f3a2b",
} as const;

const SEEDED_AT = "2026-11-01T09:00:00Z";

export function seedState(state: MockState, seed: SeedName): void {
  state.orgs.set(SEED_IDS.org, { id: SEED_IDS.org, name: "Acme Robotics", parent: null });
  state.orgs.set(SEED_IDS.sandboxOrg, { id: SEED_IDS.sandboxOrg, name: "Acme Robotics Sandbox", parent: SEED_IDS.org });
  state.orgs.set(SEED_IDS.plantOrg, {
    id: SEED_IDS.plantOrg,
    name: "Acme Robotics Austin Plant",
    parent: SEED_IDS.org,
  });
  state.apiKeys.set(MOCK_API_KEY, SEED_IDS.org);
  if (seed === "empty") return;

  state.purchaseOrders.set(SEED_IDS.purchaseOrder, {
    id: SEED_IDS.purchaseOrder,
    org: SEED_IDS.org,
    number: "PO-1001",
  });
  state.purchaseOrders.set(SEED_IDS.sandboxPurchaseOrder, {
    id: SEED_IDS.sandboxPurchaseOrder,
    org: SEED_IDS.sandboxOrg,
    number: "PO-S-7",
  });
  for (const [id, quantity] of [
    [SEED_IDS.purchaseLine, 500],
    [SEED_IDS.purchaseLine2, 40],
  ] as const) {
    state.purchaseLines.set(id, {
      id,
      purchase_order_id: SEED_IDS.purchaseOrder,
      quantity,
      quantity_shipped: 0,
      quantity_received: 0,
    });
  }
  for (const [id, description, unitPrice] of [
    [SEED_IDS.noPartLine, "Expedite fee", "75.00"],
    [SEED_IDS.noPartLine2, "NRE: test fixture", "1200.00"],
  ] as const) {
    state.noPartLines.set(id, {
      id,
      synced_from_integration: false,
      synced_from_integration_at: SEEDED_AT,
      integration_source_name: "flagship",
      integration_record_id: id,
      metadata: {},
      notes: "",
      description,
      quant: "1",
      unit_price: unitPrice,
      line_total: unitPrice,
      purchase_order_id: SEED_IDS.purchaseOrder,
    });
  }
  state.boms.set(SEED_IDS.bom, {
    id: SEED_IDS.bom,
    name: "Motor controller main board",
    version: "B",
    part_number: "PCBA-1042",
    approved: true,
    approved_at: SEEDED_AT,
    archived: false,
    line_count: 0,
    metadata: {},
    org: SEED_IDS.org,
    created_at: SEEDED_AT,
    updated_at: SEEDED_AT,
    synced_from_integration: false,
    integration_source_name: null,
    integration_record_id: null,
    synced_from_integration_at: null,
  });
}
