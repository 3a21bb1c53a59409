/** Update API Key: rotates the key the request was sent with; the old key stops working at once. */
import type { ApiKey } from "@cofactr/platform-types";
import type { Handler } from "../request-context.js";

/** Update API Key (`POST /v1/api_key/rotate/`). */
export const updateApiKey: Handler<"updateApiKey"> = ({ state, scope, apiKey, now }) => {
  // Made from a fresh id, so a run of the mock always hands out the same keys; nothing is secret here.
  const secret = state.nextId().replaceAll("-", "");
  const key = `mock${secret.slice(-8)}.${secret}`;
  state.apiKeys.delete(apiKey);
  state.apiKeys.set(key, { key, org: scope.primary, created_at: now });
  const answer: ApiKey = { key, key_prefix: key.slice(0, 12), org: scope.primary, created_at: now };
  return { body: answer };
};
