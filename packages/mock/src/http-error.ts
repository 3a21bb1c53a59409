/** DRF's message for an id that names no record the request may use. */
export function invalidPk(id: string): string {
  return `Invalid pk "${id}" - object does not exist.`;
}

/** An answer other than success, thrown by a handler and sent by the server as JSON. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(`HTTP ${status}`);
  }

  /** A request-level error: `{"detail": "…"}`. */
  static detail(status: number, detail: string): HttpError {
    return new HttpError(status, { detail });
  }

  /** 404 as Django REST Framework words it; the same for a missing record and one the key may not see. */
  static notFound(): HttpError {
    return HttpError.detail(404, "Not found.");
  }

  /** 400 with Django REST Framework field errors: `{"field": ["message"]}`. */
  static fields(errors: Record<string, string[]>): HttpError {
    return new HttpError(400, errors);
  }

  /** 400 for one field. */
  static field(field: string, message: string): HttpError {
    return HttpError.fields({ [field]: [message] });
  }

  /** 400 for a rule that concerns the record as a whole, as DRF reports it (`non_field_errors`). */
  static rule(message: string): HttpError {
    return HttpError.fields({ non_field_errors: [message] });
  }

  /** 400 for an id in the body that names no record the request may use, in DRF's words. */
  static invalidReference(field: string, id: string): HttpError {
    return HttpError.field(field, invalidPk(id));
  }
}
