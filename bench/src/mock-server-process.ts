/**
 * Our mock server for the mock-server benchmark, in a process of its own: `startMockServer` from
 * @cofactr/platform-mock as users start it (default seed, a free port on 127.0.0.1). Prints one
 * JSON line with its URL, API key and the seeded ids the requests use, then serves until killed.
 */
import { MOCK_API_KEY, SEED_IDS, startMockServer } from "@cofactr/platform-mock";
import type { MockSeed } from "./mock-requests.js";

const server = await startMockServer({ port: 0 });
const seed: MockSeed = { apiKey: MOCK_API_KEY, bomId: SEED_IDS.bom, purchaseLineId: SEED_IDS.purchaseLine };
console.log(JSON.stringify({ url: server.url, seed }));
