/**
 * The typed client for the Cofactr Platform API. Start with `createCofactrClient`.
 */
export {
  type CofactrClient,
  type CofactrClientOptions,
  createCofactrClient,
  DEFAULT_BASE_URL,
} from "./create-cofactr-client.js";
export {
  type ApiErrorInit,
  AuthenticationError,
  BadRequestError,
  CofactrApiError,
  CofactrError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ServerError,
} from "./errors.js";
export type { Resources } from "./generated/resources.gen.js";
export type { CallOptions, OperationBody, OperationResult, RequestOptions } from "./operation-call.js";
