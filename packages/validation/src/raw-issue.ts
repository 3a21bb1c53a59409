/** Where a value is: the keys and list indexes that lead to it from the checked value. */
export type Path = ReadonlyArray<string | number>;

/**
 * What a generated check reports about one failure, before it is written for people
 * (validation-issue.ts). The shape is ajv's error object (the parameter checks are ajv's), plus
 * what our checks know at hand. The place is that of the value that failed; for `required`,
 * `additionalProperties` and `propertyNames`, that of its object.
 */
export interface RawIssue {
  /** The place as a JSON pointer (`/lines/3`). */
  instancePath: string;
  /** The place as keys (`["lines", 3]`), an array the issue owns; ajv's issues do not carry it. */
  path?: Array<string | number>;
  /** The JSON Schema rule that failed. */
  keyword: string;
  /** The rule's parameters (`limit`, `missingProperty`, `allowedValues`, …). */
  params: Record<string, unknown>;
  /** The value that failed, when the check has it at hand (ajv's errors do not carry it). */
  data?: unknown;
  /** The message up to the received value, when the check wrote it (`expected an integer ≥ 0, got `). */
  messageStart?: string | undefined;
}

/**
 * Adds an issue to `out`. The generated checks report through here, which keeps their code short
 * and gives every issue the same fields in the same order (reading them stays fast).
 */
export function report(
  out: RawIssue[],
  instancePath: string,
  path: Array<string | number>,
  keyword: string,
  params: Record<string, unknown>,
  data: unknown,
  messageStart: string | undefined,
): void {
  out.push({ instancePath, path, keyword, params, data, messageStart });
}

/** A new path: `path` and then `key` (a spread or `concat` measured two to ten times slower). */
export function extendPath(path: Path, key: string | number): Array<string | number> {
  if (path.length === 0) return [key];
  const extended = path.slice();
  extended.push(key);
  return extended;
}
