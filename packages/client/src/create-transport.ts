/**
 * How the client sends a request: tried as often as the retry policy allows, each attempt under
 * its own timeout, the whole call under an overall bound, the caller's `AbortSignal` honoured
 * throughout. `send` serves the facade; `createTransport` wraps it as the `fetch` openapi-fetch
 * calls. Both resolve to the final answer (a non-2xx one included, for the caller to turn into an
 * error) or reject with a `ConnectionError`, `RequestTimeoutError` or `RequestAbortedError`.
 */
import { ConnectionError, RequestAbortedError, RequestTimeoutError } from "./errors.js";
import type { Logger } from "./log-event.js";
import { type AttemptFailure, isRetryable, type ResolvedRetryOptions, retryDelay } from "./retry-policy.js";

/** How `send` tries a request. */
export interface SendOptions {
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

/** `SendOptions` plus the `fetch` each attempt of a path-based call goes through. */
export interface TransportOptions extends SendOptions {
  fetch: (request: Request) => Promise<Response>;
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

/** One attempt: sends the request under `signal` and resolves to the answer's headers. */
export type Attempt = (signal: AbortSignal) => Promise<Response>;

/** The final answer of `send`, its body already read when `buffer` is set. */
export interface Sent {
  response: Response;
  /** The whole body, read inside the attempt's timeout (when `buffer` is set). */
  body: ArrayBuffer | undefined;
}

/**
 * Sends one request as often as the retry policy allows. `attempt` makes each try; `callerSignal`
 * cancels everything. Resolves to the final answer, a non-2xx one included.
 */
export async function send(
  attempt: Attempt,
  method: string,
  url: URL,
  callerSignal: AbortSignal | undefined,
  options: SendOptions,
): Promise<Sent> {
  const { retry, logger } = options;
  const started = Date.now();
  const caller = callerSignal ?? new AbortController().signal;
  const where = `${url.pathname}${url.search}`;
  for (let number = 1; ; number++) {
    const remaining = options.totalTimeoutMs - (Date.now() - started);
    if (remaining <= 0)
      throw new RequestTimeoutError(`${method} ${url.pathname} took longer than ${options.totalTimeoutMs} ms in all`);
    const signal = attemptSignal(caller, Math.min(options.timeoutMs, remaining));
    const attemptStarted = Date.now();
    logger?.({ type: "request", method, url: where, attempt: number });
    let failure: AttemptFailure;
    let response: Response | undefined;
    let body: ArrayBuffer | undefined;
    try {
      response = await attempt(signal.signal);
      if (options.buffer) body = await response.arrayBuffer();
      logger?.({
        type: "response",
        method,
        url: where,
        attempt: number,
        status: response.status,
        durationMs: Date.now() - attemptStarted,
      });
      if (response.ok) return { response, body };
      failure = { kind: "status", status: response.status };
    } catch (error) {
      if (caller.aborted) {
        throw new RequestAbortedError(`${method} ${url.pathname} was aborted`, { cause: caller.reason });
      }
      if (signal.timedOut()) {
        failure = { kind: "timeout" };
      } else {
        const errorName = errorCode(error);
        failure = {
          kind: "connection",
          mayHaveReachedServer: errorName === undefined || !NOT_SENT_CODES.has(errorName),
        };
      }
      logger?.({ type: "error", method, url: where, attempt: number, error: `${failure.kind}${code(error)}` });
      if (number > retry.maxRetries || !isRetryable(failure, method, retry))
        throw toError(failure, method, url, options, error);
    } finally {
      // A download's timeout covers waiting for its headers; its body is the caller's to read
      // (or cancel with its signal) for as long as the file takes.
      if (options.buffer) signal.dispose();
      else signal.stopTimer();
    }
    if (response && (number > retry.maxRetries || !isRetryable(failure, method, retry))) return { response, body };
    const delay = retryDelay(number, response?.headers.get("retry-after") ?? null, retry);
    const timeLeft = options.totalTimeoutMs - (Date.now() - started);
    if (delay === undefined || delay >= timeLeft) {
      if (response) return { response, body };
      throw toError(failure, method, url, options);
    }
    logger?.({ type: "retry", method, url: where, attempt: number, reason: describe(failure), delayMs: delay });
    try {
      await sleep(delay, caller);
    } catch (reason) {
      throw new RequestAbortedError(`${method} ${url.pathname} was aborted`, { cause: reason });
    }
  }
}

/** The same, as the `fetch` openapi-fetch calls: for the path-based API. */
export function createTransport(options: TransportOptions): (request: Request) => Promise<Response> {
  return async (request) => {
    // The body is read once, so that every attempt can send it again.
    const body = request.body ? await request.arrayBuffer() : undefined;
    const attempt: Attempt = (signal) => options.fetch(new Request(request, { signal, ...(body ? { body } : {}) }));
    const sent = await send(attempt, request.method, new URL(request.url), request.signal, options);
    if (!options.buffer) return sent.response;
    const { status, statusText, headers } = sent.response;
    // 204, 205 and 304 answers may not carry a body, not even an empty one.
    return new Response([204, 205, 304].includes(status) ? null : sent.body, { status, statusText, headers });
  };
}

function code(error: unknown): string {
  const found = errorCode(error);
  return found ? ` (${found})` : "";
}

function describe(failure: AttemptFailure): string {
  return failure.kind === "status" ? `status ${failure.status}` : failure.kind;
}

function toError(failure: AttemptFailure, method: string, url: URL, options: SendOptions, cause?: unknown): Error {
  if (failure.kind === "timeout") {
    return new RequestTimeoutError(`${method} ${url.pathname} got no complete answer within ${options.timeoutMs} ms`, {
      cause,
    });
  }
  const reached = failure.kind === "connection" && failure.mayHaveReachedServer;
  const what = reached ? "the connection broke" : `could not connect to ${url.origin}`;
  return new ConnectionError(`${method} ${url.pathname} failed: ${what}${code(cause)}`, reached, { cause });
}
