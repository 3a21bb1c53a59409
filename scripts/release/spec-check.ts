/**
 * The verdict of the spec change check: breaking changes since the last release need a pending major
 * changeset for the published packages; anything else passes. Kept apart from the command line so
 * that tests can call it.
 */
import type { PendingChangeset } from "./changesets.ts";
import type { SpecChange } from "./spec-diff.ts";

/** What the check prints, and whether it passed. */
export interface SpecCheckVerdict {
  ok: boolean;
  lines: string[];
}

/** Formats the changes and decides; `majors` are the pending changesets with a major bump. */
export function judgeSpecChanges(changes: SpecChange[], majors: PendingChangeset[]): SpecCheckVerdict {
  const breaking = changes.filter((change) => change.severity === "breaking");
  const lines = changes.map(
    (change) =>
      `  ${change.severity === "breaking" ? "BREAKING    " : "non-breaking"}  ${change.location}: ${change.message}`,
  );
  if (changes.length === 0) return { ok: true, lines: ["No changes to the API since the last release."] };
  lines.unshift(`${changes.length} change(s) to the API since the last release, ${breaking.length} of them breaking:`);
  if (breaking.length === 0) return { ok: true, lines };
  if (majors.length > 0) {
    lines.push(
      `Breaking changes are covered by a major changeset (${majors.map((changeset) => changeset.file).join(", ")}).`,
    );
    return { ok: true, lines };
  }
  lines.push(
    "",
    "These breaking changes need a major version: run `pnpm changeset`, choose `major` for the @cofactr",
    "packages and say in the note what users must change. Or make the change compatible (add, don't",
    "remove or rename; make new inputs optional). Classification rules: scripts/release/spec-diff.ts.",
  );
  return { ok: false, lines };
}
