/**
 * Checks a request body or an answer against the spec with the shared validators, for both ways of
 * calling: the facade (operation-call.ts) and the path-based API (validation-middleware.ts).
 */
import { CofactrValidationError, type ValidationIssueLike } from "./errors.js";
import type { Logger } from "./log-event.js";

/** `off` (default): no checks. `warn`: report mismatches to the logger. `strict`: throw `CofactrValidationError`. */
export type ValidateMode = "off" | "warn" | "strict";

/** A validator as the client uses it: anything with `validate` (a Standard-Schema-like check). */
interface ValidatorLike {
  validate(value: unknown): { success: boolean; issues?: readonly ValidationIssueLike[] };
}

/**
 * The shape of `operationValidators` from `@cofactr/platform-validation`. The client uses `body`
 * and `response`; the parameter validators are allowed so that the export can be passed as it is.
 */
export type OperationValidators = Record<
  string,
  Partial<Record<"body" | "response" | "query" | "path" | "headers", ValidatorLike>>
>;

/** What a check needs from the client's settings. */
export interface SpecChecks {
  validators: OperationValidators | undefined;
  logger: Logger | undefined;
}

/**
 * Checks `value` as operation `id`'s request body or (success) answer. `strict` throws a
 * `CofactrValidationError` listing every issue; `warn` hands them to the logger, or to
 * `console.warn` when there is none, and returns. An operation without a validator for `role`
 * (no body, or no JSON answer) passes.
 */
export function checkAgainstSpec(
  checks: SpecChecks,
  mode: ValidateMode,
  id: string,
  role: "body" | "response",
  value: unknown,
): void {
  if (mode === "off") return;
  const validator = checks.validators?.[id]?.[role];
  if (!validator) return;
  const result = validator.validate(value);
  if (result.success) return;
  const subject = `${id} ${role === "body" ? "request body" : "response"}`;
  const issues = result.issues ?? [];
  if (mode === "strict") throw new CofactrValidationError(subject, issues);
  const lines = issues.map((issue) => `${issue.pointer || "(root)"}: ${issue.message}`);
  if (checks.logger) checks.logger({ type: "validation", subject, issues: lines });
  else console.warn(`[cofactr] ${subject} does not match the spec:\n  ${lines.join("\n  ")}`);
}
