/**
 * The one timer behind every attempt's timeout: each attempt is aborted on time, whatever the
 * order its deadline came in, and an attempt that finished is never aborted.
 */
import { describe, expect, test } from "vitest";
import { createDeadlines } from "../src/attempt-deadlines.js";

const wait = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/** When `controller` was aborted, in ms after `since` (undefined if it was not). */
function abortTime(controller: AbortController, since: number) {
  const seen: { at?: number } = {};
  controller.signal.addEventListener("abort", () => {
    seen.at = performance.now() - since;
  });
  return seen;
}

describe("attempt deadlines", () => {
  test("an attempt is aborted with a TimeoutError once its time is up, not before", async () => {
    const deadlines = createDeadlines();
    const controller = new AbortController();
    const started = performance.now();
    const seen = abortTime(controller, started);
    deadlines.start(controller, 40);
    await wait(20);
    expect(controller.signal.aborted).toBe(false);
    await wait(60);
    expect(controller.signal.aborted).toBe(true);
    expect((controller.signal.reason as DOMException).name).toBe("TimeoutError");
    expect(seen.at).toBeGreaterThanOrEqual(39);
  });

  test("a timeout that is not a positive number expires at once, as with setTimeout", async () => {
    const deadlines = createDeadlines();
    const controllers = [Number.NaN, -5, 0].map((timeoutMs) => {
      const controller = new AbortController();
      deadlines.start(controller, timeoutMs);
      return controller;
    });
    await wait(20);
    expect(controllers.map((controller) => controller.signal.aborted)).toEqual([true, true, true]);
  });

  test("a finished attempt is never aborted", async () => {
    const deadlines = createDeadlines();
    const controller = new AbortController();
    deadlines.finish(deadlines.start(controller, 20));
    await wait(60);
    expect(controller.signal.aborted).toBe(false);
  });

  test("a shorter timeout that starts later is still kept on time", async () => {
    const deadlines = createDeadlines();
    const long = new AbortController();
    const short = new AbortController();
    const started = performance.now();
    const seenShort = abortTime(short, started);
    deadlines.start(long, 1000);
    deadlines.start(short, 30);
    await wait(120);
    expect(short.signal.aborted).toBe(true);
    expect(seenShort.at).toBeLessThan(100);
    expect(long.signal.aborted).toBe(false);
  });

  test("after one deadline passes, the next one in flight is kept, and the timer goes on", async () => {
    const deadlines = createDeadlines();
    const first = new AbortController();
    const finished = new AbortController();
    const second = new AbortController();
    deadlines.start(first, 20);
    deadlines.finish(deadlines.start(finished, 30));
    deadlines.start(second, 60);
    await wait(40);
    expect([first.signal.aborted, finished.signal.aborted, second.signal.aborted]).toEqual([true, false, false]);
    await wait(60);
    expect([first.signal.aborted, finished.signal.aborted, second.signal.aborted]).toEqual([true, false, true]);
    // Armed again after going idle: a new attempt is kept as well.
    const later = new AbortController();
    deadlines.start(later, 20);
    await wait(60);
    expect(later.signal.aborted).toBe(true);
  });
});
