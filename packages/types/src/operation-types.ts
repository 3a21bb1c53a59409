import type { operations } from "./generated/openapi.gen.js";

/** The `operationId` of any operation in the spec (`"listBoms"`, `"createPurchaseEvent"`, …). */
export type OperationId = keyof operations;

type JsonContent<T> = T extends { content: { "application/json": infer Body } } ? Body : never;

/** The JSON request body of an operation (`never` when it takes none). */
export type OperationRequestBody<Id extends OperationId> = operations[Id] extends {
  requestBody?: infer Body;
}
  ? JsonContent<NonNullable<Body>>
  : never;

/** The JSON body of an operation's answer with the given status (the 200 answer by default). */
export type OperationResponse<
  Id extends OperationId,
  Status extends keyof operations[Id]["responses"] = 200 & keyof operations[Id]["responses"],
> = JsonContent<operations[Id]["responses"][Status]>;
