/**
 * The first two positions of equal items in a list, for `uniqueItems`; undefined when all differ.
 * Items are equal as JSON values: same primitive, or lists and objects with equal contents (object
 * key order does not matter). Primitives are compared through a Set, in one pass.
 */
export function findDuplicate(list: readonly unknown[]): [number, number] | undefined {
  const seen = new Map<unknown, number>();
  let structured = false;
  for (let index = 0; index < list.length; index++) {
    const item = list[index];
    if (item !== null && typeof item === "object") {
      structured = true;
      continue;
    }
    const earlier = seen.get(item);
    if (earlier !== undefined) return [earlier, index];
    seen.set(item, index);
  }
  if (!structured) return undefined;
  for (let later = 1; later < list.length; later++) {
    const item = list[later];
    if (item === null || typeof item !== "object") continue;
    for (let earlier = 0; earlier < later; earlier++) {
      if (jsonEqual(list[earlier], item)) return [earlier, later];
    }
  }
  return undefined;
}

function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, index) => jsonEqual(item, other[index]));
  }
  const aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return false;
  return aKeys.every(
    (key) =>
      Object.hasOwn(b, key) && jsonEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}
