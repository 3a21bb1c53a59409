/**
 * Writes the JavaScript that checks values against the spec's schemas, at build time.
 *
 * Every schema becomes two functions:
 *
 * - `is_<name>(value)`: true or false, and nothing else. It stops at the first failure and
 *   allocates nothing on the way, so a valid payload (the common case) costs only its checks.
 * - `collect_<name>(value, pointer, path, out)`: only called once `is_` said no; it walks the
 *   whole value and adds one finished issue per failure to `out` (src/report.ts: the message's
 *   start is written now, the received value is described then), stopping at `maxIssues`. A
 *   value of a referenced schema that its `is_` check passes is not walked again.
 *
 * Why not ajv's standalone output, which the package used first: with `allErrors` every keyword
 * keeps error bookkeeping even on the happy path, and its issues still had to be written for people
 * afterwards. On the benchmark payloads the split runs about 4× (purchase event), 5× (the same,
 * invalid) and 18× (1,000-line BOM) the operations per second the ajv output had (bench/README.md). The
 * generator supports exactly the keywords the spec uses, and fails the build on any other, so a
 * new keyword in the spec cannot be silently ignored; `test/agrees-with-ajv.test.ts` checks its
 * verdicts against ajv's on generated and mutated values.
 *
 * Semantics follow JSON Schema 2020-12 as ajv implements it: type-specific keywords apply only to
 * values of their type, lengths count Unicode code points, patterns use the `u` flag, `integer` is
 * a whole finite number. Three choices of ours, for safer and clearer errors: a string over its
 * `maxLength` is not matched against its format or pattern (a hostile string never reaches a
 * regular expression), a failed format hides the pattern of the same field, and alternatives
 * (`anyOf` / `oneOf`) report the issues of the branch the value was meant for (by its type, or by
 * the branches' common constant property, such as a webhook's `record_type`).
 */
import { describeExpectation, fieldParameters, messageStart } from "../src/validation-issue.ts";
import { CheckPath } from "./check-path.ts";

/** A JSON Schema, with the keywords the generator reads. */
export interface Schema {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  propertyNames?: Schema;
  maxProperties?: number;
  minProperties?: number;
  items?: Schema;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  [keyword: string]: unknown;
}
type Mode = "is" | "collect";

const ANNOTATIONS = new Set(["$id", "readOnly"]);
const STRING_KEYWORDS = ["minLength", "maxLength", "pattern", "format"];
const NUMBER_KEYWORDS = ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"];
const ARRAY_KEYWORDS = ["items", "minItems", "maxItems", "uniqueItems"];
const OBJECT_KEYWORDS = [
  "properties",
  "required",
  "additionalProperties",
  "propertyNames",
  "maxProperties",
  "minProperties",
];
const GENERIC_KEYWORDS = ["type", "enum", "const", "$ref", "anyOf", "oneOf", "allOf"];
const SUPPORTED = new Set([
  ...ANNOTATIONS,
  ...STRING_KEYWORDS,
  ...NUMBER_KEYWORDS,
  ...ARRAY_KEYWORDS,
  ...OBJECT_KEYWORDS,
  ...GENERIC_KEYWORDS,
]);

/** The format checks of src/formats.ts, by format name; `binary` (file contents) is not checked. */
const FORMAT_CHECKS: Record<string, string | null> = {
  uuid: "isUuid",
  date: "isDate",
  "date-time": "isDateTime",
  decimal: "isDecimal",
  email: "isEmail",
  uri: "isUri",
  binary: null,
};

/**
 * Patterns of the spec that a function of src/formats.ts checks faster than a regular expression
 * (test/formats.test.ts proves they agree).
 */
const PATTERN_CHECKS: Record<string, string> = {
  "^-?\\d+(\\.\\d+)?$": "isDecimal",
};

/** The JavaScript test that `value` (a variable name) is of a JSON Schema type. */
const TYPE_TESTS: Record<string, (value: string) => string> = {
  null: (value) => `${value} === null`,
  boolean: (value) => `typeof ${value} === "boolean"`,
  string: (value) => `typeof ${value} === "string"`,
  integer: (value) => `Number.isInteger(${value})`,
  number: (value) => `Number.isFinite(${value})`,
  array: (value) => `Array.isArray(${value})`,
  object: (value) => `typeof ${value} === "object" && ${value} !== null && !Array.isArray(${value})`,
};

/** When a schema gives no `type`, its type-specific keywords apply to values of that kind only. */
const KEYWORD_GROUPS: Array<{ type: string; test: (value: string) => string }> = [
  { type: "string", test: TYPE_TESTS.string as (value: string) => string },
  { type: "number", test: (value) => `typeof ${value} === "number"` },
  { type: "array", test: TYPE_TESTS.array as (value: string) => string },
  { type: "object", test: TYPE_TESTS.object as (value: string) => string },
];

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function indent(lines: string[]): string[] {
  return lines.map((line) => `  ${line}`);
}

function typesOf(schema: Schema): string[] | undefined {
  if (schema.type === undefined) return undefined;
  return Array.isArray(schema.type) ? schema.type : [schema.type];
}

function literal(value: unknown): string {
  if (value !== null && typeof value === "object")
    throw new Error(`Only primitive constants are supported, got ${JSON.stringify(value)}`);
  return value === undefined ? "undefined" : JSON.stringify(value);
}

/** Reads `name` from the object in `value`, never from its prototype for names the prototype has. */
function read(value: string, name: string): string {
  const quoted = JSON.stringify(name);
  if (name in Object.prototype) return `(Object.hasOwn(${value}, ${quoted}) ? ${value}[${quoted}] : undefined)`;
  return IDENTIFIER.test(name) ? `${value}.${name}` : `${value}[${quoted}]`;
}

/** The expected types in words, with the range of a number: `an integer ≥ 0 or null`. */
function describeTypes(types: string[], schema: Schema): string {
  const { minimum, maximum } = schema;
  const range =
    minimum !== undefined && maximum !== undefined
      ? ` from ${minimum} to ${maximum}`
      : minimum !== undefined
        ? ` ≥ ${minimum}`
        : maximum !== undefined
          ? ` ≤ ${maximum}`
          : "";
  return types
    .map((type) => describeExpectation("type", { type }) + (type === "integer" || type === "number" ? range : ""))
    .join(" or ");
}

/** What a field name must look like, from a `propertyNames` schema, for messages. */
function describeNames(schema: Schema): string {
  const parts: string[] = [];
  if (schema.pattern !== undefined) parts.push(`matching ${schema.pattern}`);
  if (schema.minLength !== undefined) parts.push(`at least ${schema.minLength} characters`);
  if (schema.maxLength !== undefined) parts.push(`at most ${schema.maxLength} characters`);
  return `a name ${parts.join(", ")}`;
}

export class CheckEmitter {
  private readonly constants = new Map<string, string>();
  private readonly functions: string[] = [];
  private readonly emitted = new Set<string>();
  /** Inline schemas that got functions of their own (alternatives, field names), so both passes share them. */
  private readonly named = new WeakMap<Schema, string>();
  /** Run-time helpers the generated code calls, by the module that exports them. */
  private readonly helpers = new Map<string, Set<string>>();
  private counter = 0;

  /** `components`: every component schema, by its id (`request:Bom`). */
  constructor(private readonly components: ReadonlyMap<string, Schema>) {}

  /**
   * Emits the two functions that check `schema` and returns their shared name (`request_Bom`:
   * `is_request_Bom`, `collect_request_Bom`). A bare reference reuses its component's functions.
   */
  check(schema: Schema, name: string): string {
    if (typeof schema.$ref === "string" && Object.keys(schema).length === 1) return this.component(schema.$ref);
    const existing = this.named.get(schema);
    if (existing) return existing;
    this.named.set(schema, name);
    this.emitFunctions(name, schema);
    return name;
  }

  /** The generated module: helper imports, constants, functions, then `exports` (`[exportName, name]`). */
  module(exports: ReadonlyArray<readonly [string, string]>): string {
    const imports = [...this.helpers]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([from, names]) => `import { ${[...names].sort().join(", ")} } from "../${from}.js";`);
    return [
      ...imports,
      "",
      ...[...this.constants].map(([source, name]) => `const ${name} = ${source};`),
      "",
      ...this.functions,
      ...exports.map(
        ([exportName, name]) => `export const ${exportName} = { is: is_${name}, collect: collect_${name} };`,
      ),
      "",
    ].join("\n");
  }

  private component(reference: string): string {
    const schema = this.components.get(reference);
    if (!schema) throw new Error(`Unresolved reference ${reference}`);
    const name = reference.replace(/[^A-Za-z0-9_$]/g, "_");
    this.emitFunctions(name, schema);
    return name;
  }

  private resolve(schema: Schema): Schema {
    return typeof schema.$ref === "string" ? this.resolve(this.components.get(schema.$ref) ?? {}) : schema;
  }

  /** A rough rank of what checking a value costs: constants, plain values, formats, structures. */
  private cost(schema: Schema): number {
    const resolved = this.resolve(schema);
    if (resolved.const !== undefined) return 0;
    const types = typesOf(resolved) ?? [];
    if (types.includes("object") || types.includes("array") || resolved.anyOf || resolved.oneOf) return 3;
    if (resolved.format !== undefined || resolved.pattern !== undefined) return 2;
    return 1;
  }

  /** The JSON types a schema admits, following references and alternatives; undefined for any. */
  private admittedTypes(schema: Schema): string[] | undefined {
    const resolved = this.resolve(schema);
    const own = typesOf(resolved);
    if (own) return own;
    const members = (resolved.anyOf ?? resolved.oneOf) as Schema[] | undefined;
    if (!members) return undefined;
    const types = members.map((member) => this.admittedTypes(member));
    return types.some((list) => list === undefined) ? undefined : [...new Set(types.flat() as string[])];
  }

  private emitFunctions(name: string, schema: Schema): void {
    if (this.emitted.has(name)) return;
    this.emitted.add(name);
    const place = CheckPath.parameters();
    const is = this.value(schema, "x", place, "is");
    const collect = this.value(schema, "x", place, "collect");
    this.use("max-issues", "maxIssues");
    this.functions.push(
      `function is_${name}(x) {`,
      ...indent(is),
      "  return true;",
      "}",
      `function collect_${name}(x, p, pp, out) {`,
      "  if (out.length >= maxIssues) return;",
      ...indent(collect),
      "}",
    );
  }

  private variable(prefix: string): string {
    this.counter += 1;
    return `${prefix}${this.counter}`;
  }

  private use(module: string, name: string): void {
    const names = this.helpers.get(module) ?? new Set<string>();
    names.add(name);
    this.helpers.set(module, names);
  }

  /** A module-level constant with this source, shared by every use. */
  private constant(source: string, prefix = "c"): string {
    let name = this.constants.get(source);
    if (!name) {
      name = `${prefix}${this.constants.size}`;
      this.constants.set(source, name);
    }
    return name;
  }

  /**
   * What a failure does: `return false` when only the verdict counts; otherwise an issue. Parameters
   * known now (an object) become one shared constant, and the message's expectation is written out
   * now (`"expected an integer, got "`), so reporting an issue costs little; `params` as a string is
   * JavaScript evaluated when the issue is reported.
   */
  private fail(
    mode: Mode,
    place: CheckPath,
    rule: string,
    params: string | Record<string, unknown>,
    value: string,
    expectation?: string,
  ): string[] {
    if (mode === "is") return ["return false;"];
    const source = typeof params === "string" ? params : this.constant(JSON.stringify(params), "params");
    let start = "undefined";
    if (typeof params !== "string" && !(rule in fieldParameters)) {
      start = this.constant(JSON.stringify(messageStart(expectation ?? describeExpectation(rule, params))), "message");
    }
    this.use("report", "report");
    this.placeHelpers(place);
    return [
      `report(out, ${place.pointer()}, ${place.path()}, ${JSON.stringify(rule)}, ${source}, ${value}, ${start});`,
    ];
  }

  /** The place as the arguments of a deeper `collect` function. */
  private place(path: CheckPath): string {
    this.placeHelpers(path);
    return path.arguments();
  }

  /** Imports what building a place needs at run time. */
  private placeHelpers(path: CheckPath): void {
    this.use("report", "extendPath");
    if (path.escapesKeys) this.use("json-pointer", "escapeSegment");
  }

  /** `if (test)` then `failure`: one line when the failure is a plain `return false`. */
  private guard(test: string, failure: string[]): string[] {
    if (failure.length === 1 && failure[0] === "return false;") return [`if (${test}) return false;`];
    return [`if (${test}) {`, ...indent(failure), "}"];
  }

  private value(schema: Schema, value: string, place: CheckPath, mode: Mode): string[] {
    for (const keyword of Object.keys(schema)) {
      if (!SUPPORTED.has(keyword)) {
        throw new Error(
          `The check generator does not support the keyword "${keyword}" (in ${JSON.stringify(schema).slice(0, 200)}). Add it to scripts/check-emitter.ts.`,
        );
      }
    }
    const generic = this.generic(schema, value, place, mode);
    const types = typesOf(schema);
    if (!types) {
      const lines = [...generic];
      for (const group of KEYWORD_GROUPS) {
        const body = this.typeKeywords(group.type, schema, value, place, mode);
        if (body.length > 0) lines.push(`if (${group.test(value)}) {`, ...indent(body), "}");
      }
      return lines;
    }
    const checked: Array<{ test: string; body: string[] }> = [];
    const plain: string[] = [];
    for (const type of types) {
      const test = TYPE_TESTS[type];
      if (!test) throw new Error(`Unknown type ${type}`);
      const body = [...this.typeKeywords(type, schema, value, place, mode), ...generic];
      if (body.length === 0) plain.push(test(value));
      else checked.push({ test: test(value), body });
    }
    const failure = this.fail(mode, place, "type", { type: types.join(",") }, value, describeTypes(types, schema));
    const lines: string[] = [];
    checked.forEach(({ test, body }, index) => {
      lines.push(`${index === 0 ? "" : "} else "}if (${test}) {`, ...indent(body));
    });
    const allowed = plain.join(" || ");
    if (checked.length === 0) lines.push(...this.guard(`!(${allowed})`, failure));
    else if (plain.length > 0) lines.push(`} else if (!(${allowed})) {`, ...indent(failure), "}");
    else lines.push("} else {", ...indent(failure), "}");
    return lines;
  }

  private typeKeywords(type: string, schema: Schema, value: string, place: CheckPath, mode: Mode): string[] {
    if (type === "string") return this.stringKeywords(schema, value, place, mode);
    if (type === "integer" || type === "number") return this.numberKeywords(schema, value, place, mode);
    if (type === "array") return this.arrayKeywords(schema, value, place, mode);
    if (type === "object") return this.objectKeywords(schema, value, place, mode);
    return [];
  }

  private stringKeywords(schema: Schema, value: string, place: CheckPath, mode: Mode): string[] {
    const lines: string[] = [];
    const { minLength, maxLength, pattern, format } = schema;
    if (maxLength !== undefined || (minLength ?? 0) > 1) this.use("ucs2length", "ucs2length");
    if (minLength !== undefined && minLength > 0) {
      // A string of n UTF-16 units has at most n code points and at least n / 2.
      const test =
        minLength === 1
          ? `${value}.length < 1`
          : `${value}.length < ${minLength} || (${value}.length < ${minLength * 2} && ucs2length(${value}) < ${minLength})`;
      lines.push(...this.guard(`${test}`, this.fail(mode, place, "minLength", { limit: minLength }, value)));
    }
    // Checked in order, each only if the one before passed: a string over its maximum length never
    // reaches a regular expression, and a failed format hides the pattern of the same field.
    const chain: Array<{ test: string; failure: string[] }> = [];
    if (maxLength !== undefined) {
      chain.push({
        test: `${value}.length > ${maxLength} && ucs2length(${value}) > ${maxLength}`,
        failure: this.fail(mode, place, "maxLength", { limit: maxLength }, value),
      });
    }
    if (format !== undefined) {
      if (!(format in FORMAT_CHECKS)) throw new Error(`Unknown format "${format}": add it to src/formats.ts`);
      const check = FORMAT_CHECKS[format];
      if (check) {
        this.use("formats", check);
        chain.push({
          test: `!${check}(${value})`,
          failure: this.fail(mode, place, "format", { format }, value),
        });
      }
    }
    // A pattern that says what the format already checked (the decimal strings have both) is skipped.
    if (pattern !== undefined && !(format !== undefined && PATTERN_CHECKS[pattern] === FORMAT_CHECKS[format])) {
      const known = PATTERN_CHECKS[pattern];
      if (known) this.use("formats", known);
      const test = known
        ? `!${known}(${value})`
        : `!${this.constant(String(new RegExp(pattern, "u")), "pattern")}.test(${value})`;
      chain.push({
        test,
        failure: this.fail(mode, place, "pattern", { pattern }, value),
      });
    }
    chain.forEach(({ test, failure }, index) => {
      lines.push(`${index === 0 ? "" : "} else "}if (${test}) {`, ...indent(failure));
    });
    if (chain.length > 0) lines.push("}");
    return lines;
  }

  private numberKeywords(schema: Schema, value: string, place: CheckPath, mode: Mode): string[] {
    const lines: string[] = [];
    const limits: Array<[string, string, string]> = [
      ["minimum", "<", ">="],
      ["maximum", ">", "<="],
      ["exclusiveMinimum", "<=", ">"],
      ["exclusiveMaximum", ">=", "<"],
    ];
    for (const [keyword, failing, comparison] of limits) {
      const limit = schema[keyword];
      if (limit === undefined) continue;
      lines.push(
        ...this.guard(`${value} ${failing} ${limit}`, this.fail(mode, place, keyword, { comparison, limit }, value)),
      );
    }
    return lines;
  }

  private arrayKeywords(schema: Schema, value: string, place: CheckPath, mode: Mode): string[] {
    const lines: string[] = [];
    if (schema.minItems !== undefined && schema.minItems > 0) {
      lines.push(
        ...this.guard(
          `${value}.length < ${schema.minItems}`,
          this.fail(mode, place, "minItems", { limit: schema.minItems }, value),
        ),
      );
    }
    if (schema.maxItems !== undefined) {
      lines.push(
        ...this.guard(
          `${value}.length > ${schema.maxItems}`,
          this.fail(mode, place, "maxItems", { limit: schema.maxItems }, value),
        ),
      );
    }
    if (schema.uniqueItems === true) {
      this.use("find-duplicate", "findDuplicate");
      const duplicate = this.variable("d");
      lines.push(
        `const ${duplicate} = ${value}.length > 1 ? findDuplicate(${value}) : undefined;`,
        `if (${duplicate} !== undefined) {`,
        ...indent(this.fail(mode, place, "uniqueItems", `{ i: ${duplicate}[0], j: ${duplicate}[1] }`, value)),
        "}",
      );
    }
    if (schema.items !== undefined) {
      const index = this.variable("i");
      const item = this.variable("v");
      const body = this.value(schema.items, item, place.index(index), mode);
      if (body.length > 0) {
        lines.push(
          `for (let ${index} = 0; ${index} < ${value}.length; ${index}++) {`,
          ...(mode === "collect" ? ["  if (out.length >= maxIssues) return;"] : []),
          `  const ${item} = ${value}[${index}];`,
          ...indent(body),
          "}",
        );
      }
    }
    return lines;
  }

  private objectKeywords(schema: Schema, value: string, place: CheckPath, mode: Mode): string[] {
    const lines: string[] = [];
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    const required = (schema.required ?? []) as string[];
    const closed = schema.additionalProperties === false;
    const extra =
      typeof schema.additionalProperties === "object" && Object.keys(schema.additionalProperties).length > 0
        ? (schema.additionalProperties as Schema)
        : undefined;
    const known = Object.keys(properties);
    const knownSet = () => this.constant(`/* @__PURE__ */ new Set(${JSON.stringify(known)})`, "known");

    if (schema.maxProperties !== undefined || schema.minProperties !== undefined) {
      const count = this.variable("count");
      const key = this.variable("k");
      lines.push(`let ${count} = 0;`, `for (const ${key} in ${value}) ${count}++;`);
      for (const [keyword, failing] of [
        ["maxProperties", ">"],
        ["minProperties", "<"],
      ] as const) {
        if (schema[keyword] === undefined) continue;
        lines.push(
          ...this.guard(
            `${count} ${failing} ${schema[keyword]}`,
            this.fail(mode, place, keyword, { limit: schema[keyword] }, value),
          ),
        );
      }
    }

    for (const name of required) {
      if (name in properties) continue;
      lines.push(
        ...this.guard(
          `${read(value, name)} === undefined`,
          this.fail(mode, place, "required", { missingProperty: name }, value),
        ),
      );
    }

    // Unknown fields. When the object is closed, the known fields present are counted while they
    // are checked, and the names are only looked up if that count differs from the object's.
    const counter = closed && !extra && !schema.propertyNames ? this.variable("n") : undefined;
    const names: string[] = [];
    if (closed || extra || schema.propertyNames) {
      const key = this.variable("k");
      const body: string[] = [];
      if (mode === "collect") body.push("if (out.length >= maxIssues) return;");
      if (schema.propertyNames) {
        const check = this.check(schema.propertyNames, this.variable("names"));
        const params = `{ propertyName: ${key}, expected: ${JSON.stringify(describeNames(schema.propertyNames))} }`;
        body.push(`if (!is_${check}(${key})) {`, ...indent(this.fail(mode, place, "propertyNames", params, key)), "}");
      }
      if (known.length > 0) body.push(`if (${knownSet()}.has(${key})) continue;`);
      if (closed)
        body.push(...this.fail(mode, place, "additionalProperties", `{ additionalProperty: ${key} }`, "undefined"));
      else if (extra) {
        const item = this.variable("v");
        body.push(`const ${item} = ${value}[${key}];`, ...this.value(extra, item, place.key(key), mode));
      }
      if (counter) {
        const keys = this.variable("keys");
        names.push(
          `let ${keys} = 0;`,
          `for (const ${key} in ${value}) ${keys}++;`,
          `if (${keys} !== ${counter}) {`,
          ...indent([`for (const ${key} in ${value}) {`, ...indent(body), "}"]),
          "}",
        );
      } else {
        names.push(`for (const ${key} in ${value}) {`, ...indent(body), "}");
      }
    }
    if (counter) lines.push(`let ${counter} = 0;`);
    else if (mode === "collect") lines.push(...names);

    // Issues are collected in the fields' order. A verdict checks the cheapest fields first, so an
    // invalid value is usually turned down before any format is read; constants come first of all,
    // as they are what tells one webhook event from another.
    const ordered = Object.entries(properties);
    if (mode === "is") ordered.sort(([, a], [, b]) => this.cost(a) - this.cost(b));
    for (const [name, property] of ordered) {
      const item = this.variable("v");
      const body = [...(counter ? [`${counter}++;`] : []), ...this.value(property, item, place.property(name), mode)];
      if (required.includes(name)) {
        const missing = this.fail(mode, place, "required", { missingProperty: name }, value);
        lines.push(`const ${item} = ${read(value, name)};`);
        if (mode === "is") lines.push(`if (${item} === undefined) return false;`, ...body);
        else lines.push(`if (${item} === undefined) {`, ...indent(missing), "} else {", ...indent(body), "}");
      } else if (body.length > 0) {
        lines.push(`const ${item} = ${read(value, name)};`, `if (${item} !== undefined) {`, ...indent(body), "}");
      }
    }
    if (mode === "is" || counter) lines.push(...names);
    return lines;
  }

  private generic(schema: Schema, value: string, place: CheckPath, mode: Mode): string[] {
    const lines: string[] = [];
    if (schema.const !== undefined) {
      lines.push(
        ...this.guard(
          `${value} !== ${literal(schema.const)}`,
          this.fail(mode, place, "const", { allowedValue: schema.const }, value),
        ),
      );
    }
    if (schema.enum !== undefined) {
      const values = schema.enum as unknown[];
      const test =
        values.length <= 8
          ? values.map((allowed) => `${value} !== ${literal(allowed)}`).join(" && ")
          : `!${this.constant(`/* @__PURE__ */ new Set(${JSON.stringify(values)})`, "choices")}.has(${value})`;
      lines.push(...this.guard(`${test}`, this.fail(mode, place, "enum", { allowedValues: values }, value)));
    }
    if (typeof schema.$ref === "string") {
      const name = this.component(schema.$ref);
      lines.push(
        mode === "is"
          ? `if (!is_${name}(${value})) return false;`
          : `if (!is_${name}(${value})) collect_${name}(${value}, ${this.place(place)}, out);`,
      );
    }
    for (const member of (schema.allOf ?? []) as Schema[]) lines.push(...this.value(member, value, place, mode));
    if (schema.anyOf) lines.push(...this.alternatives(schema.anyOf, "anyOf", value, place, mode));
    if (schema.oneOf) lines.push(...this.alternatives(schema.oneOf, "oneOf", value, place, mode));
    return lines;
  }

  /**
   * `oneOf` whose branches are objects that each require one property with a constant of its own
   * (a webhook's `record_type`): the property says which branch applies.
   */
  private discriminator(members: Schema[]): { property: string; values: string[] } | undefined {
    const resolved = members.map((member) => this.resolve(member));
    const first = resolved[0];
    if (!first?.properties) return undefined;
    for (const property of Object.keys(first.properties)) {
      const values = resolved.map((member) => {
        const schema = member.properties?.[property];
        const constant = schema && this.resolve(schema).const;
        return member.required?.includes(property) && typeof constant === "string" ? constant : undefined;
      });
      if (values.every((constant) => constant !== undefined) && new Set(values).size === values.length) {
        return { property, values: values as string[] };
      }
    }
    return undefined;
  }

  private alternatives(
    members: Schema[],
    keyword: "anyOf" | "oneOf",
    value: string,
    place: CheckPath,
    mode: Mode,
  ): string[] {
    const names = members.map((member) => this.check(member, this.variable(keyword)));
    const discriminator = keyword === "oneOf" ? this.discriminator(members) : undefined;
    if (discriminator) {
      const tag = this.variable("tag");
      const lines = [
        `const ${tag} = typeof ${value} === "object" && ${value} !== null ? ${read(value, discriminator.property)} : undefined;`,
        `switch (${tag}) {`,
      ];
      discriminator.values.forEach((constant, index) => {
        const name = names[index];
        lines.push(
          `  case ${literal(constant)}:`,
          mode === "is"
            ? `    if (!is_${name}(${value})) return false;`
            : `    if (!is_${name}(${value})) collect_${name}(${value}, ${this.place(place)}, out);`,
          "    break;",
        );
      });
      const unknown =
        mode === "is"
          ? ["return false;"]
          : [
              `if (!(${TYPE_TESTS.object?.(value)})) {`,
              ...indent(this.fail(mode, place, "type", { type: "object" }, value)),
              `} else if (${tag} === undefined) {`,
              ...indent(this.fail(mode, place, "required", { missingProperty: discriminator.property }, value)),
              "} else {",
              ...indent(
                this.fail(
                  mode,
                  place.property(discriminator.property),
                  "enum",
                  { allowedValues: discriminator.values },
                  tag,
                ),
              ),
              "}",
            ];
      lines.push("  default:", ...indent(indent(unknown)), "}");
      return lines;
    }
    const tests = names.map((name) => `is_${name}(${value})`);
    const branches = this.constant(
      `[${members
        .map(
          (member, index) =>
            `{ types: ${JSON.stringify(this.admittedTypes(member) ?? null)}, collect: collect_${names[index]} }`,
        )
        .join(", ")}]`,
      "branches",
    );
    if (mode === "collect") this.use("collect-alternatives", "collectAlternatives");
    const collect = (passing: string) =>
      `collectAlternatives(${value}, ${this.place(place)}, out, ${branches}, ${JSON.stringify(keyword)}, ${passing});`;
    if (keyword === "anyOf") {
      return [`if (!(${tests.join(" || ")})) {`, ...indent(mode === "is" ? ["return false;"] : [collect("0")]), "}"];
    }
    const passing = this.variable("passing");
    return [
      `let ${passing} = 0;`,
      ...tests.map((test) => `if (${test}) ${passing}++;`),
      `if (${passing} !== 1) {`,
      ...indent(mode === "is" ? ["return false;"] : [collect(passing)]),
      "}",
    ];
  }
}
