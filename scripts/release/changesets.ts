/**
 * Reads the pending changesets (`.changeset/*.md`): which packages each one bumps, and how.
 *
 * A changeset's front matter is YAML of the form `"@cofactr/platform-client": minor`; that one shape
 * is all `pnpm changeset` writes, so it is parsed here without a YAML library.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

export type BumpType = "major" | "minor" | "patch" | "none";

/** One pending changeset and the bumps it asks for. */
export interface PendingChangeset {
  file: string;
  bumps: Map<string, BumpType>;
}

/** The package → bump map of one changeset file's front matter. */
export function parseChangesetBumps(markdown: string): Map<string, BumpType> {
  const bumps = new Map<string, BumpType>();
  const match = /^\s*---\r?\n([\s\S]*?)\r?\n---/.exec(markdown);
  if (!match) return bumps;
  for (const line of (match[1] as string).split(/\r?\n/)) {
    if (line.trim() === "" || line.trim().startsWith("#")) continue;
    const entry = /^\s*(["']?)([^"':]+)\1\s*:\s*(major|minor|patch|none)\s*$/.exec(line);
    if (!entry) throw new Error(`Unreadable changeset line: ${line}`);
    bumps.set(entry[2] as string, entry[3] as BumpType);
  }
  return bumps;
}

/** Every pending changeset in a `.changeset` folder (its README is not one). */
export async function readPendingChangesets(changesetDirectory: string): Promise<PendingChangeset[]> {
  const files = (await readdir(changesetDirectory)).filter((file) => file.endsWith(".md") && file !== "README.md");
  return Promise.all(
    files.sort().map(async (file) => ({
      file,
      bumps: parseChangesetBumps(await readFile(join(changesetDirectory, file), "utf8")),
    })),
  );
}

/** The changesets that give any of `packages` a major bump. */
export function majorChangesets(pending: PendingChangeset[], packages: readonly string[]): PendingChangeset[] {
  return pending.filter((changeset) => packages.some((name) => changeset.bumps.get(name) === "major"));
}
