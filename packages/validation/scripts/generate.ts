/**
 * Generates @cofactr/platform-validation from the bundled spec shipped by @cofactr/platform-types:
 * compiled checks (src/generated/checks.gen.js, parameter-checks.gen.js, each with a .d.ts) and typed validators
 * (src/generated/validators.gen.ts). `--check` only compares with what is committed.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { OpenAPI3 } from "openapi-typescript";
import { generatedHeader, writeGeneratedFiles } from "../../../scripts/generated-files.ts";
import { collectValidators } from "./collect-validators.ts";
import { compileChecks } from "./compile-checks.ts";
import { compileParameterChecks } from "./compile-parameter-checks.ts";
import { renderCheckDeclarations, renderValidators } from "./render-validators.ts";

const packageRoot = fileURLToPath(new URL("..", import.meta.url));
const repositoryRoot = fileURLToPath(new URL("../../..", import.meta.url));
const specPath = createRequire(import.meta.url).resolve("@cofactr/platform-types/openapi.json");
const spec = JSON.parse(await readFile(specPath, "utf8")) as OpenAPI3;

const entries = collectValidators(spec);
const plain = entries.filter((entry) => !entry.coerce);
const parameters = entries.filter((entry) => entry.coerce);
const header = generatedHeader("packages/validation/scripts");
await writeGeneratedFiles(
  {
    files: new Map([
      [`${packageRoot}src/generated/checks.gen.js`, `${header}${compileChecks(spec, plain)}\n`],
      [`${packageRoot}src/generated/checks.gen.d.ts`, `${header}${renderCheckDeclarations(plain, "Check")}`],
      [`${packageRoot}src/generated/parameter-checks.gen.js`, `${header}${compileParameterChecks(spec, parameters)}\n`],
      [
        `${packageRoot}src/generated/parameter-checks.gen.d.ts`,
        `${header}${renderCheckDeclarations(parameters, "CheckFunction")}`,
      ],
      [`${packageRoot}src/generated/validators.gen.ts`, `${header}${renderValidators(entries)}`],
    ]),
    ownedDirectories: [`${packageRoot}src/generated`],
  },
  { check: process.argv.includes("--check"), root: repositoryRoot, fixCommand: "pnpm generate" },
);
