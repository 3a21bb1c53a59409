/**
 * A stateful fake Cofactr Platform API for tests and demos: every operation of the spec, with state
 * that lasts for the server's life, org scoping, validation by the spec, async jobs, real SQL, and
 * fault injection.
 *
 * - `startMockServer()` runs it on a real socket (also the `cofactr-mock` CLI).
 * - `@cofactr/platform-mock/msw` gives MSW handlers for browser tests.
 * - `MockService` is the mock itself, for other transports.
 */
export { CATALOG, type CatalogOffer, type CatalogPart } from "./catalog.js";
export { type Fault, FaultInjector, type FaultRule, type FaultTarget } from "./fault-injector.js";
export { handleRequest, type MockRequest, type MockResponse } from "./handle-request.js";
export { type MockAnswer, MockService, type MockServiceOptions } from "./mock-service.js";
export { MockState, type MockStateOptions } from "./mock-state.js";
export { MOCK_API_KEY, SEED_IDS, SEED_NAMES, type SeedName } from "./seed.js";
export { REPORTING_VIEWS, type ReportingView } from "./sql/reporting-views.js";
export { type MockServer, type MockServerOptions, startMockServer } from "./start-mock-server.js";
