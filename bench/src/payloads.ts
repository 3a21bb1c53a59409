/** The payloads every validation contender checks: the same values for all of them. */

/** A valid purchase event with every common field set. */
export const purchaseEvent = {
  purchase_lines: ["497f6eca-6276-4993-bfeb-53cbbbba6f08", "5a8b7c6d-1e2f-4a3b-9c4d-5e6f7a8b9c0d"],
  event_type: "shipped",
  quantity: 250,
  tracking_number: "1Z999AA10123456784",
  estimated_delivery: "2026-12-02",
  shipping_paid: "18.40",
  line_total_paid: "1250.00",
  synced_from_integration: true,
  integration_source_name: "netsuite",
  integration_record_id: "IF-20931",
  synced_from_integration_at: "2026-11-20T15:00:00Z",
  send_alerts: false,
};

/** A raw BOM of 1,000 lines, as an ERP sync would send it. */
export const bomUpsert = {
  name: "Motor controller main board",
  version: "C",
  part_number: "PCBA-1042",
  approved: false,
  integration_source_name: "arena",
  integration_record_id: "PLM-88412",
  synced_from_integration: true,
  synced_from_integration_at: "2026-11-20T15:00:00Z",
  metadata: { plm_revision: "7" },
  lines: Array.from({ length: 1000 }, (_, index) => ({
    mpn: `GRM155R71C${String(index).padStart(4, "0")}KA88D`,
    manufacturer_name: "Murata",
    quantity: (index % 12) + 1,
    reference_designators: [`C${index * 2 + 1}`, `C${index * 2 + 2}`],
    description: "CAP CER 0.1UF 16V X7R 0402",
    package: "0402",
    mount_type: "SMT",
    do_not_place: index % 50 === 0,
    line_number: String(index + 1),
  })),
};

/** A purchase event with three mistakes: a wrong type, an unknown choice and a date that does not exist. */
export const invalidPurchaseEvent = {
  ...purchaseEvent,
  quantity: "250",
  event_type: "shippd",
  estimated_delivery: "2026-02-30",
};

/** Each payload by name: the validator that checks it, the value, and whether it is valid. */
export const payloads = {
  "purchase event": { body: "createPurchaseEventBody", value: purchaseEvent, valid: true },
  "1,000-line BOM upsert": { body: "upsertBomAsyncBody", value: bomUpsert, valid: true },
  "invalid purchase event": { body: "createPurchaseEventBody", value: invalidPurchaseEvent, valid: false },
} as const;

/** The name of a payload. */
export type PayloadName = keyof typeof payloads;
