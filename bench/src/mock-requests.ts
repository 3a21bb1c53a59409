/**
 * The requests of the mock-server benchmark, sent alike to our mock and to Prism: read one BOM and
 * record a purchase event, with the seeded ids of our mock (Prism, stateless, answers any id from
 * the spec's examples) and the `Authorization: Api-Key …` header both servers ask for.
 */

/** What the requests need from our mock's seed. */
export interface MockSeed {
  apiKey: string;
  bomId: string;
  purchaseLineId: string;
}

/** One HTTP request, sent as is by the load generator. */
export interface LoadRequest {
  name: string;
  method: "GET" | "POST";
  path: string;
  headers: Record<string, string>;
  /** JSON body, already serialized. */
  body?: string;
}

/** The benchmark's requests for a server seeded with `seed`. */
export function mockRequests(seed: MockSeed): LoadRequest[] {
  const authorization = { authorization: `Api-Key ${seed.apiKey}` };
  return [
    { name: "get BOM", method: "GET", path: `/v1/boms/${seed.bomId}/`, headers: authorization },
    {
      name: "create purchase event",
      method: "POST",
      path: "/v1/purchase_events/",
      headers: { ...authorization, "content-type": "application/json" },
      body: JSON.stringify({ purchase_lines: [seed.purchaseLineId], event_type: "shipped", quantity: 250 }),
    },
  ];
}
