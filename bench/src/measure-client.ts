/**
 * Measures one HTTP client contender on one call against the loopback server (URL in argv), in
 * this process, and prints the figures as one JSON line. Run by client-benchmark.ts.
 */
import { Bench } from "tinybench";
import { type Call, type ClientContender, createClientContender } from "./client-contenders.js";
import { medianMargin } from "./statistics.js";

const [contender, call, baseUrl, mode] = process.argv.slice(2) as [ClientContender, Call, string, string];
const run = createClientContender(contender, call, baseUrl);
await run();
const smoke = mode === "smoke";
// Samples are kept for the margin of the median latency, which tinybench does not compute.
const bench = new Bench({
  time: smoke ? 50 : 3000,
  warmupTime: smoke ? 10 : 500,
  iterations: smoke ? 5 : 200,
  retainSamples: true,
});
bench.add(contender, run);
await bench.run();
const result = bench.tasks[0]?.result;
if (result?.state !== "completed") throw new Error(`${contender} on ${call}: ${result?.state}`);
console.log(
  JSON.stringify({
    contender,
    call,
    opsPerSecond: result.throughput.mean,
    rme: result.throughput.rme,
    p50: result.latency.p50,
    p50Margin: medianMargin(result.latency.samples ?? []),
    p99: result.latency.p99,
    samples: result.latency.samplesCount,
  }),
);
