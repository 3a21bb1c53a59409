import type { paths } from "@cofactr/platform-types";
import createClient, { type Client } from "openapi-fetch";
import { createAuthMiddleware } from "./auth-middleware.js";
import { CofactrError } from "./errors.js";
import { createResources, type Resources } from "./generated/resources.gen.js";
import { createCaller } from "./operation-call.js";
import { serializePath } from "./serialize-path.js";

/** The production API. */
export const DEFAULT_BASE_URL = "https://flagship-api.cofactr.com";

/** Options of `createCofactrClient`. */
export interface CofactrClientOptions {
  /** The API key. Defaults to the `COFACTR_API_KEY` environment variable where there is one. */
  apiKey?: string;
  /** Defaults to the production API, `https://flagship-api.cofactr.com`. */
  baseUrl?: string;
  /** Acts on this org (a sub-org of the key's account) on every call, sent as `x-org-id`. */
  orgId?: string;
  /** The `fetch` to use: a test double, an instrumented one, or undici's. Defaults to the global `fetch`. */
  fetch?: (request: Request) => Promise<Response>;
}

/**
 * A Cofactr API client. Call operations two ways, both typed from the spec:
 *
 * - by name, through the resource-style facade: `await cofactr.boms.get(id)` resolves to the data
 *   and throws a `CofactrApiError` for a non-2xx answer;
 * - by path, through openapi-fetch: `await cofactr.GET("/v1/boms/{bom_id}/", { params })` resolves
 *   to `{ data, error, response }` exactly as openapi-fetch documents, and never throws for a status.
 */
export type CofactrClient = Client<paths> &
  Resources & {
    /** Replaces the API key used from the next request on (after Update API Key, say). */
    setApiKey(apiKey: string): void;
  };

function environmentApiKey(): string | undefined {
  // `process` does not exist in browsers and some edge runtimes; there is no environment there.
  const environment = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  return environment?.COFACTR_API_KEY || undefined;
}

function requireApiKey(apiKey: string | undefined): string {
  if (typeof apiKey !== "string" || apiKey.trim() === "") {
    throw new CofactrError(
      "apiKey: expected a Cofactr API key; pass { apiKey } to createCofactrClient or set COFACTR_API_KEY",
    );
  }
  return apiKey;
}

/** Creates a client. Throws a `CofactrError` naming the option when an option is not usable. */
export function createCofactrClient(options: CofactrClientOptions = {}): CofactrClient {
  let apiKey = requireApiKey(options.apiKey ?? environmentApiKey());
  const baseUrl = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, "");
  if (!URL.canParse(baseUrl)) {
    throw new CofactrError(
      `baseUrl: expected an absolute URL such as ${DEFAULT_BASE_URL}, got ${JSON.stringify(baseUrl)}`,
    );
  }
  const client = createClient<paths>({
    baseUrl,
    pathSerializer: serializePath,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  client.use(createAuthMiddleware({ apiKey: () => apiKey, orgId: () => options.orgId }));
  return {
    ...client,
    ...createResources(createCaller(client)),
    setApiKey(next) {
      apiKey = requireApiKey(next);
    },
  };
}
