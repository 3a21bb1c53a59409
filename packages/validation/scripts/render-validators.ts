/**
 * Renders the typed, documented exports around the compiled checks: one `Validator<T>` per entry,
 * the `operationValidators` map the client and the mock look validators up in, and the `.d.ts` of
 * the compiled checks.
 */
import type { ValidatorEntry } from "./collect-validators.ts";

function describe(entry: ValidatorEntry): string {
  if (entry.coerce) return `the ${entry.subject}, converting strings to the spec's types`;
  if (entry.role === "body") return `a ${entry.subject} (request semantics: unknown fields are errors)`;
  return `a ${entry.subject} (response semantics: unknown fields are accepted)`;
}

export function renderValidators(entries: ValidatorEntry[]): string {
  const lines = [
    'import type { components, OperationRequestBody, OperationResponse, operations } from "@cofactr/platform-types";',
    'import { defineParameterValidator, defineValidator, type Validator } from "../validator.js";',
    'import * as checks from "./checks.gen.js";',
    'import * as parameterChecks from "./parameter-checks.gen.js";',
    "",
  ];
  for (const entry of entries) {
    const define = entry.coerce ? "defineParameterValidator" : "defineValidator";
    const module = entry.coerce ? "parameterChecks" : "checks";
    lines.push(
      `/** Validates ${describe(entry)}. */`,
      `export const ${entry.exportName}: Validator<${entry.type}> = /* @__PURE__ */ ${define}(${JSON.stringify(entry.subject)}, ${module}.${entry.exportName});`,
    );
  }
  const byOperation = new Map<string, ValidatorEntry[]>();
  for (const entry of entries) {
    if (!entry.operationId) continue;
    byOperation.set(entry.operationId, [...(byOperation.get(entry.operationId) ?? []), entry]);
  }
  lines.push(
    "",
    "/**",
    " * The validators of every operation, by `operationId`: `body` (request body), `response` (JSON",
    " * success answer), `query`, `path` and `headers` (parameters, converted from strings).",
    " */",
    "export const operationValidators = {",
  );
  for (const [operationId, operationEntries] of byOperation) {
    const members = operationEntries.map((entry) => `${entry.role}: ${entry.exportName}`).join(", ");
    lines.push(`  ${operationId}: { ${members} },`);
  }
  lines.push("} as const;", "");
  return lines.join("\n");
}

/** The `.d.ts` of a checks module: every export has the type `type` from validator.ts. */
export function renderCheckDeclarations(entries: ValidatorEntry[], type: "Check" | "CheckFunction"): string {
  const lines = [`import type { ${type} } from "../validator.js";`, ""];
  for (const entry of entries) lines.push(`export declare const ${entry.exportName}: ${type};`);
  return `${lines.join("\n")}\n`;
}
