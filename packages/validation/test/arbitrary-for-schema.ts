/**
 * Builds fast-check arbitraries that produce values valid for a JSON Schema, for the subset of JSON
 * Schema the spec uses: types (with null), const, enum, oneOf/anyOf, formats, string lengths and
 * patterns, number ranges, arrays, objects with required and optional properties, and references
 * (`request:Name`) into the component schemas. Recursive schemas stop at a small depth.
 */
import fc from "fast-check";

export type Schema = Record<string, any>;

const FORMATS: Record<string, () => fc.Arbitrary<string>> = {
  uuid: () => fc.uuid(),
  date: () =>
    fc
      .date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2090-12-31T00:00:00Z"), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 10)),
  "date-time": () =>
    fc
      .date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2090-12-31T00:00:00Z"), noInvalidDate: true })
      .map((date) => date.toISOString()),
  decimal: () =>
    fc
      .tuple(
        fc.boolean(),
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.option(fc.stringMatching(/^\d{1,6}$/), { nil: undefined }),
      )
      .map(([negative, whole, fraction]) => `${negative ? "-" : ""}${whole}${fraction ? `.${fraction}` : ""}`),
  email: () => fc.emailAddress(),
  uri: () => fc.webUrl(),
  binary: () => fc.string(),
};

function stringArbitrary(schema: Schema): fc.Arbitrary<string> {
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.min(schema.maxLength ?? minLength + 24, minLength + 24);
  const fits = (value: string) => [...value].length >= minLength && [...value].length <= (schema.maxLength ?? Infinity);
  if (schema.format && FORMATS[schema.format])
    return (FORMATS[schema.format] as () => fc.Arbitrary<string>)().filter(fits);
  if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern, "u")).filter(fits);
  return fc.string({ minLength, maxLength });
}

export function arbitraryFor(schema: Schema, components: Map<string, Schema>, depth = 0): fc.Arbitrary<unknown> {
  if (schema.$ref) {
    const target = components.get(schema.$ref);
    if (!target) throw new Error(`unknown reference ${schema.$ref}`);
    return arbitraryFor(target, components, depth + 1);
  }
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const alternatives = schema.oneOf ?? schema.anyOf;
  if (alternatives)
    return fc.oneof(...alternatives.map((branch: Schema) => arbitraryFor(branch, components, depth + 1)));
  const types: string[] = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : ["object"];
  const choices = types.map((type) => {
    switch (type) {
      case "null":
        return fc.constant(null);
      case "string":
        return stringArbitrary(schema);
      case "integer":
        return fc.integer({
          min: schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : (schema.minimum ?? -1_000_000),
          max: schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : (schema.maximum ?? 1_000_000),
        });
      case "number":
        return fc.double({
          min: schema.minimum ?? -1e9,
          max: schema.maximum ?? 1e9,
          noNaN: true,
          noDefaultInfinity: true,
        });
      case "boolean":
        return fc.boolean();
      case "array": {
        // Deep recursion ends with the smallest list the schema allows.
        const minLength = schema.minItems ?? 0;
        const maxLength = depth > 3 ? minLength : Math.min(schema.maxItems ?? minLength + 3, minLength + 3);
        return fc.array(arbitraryFor(schema.items ?? {}, components, depth + 1), { minLength, maxLength });
      }
      default:
        return objectArbitrary(schema, components, depth);
    }
  });
  return choices.length === 1 ? (choices[0] as fc.Arbitrary<unknown>) : fc.oneof(...choices);
}

function objectArbitrary(schema: Schema, components: Map<string, Schema>, depth: number): fc.Arbitrary<unknown> {
  const properties: Record<string, Schema> = schema.properties ?? {};
  const required: string[] = schema.required ?? [];
  if (Object.keys(properties).length === 0) {
    // A free-form object (metadata): a few simple entries, or none once deep.
    if (depth > 3 || schema.additionalProperties === false) return fc.constant({});
    const values =
      typeof schema.additionalProperties === "object"
        ? arbitraryFor(schema.additionalProperties, components, depth + 1)
        : fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.boolean());
    return fc.dictionary(fc.stringMatching(/^[a-z][a-z_]{0,9}$/), values, { maxKeys: 3 });
  }
  const model = Object.fromEntries(
    Object.entries(properties).map(([name, property]) => [name, arbitraryFor(property, components, depth + 1)]),
  );
  return fc.record(model, { requiredKeys: required.filter((name) => name in properties) });
}
