/**
 * Generates @cofactr/platform-types from spec/: bundles the split spec into one JSON document
 * (generated/openapi.json, shipped as `@cofactr/platform-types/openapi.json`) and renders it into
 * TypeScript with openapi-typescript (src/generated/openapi.gen.ts). `--check` only compares.
 */
import { fileURLToPath } from "node:url";
import { generatedHeader, writeGeneratedFiles } from "../../../scripts/generated-files.ts";
import { bundleSpec } from "./bundle-spec.ts";
import { renderTypes } from "./render-types.ts";

const packageRoot = fileURLToPath(new URL("..", import.meta.url));
const repositoryRoot = fileURLToPath(new URL("../../..", import.meta.url));

const spec = await bundleSpec(`${repositoryRoot}spec/openapi.yaml`);
const types = await renderTypes(spec);

await writeGeneratedFiles(
  {
    files: new Map([
      [`${packageRoot}generated/openapi.json`, `${JSON.stringify(spec, null, 2)}\n`],
      [`${packageRoot}src/generated/openapi.gen.ts`, `${generatedHeader("packages/types/scripts")}${types}`],
    ]),
    ownedDirectories: [`${packageRoot}generated`, `${packageRoot}src/generated`],
  },
  { check: process.argv.includes("--check"), root: repositoryRoot, fixCommand: "pnpm generate" },
);
