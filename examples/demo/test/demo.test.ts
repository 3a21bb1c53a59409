import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { expect, test } from "vitest";

test("the demo walks the whole flow against the embedded mock and exits cleanly", async () => {
  const main = fileURLToPath(new URL("../dist/main.js", import.meta.url));
  const { stdout } = await promisify(execFile)(process.execPath, [main], { timeout: 30_000 });
  // The BOM from raw lines: duplicate rows summed, lines matched (or not) to parts.
  expect(stdout).toContain("Motor controller main board rev C (PCBA-1042): 9 lines from 10 raw lines");
  expect(stdout).toMatch(/RC0402FR-0710KL\s+4\s+R1,R2\s+on_hand/);
  expect(stdout).toMatch(/ECS-160-8-36CKM\s+1\s+Y1\s+needs_rfq/);
  expect(stdout).toMatch(/SPACER-M3X8-NYL\s+4\s+H1,H2,H3,H4\s+no_match/);
  expect(stdout).toContain("approved: true");
  // Availabilities, worked out by an async job polled to its end.
  expect(stdout).toMatch(/job [0-9a-f-]{36}: pending → running → succeeded/);
  expect(stdout).toMatch(/STM32G431CBU6\s+270\s+120\s+150\s+4\.3650 USD/);
  // The purchase order, its totals, the events, and the SQL report.
  expect(stdout).toContain("PO-2027-0001 with Arrowline Components: 4 part lines and 1 fee, placed");
  expect(stdout).toContain("subtotal 4149.25, shipping 18.40, total 4167.65 USD");
  expect(stdout).toMatch(/event [0-9a-f-]{36}: shipped, tracking 1Z999AA10123456784/);
  expect(stdout).toContain("received in full: 3 of 4 lines");
  expect(stdout).toMatch(/CSD18540Q5B\s+1500\s+750\s+750\s+2026-12-02/);
  expect(stdout).toContain('400: {"quantity":["expected an integer, got \\"750 pcs\\""]}');
  expect(stdout).toMatch(/To source\s+ECS-160-8-36CKM, PCB-1042 rev C/);
  expect(stdout.trim().endsWith("Done.")).toBe(true);
});
