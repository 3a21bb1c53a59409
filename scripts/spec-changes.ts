/**
 * The spec change check (`pnpm check:spec-changes`, part of `pnpm test`): compares the bundled spec
 * with the spec of the last release (`spec/baseline/openapi.json`), lists every change as breaking or
 * not, and fails when a breaking change has no pending major changeset.
 *
 * `--record` makes the current spec the baseline; `pnpm release:version` runs it right after
 * `changeset version`, so the baseline is always the spec of the latest released version.
 */
import { copyFile, mkdir, readFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { majorChangesets, readPendingChangesets } from "./release/changesets.ts";
import { judgeSpecChanges } from "./release/spec-check.ts";
import { diffSpecs } from "./release/spec-diff.ts";
import { baselineSpecPath, currentSpecPath, publishedPackages, repositoryRoot } from "./release/workspace.ts";

const shown = (path: string) => relative(repositoryRoot, path);

if (process.argv.includes("--record")) {
  await mkdir(dirname(baselineSpecPath), { recursive: true });
  await copyFile(currentSpecPath, baselineSpecPath);
  console.log(`Recorded ${shown(currentSpecPath)} as the released spec (${shown(baselineSpecPath)}).`);
} else {
  const baseline = await readFile(baselineSpecPath, "utf8").catch(() => undefined);
  if (baseline === undefined) {
    console.error(
      `No released spec at ${shown(baselineSpecPath)}. It is recorded by \`pnpm release:version\`; to start one, run \`pnpm tsx scripts/spec-changes.ts --record\`.`,
    );
    process.exit(1);
  }
  const changes = diffSpecs(JSON.parse(baseline), JSON.parse(await readFile(currentSpecPath, "utf8")));
  const packages = (await publishedPackages()).map((entry) => entry.name);
  const majors = majorChangesets(await readPendingChangesets(join(repositoryRoot, ".changeset")), packages);
  const verdict = judgeSpecChanges(changes, majors);
  (verdict.ok ? console.log : console.error)(verdict.lines.join("\n"));
  if (!verdict.ok) process.exitCode = 1;
}
