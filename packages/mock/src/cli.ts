/**
 * `cofactr-mock [--port 4010] [--host 127.0.0.1] [--seed demo|empty]`: runs the mock server until
 * interrupted, printing its URL and the seeded API key.
 */
import { parseArgs } from "node:util";
import { MOCK_API_KEY } from "./seed.js";
import { startMockServer } from "./start-mock-server.js";

const SEEDS = ["demo", "empty"] as const;

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
      },
    });
  } catch (error) {
    return fail((error as Error).message);
  }
})();

const port = Number(values.port);
if (!/^\d+$/.test(values.port) || port > 65535)
  fail(`--port: expected a port number from 0 to 65535, got "${values.port}"`);
const seed = values.seed as (typeof SEEDS)[number];
if (!SEEDS.includes(seed)) fail(`--seed: expected one of ${SEEDS.join(", ")}, got "${values.seed}"`);

const server = await startMockServer({ port, host: values.host, seed }).catch((error: Error) => fail(error.message));
console.log(`Cofactr mock server listening on ${server.url}`);
console.log(`API key: ${MOCK_API_KEY} (send "Authorization: Api-Key ${MOCK_API_KEY}")`);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}
