/**
 * The little statistics the benchmarks report: means with their 95% margin of error, percentiles,
 * a distribution-free margin for a median, and the margin of a ratio of two measured figures.
 * Margins are relative, in percent, as tinybench reports them (`rme`).
 */

/** Two-sided 95% critical values of Student's t for 1 to 30 degrees of freedom. */
const STUDENT_T_95 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11,
  2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

/** A figure measured several times: its mean, relative 95% margin of error, median and range. */
export interface Summary {
  mean: number;
  /** Relative margin of error of the mean at 95% confidence, in percent (0 for a single sample). */
  rme: number;
  median: number;
  min: number;
  max: number;
}

/** Summarizes repeated measurements of one figure (at least one). */
export function summarize(values: readonly number[]): Summary {
  const ordered = sorted(values);
  const count = ordered.length;
  const mean = ordered.reduce((total, value) => total + value, 0) / count;
  const variance = count > 1 ? ordered.reduce((total, value) => total + (value - mean) ** 2, 0) / (count - 1) : 0;
  const critical = STUDENT_T_95[count - 2] ?? 1.96;
  const rme = count > 1 && mean !== 0 ? (100 * critical * Math.sqrt(variance / count)) / Math.abs(mean) : 0;
  return {
    mean,
    rme,
    median: percentile(ordered, 0.5),
    min: ordered[0] ?? Number.NaN,
    max: ordered.at(-1) ?? Number.NaN,
  };
}

/** The `fraction` percentile (0.5 for the median) of sorted values, by linear interpolation. */
export function percentile(sorted: ArrayLike<number>, fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * fraction;
  const below = sorted[Math.floor(position)] as number;
  const above = sorted[Math.ceil(position)] as number;
  return below + (above - below) * (position - Math.floor(position));
}

/**
 * Relative half-width, in percent, of the 95% confidence interval of the median of sorted samples,
 * from the order statistics around it (no assumption on the shape of the distribution, which for
 * latencies is skewed).
 */
export function medianMargin(sorted: ArrayLike<number>): number {
  const count = sorted.length;
  if (count < 2) return 0;
  const spread = 0.98 * Math.sqrt(count);
  const low = sorted[Math.max(0, Math.floor(count / 2 - spread))] as number;
  const high = sorted[Math.min(count - 1, Math.ceil(count / 2 + spread))] as number;
  const median = percentile(sorted, 0.5);
  return median === 0 ? 0 : (100 * (high - low)) / 2 / median;
}

/** Relative margin of a ratio of independent figures with the given relative margins (in percent). */
export function ratioMargin(...margins: number[]): number {
  return Math.sqrt(margins.reduce((total, margin) => total + margin ** 2, 0));
}

/** A distribution-free confidence interval of a median: two order statistics and their coverage. */
export interface MedianInterval {
  median: number;
  low: number;
  high: number;
  /** Probability that [low, high] holds the true median (at least `level` when there are enough values). */
  coverage: number;
}

/**
 * The median of `values` with the narrowest interval of order statistics [x(j), x(n+1-j)] that
 * covers the true median with probability ≥ `level`, from the binomial distribution of how many
 * values fall below it (no assumption on their distribution). With fewer than 6 values no interval
 * reaches 95%: the full range is returned, with the coverage it has.
 */
export function medianInterval(values: readonly number[], level = 0.95): MedianInterval {
  const ordered = sorted(values);
  const count = ordered.length;
  // below[k]: probability that at most k of the values fall below the median, P(Bin(count, ½) ≤ k).
  const below: number[] = [];
  let term = 0.5 ** count;
  let cumulative = 0;
  for (let k = 0; k <= count; k++) {
    cumulative += term;
    below.push(cumulative);
    term = (term * (count - k)) / (k + 1);
  }
  let j = 1;
  while (j + 1 <= count / 2 && 1 - 2 * (below[j] as number) >= level) j++;
  return {
    median: percentile(ordered, 0.5),
    low: ordered[j - 1] ?? Number.NaN,
    high: ordered[count - j] ?? Number.NaN,
    coverage: count === 0 ? 0 : 1 - 2 * (below[j - 1] as number),
  };
}

/** A sorted copy of `values`. */
export function sorted(values: readonly number[]): number[] {
  return [...values].sort((left, right) => left - right);
}

/** The median of `values`, in any order. */
export function median(values: readonly number[]): number {
  return percentile(sorted(values), 0.5);
}

/** Ratios taken once per round: each round's, their range, and their median with its interval. */
export interface RoundRatios extends MedianInterval {
  /** The ratio of each round, in round order. */
  rounds: number[];
  /** Smallest and largest ratio of a round. */
  min: number;
  max: number;
}

/** Summarizes the ratios of the rounds, given in round order. */
export function summarizeRounds(rounds: number[]): RoundRatios {
  return { rounds, min: Math.min(...rounds), max: Math.max(...rounds), ...medianInterval(rounds) };
}

/** The relative margin of a median, in percent: the wider side of its interval. */
export function intervalMargin({ median, low, high }: MedianInterval): number {
  return (100 * Math.max(median - low, high - median)) / median;
}
