/**
 * When a failed attempt is tried again, and how long to wait first.
 *
 * Retried: connection failures, 408, 429 and 5xx answers, and attempts that timed out. A request
 * that may already have been processed is not repeated unless `retryNonIdempotent` is set: that is
 * a POST or PATCH that reached the server and then failed (a 500, 502 or 504, a timeout, a
 * connection cut after sending). 408, 429 and 503 say the server did not process the request, so
 * they are retried for every method, as is a connection that was never established.
 */

/** Retry settings; every field is optional and per call too. */
export interface RetryOptions {
  /** Retries after the first attempt. Default 2. */
  maxRetries?: number;
  /** First wait, doubled on each retry (with jitter). Default 500 ms. */
  initialDelayMs?: number;
  /** Longest wait between attempts. Default 8 s. */
  maxDelayMs?: number;
  /** Longest `Retry-After` honoured; a longer one ends the retries. Default 60 s. */
  maxRetryAfterMs?: number;
  /** Also repeat POST and PATCH requests that may have been processed. Default false. */
  retryNonIdempotent?: boolean;
}

export type ResolvedRetryOptions = Required<RetryOptions>;

export const DEFAULT_RETRY: ResolvedRetryOptions = {
  maxRetries: 2,
  initialDelayMs: 500,
  maxDelayMs: 8000,
  maxRetryAfterMs: 60_000,
  retryNonIdempotent: false,
};

const IDEMPOTENT_METHODS = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE"]);
const NOT_PROCESSED_STATUSES = new Set([408, 429, 503]);

/** What went wrong with one attempt. */
export type AttemptFailure =
  | { kind: "status"; status: number }
  | { kind: "connection"; mayHaveReachedServer: boolean }
  | { kind: "timeout" };

export function isRetryable(failure: AttemptFailure, method: string, options: ResolvedRetryOptions): boolean {
  const repeatable = IDEMPOTENT_METHODS.has(method) || options.retryNonIdempotent;
  switch (failure.kind) {
    case "status":
      if (NOT_PROCESSED_STATUSES.has(failure.status)) return true;
      return failure.status >= 500 && repeatable;
    case "connection":
      return !failure.mayHaveReachedServer || repeatable;
    case "timeout":
      return repeatable;
  }
}

/**
 * Milliseconds to wait before retry number `retry` (1 for the first retry): `Retry-After` when the
 * server sent one (seconds or an HTTP date), otherwise exponential backoff with full jitter.
 * Returns `undefined` when the server asks for a longer wait than `maxRetryAfterMs`.
 */
export function retryDelay(
  retry: number,
  retryAfter: string | null,
  options: ResolvedRetryOptions,
  random: () => number = Math.random,
  now: () => number = Date.now,
): number | undefined {
  const requested = parseRetryAfter(retryAfter, now);
  if (requested !== undefined) return requested <= options.maxRetryAfterMs ? requested : undefined;
  const ceiling = Math.min(options.maxDelayMs, options.initialDelayMs * 2 ** (retry - 1));
  // Half fixed, half random: spreads retries of many clients without ever retrying at once.
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** `Retry-After` in milliseconds: a number of seconds or an HTTP date; `undefined` if absent or unreadable. */
export function parseRetryAfter(value: string | null, now: () => number = Date.now): number | undefined {
  if (value === null || value.trim() === "") return undefined;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Math.round(Number(value) * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now());
}
