import type { Call, ClientContender } from "./client-contenders.js";
import { formatCount, formatRatio, formatTable } from "./format-table.js";
import { runMeasurement, SOURCE_FOLDER } from "./run-measurement.js";
import { startServerProcess } from "./server-process.js";
import { type MedianInterval, medianInterval } from "./statistics.js";

/** One HTTP client contender on one call in one round, as measure-client.ts prints it. */
export interface ClientMeasurement {
  contender: ClientContender;
  call: Call;
  /** The round (from 1) this process ran in. */
  round: number;
  /** Calls per second, one call at a time. */
  opsPerSecond: number;
  /** Relative margin of error of `opsPerSecond`, in percent. */
  rme: number;
  /** Median latency of a call, in milliseconds. */
  p50: number;
  /** Relative margin of `p50` at 95% confidence, in percent (within this one process). */
  p50Margin: number;
  p99: number;
  samples: number;
}

/** A contender's p50 over raw fetch's on one call: one ratio per round, and their median. */
export interface ClientRatio extends MedianInterval {
  contender: ClientContender;
  call: Call;
  /** The ratio of each round, in round order. */
  rounds: number[];
  /** Smallest and largest ratio of a round. */
  min: number;
  max: number;
}

/** Everything the client section measured. */
export interface ClientResults {
  rounds: number;
  measurements: ClientMeasurement[];
  ratios: ClientRatio[];
}

const CONTENDERS: ClientContender[] = ["cofactr", "fetch", "openapi-fetch", "axios"];
const CALLS: Call[] = ["get BOM", "create purchase event"];
/**
 * Rounds of a full run. Each round runs every contender on every call (one process each, about
 * two seconds), so nine rounds take about two and a half minutes; nine is also the fewest rounds
 * whose median has a 95% interval that leaves out the best and the worst round (x(2) to x(8)).
 */
const FULL_ROUNDS = 9;

/**
 * The order of the contenders in round `round` (from 1): rotated by one each round, so that every
 * contender runs first, second, … equally often, and none always runs right after another.
 */
export function contenderOrder<Item>(items: readonly Item[], round: number): Item[] {
  const shift = (round - 1) % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}

/**
 * Client: latency and throughput of the same two calls made by our client (retries and timeouts
 * armed, never triggered), raw fetch, bare openapi-fetch and axios, against a loopback server
 * running in a process of its own. Prints the section's table.
 *
 * The machine drifts (other work, frequency, caches) by 10–20% between processes a minute apart,
 * more than the differences measured, so one process per contender run one after another cannot
 * tell clients apart. Instead the run has several rounds; each round runs every contender on every
 * call, each in a process of its own, seconds apart, in a rotated order. A contender's ratio to
 * raw fetch is taken within each round, where drift mostly cancels, and the median of the rounds'
 * ratios is reported with its distribution-free 95% interval.
 */
export async function benchmarkClient(smoke: boolean): Promise<ClientResults> {
  const rounds = smoke ? 1 : FULL_ROUNDS;
  const server = await startServerProcess(["--import", "tsx", `${SOURCE_FOLDER}loopback-server.ts`], {
    kind: "announces",
    toUrl: (line) => line,
  });
  const measurements: ClientMeasurement[] = [];
  try {
    // The server's own JIT warms up here, not during the first round's processes.
    if (!smoke) await runMeasurement("measure-client.ts", ["fetch", "get BOM", server.url, "warm-up"]);
    for (let round = 1; round <= rounds; round++) {
      for (const call of CALLS) {
        for (const contender of contenderOrder(CONTENDERS, round)) {
          const measurement = await runMeasurement<Omit<ClientMeasurement, "round">>("measure-client.ts", [
            contender,
            call,
            server.url,
            smoke ? "smoke" : "full",
          ]);
          measurements.push({ ...measurement, round });
        }
      }
      if (!smoke) console.log(`  client round ${round} of ${rounds} done`);
    }
  } finally {
    await server.stop();
  }
  const ratios: ClientRatio[] = [];
  for (const call of CALLS) {
    for (const contender of CONTENDERS) {
      const perRound = Array.from({ length: rounds }, (_, index) => {
        const of = (name: ClientContender) =>
          measurements.find((each) => each.round === index + 1 && each.call === call && each.contender === name);
        return (of(contender)?.p50 as number) / (of("fetch")?.p50 as number);
      });
      ratios.push({
        contender,
        call,
        rounds: perRound,
        min: Math.min(...perRound),
        max: Math.max(...perRound),
        ...medianInterval(perRound),
      });
    }
  }
  printTable(rounds, measurements, ratios);
  return { rounds, measurements, ratios };
}

function printTable(rounds: number, measurements: ClientMeasurement[], ratios: ClientRatio[]) {
  const rows = ratios.map((ratio) => {
    const own = measurements.filter((each) => each.call === ratio.call && each.contender === ratio.contender);
    const median = (pick: (each: ClientMeasurement) => number) => medianInterval(own.map(pick)).median;
    return [
      ratio.contender === CONTENDERS[0] ? ratio.call : "",
      ratio.contender,
      median((each) => each.p50).toFixed(3),
      median((each) => each.p99).toFixed(3),
      formatCount(median((each) => each.opsPerSecond)),
      formatRatio(ratio.median),
      `${ratio.low.toFixed(2)}–${ratio.high.toFixed(2)}`,
      `${ratio.min.toFixed(2)}–${ratio.max.toFixed(2)}`,
    ];
  });
  console.log(
    `\nClient: one call at a time on loopback, retries and timeouts armed but not triggered; ${rounds} round${rounds === 1 ? "" : "s"}, every contender in a process of its own in each; figures are medians of the rounds\n`,
  );
  for (const line of formatTable([
    ["call", "contender", "p50 ms", "p99 ms", "calls/s", "p50 vs fetch", "95% interval", "rounds' range"],
    ...rows,
  ]))
    console.log(line);
}
