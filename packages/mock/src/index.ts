/**
 * A stateful fake Cofactr Platform API for tests and demos. Start it with `startMockServer()`.
 */
export type { MockRequest, MockResponse } from "./handle-request.js";
export { handleRequest } from "./handle-request.js";
export { MockState } from "./mock-state.js";
export { MOCK_API_KEY, SEED_IDS, type SeedName } from "./seed.js";
export { type MockServer, type MockServerOptions, startMockServer } from "./start-mock-server.js";
