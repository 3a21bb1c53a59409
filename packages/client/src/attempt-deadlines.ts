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
 */

/** One attempt's deadline, from `start` until `finish`. */
export interface Deadline {
  readonly controller: AbortController;
  /** When to abort, on the `performance.now()` clock. */
  readonly at: number;
}

/** The deadlines of one client's attempts. */
export interface Deadlines {
  /** Aborts `controller` with a `TimeoutError` once `timeoutMs` have passed, unless finished first. */
  start(controller: AbortController, timeoutMs: number): Deadline;
  /** The attempt is over (or its body is the caller's now): its deadline no longer applies. */
  finish(deadline: Deadline): void;
}

/** The longest delay `setTimeout` takes (a longer one fires at once). */
const MAX_DELAY_MS = 2 ** 31 - 1;

export function createDeadlines(): Deadlines {
  const inFlight = new Set<Deadline>();
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
    start(controller, timeoutMs) {
      const now = performance.now();
      // As with `setTimeout`, a timeout that is not a positive number (NaN included) expires at once.
      const deadline = { controller, at: now + Math.max(0, timeoutMs || 0) };
      inFlight.add(deadline);
      if (deadline.at < armedFor) arm(deadline.at, now);
      return deadline;
    },
    finish(deadline) {
      inFlight.delete(deadline);
    },
  };
}
