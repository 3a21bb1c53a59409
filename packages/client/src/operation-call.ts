/**
 * The one function behind every method of the resource-style facade (`cofactr.boms.get(id)`): it
 * merges per-call options over the client's, validates the body and the answer when asked,
 * builds multipart bodies and downloads, calls openapi-fetch through the resilient transport, and
 * turns a non-2xx answer into a thrown `CofactrApiError`, so facade methods resolve to the data.
 */
import type { OperationId, OperationRequestBody, operations } from "@cofactr/platform-types";
import type { Client } from "openapi-fetch";
import { createTransport } from "./create-transport.js";
import { type Download, toDownload } from "./download.js";
import { CofactrApiError, CofactrValidationError, type ValidationIssueLike } from "./errors.js";
import type { Logger } from "./log-event.js";
import { type Page, PagePromise } from "./page-promise.js";
import type { ResolvedRetryOptions, RetryOptions } from "./retry-policy.js";
import { serializePath } from "./serialize-path.js";
import { toFormData, type Uploadable } from "./upload-body.js";

type Parameters<Id extends OperationId> = operations[Id]["parameters"];
type Content<T> = T extends { content: infer Content } ? Content : undefined;
type SuccessStatus = 200 | 201 | 202 | 204;
type SuccessContent<Id extends OperationId> = Content<
  operations[Id]["responses"][Extract<keyof operations[Id]["responses"], SuccessStatus>]
>;

/** What a facade method resolves to: the JSON body of the success answer, or a `Download`. */
export type OperationResult<Id extends OperationId> =
  SuccessContent<Id> extends { "application/json": infer Body }
    ? Body
    : SuccessContent<Id> extends undefined
      ? undefined
      : Download;

/** The JSON request body a facade method takes. */
export type OperationBody<Id extends OperationId> = OperationRequestBody<Id>;

/** The body of an upload: its form fields, with the file fields taking any `Uploadable`. */
export type UploadBody<Id extends OperationId, Files extends string> =
  NonNullable<operations[Id]["requestBody"]> extends { content: { "multipart/form-data": infer Form } }
    ? Omit<Form, Files> & { [Field in Files]: Uploadable }
    : never;

/** `off` (default): no checks. `warn`: report mismatches to the logger. `strict`: throw `CofactrValidationError`. */
export type ValidateMode = "off" | "warn" | "strict";

/** A validator as the client uses it: anything with `validate` (a Standard-Schema-like check). */
interface ValidatorLike {
  validate(value: unknown): { success: boolean; issues?: readonly ValidationIssueLike[] };
}

/**
 * The shape of `operationValidators` from `@cofactr/platform-validation`. The client uses `body`
 * and `response`; the parameter validators are allowed so that the export can be passed as it is.
 */
export type OperationValidators = Record<
  string,
  Partial<Record<"body" | "response" | "query" | "path" | "headers", ValidatorLike>>
>;

/** Options every facade method takes last; each overrides the client's setting for this call. */
export interface RequestOptions {
  /** Cancels the call, including retries and waits. */
  signal?: AbortSignal;
  /** Acts on this org for this call only (sent as `x-org-id`). */
  orgId?: string;
  retry?: RetryOptions;
  /** Limit for one attempt, in milliseconds. */
  timeoutMs?: number;
  /** Limit for the whole call, retries and waits included, in milliseconds. */
  totalTimeoutMs?: number;
  validate?: ValidateMode;
}

/** A facade method's options: the operation's query parameters and headers, plus `RequestOptions`. */
export type CallOptions<Id extends OperationId> = RequestOptions &
  (Parameters<Id> extends { query?: infer Query }
    ? [Query] extends [undefined]
      ? unknown
      : { query?: Query }
    : unknown) &
  (Parameters<Id> extends { header?: infer Header }
    ? [Header] extends [undefined]
      ? unknown
      : { header?: Header }
    : unknown);

/** Client-wide settings the caller merges per-call options over. */
export interface ClientSettings {
  fetch: (request: Request) => Promise<Response>;
  retry: ResolvedRetryOptions;
  timeoutMs: number;
  totalTimeoutMs: number;
  logger: Logger | undefined;
  validate: ValidateMode;
  validators: OperationValidators | undefined;
}

/** What the generator knows about an operation. */
export interface OperationMeta {
  id: string;
  method: string;
  path: string;
  /** How the body and answer travel. */
  kind: "json" | "multipart" | "download";
  /** Fields of a multipart body that carry files. */
  files?: readonly string[];
}

type Options = (RequestOptions & { query?: Record<string, unknown>; header?: Record<string, unknown> }) | undefined;

/** The calls the generated facade makes; its types come from the generated `Resources` interface. */
export interface Caller {
  call(meta: OperationMeta, pathParams: Record<string, string>, body: unknown, options: Options): Promise<unknown>;
  page(meta: OperationMeta, pathParams: Record<string, string>, options: Options): PagePromise<Page<unknown>>;
}

function check(
  settings: ClientSettings,
  mode: ValidateMode,
  id: string,
  role: "body" | "response",
  value: unknown,
): void {
  if (mode === "off") return;
  const validator = settings.validators?.[id]?.[role];
  if (!validator) return;
  const result = validator.validate(value);
  if (result.success) return;
  const subject = `${id} ${role === "body" ? "request body" : "response"}`;
  const issues = result.issues ?? [];
  if (mode === "strict") throw new CofactrValidationError(subject, issues);
  const lines = issues.map((issue) => `${issue.pointer || "(root)"}: ${issue.message}`);
  if (settings.logger) settings.logger({ type: "validation", subject, issues: lines });
  else console.warn(`[cofactr] ${subject} does not match the spec:\n  ${lines.join("\n  ")}`);
}

/** Creates the facade's caller over an openapi-fetch client and the client's settings. */
export function createCaller(client: Client<object>, settings: ClientSettings): Caller {
  const request = client.request as (
    method: string,
    path: string,
    init: object,
  ) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

  async function call(meta: OperationMeta, pathParams: Record<string, string>, body: unknown, options: Options) {
    const mode = options?.validate ?? settings.validate;
    if (body !== undefined && meta.kind === "json") check(settings, mode, meta.id, "body", body);
    const header: Record<string, unknown> = { ...options?.header };
    if (options?.orgId !== undefined) header["x-org-id"] = options.orgId;
    const fetch = createTransport({
      fetch: settings.fetch,
      retry: { ...settings.retry, ...options?.retry },
      timeoutMs: options?.timeoutMs ?? settings.timeoutMs,
      totalTimeoutMs: options?.totalTimeoutMs ?? settings.totalTimeoutMs,
      buffer: meta.kind !== "download",
      logger: settings.logger,
    });
    const { data, error, response } = await request(meta.method.toLowerCase(), meta.path, {
      params: { path: pathParams, query: options?.query, header },
      body: meta.kind === "multipart" ? await toFormData(body as Record<string, unknown>, meta.files ?? []) : body,
      signal: options?.signal,
      fetch,
      ...(meta.kind === "download" ? { parseAs: "stream" } : {}),
    });
    if (!response.ok) {
      throw CofactrApiError.from({
        status: response.status,
        method: meta.method,
        path: serializePath(meta.path, pathParams),
        body: error,
        headers: response.headers,
      });
    }
    if (meta.kind === "download") return toDownload(response);
    check(settings, mode, meta.id, "response", data);
    return data;
  }

  return {
    call,
    page(meta, pathParams, options) {
      const startOffset = options?.query?.offset as number | undefined;
      return new PagePromise(
        (offset) =>
          call(meta, pathParams, undefined, {
            ...options,
            query: { ...options?.query, ...(offset === undefined ? {} : { offset }) },
          }) as Promise<Page<unknown>>,
        startOffset,
      );
    },
  };
}
