/**
 * Measures one contender on one payload in this process (so contenders never share JIT state)
 * and prints the figures as one JSON line. Run by validation-benchmark.ts.
 */
import { Bench } from "tinybench";
import { type PayloadName, payloads } from "./payloads.js";
import { type ContenderName, createContender } from "./validation-contenders.js";

const [contender, payloadName, mode] = process.argv.slice(2) as [ContenderName, PayloadName, string];
const payload = payloads[payloadName];
const check = createContender(contender, payload.body);
if (check(payload.value) !== payload.valid) {
  throw new Error(
    `${contender} judged the ${payloadName} ${payload.valid ? "invalid" : "valid"}: the contenders disagree`,
  );
}
const smoke = mode === "smoke";

// A validation takes well under a microsecond, about what reading the clock costs, so timing each
// call would count the clock as part of every validator (and shrink the ratios between them). Each
// sample therefore times a batch of calls, sized to take about 20 µs, and figures are per call.
// The size comes from the speed of warm code: calls for 200 ms (50 in smoke runs), then timed.
function callsPerMillisecond(milliseconds: number): number {
  const started = performance.now();
  let calls = 0;
  while (performance.now() - started < milliseconds) {
    for (let index = 0; index < 100; index++) check(payload.value);
    calls += 100;
  }
  return calls / (performance.now() - started);
}
callsPerMillisecond(smoke ? 25 : 100);
const batch = Math.max(1, Math.ceil(0.02 * callsPerMillisecond(smoke ? 25 : 100)));

// Half a second per measurement: validation-benchmark.ts repeats it in rounds.
const bench = new Bench({ time: smoke ? 20 : 500, warmupTime: smoke ? 5 : 300, iterations: smoke ? 5 : 50 });
bench.add(contender, () => {
  for (let index = 0; index < batch; index++) check(payload.value);
});
await bench.run();
const result = bench.tasks[0]?.result;
if (result?.state !== "completed") throw new Error(`${contender} on ${payloadName}: ${result?.state}`);
console.log(
  JSON.stringify({
    contender,
    payload: payloadName,
    opsPerSecond: result.throughput.mean * batch,
    p50: result.latency.p50 / batch,
    p99: result.latency.p99 / batch,
    batch,
  }),
);
