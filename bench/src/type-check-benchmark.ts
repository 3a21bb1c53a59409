import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { renderConsumerFiles, type Spec } from "./consumer-files.js";
import { formatCount, formatMargin, formatRatio, formatTable } from "./format-table.js";
import { SOURCE_FOLDER } from "./run-measurement.js";
import { runToCompletion } from "./run-to-completion.js";
import { ratioMargin, type Summary, summarize } from "./statistics.js";

/** The consumer files compared: written against our facade, and against bare openapi-fetch. */
export type ConsumerName = "cofactr" | "openapi-fetch";

/** Type-checking one consumer file, over several runs of `tsc`. */
export interface TypeCheckMeasurement {
  consumer: ConsumerName;
  /** Type instantiations (the same on every run). */
  instantiations: number;
  types: number;
  /** tsc's own "Total time", in seconds, over the runs. */
  totalSeconds: Summary;
  /** tsc's "Check time", in seconds, over the runs. */
  checkSeconds: Summary;
  memoryKilobytes: number;
}

/** The type-check benchmark's figures. */
export interface TypeCheckResults {
  /** Operations each consumer file calls. */
  operations: number;
  consumers: TypeCheckMeasurement[];
}

const require = createRequire(import.meta.url);

/** Compiler options of a user's project: strict, Node's module resolution, no emit. */
const COMPILER_OPTIONS = {
  target: "ES2022",
  lib: ["ES2023", "DOM", "DOM.Iterable"],
  module: "NodeNext",
  moduleResolution: "NodeNext",
  strict: true,
  skipLibCheck: true,
  noEmit: true,
  types: [],
};

interface Diagnostics {
  instantiations: number;
  types: number;
  totalSeconds: number;
  checkSeconds: number;
  memoryKilobytes: number;
}

/** Runs `tsc --extendedDiagnostics` on one project in a process of its own and reads its figures. */
async function typeCheck(folder: string, project: string): Promise<Diagnostics> {
  // A consumer file that does not compile is a broken benchmark, not a figure: runToCompletion fails.
  const { output } = await runToCompletion(
    process.execPath,
    [require.resolve("typescript/bin/tsc"), "-p", project, "--extendedDiagnostics"],
    { cwd: folder },
    `tsc -p ${project}`,
  );
  const figure = (label: string): number => {
    const match = output.match(new RegExp(`^${label}:\\s+([\\d.]+)`, "m"));
    if (!match) throw new Error(`tsc printed no "${label}":\n${output}`);
    return Number(match[1]);
  };
  return {
    instantiations: figure("Instantiations"),
    types: figure("Types"),
    totalSeconds: figure("Total time"),
    checkSeconds: figure("Check time"),
    memoryKilobytes: figure("Memory used"),
  };
}

/**
 * Type-check: time and instantiation count of `tsc` on a consumer file that calls every operation,
 * written against our facade and against bare openapi-fetch, generated at run time from the spec
 * into a temporary folder. Runs alternate between the two files, each `tsc` in its own process.
 * Prints the section's table.
 */
export async function benchmarkTypeCheck(smoke: boolean): Promise<TypeCheckResults> {
  const spec = JSON.parse(readFileSync(require.resolve("@cofactr/platform-types/openapi.json"), "utf8")) as Spec;
  const files = renderConsumerFiles(spec);
  const folder = mkdtempSync(join(tmpdir(), "cofactr-bench-type-check-"));
  try {
    // The consumer files resolve our packages and openapi-fetch through bench's own dependencies.
    symlinkSync(`${SOURCE_FOLDER}../node_modules`, join(folder, "node_modules"), "dir");
    writeFileSync(join(folder, "package.json"), `${JSON.stringify({ type: "module", private: true })}\n`);
    const sources: Record<ConsumerName, string> = { cofactr: files.facade, "openapi-fetch": files.openapiFetch };
    for (const [consumer, source] of Object.entries(sources)) {
      writeFileSync(join(folder, `${consumer}.ts`), source);
      writeFileSync(
        join(folder, `tsconfig.${consumer}.json`),
        JSON.stringify({ compilerOptions: COMPILER_OPTIONS, files: [`${consumer}.ts`] }, null, 2),
      );
    }
    const runs: Record<ConsumerName, Diagnostics[]> = { cofactr: [], "openapi-fetch": [] };
    for (let run = 0; run < (smoke ? 1 : 5); run += 1) {
      for (const consumer of Object.keys(runs) as ConsumerName[])
        runs[consumer].push(await typeCheck(folder, `tsconfig.${consumer}.json`));
    }
    const consumers = (Object.entries(runs) as [ConsumerName, Diagnostics[]][]).map(([consumer, diagnostics]) => {
      const last = diagnostics.at(-1) as Diagnostics;
      return {
        consumer,
        instantiations: last.instantiations,
        types: last.types,
        totalSeconds: summarize(diagnostics.map((each) => each.totalSeconds)),
        checkSeconds: summarize(diagnostics.map((each) => each.checkSeconds)),
        memoryKilobytes: last.memoryKilobytes,
      };
    });
    printTable(consumers, files.operationCount);
    return { operations: files.operationCount, consumers };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function printTable(consumers: TypeCheckMeasurement[], operations: number): void {
  const [ours, bare] = consumers as [TypeCheckMeasurement, TypeCheckMeasurement];
  console.log(`\nType-check: tsc on a consumer file calling all ${operations} operations\n`);
  for (const line of formatTable([
    ["consumer file", "instantiations", "types", "total s", "", "check s", "memory kB"],
    ...consumers.map((consumer) => [
      consumer.consumer === "cofactr" ? "our facade" : "bare openapi-fetch",
      formatCount(consumer.instantiations),
      formatCount(consumer.types),
      consumer.totalSeconds.mean.toFixed(2),
      formatMargin(consumer.totalSeconds.rme),
      consumer.checkSeconds.mean.toFixed(2),
      formatCount(consumer.memoryKilobytes),
    ]),
    [
      "ours vs openapi-fetch",
      formatRatio(ours.instantiations / bare.instantiations),
      formatRatio(ours.types / bare.types),
      formatRatio(ours.totalSeconds.mean / bare.totalSeconds.mean),
      formatMargin(ratioMargin(ours.totalSeconds.rme, bare.totalSeconds.rme)),
      formatRatio(ours.checkSeconds.mean / bare.checkSeconds.mean),
      formatRatio(ours.memoryKilobytes / bare.memoryKilobytes),
    ],
  ]))
    console.log(line);
}
