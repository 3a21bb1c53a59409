/**
 * The two consumer files of the type-check benchmark: the same program, calling every operation
 * of the spec once, written against our facade (`cofactr.boms.get(id)`) and against bare
 * openapi-fetch (`client.GET("/v1/boms/{bom_id}/", …)`). Operations come from the spec, placed by
 * their `x-sdk-method` exactly as the client's generator places them, with the same arguments
 * (path parameters, the spec's example body) so the two files differ only in the API they use.
 */
import { dereference, exampleValue, type SpecDocument, type SpecSchema } from "./example-value.js";

/** The bundled spec, as far as the consumer files need it. */
export interface Spec extends SpecDocument {
  paths: Record<string, Record<string, unknown>>;
}

/** Both consumer files' source and how many operations each calls. */
export interface ConsumerFiles {
  facade: string;
  openapiFetch: string;
  operationCount: number;
}

interface Operation {
  operationId: string;
  sdkMethod: string;
  httpMethod: string;
  path: string;
  pathParameters: string[];
  body: Record<string, unknown> | undefined;
  /** Fields of a multipart body that carry a file. */
  fileFields: string[];
  download: boolean;
}

const HTTP_METHODS = ["get", "put", "post", "delete", "patch"];
const ID = "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba";

function fileFieldsOf(schema: SpecSchema, spec: SpecDocument): string[] {
  const resolved = dereference<SpecSchema>(schema, spec);
  const own = Object.entries((resolved.properties ?? {}) as Record<string, SpecSchema>)
    .filter(([, property]) => dereference<SpecSchema>(property, spec).format === "binary")
    .map(([name]) => name);
  return [...own, ...((resolved.allOf ?? []) as SpecSchema[]).flatMap((member) => fileFieldsOf(member, spec))];
}

function collectOperations(spec: Spec): Operation[] {
  const operations: Operation[] = [];
  for (const [path, pathItem] of Object.entries(spec.paths)) {
    for (const httpMethod of HTTP_METHODS) {
      const operation = pathItem[httpMethod] as SpecSchema | undefined;
      if (!operation) continue;
      const requestBody = operation.requestBody ? dereference<SpecSchema>(operation.requestBody, spec) : undefined;
      const [mediaType, media] = (Object.entries(requestBody?.content ?? {})[0] ?? []) as [
        string | undefined,
        SpecSchema | undefined,
      ];
      const success = Object.entries((operation.responses ?? {}) as Record<string, SpecSchema>).find(([status]) =>
        /^2\d\d$/.test(status),
      )?.[1];
      const successTypes = Object.keys(dereference<SpecSchema>(success ?? {}, spec).content ?? {});
      operations.push({
        operationId: operation.operationId,
        sdkMethod: operation["x-sdk-method"],
        httpMethod: httpMethod.toUpperCase(),
        path,
        pathParameters: [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] as string),
        body: media
          ? ((media.example ?? exampleValue(media.schema ?? {}, spec)) as Record<string, unknown>)
          : undefined,
        fileFields: mediaType === "multipart/form-data" ? fileFieldsOf(media?.schema ?? {}, spec) : [],
        download: successTypes.length > 0 && !successTypes.includes("application/json"),
      });
    }
  }
  return operations;
}

/** The facade takes a file as a `Blob`; every other field as in the JSON example. */
function facadeBody(operation: Operation): string {
  const body = operation.body as Record<string, unknown>;
  if (operation.fileFields.length === 0) return JSON.stringify(body);
  const fields = Object.entries(body).map(([name, value]) =>
    operation.fileFields.includes(name)
      ? `${JSON.stringify(name)}: new Blob([${JSON.stringify(String(value))}])`
      : `${JSON.stringify(name)}: ${JSON.stringify(value)}`,
  );
  return `{ ${fields.join(", ")} }`;
}

function facadeCall(operation: Operation, index: number): string {
  const parameters = operation.pathParameters.map(() => JSON.stringify(ID));
  if (operation.body) parameters.push(facadeBody(operation));
  return `  const result${index} = await cofactr.${operation.sdkMethod}(${parameters.join(", ")});`;
}

function openapiFetchCall(operation: Operation, index: number): string {
  const init: string[] = [];
  if (operation.pathParameters.length > 0) {
    const pathValues = operation.pathParameters.map((name) => `${name}: ${JSON.stringify(ID)}`).join(", ");
    init.push(`params: { path: { ${pathValues} } }`);
  }
  if (operation.body) init.push(`body: ${JSON.stringify(operation.body)}`);
  // openapi-fetch sends JSON and parses JSON unless told otherwise; uploads and downloads need saying.
  if (operation.fileFields.length > 0) init.push("bodySerializer: toFormData");
  if (operation.download) init.push('parseAs: "blob"');
  const argument = init.length > 0 ? `, { ${init.join(", ")} }` : "";
  return `  const { data: result${index} } = await client.${operation.httpMethod}(${JSON.stringify(operation.path)}${argument});`;
}

function program(header: string[], calls: string[]): string {
  const results = calls.map((_call, index) => `result${index}`);
  return [
    "// Generated by bench/src/consumer-files.ts for the type-check benchmark.",
    ...header,
    "",
    "/** Calls every operation of the Cofactr API once. */",
    "export async function callEveryOperation(): Promise<unknown[]> {",
    ...calls,
    `  return [${results.join(", ")}];`,
    "}",
    "",
  ].join("\n");
}

/** Renders both consumer files from the bundled spec. */
export function renderConsumerFiles(spec: Spec): ConsumerFiles {
  const operations = collectOperations(spec);
  const facade = program(
    [
      'import { createCofactrClient } from "@cofactr/platform-client";',
      "",
      'const cofactr = createCofactrClient({ apiKey: "my-key" });',
    ],
    operations.map(facadeCall),
  );
  const openapiFetch = program(
    [
      'import type { paths } from "@cofactr/platform-types";',
      'import createClient from "openapi-fetch";',
      "",
      'const client = createClient<paths>({ baseUrl: "https://flagship-api.cofactr.com", headers: { Authorization: "Api-Key my-key" } });',
      "",
      "function toFormData(body: Record<string, unknown>): FormData {",
      "  const form = new FormData();",
      "  for (const [name, value] of Object.entries(body)) form.append(name, value instanceof Blob ? value : String(value));",
      "  return form;",
      "}",
    ],
    operations.map(openapiFetchCall),
  );
  return { facade, openapiFetch, operationCount: operations.length };
}
