import type { Middleware } from "openapi-fetch";

/** Where the auth middleware reads the current key and org from. */
export interface Credentials {
  apiKey(): string;
  orgId(): string | undefined;
}

/**
 * Sends `Authorization: Api-Key <key>` on every request, and `x-org-id` when the client was given
 * an org and the call did not name one itself. The key is read on every request, so a key replaced
 * with `setApiKey` applies from the next call on.
 */
export function createAuthMiddleware(credentials: Credentials): Middleware {
  return {
    onRequest({ request }) {
      request.headers.set("Authorization", `Api-Key ${credentials.apiKey()}`);
      const orgId = credentials.orgId();
      if (orgId !== undefined && !request.headers.has("x-org-id")) request.headers.set("x-org-id", orgId);
      return request;
    },
  };
}
