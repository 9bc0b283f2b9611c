/**
 * SIGMA_CONVERGENCE: the dispersion of a panel period by period; σ-convergence
 * is a falling series. For each period: n, the mean, the standard deviation,
 * the coefficient of variation cv = sd/mean and the standard deviation of ln y.
 *
 * - long panel: values n×1 (or 1×n) with periods, one label per value; periods in order
 *   of first appearance, as typed
 * - wide panel (without periods): one column per period, oldest first; the period column
 *   then numbers the columns 1 … T
 * - divisor "n-1" (default: the sample sd, Excel's STDEV.S, R's sd) or "n" (STDEV.P)
 *
 * Blanks are missing and left out (in the long form with their period label). Errors stay in
 * their cell: a period with no values has n = 0 and #N/A elsewhere; with "n-1" a single value
 * gives #N/A for sd, cv and sd of log; a mean of 0 gives #DIV/0! for cv; a value ≤ 0 gives
 * #NUM! for sd of log only.
 */
import type { Cell } from '../shared/errors';
import type { Label } from './panel';
import { flatList, gather, LabelIndex, splitBy } from './label-index';
import { fail } from './messages';

export const SIGMA_HEADER = ['period', 'n', 'mean', 'sd', 'cv', 'sd of log'] as const;

type Divisor = 'n-1' | 'n';

const isBlank = (v: unknown): boolean => v === null || v === undefined || v === '';
/** Read once: where globals are slow to reach (Node's vm contexts, as in jest), a Math lookup per value costs more than the value. */
const abs = Math.abs;
const log = Math.log;

/** Neumaier's compensated sum, the same operations in the same order as shared/numeric.ts's sum, on a typed array. */
function compensatedSum(x: Float64Array): number {
  let s = 0;
  let c = 0;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    const t = s + v;
    c += abs(s) >= abs(v) ? s - t + v : v - t + s;
    s = t;
  }
  return s + c;
}

/** Mean and sd of a list (n ≥ 1) by two passes (compensated sums), with the chosen divisor; null sd when undefined. */
function spread(x: Float64Array, divisor: Divisor): { mean: number; sd: number | null } {
  const n = x.length;
  const mean = compensatedSum(x) / n;
  const d = divisor === 'n' ? n : n - 1;
  if (d < 1) return { mean, sd: null };
  // The compensated sum of the squared deviations, each term as (v − mean)².
  let s = 0;
  let c = 0;
  for (let i = 0; i < n; i++) {
    const v = (x[i] - mean) * (x[i] - mean);
    const t = s + v;
    c += abs(s) >= abs(v) ? s - t + v : v - t + s;
    s = t;
  }
  return { mean, sd: Math.sqrt((s + c) / d) };
}

/** One period's row; `scratch` (at least x.length long) takes the logarithms. */
function periodRow(label: Label, x: Float64Array, divisor: Divisor, scratch: Float64Array): Cell[] {
  const n = x.length;
  if (n === 0) {
    const none = fail('na', 'emptyPeriod', { period: String(label) });
    return [label, 0, none, none, none, none];
  }
  const { mean, sd } = spread(x, divisor);
  const few = fail('na', 'tooFewForSampleSd', { period: String(label) });
  const cv: Cell = sd === null ? few : mean === 0 ? fail('div0', 'zeroMean', {}) : sd / mean;
  let positive = true;
  for (let i = 0; i < n; i++) {
    if (x[i] <= 0) {
      positive = false;
      break;
    }
  }
  let sdLog: Cell;
  if (!positive) sdLog = fail('num', 'noLogarithm', {});
  else {
    const logs = scratch.subarray(0, n);
    for (let i = 0; i < n; i++) logs[i] = log(x[i]);
    sdLog = spread(logs, divisor).sd ?? few;
  }
  return [label, n, mean, sd ?? few, cv, sdLog];
}

/** The value, null for a blank; where: item i of the long form (column −1), or row i, column c of the wide one (0-based). */
function readNumber(v: unknown, i: number, c: number): number | null {
  if (isBlank(v)) return null;
  if (typeof v !== 'number' || v - v !== 0) {
    // v − v: NaN for NaN and ±Infinity
    throw c < 0 ? fail('value', 'notNumberItem', { item: i + 1 }) : fail('value', 'notNumberCell', { row: i + 1, column: c + 1 });
  }
  return v;
}

/**
 * Reads the long form's values (the cells of one row, or the one cell of each row of a column)
 * into x, with their periods' positions in `at`; a value needs a period label. Returns the count.
 */
function readLong(v: readonly unknown[], oneRow: boolean, t: readonly unknown[], x: Float64Array, at: Int32Array, per: LabelIndex): number {
  let count = 0;
  for (let i = 0; i < v.length; i++) {
    const cell: unknown = oneRow ? v[i] : Array.isArray(v[i]) ? (v[i] as unknown[])[0] : v[i];
    const y = readNumber(cell, i, -1);
    if (y === null) continue;
    const p = t[i];
    if (isBlank(p)) throw fail('value', 'blankLabel', { name: 'periods', row: i + 1 });
    if (typeof p !== 'number' && typeof p !== 'string' && typeof p !== 'boolean') throw fail('value', 'notLabel', { name: 'periods', row: i + 1 });
    at[count] = per.indexOf(p);
    x[count++] = y;
  }
  return count;
}

/**
 * @param values a long column with periods, or a wide panel (one column per period) without
 * @param periods one period label per value (optional)
 * @param divisor "n-1" (default) or "n"
 * @returns a header row (period, n, mean, sd, cv, sd of log), then one row per period
 */
export function sigmaConvergence(values: unknown, periods?: unknown, divisor: unknown = 'n-1'): Cell[][] {
  const div = isBlank(divisor) ? 'n-1' : String(divisor).trim().toLowerCase();
  if (div !== 'n-1' && div !== 'n') throw fail('value', 'unknownDivisor', {});
  // The rows of the range as they came (a row that is not an array is a row of one cell).
  const range: readonly unknown[] = Array.isArray(values) ? (values as unknown[]) : [[values]];
  const rows: Cell[][] = [[...SIGMA_HEADER]];

  if (periods === null || periods === undefined) {
    const grid = range.map((r) => (Array.isArray(r) ? (r as unknown[]) : [r]));
    const width = grid.length > 0 ? grid[0].length : 0;
    const x = new Float64Array(grid.length);
    const scratch = new Float64Array(grid.length);
    for (let c = 0; c < width; c++) {
      let m = 0;
      for (let r = 0; r < grid.length; r++) {
        const v = readNumber(grid[r][c], r, c);
        if (v !== null) x[m++] = v;
      }
      rows.push(periodRow(c + 1, x.subarray(0, m), div, scratch));
    }
    return rows;
  }

  // Long: values one row or one column, one period label per value.
  const widthOf = (r: unknown): number => (Array.isArray(r) ? r.length : 1);
  const oneRow = range.length === 1;
  if (!oneRow) {
    for (let r = 0; r < range.length; r++) {
      if (widthOf(range[r]) !== 1) {
        throw fail('value', 'longNotVector', { rows: range.length, cols: widthOf(range[0]) });
      }
    }
  }
  const first = range.length > 0 ? range[0] : [];
  const v: readonly unknown[] = oneRow ? (Array.isArray(first) ? (first as unknown[]) : [first]) : range;
  const t = flatList(periods);
  if (t.length !== v.length) throw fail('value', 'labelCountMismatch', { name: 'periods', expected: v.length, got: t.length });
  // One pass (a function of its own, which the JIT compiles alone): each value and its period's position.
  const x = new Float64Array(v.length);
  const at = new Int32Array(v.length);
  const per = new LabelIndex();
  const count = readLong(v, oneRow, t, x, at, per);
  if (count === 0) throw fail('na', 'emptyValues', {});
  const { start, order } = splitBy(at, count, per.labels.length);
  const byPeriod = gather(x, order);
  const scratch = new Float64Array(count);
  for (let q = 0; q < per.labels.length; q++) rows.push(periodRow(per.labels[q], byPeriod.subarray(start[q], start[q + 1]), div, scratch));
  return rows;
}
