import { formatDescriptions } from "./formats.js";
import { escapeSegment, toPath } from "./json-pointer.js";
import type { RawIssue } from "./raw-issue.js";
import { ucs2length } from "./ucs2length.js";

/** One thing wrong with a value. Compatible with Standard Schema's issue (`message`, `path`). */
export interface ValidationIssue {
  /** What is wrong, for a person: `expected an integer, got "12a"`. */
  readonly message: string;
  /** JSON pointer of the offending field (`/lines/3/quantity`; `""` for the whole value). */
  readonly pointer: string;
  /** The path as keys, for Standard Schema consumers (`["lines", 3, "quantity"]`). */
  readonly path: ReadonlyArray<string | number>;
  /** The JSON Schema rule that failed: `type`, `required`, `maxLength`, `format`, `enum`, … */
  readonly rule: string;
}

const TYPE_NAMES: Record<string, string> = {
  integer: "an integer",
  number: "a number",
  string: "a string",
  boolean: "true or false",
  object: "an object",
  array: "a list",
  null: "null",
};

function valueAt(root: unknown, path: ReadonlyArray<string | number>): unknown {
  let current = root;
  for (const key of path) {
    if (current === null || typeof current !== "object" || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/**
 * A string in double quotes, as JSON writes it. Most received strings need no escaping, and
 * checking that is several times cheaper than `JSON.stringify`, which is kept for the others.
 */
function quote(value: string): string {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    // Control characters, `"`, `\` and surrogates (a lone one is escaped by JSON.stringify).
    if (code < 32 || code === 34 || code === 92 || (code >= 0xd800 && code <= 0xdfff)) return JSON.stringify(value);
  }
  return `"${value}"`;
}

/** Shows a received value briefly and safely (long strings are cut; objects are summarised). */
function describeValue(value: unknown): string {
  if (typeof value === "string") return quote(value.length > 40 ? `${value.slice(0, 37)}...` : value);
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === "object") return "an object";
  return String(value);
}

/** Enum lists are the spec's own arrays, so their wording is worked out once per list. */
const choiceDescriptions = new WeakMap<unknown[], string>();

function describeChoices(values: unknown[]): string {
  let description = choiceDescriptions.get(values);
  if (description === undefined) {
    const allowed = values.map((value) => JSON.stringify(value));
    description = `one of ${allowed.length > 30 ? `${allowed.slice(0, 30).join(", ")}, …` : allowed.join(", ")}`;
    choiceDescriptions.set(values, description);
  }
  return description;
}

/** The start of an issue's message, up to the received value: `expected an integer, got `. */
export function messageStart(expected: string): string {
  return `expected ${expected}, got `;
}

/**
 * What a rule expected, in words: `an integer`, `at most 255 characters`. The generated checks
 * write their messages' start with it when they are generated.
 */
export function describeExpectation(rule: string, params: Record<string, unknown>): string {
  switch (rule) {
    case "type": {
      const types = String(params.type).split(",");
      return types.map((type) => TYPE_NAMES[type] ?? type).join(" or ");
    }
    case "minimum":
      return `a number ≥ ${params.limit}`;
    case "maximum":
      return `a number ≤ ${params.limit}`;
    case "exclusiveMinimum":
      return `a number > ${params.limit}`;
    case "exclusiveMaximum":
      return `a number < ${params.limit}`;
    case "minLength":
      return params.limit === 1 ? "a non-empty string" : `at least ${params.limit} characters`;
    case "maxLength":
      return `at most ${params.limit} characters`;
    case "minItems":
      return `at least ${params.limit} item${params.limit === 1 ? "" : "s"}`;
    case "maxItems":
      return `at most ${params.limit} items`;
    case "enum":
      return describeChoices(params.allowedValues as unknown[]);
    case "const":
      return JSON.stringify(params.allowedValue);
    case "format":
      return formatDescriptions[String(params.format)] ?? `a ${params.format} string`;
    case "pattern":
      return `a string matching ${params.pattern}`;
    case "uniqueItems":
      return `no duplicate items (items ${params.i} and ${params.j} are equal)`;
    case "maxProperties":
      return `at most ${params.limit} fields`;
    case "minProperties":
      return `at least ${params.limit} field${params.limit === 1 ? "" : "s"}`;
    default:
      return "a value of one of the allowed shapes";
  }
}

/**
 * Drops the noise of alternatives (`anyOf` / `oneOf`): when a value failed inside the branch it
 * was meant for, the branch's own issues say what is wrong, and "not one of the shapes" plus "not an
 * object" from the other branches only confuse. Also drops a `pattern` issue where a `format` issue
 * already describes the same field.
 */
function withoutNoise(raw: ReadonlyArray<RawIssue>): RawIssue[] {
  const alternatives = new Set(
    raw.filter((issue) => issue.keyword === "anyOf" || issue.keyword === "oneOf").map((issue) => issue.instancePath),
  );
  const explained = new Set(
    [...alternatives].filter((pointer) =>
      raw.some(
        (issue) =>
          issue.instancePath.startsWith(`${pointer}/`) ||
          (issue.instancePath === pointer && issue.keyword === "required"),
      ),
    ),
  );
  const formatted = new Set(raw.filter((issue) => issue.keyword === "format").map((issue) => issue.instancePath));
  return raw.filter((issue) => {
    if (explained.has(issue.instancePath) && ["anyOf", "oneOf", "type"].includes(issue.keyword)) return false;
    return !(issue.keyword === "pattern" && formatted.has(issue.instancePath));
  });
}

/**
 * The rules about a field of an object, reported at the object by the checks and at the field in
 * issues, with the parameter that names the field.
 */
export const fieldParameters: Readonly<Record<string, string>> = {
  required: "missingProperty",
  additionalProperties: "additionalProperty",
  propertyNames: "propertyName",
};

/** The message of a rule about a field of an object. */
export function fieldMessage(rule: string, params: Record<string, unknown>): string {
  if (rule === "required") return "is required";
  if (rule === "additionalProperties") return "is not a known field";
  return `is not an allowed field name: expected ${params.expected}`;
}

/** The value received, for a message's end: its length for a length rule, else the value itself. */
export function describeReceived(rule: string, value: unknown): string {
  return (rule === "maxLength" || rule === "minLength") && typeof value === "string"
    ? `${ucs2length(value)} characters`
    : describeValue(value);
}

/** One of ajv's errors, written for people. */
function readable(issue: RawIssue, root: unknown): ValidationIssue {
  const { keyword, params } = issue;
  const fieldParameter = fieldParameters[keyword];
  if (fieldParameter !== undefined) {
    const field = String(params[fieldParameter]);
    const path = toPath(issue.instancePath);
    path.push(field);
    const pointer = `${issue.instancePath}/${escapeSegment(field)}`;
    return { message: fieldMessage(keyword, params), pointer, path, rule: keyword };
  }
  const path = toPath(issue.instancePath);
  const message = messageStart(describeExpectation(keyword, params)) + describeReceived(keyword, valueAt(root, path));
  return { message, pointer: issue.instancePath, path, rule: keyword };
}

/** Turns the raw issues of one failed check into readable issues, at most `limit` of them. */
export function toValidationIssues(raw: ReadonlyArray<RawIssue>, value: unknown, limit: number): ValidationIssue[] {
  // Only alternatives (anyOf / oneOf) and patterns beside formats produce noise or repeats; most
  // failures have neither, and skip the filtering.
  let noisy = false;
  for (let index = 0; index < raw.length && !noisy; index++) {
    const { keyword } = raw[index] as RawIssue;
    noisy = keyword === "anyOf" || keyword === "oneOf" || keyword === "pattern";
  }
  const issues: ValidationIssue[] = [];
  if (!noisy) {
    for (let index = 0; index < raw.length && issues.length < limit; index++) {
      issues.push(readable(raw[index] as RawIssue, value));
    }
    return issues;
  }
  const seen = new Set<string>();
  for (const issue of withoutNoise(raw)) {
    const readableIssue = readable(issue, value);
    // anyOf/oneOf report each branch's failure as well; one line per pointer and rule is enough.
    const key = `${readableIssue.pointer}\u0000${issue.keyword}\u0000${readableIssue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(readableIssue);
    if (issues.length >= limit) break;
  }
  return issues;
}

/** `"/lines/3/quantity: expected an integer, got "12a""`. */
export function formatIssue(issue: ValidationIssue): string {
  return `${issue.pointer || "(root)"}: ${issue.message}`;
}
