/**
 * Decides which validators the package exports, from the bundled spec:
 *
 * - one per component schema, named `<camelName>Schema`, with response semantics (unknown
 *   properties accepted), e.g. `bomSchema`;
 * - one per operation request body, `<operationId>Body`, with request semantics (unknown properties
 *   rejected, read-only fields not required), e.g. `createPurchaseEventBody`;
 * - one per operation's JSON success response, `<operationId>Response`, with response semantics;
 * - one per location of an operation's parameters, `<operationId>Query`, `<operationId>Path` and
 *   `<operationId>Headers`: they take the strings a URL or header carries and return them converted
 *   to the types the spec gives (`"10"` → `10`). Unknown query parameters are errors; other headers
 *   are not (every request carries many).
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
  role?: "body" | "response" | ParameterRole;
  /** Parameter validators convert strings to the spec's types; the others never change a value. */
  coerce?: boolean;
}

type ParameterRole = "query" | "path" | "headers";

const PARAMETER_LOCATIONS: Array<{ location: string; role: ParameterRole; suffix: string; strict: boolean }> = [
  { location: "path", role: "path", suffix: "Path", strict: true },
  { location: "query", role: "query", suffix: "Query", strict: true },
  { location: "header", role: "headers", suffix: "Headers", strict: false },
];

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: Schema;
}

function resolveParameter(parameter: Parameter & { $ref?: string }, spec: OpenAPI3): Parameter {
  if (!parameter.$ref) return parameter;
  const name = parameter.$ref.slice("#/components/parameters/".length);
  const parameters = (spec.components?.parameters ?? {}) as Record<string, Parameter>;
  return parameters[name] as Parameter;
}

function parameterEntries(operationId: string, parameters: Parameter[], spec: OpenAPI3): ValidatorEntry[] {
  const entries: ValidatorEntry[] = [];
  for (const { location, role, suffix, strict } of PARAMETER_LOCATIONS) {
    const inLocation = parameters.filter((parameter) => parameter.in === location);
    if (inLocation.length === 0) continue;
    // Header names are case-insensitive; validators take them in lower case, as Node and fetch give them.
    const key = (parameter: Parameter) => (location === "header" ? parameter.name.toLowerCase() : parameter.name);
    const required = inLocation.filter((parameter) => parameter.required).map(key);
    entries.push({
      exportName: `${operationId}${suffix}`,
      subject: `${operationId} ${role === "headers" ? "headers" : `${location} parameters`}`,
      type: `NonNullable<operations[${JSON.stringify(operationId)}]["parameters"][${JSON.stringify(location)}]>`,
      schema: inlineSchema(
        {
          type: "object",
          properties: Object.fromEntries(inLocation.map((parameter) => [key(parameter), parameter.schema ?? {}])),
          ...(required.length > 0 ? { required } : {}),
          additionalProperties: !strict,
        },
        spec,
        "request",
      ),
      operationId,
      role,
      coerce: true,
    });
  }
  return entries;
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
      const pathParameters = ((pathItem as { parameters?: Parameter[] }).parameters ?? []).map((parameter) =>
        resolveParameter(parameter, spec),
      );
      const operationParameters = ((operation as { parameters?: Parameter[] }).parameters ?? []).map((parameter) =>
        resolveParameter(parameter, spec),
      );
      entries.push(...parameterEntries(operationId, [...pathParameters, ...operationParameters], spec));
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
