/**
 * Bundles the split spec (spec/openapi.yaml and the files it references) into one OpenAPI document.
 *
 * Redocly hoists every referenced file into `components`, named after the file, so a schema in
 * `spec/components/schemas/Bom.yaml` becomes `#/components/schemas/Bom`. The bundle is checked for
 * errors here because a broken reference would otherwise surface later as a confusing type.
 */
import { bundle, loadConfig } from "@redocly/openapi-core";
import type { OpenAPI3 } from "openapi-typescript";

/**
 * Bundles `entry` and returns the document with its component maps sorted by name, so that adding
 * a schema moves no other line of the generated files.
 */
export async function bundleSpec(entry: string): Promise<OpenAPI3> {
  const config = await loadConfig({});
  const result = await bundle({ ref: entry, config, dereference: false });
  const problems = result.problems.filter((problem) => problem.severity === "error");
  if (problems.length > 0) {
    const lines = problems.map((problem) => `  ${problem.message} (${problem.location[0]?.pointer ?? ""})`);
    throw new Error(`The spec could not be bundled:\n${lines.join("\n")}`);
  }
  const document = result.bundle.parsed as OpenAPI3;
  for (const [kind, members] of Object.entries(document.components ?? {})) {
    (document.components as Record<string, unknown>)[kind] = Object.fromEntries(
      Object.entries(members as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
    );
  }
  return document;
}
