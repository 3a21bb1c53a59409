import { HttpError } from "./http-error.js";

/** Problems with one item of a list, by field (`{"part": ["…"]}`), or undefined when it is fine. */
export type ItemProblems = Record<string, string[] | undefined> | undefined;

/**
 * Checks every item of a list and, if any has problems, throws the 400 Django REST Framework gives
 * for a list: one entry per item, `{}` for the items without problems. With `field`, the list sits
 * under that field of the body (`{"lines": [{}, {…}]}`); without, the body is the list.
 */
export function assertItems<T>(
  items: ReadonlyArray<T>,
  check: (item: T, index: number) => ItemProblems,
  field?: string,
): void {
  const problems = items.map((item, index) => check(item, index) ?? {});
  if (!problems.some((problem) => Object.keys(problem).length > 0)) return;
  throw new HttpError(400, field === undefined ? problems : { [field]: problems });
}
