/**
 * Hostile input cannot make a check slow: no regular expression a check runs, from the spec's
 * `pattern`s or from src/formats.ts, can backtrack catastrophically (checked with redos-detector,
 * which explores each expression's backtracking paths).
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { isSafe } from "redos-detector";
import { describe, expect, test } from "vitest";

const require = createRequire(import.meta.url);
const spec = JSON.parse(await readFile(require.resolve("@cofactr/platform-types/openapi.json"), "utf8"));

function collectPatterns(node: unknown, found: Set<string>): Set<string> {
  if (Array.isArray(node)) for (const item of node) collectPatterns(item, found);
  else if (node !== null && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "pattern" && typeof value === "string") found.add(value);
      else collectPatterns(value, found);
    }
  }
  return found;
}

const specPatterns = [...collectPatterns(spec, new Set())];
const formatSource = await readFile(new URL("../src/formats.ts", import.meta.url), "utf8");
const formatPatterns = [...formatSource.matchAll(/^const [A-Z_]+ = \/(.+)\/(i?);$/gm)].map((match) => ({
  source: match[1] as string,
  flags: match[2] as string,
}));

describe("no pattern can backtrack catastrophically", () => {
  test("the spec has patterns, and the formats module has its expressions", () => {
    expect(specPatterns.length).toBeGreaterThan(2);
    // Email and URI scheme; UUIDs, decimals, dates and timestamps are read without expressions.
    expect(formatPatterns.length).toBeGreaterThanOrEqual(2);
  });

  test.each(specPatterns)("spec pattern %s", (pattern) => {
    expect(isSafe(new RegExp(pattern, "u")).safe).toBe(true);
  });

  test.each(formatPatterns)("format expression /$source/$flags", ({ source, flags }) => {
    expect(isSafe(new RegExp(source, flags)).safe).toBe(true);
  });

  test("the detector does catch a dangerous pattern", () => {
    expect(isSafe(/^(a+)+$/).safe).toBe(false);
  });
});
