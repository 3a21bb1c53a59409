/**
 * The timeouts of a client's attempts, kept with one timer for all of them instead of a
 * `setTimeout` and a `clearTimeout` per attempt.
 *
 * Why: on the loopback benchmark (bench/README.md), a `setTimeout` and `clearTimeout` per attempt
 * made the facade's GET about 2.5% slower than with this (in each of nine rounds; about 0.5% on the
 * slower POST), and raw fetch with a per-request timer 2.5% slower than with one shared timer.
 * Setting and clearing a lone timer of a given duration also creates and drops the list of that
 * duration, asks libuv for the time and toggles the event loop's reference each time; here an
 * attempt only adds itself to a set and removes itself.
 *
 * How: the timer is armed for the earliest deadline of the attempts in flight. Attempts usually
 * share one timeout, so a new attempt's deadline is later than the one armed and changes nothing;
 * when the timer fires, it aborts the overdue attempts (with a `TimeoutError`, exactly on time, not
 * on a coarse tick) and re-arms for the next deadline, if any attempt is still in flight. It is not
 * cleared when the last attempt ends (that would bring back a timer per request); it fires later
 * for nothing, and stops. It is `unref`'d in Node, so that it never keeps a process alive: an
 * attempt in flight is a socket or a lookup, which does.
 *
 * Each deadline carries the `AbortController` whose signal the attempt's `fetch` follows, and
 * controllers are used again, up to 16 attempts each. Why: on Node 20, a fresh signal costs a
 * request about 4% of a loopback GET (bench/README.md), and about half of that is making the
 * signal (an `EventTarget` with two maps) and undici raising its listener limit on first sight;
 * one controller carrying a few attempts in turn measured 1–2% faster than a fresh one each time.
 *
 * Why that is safe: a controller is only taken again once the attempt it carried is over, with its
 * answer read to the end, so it never carries two attempts in flight; aborting it later (the next
 * attempt's timeout) reaches requests that are complete, where the Fetch standard makes abort a
 * no-op (nothing left to reject, no body left to cancel), and undici agrees (its abort does nothing
 * to a request it has completed). An aborted controller is never used again. What is not used
 * again is what someone else may still follow: a download's signal (its body is the caller's to
 * read), and a signal handed to the caller's own `fetch` (it may listen to it); `send` says which.
 * Each use leaves undici a listener on the signal until the request is garbage-collected, so a
 * controller is retired after 16 uses: one signal shared by every request, with its listeners
 * piling up, measured 13% slower than fresh ones.
 */

/** One attempt's deadline, from `start` until `finish`. Deadlines are pooled: never keep one. */
export interface Deadline {
  /** Aborted with a `TimeoutError` at `at`, or by the caller's signal (through `send`). */
  readonly controller: AbortController;
  /** When to abort, on the `performance.now()` clock. */
  at: number;
  /** How many attempts this controller has carried, this one included. */
  uses: number;
}

/** The deadlines of one client's attempts. */
export interface Deadlines {
  /**
   * Starts an attempt that ends in `timeoutMs`: its `controller` is aborted with a `TimeoutError`
   * then, unless it finished first. The controller may have carried earlier (finished) attempts.
   */
  start(timeoutMs: number): Deadline;
  /**
   * The attempt is over (or its body is the caller's now): its deadline no longer applies. With
   * `reusable`, nothing follows its signal any more (the answer was read to the end, by a `fetch`
   * of ours), so the controller may carry a later attempt unless it was aborted.
   */
  finish(deadline: Deadline, reusable: boolean): void;
}

/** The longest delay `setTimeout` takes (a longer one fires at once). */
const MAX_DELAY_MS = 2 ** 31 - 1;
/** Attempts one controller carries at most (see above). */
export const MAX_USES = 16;
/** Idle controllers kept at most: after a burst of calls in parallel, the rest are dropped. */
const MAX_IDLE = 64;

export function createDeadlines(): Deadlines {
  const inFlight = new Set<Deadline>();
  /** Finished deadlines whose controller can carry another attempt. */
  const idle: Deadline[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The deadline the timer is armed for; `Infinity` when it is not armed. */
  let armedFor = Number.POSITIVE_INFINITY;

  function arm(at: number, now: number) {
    if (timer !== undefined) clearTimeout(timer);
    armedFor = at;
    // Timers may fire a millisecond before `performance.now()` says they should, and cannot wait
    // longer than 2^31 - 1 ms: either way `expire` finds nothing overdue and re-arms for the rest.
    timer = setTimeout(expire, Math.min(MAX_DELAY_MS, Math.max(0, Math.ceil(at - now))));
    (timer as { unref?: () => void }).unref?.();
  }

  function expire() {
    timer = undefined;
    armedFor = Number.POSITIVE_INFINITY;
    const now = performance.now();
    let next = Number.POSITIVE_INFINITY;
    for (const deadline of inFlight) {
      if (deadline.at <= now) {
        inFlight.delete(deadline);
        deadline.controller.abort(new DOMException("The attempt timed out", "TimeoutError"));
      } else if (deadline.at < next) next = deadline.at;
    }
    if (next !== Number.POSITIVE_INFINITY && next < armedFor) arm(next, now);
  }

  return {
    start(timeoutMs) {
      const now = performance.now();
      // As with `setTimeout`, a timeout that is not a positive number (NaN included) expires at once.
      const at = now + Math.max(0, timeoutMs || 0);
      let deadline = idle.pop();
      if (deadline) {
        deadline.at = at;
        deadline.uses++;
      } else deadline = { controller: new AbortController(), at, uses: 1 };
      inFlight.add(deadline);
      if (at < armedFor) arm(at, now);
      return deadline;
    },
    finish(deadline, reusable) {
      inFlight.delete(deadline);
      if (reusable && deadline.uses < MAX_USES && !deadline.controller.signal.aborted && idle.length < MAX_IDLE) {
        idle.push(deadline);
      }
    },
  };
}
