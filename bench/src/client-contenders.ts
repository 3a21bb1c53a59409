/**
 * The HTTP client contenders, each making the same two calls a user makes most: read one BOM
 * (GET) and record a purchase event (POST), with the same headers and JSON body.
 *
 * - `cofactr`: our facade, with retries and timeouts armed (defaults) but never triggered;
 * - `fetch`: the global `fetch`, by hand;
 * - `fetch + signal`: the same with a fresh `AbortController`'s signal on every call, never aborted:
 *   what making a request cancellable costs, the least a client with timeouts can add to fetch;
 * - `openapi-fetch`: bare openapi-fetch over the same generated types;
 * - `axios`.
 */

import { createCofactrClient } from "@cofactr/platform-client";
import type { paths } from "@cofactr/platform-types";
import axios from "axios";
import createClient from "openapi-fetch";

/** The HTTP clients compared. */
export type ClientContender = "cofactr" | "fetch" | "fetch + signal" | "openapi-fetch" | "axios";
/** The calls each client makes. */
export type Call = "get BOM" | "create purchase event";
/** One call, ready to be timed. */
export type Run = () => Promise<unknown>;

const BOM = "6a1f5b0e-4c3d-4e2f-9a8b-7c6d5e4f3a2b";
const KEY = "bench-key";
const EVENT = {
  purchase_lines: ["497f6eca-6276-4993-bfeb-53cbbbba6f08"],
  event_type: "shipped" as const,
  quantity: 250,
};
const HEADERS = { Authorization: `Api-Key ${KEY}` };

/** `name` set up to make `call` against the server at `baseUrl`. */
export function createClientContender(name: ClientContender, call: Call, baseUrl: string): Run {
  const post = call === "create purchase event";
  if (name === "cofactr") {
    const cofactr = createCofactrClient({ apiKey: KEY, baseUrl });
    return post ? () => cofactr.purchaseEvents.create(EVENT) : () => cofactr.boms.get(BOM);
  }
  if (name === "openapi-fetch") {
    const client = createClient<paths>({ baseUrl, headers: HEADERS });
    return post
      ? () => client.POST("/v1/purchase_events/", { body: EVENT })
      : () => client.GET("/v1/boms/{bom_id}/", { params: { path: { bom_id: BOM } } });
  }
  if (name === "axios") {
    const instance = axios.create({ baseURL: baseUrl, headers: HEADERS });
    return post ? () => instance.post("/v1/purchase_events/", EVENT) : () => instance.get(`/v1/boms/${BOM}/`);
  }
  return byHand(baseUrl, post, name === "fetch + signal");
}

/**
 * Raw `fetch`, by hand; when `cancellable`, with a fresh `AbortController`'s signal on every call.
 * (Without one, `signal: undefined` is the same to `fetch` as no signal at all.)
 */
function byHand(baseUrl: string, post: boolean, cancellable: boolean): Run {
  const signal = () => (cancellable ? new AbortController().signal : undefined);
  return post
    ? async () =>
        (
          await fetch(`${baseUrl}/v1/purchase_events/`, {
            method: "POST",
            headers: { ...HEADERS, "Content-Type": "application/json" },
            body: JSON.stringify(EVENT),
            signal: signal(),
          })
        ).json()
    : async () => (await fetch(`${baseUrl}/v1/boms/${BOM}/`, { headers: HEADERS, signal: signal() })).json();
}
