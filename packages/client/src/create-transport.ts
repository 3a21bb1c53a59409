/**
 * The `fetch` the client hands to openapi-fetch: one request, tried as often as the retry policy
 * allows, each attempt under its own timeout, the whole call under an overall bound, the caller's
 * `AbortSignal` honoured throughout. It resolves to the final `Response` (a non-2xx one included,
 * for the caller to turn into an error) or rejects with a `ConnectionError`,
 * `RequestTimeoutError` or `RequestAbortedError`.
 */
import { ConnectionError, RequestAbortedError, RequestTimeoutError } from "./errors.js";
import type { Logger } from "./log-event.js";
import { type AttemptFailure, isRetryable, type ResolvedRetryOptions, retryDelay } from "./retry-policy.js";

export interface TransportOptions {
  fetch: (request: Request) => Promise<Response>;
  retry: ResolvedRetryOptions;
  /** Limit for one attempt: until the whole body is read when `buffer` is set, else until the headers. */
  timeoutMs: number;
  /** Limit for the whole call: every attempt and every wait. */
  totalTimeoutMs: number;
  /**
   * Read the whole body inside the attempt, so a body that stalls or breaks off counts against the
   * attempt (and can be retried). Off for downloads, which are streamed to the caller.
   */
  buffer: boolean;
  logger?: Logger | undefined;
}

/** Connection errors that happen before anything is sent: the server cannot have seen the request. */
const NOT_SENT_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
]);

function errorCode(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: unknown } })?.cause;
  return typeof cause?.code === "string" ? cause.code : undefined;
}

function sleep(milliseconds: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, milliseconds);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

/** Reads the body now (under the attempt's signal) and returns an equivalent, already-read response. */
async function buffered(response: Response): Promise<Response> {
  const body = await response.arrayBuffer();
  const init = { status: response.status, statusText: response.statusText, headers: response.headers };
  // 204 and 304 answers may not carry a body, not even an empty one.
  return new Response([204, 205, 304].includes(response.status) ? null : body, init);
}

/**
 * One signal for one attempt: aborted by the caller's signal or by the attempt's timer, whichever
 * comes first. (A single controller costs far less per request than `AbortSignal.any` with
 * `AbortSignal.timeout` on Node 20.)
 */
function attemptSignal(callerSignal: AbortSignal, timeoutMs: number) {
  const controller = new AbortController();
  let timedOut = false;
  const onAbort = () => controller.abort(callerSignal.reason);
  if (callerSignal.aborted) controller.abort(callerSignal.reason);
  else callerSignal.addEventListener("abort", onAbort, { once: true });
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException("The attempt timed out", "TimeoutError"));
  }, timeoutMs);
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    /** Stops the timer; the caller's signal still cancels (a download being read, say). */
    stopTimer: () => clearTimeout(timer),
    dispose() {
      clearTimeout(timer);
      callerSignal.removeEventListener("abort", onAbort);
    },
  };
}

export function createTransport(options: TransportOptions): (request: Request) => Promise<Response> {
  const { retry, logger } = options;
  return async (request) => {
    const started = Date.now();
    const callerSignal = request.signal;
    const { method } = request;
    const url = new URL(request.url);
    const where = `${url.pathname}${url.search}`;
    // The body is read once, so that every attempt can send it again.
    const body = request.body ? await request.arrayBuffer() : undefined;
    for (let attempt = 1; ; attempt++) {
      const remaining = options.totalTimeoutMs - (Date.now() - started);
      if (remaining <= 0)
        throw new RequestTimeoutError(`${method} ${url.pathname} took longer than ${options.totalTimeoutMs} ms in all`);
      const signal = attemptSignal(callerSignal, Math.min(options.timeoutMs, remaining));
      const attemptStarted = Date.now();
      logger?.({ type: "request", method, url: where, attempt });
      let failure: AttemptFailure;
      let response: Response | undefined;
      try {
        response = await options.fetch(new Request(request, { signal: signal.signal, ...(body ? { body } : {}) }));
        if (options.buffer) response = await buffered(response);
        logger?.({
          type: "response",
          method,
          url: where,
          attempt,
          status: response.status,
          durationMs: Date.now() - attemptStarted,
        });
        if (response.ok) return response;
        failure = { kind: "status", status: response.status };
      } catch (error) {
        if (callerSignal.aborted) {
          throw new RequestAbortedError(`${method} ${url.pathname} was aborted`, { cause: callerSignal.reason });
        }
        if (signal.timedOut()) {
          failure = { kind: "timeout" };
        } else {
          const code = errorCode(error);
          failure = { kind: "connection", mayHaveReachedServer: code === undefined || !NOT_SENT_CODES.has(code) };
        }
        logger?.({ type: "error", method, url: where, attempt, error: `${failure.kind}${code(error)}` });
        if (attempt > retry.maxRetries || !isRetryable(failure, method, retry))
          throw toError(failure, method, url, options, error);
      } finally {
        // A download's timeout covers waiting for its headers; its body is the caller's to read
        // (or cancel with its signal) for as long as the file takes.
        if (options.buffer) signal.dispose();
        else signal.stopTimer();
      }
      if (response && (attempt > retry.maxRetries || !isRetryable(failure, method, retry))) return response;
      const delay = retryDelay(attempt, response?.headers.get("retry-after") ?? null, retry);
      const timeLeft = options.totalTimeoutMs - (Date.now() - started);
      if (delay === undefined || delay >= timeLeft) {
        if (response) return response;
        throw toError(failure, method, url, options);
      }
      logger?.({ type: "retry", method, url: where, attempt, reason: describe(failure), delayMs: delay });
      try {
        await sleep(delay, callerSignal);
      } catch (reason) {
        throw new RequestAbortedError(`${method} ${url.pathname} was aborted`, { cause: reason });
      }
    }
  };
}

function code(error: unknown): string {
  const found = errorCode(error);
  return found ? ` (${found})` : "";
}

function describe(failure: AttemptFailure): string {
  return failure.kind === "status" ? `status ${failure.status}` : failure.kind;
}

function toError(failure: AttemptFailure, method: string, url: URL, options: TransportOptions, cause?: unknown): Error {
  if (failure.kind === "timeout") {
    return new RequestTimeoutError(`${method} ${url.pathname} got no complete answer within ${options.timeoutMs} ms`, {
      cause,
    });
  }
  const reached = failure.kind === "connection" && failure.mayHaveReachedServer;
  const what = reached ? "the connection broke" : `could not connect to ${url.origin}`;
  return new ConnectionError(`${method} ${url.pathname} failed: ${what}${code(cause)}`, reached, { cause });
}
