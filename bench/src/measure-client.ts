/**
 * Measures one HTTP client contender on one call against the loopback server (URL in argv), in
 * this process, and prints the figures as one JSON line. Run by client-benchmark.ts, once per
 * contender, call and round; mode `warm-up` only exercises the server before the first round.
 */
import { Bench } from "tinybench";
import { type Call, type ClientContender, createClientContender } from "./client-contenders.js";
import { medianMargin } from "./statistics.js";

const [contender, call, baseUrl, mode] = process.argv.slice(2) as [ClientContender, Call, string, string];
const run = createClientContender(contender, call, baseUrl);
await run();
// A full measurement is short (a second, a few thousand calls): the run repeats it in several
// rounds instead, which is what makes the ratios trustworthy (see client-benchmark.ts).
const timing = {
  smoke: { time: 50, warmupTime: 10, iterations: 5 },
  "warm-up": { time: 1000, warmupTime: 0, iterations: 1 },
  full: { time: 1000, warmupTime: 250, iterations: 200 },
}[mode as "smoke" | "warm-up" | "full"];
if (!timing) throw new Error(`mode: expected smoke, warm-up or full, got ${mode}`);
// Samples are kept for the margin of the median latency, which tinybench does not compute.
const bench = new Bench({ ...timing, retainSamples: true });
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
