/**
 * What a generated check reports about one failure, before it is written for people
 * (validation-issue.ts). The shape is ajv's error object, which the parameter checks still use.
 */
export interface RawIssue {
  /** JSON pointer of the value that failed; for `required`, `additionalProperties` and `propertyNames`, its object. */
  instancePath: string;
  /** The JSON Schema rule that failed. */
  keyword: string;
  /** The rule's parameters (`limit`, `missingProperty`, `allowedValues`, …). */
  params: Record<string, unknown>;
  /** The value that failed, when the check has it at hand (ajv's errors do not carry it). */
  data?: unknown;
  /** What the rule expected, in words, when the check wrote it (`an integer ≥ 0`). */
  expected?: string | undefined;
}

/**
 * Adds an issue to `out`. The generated checks report through here, which keeps their code short
 * and gives every issue the same fields in the same order (reading them stays fast).
 */
export function report(
  out: RawIssue[],
  instancePath: string,
  keyword: string,
  params: Record<string, unknown>,
  data: unknown,
  expected: string | undefined,
): void {
  out.push({ instancePath, keyword, params, data, expected });
}
