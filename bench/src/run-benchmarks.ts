/**
 * `pnpm bench`: runs every benchmark, each contender in its own Node process, prints a table of
 * ratios against our packages, and writes the figures to bench/results/latest.json so they can be
 * compared between commits. `--smoke` runs a few iterations of each only to prove the benchmarks
 * still work (part of `pnpm test`); it judges no timing and writes no results file.
 */
import { execFileSync, spawn } from "node:child_process";
import { readdirSync, statSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { fileURLToPath } from "node:url";
import { minifiedGzipSize } from "./bundle-size.js";
import type { Call, ClientContender } from "./client-contenders.js";
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

// Client: latency and throughput against a loopback server running in its own process.
const CLIENTS: ClientContender[] = ["cofactr", "fetch", "openapi-fetch", "axios"];
const CALLS: Call[] = ["get BOM", "create purchase event"];
const serverProcess = spawn(process.execPath, ["--import", "tsx", `${here}loopback-server.ts`], {
  stdio: ["ignore", "pipe", "inherit"],
});
const baseUrl = await new Promise<string>((resolve, reject) => {
  serverProcess.stdout.once("data", (chunk: Buffer) => resolve(chunk.toString().trim()));
  serverProcess.once("exit", (code) => reject(new Error(`loopback server exited (${code})`)));
});
interface ClientMeasurement {
  contender: ClientContender;
  call: Call;
  opsPerSecond: number;
  rme: number;
  p50: number;
  p99: number;
}
const clientMeasurements: ClientMeasurement[] = [];
try {
  console.log("\nClient: latency on loopback, retries and timeouts armed (goal: p50 within 1.05× raw fetch)\n");
  for (const call of CALLS) {
    const byContender = new Map(
      CLIENTS.map((contender) => {
        const output = execFileSync(
          process.execPath,
          ["--import", "tsx", `${here}measure-client.ts`, contender, call, baseUrl, smoke ? "smoke" : "full"],
          { encoding: "utf8" },
        );
        return [contender, JSON.parse(output.trim().split("\n").at(-1) as string) as ClientMeasurement] as const;
      }),
    );
    clientMeasurements.push(...byContender.values());
    const fetchP50 = (byContender.get("fetch") as ClientMeasurement).p50;
    console.log(`  ${call}`);
    for (const [contender, measurement] of byContender) {
      const ratio = measurement.p50 / fetchP50;
      console.log(
        `    ${contender.padEnd(14)} p50 ${measurement.p50.toFixed(3)} ms  p99 ${measurement.p99.toFixed(3)} ms  ${Math.round(measurement.opsPerSecond).toLocaleString("en").padStart(7)} req/s  p50 ${ratio.toFixed(2)}× fetch`,
      );
    }
  }
} finally {
  serverProcess.kill();
}

// Sizes: what an import costs a browser bundle (this also proves the entries bundle for the browser,
// with no Node built-ins), what the types package ships as run-time code, and the tarballs.
const sizes = {
  clientBytes: await minifiedGzipSize('export { createCofactrClient } from "@cofactr/platform-client";', here),
  webhooksBytes: await minifiedGzipSize('export { parseWebhookEvent } from "@cofactr/platform-client/webhooks";', here),
  validatorBytes: await minifiedGzipSize(
    'export { createPurchaseEventBody } from "@cofactr/platform-validation";',
    here,
  ),
  typesRuntimeBytes: readdirSync(`${here}../../packages/types/dist`, { recursive: true })
    .map(String)
    .filter((file) => /\.(c|m)?js$/.test(file))
    .reduce((total, file) => total + statSync(`${here}../../packages/types/dist/${file}`).size, 0),
};
console.log("\nSizes (min+gzip, bundled for the browser by esbuild)");
console.log(
  `  client entry (createCofactrClient, openapi-fetch included): ${sizes.clientBytes.toLocaleString("en")} bytes (goal < 12,288)`,
);
console.log(
  `  webhooks entry (parseWebhookEvent with its validators): ${sizes.webhooksBytes.toLocaleString("en")} bytes`,
);
console.log(`  one validator (createPurchaseEventBody): ${sizes.validatorBytes.toLocaleString("en")} bytes`);
console.log(`  types package, run-time code: ${sizes.typesRuntimeBytes} bytes`);

if (!smoke) {
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}, Node ${process.version}`;
  const results = {
    date: new Date().toISOString(),
    machine,
    validation: measurements,
    client: clientMeasurements,
    sizes,
  };
  writeFileSync(`${here}../results/latest.json`, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWrote bench/results/latest.json (${machine})`);
}
