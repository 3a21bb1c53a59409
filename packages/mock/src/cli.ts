/**
 * `cofactr-mock [--port 4010] [--host 127.0.0.1] [--seed demo|empty] [--faults faults.json]`: runs
 * the mock server until interrupted, printing its URL and the seeded API key. `--faults` names a
 * JSON file holding a list of fault rules (see `FaultRule`).
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import type { FaultRule } from "./fault-injector.js";
import { MOCK_API_KEY, SEED_NAMES, type SeedName } from "./seed.js";
import { startMockServer } from "./start-mock-server.js";

function fail(message: string): never {
  console.error(`cofactr-mock: ${message}`);
  process.exit(2);
}

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        port: { type: "string", default: "4010" },
        host: { type: "string", default: "127.0.0.1" },
        seed: { type: "string", default: "demo" },
        faults: { type: "string" },
      },
    });
  } catch (error) {
    return fail((error as Error).message);
  }
})();

const port = Number(values.port);
if (!/^\d+$/.test(values.port) || port > 65535)
  fail(`--port: expected a port number from 0 to 65535, got "${values.port}"`);
const seed = values.seed as SeedName;
if (!SEED_NAMES.includes(seed)) fail(`--seed: expected one of ${SEED_NAMES.join(", ")}, got "${values.seed}"`);

function readFaults(path: string | undefined): FaultRule[] {
  if (path === undefined) return [];
  try {
    const rules: unknown = JSON.parse(readFileSync(path, "utf8"));
    if (!Array.isArray(rules)) fail(`--faults: expected a JSON list of fault rules in ${path}`);
    return rules as FaultRule[];
  } catch (error) {
    return fail(`--faults: ${(error as Error).message}`);
  }
}

const faults = readFaults(values.faults);
const server = await startMockServer({ port, host: values.host, seed, faults }).catch((error: Error) =>
  fail(error.message),
);
console.log(
  `Cofactr mock server listening on ${server.url} (seed: ${seed}${faults.length ? `, ${faults.length} fault rule(s)` : ""})`,
);
console.log(`API key: ${MOCK_API_KEY} (send "Authorization: Api-Key ${MOCK_API_KEY}")`);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}
