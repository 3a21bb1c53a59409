/**
 * The spec against Cofactr's list of operations (endpoints.tsv, a copy of the docs' navigation):
 * every row is exactly one operation and there are no others, with the row's title as summary, its
 * section as first tag, and its method and path where the row gives them.
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { loadSpec, specRoot } from "./load-spec.js";

interface Row {
  section: string;
  title: string;
  method: string;
  path: string;
}

const rows: Row[] = readFileSync(`${specRoot}endpoints.tsv`, "utf8")
  .trim()
  .split("\n")
  .slice(1)
  .map((line) => {
    const [section = "", title = "", method = "", path = ""] = line.split("\t");
    return { section, title, method, path };
  });

const { operations } = await loadSpec();

/** `Account / Sub Org` is shown under `Account`; the tag is the top-level section. */
function tagOf(section: string) {
  return section.split(" / ")[0];
}

describe("operations and the docs' list", () => {
  test("the list has 104 rows with distinct titles", () => {
    expect(rows).toHaveLength(104);
    expect(new Set(rows.map((row) => row.title)).size).toBe(104);
  });

  test("every operation in the spec has a row (none extra)", () => {
    const titles = new Set(rows.map((row) => row.title));
    expect(operations.map((operation) => operation.summary).filter((summary) => !titles.has(summary))).toEqual([]);
  });

  test.each(rows)("$section: $title", (row) => {
    const matches = operations.filter((operation) => operation.summary === row.title);
    expect(matches, "exactly one operation has this title as its summary").toHaveLength(1);
    const [operation] = matches;
    expect(operation?.tags[0]).toBe(tagOf(row.section));
    if (row.method) expect(operation?.method.toUpperCase()).toBe(row.method);
    if (row.path) expect(operation?.path).toBe(row.path.startsWith("/") ? row.path : `/${row.path}`);
    expect(operation?.operationId).toMatch(/^[a-z][a-zA-Z0-9]+$/);
    expect(["documented", "designed"]).toContain(operation?.["x-cofactr-docs"]?.shape);
  });
});
