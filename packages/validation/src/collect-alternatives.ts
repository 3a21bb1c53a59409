import { type Path, report } from "./report.js";
import type { ValidationIssue } from "./validation-issue.js";

/** One branch of an `anyOf` / `oneOf`, as the generated checks describe it. */
export interface Alternative {
  /** The JSON types the branch admits; null when it admits any. */
  readonly types: readonly string[] | null;
  readonly collect: (value: unknown, pointer: string, path: Path, out: ValidationIssue[]) => void;
}

function admits(types: readonly string[] | null, value: unknown): boolean {
  if (types === null) return true;
  if (value === null) return types.includes("null");
  if (Array.isArray(value)) return types.includes("array");
  const kind = typeof value;
  if (kind === "number") return types.includes("number") || (Number.isInteger(value) && types.includes("integer"));
  return types.includes(kind);
}

/**
 * Reports why a value matched none of a schema's alternatives (or, for `oneOf`, more than one).
 *
 * Rather than every branch's complaints, it reports those of the branch the value was meant for:
 * the only branch that admits the value's type; among several, the one with the fewest issues
 * (the closest match); when none admits the type, one `type` issue naming what would be accepted.
 */
export function collectAlternatives(
  value: unknown,
  pointer: string,
  path: Path,
  out: ValidationIssue[],
  branches: readonly Alternative[],
  keyword: "anyOf" | "oneOf",
  passing: number,
): void {
  if (passing > 1) {
    const message = `matches ${passing} of the allowed shapes, and must match exactly one`;
    out.push({ message, pointer, path: path.slice(), rule: keyword });
    return;
  }
  const candidates = branches.filter((branch) => admits(branch.types, value));
  if (candidates.length === 0) {
    const types = [...new Set(branches.flatMap((branch) => branch.types ?? []))];
    report(out, pointer, path.slice(), "type", { type: types.join(",") }, value, undefined);
    return;
  }
  let closest: ValidationIssue[] | undefined;
  for (const branch of candidates) {
    const issues: ValidationIssue[] = [];
    branch.collect(value, pointer, path, issues);
    if (issues.length > 0 && (closest === undefined || issues.length < closest.length)) closest = issues;
  }
  if (closest) out.push(...closest);
  else report(out, pointer, path.slice(), keyword, {}, value, undefined);
}
