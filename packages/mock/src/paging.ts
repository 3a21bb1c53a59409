/** The paging parameters every list takes, already parsed (see `parse-query.ts`). */
export interface PageQuery {
  limit?: number;
  offset?: number;
}

/** The spec's default page size. */
const DEFAULT_LIMIT = 100;

/**
 * One page of `records`, in the spec's limit/offset paging shape (`count`, `next`, `previous`,
 * `results`). `next`/`previous` are full URLs built from the request's own URL, as DRF builds them.
 */
export function paginate<T>(records: T[], query: PageQuery, requestUrl: URL) {
  const limit = query.limit ?? DEFAULT_LIMIT;
  const offset = query.offset ?? 0;
  const pageUrl = (pageOffset: number) => {
    const url = new URL(requestUrl);
    url.searchParams.set("limit", String(limit));
    // DRF leaves `offset` out of the link to the first page.
    if (pageOffset > 0) url.searchParams.set("offset", String(pageOffset));
    else url.searchParams.delete("offset");
    return url.toString();
  };
  return {
    count: records.length,
    next: offset + limit < records.length ? pageUrl(offset + limit) : null,
    previous: offset > 0 ? pageUrl(Math.max(0, offset - limit)) : null,
    results: records.slice(offset, offset + limit),
  };
}
