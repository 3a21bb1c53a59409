import { CofactrError } from "./errors.js";

/** An id that would change which route a request reaches once put into a path. */
const DOT_SEGMENT = /^(?:\.|%2e){1,2}$/i;

/** Spec paths split at their placeholders (`["/v1/boms/", "bom_id", "/"]`), by path. */
const templates = new Map<string, readonly string[]>();
/** Paths come from the spec, so there are about a hundred; the cache stops growing well past that. */
const MAX_TEMPLATES = 1000;

/**
 * Fills `{name}` placeholders in a spec path with percent-encoded values.
 *
 * `/`, `?` and `#` are encoded by `encodeURIComponent`; `.` and `..` cannot be encoded away (URL
 * parsers treat `%2e%2e` as `..` too), so such ids, and empty ones, are refused: no id can make a
 * request reach another route.
 *
 * Every facade call fills a path, so each path is split at its placeholders once and kept: a
 * `replace` with a callback on every call made the facade about 2% slower on a loopback GET
 * (bench/README.md; seen in 7 of 9 rounds).
 */
export function serializePath(path: string, params: Record<string, unknown>): string {
  let parts = templates.get(path);
  if (parts === undefined) {
    parts = path.split(/\{([^}]+)\}/);
    if (templates.size < MAX_TEMPLATES) templates.set(path, parts);
  }
  let filled = parts[0] as string;
  for (let index = 1; index < parts.length; index += 2) {
    filled += segment(parts[index] as string, params) + (parts[index + 1] as string);
  }
  return filled;
}

function segment(name: string, params: Record<string, unknown>): string {
  const value = params[name];
  if (typeof value !== "string" && typeof value !== "number") {
    throw new CofactrError(
      `Path parameter ${name}: expected a string id, got ${value === undefined ? "nothing" : typeof value}`,
    );
  }
  const text = String(value);
  // A dot segment is at most 6 characters (`%2e%2e`): longer ids (UUIDs) skip the regex.
  if (text === "" || (text.length <= 6 && DOT_SEGMENT.test(text))) {
    throw new CofactrError(`Path parameter ${name}: expected an id, got ${JSON.stringify(text)}`);
  }
  return encodeURIComponent(text);
}
