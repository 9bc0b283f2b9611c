/**
 * The peaks of a kernel density (KERNEL_DENSITY's "peaks" output): how many
 * local maxima it has (one peak, or several: "polarisation"), and where the
 * highest one is.
 *
 * The fine grid: equally spaced points over [min − 3h, max + 3h] of the period's
 * values, with a step of h/20 (a Gaussian bump of width h spans 40 points), and
 * at least 1,001 and at most 200,001 points (beyond that the step widens). The
 * ends lie in the tails, where the density only falls. For the Epanechnikov
 * kernel the grid also holds every knot X_i ± √5·h and, between two knots, the
 * vertex of the density there (a concave quadratic, its vertex at the mean of
 * the values in reach): between those points the density is monotone, so its
 * peaks are counted exactly, however narrow (the kinks at the kernel's edges
 * make ripples much narrower than h).
 *
 * A local maximum counts when the density rises by more than 10⁻¹⁰ of its
 * highest value and then falls by more than that (rounding on a flat top or in
 * a flat stretch of zero density is not a peak; a peak that low is invisible).
 * The main peak is the highest grid point; for the Gaussian kernel it is then
 * refined to the root of the density's slope between the two neighbouring grid
 * points (Newton's method within the bracket), so its position is exact to
 * rounding and does not depend on the grid; for the Epanechnikov kernel the
 * highest point of the grid above is already the exact maximum.
 */
import type { Pacer } from '../shared/pacer';
import { densityAt, gaussianSlope, type Kernel, linearGrid } from './kernel-estimate';

export const FINE_STEPS_PER_BANDWIDTH = 20;
export const MIN_FINE_POINTS = 1001;
export const MAX_FINE_POINTS = 200001;
/** Rises and falls smaller than this share of the highest density are not peaks. */
export const PEAK_TOLERANCE = 1e-10;

export interface Peaks {
  peaks: number;
  mainX: number;
  mainDensity: number;
}

/** The number of points of the fine grid over [lo, hi] for bandwidth h. */
export function finePoints(lo: number, hi: number, h: number): number {
  const m = Math.ceil(((hi - lo) / h) * FINE_STEPS_PER_BANDWIDTH) + 1;
  return Math.min(MAX_FINE_POINTS, Math.max(MIN_FINE_POINTS, m));
}

/** Local maxima of a sequence, with the hysteresis `tol`: a rise by more than tol, then a fall by more than tol. */
export function countPeaks(f: ArrayLike<number>, tol: number): number {
  let count = 0;
  let rising = false;
  let trough = f[0];
  let top = f[0];
  for (let k = 1; k < f.length; k++) {
    const v = f[k];
    if (!rising) {
      if (v < trough) trough = v;
      else if (v - trough > tol) {
        rising = true;
        top = v;
      }
    } else if (v > top) {
      top = v;
    } else if (top - v > tol) {
      count++;
      rising = false;
      trough = v;
    }
  }
  // Still rising at the end of the grid: its last stretch holds a maximum.
  return rising ? count + 1 : count;
}

/**
 * The Gaussian density's mode between a and b, where it rises at a and falls at b: the root of its
 * slope by Newton's method kept inside the bracket (bisection when a step would leave it).
 * null when the slope does not change sign there.
 */
function gaussianMode(sorted: Float64Array, h: number, a: number, b: number): number | null {
  let ga = gaussianSlope(sorted, h, a).g;
  const gb = gaussianSlope(sorted, h, b).g;
  if (!(ga >= 0 && gb <= 0)) return null;
  if (ga === 0) return a;
  if (gb === 0) return b;
  let x = (a + b) / 2;
  for (let i = 0; i < 200; i++) {
    const { g, dg } = gaussianSlope(sorted, h, x);
    if (g === 0) return x;
    if ((g > 0) === (ga > 0)) {
      a = x;
      ga = g;
    } else {
      b = x;
    }
    const newton = dg !== 0 ? x - g / dg : NaN;
    const next = newton > a && newton < b ? newton : (a + b) / 2;
    if (next === x || b - a <= 4 * Number.EPSILON * Math.max(Math.abs(a), Math.abs(b), h)) return next;
    x = next;
  }
  return x;
}

/**
 * The Epanechnikov density's knots X_i ± a (a = √5 h) and, between consecutive knots, the
 * vertex of the quadratic there (the mean of the values within reach) when it lies inside.
 */
export function epanechnikovBreaks(sorted: Float64Array, h: number): Float64Array {
  const a = Math.sqrt(5) * h;
  const n = sorted.length;
  // Events in ascending order: value i enters at X_i − a and leaves at X_i + a (both lists are sorted).
  const out: number[] = [];
  let enter = 0;
  let leave = 0;
  let count = 0;
  let total = 0;
  while (leave < n) {
    const next = enter < n && sorted[enter] - a <= sorted[leave] + a ? sorted[enter] - a : sorted[leave] + a;
    // Every event at this position, entries and exits.
    while (enter < n && sorted[enter] - a === next) {
      count++;
      total += sorted[enter++];
    }
    while (leave < n && sorted[leave] + a === next) {
      count--;
      total -= sorted[leave++];
    }
    out.push(next);
    if (count > 0 && leave < n) {
      const end = enter < n ? Math.min(sorted[enter] - a, sorted[leave] + a) : sorted[leave] + a;
      const vertex = total / count;
      if (vertex > next && vertex < end) out.push(vertex);
    }
  }
  return Float64Array.from(out);
}

/** The peaks of the density of `sorted` (ascending) with bandwidth h. */
export async function densityPeaks(sorted: Float64Array, h: number, kernel: Kernel, pacer: Pacer): Promise<Peaks> {
  const lo = sorted[0] - 3 * h;
  const hi = sorted[sorted.length - 1] + 3 * h;
  let grid = linearGrid(lo, hi, finePoints(lo, hi, h));
  if (kernel === 'epanechnikov') {
    const breaks = epanechnikovBreaks(sorted, h);
    const merged = new Float64Array(grid.length + breaks.length);
    merged.set(grid);
    merged.set(breaks, grid.length);
    grid = merged.sort();
  }
  const f = new Float64Array(grid.length);
  let best = 0;
  for (let k = 0; k < grid.length; k++) {
    f[k] = densityAt(sorted, h, kernel, grid[k]);
    if (f[k] > f[best]) best = k;
    await pacer.tick();
  }
  const peaks = countPeaks(f, PEAK_TOLERANCE * f[best]);
  // The Epanechnikov grid holds its exact maximum; the Gaussian mode is refined on the slope.
  if (kernel === 'gaussian' && best > 0 && best < grid.length - 1) {
    const x = gaussianMode(sorted, h, grid[best - 1], grid[best + 1]);
    if (x !== null) {
      const fx = densityAt(sorted, h, kernel, x);
      if (fx >= f[best]) return { peaks, mainX: x, mainDensity: fx };
    }
  }
  return { peaks, mainX: grid[best], mainDensity: f[best] };
}
