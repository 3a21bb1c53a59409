/**
 * Types and the single function behind every method of the resource-style facade
 * (`cofactr.boms.get(id)`): it calls openapi-fetch and turns a non-2xx answer into a thrown
 * `CofactrApiError`, so facade methods resolve to the data itself.
 */
import type { OperationId, OperationRequestBody, operations } from "@cofactr/platform-types";
import type { Client } from "openapi-fetch";
import { CofactrApiError } from "./errors.js";
import { serializePath } from "./serialize-path.js";

type Parameters<Id extends OperationId> = operations[Id]["parameters"];
type JsonContent<T> = T extends { content: { "application/json": infer Body } } ? Body : undefined;
type SuccessStatus = 200 | 201 | 202 | 204;

/** What a facade method resolves to: the JSON body of the operation's success answer. */
export type OperationResult<Id extends OperationId> = JsonContent<
  operations[Id]["responses"][Extract<keyof operations[Id]["responses"], SuccessStatus>]
>;

/** The request body a facade method takes. */
export type OperationBody<Id extends OperationId> = OperationRequestBody<Id>;

/** Options every facade method takes last. */
export interface RequestOptions {
  /** Cancels the request. */
  signal?: AbortSignal;
  /** Acts on this org for this call only (sent as `x-org-id`). */
  orgId?: string;
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

/** The untyped call the generated facade makes; its types come from the generated `Resources` interface. */
export type Caller = (
  method: string,
  path: string,
  pathParams: Record<string, string>,
  body: unknown,
  options: (RequestOptions & { query?: object; header?: object }) | undefined,
) => Promise<unknown>;

/** Creates the facade's caller over an openapi-fetch client. */
export function createCaller(client: Client<object>): Caller {
  return async (method, path, pathParams, body, options) => {
    const header: Record<string, unknown> = { ...(options?.header as Record<string, unknown>) };
    if (options?.orgId !== undefined) header["x-org-id"] = options.orgId;
    const init = {
      params: { path: pathParams, query: options?.query, header },
      body,
      signal: options?.signal,
    };
    const { data, error, response } = await (
      client.request as (
        method: string,
        path: string,
        init: object,
      ) => Promise<{ data?: unknown; error?: unknown; response: Response }>
    )(method.toLowerCase(), path, init);
    if (!response.ok) {
      throw CofactrApiError.from({
        status: response.status,
        method,
        path: serializePath(path, pathParams),
        body: error,
        headers: response.headers,
      });
    }
    return data;
  };
}
