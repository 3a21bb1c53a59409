/**
 * An error of ajv's generated code, which the parameter checks still are; validation-issue.ts
 * writes it for people. (Our own checks write their issues as they find them: report.ts.)
 */
export interface RawIssue {
  /** JSON pointer of the value that failed; for `required` and `additionalProperties`, its object. */
  instancePath: string;
  /** The JSON Schema rule that failed. */
  keyword: string;
  /** The rule's parameters (`limit`, `missingProperty`, `allowedValues`, …). */
  params: Record<string, unknown>;
}
