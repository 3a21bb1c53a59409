/**
 * The bundled OpenAPI document, and what the mock reads from it: the operations by id, with their
 * method, path, parameters and request body. The mock routes, parses and validates by the spec
 * itself, so it cannot drift from it.
 */
import spec from "@cofactr/platform-types/openapi.json" with { type: "json" };

/** A JSON Schema object of the spec, as far as the mock reads it. */
export interface SchemaObject {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  default?: unknown;
  anyOf?: SchemaObject[];
  allOf?: SchemaObject[];
  oneOf?: SchemaObject[];
  properties?: Record<string, SchemaObject>;
  items?: SchemaObject;
}

/** A parameter of an operation. */
export interface ParameterObject {
  name: string;
  in: "query" | "path" | "header" | "cookie";
  required?: boolean;
  schema: SchemaObject;
}

/** One operation of the spec. */
export interface SpecOperation {
  operationId: string;
  method: string;
  /** The path as the spec spells it (`/v1/boms/{bom_id}/`). */
  path: string;
  parameters: ParameterObject[];
  /** Media type of the request body (`application/json`, `multipart/form-data`), or undefined for none. */
  bodyType: string | undefined;
  bodyRequired: boolean;
}

const METHODS = ["get", "put", "post", "delete", "patch"] as const;

/** The bundled spec document. */
export const specDocument = spec as unknown as {
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: Record<string, SchemaObject> };
};

/** Follows a local `$ref` (`#/components/schemas/Bom`) to what it names. */
export function resolveReference<T>(value: T | { $ref: string }): T {
  let current: unknown = value;
  while (current && typeof current === "object" && "$ref" in current && typeof current.$ref === "string") {
    const pointer = current.$ref.replace(/^#\//, "").split("/");
    current = pointer.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], spec);
  }
  return current as T;
}

function readOperations(): Map<string, SpecOperation> {
  const operations = new Map<string, SpecOperation>();
  for (const [path, item] of Object.entries(specDocument.paths)) {
    const shared = (item.parameters as unknown[] | undefined) ?? [];
    for (const method of METHODS) {
      const operation = item[method] as
        | {
            operationId: string;
            parameters?: unknown[];
            requestBody?: { required?: boolean; content: Record<string, unknown> };
          }
        | undefined;
      if (!operation) continue;
      const requestBody = operation.requestBody ? resolveReference(operation.requestBody) : undefined;
      operations.set(operation.operationId, {
        operationId: operation.operationId,
        method: method.toUpperCase(),
        path,
        parameters: [...shared, ...(operation.parameters ?? [])].map((parameter) =>
          resolveReference(parameter as ParameterObject),
        ),
        bodyType: requestBody ? Object.keys(requestBody.content)[0] : undefined,
        bodyRequired: requestBody?.required === true,
      });
    }
  }
  return operations;
}

/** Every operation of the spec, by `operationId`. */
export const specOperations: ReadonlyMap<string, SpecOperation> = readOperations();
