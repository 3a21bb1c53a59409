/**
 * Renders the resource-style facade from the spec. Each operation's `x-sdk-method`
 * (`purchaseOrders.noPartLines.updateMany`) places it in the tree; its signature is the path
 * parameters in path order, then the request body when it has one, then the call options.
 */
import type { OpenAPI3 } from "openapi-typescript";

interface Method {
  operationId: string;
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
      const requestBody = operation.requestBody as { required?: boolean } | undefined;
      node[leaf] = {
        operationId,
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
  if (method.hasBody) list.push(`body${typed ? `${method.bodyRequired ? "" : "?"}: OperationBody<${id}>` : ""}`);
  list.push(`options${typed ? `?: CallOptions<${id}>` : ""}`);
  return list.join(", ");
}

function renderInterface(tree: Tree, indent: string): string[] {
  const lines: string[] = [];
  for (const [name, node] of Object.entries(tree)) {
    if (isMethod(node)) {
      lines.push(docComment(node, indent));
      lines.push(
        `${indent}${name}(${parameters(node, true)}): Promise<OperationResult<${JSON.stringify(node.operationId)}>>;`,
      );
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
      const pathParams = node.pathParams.map((param) => `${param}: ${camelCase(param)}`).join(", ");
      lines.push(
        `${indent}${name}: (${parameters(node, false)}) =>`,
        `${indent}  call(${JSON.stringify(node.httpMethod)}, ${JSON.stringify(node.path)}, { ${pathParams} }, ${node.hasBody ? "body" : "undefined"}, options) as never,`,
      );
    } else {
      lines.push(`${indent}${name}: {`, ...renderImplementation(node, `${indent}  `), `${indent}},`);
    }
  }
  return lines;
}

export function renderResources(spec: OpenAPI3): string {
  const tree = collect(spec);
  return [
    'import type { Caller, CallOptions, OperationBody, OperationResult } from "../operation-call.js";',
    "",
    "/** Every operation of the Cofactr API, by resource. Methods resolve to the data and throw `CofactrApiError` for a non-2xx answer. */",
    "export interface Resources {",
    ...renderInterface(tree, "  "),
    "}",
    "",
    "/** Builds the facade over one caller. */",
    "export function createResources(call: Caller): Resources {",
    "  return {",
    ...renderImplementation(tree, "    "),
    "  };",
    "}",
    "",
  ].join("\n");
}
