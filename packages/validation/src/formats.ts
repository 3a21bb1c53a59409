/**
 * The string formats the spec uses, as the generated validators check them.
 *
 * Regular expressions here are anchored and free of nested quantifiers, so a hostile string cannot
 * make them backtrack; length limits in the schemas are checked before formats and patterns.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(?:[zZ]|[+-](\d{2}):(\d{2}))$/;
const DECIMAL = /^-?\d+(?:\.\d+)?$/;
const EMAIL = /^[^\s@"(),:;<>[\\\]]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/i;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** A calendar date, `YYYY-MM-DD` (RFC 3339 full-date), that exists (no 2026-02-30). */
function isDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= (month === 2 && !isLeapYear(year) ? 28 : (DAYS_IN_MONTH[month - 1] as number));
}

/** An RFC 3339 timestamp with a time zone (`2026-11-20T15:00:00Z`, `…+01:00`). */
function isDateTime(value: string): boolean {
  const separator = value.search(/[tT ]/);
  if (separator !== 10 || !isDate(value.slice(0, 10))) return false;
  const match = TIME.exec(value.slice(11));
  if (!match) return false;
  const [hour, minute, second] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const [offsetHour, offsetMinute] = [Number(match[4] ?? 0), Number(match[5] ?? 0)];
  // Second 60 is a leap second; RFC 3339 allows it.
  return hour <= 23 && minute <= 59 && second <= 60 && offsetHour <= 23 && offsetMinute <= 59;
}

/** An absolute URI with a scheme (`https://…`). */
function isUri(value: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(value) && URL.canParse(value);
}

/** Format checks by the names the spec uses in `format`. */
export const formats = {
  uuid: (value: string) => UUID.test(value),
  date: isDate,
  "date-time": isDateTime,
  decimal: (value: string) => DECIMAL.test(value),
  email: (value: string) => EMAIL.test(value),
  uri: isUri,
  binary: () => true,
} satisfies Record<string, (value: string) => boolean>;

/** What each format means, for error messages. */
export const formatDescriptions: Record<string, string> = {
  uuid: "a UUID",
  date: "a date as YYYY-MM-DD",
  "date-time": "an RFC 3339 timestamp such as 2026-11-20T15:00:00Z",
  decimal: 'a decimal number as a string, such as "12.50"',
  email: "an email address",
  uri: "an absolute URL",
};
