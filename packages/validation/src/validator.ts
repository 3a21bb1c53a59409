import type { StandardSchemaV1 } from "@standard-schema/spec";
import { ValidationError } from "./validation-error.js";
import { type RawIssue, toValidationIssues, type ValidationIssue } from "./validation-issue.js";

/** A generated check function: true when valid; otherwise its `errors` say why. */
export interface CheckFunction {
  (value: unknown): boolean;
  errors?: RawIssue[] | null;
}

/** The outcome of `validator.validate(value)`. */
export type ValidationResult<T> =
  | { readonly success: true; readonly value: T }
  | { readonly success: false; readonly issues: readonly ValidationIssue[] };

/**
 * A validator for one shape of the Cofactr API, generated from the spec.
 *
 * It is a Standard Schema v1 object (`validator["~standard"]`), so libraries that accept Standard
 * Schema take it as is; `is` narrows a value to the exact type from `@cofactr/platform-types`.
 * Values are never changed: no coercion, no defaults filled in.
 */
export interface Validator<T> extends StandardSchemaV1<T, T> {
  /** What is validated, for messages: `"createPurchaseEvent request body"`, `"Bom"`. */
  readonly name: string;
  /** True when `value` matches; narrows it to `T`. */
  is(value: unknown): value is T;
  /** Checks `value` and returns it typed, or the issues found (at most `maxIssues`). */
  validate(value: unknown): ValidationResult<T>;
  /** Returns `value` typed, or throws a `ValidationError` listing the issues. */
  parse(value: unknown): T;
}

/** Most issues reported for one value: a 10,000-line payload with one mistake per line stays readable. */
export const maxIssues = 20;

/** Wraps a generated check function into a `Validator`. Used by the generated code. */
export function defineValidator<T>(name: string, check: CheckFunction): Validator<T> {
  const validate = (value: unknown): ValidationResult<T> => {
    if (check(value)) return { success: true, value: value as T };
    return { success: false, issues: toValidationIssues(check.errors ?? [], value, maxIssues) };
  };
  return {
    name,
    is: (value: unknown): value is T => check(value),
    validate,
    parse(value) {
      const result = validate(value);
      if (result.success) return result.value;
      throw new ValidationError(name, result.issues);
    },
    "~standard": {
      version: 1,
      vendor: "cofactr",
      validate(value) {
        const result = validate(value);
        return result.success ? { value: result.value } : { issues: result.issues };
      },
    },
  };
}

/**
 * Wraps a generated parameter check. Parameters arrive as strings (`?limit=10`), so the check
 * converts them to the spec's types; it works on a copy, and the converted copy is the result's
 * `value`. The caller's object is never changed.
 */
export function defineParameterValidator<T>(name: string, check: CheckFunction): Validator<T> {
  const validator = defineValidator<T>(name, check);
  const copy = (value: unknown) =>
    value !== null && typeof value === "object" && !Array.isArray(value) ? { ...value } : value;
  return {
    ...validator,
    is: (value: unknown): value is T => check(copy(value)),
    validate: (value) => validator.validate(copy(value)),
    parse: (value) => validator.parse(copy(value)),
    "~standard": { ...validator["~standard"], validate: (value) => validator["~standard"].validate(copy(value)) },
  };
}
