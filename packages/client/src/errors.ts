/**
 * The errors the client throws. Every one is a `CofactrError`, so one `instanceof` catches them all:
 *
 * - `CofactrApiError`: the server answered with a non-2xx status. Carries the status, method, path,
 *   parsed body, `detail`, field errors and request id. Subclasses per status family
 *   (`BadRequestError`, `AuthenticationError`, `PermissionDeniedError`, `NotFoundError`,
 *   `RateLimitError`, `ServerError`) narrow `status` in TypeScript.
 *
 * None of them ever holds the API key: only the response is kept, never the request headers.
 */
import type { FieldErrors } from "@cofactr/platform-types";

/** Base class of every error this package throws. */
export class CofactrError extends Error {
  override name = "CofactrError";
}

/** What the client knew about an answer with a non-2xx status. */
export interface ApiErrorInit {
  status: number;
  method: string;
  /** The path as the spec spells it, with the ids filled in (`/v1/boms/6a1f…/`). */
  path: string;
  /** The parsed JSON body, or the text when it was not JSON. */
  body: unknown;
  headers: Headers;
}

function summarise(body: unknown): string | undefined {
  if (typeof body === "string") return body.slice(0, 200) || undefined;
  if (body === null || typeof body !== "object") return undefined;
  if (typeof (body as { detail?: unknown }).detail === "string") return (body as { detail: string }).detail;
  const first = Object.entries(body as Record<string, unknown>)[0];
  if (!first) return undefined;
  const [field, messages] = first;
  return Array.isArray(messages) && typeof messages[0] === "string" ? `${field}: ${messages[0]}` : `${field}: invalid`;
}

/** The server answered with a status outside 2xx. */
export class CofactrApiError extends CofactrError {
  override name = "CofactrApiError";
  readonly status: number;
  readonly method: string;
  readonly path: string;
  /** The parsed body of the answer (JSON), or its text. */
  readonly body: unknown;
  /** `detail` from a `{"detail": "…"}` body, when there is one. */
  readonly detail: string | undefined;
  /** Field errors from a Django REST Framework validation answer (`{"field": ["message"]}`), when there are any. */
  readonly fieldErrors: FieldErrors | undefined;
  /** The server's request id (`x-request-id`), to quote to Cofactr support. */
  readonly requestId: string | undefined;
  readonly headers: Headers;

  constructor(init: ApiErrorInit) {
    const summary = summarise(init.body);
    super(`${init.method} ${init.path} answered ${init.status}${summary ? `: ${summary}` : ""}`);
    this.status = init.status;
    this.method = init.method;
    this.path = init.path;
    this.body = init.body;
    this.headers = init.headers;
    this.requestId = init.headers.get("x-request-id") ?? undefined;
    const body = init.body as Record<string, unknown> | null;
    this.detail = typeof body?.detail === "string" ? body.detail : undefined;
    this.fieldErrors =
      body && typeof body === "object" && !Array.isArray(body) && this.detail === undefined
        ? (body as FieldErrors)
        : undefined;
  }

  /** The fields `JSON.stringify` shows: everything but the headers object (which serialises to `{}`). */
  toJSON() {
    return {
      name: this.name,
      message: this.message,
      status: this.status,
      method: this.method,
      path: this.path,
      detail: this.detail,
      fieldErrors: this.fieldErrors,
      requestId: this.requestId,
    };
  }

  /** Creates the subclass that matches the status. */
  static from(init: ApiErrorInit): CofactrApiError {
    const { status } = init;
    if (status === 400) return new BadRequestError(init);
    if (status === 401) return new AuthenticationError(init);
    if (status === 403) return new PermissionDeniedError(init);
    if (status === 404) return new NotFoundError(init);
    if (status === 429) return new RateLimitError(init);
    if (status >= 500) return new ServerError(init);
    return new CofactrApiError(init);
  }
}

/** 400: the request was rejected before anything changed; see `fieldErrors`. */
export class BadRequestError extends CofactrApiError {
  override name = "BadRequestError";
  declare readonly status: 400;
}

/** 401: the API key is missing or not valid. */
export class AuthenticationError extends CofactrApiError {
  override name = "AuthenticationError";
  declare readonly status: 401;
}

/** 403: the key may not act on this org or record. */
export class PermissionDeniedError extends CofactrApiError {
  override name = "PermissionDeniedError";
  declare readonly status: 403;
}

/** 404: no such record is visible to the key. */
export class NotFoundError extends CofactrApiError {
  override name = "NotFoundError";
  declare readonly status: 404;
}

/** 429: too many requests. */
export class RateLimitError extends CofactrApiError {
  override name = "RateLimitError";
  declare readonly status: 429;
}

/** 5xx: the server failed. */
export class ServerError extends CofactrApiError {
  override name = "ServerError";
}

/** The request never got an answer: the connection failed or was cut. */
export class ConnectionError extends CofactrError {
  override name = "ConnectionError";
  constructor(
    message: string,
    /** Whether the request may have reached the server before the connection failed. */
    readonly mayHaveReachedServer: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** An attempt or the whole call took longer than its timeout. */
export class RequestTimeoutError extends CofactrError {
  override name = "RequestTimeoutError";
}

/** The caller's `AbortSignal` cancelled the call. */
export class RequestAbortedError extends CofactrError {
  override name = "RequestAbortedError";
}

/** One thing wrong with a value, as the shared validators report it. */
export interface ValidationIssueLike {
  readonly message: string;
  readonly pointer: string;
}

/** A request body (before sending) or a response (after receiving) does not match the spec. */
export class CofactrValidationError extends CofactrError {
  override name = "CofactrValidationError";
  constructor(
    /** What failed: `"createPurchaseEvent request body"`, `"getBom response"`, `"webhook event"`. */
    readonly subject: string,
    readonly issues: readonly ValidationIssueLike[],
  ) {
    super(
      `Invalid ${subject}:\n${issues.map((issue) => `  ${issue.pointer || "(root)"}: ${issue.message}`).join("\n")}`,
    );
  }
}

/** An async job ended in `failed`; `job` is its last state. */
export class AsyncJobFailedError extends CofactrError {
  override name = "AsyncJobFailedError";
  constructor(
    readonly jobId: string,
    readonly detail: string,
    readonly job: unknown,
  ) {
    super(`Async job ${jobId} failed: ${detail}`);
  }
}
