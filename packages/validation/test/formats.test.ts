/**
 * The format checks read strings character by character, for speed; each is compared here with the
 * plain regular-expression reading of the same rule, on valid strings, near misses and noise.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { isDate, isDateTime, isDecimal, isUuid } from "../src/formats.js";

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function referenceDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= (month === 2 && !leap ? 28 : (DAYS[month - 1] as number));
}

function referenceDateTime(value: string): boolean {
  const match = /^(.{10})[tT ](\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(?:[zZ]|[+-](\d{2}):(\d{2}))$/.exec(value);
  if (!match || !referenceDate(match[1] as string)) return false;
  const [hour, minute, second] = [Number(match[2]), Number(match[3]), Number(match[4])];
  const [offsetHour, offsetMinute] = [Number(match[5] ?? 0), Number(match[6] ?? 0)];
  return hour <= 23 && minute <= 59 && second <= 60 && offsetHour <= 23 && offsetMinute <= 59;
}

const referenceUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
const referenceDecimal = (value: string) => /^-?\d+(\.\d+)?$/u.test(value);

/** Strings over the characters these formats use (and a few they do not), valid or nearly. */
function near(valid: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const noise = fc.string({ unit: fc.constantFrom(..."0123456789-:.TtZz+ abcdefABCDEFgG😀\n"), maxLength: 40 });
  const mutated = fc
    .tuple(valid, fc.nat(), fc.constantFrom(..."0123456789-:.TZ+ gG😀"), fc.constantFrom("replace", "insert", "delete"))
    .map(([value, at, character, how]) => {
      const index = at % (value.length + 1);
      if (how === "insert") return value.slice(0, index) + character + value.slice(index);
      if (how === "delete") return value.slice(0, index) + value.slice(index + 1);
      return value.slice(0, index) + character + value.slice(index + 1);
    });
  return fc.oneof(valid, mutated, noise);
}

const dates = fc
  .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
  .map(([y, m, d]) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
const times = fc
  .tuple(
    dates,
    fc.constantFrom("T", "t", " "),
    fc.integer({ min: 0, max: 25 }),
    fc.integer({ min: 0, max: 61 }),
    fc.integer({ min: 0, max: 61 }),
    fc.constantFrom("", ".5", ".123456789", ".1234567890"),
    fc.constantFrom("Z", "z", "+01:00", "-23:59", "+24:00", "+01:60", ""),
  )
  .map(
    ([date, separator, hour, minute, second, fraction, zone]) =>
      `${date}${separator}${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}:${String(second).padStart(2, "0")}${fraction}${zone}`,
  );
const decimals = fc
  .tuple(fc.boolean(), fc.nat(), fc.option(fc.nat()))
  .map(([negative, whole, fraction]) => `${negative ? "-" : ""}${whole}${fraction === null ? "" : `.${fraction}`}`);

describe("format checks agree with their regular-expression readings", () => {
  test.each([
    { name: "uuid", check: isUuid, reference: referenceUuid, values: near(fc.uuid()) },
    { name: "date", check: isDate, reference: referenceDate, values: near(dates) },
    { name: "date-time", check: isDateTime, reference: referenceDateTime, values: near(times) },
    { name: "decimal", check: isDecimal, reference: referenceDecimal, values: near(decimals) },
  ])("$name", ({ check, reference, values }) => {
    fc.assert(
      fc.property(values, (value) => {
        expect(check(value), JSON.stringify(value)).toBe(reference(value));
      }),
      { numRuns: 3000 },
    );
  });

  test("known answers", () => {
    expect(isUuid("497F6ECA-6276-4993-BFEB-53CBBBBA6F08")).toBe(true);
    expect(isDate("2024-02-29")).toBe(true);
    expect(isDate("2100-02-29")).toBe(false);
    expect(isDateTime("2026-11-20T23:59:60.5+01:00")).toBe(true);
    expect(isDateTime("2026-11-20T15:00:00")).toBe(false);
    expect(isDecimal("-0.50")).toBe(true);
    expect(isDecimal("1.")).toBe(false);
  });
});
