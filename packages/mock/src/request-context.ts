import type { OperationId, OperationRequestBody, operations } from "@cofactr/platform-types";
import type { MockState } from "./mock-state.js";
import type { OrgScope } from "./org-scope.js";

/** An operation's query parameters, typed as the spec gives them. */
export type OperationQuery<Id extends OperationId> = operations[Id]["parameters"] extends { query?: infer Query }
  ? NonNullable<Query>
  : Record<string, never>;

/** What a handler gets: the state, the request's parts, and the org it acts for. */
export interface RequestContext<Id extends OperationId = OperationId> {
  state: MockState;
  operationId: Id;
  /** Path parameters by the spec's names (`bom_id`). */
  params: Record<string, string>;
  /** Query parameters the operation declares, parsed to their types. */
  query: OperationQuery<Id>;
  /** The full request URL (for paging links). */
  url: URL;
  /** The JSON request body, parsed and already validated against the spec. */
  body: OperationRequestBody<Id>;
  /** The form of a `multipart/form-data` request (Create StockDocument), not yet checked. */
  form: FormData | undefined;
  scope: OrgScope;
  /** The API key the request was sent with. */
  apiKey: string;
  /** The time of the request, RFC 3339. */
  now: string;
}

/** What a handler returns; the status defaults to 200, and a body of `undefined` sends none. */
export interface HandlerResult {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** The code behind one operation: takes the request's context, answers the result. */
export type Handler<Id extends OperationId = OperationId> = (
  context: RequestContext<Id>,
) => HandlerResult | Promise<HandlerResult>;

/**
 * The operations Cofactr serves. The spec's webhook (`recordChangedWebhook`) is a request Cofactr
 * sends to its customers, not one it answers, so the mock does not serve it.
 */
export type ServedOperationId = Exclude<OperationId, "recordChangedWebhook">;

/** One handler per served operation of the spec; the type makes a missing one a compile error. */
export type HandlerTable = { [Id in ServedOperationId]: Handler<Id> };
