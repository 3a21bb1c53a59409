/**
 * A short, realistic integration: an ERP sync pushes a BOM, reads the BOM list back, and records
 * that a supplier shipped part of a purchase order. It runs against the mock server started here,
 * in-process, through the public entry points of the packages only.
 */
import { BadRequestError, createCofactrClient } from "@cofactr/platform-client";
import { MOCK_API_KEY, SEED_IDS, startMockServer } from "@cofactr/platform-mock";

function step(title: string) {
  console.log(`\n▸ ${title}`);
}

const server = await startMockServer();
console.log(`Cofactr mock server on ${server.url}`);
try {
  const cofactr = createCofactrClient({ apiKey: MOCK_API_KEY, baseUrl: server.url });

  step("Upsert the motor controller BOM from the PLM (Upsert BOM Async)");
  const jobId = await cofactr.boms.upsertAsync({
    name: "Motor controller main board",
    version: "C",
    part_number: "PCBA-1042",
    integration_source_name: "arena",
    integration_record_id: "PLM-88412",
    synced_from_integration: true,
    lines: [
      {
        mpn: "GRM155R71C104KA88D",
        manufacturer_name: "Murata",
        quantity: 12,
        reference_designators: ["C1", "C2", "C3"],
      },
      { mpn: "STM32G431CBU6", manufacturer_name: "STMicroelectronics", quantity: 1, reference_designators: ["U1"] },
      { mpn: "DRV8323RSRGZR", manufacturer_name: "Texas Instruments", quantity: 1, reference_designators: ["U2"] },
    ],
  });
  console.log(`  accepted as async job ${jobId}`);

  step("List the BOMs the key can read");
  const page = await cofactr.boms.list({ query: { limit: 10 } });
  for (const bom of page.results) {
    const state = bom.approved ? "approved" : "unapproved";
    console.log(
      `  ${bom.name} rev ${bom.version ?? "-"} (${bom.part_number ?? "no P/N"}): ${bom.line_count} lines, ${state}`,
    );
  }
  console.log(`  ${page.count} BOM(s) in all`);

  step("Record that the supplier shipped 250 pcs on PO-1001 (Create Purchase Event)");
  const event = await cofactr.purchaseEvents.create({
    event_type: "shipped",
    purchase_lines: [SEED_IDS.purchaseLine],
    quantity: 250,
    tracking_number: "1Z999AA10123456784",
    estimated_delivery: "2026-12-02",
    shipping_paid: "18.40",
  });
  console.log(`  event ${event.id}: ${event.event_type} ${event.quantity} pcs, tracking ${event.tracking_number}`);

  step("A typo is caught by the server with a field-level error");
  try {
    // @ts-expect-error: "shippd" is not an event type; the demo shows what the server answers.
    await cofactr.purchaseEvents.create({ event_type: "shippd", purchase_lines: [SEED_IDS.purchaseLine] });
  } catch (error) {
    if (!(error instanceof BadRequestError)) throw error;
    console.log(`  ${error.status}: ${JSON.stringify(error.fieldErrors)}`);
  }
  console.log("\nDone.");
} finally {
  await server.close();
}
