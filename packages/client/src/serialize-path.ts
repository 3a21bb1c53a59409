import { CofactrError } from "./errors.js";

/** An id that would change which route a request reaches once put into a path. */
const DOT_SEGMENT = /^(?:\.|%2e){1,2}$/i;

/**
 * Fills `{name}` placeholders in a spec path with percent-encoded values.
 *
 * `/`, `?` and `#` are encoded by `encodeURIComponent`; `.` and `..` cannot be encoded away (URL
 * parsers treat `%2e%2e` as `..` too), so such ids, and empty ones, are refused: no id can make a
 * request reach another route.
 */
export function serializePath(path: string, params: Record<string, unknown>): string {
  return path.replace(/\{([^}]+)\}/g, (_placeholder, name: string) => {
    const value = params[name];
    if (typeof value !== "string" && typeof value !== "number") {
      throw new CofactrError(
        `Path parameter ${name}: expected a string id, got ${value === undefined ? "nothing" : typeof value}`,
      );
    }
    const text = String(value);
    if (text === "" || DOT_SEGMENT.test(text)) {
      throw new CofactrError(`Path parameter ${name}: expected an id, got ${JSON.stringify(text)}`);
    }
    return encodeURIComponent(text);
  });
}
