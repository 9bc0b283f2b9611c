/**
 * KERNEL_DENSITY: kernel density estimates of each period's values on one
 * common grid (the "dynamic evolution" curves of the regional literature), or
 * the peaks of each period's density.
 *
 * - bandwidth: a rule (each period its own, see kernel-estimate.ts ruleBandwidth) or a
 *   positive number (the same for every period)
 * - kernel: "gaussian" (default) or "epanechnikov" (unit-variance form, as R, MATLAB and Stata's
 *   kdensity: see kernel-estimate.ts)
 * - points: a count m (default 100): m equally spaced x over [min − 3h, max + 3h], min and max
 *   over every value of every period, h the largest bandwidth; or a range of x values, used as given
 * - output "density" (default): header x, then one column per period (headed by the period;
 *   "density" without periods); "peaks": one row per period: period (with periods), bandwidth,
 *   peaks, main peak x, main peak density, mean, sd (n − 1); the fine grid is kernel-peaks.ts's
 *
 * Densities are exact sums, never binned (R's density() bins the data on 512 points
 * and differs from these in the fourth digit). Rows: a blank value leaves its row out
 * (and its period label); a value needs a period label. A period's failure (fewer
 * than 2 values → #N/A, a zero spread → #DIV/0!) stays in its own column or row.
 * Long work (many values × many points) yields to Excel through a Pacer.
 */
import { type Cell, DomainError } from '../shared/errors';
import { innerOf } from '../shared/messages';
import { Pacer } from '../shared/pacer';
import type { Label } from './panel';
import { flatList as flat, gather, LabelIndex, splitBy } from './label-index';
import { BANDWIDTH_RULES, type BandwidthRule, densityAt, type Kernel, KERNELS, linearGrid, meanAndSd, ruleBandwidth } from './kernel-estimate';
import { densityPeaks } from './kernel-peaks';
import { fail } from './messages';

export const PEAKS_HEADER = ['bandwidth', 'peaks', 'main peak x', 'main peak density', 'mean', 'sd'] as const;
/** The most points a count may ask for, or a range may give (the result has points × (periods + 1) cells). */
export const MAX_POINTS = 10000;

type Output = 'density' | 'peaks';

const isBlank = (v: unknown): boolean => v === null || v === undefined || v === '';
const show = (v: Label): string => (typeof v === 'string' ? `"${v}"` : String(v));

/** The option's value among `allowed` (blank: the fallback); otherwise the error `unknown` makes. */
function option<T extends string>(v: unknown, allowed: readonly T[], fallback: T, unknown: () => DomainError): T {
  if (isBlank(v)) return fallback;
  const text = typeof v === 'string' ? v.trim().toLowerCase() : v;
  if (typeof text === 'string' && (allowed as readonly string[]).includes(text)) return text as T;
  throw unknown();
}

/** A rule's name, or a positive number (the same bandwidth for every period). */
function readBandwidth(v: unknown): BandwidthRule | number {
  if (Array.isArray(v)) v = flat(v).length === 1 ? flat(v)[0] : v;
  if (isBlank(v)) return 'silverman';
  if (typeof v === 'number') {
    if (!Number.isFinite(v) || v <= 0) throw fail('num', 'nonPositiveBandwidth', { value: v });
    return v;
  }
  if (typeof v === 'string' && (BANDWIDTH_RULES as readonly string[]).includes(v.trim().toLowerCase())) return v.trim().toLowerCase() as BandwidthRule;
  throw fail('value', 'unknownBandwidth', {});
}

/** A count of points, or the x values themselves. */
function readPoints(v: unknown): number | Float64Array {
  if (isBlank(v)) return 100;
  const list = flat(v);
  if (list.length === 1) {
    const m = list[0];
    if (isBlank(m)) return 100;
    if (typeof m !== 'number') throw fail('value', 'pointsNotNumber', {});
    if (!Number.isInteger(m) || m < 2 || m > MAX_POINTS) throw fail('num', 'badPointCount', { max: MAX_POINTS, value: m });
    return m;
  }
  if (list.length > MAX_POINTS) throw fail('value', 'tooManyPoints', { max: MAX_POINTS, n: list.length });
  return Float64Array.from(list, (x, i) => {
    if (typeof x !== 'number' || !Number.isFinite(x)) throw fail('value', 'pointNotNumber', { item: i + 1, blank: isBlank(x) });
    return x;
  });
}

/** Reads the values into x, with their periods' positions (when there are periods); a value needs a period label. Returns the count. */
function readRows(v: readonly unknown[], t: readonly unknown[] | null, x: Float64Array, periodOf: Int32Array, per: LabelIndex): number {
  let count = 0;
  for (let i = 0; i < v.length; i++) {
    const y = v[i];
    if (isBlank(y)) continue;
    if (typeof y !== 'number' || y - y !== 0) throw fail('value', 'notNumberRow', { row: i + 1 }); // y − y: NaN for NaN and ±Infinity
    if (t !== null) {
      const p = t[i];
      if (isBlank(p)) throw fail('value', 'blankLabel', { name: 'periods', row: i + 1 });
      if (typeof p !== 'number' && typeof p !== 'string' && typeof p !== 'boolean') throw fail('value', 'notLabel', { name: 'periods', row: i + 1 });
      periodOf[count] = per.indexOf(p);
    }
    x[count++] = y;
  }
  return count;
}

interface Period {
  label: Label | null;
  sorted: Float64Array;
  /** The bandwidth, or why there is none. */
  h: number | DomainError;
}

/**
 * @param values the values (a row or a column); a blank leaves its row out
 * @param periods one period label per value (optional): one density column, or one peaks row, per period
 * @param bandwidth "silverman" (default), "scott", "scipy", "matlab", or a positive number
 * @param kernel "gaussian" (default) or "epanechnikov"
 * @param points a count (default 100) or a range of x values
 * @param output "density" (default) or "peaks"
 */
export async function kernelDensity(
  values: unknown,
  periods?: unknown,
  bandwidth: unknown = 'silverman',
  kernel: unknown = 'gaussian',
  points: unknown = 100,
  output: unknown = 'density',
): Promise<Cell[][]> {
  const rule = readBandwidth(bandwidth);
  const kern = option<Kernel>(kernel, KERNELS, 'gaussian', () => fail('value', 'unknownKernel', {}));
  const at = readPoints(points);
  const kind = option<Output>(output, ['density', 'peaks'], 'density', () => fail('value', 'unknownDensityOutput', {}));

  const v = flat(values);
  const withPeriods = periods !== null && periods !== undefined;
  const t = withPeriods ? flat(periods) : [];
  if (withPeriods && t.length !== v.length) throw fail('value', 'labelCountMismatch', { name: 'periods', expected: v.length, got: t.length });
  // One pass (a function of its own, which the JIT compiles alone): each value and its period's position.
  const x = new Float64Array(v.length);
  const periodOf = new Int32Array(withPeriods ? v.length : 0);
  const per = new LabelIndex();
  const count = readRows(v, withPeriods ? t : null, x, periodOf, per);

  // Each period's sorted values (laid out one period after another, each sorted in place) and bandwidth.
  const sets: Period[] = [];
  if (withPeriods) {
    const { start, order } = splitBy(periodOf, count, per.labels.length);
    const byPeriod = gather(x, order);
    per.labels.forEach((label, q) => sets.push({ label, sorted: byPeriod.subarray(start[q], start[q + 1]).sort(), h: 0 }));
  } else {
    sets.push({ label: null, sorted: x.slice(0, count).sort(), h: 0 });
  }
  if (count === 0) throw fail('na', 'tooFewForDensity', { n: 0 });
  const stats = sets.map((s) => (s.sorted.length > 0 ? meanAndSd(s.sorted) : { mean: 0, sd: 0 }));
  sets.forEach((s, q) => {
    try {
      if (s.sorted.length < 2) throw fail('na', 'tooFewForDensity', { n: s.sorted.length });
      s.h = typeof rule === 'number' ? rule : ruleBandwidth(s.sorted, rule, stats[q].sd);
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      s.h = withPeriods ? fail(e.kind, 'periodFailed', { period: show(s.label as Label), inner: innerOf(e) }) : e;
    }
  });
  // Without periods the one estimate's failure is the function's.
  if (!withPeriods && sets[0].h instanceof DomainError) throw sets[0].h;

  const pacer = new Pacer();
  if (kind === 'peaks') {
    const rows: Cell[][] = [withPeriods ? ['period', ...PEAKS_HEADER] : [...PEAKS_HEADER]];
    for (let q = 0; q < sets.length; q++) {
      const s = sets[q];
      const n = s.sorted.length;
      const mean: Cell = n >= 1 ? stats[q].mean : fail('na', 'noValues', {});
      const sd: Cell = n >= 2 ? stats[q].sd : fail('na', 'tooFewForSd', { period: show(s.label as Label) });
      let cells: Cell[];
      if (s.h instanceof DomainError) {
        cells = [s.h, s.h, s.h, s.h, mean, sd];
      } else {
        const p = await densityPeaks(s.sorted, s.h, kern, pacer);
        cells = [s.h, p.peaks, p.mainX, p.mainDensity, mean, sd];
      }
      rows.push(withPeriods ? [s.label as Label, ...cells] : cells);
    }
    return rows;
  }

  let grid: Float64Array;
  if (typeof at === 'number') {
    const hs = sets.map((s) => s.h).filter((h): h is number => typeof h === 'number');
    if (hs.length === 0) throw sets[0].h as DomainError; // no period has a density: nothing to span
    const h = Math.max(...hs);
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < count; i++) {
      const y = x[i];
      if (y < min) min = y;
      if (y > max) max = y;
    }
    grid = linearGrid(min - 3 * h, max + 3 * h, at);
  } else {
    grid = at;
  }
  const header: Cell[] = ['x', ...(withPeriods ? sets.map((s) => s.label as Label) : ['density'])];
  const rows: Cell[][] = [header];
  for (let k = 0; k < grid.length; k++) {
    const row: Cell[] = [grid[k]];
    for (const s of sets) row.push(s.h instanceof DomainError ? s.h : densityAt(s.sorted, s.h, kern, grid[k]));
    rows.push(row);
    await pacer.tick();
  }
  return rows;
}
