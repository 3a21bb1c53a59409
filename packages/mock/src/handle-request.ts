/**
 * The mock's request pipeline, independent of any HTTP server: route, authenticate, read the path and
 * query parameters, scope to an org, parse and validate the body, run the handler in a transaction,
 * and check the answer against the spec. Every refusal happens before the handler runs or rolls back what it did,
 * so a refused request never changes the state.
 */
import { formatIssue, operationValidators, type ValidationIssue } from "@cofactr/platform-validation";
import { handlers } from "./handlers/index.js";
import { HttpError } from "./http-error.js";
import type { MockState } from "./mock-state.js";
import { resolveOrgScope, type ScopeQuery } from "./org-scope.js";
import { checkPath, parseQuery } from "./parse-parameters.js";
import type { Handler, HandlerResult, RequestContext } from "./request-context.js";
import { createRouter } from "./router.js";
import { specDocument, specOperations } from "./spec-document.js";
import { toFieldErrors } from "./to-field-errors.js";

/** A request as the pipeline needs it. */
export interface MockRequest {
  method: string;
  url: URL;
  /** Header values by lower-case name. */
  headers: Record<string, string | undefined>;
  /** The raw body: text, or bytes (multipart uploads). */
  body: string | Uint8Array;
}

/** The pipeline's answer: JSON in `body`, bytes for a download, or no body (`undefined`, 204). */
export interface MockResponse {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

interface CheckedValidator {
  validate(value: unknown): { success: true } | { success: false; issues: readonly ValidationIssue[] };
}

const API_KEY = /^Api-Key (\S+)$/;

/** Finds the spec operation a method and path name. */
export const matchRoute = createRouter(specDocument.paths);
const validators = operationValidators as unknown as Record<
  string,
  { body?: CheckedValidator; response?: CheckedValidator }
>;

function bodyText(body: string | Uint8Array): string {
  return typeof body === "string" ? body : new TextDecoder().decode(body);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw HttpError.detail(400, `JSON parse error - ${(error as Error).message}`);
  }
}

async function readForm(request: MockRequest): Promise<FormData> {
  const contentType = request.headers["content-type"] ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data"))
    throw HttpError.detail(400, `Unsupported media type "${contentType}" in request; send multipart/form-data.`);
  try {
    const body = typeof request.body === "string" ? new TextEncoder().encode(request.body) : request.body;
    return await new Request("http://mock.invalid/", {
      method: "POST",
      headers: { "content-type": contentType },
      body: body as BodyInit,
    }).formData();
  } catch {
    throw HttpError.detail(400, "Multipart form parse error - the body is not valid multipart/form-data.");
  }
}

async function run(state: MockState, request: MockRequest): Promise<MockResponse> {
  const route = matchRoute(request.method, request.url.pathname);
  if ("status" in route) {
    if (route.status === 405) {
      const detail = `Method "${request.method}" not allowed.`;
      throw new HttpError(405, { detail }, { allow: route.allowed.join(", ") });
    }
    throw HttpError.notFound();
  }
  const operation = specOperations.get(route.operationId)!;
  const authorization = request.headers.authorization;
  if (authorization === undefined) throw HttpError.detail(401, "Authentication credentials were not provided.");
  const apiKey = API_KEY.exec(authorization)?.[1];
  const keyRecord = apiKey === undefined ? undefined : state.apiKeys.get(apiKey);
  if (apiKey === undefined || keyRecord === undefined) throw HttpError.detail(401, "Invalid API key.");

  checkPath(route.operationId, route.params);
  const query = parseQuery(route.operationId, request.url.searchParams);
  const scope = resolveOrgScope(state, keyRecord.org, request.headers["x-org-id"], query as ScopeQuery);

  let body: unknown;
  let form: FormData | undefined;
  if (operation.bodyType === "multipart/form-data") {
    form = await readForm(request);
  } else if (operation.bodyType !== undefined) {
    const text = bodyText(request.body);
    if (text.trim() !== "") body = parseJson(text);
    else if (operation.bodyRequired) throw HttpError.detail(400, "JSON parse error - the request has no body.");
    const bodyValidator = validators[route.operationId]?.body;
    if (body !== undefined && bodyValidator) {
      const result = bodyValidator.validate(body);
      if (!result.success) throw new HttpError(400, toFieldErrors(result.issues));
    }
  }

  const handler = handlers[route.operationId as keyof typeof handlers] as Handler;
  const context: RequestContext = {
    state,
    operationId: route.operationId as RequestContext["operationId"],
    params: route.params,
    query: query as RequestContext["query"],
    url: request.url,
    body: body as RequestContext["body"],
    form,
    scope,
    apiKey,
    now: state.now(),
  };
  const result = await state.transaction(async () => {
    const answer = await handler(context);
    checkAnswer(route.operationId, answer);
    return answer;
  });
  return { status: result.status ?? 200, headers: result.headers ?? {}, body: result.body };
}

/**
 * Refuses an answer that does not match the spec. That is a bug in the mock, not in the caller: it
 * answers 500 (and the transaction rolls back) rather than teach a client an answer the API never gives.
 */
function checkAnswer(operationId: string, answer: HandlerResult): void {
  const responseValidator = validators[operationId]?.response;
  if (answer.body === undefined || answer.body instanceof Uint8Array || !responseValidator) return;
  const checked = responseValidator.validate(answer.body);
  if (checked.success) return;
  const issues = checked.issues.slice(0, 5).map(formatIssue).join("; ");
  throw HttpError.detail(500, `Mock server error: the ${operationId} answer does not match the spec: ${issues}`);
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
