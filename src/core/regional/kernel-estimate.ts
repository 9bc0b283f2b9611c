/**
 * The kernel density estimator of KERNEL_DENSITY, as exact sums (never binned):
 *
 *   f(x) = (1/(n h)) Σ_i K((x − X_i)/h)
 *
 * - gaussian: K(u) = exp(−u²/2)/√(2π)
 * - epanechnikov: K(u) = 3/(4√5) (1 − u²/5) for |u| < √5, else 0: the Epanechnikov kernel
 *   rescaled to unit variance, so that h is the kernel's standard deviation as for the Gaussian
 *   (R's density(kernel = "epanechnikov"), whose support is ±√5·bw; MATLAB's ksdensity, whose
 *   kernel cut-off is √5; Stata's kdensity "epanechnikov", as opposed to its "epan2").
 *
 * The data are sorted once; each x sums only the data within the kernel's reach, in
 * ascending order: for the Gaussian the data beyond 40 h, whose terms exp(−u²/2) are
 * exactly 0 in double precision (exp(−800) underflows), so the sum is the same as over
 * every value; for the Epanechnikov kernel the data outside its support. The Gaussian
 * sum also leaves out the far terms that cannot matter: above x it stops at the first term
 * below 2⁻⁵⁶ of the sum (less than half a unit in its last place, and every later term is
 * smaller: the sum is unchanged, bit for bit); below x it starts where the terms reach
 * 2⁻⁶⁰/n of the largest one (all those left out come to less than 1/256 of a unit in the
 * last place, so at most a rounding in the last place can change). At county scale that is
 * 2.4× fewer exponentials than summing every value within 40 h; the densities were the same
 * to the last bit in every cell compared (the benchmark's and 30,000 of random data).
 */
import { percentileInc } from '../shared/statistics';
import { fail } from './messages';

export type Kernel = 'gaussian' | 'epanechnikov';
export type BandwidthRule = 'silverman' | 'scott' | 'scipy' | 'matlab';
export const BANDWIDTH_RULES: readonly BandwidthRule[] = ['silverman', 'scott', 'scipy', 'matlab'];
export const KERNELS: readonly Kernel[] = ['gaussian', 'epanechnikov'];

/** Read once: where globals are slow to reach (Node's vm contexts, as in jest), a Math lookup per term costs more than the term. */
const exp = Math.exp;
const sqrt = Math.sqrt;
const log = Math.log;
const SQRT5 = Math.sqrt(5);
const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);
/** Below x, the terms left out are below 2^−LEFT_OUT_BITS/n of the largest (see densityAt). */
const LEFT_OUT_BITS = 60;
/** A term below this share of the sum leaves it unchanged (less than half a unit in its last place, 2⁻⁵⁴ of it). */
const NEGLIGIBLE = 2 ** -56;
/** Beyond this many bandwidths a Gaussian term is exactly 0 (exp(−800) underflows to 0). */
const GAUSSIAN_REACH = 40;

/** The kernel's reach in units of h: beyond it every term is 0. */
export const kernelReach = (kernel: Kernel): number => (kernel === 'gaussian' ? GAUSSIAN_REACH : SQRT5);

/** The first index i with sorted[i] ≥ v (sorted.length if none). */
function lowerBound(sorted: Float64Array, v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index i with sorted[i] > v (sorted.length if none). */
function upperBound(sorted: Float64Array, v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The density at x of the data `sorted` (ascending), bandwidth h > 0. */
export function densityAt(sorted: Float64Array, h: number, kernel: Kernel, x: number): number {
  const n = sorted.length;
  const reach = kernelReach(kernel) * h;
  let from = lowerBound(sorted, x - reach);
  const to = upperBound(sorted, x + reach);
  let s = 0;
  if (kernel === 'gaussian') {
    // Below x the sum leaves out the values whose terms are less than 2⁻⁶⁰/n of the largest term
    // (that of the value nearest to x): together they are less than 2⁻⁶⁰ of the sum, 1/256 of a
    // unit in its last place, so the density is the full sum's to the last bit or, at worst, one
    // unit in the last place from it.
    const above = lowerBound(sorted, x);
    let near = above < n ? sorted[above] - x : Infinity;
    if (above > 0 && x - sorted[above - 1] < near) near = x - sorted[above - 1];
    const uNear = near / h;
    const uCut = sqrt(uNear * uNear + 2 * (log(n) + LEFT_OUT_BITS * Math.LN2));
    if (uCut < GAUSSIAN_REACH) from = Math.max(from, lowerBound(sorted, x - uCut * h));
    // The values below x, in ascending order (the sum is taken in this order).
    let i = from;
    for (; i < above; i++) {
      const u = (x - sorted[i]) / h;
      s += exp(-0.5 * u * u);
    }
    // From x on the terms only fall while the sum only grows: once a term is below 2⁻⁵⁶ of the
    // sum it is less than half a unit in the last place of the sum, and so is every later one
    // (2⁻⁵⁶ leaves room for exp's rounding), so adding them leaves the sum exactly as it is: stop.
    for (; i < to; i++) {
      const u = (x - sorted[i]) / h;
      const term = exp(-0.5 * u * u);
      if (term < s * NEGLIGIBLE) break;
      s += term;
    }
    return (s * INV_SQRT_2PI) / (n * h);
  }
  // Epanechnikov, support |d| < a = √5 h: K = 3/4 (1 − (d/a)²)/a, as R writes it.
  const a = SQRT5 * h;
  for (let i = from; i < to; i++) {
    const r = (x - sorted[i]) / a;
    if (r > -1 && r < 1) s += 1 - r * r;
  }
  return (0.75 * s) / (a * n);
}

/**
 * For the Gaussian kernel, g(x) = Σ (X_i − x) exp(−u²/2) (u = (x − X_i)/h), which has the sign of
 * the density's slope (f′ = g/(n h³ √(2π))), and its derivative g′(x) = Σ ((X_i − x)²/h² − 1) exp(−u²/2).
 */
export function gaussianSlope(sorted: Float64Array, h: number, x: number): { g: number; dg: number } {
  const reach = GAUSSIAN_REACH * h;
  const from = lowerBound(sorted, x - reach);
  const to = upperBound(sorted, x + reach);
  let g = 0;
  let dg = 0;
  for (let i = from; i < to; i++) {
    const d = sorted[i] - x;
    const u = d / h;
    const w = exp(-0.5 * u * u);
    g += d * w;
    dg += (u * u - 1) * w;
  }
  return { g, dg };
}

/** Mean and sample standard deviation (n − 1) of sorted data, by two passes. */
export function meanAndSd(sorted: Float64Array): { mean: number; sd: number } {
  const n = sorted.length;
  let s = 0;
  for (let i = 0; i < n; i++) s += sorted[i];
  const mean = s / n;
  let q = 0;
  let e = 0;
  for (let i = 0; i < n; i++) {
    const d = sorted[i] - mean;
    q += d * d;
    e += d;
  }
  // The corrected two-pass formula (the e term removes the rounding of the mean).
  return { mean, sd: n > 1 ? Math.sqrt(Math.max(0, (q - (e * e) / n) / (n - 1))) : 0 };
}

/**
 * The bandwidth of a rule for sorted data (n ≥ 2):
 * - silverman: 0.9·min(sd, IQR/1.34)·n^(−1/5) (R's bw.nrd0; when IQR is 0 it takes sd, as R does)
 * - scott: 1.06·min(sd, IQR/1.34)·n^(−1/5) (R's bw.nrd; the same fallback to sd when IQR is 0)
 * - scipy: sd·n^(−1/5) (scipy.stats.gaussian_kde's default, Scott's factor)
 * - matlab: (MAD/0.6745)·(4/(3n))^(1/5), MAD = median |x − median| (MATLAB's ksdensity)
 * sd with n − 1; IQR by linear interpolation (R's quantile type 7). #DIV/0! when the rule's
 * spread is 0 (sd and IQR both 0, or MAD 0 for matlab); #N/A for fewer than 2 values.
 */
export function ruleBandwidth(sorted: Float64Array, rule: BandwidthRule, sd: number): number {
  const n = sorted.length;
  if (n < 2) throw fail('na', 'tooFewForDensity', { n });
  if (rule === 'matlab') {
    const median = percentileInc(sorted, 0.5);
    const deviations = Float64Array.from(sorted, (v) => Math.abs(v - median)).sort();
    const mad = percentileInc(deviations, 0.5);
    if (!(mad > 0)) throw fail('div0', 'zeroMad', {});
    return (mad / 0.6745) * Math.pow(4 / (3 * n), 0.2);
  }
  if (!(sd > 0)) throw fail('div0', 'zeroSpread', { rule });
  if (rule === 'scipy') return sd * Math.pow(n, -0.2);
  const iqr = percentileInc(sorted, 0.75) - percentileInc(sorted, 0.25);
  let spread = Math.min(sd, iqr / 1.34);
  if (!(spread > 0)) spread = sd;
  return (rule === 'silverman' ? 0.9 : 1.06) * spread * Math.pow(n, -0.2);
}

/** m equally spaced points from lo to hi (both included; m ≥ 2). */
export function linearGrid(lo: number, hi: number, m: number): Float64Array {
  const grid = new Float64Array(m);
  const step = (hi - lo) / (m - 1);
  for (let k = 0; k < m; k++) grid[k] = lo + k * step;
  grid[m - 1] = hi;
  return grid;
}
