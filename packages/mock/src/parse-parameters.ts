/**
 * Reads an operation's path and query parameters with the spec's parameter validators from
 * `@cofactr/platform-validation`, which take the strings a request carries and answer them converted
 * to the spec's types (`?limit=10` becomes the number 10).
 */
import { operationValidators, type ValidationIssue } from "@cofactr/platform-validation";
import { HttpError } from "./http-error.js";
import { specOperations } from "./spec-document.js";
import { toFieldErrors } from "./to-field-errors.js";

interface ParameterValidator {
  validate(
    value: unknown,
  ): { success: true; value: Record<string, unknown> } | { success: false; issues: readonly ValidationIssue[] };
}

const validators = operationValidators as unknown as Record<
  string,
  { query?: ParameterValidator; path?: ParameterValidator }
>;

function declared(operationId: string, location: "query" | "path"): string[] {
  return (specOperations.get(operationId)?.parameters ?? [])
    .filter((parameter) => parameter.in === location)
    .map((parameter) => parameter.name);
}

/**
 * The operation's query parameters, typed; a bad value answers 400 with DRF field errors keyed by
 * parameter name. Parameters the operation does not declare are ignored, as Django REST Framework
 * ignores them; of a repeated parameter the last counts, as in Django.
 */
export function parseQuery(operationId: string, search: URLSearchParams): Record<string, unknown> {
  const validator = validators[operationId]?.query;
  if (!validator) return {};
  const raw: Record<string, string> = {};
  for (const name of declared(operationId, "query")) {
    const value = search.getAll(name).at(-1);
    if (value !== undefined) raw[name] = value;
  }
  const result = validator.validate(raw);
  if (!result.success) throw new HttpError(400, toFieldErrors(result.issues));
  return result.value;
}

/**
 * Checks the path's ids against their formats. An id that can't be valid (`/v1/boms/abc/`) names no
 * record, so it answers 404, as the API's URL patterns do.
 */
export function checkPath(operationId: string, params: Record<string, string>): void {
  const validator = validators[operationId]?.path;
  if (validator && !validator.validate(params).success) throw HttpError.notFound();
}
