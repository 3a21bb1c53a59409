import type { Call, ClientContender } from "./client-contenders.js";
import { formatCount, formatMargin, formatRatio, formatTable } from "./format-table.js";
import { runMeasurement, SOURCE_FOLDER } from "./run-measurement.js";
import { startServerProcess } from "./server-process.js";
import { ratioMargin } from "./statistics.js";

/** One HTTP client contender on one call, as measure-client.ts prints it. */
export interface ClientMeasurement {
  contender: ClientContender;
  call: Call;
  /** Calls per second, one call at a time. */
  opsPerSecond: number;
  /** Relative margin of error of `opsPerSecond`, in percent. */
  rme: number;
  /** Median latency of a call, in milliseconds. */
  p50: number;
  /** Relative margin of `p50` at 95% confidence, in percent. */
  p50Margin: number;
  p99: number;
  samples: number;
}

const CONTENDERS: ClientContender[] = ["cofactr", "fetch", "openapi-fetch", "axios"];
const CALLS: Call[] = ["get BOM", "create purchase event"];

/**
 * Client: latency and throughput of the same two calls made by our client (retries and timeouts
 * armed, never triggered), raw fetch, bare openapi-fetch and axios, against a loopback server
 * running in a process of its own. Prints the section's table.
 */
export async function benchmarkClient(smoke: boolean): Promise<ClientMeasurement[]> {
  const server = await startServerProcess(["--import", "tsx", `${SOURCE_FOLDER}loopback-server.ts`], {
    kind: "announces",
    toUrl: (line) => line,
  });
  const measurements: ClientMeasurement[] = [];
  try {
    for (const call of CALLS) {
      for (const contender of CONTENDERS) {
        measurements.push(
          await runMeasurement<ClientMeasurement>("measure-client.ts", [
            contender,
            call,
            server.url,
            smoke ? "smoke" : "full",
          ]),
        );
      }
    }
  } finally {
    await server.stop();
  }
  const rows = measurements.map((measurement) => {
    const fetch = measurements.find(
      (candidate) => candidate.call === measurement.call && candidate.contender === "fetch",
    ) as ClientMeasurement;
    return [
      measurement.contender === "cofactr" ? measurement.call : "",
      measurement.contender,
      measurement.p50.toFixed(3),
      measurement.p99.toFixed(3),
      formatCount(measurement.opsPerSecond),
      formatRatio(measurement.p50 / fetch.p50),
      formatMargin(ratioMargin(measurement.p50Margin, fetch.p50Margin)),
    ];
  });
  console.log("\nClient: one call at a time on loopback, retries and timeouts armed but not triggered\n");
  for (const line of formatTable([["call", "contender", "p50 ms", "p99 ms", "calls/s", "p50 vs fetch", ""], ...rows]))
    console.log(line);
  return measurements;
}
