/**
 * Small statistics shared by the composite-indicator functions: mean, sample
 * standard deviation, Pearson correlation, Excel's RANK.EQ and PERCENTILE.INC.
 * Pure functions on plain arrays; no missing values (the callers drop them).
 */
import { sum } from './numeric';

/** Arithmetic mean of a non-empty list. */
export function mean(values: ArrayLike<number>): number {
  return sum(values) / values.length;
}

/** Sample standard deviation (n − 1 in the denominator, as Excel's STDEV.S); 0 for fewer than 2 values. */
export function sampleSd(values: ArrayLike<number>): number {
  const n = values.length;
  if (n < 2) return 0;
  const m = mean(values);
  const squares = new Float64Array(n);
  for (let i = 0; i < n; i++) squares[i] = (values[i] - m) * (values[i] - m);
  return Math.sqrt(sum(squares) / (n - 1));
}

/** The compensated sum of values[0 … count − 1]: numeric.ts's sum, without a copy of the prefix. */
export function sumFirst(values: ArrayLike<number>, count: number): number {
  let s = 0;
  let c = 0;
  for (let i = 0; i < count; i++) {
    const v = values[i];
    const t = s + v;
    c += Math.abs(s) >= Math.abs(v) ? s - t + v : v - t + s;
    s = t;
  }
  return s + c;
}

/**
 * Pearson correlation of paired values (Excel's CORREL), or null when it is
 * undefined: fewer than 2 pairs, or one side without variation.
 */
export function pearson(x: readonly number[], y: readonly number[]): number | null {
  const n = x.length;
  if (n < 2 || y.length !== n) return null;
  const mx = mean(x);
  const my = mean(y);
  const dx = x.map((v) => v - mx);
  const dy = y.map((v) => v - my);
  const sxy = sum(dx.map((v, i) => v * dy[i]));
  const sxx = sum(dx.map((v) => v * v));
  const syy = sum(dy.map((v) => v * v));
  if (sxx === 0 || syy === 0) return null;
  const r = sxy / Math.sqrt(sxx * syy);
  return Math.max(-1, Math.min(1, r));
}

/**
 * Ranks as Excel's RANK.EQ(x, values, 0): rank 1 = the largest value, tied
 * values share the best (smallest) rank of their group, the next rank skips.
 * Values are compared exactly.
 */
export function rankDescending(values: ArrayLike<number>): number[] {
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => values[b] - values[a]);
  const ranks = new Array<number>(n);
  for (let pos = 0; pos < n; pos++) {
    const i = order[pos];
    ranks[i] = pos > 0 && values[order[pos - 1]] === values[i] ? ranks[order[pos - 1]] : pos + 1;
  }
  return ranks;
}

/**
 * Excel's PERCENTILE.INC on values sorted ascending: the order statistic at
 * h = (n − 1)·p, interpolated linearly between its neighbours (numpy's default
 * "linear" method). p in [0, 1]; the list must not be empty.
 */
export function percentileInc(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}
