/**
 * Compiles the validators of bodies, responses and component schemas into one module of plain
 * JavaScript, with our own generator (check-emitter.ts): two functions per schema, one that only
 * answers valid or not, and one that collects the issues once the first said no. The output needs
 * no `eval` and no `new Function`, so it runs under a strict Content Security Policy and in edge
 * runtimes; every function and export is top-level, so a bundler keeps only what a program imports.
 */
import type { OpenAPI3 } from "openapi-typescript";
import { CheckEmitter, type Schema } from "./check-emitter.ts";
import type { ValidatorEntry } from "./collect-validators.ts";
import { componentSchemas } from "./schema-variants.ts";

export function compileChecks(spec: OpenAPI3, entries: ValidatorEntry[]): string {
  const components = new Map<string, Schema>();
  for (const schema of [...componentSchemas(spec, "request"), ...componentSchemas(spec, "response")]) {
    components.set(schema.$id as string, schema);
  }
  const emitter = new CheckEmitter(components);
  const exports = entries.map((entry) => [entry.exportName, emitter.check(entry.schema, entry.exportName)] as const);
  return ["// @ts-nocheck: generated; its types are declared in checks.gen.d.ts.", emitter.module(exports)].join("\n");
}
