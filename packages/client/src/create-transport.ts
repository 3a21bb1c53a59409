/**
 * How the client sends a request: tried as often as the retry policy allows, each attempt under
 * its own timeout, the whole call under an overall bound, the caller's `AbortSignal` honoured
 * throughout. `send` serves the facade; `createTransport` wraps it as the `fetch` openapi-fetch
 * calls. Both resolve to the final answer (a non-2xx one included, for the caller to turn into an
 * error) or reject with a `ConnectionError`, `RequestTimeoutError` or `RequestAbortedError`.
 */
import type { Deadlines } from "./attempt-deadlines.js";
import { ConnectionError, RequestAbortedError, RequestTimeoutError } from "./errors.js";
import type { Logger } from "./log-event.js";
import { type AttemptFailure, isRetryable, type ResolvedRetryOptions, retryDelay } from "./retry-policy.js";

/** How `send` tries a request. */
export interface SendOptions {
  retry: ResolvedRetryOptions;
  /** The client's attempt timeouts (one timer for all). */
  deadlines: Deadlines;
  /** Limit for one attempt: until the whole body is read when the body is read, else until the headers. */
  timeoutMs: number;
  /** Limit for the whole call: every attempt and every wait. */
  totalTimeoutMs: number;
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

function sleep(milliseconds: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, milliseconds);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/** One attempt: sends the request under `signal` and resolves to the answer's headers. */
export type Attempt = (signal: AbortSignal) => Promise<Response>;

/** Reads a whole answer body: `response.text()` for the facade, `arrayBuffer()` for the path-based API. */
export type ReadBody<Body> = (response: Response) => Promise<Body>;

/** The final answer of `send`, its body already read when a `read` was given. */
export interface Sent<Body> {
  response: Response;
  /** The whole body, read inside the attempt's timeout (when a `read` was given). */
  body: Body | undefined;
}

/**
 * Sends one request as often as the retry policy allows. `attempt` makes each try; `callerSignal`
 * cancels everything. With `read`, each attempt also reads the whole body under its timeout, so a
 * body that stalls or breaks off counts against the attempt (and can be retried); without it (a
 * download, streamed to the caller) the timeout covers the headers only. Resolves to the final
 * answer, a non-2xx one included; `url` serves error messages and logs only. `reusable` says that
 * `attempt` hands its signal to nothing but the global `fetch`, so that once an answer has been
 * read to the end its controller may carry a later attempt.
 *
 * This runs on every call, so its common path (one attempt that succeeds) is kept to what the
 * guarantees need, each piece chosen by measurement against a loopback server (bench/README.md):
 *
 * - A signal on every attempt, aborted by the client's deadline timer or by the caller's signal.
 *   A signal passed to Node's fetch is the largest cost left, 3–5% of a loopback GET (undici
 *   follows it with a WeakRef, a listener and a FinalizationRegistry entry), but without one a
 *   timed-out request could not be cancelled and would hold its connection (in browsers, one of
 *   six per host) until the server answers. `AbortSignal.timeout` costs twice a controller (and
 *   brings its own timer), and combining it with the caller's signal needs `AbortSignal.any`,
 *   dearer still. `Deadlines` lends the controller, and lends it again after an attempt that is
 *   completely over when `reusable` says nobody else follows its signal (attempt-deadlines.ts).
 * - No timer per attempt: `Deadlines` keeps every attempt's timeout with one timer per client.
 * - No signal of our own for the caller: their signal, when given, is listened to directly.
 * - No URL parsing and no log event unless a logger is set or something failed.
 */
export async function send<Body>(
  attempt: Attempt,
  method: string,
  url: string,
  callerSignal: AbortSignal | undefined,
  options: SendOptions,
  read: ReadBody<Body> | undefined,
  reusable: boolean,
): Promise<Sent<Body>> {
  const { retry, logger } = options;
  const started = Date.now();
  const where = logger ? pathAndQuery(url) : "";
  for (let number = 1; ; number++) {
    const remaining = options.totalTimeoutMs - (Date.now() - started);
    if (remaining <= 0)
      throw new RequestTimeoutError(`${method} ${pathOf(url)} took longer than ${options.totalTimeoutMs} ms in all`);
    const deadline = options.deadlines.start(Math.min(options.timeoutMs, remaining));
    const { controller } = deadline;
    const onAbort = callerSignal && (() => controller.abort(callerSignal.reason));
    if (onAbort) {
      if (callerSignal.aborted) onAbort();
      else callerSignal.addEventListener("abort", onAbort, { once: true });
    }
    const attemptStarted = logger ? Date.now() : 0;
    logger?.({ type: "request", method, url: where, attempt: number });
    let failure: AttemptFailure;
    let response: Response | undefined;
    let body: Body | undefined;
    try {
      response = await attempt(controller.signal);
      if (read) body = await read(response);
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
      if (callerSignal?.aborted) {
        throw new RequestAbortedError(`${method} ${pathOf(url)} was aborted`, { cause: callerSignal.reason });
      }
      if (controller.signal.aborted) {
        // Only the deadline aborts the attempt's controller when the caller's signal has not.
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
      // Reusable once the answer was read to the end (`body` is set only then).
      options.deadlines.finish(deadline, reusable && body !== undefined);
      // A download's timeout covers waiting for its headers; its body is the caller's to read (or
      // cancel with its signal, which therefore stays connected) for as long as the file takes.
      if (onAbort && read) callerSignal.removeEventListener("abort", onAbort);
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
      await sleep(delay, callerSignal);
    } catch (reason) {
      throw new RequestAbortedError(`${method} ${pathOf(url)} was aborted`, { cause: reason });
    }
  }
}

function pathOf(url: string): string {
  return new URL(url).pathname;
}

function pathAndQuery(url: string): string {
  const { pathname, search } = new URL(url);
  return `${pathname}${search}`;
}

const readBytes: ReadBody<ArrayBuffer> = (response) => response.arrayBuffer();

/**
 * The same, as the `fetch` openapi-fetch calls: for the path-based API. The answer is read whole
 * inside the attempt (as bytes, whatever its type) and handed on as a new `Response`.
 */
export function createTransport(options: TransportOptions): (request: Request) => Promise<Response> {
  return async (request) => {
    // The body is read once, so that every attempt can send it again.
    const body = request.body ? await request.arrayBuffer() : undefined;
    const attempt: Attempt = (signal) => options.fetch(new Request(request, { signal, ...(body ? { body } : {}) }));
    // A fresh controller per attempt: the path-based API is not the hot path measured, and its
    // `fetch` may be the caller's own, which could listen to the signal after the answer.
    const sent = await send(attempt, request.method, request.url, request.signal, options, readBytes, false);
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

function toError(failure: AttemptFailure, method: string, url: string, options: SendOptions, cause?: unknown): Error {
  const { pathname, origin } = new URL(url);
  if (failure.kind === "timeout") {
    return new RequestTimeoutError(`${method} ${pathname} got no complete answer within ${options.timeoutMs} ms`, {
      cause,
    });
  }
  const reached = failure.kind === "connection" && failure.mayHaveReachedServer;
  const what = reached ? "the connection broke" : `could not connect to ${origin}`;
  return new ConnectionError(`${method} ${pathname} failed: ${what}${code(cause)}`, reached, { cause });
}
