/** An answer other than success, thrown by a handler and sent by the server as JSON. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(`HTTP ${status}`);
  }

  static detail(status: number, detail: string): HttpError {
    return new HttpError(status, { detail });
  }

  /** 400 with Django REST Framework field errors: `{"field": ["message"]}`. */
  static fields(errors: Record<string, string[]>): HttpError {
    return new HttpError(400, errors);
  }
}
