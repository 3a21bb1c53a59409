/**
 * `pnpm bench`: measures the SDK against what a user would pick instead, every contender in a
 * process of its own, prints each section's figures and a table of ratios against the goals of
 * the benchmarks issue, and writes everything to bench/results/latest.json so that runs can be
 * compared between commits.
 *
 * `--smoke` (part of `pnpm test`) runs every section with a few iterations only, to prove the
 * benchmarks still work; its figures mean nothing, no goal is enforced in either mode, the build
 * timings are skipped, and no results file is written.
 *
 * `--only client` (or a comma-separated list of sections) runs those sections only, judges only
 * their goals, and writes bench/results/latest-<sections>.json instead of latest.json, so that a
 * quick run never replaces the figures of a full one.
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

const SECTIONS = ["validation", "client", "mock-server", "sizes", "type-check", "build"] as const;
type Section = (typeof SECTIONS)[number];

/** The sections `--only a,b` (or `--only=a,b`) names, or every section. */
function chosenSections(args: readonly string[]): Section[] {
  const index = args.findIndex((arg) => arg === "--only" || arg.startsWith("--only="));
  if (index < 0) return [...SECTIONS];
  const arg = args[index] as string;
  const list = arg === "--only" ? (args[index + 1] ?? "") : arg.slice("--only=".length);
  const names = list.split(",").filter((name) => name !== "");
  const unknown = names.filter((name) => !(SECTIONS as readonly string[]).includes(name));
  if (names.length === 0 || unknown.length > 0) {
    console.error(`--only: expected sections among ${SECTIONS.join(", ")}, got ${JSON.stringify(list)}`);
    process.exit(2);
  }
  return SECTIONS.filter((section) => names.includes(section));
}

const smoke = process.argv.includes("--smoke");
const sections = chosenSections(process.argv.slice(2));
const everything = sections.length === SECTIONS.length;
const runs = (section: Section) => sections.includes(section);
const machine = describeMachine();
console.log(
  `Benchmarks on ${machine.processors} × ${machine.cpuModel}, Node ${machine.node}${smoke ? " (smoke run: figures meaningless)" : ""}${everything ? "" : `; only ${sections.join(", ")}`}`,
);

const validation = runs("validation") ? await benchmarkValidation(smoke) : undefined;
const client = runs("client") ? await benchmarkClient(smoke) : undefined;
const mockServer = runs("mock-server") ? await benchmarkMockServer(smoke) : undefined;
const sizes = runs("sizes") ? await measureSizes() : undefined;
const typeCheck = runs("type-check") ? await benchmarkTypeCheck(smoke) : undefined;
const build = runs("build") ? await benchmarkBuild(smoke) : undefined;
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
  const file = everything ? "latest.json" : `latest-${sections.join("-")}.json`;
  writeFileSync(`${SOURCE_FOLDER}../results/${file}`, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWrote bench/results/${file} (commit ${commit.slice(0, 12)})`);
}
