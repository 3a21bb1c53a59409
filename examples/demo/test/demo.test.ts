import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { expect, test } from "vitest";

test("the demo walks the whole flow against the embedded mock and exits cleanly", async () => {
  const main = fileURLToPath(new URL("../dist/main.js", import.meta.url));
  const { stdout } = await promisify(execFile)(process.execPath, [main], { timeout: 30_000 });
  expect(stdout).toMatch(/accepted as async job [0-9a-f-]{36}/);
  expect(stdout).toContain("Motor controller main board rev C (PCBA-1042): 3 lines, unapproved");
  expect(stdout).toContain("2 BOM(s) in all");
  expect(stdout).toMatch(/event [0-9a-f-]{36}: shipped 250 pcs, tracking 1Z999AA10123456784/);
  expect(stdout).toContain('400: {"event_type"');
  expect(stdout.trim().endsWith("Done.")).toBe(true);
});
