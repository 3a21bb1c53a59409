/**
 * One HTTP client contender making one call against the loopback server (URL and warm-up calls
 * in argv), as a worker of client-benchmark.ts: once warm it prints `ready`, then answers each `run <count>` line
 * on its standard input by making <count> calls, one at a time, and printing their latencies in
 * milliseconds as one JSON line; it exits at `exit` or when its input ends. The workers of every
 * contender are alive at once and take turns, each in a process of its own (so that none warms the
 * JIT or fills the heap for another), so that whatever the machine does meanwhile hits them alike.
 */
import { createInterface } from "node:readline";
import { type Call, type ClientContender, createClientContender } from "./client-contenders.js";

const [contender, call, baseUrl, warmUpCalls] = process.argv.slice(2) as [ClientContender, Call, string, string];
const run = createClientContender(contender, call, baseUrl);
// One call first: a contender that cannot make the call fails here, before anything is timed.
await run();
// Then enough calls for the JIT to have compiled the call path. Measured per 1,000 calls on
// loopback, every contender's first thousand ran 30–50% slower than its fifth and the second
// 10–20% slower, so timing from the 800th call charged each contender for how long its code takes
// to compile, which is not what a long-running service pays, and more so the more code it runs.
for (let index = 1; index < Number(warmUpCalls); index++) await run();
console.log("ready");
for await (const line of createInterface({ input: process.stdin })) {
  const [command, count] = line.split(" ");
  if (command === "exit") break;
  if (command !== "run" || !Number.isInteger(Number(count))) throw new Error(`unknown command ${JSON.stringify(line)}`);
  const latencies: number[] = new Array(Number(count));
  for (let index = 0; index < latencies.length; index++) {
    const started = performance.now();
    await run();
    latencies[index] = performance.now() - started;
  }
  console.log(JSON.stringify(latencies));
}
// Keep-alive connections would keep the process alive.
process.exit(0);
