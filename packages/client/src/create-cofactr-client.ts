import type { AsyncJob, paths } from "@cofactr/platform-types";
import createClient, { type Client } from "openapi-fetch";
import { createDeadlines } from "./attempt-deadlines.js";
import { createAuthMiddleware } from "./auth-middleware.js";
import type { OperationValidators, ValidateMode } from "./check-against-spec.js";
import { createTransport } from "./create-transport.js";
import { CofactrError } from "./errors.js";
import { createResources, operations, type Resources } from "./generated/resources.gen.js";
import type { Logger } from "./log-event.js";
import { createCaller } from "./operation-call.js";
import { DEFAULT_RETRY, type RetryOptions } from "./retry-policy.js";
import { serializePath } from "./serialize-path.js";
import { createValidationMiddleware } from "./validation-middleware.js";
import { type WaitForJobOptions, waitForJob } from "./wait-for-job.js";

/** The production API. */
export const DEFAULT_BASE_URL = "https://flagship-api.cofactr.com";

/** Options of `createCofactrClient`. Every one except `apiKey` has a sensible default. */
export interface CofactrClientOptions {
  /** The API key. Defaults to the `COFACTR_API_KEY` environment variable where there is one. */
  apiKey?: string;
  /** Defaults to the production API, `https://flagship-api.cofactr.com`. */
  baseUrl?: string;
  /** Acts on this org (a sub-org of the key's account) on every call, sent as `x-org-id`. */
  orgId?: string;
  /** The `fetch` to use: a test double, an instrumented one, or undici's. Defaults to the global `fetch`. */
  fetch?: (request: Request) => Promise<Response>;
  /** Retries of failed attempts (default: 2 retries, backoff from 500 ms, `Retry-After` honoured). */
  retry?: RetryOptions;
  /** Limit for one attempt, reading the answer included, in milliseconds. Default 30 s. */
  timeoutMs?: number;
  /** Limit for a whole call, every retry and wait included, in milliseconds. Default 120 s. */
  totalTimeoutMs?: number;
  /** Receives a `LogEvent` for every request, answer, retry and error (never headers or bodies). */
  logger?: Logger;
  /**
   * Checks JSON bodies before sending and JSON success answers after receiving, for facade and
   * path-based calls alike: `"off"` (default), `"warn"` (report to `logger`, or `console.warn`), or
   * `"strict"` (throw `CofactrValidationError`; a bad body is never sent). Needs `validators`.
   */
  validate?: ValidateMode;
  /** `operationValidators` from `@cofactr/platform-validation`; kept out of the client unless you pass it. */
  validators?: OperationValidators;
}

/**
 * A Cofactr API client. Call operations two ways, both typed from the spec:
 *
 * - by name, through the resource-style facade: `await cofactr.boms.get(id)` resolves to the data
 *   and throws a `CofactrApiError` for a non-2xx answer;
 * - by path, through openapi-fetch: `await cofactr.GET("/v1/boms/{bom_id}/", { params })` resolves
 *   to `{ data, error, response }` exactly as openapi-fetch documents, and never throws for a status.
 *
 * Both share auth, org scoping, retries, timeouts and logging.
 */
export type CofactrClient = Client<paths> &
  Resources & {
    /** Replaces the API key used from the next request on (after Update API Key, say). */
    setApiKey(apiKey: string): void;
    /** Polls an async job until it ends; resolves to its `result`, throws `AsyncJobFailedError` if it failed. */
    waitForJob(jobId: string, options?: WaitForJobOptions): Promise<AsyncJob["result"]>;
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

function requirePositive(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value <= 0)
    throw new CofactrError(`${name}: expected a number of milliseconds > 0, got ${value}`);
  return value;
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
  const validate = options.validate ?? "off";
  if (!["off", "warn", "strict"].includes(validate)) {
    throw new CofactrError(`validate: expected "off", "warn" or "strict", got ${JSON.stringify(validate)}`);
  }
  if (validate !== "off" && !options.validators) {
    throw new CofactrError(
      `validators: validate "${validate}" needs them; pass { validators: operationValidators } from @cofactr/platform-validation`,
    );
  }
  const retry = { ...DEFAULT_RETRY, ...options.retry };
  if (!Number.isInteger(retry.maxRetries) || retry.maxRetries < 0) {
    throw new CofactrError(`retry.maxRetries: expected a whole number ≥ 0, got ${retry.maxRetries}`);
  }
  const shared = {
    retry,
    // One timer for the timeouts of every attempt of this client, facade and path-based alike.
    deadlines: createDeadlines(),
    timeoutMs: requirePositive("timeoutMs", options.timeoutMs, 30_000),
    totalTimeoutMs: requirePositive("totalTimeoutMs", options.totalTimeoutMs, 120_000),
    logger: options.logger,
  };
  const client = createClient<paths>({
    baseUrl,
    pathSerializer: serializePath,
    fetch: createTransport({
      ...shared,
      fetch: options.fetch ?? ((request) => globalThis.fetch(request)),
    }),
  });
  client.use(createAuthMiddleware({ apiKey: () => apiKey, orgId: () => options.orgId }));
  if (validate !== "off") {
    const checks = { validators: options.validators, logger: options.logger };
    client.use(createValidationMiddleware(checks, validate, Object.values(operations)));
  }
  const resources = createResources(
    createCaller({
      ...shared,
      baseUrl,
      apiKey: () => apiKey,
      orgId: options.orgId,
      fetch: options.fetch,
      validate,
      validators: options.validators,
    }),
  );
  return {
    ...client,
    ...resources,
    setApiKey(next) {
      apiKey = requireApiKey(next);
    },
    waitForJob: (jobId, waitOptions) =>
      waitForJob((id, signal) => resources.asyncJobs.get(id, signal ? { signal } : {}), jobId, waitOptions),
  };
}
