/**
 * `pnpm bench`: measures the SDK against what a user would pick instead, every contender in a
 * process of its own, prints each section's figures and a table of ratios against the goals of
 * the benchmarks issue, and writes everything to bench/results/latest.json so that runs can be
 * compared between commits.
 *
 * `--smoke` (part of `pnpm test`) runs every section with a few iterations only, to prove the
 * benchmarks still work; its figures mean nothing, no goal is enforced in either mode, the build
 * timings are skipped, and no results file is written.
 */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { benchmarkBuild } from "./build-benchmark.js";
import { benchmarkClient } from "./client-benchmark.js";
import { describeMachine } from "./describe-machine.js";
import { formatCount, formatMargin, formatTable } from "./format-table.js";
import { type GoalVerdict, judgeGoals } from "./goals.js";
import { benchmarkMockServer } from "./mock-server-benchmark.js";
import { SOURCE_FOLDER } from "./run-measurement.js";
import { measureSizes } from "./size-benchmark.js";
import { benchmarkTypeCheck } from "./type-check-benchmark.js";
import { benchmarkValidation } from "./validation-benchmark.js";

const smoke = process.argv.includes("--smoke");
const machine = describeMachine();
console.log(
  `Benchmarks on ${machine.processors} × ${machine.cpuModel}, Node ${machine.node}${smoke ? " (smoke run: figures meaningless)" : ""}`,
);

const validation = await benchmarkValidation(smoke);
const client = await benchmarkClient(smoke);
const mockServer = await benchmarkMockServer(smoke);
const sizes = await measureSizes();
const typeCheck = await benchmarkTypeCheck(smoke);
const build = await benchmarkBuild(smoke);
const goals = judgeGoals({ validation, client, mockServer, sizes, build });

function formatValue(verdict: GoalVerdict): string {
  if (verdict.unit === "×") return `${verdict.value.toFixed(2)}×`;
  if (verdict.unit === "s") return `${verdict.value.toFixed(2)} s`;
  return `${formatCount(verdict.value)} bytes`;
}

console.log(
  `\nGoals (ours over the contender; spread: 95% margin of the ratio)${smoke ? ": smoke run, verdicts meaningless" : ""}\n`,
);
for (const line of formatTable([
  ["figure", "goal", "this run", "spread", "verdict"],
  ...goals.map((verdict) => [
    verdict.figure,
    verdict.goal,
    formatValue(verdict),
    verdict.margin === undefined ? "" : formatMargin(verdict.margin),
    verdict.met ? "met" : "not met",
  ]),
]))
  console.log(line);

if (!smoke) {
  const commit = execFileSync("git", ["rev-parse", "HEAD"], { cwd: SOURCE_FOLDER, encoding: "utf8" }).trim();
  const results = {
    date: new Date().toISOString(),
    commit,
    machine,
    validation,
    client,
    mockServer,
    sizes,
    typeCheck,
    build,
    goals,
  };
  writeFileSync(`${SOURCE_FOLDER}../results/latest.json`, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWrote bench/results/latest.json (commit ${commit.slice(0, 12)})`);
}
