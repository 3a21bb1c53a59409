/**
 * Decides which validators the package exports, from the bundled spec:
 *
 * - one per component schema, named `<camelName>Schema`, with response semantics (unknown
 *   properties accepted), e.g. `bomSchema`;
 * - one per operation request body, `<operationId>Body`, with request semantics (unknown properties
 *   rejected, read-only fields not required), e.g. `createPurchaseEventBody`;
 * - one per operation's JSON success response, `<operationId>Response`, with response semantics.
 */
import type { OpenAPI3 } from "openapi-typescript";
import { inlineSchema, type Semantics } from "./schema-variants.ts";

type Schema = Record<string, unknown>;

export interface ValidatorEntry {
  exportName: string;
  /** Shown in messages and JSDoc. */
  subject: string;
  /** TypeScript type the validator narrows to, written against `@cofactr/platform-types`. */
  type: string;
  schema: Schema;
  operationId?: string;
  role?: "body" | "response";
}

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

function jsonSchemaOf(holder: unknown): Schema | undefined {
  const content = (holder as { content?: Record<string, { schema?: Schema }> } | undefined)?.content;
  return content?.["application/json"]?.schema;
}

function schemaFor(schema: Schema, spec: OpenAPI3, semantics: Semantics): Schema {
  const reference = schema.$ref;
  if (typeof reference === "string" && reference.startsWith("#/components/schemas/")) {
    return { $ref: `${semantics}:${reference.slice("#/components/schemas/".length)}` };
  }
  return inlineSchema(schema, spec, semantics);
}

export function collectValidators(spec: OpenAPI3): ValidatorEntry[] {
  const entries: ValidatorEntry[] = [];
  for (const name of Object.keys(spec.components?.schemas ?? {})) {
    entries.push({
      exportName: `${lowerFirst(name)}Schema`,
      subject: name,
      type: `components["schemas"][${JSON.stringify(name)}]`,
      schema: { $ref: `response:${name}` },
    });
  }
  for (const pathItem of Object.values(spec.paths ?? {})) {
    for (const method of METHODS) {
      const operation = (pathItem as Record<string, unknown>)[method] as
        | { operationId: string; requestBody?: unknown; responses?: Record<string, unknown> }
        | undefined;
      if (!operation) continue;
      const { operationId } = operation;
      const body = jsonSchemaOf(operation.requestBody);
      if (body) {
        entries.push({
          exportName: `${operationId}Body`,
          subject: `${operationId} request body`,
          type: `OperationRequestBody<${JSON.stringify(operationId)}>`,
          schema: schemaFor(body, spec, "request"),
          operationId,
          role: "body",
        });
      }
      const success = Object.entries(operation.responses ?? {}).find(([status]) => /^2\d\d$/.test(status));
      const response = success && jsonSchemaOf(success[1]);
      if (success && response) {
        entries.push({
          exportName: `${operationId}Response`,
          subject: `${operationId} response`,
          type: `OperationResponse<${JSON.stringify(operationId)}, ${success[0]}>`,
          schema: schemaFor(response, spec, "response"),
          operationId,
          role: "response",
        });
      }
    }
  }
  return entries;
}
