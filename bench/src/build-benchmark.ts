import { execFile } from "node:child_process";
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { formatTable } from "./format-table.js";
import { SOURCE_FOLDER } from "./run-measurement.js";
import { runToCompletion } from "./run-to-completion.js";
import { type Summary, summarize } from "./statistics.js";

/** The builds timed: from nothing, with nothing changed, and after a change to one spec file. */
export type BuildKind = "cold" | "cached" | "spec touched";

/** Timings of one kind of build. */
export interface BuildMeasurement {
  kind: BuildKind;
  /** Wall-clock seconds of `turbo run build`, over the runs. */
  seconds: Summary;
  /** Tasks turbo took from its cache, and tasks in all, on the last run. */
  cachedTasks: number;
  totalTasks: number;
}

/** The build benchmark's figures, and the commit they were measured on. */
export interface BuildResults {
  commit: string;
  builds: BuildMeasurement[];
}

const run = promisify(execFile);
const repositoryRoot = `${SOURCE_FOLDER}../..`;
/** Runs of each kind: a cold build is slow and steady, a cached one quick and noisier. */
const RUNS: Record<BuildKind, number> = { cold: 2, cached: 3, "spec touched": 2 };
/** The spec file the "spec touched" builds append a comment to. */
const TOUCHED_SPEC_FILE = "spec/components/schemas/Bom.yaml";

/** The workspace's package folders, from pnpm-workspace.yaml's `packages` (plain folders and `folder/*`). */
function workspaceFolders(clone: string): string[] {
  const manifest = readFileSync(join(clone, "pnpm-workspace.yaml"), "utf8");
  const section = manifest.split(/^packages:\s*$/m)[1]?.split(/^\S/m)[0] ?? "";
  return [...section.matchAll(/^\s+-\s+["']?([^"'\s]+)["']?\s*$/gm)].flatMap(([, pattern]) => {
    if (!pattern?.endsWith("/*")) return pattern ? [join(clone, pattern)] : [];
    const parent = join(clone, pattern.slice(0, -2));
    return readdirSync(parent, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => join(parent, entry.name));
  });
}

/** Removes what a build leaves behind: every package's dist/ and .turbo/, and turbo's cache. */
function removeBuildOutputs(clone: string): void {
  for (const folder of [clone, ...workspaceFolders(clone)]) {
    for (const output of ["dist", ".turbo"]) rmSync(join(folder, output), { recursive: true, force: true });
  }
}

/**
 * The environment `pnpm build` gives turbo in the clone: pnpm's PATH for scripts (the clone's
 * node_modules/.bin and pnpm itself, which turbo runs each package's script with), without the
 * variables of the pnpm and turbo that run this benchmark, which describe another workspace.
 */
async function buildEnvironment(clone: string, packageManager: string): Promise<NodeJS.ProcessEnv> {
  const { stdout } = await run(
    "npx",
    ["--yes", packageManager, "exec", "node", "-e", "process.stdout.write(process.env.PATH)"],
    { cwd: clone },
  );
  const environment = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(npm_|PNPM_|TURBO_)/i.test(name)),
  );
  return { ...environment, PATH: stdout, TURBO_TELEMETRY_DISABLED: "1", TURBO_NO_UPDATE_NOTIFIER: "1" };
}

interface Build {
  seconds: number;
  cachedTasks: number;
  totalTasks: number;
}

async function timeBuild(clone: string, environment: NodeJS.ProcessEnv): Promise<Build> {
  const turbo = join(clone, "node_modules/.bin/turbo");
  const { output, seconds } = await runToCompletion(
    turbo,
    ["run", "build", "--output-logs=errors-only"],
    { cwd: clone, env: environment },
    "turbo run build in the clone",
  );
  const cached = output.match(/Cached:\s+(\d+) cached, (\d+) total/);
  return { seconds, cachedTasks: Number(cached?.[1] ?? 0), totalTasks: Number(cached?.[2] ?? 0) };
}

/**
 * Build: wall-clock time of `turbo run build` (what `pnpm build` runs) in a fresh clone of the
 * repository's last commit, installed offline from the lockfile: cold (no dist/, no turbo cache),
 * fully cached (again, nothing changed), and after appending a comment to one spec file. Working
 * in a clone leaves the working tree, and anyone building in it, alone. Skipped in smoke mode,
 * where it would be far too slow for a test. Prints the section's table.
 */
export async function benchmarkBuild(smoke: boolean): Promise<BuildResults | undefined> {
  if (smoke) {
    console.log("\nBuild: skipped in smoke mode (a cold build takes minutes)");
    return undefined;
  }
  const { packageManager } = JSON.parse(readFileSync(join(repositoryRoot, "package.json"), "utf8")) as {
    packageManager: string;
  };
  const folder = mkdtempSync(join(tmpdir(), "cofactr-bench-build-"));
  const clone = join(folder, "repository");
  try {
    await run("git", ["clone", "--quiet", repositoryRoot, clone]);
    const commit = (await run("git", ["rev-parse", "HEAD"], { cwd: clone })).stdout.trim();
    await run("npx", ["--yes", packageManager, "install", "--frozen-lockfile", "--offline"], {
      cwd: clone,
      maxBuffer: 64 * 1024 * 1024,
    });
    const environment = await buildEnvironment(clone, packageManager);
    if (!existsSync(join(clone, TOUCHED_SPEC_FILE))) throw new Error(`${TOUCHED_SPEC_FILE} is gone: pick another`);
    const builds: Record<BuildKind, Build[]> = { cold: [], cached: [], "spec touched": [] };
    for (let index = 0; index < RUNS.cold; index += 1) {
      removeBuildOutputs(clone);
      builds.cold.push(await timeBuild(clone, environment));
    }
    for (let index = 0; index < RUNS.cached; index += 1) builds.cached.push(await timeBuild(clone, environment));
    for (let index = 0; index < RUNS["spec touched"]; index += 1) {
      // A comment changes the file, so turbo's hash, but not the spec: everything downstream reruns.
      appendFileSync(join(clone, TOUCHED_SPEC_FILE), `\n# touched by the build benchmark, run ${index + 1}\n`);
      builds["spec touched"].push(await timeBuild(clone, environment));
    }
    const measurements = (Object.entries(builds) as [BuildKind, Build[]][]).map(([kind, runs]) => ({
      kind,
      seconds: summarize(runs.map((each) => each.seconds)),
      cachedTasks: runs.at(-1)?.cachedTasks ?? 0,
      totalTasks: runs.at(-1)?.totalTasks ?? 0,
    }));
    console.log(`\nBuild: turbo run build in a fresh clone of ${commit.slice(0, 12)}\n`);
    for (const line of formatTable([
      ["build", "runs", "median s", "min s", "max s", "tasks from cache"],
      ...measurements.map((measurement) => [
        measurement.kind,
        String(RUNS[measurement.kind]),
        measurement.seconds.median.toFixed(2),
        measurement.seconds.min.toFixed(2),
        measurement.seconds.max.toFixed(2),
        `${measurement.cachedTasks} of ${measurement.totalTasks}`,
      ]),
    ]))
      console.log(line);
    return { commit, builds: measurements };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
