/**
 * Renders TypeScript types from the bundled spec with openapi-typescript.
 *
 * The spec is cloned because openapi-typescript annotates the object it is given.
 * `rootTypes` adds a named alias for every component (`export type Bom = components["schemas"]["Bom"]`)
 * so users write `Bom`, not the indexed access. Ids stay strings; decimals stay strings (`format:
 * decimal` has no TypeScript counterpart, and a number would lose precision).
 */
import openapiTS, { astToString, type OpenAPI3 } from "openapi-typescript";

export async function renderTypes(spec: OpenAPI3): Promise<string> {
  const ast = await openapiTS(structuredClone(spec), {
    rootTypes: true,
    rootTypesNoSchemaPrefix: true,
    alphabetize: false,
    exportType: true,
    // A field with a default may be left out of a request; the default is the server's to apply.
    defaultNonNullable: false,
    // A free-form object (`metadata: {type: object}`) takes any keys, not none.
    emptyObjectsUnknown: true,
  });
  return astToString(ast);
}
