import { HttpError } from "./http-error.js";

/**
 * One page of `records`, in the spec's limit/offset paging shape (`count`, `next`, `previous`,
 * `results`). `next`/`previous` are full URLs built from the request's own URL.
 */
export function paginate<T>(records: T[], query: URLSearchParams, requestUrl: URL) {
  const limit = readInteger(query, "limit", 100, 1, 1000);
  const offset = readInteger(query, "offset", 0, 0, 2147483647);
  const pageUrl = (pageOffset: number) => {
    const url = new URL(requestUrl);
    url.searchParams.set("limit", String(limit));
    url.searchParams.set("offset", String(pageOffset));
    return url.toString();
  };
  return {
    count: records.length,
    next: offset + limit < records.length ? pageUrl(offset + limit) : null,
    previous: offset > 0 ? pageUrl(Math.max(0, offset - limit)) : null,
    results: records.slice(offset, offset + limit),
  };
}

function readInteger(query: URLSearchParams, name: string, fallback: number, minimum: number, maximum: number): number {
  const text = query.get(name);
  if (text === null) return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < minimum || value > maximum) {
    throw HttpError.fields({
      [name]: [`expected an integer from ${minimum} to ${maximum}, got ${JSON.stringify(text)}`],
    });
  }
  return value;
}
