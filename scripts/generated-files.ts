/**
 * Writes a generator's output, or (with `--check`) compares it with what is committed.
 *
 * Every generator in the workspace goes through here so that they all share one drift check: in
 * check mode nothing is written; any file whose content differs, is missing, or is left over in a
 * generated folder is reported together with the command that fixes it, and the process fails.
 */
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";

/** What one generator produces: file path (absolute) → full content, plus the folders it owns. */
export interface GeneratedOutput {
  files: Map<string, string>;
  /** Folders owned entirely by the generator: files in them that it no longer produces are stale. */
  ownedDirectories: string[];
}

export interface GeneratedFilesOptions {
  /** Compare instead of writing. */
  check: boolean;
  /** Paths in messages are shown relative to this folder. */
  root: string;
  /** The command a person runs to bring the files up to date, shown when the check fails. */
  fixCommand: string;
}

/** The difference between what a generator produces and what is on disk. */
export interface Drift {
  changed: string[];
  missing: string[];
  stale: string[];
}

async function listFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/** Compares generated output with the files on disk. */
export async function findDrift(output: GeneratedOutput): Promise<Drift> {
  const drift: Drift = { changed: [], missing: [], stale: [] };
  for (const [path, content] of output.files) {
    const current = await readFile(path, "utf8").catch(() => undefined);
    if (current === undefined) drift.missing.push(path);
    else if (current !== content) drift.changed.push(path);
  }
  for (const directory of output.ownedDirectories) {
    for (const path of await listFiles(directory)) {
      if (!output.files.has(path)) drift.stale.push(path);
    }
  }
  return drift;
}

/** Formats a drift report; empty when there is no drift. */
export function describeDrift(drift: Drift, options: Pick<GeneratedFilesOptions, "root" | "fixCommand">): string {
  const lines = [
    ...drift.changed.map((path) => `  changed: ${relative(options.root, path)}`),
    ...drift.missing.map((path) => `  missing: ${relative(options.root, path)}`),
    ...drift.stale.map((path) => `  stale:   ${relative(options.root, path)}`),
  ];
  if (lines.length === 0) return "";
  return [
    "Generated files do not match the spec:",
    ...lines,
    `Fix: run \`${options.fixCommand}\` and commit the result (never edit generated files by hand).`,
  ].join("\n");
}

/** Writes the output (removing stale files), or in check mode fails with a drift report. */
export async function writeGeneratedFiles(output: GeneratedOutput, options: GeneratedFilesOptions): Promise<void> {
  const drift = await findDrift(output);
  if (options.check) {
    const report = describeDrift(drift, options);
    if (report) {
      console.error(report);
      process.exitCode = 1;
    }
    return;
  }
  for (const path of drift.stale) await rm(path);
  for (const path of [...drift.changed, ...drift.missing]) {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, output.files.get(path) as string);
  }
}

/** The header every generated TypeScript/JavaScript file starts with. */
export function generatedHeader(generator: string): string {
  return [
    "// This file is generated from the Cofactr OpenAPI spec (spec/). Do not edit it by hand:",
    `// change the spec or the generator (${generator}) and run \`pnpm generate\`.`,
    "",
  ].join("\n");
}
