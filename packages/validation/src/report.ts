import { escapeSegment } from "./json-pointer.js";
import {
  describeExpectation,
  describeReceived,
  fieldMessage,
  fieldParameters,
  messageStart,
  type ValidationIssue,
} from "./validation-issue.js";

/** Where a value is: the keys and list indexes that lead to it from the checked value. */
export type Path = ReadonlyArray<string | number>;

/**
 * Adds one issue to `out`, written for people. The generated checks call it where a rule fails,
 * with the place of the value (`pointer` and `path`, an array the issue may keep), and the start
 * of the message they wrote when they were generated (`expected an integer, got `), so that an
 * issue costs little more than describing the value received. A rule about a field of an object
 * (`required`, `additionalProperties`, `propertyNames`) is reported at the field.
 */
export function report(
  out: ValidationIssue[],
  pointer: string,
  path: Array<string | number>,
  rule: string,
  params: Record<string, unknown>,
  value: unknown,
  start: string | undefined,
): void {
  const fieldParameter = fieldParameters[rule];
  if (fieldParameter !== undefined) {
    const field = String(params[fieldParameter]);
    path.push(field);
    out.push({ message: fieldMessage(rule, params), pointer: `${pointer}/${escapeSegment(field)}`, path, rule });
    return;
  }
  const message = (start ?? messageStart(describeExpectation(rule, params))) + describeReceived(rule, value);
  out.push({ message, pointer, path, rule });
}

/** A new path: `path` and then `key` (a spread or `concat` measured two to ten times slower). */
export function extendPath(path: Path, key: string | number): Array<string | number> {
  if (path.length === 0) return [key];
  const extended = path.slice();
  extended.push(key);
  return extended;
}
