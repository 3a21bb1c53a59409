/**
 * A value for a JSON Schema of the spec, as a user would write it in code: the spec's own example
 * where the schema has one, otherwise the required properties filled in from their examples, enums
 * and formats. Used to write the consumer files of the type-check benchmark, whose calls must
 * type-check against the generated types.
 */

/** A JSON Schema object of the spec (loosely typed: only the keywords read here matter). */
export type SpecSchema = Record<string, any>;

/** The parts of the bundled spec that `$ref`s point into. */
export interface SpecDocument {
  components?: Record<string, Record<string, unknown>>;
}

/** Follows a local `$ref` (`#/components/schemas/Bom`) to its target, repeatedly. */
export function dereference<Target>(value: Target | { $ref: string }, spec: SpecDocument): Target {
  let current: unknown = value;
  while (current !== null && typeof current === "object" && typeof (current as { $ref?: unknown }).$ref === "string") {
    const path = ((current as { $ref: string }).$ref.replace(/^#\//, "") as string).split("/");
    current = path.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], spec);
    if (current === undefined) throw new Error(`unresolved $ref ${(value as { $ref: string }).$ref}`);
  }
  return current as Target;
}

const FORMAT_VALUES: Record<string, unknown> = {
  uuid: "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
  date: "2026-12-02",
  "date-time": "2026-11-20T15:00:00Z",
  email: "buyer@example.com",
  uri: "https://example.com/",
  binary: "(file content)",
};

/** An example value for `schema`; `spec` resolves its references. */
export function exampleValue(schema: SpecSchema, spec: SpecDocument): unknown {
  const resolved = dereference<SpecSchema>(schema, spec);
  if (resolved.example !== undefined) return resolved.example;
  if (Array.isArray(resolved.examples) && resolved.examples.length > 0) return resolved.examples[0];
  if (resolved.const !== undefined) return resolved.const;
  if (Array.isArray(resolved.enum)) return resolved.enum.find((choice: unknown) => choice !== null);
  if (Array.isArray(resolved.allOf)) {
    // The members of an allOf describe one object together: merge what each requires.
    return Object.assign({}, ...resolved.allOf.map((member: SpecSchema) => exampleValue(member, spec)));
  }
  const alternatives = resolved.oneOf ?? resolved.anyOf;
  if (Array.isArray(alternatives)) {
    const first = alternatives.find((member: SpecSchema) => dereference<SpecSchema>(member, spec).type !== "null");
    return exampleValue(first ?? alternatives[0], spec);
  }
  const types: string[] = Array.isArray(resolved.type) ? resolved.type : [resolved.type ?? "object"];
  const type = types.find((candidate) => candidate !== "null") ?? "null";
  switch (type) {
    case "object": {
      const required: string[] = resolved.required ?? [];
      return Object.fromEntries(
        required.map((name) => [name, exampleValue(resolved.properties?.[name] ?? {}, spec)] as const),
      );
    }
    case "array":
      return Array.from({ length: Math.max(1, resolved.minItems ?? 0) }, () =>
        exampleValue(resolved.items ?? {}, spec),
      );
    case "string":
      return FORMAT_VALUES[resolved.format as string] ?? "text";
    case "integer":
    case "number":
      return resolved.minimum ?? resolved.exclusiveMinimum ?? 1;
    case "boolean":
      return true;
    default:
      return null;
  }
}
