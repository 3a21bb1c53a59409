/** JSON pointers (RFC 6901), as issues report where a value went wrong: `/lines/3/quantity`. */

/** Escapes one segment: `~` → `~0`, `/` → `~1`. */
export function escapeSegment(segment: string): string {
  return segment.includes("~") || segment.includes("/") ? segment.replaceAll("~", "~0").replaceAll("/", "~1") : segment;
}

function unescapeSegment(segment: string): string {
  return segment.includes("~") ? segment.replaceAll("~1", "/").replaceAll("~0", "~") : segment;
}

/** A list index: digits, without a leading zero unless it is `0`. */
function isIndex(segment: string): boolean {
  if (segment.length === 0 || (segment.length > 1 && segment.charCodeAt(0) === 48)) return false;
  for (let index = 0; index < segment.length; index++) {
    const code = segment.charCodeAt(index);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** The keys a pointer walks (`/lines/3/quantity` → `["lines", 3, "quantity"]`); list indexes are numbers. */
export function toPath(pointer: string): Array<string | number> {
  if (pointer === "") return [];
  if (pointer.indexOf("/", 1) === -1) {
    const segment = pointer.slice(1);
    return [isIndex(segment) ? Number(segment) : unescapeSegment(segment)];
  }
  const path: Array<string | number> = [];
  let start = 1;
  while (start <= pointer.length) {
    let end = pointer.indexOf("/", start);
    if (end === -1) end = pointer.length;
    const segment = pointer.slice(start, end);
    path.push(isIndex(segment) ? Number(segment) : unescapeSegment(segment));
    start = end + 1;
  }
  return path;
}
