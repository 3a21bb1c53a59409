import type { BuildResults } from "./build-benchmark.js";
import type { ClientResults } from "./client-benchmark.js";
import type { MockServerMeasurement } from "./mock-server-benchmark.js";
import type { Sizes } from "./size-benchmark.js";
import { intervalMargin, ratioMargin } from "./statistics.js";
import type { ValidationResults } from "./validation-benchmark.js";

/** One goal of the benchmarks issue, judged on one figure of this run. */
export interface GoalVerdict {
  /** What is compared: `validation, purchase event, vs zod 4`. */
  figure: string;
  /** The goal as the issue states it: `≥ 5×`. */
  goal: string;
  /** The figure: a ratio (ours over the contender's) or an absolute value, in `unit`. */
  value: number;
  unit: "×" | "bytes" | "s";
  /** Relative margin of the figure at 95% confidence, in percent, where it has one. */
  margin: number | undefined;
  met: boolean;
}

/** The figures the goals are judged on; a section skipped in this run is absent. */
export interface GoalInputs {
  validation: ValidationResults | undefined;
  client: ClientResults | undefined;
  mockServer: MockServerMeasurement[] | undefined;
  sizes: Sizes | undefined;
  build: BuildResults | undefined;
}

/** The client goal: 12 kB, in bytes (kB as 1,000 bytes). */
const CLIENT_BYTES_LIMIT = 12_000;

/**
 * Judges every goal of the benchmarks issue on this run's figures. Verdicts are printed and
 * recorded, never enforced: timings vary from machine to machine, so they never fail a build.
 */
export function judgeGoals(inputs: GoalInputs): GoalVerdict[] {
  const verdicts: GoalVerdict[] = [];
  for (const ratio of inputs.client?.ratios ?? []) {
    if (ratio.contender !== "cofactr") continue;
    // The median of the per-round ratios; its margin is the wider side of its 95% interval.
    const value = ratio.median;
    verdicts.push({
      figure: `client p50, ${ratio.call}, vs raw fetch`,
      goal: "≤ 1.05×",
      value,
      unit: "×",
      margin: intervalMargin(ratio),
      met: value <= 1.05,
    });
  }
  const validationGoals = { zod: { name: "zod 4", minimum: 5 }, ajv: { name: "ajv", minimum: 0.9 } } as const;
  for (const ratio of inputs.validation?.ratios ?? []) {
    const { name, minimum } = validationGoals[ratio.contender];
    // As for the client: the median of the per-round ratios, margin the wider side of its interval.
    const value = ratio.median;
    verdicts.push({
      figure: `validation, ${ratio.payload}, vs ${name}`,
      goal: `≥ ${minimum}×`,
      value,
      unit: "×",
      margin: intervalMargin(ratio),
      met: value >= minimum,
    });
  }
  const mockServer = inputs.mockServer ?? [];
  for (const request of new Set(mockServer.map((measurement) => measurement.request))) {
    const ours = mockServer.find((each) => each.request === request && each.server === "cofactr");
    const prism = mockServer.find((each) => each.request === request && each.server === "prism");
    if (!ours || !prism) continue;
    const value = ours.requestsPerSecond / prism.requestsPerSecond;
    verdicts.push({
      figure: `mock server req/s, ${request}, vs Prism`,
      goal: "≥ 2×",
      value,
      unit: "×",
      margin: ratioMargin(ours.rme, prism.rme),
      met: value >= 2,
    });
  }
  if (inputs.sizes) {
    verdicts.push({
      figure: "client entry, min+gzip",
      goal: "< 12 kB",
      value: inputs.sizes.clientBytes,
      unit: "bytes",
      margin: undefined,
      met: inputs.sizes.clientBytes < CLIENT_BYTES_LIMIT,
    });
    verdicts.push({
      figure: "types package, run-time code",
      goal: "0 bytes",
      value: inputs.sizes.typesRuntimeBytes,
      unit: "bytes",
      margin: undefined,
      met: inputs.sizes.typesRuntimeBytes === 0,
    });
  }
  const cached = inputs.build?.builds.find((build) => build.kind === "cached");
  if (cached) {
    verdicts.push({
      figure: "fully cached build (median)",
      goal: "< 2 s",
      value: cached.seconds.median,
      unit: "s",
      margin: undefined,
      met: cached.seconds.median < 2,
    });
  }
  return verdicts;
}
