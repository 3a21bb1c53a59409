/**
 * Types for the Cofactr Platform API, generated from its OpenAPI description.
 *
 * - `paths`: every path and method, for openapi-fetch (`createClient<paths>()`).
 * - `operations`: every operation by `operationId`.
 * - `components`: every schema, parameter and response; each schema also has a named alias
 *   (`Bom`, `PurchaseEvent`, …).
 *
 * This package has no run-time code; the bundled spec itself is `@cofactr/platform-types/openapi.json`.
 */
export type * from "./generated/openapi.gen.js";
export type { OperationId, OperationRequestBody, OperationResponse } from "./operation-types.js";
