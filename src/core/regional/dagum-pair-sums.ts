/**
 * Sums of absolute differences by sorting, for DAGUM_GINI: never an n² loop.
 *
 * - within a group of sorted values y_(0) ≤ … ≤ y_(m−1):
 *   Σ_i Σ_r |y_i − y_r| = 2 Σ_k (2k − m + 1) y_(k)
 * - between two sorted groups a and b, one merge with the prefix sums of b:
 *   for each a_i, with c_i the number of b below it and P(c) the sum of the c smallest b,
 *   Σ_r max(a_i − b_r, 0) = a_i c_i − P(c_i),  Σ_r max(b_r − a_i, 0) = (P(m) − P(c_i)) − a_i (m − c_i)
 *
 * Differences do not change when every value is shifted, so each sum is taken
 * on the values less the smallest of them (the terms are then smaller and
 * cancel less), with Neumaier's compensated sum.
 */
/**
 * Math.abs read once: the loops below call it on every value, and where globals are slow to
 * reach (Node's vm contexts, in which jest runs the tests) each Math lookup costs more than the sum.
 */
const abs = Math.abs;

export interface SortedGroup {
  n: number;
  /** The values in ascending order. */
  sorted: Float64Array;
  /** prefix[c] = the compensated sum of the c smallest values less sorted[0]; prefix[n] is their total. */
  prefix: Float64Array;
  /** The sum of the values (compensated). */
  total: number;
}

/** Sorts a group's values (a typed array is sorted in place) and takes the prefix sums of their distances to the smallest. */
export function sortedWithPrefix(values: readonly number[] | Float64Array): SortedGroup {
  const sorted = (values instanceof Float64Array ? values : Float64Array.from(values)).sort();
  const n = sorted.length;
  const prefix = new Float64Array(n + 1);
  const base = n > 0 ? sorted[0] : 0;
  let s = 0;
  let c = 0;
  for (let i = 0; i < n; i++) {
    const v = sorted[i] - base;
    const t = s + v;
    c += abs(s) >= abs(v) ? s - t + v : v - t + s;
    s = t;
    prefix[i + 1] = s + c;
  }
  return { n, sorted, prefix, total: n * base + prefix[n] };
}

/** Σ_i Σ_r |y_i − y_r| over the ordered pairs of one group. */
export function withinSum(g: SortedGroup): number {
  const m = g.n;
  const base = m > 0 ? g.sorted[0] : 0;
  let s = 0;
  let c = 0;
  for (let k = 0; k < m; k++) {
    const v = (2 * k - m + 1) * (g.sorted[k] - base);
    const t = s + v;
    c += abs(s) >= abs(v) ? s - t + v : v - t + s;
    s = t;
  }
  return 2 * (s + c);
}

/**
 * above = Σ_i Σ_r max(a_i − b_r, 0), below = Σ_i Σ_r max(b_r − a_i, 0), by one merge.
 * Ties add to neither.
 */
export function pairSums(a: SortedGroup, b: SortedGroup): { above: number; below: number } {
  const m = b.n;
  if (a.n === 0 || m === 0) return { above: 0, below: 0 };
  // Shift both groups by the smaller of their minima; b's prefix sums are taken from b's own minimum.
  const base = Math.min(a.sorted[0], b.sorted[0]);
  const bShift = b.sorted[0] - base;
  const bTotal = b.prefix[m] + m * bShift;
  // Two compensated (Neumaier) sums, kept inline: this loop is the whole cost of a period.
  let up = 0;
  let upC = 0;
  let down = 0;
  let downC = 0;
  let c = 0;
  const as = a.sorted;
  const bs = b.sorted;
  const bp = b.prefix;
  for (let i = 0; i < a.n; i++) {
    const ai = as[i];
    while (c < m && bs[c] < ai) c++;
    const x = ai - base;
    const below = bp[c] + c * bShift; // the sum of the c smallest b, less base
    const u = x * c - below;
    const tu = up + u;
    upC += abs(up) >= abs(u) ? up - tu + u : u - tu + up;
    up = tu;
    const d = bTotal - below - x * (m - c);
    const td = down + d;
    downC += abs(down) >= abs(d) ? down - td + d : d - td + down;
    down = td;
  }
  return { above: Math.max(0, up + upC), below: Math.max(0, down + downC) };
}
