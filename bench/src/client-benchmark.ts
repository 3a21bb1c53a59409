import type { Call, ClientContender } from "./client-contenders.js";
import { startClientWorker } from "./client-worker.js";
import { findPlacement, type Placement } from "./cpu-pinning.js";
import { formatCount, formatRatio, formatTable } from "./format-table.js";
import { SOURCE_FOLDER } from "./run-measurement.js";
import { startServerProcess } from "./server-process.js";
import { median, medianMargin, percentile, type RoundRatios, sorted, summarizeRounds } from "./statistics.js";
import { turnOrder } from "./turn-order.js";

/** One HTTP client contender on one call in one round (one process). */
export interface ClientMeasurement {
  contender: ClientContender;
  call: Call;
  /** The round (from 1) this process ran in. */
  round: number;
  /** Calls per second, one call at a time. */
  opsPerSecond: number;
  /** Median latency of a call, in milliseconds. */
  p50: number;
  /** Relative margin of `p50` at 95% confidence, in percent (within this one process). */
  p50Margin: number;
  p99: number;
  samples: number;
  /** This round's p50 over raw fetch's: the median of the ratios of blocks run back to back. */
  ratioToFetch: number;
}

/** A contender's p50 over raw fetch's on one call: one ratio per round, and their median. */
export interface ClientRatio extends RoundRatios {
  contender: ClientContender;
  call: Call;
}

/** Everything the client section measured. */
export interface ClientResults {
  rounds: number;
  /** The processors the server and the clients ran on, when they were pinned (cpu-pinning.ts). */
  placement: Placement | null;
  measurements: ClientMeasurement[];
  ratios: ClientRatio[];
}

const CONTENDERS: ClientContender[] = ["cofactr", "fetch", "fetch + signal", "openapi-fetch", "axios"];
const CALLS: Call[] = ["get BOM", "create purchase event"];

/** How much each round measures. */
interface Plan {
  rounds: number;
  /** Calls each worker makes on its own before it says it is ready: the JIT compiles the call path. */
  warmUpCalls: number;
  /** Calls in a block: what one contender makes before the next one takes its turn. */
  blockSize: number;
  /** Blocks of every contender made first and not counted: the turn-taking settles. */
  warmUpBlocks: number;
  /** Blocks counted. */
  blocks: number;
}

/**
 * A full run: 15 rounds (the median's 95% interval is x(4) to x(12): three stray rounds on either
 * side move neither; with 9, one process fast or slow all along moved the figure by 1–2%); in each,
 * per call and contender, 3,000 calls of warm-up alone, then 200 taking turns and 1,500 counted, in
 * blocks of 100 (30–40 ms).
 */
const FULL: Plan = { rounds: 15, warmUpCalls: 3000, blockSize: 100, warmUpBlocks: 2, blocks: 15 };
const SMOKE: Plan = { rounds: 1, warmUpCalls: 5, blockSize: 5, warmUpBlocks: 1, blocks: 3 };

/**
 * Client: latency and throughput of the same two calls made by our client (retries and timeouts
 * armed, never triggered), raw fetch, bare openapi-fetch and axios, against a loopback server
 * running in a process of its own. Prints the section's table.
 *
 * The machine drifts (other work, CPU frequency, caches) by 10–20% within a minute, more than the
 * differences measured, so contenders measured one after another cannot be told apart. Instead,
 * the contenders of a call run side by side, each in a process of its own, and take turns in
 * blocks of calls: a contender's ratio to raw fetch is taken between blocks run back to back, where
 * drift cancels, and its median over the blocks is the round's ratio. A process can also be slow
 * all along (where the scheduler put it, what its JIT did), so there are several rounds, each with
 * fresh processes, and the figure is the median of the rounds' ratios, with its distribution-free
 * 95% interval.
 */
export async function benchmarkClient(smoke: boolean): Promise<ClientResults> {
  const plan = smoke ? SMOKE : FULL;
  const placement = findPlacement();
  const server = await startServerProcess(
    ["--import", "tsx", `${SOURCE_FOLDER}loopback-server.ts`],
    { kind: "announces", toUrl: (line) => line },
    { processor: placement?.server },
  );
  const measurements: ClientMeasurement[] = [];
  try {
    for (let round = 0; round < plan.rounds; round++) {
      for (const call of CALLS) {
        measurements.push(...(await measureRound(plan, round, call, server.url, placement?.clients)));
      }
      if (!smoke) console.log(`  client round ${round + 1} of ${plan.rounds} done`);
    }
  } finally {
    await server.stop();
  }
  const ratios: ClientRatio[] = [];
  for (const call of CALLS) {
    for (const contender of CONTENDERS) {
      const perRound = measurements
        .filter((each) => each.call === call && each.contender === contender)
        .sort((left, right) => left.round - right.round)
        .map((each) => each.ratioToFetch);
      ratios.push({ contender, call, ...summarizeRounds(perRound) });
    }
  }
  printTable(plan.rounds, placement, measurements, ratios);
  return { rounds: plan.rounds, placement: placement ?? null, measurements, ratios };
}

/** One round of one call: every contender's worker started afresh, then blocks in turn. */
async function measureRound(
  plan: Plan,
  round: number,
  call: Call,
  baseUrl: string,
  processor: number | undefined,
): Promise<ClientMeasurement[]> {
  // Started together (nothing is timed until all are warm); one that fails stops the others.
  const started = await Promise.allSettled(
    CONTENDERS.map((contender) => startClientWorker(contender, call, baseUrl, plan.warmUpCalls, processor)),
  );
  const workers = started.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
  try {
    const failed = started.find((result) => result.status === "rejected");
    if (failed) throw failed.reason;
    const blocks = new Map<ClientContender, number[][]>(CONTENDERS.map((contender) => [contender, []]));
    for (let block = 0; block < plan.warmUpBlocks + plan.blocks; block++) {
      for (const worker of turnOrder(workers, round, block)) {
        const latencies = await worker.run(plan.blockSize);
        if (block >= plan.warmUpBlocks) blocks.get(worker.contender)?.push(latencies);
      }
    }
    const fetchMedians = (blocks.get("fetch") as number[][]).map(median);
    return CONTENDERS.map((contender) => {
      const own = blocks.get(contender) as number[][];
      const all = sorted(own.flat());
      const total = all.reduce((sum, latency) => sum + latency, 0);
      return {
        contender,
        call,
        round: round + 1,
        opsPerSecond: (1000 * all.length) / total,
        p50: percentile(all, 0.5),
        p50Margin: medianMargin(all),
        p99: percentile(all, 0.99),
        samples: all.length,
        ratioToFetch: median(own.map((latencies, index) => median(latencies) / (fetchMedians[index] as number))),
      };
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.stop()));
  }
}

function printTable(
  rounds: number,
  placement: Placement | undefined,
  measurements: ClientMeasurement[],
  ratios: ClientRatio[],
) {
  const rows = ratios.map((ratio) => {
    const own = measurements.filter((each) => each.call === ratio.call && each.contender === ratio.contender);
    const medianOf = (pick: (each: ClientMeasurement) => number) => median(own.map(pick));
    return [
      ratio.contender === CONTENDERS[0] ? ratio.call : "",
      ratio.contender,
      medianOf((each) => each.p50).toFixed(3),
      medianOf((each) => each.p99).toFixed(3),
      formatCount(medianOf((each) => each.opsPerSecond)),
      formatRatio(ratio.median),
      `${ratio.low.toFixed(2)}–${ratio.high.toFixed(2)}`,
      `${ratio.min.toFixed(2)}–${ratio.max.toFixed(2)}`,
    ];
  });
  const where = placement
    ? `server on processor ${placement.server}, clients on processor ${placement.clients}`
    : "processes not pinned (no taskset)";
  console.log(
    `\nClient: one call at a time on loopback, retries and timeouts armed but not triggered; ${rounds} round${rounds === 1 ? "" : "s"} of every contender in a process of its own, taking turns; ${where}; medians of the rounds\n`,
  );
  for (const line of formatTable([
    ["call", "contender", "p50 ms", "p99 ms", "calls/s", "p50 vs fetch", "95% interval", "rounds' range"],
    ...rows,
  ]))
    console.log(line);
}
