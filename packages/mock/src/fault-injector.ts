/**
 * Fault injection, for testing how a client copes with a slow or failing Cofactr: latency, an error
 * status (429 with `Retry-After`, 5xx) or a dropped connection, for chosen routes and chosen calls.
 * Faults act before the request reaches the pipeline, as a gateway would, so a faulted request
 * never changes the state (latency alone delays a request that then runs normally).
 */

/** One fault: which calls it hits and what it does to them. */
export interface FaultRule {
  /**
   * Which requests: an `operationId` (`"listBoms"`), or a method and the path as the spec spells
   * it (`"GET /v1/boms/{bom_id}/"`). Every request when left out.
   */
  route?: string;
  /** Matching calls to let through untouched before the fault starts; 0 by default. */
  after?: number;
  /** How many matching calls (after those) get the fault; every one by default. */
  times?: number;
  /** Milliseconds to wait before answering (or before the status or the drop below). */
  latencyMs?: number;
  /** Answer this status instead of running the request (429, 500, 502, 503, …). */
  status?: number;
  /** Seconds for `Retry-After`; sent with every faulted status when given, and as 1 with 429 by default. */
  retryAfter?: number;
  /** The body of the faulted answer; a DRF `{"detail": …}` suited to the status by default. */
  body?: unknown;
  /** Close the connection without answering (a network error for the client). */
  drop?: boolean;
}

/** What to do to one request. */
export interface Fault {
  latencyMs: number;
  /** An answer to send instead of running the request. */
  response?: { status: number; headers: Record<string, string>; body: unknown };
  drop: boolean;
}

/** The route of a request, as faults match it. */
export interface FaultTarget {
  operationId?: string;
  method: string;
  /** The spec's path template, when the request matched an operation. */
  path?: string;
}

function defaultDetail(status: number, retryAfter: number | undefined): string {
  if (status === 429) return `Request was throttled. Expected available in ${retryAfter ?? 1} seconds.`;
  if (status === 503) return "Service temporarily unavailable, try again later.";
  if (status >= 500) return "A server error occurred.";
  return `Fault injected by the mock (${status}).`;
}

interface ActiveRule {
  rule: FaultRule;
  calls: number;
}

/** The faults of one mock server; rules can be added and cleared while it runs. */
export class FaultInjector {
  private rules: ActiveRule[] = [];

  constructor(private readonly initial: ReadonlyArray<FaultRule> = []) {
    this.reset();
  }

  /** Adds a rule; it counts calls from now on. */
  add(rule: FaultRule): void {
    if (rule.status !== undefined && (!Number.isInteger(rule.status) || rule.status < 100 || rule.status > 599))
      throw new RangeError(`fault status: expected an HTTP status from 100 to 599, got ${rule.status}`);
    this.rules.push({ rule, calls: 0 });
  }

  /** Removes every rule, including those the server was started with. */
  clear(): void {
    this.rules = [];
  }

  /** Back to the rules the server was started with, their call counts at zero. */
  reset(): void {
    this.clear();
    for (const rule of this.initial) this.add(rule);
  }

  /** Counts this call against every rule it matches and says what the first rule in force does to it. */
  next(target: FaultTarget): Fault | undefined {
    let chosen: FaultRule | undefined;
    for (const active of this.rules) {
      if (!matches(active.rule, target)) continue;
      active.calls++;
      const after = active.rule.after ?? 0;
      const inForce =
        active.calls > after && (active.rule.times === undefined || active.calls <= after + active.rule.times);
      if (inForce && chosen === undefined) chosen = active.rule;
    }
    if (!chosen) return undefined;
    const fault: Fault = { latencyMs: chosen.latencyMs ?? 0, drop: chosen.drop === true };
    if (chosen.status !== undefined && !fault.drop) {
      const retryAfter = chosen.retryAfter ?? (chosen.status === 429 ? 1 : undefined);
      fault.response = {
        status: chosen.status,
        headers: retryAfter === undefined ? {} : { "retry-after": String(retryAfter) },
        body: chosen.body ?? { detail: defaultDetail(chosen.status, retryAfter) },
      };
    }
    return fault;
  }
}

function matches(rule: FaultRule, target: FaultTarget): boolean {
  if (rule.route === undefined) return true;
  if (rule.route === target.operationId) return true;
  const [method, path] = rule.route.split(" ");
  return path !== undefined && method?.toUpperCase() === target.method && path === target.path;
}
