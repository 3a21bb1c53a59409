/**
 * A realistic integration, end to end, through the client's facade: an ERP sync imports a revised
 * BOM from the PLM's raw lines, approves it, plans a pilot build, checks what is short
 * (asynchronously), raises a purchase order with part and no-part lines, records the supplier's
 * shipment and the dock's receipts, and runs a SQL report of what is still open.
 *
 * It runs against the mock server started here, in-process, through the public entry points of
 * the packages only.
 */
import { BadRequestError, type CofactrClient, createCofactrClient } from "@cofactr/platform-client";
import { MOCK_API_KEY, startMockServer } from "@cofactr/platform-mock";
import type { AsyncJob, ProgramAvailability, ProgramAvailabilityPart } from "@cofactr/platform-types";

/** Boards in the pilot build. */
const BOARDS = 250;
/** Spare MCUs the field-service team asked for on top. */
const SPARE_MCUS = 20;

function step(title: string) {
  console.log(`\n▸ ${title}`);
}

/** A fixed-width table for the terminal. */
function table(rows: ReadonlyArray<ReadonlyArray<string | number>>): void {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => String(row[column]).length))) ?? [];
  for (const row of rows) {
    const cells = row.map((cell, column) => {
      const text = String(cell);
      return typeof cell === "number" ? text.padStart(widths[column] ?? 0) : text.padEnd(widths[column] ?? 0);
    });
    console.log(`    ${cells.join("  ").trimEnd()}`);
  }
}

/**
 * Polls an async job until it ends, printing each status it passes through. (The client's
 * `waitForJob` does this with growing delays; a short fixed delay keeps the demo quick.)
 */
async function pollJob(cofactr: CofactrClient, jobId: string): Promise<AsyncJob> {
  const seen: string[] = [];
  for (let attempt = 0; attempt < 100; attempt++) {
    const job = await cofactr.asyncJobs.get(jobId);
    if (seen.at(-1) !== job.status) seen.push(job.status);
    if (job.status === "succeeded" || job.status === "failed") {
      console.log(`  job ${jobId}: ${seen.join(" → ")}`);
      return job;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`async job ${jobId} did not end`);
}

/** The quantity an offer sells to cover `needed`: raised to its minimum order and order multiple. */
function quantityToBuy(needed: number, moq: number, multiple: number): number {
  return Math.ceil(Math.max(needed, moq) / multiple) * multiple;
}

const server = await startMockServer();
console.log(`Cofactr mock server on ${server.url}`);
try {
  const cofactr = createCofactrClient({ apiKey: MOCK_API_KEY, baseUrl: server.url });
  const org = await cofactr.org.get();
  console.log(`Acting as ${org.name}`);

  step("Import BOM rev C from the PLM's raw lines (Creates a Bom using raw bomline data)");
  const resistors = {
    mpn: "RC0402FR-0710KL",
    manufacturer_name: "Yageo",
    quantity: 2,
    reference_designators: ["R1", "R2"],
  };
  const rawLines = [
    {
      mpn: "GRM155R71C104KA88D",
      manufacturer_name: "Murata",
      quantity: 12,
      reference_designators_string: Array.from({ length: 12 }, (_, index) => `C${index + 1}`).join(", "),
    },
    { mpn: "STM32G431CBU6", manufacturer_name: "STMicroelectronics", quantity: 1, reference_designators: ["U1"] },
    { mpn: "DRV8323RSRGZR", manufacturer_name: "TI", quantity: 1, reference_designators: ["U2"] },
    { mpn: "TPS54331DR", manufacturer_name: "Texas Instruments", quantity: 1, reference_designators: ["U3"] },
    {
      mpn: "CSD18540Q5B",
      manufacturer_name: "TI",
      quantity: 6,
      reference_designators: ["Q1", "Q2", "Q3", "Q4", "Q5", "Q6"],
    },
    // The PLM export splits the pull-ups over two rows: same part, same designators.
    resistors,
    { ...resistors, reference_designators: ["R2", "R1"] },
    { mpn: "ECS-160-8-36CKM", manufacturer_name: "ECS Inc.", quantity: 1, reference_designators: ["Y1"] },
    { mpn: "PCB-1042 rev C", quantity: 1, is_custom_part: true, reference_designators: ["PCB1"] },
    { mpn: "SPACER-M3X8-NYL", quantity: 4, reference_designators: ["H1", "H2", "H3", "H4"] },
  ];
  const bom = await cofactr.boms.createFromRaw({
    name: "Motor controller main board",
    version: "C",
    part_number: "PCBA-1042",
    integration_source_name: "arena",
    integration_record_id: "PLM-88512",
    synced_from_integration: true,
    lines: rawLines,
  });
  console.log(
    `  ${bom.name} rev ${bom.version} (${bom.part_number}): ${bom.line_count} lines from ${rawLines.length} raw lines`,
  );
  const lines = (await cofactr.boms.lines.list(bom.id)).results;
  table([
    ["MPN", "qty", "designators", "status"],
    ...lines.map((line) => [line.mpn ?? "-", line.quantity, line.reference_designators.join(","), line.status]),
  ]);

  step("Approve it");
  const approved = await cofactr.boms.approve(bom.id);
  console.log(`  approved: ${approved.approved} (at ${approved.approved_at})`);

  step(`Plan a pilot build: ${BOARDS} boards plus ${SPARE_MCUS} spare MCUs`);
  const program = await cofactr.programs.create({ name: "Motor controller pilot build", due_date: "2027-02-15" });
  const mcu = lines.find((line) => line.mpn === "STM32G431CBU6");
  await cofactr.programs.lines.createMany(program.id, [
    { bom: bom.id, quantity: BOARDS },
    { part: mcu?.part as string, quantity: SPARE_MCUS, notes: "Field-service spares" },
  ]);
  console.log(
    `  program "${program.name}" (${program.status}) with ${(await cofactr.programs.get(program.id)).line_count} lines`,
  );

  step("Check availabilities asynchronously (Gets Program Availabilities Async)");
  const availabilityJob = await pollJob(cofactr, await cofactr.programs.availabilities.getAsync(program.id));
  const availability = availabilityJob.result as unknown as ProgramAvailability;
  table([
    ["MPN", "needed", "on hand", "short", "best offer"],
    ...availability.parts.map((part) => {
      const best = part.offers[0];
      return [
        part.mpn,
        part.required_quantity,
        part.on_hand_quantity,
        part.shortfall_quantity,
        best ? `${best.unit_price} ${best.currency} (${best.sku})` : "none",
      ];
    }),
  ]);
  const short = availability.parts.filter((part) => part.shortfall_quantity > 0);
  const unsourced = short.filter((part) => part.offers.length === 0);

  step("Raise a purchase order for the shortfalls with the supplier that offers the most of them");
  const offersBySupplier = new Map<string, ProgramAvailabilityPart[]>();
  for (const part of short) {
    for (const offer of part.offers)
      offersBySupplier.set(offer.supplier, [...(offersBySupplier.get(offer.supplier) ?? []), part]);
  }
  const [supplierId, parts] = [...offersBySupplier.entries()].sort((a, b) => b[1].length - a[1].length)[0] ?? [];
  if (!supplierId || !parts) throw new Error("nothing to order");
  const supplier = await cofactr.suppliers.get(supplierId);
  const order = await cofactr.purchaseOrders.create({
    po_number: "PO-2027-0001",
    supplier: supplier.id,
    notes: `Pilot build: ${program.name}`,
    shipping: "18.40",
  });
  for (const part of parts) {
    const offer = part.offers.find((candidate) => candidate.supplier === supplier.id);
    if (!offer?.unit_price) continue;
    await cofactr.purchaseOrders.lines.create(order.id, {
      part: part.part,
      quant: quantityToBuy(part.shortfall_quantity, offer.moq, offer.order_multiple),
      unit_price: offer.unit_price,
      supplier_sku: offer.sku,
      program: program.id,
    });
  }
  await cofactr.purchaseOrders.noPartLines.create(order.id, {
    description: "Expedite fee",
    quant: "1",
    unit_price: "75.00",
  });
  const placed = await cofactr.purchaseOrders.update(order.id, { status: "placed", order_date: "2026-11-23" });
  const orderLines = (await cofactr.purchaseOrders.lines.list(order.id)).results;
  console.log(
    `  ${placed.po_number} with ${supplier.name}: ${placed.line_count} part lines and ${placed.no_part_line_count} fee, ${placed.status}`,
  );
  table([
    ["MPN", "qty", "unit price", "line total"],
    ...orderLines.map((line) => [
      parts.find((part) => part.part === line.part)?.mpn ?? line.part,
      line.quant,
      line.unit_price,
      line.line_total,
    ]),
  ]);
  console.log(`  subtotal ${placed.subtotal}, shipping ${placed.shipping}, total ${placed.total} ${placed.currency}`);

  step("Record the shipment and the receipts (Create Purchase Event)");
  const shipped = await cofactr.purchaseEvents.create({
    event_type: "shipped",
    purchase_lines: orderLines.map((line) => line.id),
    tracking_number: "1Z999AA10123456784",
    estimated_delivery: "2026-12-02",
  });
  console.log(`  event ${shipped.id}: shipped, tracking ${shipped.tracking_number}`);
  // The MOSFETs arrive in two reels; the second is still on its way.
  for (const line of orderLines) {
    const isMosfet = parts.find((part) => part.part === line.part)?.mpn === "CSD18540Q5B";
    const quantity = isMosfet ? Math.floor(line.quant / 2) : line.quant;
    await cofactr.purchaseEvents.create({ event_type: "received", purchase_lines: [line.id], quantity });
  }
  const received = (await cofactr.purchaseOrders.lines.list(order.id)).results;
  console.log(
    `  received in full: ${received.filter((line) => line.quant_received >= line.quant).length} of ${received.length} lines`,
  );

  step("Report what is still open on the order (Customer SQL Query)");
  const report = await cofactr.reporting.query({
    query: `SELECT p.mpn, l.quant AS ordered, l.quant_received AS received, l.quant - l.quant_received AS open,
                   l.estimated_delivery
              FROM purchase_lines l JOIN parts p ON p.id = l.part
             WHERE l.purchase_order_id = :order_id
             ORDER BY open DESC, p.mpn`,
    parameters: { order_id: order.id },
  });
  table([
    report.columns.map((column) => `${column.name} (${column.type})`),
    ...report.rows.map((row) => row.map(String)),
  ]);

  step("A typo is caught by the server with a field-level error");
  // The quantity as the dock typed it, unit and all.
  const typo = { event_type: "received" as const, purchase_lines: [orderLines[0]?.id ?? ""], quantity: "750 pcs" };
  try {
    // @ts-expect-error: a quantity with its unit is not an integer; the demo shows what the server answers.
    await cofactr.purchaseEvents.create(typo);
  } catch (error) {
    if (!(error instanceof BadRequestError)) throw error;
    console.log(`  ${error.status}: ${JSON.stringify(error.fieldErrors)}`);
  }

  const stillOpen = report.rows.reduce((total, row) => total + Number(row[3]), 0);
  console.log("\nSummary");
  table([
    ["BOM", `${bom.name} rev ${bom.version}: ${bom.line_count} lines, approved`],
    ["Program", `${program.name}: ${BOARDS} boards, ${availability.parts.length} parts, ${short.length} short`],
    [
      "Order",
      `${placed.po_number} with ${supplier.name}: ${placed.line_count} part lines + ${placed.no_part_line_count} fee, total ${placed.total} ${placed.currency}`,
    ],
    ["Receiving", `${stillOpen} pcs still open`],
    ["To source", `${unsourced.map((part) => part.mpn).join(", ")} (no offers: send an RFQ)`],
  ]);
  console.log("\nDone.");
} finally {
  await server.close();
}
