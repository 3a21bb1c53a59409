import { fileURLToPath } from "node:url";
import { bundle, loadConfig } from "@redocly/openapi-core";

export const specRoot = fileURLToPath(new URL("..", import.meta.url));

/** A JSON Schema as found in the spec, after dereferencing. */
export type Schema = Record<string, any>;

export interface Operation {
  operationId: string;
  method: string;
  path: string;
  summary: string;
  tags: string[];
  description?: string;
  "x-cofactr-docs"?: { shape: string; page?: string; source?: string };
  parameters?: Array<Record<string, any>>;
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
}

const HTTP_METHODS = ["get", "put", "post", "delete", "patch"];

/** The spec bundled with every reference resolved, and its operations as a flat list. */
export async function loadSpec() {
  const config = await loadConfig({});
  const result = await bundle({ ref: `${specRoot}openapi.yaml`, config, dereference: true });
  const document = result.bundle.parsed as Record<string, any>;
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths as Record<string, Record<string, any>>)) {
    for (const method of HTTP_METHODS) {
      if (item[method]) operations.push({ ...item[method], method, path, parameters: item[method].parameters ?? [] });
    }
  }
  return { document, operations };
}

/**
 * The properties of an object schema with `allOf` merged, each with whether it is required: what a
 * reader of the docs sees as "the fields".
 */
export function flattenObject(schema: Schema): { properties: Record<string, Schema>; required: Set<string> } {
  const properties: Record<string, Schema> = {};
  const required = new Set<string>();
  const visit = (node: Schema) => {
    for (const member of node.allOf ?? []) visit(member);
    Object.assign(properties, node.properties ?? {});
    for (const name of node.required ?? []) required.add(name);
  };
  visit(schema);
  return { properties, required };
}
