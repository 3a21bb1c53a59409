/**
 * The typed client for the Cofactr Platform API. Start with `createCofactrClient`.
 * Webhooks: `parseWebhookEvent` from `@cofactr/platform-client/webhooks`.
 */

export type { OperationValidators, ValidateMode } from "./check-against-spec.js";
export {
  type CofactrClient,
  type CofactrClientOptions,
  createCofactrClient,
  DEFAULT_BASE_URL,
} from "./create-cofactr-client.js";
export type { Download } from "./download.js";
export {
  type ApiErrorInit,
  AsyncJobFailedError,
  AuthenticationError,
  BadRequestError,
  CofactrApiError,
  CofactrError,
  CofactrValidationError,
  ConnectionError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  RequestAbortedError,
  RequestTimeoutError,
  ServerError,
  type ValidationIssueLike,
} from "./errors.js";
export type { Resources } from "./generated/resources.gen.js";
export type { LogEvent, Logger } from "./log-event.js";
export type { CallOptions, OperationBody, OperationResult, RequestOptions, UploadBody } from "./operation-call.js";
export { type Page, PagePromise } from "./page-promise.js";
export type { RetryOptions } from "./retry-policy.js";
export type { Uploadable } from "./upload-body.js";
export type { WaitForJobOptions } from "./wait-for-job.js";
