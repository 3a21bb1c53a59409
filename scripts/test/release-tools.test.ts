/** The release tooling's small parts: registry guard, changeset parsing, tarball listing. */

import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { majorChangesets, parseChangesetBumps } from "../release/changesets.ts";
import { RegistryConfigurationError, resolvePublishRegistry, UNCONFIGURED_REGISTRY } from "../release/registry.ts";
import { listTarball, unwantedFiles } from "../release/tarball.ts";

describe("resolvePublishRegistry", () => {
  it.each([
    { given: { environment: "https://npm.example.internal/cofactr" }, want: "https://npm.example.internal/cofactr/" },
    { given: { npmConfig: "https://npm.example.internal/" }, want: "https://npm.example.internal/" },
    {
      given: { environment: "https://from-env.example.internal/", npmConfig: "https://from-npmrc.example.internal/" },
      want: "https://from-env.example.internal/",
    },
    { given: { environment: "http://127.0.0.1:4873" }, want: "http://127.0.0.1:4873/" },
  ])("uses $given", ({ given, want }) => {
    expect(resolvePublishRegistry(given)).toBe(want);
  });

  it.each([
    { given: {}, want: /No registry is configured/ },
    { given: { npmConfig: "undefined" }, want: /No registry is configured/ },
    { given: { environment: "https://registry.npmjs.org/" }, want: /public registry/ },
    { given: { npmConfig: "https://registry.yarnpkg.com" }, want: /public registry/ },
    { given: { environment: UNCONFIGURED_REGISTRY }, want: /placeholder/ },
    { given: { environment: "npm.example.internal" }, want: /not a URL/ },
    { given: { environment: "http://npm.example.internal/" }, want: /https/ },
  ])("refuses $given", ({ given, want }) => {
    expect(() => resolvePublishRegistry(given)).toThrow(RegistryConfigurationError);
    expect(() => resolvePublishRegistry(given)).toThrow(want);
  });
});

describe("parseChangesetBumps", () => {
  it("reads the front matter pnpm changeset writes", () => {
    const bumps = parseChangesetBumps(
      "---\n\"@cofactr/platform-client\": major\n'@cofactr/platform-mock': patch\n---\n\nRemoved `boms.read`.\n",
    );
    expect([...bumps]).toEqual([
      ["@cofactr/platform-client", "major"],
      ["@cofactr/platform-mock", "patch"],
    ]);
    const pending = [{ file: "a.md", bumps }];
    expect(majorChangesets(pending, ["@cofactr/platform-client"])).toEqual(pending);
    expect(majorChangesets(pending, ["@cofactr/platform-types"])).toEqual([]);
  });

  it("reads an empty changeset as no bumps", () => {
    expect(parseChangesetBumps("---\n---\n\nNothing to release.\n").size).toBe(0);
  });
});

/** A gzipped tar holding the given files under `package/`. */
function tarball(files: Record<string, string>): Uint8Array {
  const blocks: Buffer[] = [];
  for (const [path, content] of Object.entries(files)) {
    const header = Buffer.alloc(512);
    header.write(`package/${path}`, 0);
    header.write(`${Buffer.byteLength(content).toString(8).padStart(11, "0")}\0`, 124);
    header.write("0", 156);
    header.write("ustar\0", 257);
    const body = Buffer.alloc(Math.ceil(Buffer.byteLength(content) / 512) * 512);
    body.write(content);
    blocks.push(header, body);
  }
  blocks.push(Buffer.alloc(1024));
  return gzipSync(Buffer.concat(blocks));
}

describe("tarball checks", () => {
  it("lists files and flags what must not be published", () => {
    const files = listTarball(
      tarball({
        "package.json": "{}",
        "dist/index.js": "export {};",
        "test/fixtures/bom.json": "{}",
        "src/index.ts": "export {};",
        ".env": "TOKEN=x",
      }),
    );
    expect(files.map((file) => file.path)).toEqual([
      "package.json",
      "dist/index.js",
      "test/fixtures/bom.json",
      "src/index.ts",
      ".env",
    ]);
    expect(files[1]?.size).toBe(10);
    expect(unwantedFiles(files)).toEqual([
      "test/fixtures/bom.json: test or fixture",
      "src/index.ts: source or build script (only built output ships)",
      ".env: environment file (may hold secrets)",
    ]);
  });
});
