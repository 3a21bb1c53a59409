/**
 * Generates the client's resource-style facade (src/generated/resources.gen.ts) from the bundled
 * spec shipped by @cofactr/platform-types. `--check` only compares with what is committed.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { OpenAPI3 } from "openapi-typescript";
import { generatedHeader, writeGeneratedFiles } from "../../../scripts/generated-files.ts";
import { renderResources } from "./render-resources.ts";

const packageRoot = fileURLToPath(new URL("..", import.meta.url));
const repositoryRoot = fileURLToPath(new URL("../../..", import.meta.url));
const specPath = createRequire(import.meta.url).resolve("@cofactr/platform-types/openapi.json");
const spec = JSON.parse(await readFile(specPath, "utf8")) as OpenAPI3;

await writeGeneratedFiles(
  {
    files: new Map([
      [
        `${packageRoot}src/generated/resources.gen.ts`,
        `${generatedHeader("packages/client/scripts")}${renderResources(spec)}`,
      ],
    ]),
    ownedDirectories: [`${packageRoot}src/generated`],
  },
  { check: process.argv.includes("--check"), root: repositoryRoot, fixCommand: "pnpm generate" },
);
