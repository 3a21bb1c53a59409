/**
 * One mock Cofactr: its state, its faults and the request pipeline, independent of how requests
 * arrive. The node:http server (`startMockServer`) and the MSW handlers
 * (`@cofactr/platform-mock/msw`) are thin adapters over it.
 */
import { FaultInjector, type FaultRule } from "./fault-injector.js";
import { handleRequest, type MockRequest, type MockResponse, matchRoute } from "./handle-request.js";
import { MockState } from "./mock-state.js";
import type { SeedName } from "./seed.js";

/** Options shared by every way of running the mock. */
export interface MockServiceOptions {
  /** Which seed data a fresh (or reset) mock holds: `demo` (the default) or `empty`. */
  seed?: SeedName;
  /** Faults to inject from the start (see `FaultRule`); more can be added with `faults.add`. */
  faults?: ReadonlyArray<FaultRule>;
  /** Where "now" comes from, for timestamps of new records; the system clock by default. */
  clock?: () => Date;
  /** In a browser: the URL of sql.js's `sql-wasm-browser.wasm`, for Customer SQL Query. Node needs none. */
  sqlWasmUrl?: string;
}

/** The answer to one request, or `"drop"`: close the connection without answering. */
export type MockAnswer = MockResponse | "drop";

/** One mock Cofactr: its state and faults, answering requests through the pipeline. */
export class MockService {
  readonly state: MockState;
  readonly faults: FaultInjector;

  constructor(options: MockServiceOptions = {}) {
    this.state = new MockState({
      ...(options.seed ? { seed: options.seed } : {}),
      ...(options.clock ? { clock: options.clock } : {}),
      ...(options.sqlWasmUrl ? { sqlWasmUrl: options.sqlWasmUrl } : {}),
    });
    this.faults = new FaultInjector(options.faults ?? []);
  }

  /** Answers one request: faults first, then the pipeline. */
  async answer(request: MockRequest): Promise<MockAnswer> {
    const route = matchRoute(request.method, request.url.pathname);
    const fault = this.faults.next({
      method: request.method,
      ...("operationId" in route ? { operationId: route.operationId, path: route.template } : {}),
    });
    if (fault && fault.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, fault.latencyMs));
    if (fault?.drop) return "drop";
    if (fault?.response) return fault.response;
    return handleRequest(this.state, request);
  }

  /** Forgets every change and reseeds; faults go back to the ones the mock started with. */
  reset(): void {
    this.state.reset();
    this.faults.reset();
  }
}
