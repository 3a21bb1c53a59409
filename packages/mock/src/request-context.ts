import type { MockState } from "./mock-state.js";
import type { OrgScope } from "./org-scope.js";

/** What a handler gets: the state, the request's parts, and the org it acts for. */
export interface RequestContext {
  state: MockState;
  /** Path parameters by the spec's names (`bom_id`). */
  params: Record<string, string>;
  query: URLSearchParams;
  /** The full request URL (for paging links). */
  url: URL;
  /** The request body, parsed and already validated against the spec. */
  body: unknown;
  scope: OrgScope;
  /** The time of the request, RFC 3339. */
  now: string;
}

/** What a handler returns; the status defaults to 200. */
export interface HandlerResult {
  status?: number;
  body: unknown;
}

export type Handler = (context: RequestContext) => HandlerResult | Promise<HandlerResult>;
