import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { formatCount, formatMargin, formatRatio, formatTable } from "./format-table.js";
import { type LoadRequest, type MockSeed, mockRequests } from "./mock-requests.js";
import { runMeasurement, SOURCE_FOLDER } from "./run-measurement.js";
import { findFreePort, type ServerProcess, startServerProcess } from "./server-process.js";
import { ratioMargin } from "./statistics.js";

/** The mock servers compared: ours and Prism serving the same spec. */
export type MockServerName = "cofactr" | "prism";

/** One server under load with one request, as load-generator.ts prints it. */
export interface MockServerMeasurement {
  server: MockServerName;
  request: string;
  /** Mean over the timed rounds. */
  requestsPerSecond: number;
  /** Relative margin of error of `requestsPerSecond`, in percent. */
  rme: number;
  /** Requests per second of each timed round. */
  rounds: number[];
  /** Latency percentiles under load, in milliseconds. */
  p50: number;
  /** Relative margin of `p50` at 95% confidence, in percent. */
  p50Margin: number;
  p99: number;
  requests: number;
  failures: number;
}

const require = createRequire(import.meta.url);

/** Prism's command-line entry point, from its package's `bin`. */
function prismEntry(): string {
  const manifestPath = require.resolve("@stoplight/prism-cli/package.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { bin: { prism: string } };
  return join(dirname(manifestPath), manifest.bin.prism);
}

async function startPrism(): Promise<ServerProcess> {
  const port = await findFreePort();
  const spec = require.resolve("@cofactr/platform-types/openapi.json");
  // `-v error`: Prism logs every request by default, which would slow it down for nothing here;
  // it is measured at its quietest, the way it is fastest.
  return startServerProcess(
    [prismEntry(), "mock", "-h", "127.0.0.1", "-p", String(port), "-v", "error", spec],
    { kind: "listens", url: `http://127.0.0.1:${port}` },
    { timeoutMs: 120_000 },
  );
}

function startOurs(): Promise<ServerProcess> {
  return startServerProcess(["--import", "tsx", `${SOURCE_FOLDER}mock-server-process.ts`], {
    kind: "announces",
    toUrl: (line) => (JSON.parse(line) as { url: string }).url,
  });
}

/** Puts a freshly started server under load with one request, then stops it. */
async function measure(
  server: MockServerName,
  running: ServerProcess,
  request: LoadRequest,
  smoke: boolean,
): Promise<MockServerMeasurement> {
  try {
    const measurement = await runMeasurement<Omit<MockServerMeasurement, "server">>("load-generator.ts", [
      running.url,
      JSON.stringify(request),
      smoke ? "smoke" : "full",
    ]);
    if (measurement.failures > 0)
      throw new Error(`${server} failed ${measurement.failures} of ${measurement.requests} ${request.name} requests`);
    return { server, ...measurement };
  } finally {
    await running.stop();
  }
}

/**
 * Mock server: requests per second and latency under load of our mock and of Prism serving the
 * same bundled spec, with the same requests. Each server is started afresh for each request, so
 * that what one request leaves in our mock's state never slows the next, and each server and each
 * load generator runs in a process of its own. Prints the section's table.
 */
export async function benchmarkMockServer(smoke: boolean): Promise<MockServerMeasurement[]> {
  const first = await startOurs();
  const { seed } = JSON.parse(first.announcement) as { seed: MockSeed };
  const requests = mockRequests(seed);
  const measurements: MockServerMeasurement[] = [];
  for (const [index, request] of requests.entries()) {
    measurements.push(await measure("cofactr", index === 0 ? first : await startOurs(), request, smoke));
    measurements.push(await measure("prism", await startPrism(), request, smoke));
  }
  const rows = measurements.map((measurement) => {
    const prism = measurements.find(
      (candidate) => candidate.request === measurement.request && candidate.server === "prism",
    ) as MockServerMeasurement;
    const ours = measurements.find(
      (candidate) => candidate.request === measurement.request && candidate.server === "cofactr",
    ) as MockServerMeasurement;
    return [
      measurement.server === "cofactr" ? measurement.request : "",
      measurement.server,
      formatCount(measurement.requestsPerSecond),
      formatMargin(measurement.rme),
      measurement.p50.toFixed(2),
      measurement.p99.toFixed(2),
      ...(measurement.server === "prism"
        ? [
            formatRatio(ours.requestsPerSecond / prism.requestsPerSecond),
            formatMargin(ratioMargin(ours.rme, prism.rme)),
          ]
        : ["", ""]),
    ];
  });
  console.log("\nMock server: requests per second on loopback, 10 keep-alive connections\n");
  for (const line of formatTable([["request", "server", "req/s", "", "p50 ms", "p99 ms", "ours vs it", ""], ...rows]))
    console.log(line);
  return measurements;
}
