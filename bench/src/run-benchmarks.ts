/**
 * `pnpm bench`: runs every benchmark, each contender in its own Node process, prints a table of
 * ratios against our packages, and writes the figures to bench/results/latest.json so they can be
 * compared between commits. `--smoke` runs a few iterations of each only to prove the benchmarks
 * still work (part of `pnpm test`); it judges no timing and writes no results file.
 */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { fileURLToPath } from "node:url";
import { minifiedGzipSize } from "./bundle-size.js";
import { type PayloadName, payloads } from "./payloads.js";
import type { ContenderName } from "./validation-contenders.js";

const smoke = process.argv.includes("--smoke");
const here = fileURLToPath(new URL(".", import.meta.url));
const CONTENDERS: ContenderName[] = ["cofactr", "ajv", "zod"];
/** Goals from the validation issue: at least this multiple of the contender's speed. */
const GOALS: Partial<Record<ContenderName, number>> = { zod: 5, ajv: 0.9 };

interface Measurement {
  contender: ContenderName;
  payload: PayloadName;
  opsPerSecond: number;
  rme: number;
  p50: number;
  p99: number;
}

function measure(contender: ContenderName, payload: PayloadName): Measurement {
  const output = execFileSync(
    process.execPath,
    ["--import", "tsx", `${here}measure.ts`, contender, payload, smoke ? "smoke" : "full"],
    { encoding: "utf8" },
  );
  return JSON.parse(output.trim().split("\n").at(-1) as string);
}

const measurements: Measurement[] = [];
console.log(
  `Validation: operations per second (${smoke ? "smoke run, figures meaningless" : "one process per contender"})\n`,
);
for (const payload of Object.keys(payloads) as PayloadName[]) {
  const byContender = new Map(CONTENDERS.map((contender) => [contender, measure(contender, payload)]));
  measurements.push(...byContender.values());
  const ours = byContender.get("cofactr") as Measurement;
  console.log(`  ${payload}`);
  for (const [contender, measurement] of byContender) {
    const ratio = ours.opsPerSecond / measurement.opsPerSecond;
    const goal = GOALS[contender];
    const verdict =
      contender === "cofactr"
        ? ""
        : `  ours ${ratio.toFixed(2)}×${goal ? ` (goal ≥ ${goal}×: ${ratio >= goal ? "met" : "not met"})` : ""}`;
    console.log(
      `    ${contender.padEnd(8)} ${Math.round(measurement.opsPerSecond).toLocaleString("en").padStart(12)} ops/s ±${measurement.rme.toFixed(1)}%${verdict}`,
    );
  }
}

const validatorBytes = await minifiedGzipSize(
  'export { createPurchaseEventBody } from "@cofactr/platform-validation";',
  here,
);
console.log(`\nSize: one validator (createPurchaseEventBody), min+gzip: ${validatorBytes.toLocaleString("en")} bytes`);

if (!smoke) {
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}, Node ${process.version}`;
  const results = { date: new Date().toISOString(), machine, validation: measurements, sizes: { validatorBytes } };
  writeFileSync(`${here}../results/latest.json`, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWrote bench/results/latest.json (${machine})`);
}
