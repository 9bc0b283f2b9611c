/**
 * TREAT_OUTLIERS: COINr's default outlier treatment (Treat with winsorise,
 * log_CT and check_SkewKurt; methods-analysis.md §8), column by column.
 *
 * On the n values present in a column (blanks are left out and stay blank),
 * with d = x − mean:
 *   skewness  G1 = √n Σd³ / (Σd²)^{3/2} · √(n(n − 1)) / (n − 2)              (n ≥ 3)
 *   kurtosis  G2 = ((n + 1)(r − 3) + 6)(n − 1) / ((n − 2)(n − 3)),  r = n Σd⁴ / (Σd²)²   (n ≥ 4)
 * (e1071's type 2, SAS's and Excel's SKEW and KURT, scipy's bias = False).
 *
 * The column passes when |G1| < skewness (default 2) OR G2 < kurtosis
 * (default 3.5); an undefined statistic counts as neither passing nor failing,
 * as R's NA: the test is then decided by the other part when that passes, and
 * is undefined otherwise.
 *
 * While the column fails and the count is below maxPoints (default 5): on the
 * side of the skew (G1 ≥ 0: high), every value tied at the extreme is set to
 * the next value in. The count is COINr's: the number of values at the high
 * extreme moved in the last high step plus those at the low extreme moved in
 * the last low step. Since the values already winsorised sit at the extreme,
 * that is every value changed, tied values one by one; a step that moves
 * several tied values can take the count past maxPoints. If it then passes,
 * the winsorised column is the result. Otherwise the ORIGINAL column is
 * transformed by log_CT, ln(x − min + 0.01 (max − min)) (combine_treat =
 * FALSE), and that is the result whether or not it passes (as COINr).
 *
 * Untreated (as COINr, whose test returns NA there): fewer than 3 values, a
 * constant column, and a column that winsorising would make constant (every
 * value tied: the skewness is 0/0). In the report an undefined statistic is
 * an error in its cell only: #N/A for fewer than 3 (skewness) or 4 (kurtosis)
 * values, #DIV/0! for a constant column; a column left untreated because
 * winsorising tied every value has #DIV/0! in its `winsorised` cell (the
 * flag). log_CT of a constant column (ln 0) cannot occur: a constant column
 * never fails the test.
 *
 * Each winsorising step is a pass over the column; between steps and columns
 * the computation yields to Excel (Pacer), so a large maxPoints on long
 * columns keeps Excel responsive.
 */
import type { Cell } from '../shared/errors';
import { Pacer } from '../shared/pacer';
import { columnMajor, gridRows } from './impute';
import { fail } from './messages';

export type TreatOutput = 'data' | 'report';

export const TREAT_REPORT_HEADER = ['column', 'skewness before', 'kurtosis before', 'winsorised', 'log', 'skewness after', 'kurtosis after'] as const;

type Data = readonly (readonly (number | null)[])[];

/** Skewness and excess kurtosis (e1071 type 2); NaN where undefined (too few values, or constant). */
export interface Moments {
  skew: number;
  kurt: number;
}

const { sqrt, log, abs } = Math;

/** e1071's type-2 skewness and kurtosis of values[0 … n − 1]: NaN where undefined. */
export function moments(values: Float64Array, n = values.length): Moments {
  if (n < 3) return { skew: NaN, kurt: NaN };
  let lo = values[0];
  let hi = values[0];
  // The mean by Neumaier's compensated sum.
  let s = 0;
  let c = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v < lo) lo = v;
    if (v > hi) hi = v;
    const t = s + v;
    c += abs(s) >= abs(v) ? s - t + v : v - t + s;
    s = t;
  }
  // A constant column: Σd² = 0, the statistics are 0/0 (tested on the values, not on a rounded Σd²).
  if (lo === hi) return { skew: NaN, kurt: NaN };
  const mean = (s + c) / n;
  let s2 = 0;
  let s3 = 0;
  let s4 = 0;
  for (let i = 0; i < n; i++) {
    const d = values[i] - mean;
    const d2 = d * d;
    s2 += d2;
    s3 += d2 * d;
    s4 += d2 * d2;
  }
  const skew = ((sqrt(n) * s3) / (s2 * sqrt(s2))) * (sqrt(n * (n - 1)) / (n - 2));
  if (n < 4) return { skew, kurt: NaN };
  const r = (n * s4) / (s2 * s2);
  const kurt = (((n + 1) * (r - 3) + 6) * (n - 1)) / ((n - 2) * (n - 3));
  return { skew, kurt };
}

/** COINr's check_SkewKurt with R's NA logic: true, false, or null (undefined). */
function passes(m: Moments, skewLimit: number, kurtLimit: number): boolean | null {
  const a = Number.isNaN(m.skew) ? null : abs(m.skew) < skewLimit;
  const b = Number.isNaN(m.kurt) ? null : m.kurt < kurtLimit;
  if (a === true || b === true) return true;
  if (a === null || b === null) return null;
  return false;
}

/** The outcome for one column. */
interface Treated {
  /** The treated values present, in row order. */
  values: Float64Array;
  before: Moments;
  after: Moments;
  winsorised: number;
  log: boolean;
  /** Winsorising would have tied every value: left untreated. */
  tied: boolean;
}

/**
 * Treats the values present in one column (row order kept), yielding to Excel between winsorising steps.
 * Exported for the tests.
 */
export async function treatValues(x: Float64Array, skewLimit: number, kurtLimit: number, maxPoints: number, pacer: Pick<Pacer, 'tick'>): Promise<Treated> {
  const n = x.length;
  const before = moments(x);
  const untreated = (tied: boolean): Treated => ({ values: x, before, after: before, winsorised: 0, log: false, tied });
  let pass = passes(before, skewLimit, kurtLimit);
  if (pass !== false) return untreated(false);

  const w = Float64Array.from(x);
  let high = 0;
  let low = 0;
  let count = 0;
  let now = before;
  while (pass === false && count < maxPoints) {
    const up = now.skew >= 0;
    // The extreme, how many values sit there, and the next value in.
    let extreme = w[0];
    for (let i = 1; i < n; i++) if (up ? w[i] > extreme : w[i] < extreme) extreme = w[i];
    let next = up ? -Infinity : Infinity;
    let tied = 0;
    for (let i = 0; i < n; i++) {
      const v = w[i];
      if (v === extreme) tied++;
      else if (up ? v > next : v < next) next = v;
    }
    // A constant column never gets here (its test is undefined); were it to, it is left as it is.
    if (tied === n) return untreated(true);
    for (let i = 0; i < n; i++) if (w[i] === extreme) w[i] = next;
    if (up) high = tied;
    else low = tied;
    count = high + low;
    now = moments(w);
    pass = passes(now, skewLimit, kurtLimit);
    if (pass === null) return untreated(true);
    await pacer.tick();
  }
  if (pass) return { values: w, before, after: now, winsorised: count, log: false, tied: false };

  // log_CT of the original column.
  let lo = x[0];
  let hi = x[0];
  for (let i = 1; i < n; i++) {
    if (x[i] < lo) lo = x[i];
    if (x[i] > hi) hi = x[i];
  }
  const shift = 0.01 * (hi - lo) - lo;
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) y[i] = log(x[i] + shift);
  return { values: y, before, after: moments(y), winsorised: 0, log: true, tied: false };
}

/** A statistic as a report cell: the number, or why it is undefined (in that cell only). */
function statCell(v: number, n: number, need: number, what: 'skewness' | 'kurtosis', j: number): Cell {
  if (!Number.isNaN(v)) return v;
  if (n < need) return fail('na', 'statTooFewValues', { column: j + 1, count: n, statistic: what, need });
  return fail('div0', 'statConstant', { column: j + 1, statistic: what });
}

/**
 * @param data n×m, units in rows, indicators in columns; blanks (null) are missing and stay blank
 * @param skewness the limit on |skewness| (default 2), ≥ 0
 * @param kurtosis the limit on the excess kurtosis (default 3.5)
 * @param maxPoints the most values winsorised (default 5), a whole number ≥ 0
 * @param output "data" (default: the treated data, same shape) or "report" (a header row, one row per column)
 * @throws #VALUE! for a range that is not rectangular or an unknown output; #NUM! for a bad limit or maxPoints
 */
export async function treatOutliers(
  data: Data,
  skewness: number | null = 2,
  kurtosis: number | null = 3.5,
  maxPoints: number | null = 5,
  output: string | null = 'data',
  pacer: Pick<Pacer, 'tick'> = new Pacer(),
): Promise<Cell[][]> {
  const skewLimit = skewness ?? 2;
  const kurtLimit = kurtosis ?? 3.5;
  const points = maxPoints ?? 5;
  const out = (output ?? 'data').toLowerCase() as TreatOutput;
  if (out !== 'data' && out !== 'report') throw fail('value', 'unknownOutput', { output: String(output) });
  if (!Number.isFinite(skewLimit) || skewLimit < 0) throw fail('num', 'skewnessLimit', { value: skewLimit });
  if (!Number.isFinite(kurtLimit)) throw fail('num', 'kurtosisLimit', { value: kurtLimit });
  if (!Number.isInteger(points) || points < 0) throw fail('num', 'maxPointsInvalid', { value: points });
  const n = data.length;
  if (n === 0) throw fail('na', 'noRows', {});
  const m = data[0].length;
  if (data.some((row) => row.length !== m)) throw fail('value', 'dataNotRectangular', {});

  const grid = columnMajor(data, n, m);
  const report: Cell[][] = [[...TREAT_REPORT_HEADER]];
  const buffer = new Float64Array(n);
  for (let j = 0; j < m; j++) {
    const col = grid.subarray(j * n, (j + 1) * n);
    let k = 0;
    for (let i = 0; i < n; i++) if (!Number.isNaN(col[i])) buffer[k++] = col[i];
    const t = await treatValues(buffer.slice(0, k), skewLimit, kurtLimit, points, pacer);
    if (t.winsorised > 0 || t.log) {
      let q = 0;
      for (let i = 0; i < n; i++) if (!Number.isNaN(col[i])) col[i] = t.values[q++];
    }
    const winsorised: Cell = t.tied ? fail('div0', 'winsorisingTies', { column: j + 1 }) : t.winsorised;
    report.push([
      j + 1,
      statCell(t.before.skew, k, 3, 'skewness', j),
      statCell(t.before.kurt, k, 4, 'kurtosis', j),
      winsorised,
      t.log,
      statCell(t.after.skew, k, 3, 'skewness', j),
      statCell(t.after.kurt, k, 4, 'kurtosis', j),
    ]);
    await pacer.tick();
  }
  return out === 'data' ? gridRows(grid, n, m) : report;
}
