/**
 * Exact arithmetic on the API's decimal strings (`"3.8712"`). Money is never turned into a
 * JavaScript number here: `0.1 + 0.2` must be `"0.30"`, as Cofactr's own (Python Decimal) answers are.
 */

interface Scaled {
  /** The value times 10^scale. */
  units: bigint;
  scale: number;
}

function parse(text: string): Scaled {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) throw new Error(`not a decimal: ${JSON.stringify(text)}`);
  const fraction = match[3] ?? "";
  const units = BigInt(`${match[2]}${fraction}`);
  return { units: match[1] === "-" ? -units : units, scale: fraction.length };
}

function rescale(value: Scaled, scale: number): bigint {
  if (scale >= value.scale) return value.units * 10n ** BigInt(scale - value.scale);
  // Rounds half away from zero, as money is usually rounded.
  const divisor = 10n ** BigInt(value.scale - scale);
  const quotient = value.units / divisor;
  const remainder = value.units % divisor;
  const absoluteRemainder = remainder < 0n ? -remainder : remainder;
  if (absoluteRemainder * 2n >= divisor) return quotient + (value.units < 0n ? -1n : 1n);
  return quotient;
}

function format(units: bigint, scale: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, "0");
  const whole = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return negative && units !== 0n ? `-${whole}` : whole;
}

/** `a × b`, rounded to `places` decimals (`decimalTimes("250", "3.8712", 2)` is `"967.80"`). */
export function decimalTimes(a: string | number, b: string | number, places: number): string {
  const left = parse(String(a));
  const right = parse(String(b));
  const product = { units: left.units * right.units, scale: left.scale + right.scale };
  return format(rescale(product, places), places);
}

/** The sum of `values`, rounded to `places` decimals; `"0.00"` for none when `places` is 2. */
export function decimalSum(values: ReadonlyArray<string>, places: number): string {
  let total = 0n;
  for (const value of values) total += rescale(parse(value), places);
  return format(total, places);
}

/** Negative, zero or positive as `a` is less than, equal to or greater than `b`. */
export function decimalCompare(a: string, b: string): number {
  const left = parse(a);
  const right = parse(b);
  const scale = Math.max(left.scale, right.scale);
  const difference = rescale(left, scale) - rescale(right, scale);
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
}

/** `value / divisor`, rounded to `places` decimals (for medians and averages). */
export function decimalDivide(value: string, divisor: number, places: number): string {
  const scaled = parse(value);
  // Work with extra precision, then round once.
  const extra = places + 6;
  const numerator = rescale(scaled, extra);
  return format(rescale({ units: numerator / BigInt(divisor), scale: extra }, places), places);
}
