/**
 * Renders the resource-style facade from the spec. Each operation's `x-sdk-method`
 * (`purchaseOrders.noPartLines.updateMany`) places it in the tree; its signature is the path
 * parameters in path order, then the request body when it has one, then the call options.
 * List operations (a `…Page` answer) return a `PagePromise`; a multipart body is an upload whose
 * binary fields take files; a non-JSON success answer is a download.
 */
import type { OpenAPI3 } from "openapi-typescript";

interface Method {
  operationId: string;
  kind: "json" | "multipart" | "download";
  files: string[];
  paged: boolean;
  httpMethod: string;
  path: string;
  pathParams: string[];
  hasBody: boolean;
  bodyRequired: boolean;
  summary: string;
  description: string;
}

interface Tree {
  [name: string]: Tree | Method;
}

const HTTP_METHODS = ["get", "put", "post", "delete", "patch"] as const;

type Schema = { $ref?: string; format?: string; properties?: Record<string, Schema>; allOf?: Schema[] };

function resolve(schema: Schema, spec: OpenAPI3): Schema {
  if (!schema.$ref) return schema;
  const name = schema.$ref.slice("#/components/schemas/".length);
  const schemas = (spec.components?.schemas ?? {}) as Record<string, Schema>;
  return resolve(schemas[name] as Schema, spec);
}

function binaryFields(schema: Schema, spec: OpenAPI3): string[] {
  const own = Object.entries(schema.properties ?? {})
    .filter(([, property]) => property.format === "binary")
    .map(([name]) => name);
  return [...own, ...(schema.allOf ?? []).flatMap((member) => binaryFields(resolve(member, spec), spec))];
}

function camelCase(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase());
}

function isMethod(node: Tree | Method): node is Method {
  return typeof (node as Method).operationId === "string";
}

function collect(spec: OpenAPI3): Tree {
  const tree: Tree = {};
  for (const [path, pathItem] of Object.entries(spec.paths ?? {})) {
    for (const httpMethod of HTTP_METHODS) {
      const operation = (pathItem as Record<string, Record<string, unknown> | undefined>)[httpMethod];
      if (!operation) continue;
      const sdkMethod = operation["x-sdk-method"];
      const operationId = operation.operationId as string;
      if (typeof sdkMethod !== "string") throw new Error(`${operationId} has no x-sdk-method`);
      const names = sdkMethod.split(".");
      let node = tree;
      for (const name of names.slice(0, -1)) {
        node[name] ??= {};
        const child = node[name];
        if (isMethod(child)) throw new Error(`x-sdk-method ${sdkMethod} collides with a method`);
        node = child;
      }
      const leaf = names.at(-1) as string;
      if (node[leaf]) throw new Error(`x-sdk-method ${sdkMethod} is used twice`);
      const requestBody = operation.requestBody as
        | { required?: boolean; content?: Record<string, { schema?: Schema }> }
        | undefined;
      const success = Object.entries(
        (operation.responses ?? {}) as Record<string, { content?: Record<string, { schema?: Schema }> }>,
      ).find(([status]) => /^2\d\d$/.test(status))?.[1];
      const successTypes = Object.keys(success?.content ?? {});
      const form = requestBody?.content?.["multipart/form-data"]?.schema;
      const pageSchema = success?.content?.["application/json"]?.schema?.$ref;
      node[leaf] = {
        operationId,
        kind: form
          ? "multipart"
          : successTypes.length > 0 && !successTypes.includes("application/json")
            ? "download"
            : "json",
        files: form ? binaryFields(resolve(form, spec), spec) : [],
        paged: httpMethod === "get" && typeof pageSchema === "string" && pageSchema.endsWith("Page"),
        httpMethod: httpMethod.toUpperCase(),
        path,
        pathParams: [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] as string),
        hasBody: requestBody !== undefined,
        bodyRequired: requestBody?.required === true,
        summary: String(operation.summary ?? ""),
        description: String(operation.description ?? ""),
      };
    }
  }
  return tree;
}

function docComment(method: Method, indent: string): string {
  const text = [
    method.summary,
    "",
    ...method.description.split("\n"),
    "",
    `\`${method.httpMethod} ${method.path}\` (\`${method.operationId}\`)`,
  ];
  return [
    `${indent}/**`,
    ...text.map((line) => `${indent} *${line ? ` ${line.replaceAll("*/", "*\\/")}` : ""}`),
    `${indent} */`,
  ].join("\n");
}

function parameters(method: Method, typed: boolean): string {
  const id = JSON.stringify(method.operationId);
  const list = method.pathParams.map((name) => `${camelCase(name)}${typed ? ": string" : ""}`);
  const bodyType =
    method.kind === "multipart"
      ? `UploadBody<${id}, ${method.files.map((file) => JSON.stringify(file)).join(" | ") || "never"}>`
      : `OperationBody<${id}>`;
  if (method.hasBody) list.push(`body${typed ? `${method.bodyRequired ? "" : "?"}: ${bodyType}` : ""}`);
  list.push(`options${typed ? `?: CallOptions<${id}>` : ""}`);
  return list.join(", ");
}

function renderInterface(tree: Tree, indent: string): string[] {
  const lines: string[] = [];
  for (const [name, node] of Object.entries(tree)) {
    if (isMethod(node)) {
      const result = `OperationResult<${JSON.stringify(node.operationId)}>`;
      const returns = node.paged ? `PagePromise<${result}>` : `Promise<${result}>`;
      lines.push(docComment(node, indent), `${indent}${name}(${parameters(node, true)}): ${returns};`);
    } else {
      lines.push(`${indent}readonly ${name}: {`, ...renderInterface(node, `${indent}  `), `${indent}};`);
    }
  }
  return lines;
}

function renderImplementation(tree: Tree, indent: string): string[] {
  const lines: string[] = [];
  for (const [name, node] of Object.entries(tree)) {
    if (isMethod(node)) {
      const pathParams = `{${node.pathParams.map((param) => ` ${param}: ${camelCase(param)}`).join(",")}${node.pathParams.length > 0 ? " " : ""}}`;
      const meta = `operations.${node.operationId}`;
      const invocation = node.paged
        ? `caller.page(${meta}, ${pathParams}, options)`
        : `caller.call(${meta}, ${pathParams}, ${node.hasBody ? "body" : "undefined"}, options)`;
      lines.push(`${indent}${name}: (${parameters(node, false)}) => ${invocation} as never,`);
    } else {
      lines.push(`${indent}${name}: {`, ...renderImplementation(node, `${indent}  `), `${indent}},`);
    }
  }
  return lines;
}

function methods(tree: Tree): Method[] {
  return Object.values(tree).flatMap((node) => (isMethod(node) ? [node] : methods(node)));
}

function renderOperations(tree: Tree): string[] {
  const lines = ["/** How each operation is called, by `operationId`. */", "export const operations = {"];
  for (const method of methods(tree).sort((a, b) => a.operationId.localeCompare(b.operationId))) {
    const files = method.files.length > 0 ? `, files: ${JSON.stringify(method.files)}` : "";
    lines.push(
      `  ${method.operationId}: { id: ${JSON.stringify(method.operationId)}, method: ${JSON.stringify(method.httpMethod)}, path: ${JSON.stringify(method.path)}, kind: ${JSON.stringify(method.kind)}${files} },`,
    );
  }
  lines.push("} satisfies Record<string, OperationMeta>;", "");
  return lines;
}

export function renderResources(spec: OpenAPI3): string {
  const tree = collect(spec);
  return [
    'import type { Caller, CallOptions, OperationBody, OperationMeta, OperationResult, UploadBody } from "../operation-call.js";',
    'import type { PagePromise } from "../page-promise.js";',
    "",
    ...renderOperations(tree),
    "/** Every operation of the Cofactr API, by resource. Methods resolve to the data and throw `CofactrApiError` for a non-2xx answer. */",
    "export interface Resources {",
    ...renderInterface(tree, "  "),
    "}",
    "",
    "/** Builds the facade over one caller. */",
    "export function createResources(caller: Caller): Resources {",
    "  return {",
    ...renderImplementation(tree, "    "),
    "  };",
    "}",
    "",
  ].join("\n");
}
