import { formatCount, formatMargin, formatRatio, formatTable } from "./format-table.js";
import { type PayloadName, payloads } from "./payloads.js";
import { runMeasurement } from "./run-measurement.js";
import { ratioMargin } from "./statistics.js";
import type { ContenderName } from "./validation-contenders.js";

/** One validation contender on one payload, as measure-validation.ts prints it. */
export interface ValidationMeasurement {
  contender: ContenderName;
  payload: PayloadName;
  opsPerSecond: number;
  /** Relative margin of error of `opsPerSecond`, in percent. */
  rme: number;
  /** Latency percentiles of one check (a sample's batch time over its size), in milliseconds. */
  p50: number;
  p99: number;
  /** Calls timed together in each sample (see measure-validation.ts). */
  batch: number;
}

const CONTENDERS: ContenderName[] = ["cofactr", "ajv", "zod"];

/**
 * Validation: operations per second of our validators, in-process ajv and zod 4 on the same
 * schemas and payloads, each contender in a process of its own. Prints the section's table.
 */
export async function benchmarkValidation(smoke: boolean): Promise<ValidationMeasurement[]> {
  const measurements: ValidationMeasurement[] = [];
  for (const payload of Object.keys(payloads) as PayloadName[]) {
    for (const contender of CONTENDERS) {
      measurements.push(
        await runMeasurement<ValidationMeasurement>("measure-validation.ts", [
          contender,
          payload,
          smoke ? "smoke" : "full",
        ]),
      );
    }
  }
  const rows = measurements.map((measurement) => {
    const ours = measurements.find(
      (candidate) => candidate.payload === measurement.payload && candidate.contender === "cofactr",
    ) as ValidationMeasurement;
    const versus =
      measurement.contender === "cofactr"
        ? ["", ""]
        : [
            formatRatio(ours.opsPerSecond / measurement.opsPerSecond),
            formatMargin(ratioMargin(ours.rme, measurement.rme)),
          ];
    return [
      measurement.contender === "cofactr" ? measurement.payload : "",
      measurement.contender,
      formatCount(measurement.opsPerSecond),
      formatMargin(measurement.rme),
      ...versus,
    ];
  });
  console.log("\nValidation: checks per second, one process per contender\n");
  for (const line of formatTable([["payload", "contender", "ops/s", "", "ours vs it", ""], ...rows])) console.log(line);
  return measurements;
}
