import { formatDescriptions } from "./formats.js";
import { ucs2length } from "./ucs2length.js";

/** The error object a generated (ajv standalone) check function leaves in `.errors`. */
export interface RawIssue {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

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

function unescapePointerSegment(segment: string): string {
  return segment.includes("~") ? segment.replaceAll("~1", "/").replaceAll("~0", "~") : segment;
}

function escapePointerSegment(segment: string): string {
  return segment.replaceAll("~", "~0").replaceAll("/", "~1");
}

function isIndex(segment: string): boolean {
  const first = segment.charCodeAt(0);
  return first >= 48 && first <= 57 && (segment.length === 1 || first !== 48) && /^\d+$/.test(segment);
}

function toPath(pointer: string): Array<string | number> {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((segment) => (isIndex(segment) ? Number(segment) : unescapePointerSegment(segment)));
}

function valueAt(root: unknown, path: ReadonlyArray<string | number>): unknown {
  let current = root;
  for (const key of path) {
    if (current === null || typeof current !== "object" || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/** Shows a received value briefly and safely (long strings are cut; objects are summarised). */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === "object") return "an object";
  if (typeof value === "string") {
    const shown = value.length > 40 ? `${value.slice(0, 37)}...` : value;
    return JSON.stringify(shown);
  }
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

function expectation(issue: RawIssue): string {
  const { params } = issue;
  switch (issue.keyword) {
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
      return "no duplicate items";
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

/** Turns the raw issues of one failed check into readable issues, at most `limit` of them. */
export function toValidationIssues(raw: ReadonlyArray<RawIssue>, value: unknown, limit: number): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  // Only alternatives (anyOf / oneOf) and patterns beside formats produce noise or repeats; most
  // failures have neither, and skip the filtering.
  const noisy = raw.some(
    (issue) => issue.keyword === "anyOf" || issue.keyword === "oneOf" || issue.keyword === "pattern",
  );
  const seen = noisy ? new Set<string>() : undefined;
  for (const issue of noisy ? withoutNoise(raw) : raw) {
    if (issue.keyword === "if" || issue.keyword === "not") continue;
    let pointer = issue.instancePath;
    let path: Array<string | number>;
    let message: string;
    if (issue.keyword === "required" || issue.keyword === "additionalProperties") {
      const field = String(
        issue.keyword === "required" ? issue.params.missingProperty : issue.params.additionalProperty,
      );
      pointer = `${pointer}/${escapePointerSegment(field)}`;
      path = [...toPath(issue.instancePath), field];
      message = issue.keyword === "required" ? "is required" : "is not a known field";
    } else {
      path = toPath(pointer);
      const received = valueAt(value, path);
      const isLengthRule = issue.keyword === "maxLength" || issue.keyword === "minLength";
      const got =
        isLengthRule && typeof received === "string" ? `${ucs2length(received)} characters` : describeValue(received);
      message = `expected ${expectation(issue)}, got ${got}`;
    }
    if (seen) {
      // anyOf/oneOf report each branch's failure as well; one line per pointer and rule is enough.
      const key = `${pointer}\u0000${issue.keyword}\u0000${message}`;
      if (seen.has(key)) continue;
      seen.add(key);
    }
    issues.push({ message, pointer, path, rule: issue.keyword });
    if (issues.length >= limit) break;
  }
  return issues;
}

/** `"/lines/3/quantity: expected an integer, got "12a""`. */
export function formatIssue(issue: ValidationIssue): string {
  return `${issue.pointer || "(root)"}: ${issue.message}`;
}
