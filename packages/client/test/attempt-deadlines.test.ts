/**
 * The one timer behind every attempt's timeout: each attempt is aborted on time, whatever the
 * order its deadline came in, and an attempt that finished is never aborted. Controllers are lent
 * again only when that is safe: after an attempt that is over, never after an abort, never when
 * the caller said someone else may follow the signal, and at most MAX_USES times.
 */
import { describe, expect, test } from "vitest";
import { createDeadlines, MAX_USES } from "../src/attempt-deadlines.js";

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
    const started = performance.now();
    const { controller } = deadlines.start(40);
    const seen = abortTime(controller, started);
    await wait(20);
    expect(controller.signal.aborted).toBe(false);
    await wait(60);
    expect(controller.signal.aborted).toBe(true);
    expect((controller.signal.reason as DOMException).name).toBe("TimeoutError");
    expect(seen.at).toBeGreaterThanOrEqual(39);
  });

  test("a timeout that is not a positive number expires at once, as with setTimeout", async () => {
    const deadlines = createDeadlines();
    const controllers = [Number.NaN, -5, 0].map((timeoutMs) => deadlines.start(timeoutMs).controller);
    await wait(20);
    expect(controllers.map((controller) => controller.signal.aborted)).toEqual([true, true, true]);
  });

  test("a finished attempt is never aborted", async () => {
    const deadlines = createDeadlines();
    const deadline = deadlines.start(20);
    deadlines.finish(deadline, false);
    await wait(60);
    expect(deadline.controller.signal.aborted).toBe(false);
  });

  test("a shorter timeout that starts later is still kept on time", async () => {
    const deadlines = createDeadlines();
    const started = performance.now();
    const long = deadlines.start(1000).controller;
    const short = deadlines.start(30).controller;
    const seenShort = abortTime(short, started);
    await wait(120);
    expect(short.signal.aborted).toBe(true);
    expect(seenShort.at).toBeLessThan(100);
    expect(long.signal.aborted).toBe(false);
  });

  test("after one deadline passes, the next one in flight is kept, and the timer goes on", async () => {
    const deadlines = createDeadlines();
    const first = deadlines.start(20).controller;
    const finishedDeadline = deadlines.start(30);
    deadlines.finish(finishedDeadline, false);
    const finished = finishedDeadline.controller;
    const second = deadlines.start(60).controller;
    await wait(40);
    expect([first.signal.aborted, finished.signal.aborted, second.signal.aborted]).toEqual([true, false, false]);
    await wait(60);
    expect([first.signal.aborted, finished.signal.aborted, second.signal.aborted]).toEqual([true, false, true]);
    // Armed again after going idle: a new attempt is kept as well.
    const later = deadlines.start(20).controller;
    await wait(60);
    expect(later.signal.aborted).toBe(true);
  });
});

describe("controllers lent again", () => {
  test("a reusable finished attempt's controller carries the next attempt, and its new deadline", async () => {
    const deadlines = createDeadlines();
    const first = deadlines.start(10);
    const controller = first.controller;
    deadlines.finish(first, true);
    await wait(40);
    // The old deadline has passed: it no longer applies to the controller.
    expect(controller.signal.aborted).toBe(false);
    const second = deadlines.start(30);
    expect(second.controller).toBe(controller);
    expect(second.uses).toBe(2);
    await wait(10);
    expect(controller.signal.aborted).toBe(false);
    await wait(60);
    expect(controller.signal.aborted).toBe(true);
  });

  test("never while in flight: attempts in parallel each get a controller of their own", () => {
    const deadlines = createDeadlines();
    const first = deadlines.start(1000);
    const second = deadlines.start(1000);
    expect(second.controller).not.toBe(first.controller);
    deadlines.finish(first, true);
    deadlines.finish(second, true);
    const third = deadlines.start(1000);
    const fourth = deadlines.start(1000);
    expect(new Set([third.controller, fourth.controller])).toEqual(new Set([first.controller, second.controller]));
    deadlines.finish(third, false);
    deadlines.finish(fourth, false);
  });

  test("not when the attempt says someone else may follow its signal", () => {
    const deadlines = createDeadlines();
    const first = deadlines.start(1000);
    deadlines.finish(first, false);
    const second = deadlines.start(1000);
    expect(second.controller).not.toBe(first.controller);
    deadlines.finish(second, false);
  });

  test("never after an abort, by the deadline or by anyone else", async () => {
    const deadlines = createDeadlines();
    const timedOut = deadlines.start(5);
    await wait(30);
    deadlines.finish(timedOut, true);
    const aborted = deadlines.start(1000);
    aborted.controller.abort(new Error("the caller gave up"));
    deadlines.finish(aborted, true);
    const next = deadlines.start(1000);
    expect([timedOut.controller, aborted.controller]).not.toContain(next.controller);
    expect(next.controller.signal.aborted).toBe(false);
    deadlines.finish(next, false);
  });

  test(`a controller carries at most ${MAX_USES} attempts`, () => {
    const deadlines = createDeadlines();
    const first = deadlines.start(1000);
    let deadline = first;
    for (let use = 1; use < MAX_USES; use++) {
      deadlines.finish(deadline, true);
      deadline = deadlines.start(1000);
      expect(deadline.controller).toBe(first.controller);
    }
    expect(deadline.uses).toBe(MAX_USES);
    deadlines.finish(deadline, true);
    const fresh = deadlines.start(1000);
    expect(fresh.controller).not.toBe(first.controller);
    expect(fresh.uses).toBe(1);
    deadlines.finish(fresh, false);
  });
});
