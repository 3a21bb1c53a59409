import { formatCount, formatMargin, formatRatio, formatTable } from "./format-table.js";
import { type PayloadName, payloads } from "./payloads.js";
import { runMeasurement } from "./run-measurement.js";
import { intervalMargin, median, type RoundRatios, summarizeRounds } from "./statistics.js";
import { turnOrder } from "./turn-order.js";
import type { ContenderName } from "./validation-contenders.js";

/** One validation contender on one payload in one round, as measure-validation.ts prints it. */
export interface ValidationMeasurement {
  contender: ContenderName;
  payload: PayloadName;
  /** The round it was measured in, from 1 (added here). */
  round: number;
  opsPerSecond: number;
  /** Latency percentiles of one check (a sample's batch time over its size), in milliseconds. */
  p50: number;
  p99: number;
  /** Calls timed together in each sample (see measure-validation.ts). */
  batch: number;
}

/** Our speed over another contender's on one payload: the median of the rounds' ratios. */
export interface ValidationRatio extends RoundRatios {
  payload: PayloadName;
  contender: Exclude<ContenderName, "cofactr">;
}

/** Everything the validation section measured. */
export interface ValidationResults {
  rounds: number;
  measurements: ValidationMeasurement[];
  ratios: ValidationRatio[];
}

const CONTENDERS: ContenderName[] = ["cofactr", "ajv", "zod"];
/** Rounds in a full run: the median's 95% interval is then the second-lowest to second-highest. */
const ROUNDS = 9;

/**
 * Validation: operations per second of our validators, in-process ajv and zod 4 on the same
 * schemas and payloads, each measurement in a process of its own. Prints the section's table.
 *
 * Measured once each, one after another, the ratios moved by a third between runs minutes apart
 * (ours over zod 4 on the purchase event: 5.5×, 4.2×, 5.9×) while each run's own margin said
 * ±0.3%: the machine's speed drifts, and a process can be fast or slow all along. So a full run
 * has 9 rounds; in each, every contender is measured on a payload right after the others (order
 * rotated from round to round), the round's ratio is taken between those, and the figure is the
 * median of the rounds' ratios, with its distribution-free 95% interval.
 */
export async function benchmarkValidation(smoke: boolean): Promise<ValidationResults> {
  const rounds = smoke ? 1 : ROUNDS;
  const measurements: ValidationMeasurement[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const payload of Object.keys(payloads) as PayloadName[]) {
      for (const contender of turnOrder(CONTENDERS, round, round)) {
        const measured = await runMeasurement<Omit<ValidationMeasurement, "round">>("measure-validation.ts", [
          contender,
          payload,
          smoke ? "smoke" : "full",
        ]);
        measurements.push({ ...measured, round: round + 1 });
      }
    }
    if (!smoke) console.log(`  validation round ${round + 1} of ${rounds} done`);
  }
  const ratios: ValidationRatio[] = [];
  for (const payload of Object.keys(payloads) as PayloadName[]) {
    const ours = speeds(measurements, payload, "cofactr");
    for (const contender of ["ajv", "zod"] as const) {
      const perRound = speeds(measurements, payload, contender).map(
        (theirs, index) => (ours[index] as number) / theirs,
      );
      ratios.push({ payload, contender, ...summarizeRounds(perRound) });
    }
  }
  printTable(rounds, measurements, ratios);
  return { rounds, measurements, ratios };
}

/** A contender's checks per second on a payload, one per round, in round order. */
function speeds(measurements: ValidationMeasurement[], payload: PayloadName, contender: ContenderName): number[] {
  return measurements
    .filter((each) => each.payload === payload && each.contender === contender)
    .sort((left, right) => left.round - right.round)
    .map((each) => each.opsPerSecond);
}

function printTable(rounds: number, measurements: ValidationMeasurement[], ratios: ValidationRatio[]) {
  const rows: string[][] = [];
  for (const payload of Object.keys(payloads) as PayloadName[]) {
    for (const contender of CONTENDERS) {
      const ratio = ratios.find((each) => each.payload === payload && each.contender === contender);
      rows.push([
        contender === "cofactr" ? payload : "",
        contender,
        formatCount(median(speeds(measurements, payload, contender))),
        ratio ? formatRatio(ratio.median) : "",
        ratio ? formatMargin(intervalMargin(ratio)) : "",
        ratio ? `${ratio.min.toFixed(2)}–${ratio.max.toFixed(2)}` : "",
      ]);
    }
  }
  console.log(
    `\nValidation: checks per second, each measurement in a process of its own; ${rounds} round${rounds === 1 ? "" : "s"}, medians of the rounds\n`,
  );
  for (const line of formatTable([["payload", "contender", "ops/s", "ours vs it", "", "rounds' range"], ...rows])) {
    console.log(line);
  }
}
