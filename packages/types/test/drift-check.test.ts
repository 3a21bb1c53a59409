import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { describeDrift, findDrift, writeGeneratedFiles } from "../../../scripts/generated-files.ts";

describe("drift check (scripts/generated-files.ts)", () => {
  let directory: string;
  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), "cofactr-drift-"));
    await mkdir(join(directory, "generated"));
    process.exitCode = undefined;
  });
  afterEach(async () => {
    await rm(directory, { recursive: true, force: true });
    process.exitCode = undefined;
  });

  const output = (content: string) => ({
    files: new Map([[join(directory, "generated", "types.gen.ts"), content]]),
    ownedDirectories: [join(directory, "generated")],
  });

  test.each([
    {
      given: "a file whose content no longer matches the spec",
      arrange: "old content",
      want: "changed: generated/types.gen.ts",
    },
    { given: "a missing file", arrange: undefined, want: "missing: generated/types.gen.ts" },
  ])("fails on $given, naming the file and the fix", async ({ arrange, want }) => {
    if (arrange !== undefined) await writeFile(join(directory, "generated", "types.gen.ts"), arrange);
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    await writeGeneratedFiles(output("new content"), { check: true, root: directory, fixCommand: "pnpm generate" });
    expect(process.exitCode).toBe(1);
    expect(error.mock.calls[0]?.[0]).toContain(want);
    expect(error.mock.calls[0]?.[0]).toContain("run `pnpm generate`");
    error.mockRestore();
  });

  test("reports a stale file left in a generated folder, and writing removes it", async () => {
    await writeFile(join(directory, "generated", "types.gen.ts"), "new content");
    await writeFile(join(directory, "generated", "removed-operation.gen.ts"), "stale");
    const drift = await findDrift(output("new content"));
    expect(describeDrift(drift, { root: directory, fixCommand: "pnpm generate" })).toContain(
      "stale:   generated/removed-operation.gen.ts",
    );
    await writeGeneratedFiles(output("new content"), { check: false, root: directory, fixCommand: "pnpm generate" });
    expect(await findDrift(output("new content"))).toEqual({ changed: [], missing: [], stale: [] });
  });

  test("passes and writes nothing when everything matches", async () => {
    await writeFile(join(directory, "generated", "types.gen.ts"), "same");
    await writeGeneratedFiles(output("same"), { check: true, root: directory, fixCommand: "pnpm generate" });
    expect(process.exitCode).toBeUndefined();
    expect(await readFile(join(directory, "generated", "types.gen.ts"), "utf8")).toBe("same");
  });
});
