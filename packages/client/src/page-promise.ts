/**
 * What a list operation returns: a promise of the first page that is also an async iterable of
 * every record on every page.
 *
 * ```ts
 * const page = await cofactr.boms.list({ query: { limit: 50 } }); // one page
 * for await (const bom of cofactr.boms.list()) { … }              // every BOM, page by page
 * ```
 *
 * Iteration asks for the next page at `offset + results.length` until the server's `next` is null,
 * so it needs no URL parsing and works with any base URL.
 */
export interface Page<Item> {
  count: number;
  next: string | null;
  previous: string | null;
  results: Item[];
}

export class PagePromise<P extends Page<Item>, Item = P["results"][number]>
  implements PromiseLike<P>, AsyncIterable<Item>
{
  private first: Promise<P> | undefined;

  constructor(
    private readonly fetchPage: (offset: number | undefined) => Promise<P>,
    private readonly startOffset: number | undefined,
  ) {}

  private firstPage(): Promise<P> {
    this.first ??= this.fetchPage(this.startOffset);
    return this.first;
  }

  // biome-ignore lint/suspicious/noThenProperty: a PagePromise is awaited like the promise of its first page.
  then<Result = P, Failure = never>(
    onFulfilled?: ((page: P) => Result | PromiseLike<Result>) | null,
    onRejected?: ((reason: unknown) => Failure | PromiseLike<Failure>) | null,
  ): Promise<Result | Failure> {
    return this.firstPage().then(onFulfilled, onRejected);
  }

  async *[Symbol.asyncIterator](): AsyncIterator<Item> {
    let page = await this.firstPage();
    let offset = this.startOffset ?? 0;
    for (;;) {
      yield* page.results as Item[];
      if (page.next === null || page.results.length === 0) return;
      offset += page.results.length;
      page = await this.fetchPage(offset);
    }
  }
}
