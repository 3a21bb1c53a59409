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
const bench = new Bench({ time: smoke ? 20 : 1500, warmupTime: smoke ? 5 : 300, iterations: smoke ? 5 : 50 });
bench.add(contender, () => {
  check(payload.value);
});
await bench.run();
const result = bench.tasks[0]?.result;
if (result?.state !== "completed") throw new Error(`${contender} on ${payloadName}: ${result?.state}`);
console.log(
  JSON.stringify({
    contender,
    payload: payloadName,
    opsPerSecond: result.throughput.mean,
    rme: result.throughput.rme,
    p50: result.latency.p50,
    p99: result.latency.p99,
  }),
);
