import { describe, expect, test } from "vitest";
import { DEFAULT_RETRY, isRetryable, parseRetryAfter, retryDelay } from "../src/retry-policy.js";

const NOW = Date.parse("2026-11-21T12:00:00Z");

describe("Retry-After", () => {
  test.each([
    { given: "seconds", value: "3", want: 3000 },
    { given: "fractional seconds", value: "1.5", want: 1500 },
    { given: "an HTTP date", value: "Sat, 21 Nov 2026 12:00:10 GMT", want: 10_000 },
    { given: "a date in the past", value: "Sat, 21 Nov 2026 11:00:00 GMT", want: 0 },
    { given: "nothing", value: null, want: undefined },
    { given: "nonsense", value: "soon", want: undefined },
  ])("$given", ({ value, want }) => {
    expect(parseRetryAfter(value, () => NOW)).toBe(want);
  });

  test("a Retry-After beyond the cap ends the retries; within it, it is the wait", () => {
    expect(retryDelay(1, "61", DEFAULT_RETRY)).toBeUndefined();
    expect(retryDelay(1, "60", DEFAULT_RETRY)).toBe(60_000);
  });
});

describe("backoff", () => {
  test.each([
    { retry: 1, random: 0, want: 250 },
    { retry: 1, random: 1, want: 500 },
    { retry: 2, random: 0.5, want: 750 },
    { retry: 6, random: 1, want: 8000 },
  ])("retry $retry with jitter $random waits $want ms", ({ retry, random, want }) => {
    expect(retryDelay(retry, null, DEFAULT_RETRY, () => random)).toBe(want);
  });
});

describe("what is retried", () => {
  test.each([
    { failure: { kind: "status", status: 429 }, method: "POST", want: true },
    { failure: { kind: "status", status: 503 }, method: "PATCH", want: true },
    { failure: { kind: "status", status: 408 }, method: "POST", want: true },
    { failure: { kind: "status", status: 500 }, method: "GET", want: true },
    { failure: { kind: "status", status: 500 }, method: "POST", want: false },
    { failure: { kind: "status", status: 502 }, method: "PUT", want: true },
    { failure: { kind: "status", status: 404 }, method: "GET", want: false },
    { failure: { kind: "connection", mayHaveReachedServer: false }, method: "POST", want: true },
    { failure: { kind: "connection", mayHaveReachedServer: true }, method: "POST", want: false },
    { failure: { kind: "timeout" }, method: "DELETE", want: true },
    { failure: { kind: "timeout" }, method: "PATCH", want: false },
  ] as const)("$failure.kind $failure.status on $method: $want", ({ failure, method, want }) => {
    expect(isRetryable(failure, method, DEFAULT_RETRY)).toBe(want);
  });
});
