/**
 * Custom property values on a record (`custom_properties`), checked against the org's property
 * definitions: each key must name an active property of the record's type, and each value must have
 * the property's data type. Null clears a value; only the keys sent change.
 */
import type { CustomPropertyRecordType, CustomPropertyValues } from "@cofactr/platform-types";
import { HttpError } from "../http-error.js";
import type { MockState } from "../mock-state.js";

const DECIMAL = /^-?\d+(\.\d+)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isDate(text: string): boolean {
  if (!DATE.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/** Throws a 400 naming each bad key under `custom_properties`; returns the record's values with the changes applied. */
export function applyCustomPropertyValues(
  state: MockState,
  org: string,
  recordType: CustomPropertyRecordType,
  current: CustomPropertyValues,
  changes: CustomPropertyValues | undefined,
): CustomPropertyValues {
  if (changes === undefined) return current;
  const problems: Record<string, string[]> = {};
  const next: CustomPropertyValues = { ...current };
  for (const [key, value] of Object.entries(changes)) {
    const property = state.customProperties.find(
      (candidate) => candidate.org === org && candidate.record_type === recordType && candidate.key === key,
    );
    if (!property || (property.archived && value !== null)) {
      problems[key] = [`No active custom property "${key}" for ${recordType.replace("_", " ")} records.`];
      continue;
    }
    if (value === null) {
      delete next[key];
      continue;
    }
    const problem = {
      text: typeof value === "string" ? undefined : "Expected a string.",
      number:
        typeof value === "string" && DECIMAL.test(value) ? undefined : 'Expected a decimal string such as "12.5".',
      boolean: typeof value === "boolean" ? undefined : "Expected true or false.",
      date: typeof value === "string" && isDate(value) ? undefined : "Expected a date as YYYY-MM-DD.",
      select:
        typeof value === "string" && property.options.includes(value)
          ? undefined
          : `Expected one of ${property.options.map((option) => JSON.stringify(option)).join(", ")}.`,
    }[property.data_type];
    if (problem) problems[key] = [problem];
    else next[key] = value;
  }
  if (Object.keys(problems).length > 0) throw new HttpError(400, { custom_properties: problems });
  return next;
}
