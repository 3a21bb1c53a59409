/**
 * The mock's request pipeline, independent of any HTTP server: route, authenticate, parse and
 * validate the body, scope to an org, run the handler. Every refusal happens before a handler runs,
 * so a refused request never changes the state.
 */
import spec from "@cofactr/platform-types/openapi.json" with { type: "json" };
import { operationValidators } from "@cofactr/platform-validation";
import { handlers } from "./handlers/index.js";
import { HttpError } from "./http-error.js";
import type { MockState } from "./mock-state.js";
import { resolveOrgScope } from "./org-scope.js";
import { createRouter } from "./router.js";
import { toFieldErrors } from "./to-field-errors.js";

/** A request as the pipeline needs it. */
export interface MockRequest {
  method: string;
  url: URL;
  /** Header values by lower-case name. */
  headers: Record<string, string | undefined>;
  body: string;
}

export interface MockResponse {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

const API_KEY = /^Api-Key (\S+)$/;
const match = createRouter(spec.paths as Record<string, Record<string, unknown>>);
const validators = operationValidators as Record<
  string,
  { body?: { validate(value: unknown): { success: boolean; issues?: never } } }
>;

function parseBody(text: string): unknown {
  if (text.trim() === "") throw HttpError.detail(400, "JSON parse error - the request has no body.");
  try {
    return JSON.parse(text);
  } catch (error) {
    throw HttpError.detail(400, `JSON parse error - ${(error as Error).message}`);
  }
}

async function run(state: MockState, request: MockRequest): Promise<MockResponse> {
  const route = match(request.method, request.url.pathname);
  if ("status" in route) {
    if (route.status === 405) {
      const detail = `Method "${request.method}" not allowed.`;
      throw new HttpError(405, { detail }, { allow: route.allowed.join(", ") });
    }
    throw HttpError.detail(404, "Not found.");
  }
  const key = API_KEY.exec(request.headers.authorization ?? "")?.[1];
  if (request.headers.authorization === undefined)
    throw HttpError.detail(401, "Authentication credentials were not provided.");
  const primaryOrg = key === undefined ? undefined : state.apiKeys.get(key);
  if (primaryOrg === undefined) throw HttpError.detail(401, "Invalid API key.");

  let body: unknown;
  const bodyValidator = validators[route.operationId]?.body;
  if (bodyValidator) {
    body = parseBody(request.body);
    const result = bodyValidator.validate(body);
    if (!result.success) throw new HttpError(400, toFieldErrors(result.issues ?? []));
  }
  const scope = resolveOrgScope(state, primaryOrg, request.headers["x-org-id"], request.url.searchParams);
  const handler = handlers[route.operationId];
  if (!handler) throw HttpError.detail(501, `The mock does not implement ${route.operationId} yet.`);
  const result = await handler({
    state,
    params: route.params,
    query: request.url.searchParams,
    url: request.url,
    body,
    scope,
    now: new Date().toISOString().replace(/\.\d{3}Z$/, "Z"),
  });
  return { status: result.status ?? 200, headers: {}, body: result.body };
}

/** Answers one request against `state`. Never throws: every failure becomes an HTTP answer. */
export async function handleRequest(state: MockState, request: MockRequest): Promise<MockResponse> {
  try {
    return await run(state, request);
  } catch (error) {
    if (error instanceof HttpError) return { status: error.status, headers: error.headers, body: error.body };
    return { status: 500, headers: {}, body: { detail: `Mock server error: ${(error as Error).message}` } };
  }
}
