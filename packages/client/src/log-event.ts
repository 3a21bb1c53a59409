/**
 * What the client tells the `logger` option. Events carry the method, the URL (path and query),
 * statuses and timings, never headers or bodies, so the API key cannot appear in a log.
 */
export type LogEvent =
  | { type: "request"; method: string; url: string; attempt: number }
  | { type: "response"; method: string; url: string; attempt: number; status: number; durationMs: number }
  | { type: "retry"; method: string; url: string; attempt: number; reason: string; delayMs: number }
  | { type: "error"; method: string; url: string; attempt: number; error: string }
  | { type: "validation"; subject: string; issues: string[] };

/** Receives every `LogEvent`; pass `console.debug`-like functions or a structured logger. */
export type Logger = (event: LogEvent) => void;
