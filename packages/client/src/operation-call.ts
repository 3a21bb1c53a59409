/**
 * The one function behind every method of the resource-style facade (`cofactr.boms.get(id)`): it
 * merges per-call options over the client's, validates the body and the answer when asked, builds
 * the request (the generated facade knows each operation's method, path and body kind, so it needs
 * no router: it calls `fetch` directly, as fast as calling it by hand), sends it through the
 * retrying transport, and turns a non-2xx answer into a thrown `CofactrApiError`, so facade methods
 * resolve to the data.
 */
import type { OperationId, OperationRequestBody, operations } from "@cofactr/platform-types";
import type { Deadlines } from "./attempt-deadlines.js";
import { checkAgainstSpec, type OperationValidators, type ValidateMode } from "./check-against-spec.js";
import { type Attempt, type ReadBody, type SendOptions, send } from "./create-transport.js";
import { type Download, toDownload } from "./download.js";
import { CofactrApiError, CofactrError } from "./errors.js";
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
  baseUrl: string;
  apiKey: () => string;
  orgId: string | undefined;
  /** The caller's own `fetch`, when one was given; otherwise the global one is called directly. */
  fetch: ((request: Request) => Promise<Response>) | undefined;
  retry: ResolvedRetryOptions;
  deadlines: Deadlines;
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

/** Query parameters as openapi-fetch writes them: repeated keys for lists, `key[field]` for objects. */
function queryString(query: Record<string, unknown> | undefined): string {
  const parts: string[] = [];
  const add = (key: string, value: unknown) => {
    if (value === undefined || value === null) return;
    if (Array.isArray(value)) for (const item of value) add(key, item);
    else if (typeof value === "object") {
      for (const [field, item] of Object.entries(value)) add(`${key}[${field}]`, item);
    } else parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  };
  for (const [key, value] of Object.entries(query ?? {})) add(key, value);
  return parts.length > 0 ? `?${parts.join("&")}` : "";
}

/** The facade reads every answer as text: JSON for the data, or whatever an error page holds. */
const readText: ReadBody<string> = (response) => response.text();

/** Creates the facade's caller over the client's settings. */
export function createCaller(settings: ClientSettings): Caller {
  // The client's own send options, shared by every call that does not override one of them.
  const defaults: SendOptions = {
    retry: settings.retry,
    deadlines: settings.deadlines,
    timeoutMs: settings.timeoutMs,
    totalTimeoutMs: settings.totalTimeoutMs,
    logger: settings.logger,
  };

  /**
   * Every facade call goes through here. Its common path (JSON, no per-call overrides, validation
   * off) builds the URL, a plain headers object and the init once, and allocates no `Request`,
   * `Headers` or `URL`: `fetch` parses the URL and headers itself, and `send` parses the URL again
   * only for a log or an error.
   */
  async function call(meta: OperationMeta, pathParams: Record<string, string>, body: unknown, options: Options) {
    const mode = options?.validate ?? settings.validate;
    if (body !== undefined && meta.kind === "json") checkAgainstSpec(settings, mode, meta.id, "body", body);
    const path = serializePath(meta.path, pathParams);
    const url = `${settings.baseUrl}${path}${options?.query ? queryString(options.query) : ""}`;
    const headers: Record<string, string> = { authorization: `Api-Key ${settings.apiKey()}` };
    const orgId = options?.orgId ?? settings.orgId;
    if (orgId !== undefined) headers["x-org-id"] = orgId;
    if (options?.header) {
      for (const [name, value] of Object.entries(options.header)) {
        if (value !== undefined && value !== null) headers[name.toLowerCase()] = String(value);
      }
    }
    let payload: BodyInit | undefined;
    if (meta.kind === "multipart") payload = await toFormData(body as Record<string, unknown>, meta.files ?? []);
    else if (body !== undefined) {
      headers["content-type"] = "application/json";
      payload = JSON.stringify(body);
    }
    // One init for every attempt: fetch reads it when called, so each attempt only sets its signal.
    const init: RequestInit = { method: meta.method, headers, body: payload };
    const custom = settings.fetch;
    const attempt: Attempt = custom
      ? (signal) => custom(new Request(url, { ...init, signal }))
      : (signal) => {
          init.signal = signal;
          return globalThis.fetch(url, init);
        };
    const sendOptions =
      options?.retry || options?.timeoutMs !== undefined || options?.totalTimeoutMs !== undefined
        ? {
            ...defaults,
            retry: { ...settings.retry, ...options.retry },
            timeoutMs: options.timeoutMs ?? settings.timeoutMs,
            totalTimeoutMs: options.totalTimeoutMs ?? settings.totalTimeoutMs,
          }
        : defaults;
    const download = meta.kind === "download";
    const { response, body: read } = await send(
      attempt,
      meta.method,
      url,
      options?.signal,
      sendOptions,
      download ? undefined : readText,
      // Our own call of the global fetch: nothing else sees the signal.
      custom === undefined,
    );
    if (response.ok && download) return toDownload(response);
    // A download is not read inside the attempt; when it failed, its (small) error body is read here.
    const text = read ?? (await response.text());
    if (!response.ok) {
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        // Not JSON (a proxy's HTML page, say): keep the text.
      }
      throw CofactrApiError.from({
        status: response.status,
        method: meta.method,
        path,
        body: parsed,
        headers: response.headers,
      });
    }
    let data: unknown;
    try {
      data = text === "" ? undefined : JSON.parse(text);
    } catch {
      throw new CofactrError(`${meta.method} ${path} answered ${response.status} with a body that is not JSON`);
    }
    checkAgainstSpec(settings, mode, meta.id, "response", data);
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
