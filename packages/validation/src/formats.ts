/**
 * The string formats the spec uses, as the generated validators check them.
 *
 * Dates and timestamps are read character by character (no regular expression, no substrings):
 * they are in nearly every payload, and this is the hot path of validation. The regular
 * expressions here are anchored and free of nested quantifiers, so a hostile string cannot make
 * them backtrack; length limits in the schemas are checked before formats and patterns.
 */

const EMAIL = /^[^\s@"(),:;<>[\\\]]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/i;
const URI_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const ZERO = 48;

/** The number written by two decimal digits at `start`, or -1 if they are not both digits. */
function twoDigits(value: string, start: number): number {
  const tens = value.charCodeAt(start) - ZERO;
  const units = value.charCodeAt(start + 1) - ZERO;
  return tens >= 0 && tens <= 9 && units >= 0 && units <= 9 ? tens * 10 + units : -1;
}

/** Whether `value` holds a calendar date `YYYY-MM-DD` that exists, at `start`. */
function isDateAt(value: string, start: number): boolean {
  const century = twoDigits(value, start);
  const yearOfCentury = twoDigits(value, start + 2);
  const month = twoDigits(value, start + 5);
  const day = twoDigits(value, start + 8);
  if (century < 0 || yearOfCentury < 0 || month < 1 || month > 12 || day < 1) return false;
  if (value.charCodeAt(start + 4) !== 45 || value.charCodeAt(start + 7) !== 45) return false;
  if (month !== 2) return day <= (DAYS_IN_MONTH[month - 1] as number);
  const year = century * 100 + yearOfCentury;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (leap ? 29 : 28);
}

/** 1 at the character codes of hexadecimal digits (either case), 0 at the other ASCII codes. */
const HEX = /* @__PURE__ */ (() => {
  const table = new Uint8Array(128);
  for (const digit of "0123456789abcdefABCDEF") table[digit.charCodeAt(0)] = 1;
  return table;
})();

/**
 * 1 when the characters from `start` to `end` are all hexadecimal digits, else 0. Branch-free (one
 * lookup per character, ANDed): a code outside the table reads as undefined, which ANDs to 0.
 */
function hexDigits(value: string, start: number, end: number): number {
  let all = 1;
  for (let index = start; index < end; index++) all &= HEX[value.charCodeAt(index)] as number;
  return all;
}

/** A UUID, `8-4-4-4-12` hexadecimal digits, in either case. */
export function isUuid(value: string): boolean {
  const dashes =
    value.charCodeAt(8) === 45 &&
    value.charCodeAt(13) === 45 &&
    value.charCodeAt(18) === 45 &&
    value.charCodeAt(23) === 45;
  return (
    value.length === 36 &&
    dashes &&
    (hexDigits(value, 0, 8) &
      hexDigits(value, 9, 13) &
      hexDigits(value, 14, 18) &
      hexDigits(value, 19, 23) &
      hexDigits(value, 24, 36)) ===
      1
  );
}

/** A calendar date, `YYYY-MM-DD` (RFC 3339 full-date), that exists (no 2026-02-30). */
export function isDate(value: string): boolean {
  return value.length === 10 && isDateAt(value, 0);
}

/**
 * An RFC 3339 timestamp with a time zone: `2026-11-20T15:00:00Z`, `2026-11-20 15:00:00.123+01:00`.
 * Second 60 is a leap second, which RFC 3339 allows; fractions have 1 to 9 digits.
 */
export function isDateTime(value: string): boolean {
  if (value.length < 20 || !isDateAt(value, 0)) return false;
  const separator = value.charCodeAt(10);
  // T, t or a space.
  if (separator !== 84 && separator !== 116 && separator !== 32) return false;
  const hour = twoDigits(value, 11);
  const minute = twoDigits(value, 14);
  const second = twoDigits(value, 17);
  if (value.charCodeAt(13) !== 58 || value.charCodeAt(16) !== 58) return false;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60) return false;
  let index = 19;
  if (value.charCodeAt(index) === 46) {
    const start = ++index;
    while (index < value.length && isDigit(value.charCodeAt(index))) index++;
    if (index === start || index - start > 9) return false;
  }
  const zone = value.charCodeAt(index);
  // Z or z, then nothing.
  if (zone === 90 || zone === 122) return index + 1 === value.length;
  // + or -, then HH:MM.
  if ((zone !== 43 && zone !== 45) || index + 6 !== value.length || value.charCodeAt(index + 3) !== 58) return false;
  const offsetHour = twoDigits(value, index + 1);
  const offsetMinute = twoDigits(value, index + 4);
  return offsetHour >= 0 && offsetHour <= 23 && offsetMinute >= 0 && offsetMinute <= 59;
}

/** Whether the code is that of an ASCII digit. */
function isDigit(code: number): boolean {
  return code >= ZERO && code <= ZERO + 9;
}

/**
 * A decimal number written as a string: `12`, `-0.5`, `1250.00`; what the spec's pattern
 * `^-?\d+(\.\d+)?$` says (the generated checks use this function for that pattern).
 */
export function isDecimal(value: string): boolean {
  let index = value.charCodeAt(0) === 45 ? 1 : 0;
  const whole = index;
  while (index < value.length && isDigit(value.charCodeAt(index))) index++;
  if (index === whole) return false;
  if (index === value.length) return true;
  if (value.charCodeAt(index) !== 46) return false;
  const fraction = ++index;
  while (index < value.length && isDigit(value.charCodeAt(index))) index++;
  return index > fraction && index === value.length;
}

/** An email address: a local part without spaces or specials, and a domain with a dot. */
export function isEmail(value: string): boolean {
  return EMAIL.test(value);
}

/** An absolute URI with a scheme (`https://…`). */
export function isUri(value: string): boolean {
  return URI_SCHEME.test(value) && URL.canParse(value);
}

/** Format checks by the names the spec uses in `format` (the parameter checks look them up here). */
export const formats = {
  uuid: isUuid,
  date: isDate,
  "date-time": isDateTime,
  decimal: isDecimal,
  email: isEmail,
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
