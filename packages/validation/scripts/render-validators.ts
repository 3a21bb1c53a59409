/**
 * Renders the typed, documented exports around the compiled checks: one `Validator<T>` per entry,
 * the `operationValidators` map the client and the mock look validators up in, and the `.d.ts` of
 * the compiled checks.
 */
import type { ValidatorEntry } from "./collect-validators.ts";

export function renderValidators(entries: ValidatorEntry[]): string {
  const lines = [
    'import type { components, OperationRequestBody, OperationResponse } from "@cofactr/platform-types";',
    'import { defineValidator, type Validator } from "../validator.js";',
    'import * as checks from "./checks.gen.js";',
    "",
  ];
  for (const entry of entries) {
    lines.push(
      `/** Validates a ${entry.subject} (${entry.role === "body" ? "request semantics: unknown fields are errors" : "response semantics: unknown fields are accepted"}). */`,
      `export const ${entry.exportName}: Validator<${entry.type}> = /* @__PURE__ */ defineValidator(${JSON.stringify(entry.subject)}, checks.${entry.exportName});`,
    );
  }
  const byOperation = new Map<string, ValidatorEntry[]>();
  for (const entry of entries) {
    if (!entry.operationId) continue;
    byOperation.set(entry.operationId, [...(byOperation.get(entry.operationId) ?? []), entry]);
  }
  lines.push(
    "",
    "/** The validators of every operation, by `operationId`: `body` for its request body, `response` for its JSON success answer. */",
    "export const operationValidators = {",
  );
  for (const [operationId, operationEntries] of byOperation) {
    const members = operationEntries.map((entry) => `${entry.role}: ${entry.exportName}`).join(", ");
    lines.push(`  ${operationId}: { ${members} },`);
  }
  lines.push("} as const;", "");
  return lines.join("\n");
}

export function renderCheckDeclarations(entries: ValidatorEntry[]): string {
  const lines = ['import type { CheckFunction } from "../validator.js";', ""];
  for (const entry of entries) lines.push(`export declare const ${entry.exportName}: CheckFunction;`);
  return `${lines.join("\n")}\n`;
}
