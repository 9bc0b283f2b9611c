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
import { type Cell, divisionByZero, notAvailable, numError, valueError } from '../shared/errors';
import { sum } from '../shared/numeric';
import { type Label, labelsInOrder } from './panel';

export const SIGMA_HEADER = ['period', 'n', 'mean', 'sd', 'cv', 'sd of log'] as const;

type Divisor = 'n-1' | 'n';

const isBlank = (v: unknown): boolean => v === null || v === undefined || v === '';

/** Mean and sd of a list (n ≥ 1) by two passes, with the chosen divisor; null sd when undefined. */
function spread(x: readonly number[], divisor: Divisor): { mean: number; sd: number | null } {
  const n = x.length;
  const mean = sum(x) / n;
  const d = divisor === 'n' ? n : n - 1;
  if (d < 1) return { mean, sd: null };
  const squares = x.map((v) => (v - mean) * (v - mean));
  return { mean, sd: Math.sqrt(sum(squares) / d) };
}

function periodRow(label: Label, x: readonly number[], divisor: Divisor): Cell[] {
  const n = x.length;
  if (n === 0) {
    const none = notAvailable(`period ${String(label)} has no values`);
    return [label, 0, none, none, none, none];
  }
  const { mean, sd } = spread(x, divisor);
  const few = notAvailable(`period ${String(label)}: requires at least 2 values for a sample sd (divisor "n-1")`);
  const cv: Cell = sd === null ? few : mean === 0 ? divisionByZero('the mean is 0') : sd / mean;
  let sdLog: Cell;
  if (x.some((v) => v <= 0)) sdLog = numError('a value ≤ 0 has no logarithm');
  else sdLog = spread(x.map(Math.log), divisor).sd ?? few;
  return [label, n, mean, sd ?? few, cv, sdLog];
}

function readNumber(v: unknown, where: string): number | null {
  if (isBlank(v)) return null;
  if (typeof v !== 'number' || !Number.isFinite(v)) throw valueError(`requires numbers in values: ${where} is not a number`);
  return v;
}

/**
 * @param values a long column with periods, or a wide panel (one column per period) without
 * @param periods one period label per value (optional)
 * @param divisor "n-1" (default) or "n"
 * @returns a header row (period, n, mean, sd, cv, sd of log), then one row per period
 */
export function sigmaConvergence(values: unknown, periods?: unknown, divisor: unknown = 'n-1'): Cell[][] {
  const div = isBlank(divisor) ? 'n-1' : String(divisor).trim().toLowerCase();
  if (div !== 'n-1' && div !== 'n') throw valueError('requires divisor to be one of "n-1", "n"');
  const grid: unknown[][] = Array.isArray(values) ? (values as unknown[]).map((r) => (Array.isArray(r) ? (r as unknown[]) : [r])) : [[values]];
  const rows: Cell[][] = [[...SIGMA_HEADER]];

  if (periods === null || periods === undefined) {
    const width = grid.length > 0 ? grid[0].length : 0;
    for (let c = 0; c < width; c++) {
      const x: number[] = [];
      for (let r = 0; r < grid.length; r++) {
        const v = readNumber(grid[r][c], `row ${r + 1}, column ${c + 1}`);
        if (v !== null) x.push(v);
      }
      rows.push(periodRow(c + 1, x, div));
    }
    return rows;
  }

  // Long: values one row or one column, one period label per value.
  if (grid.length !== 1 && grid.some((r) => r.length !== 1)) {
    throw valueError(`requires values to be a single column (or row) when periods are given, not a ${grid.length}×${grid[0].length} range`);
  }
  const v = grid.length === 1 ? grid[0] : grid.map((r) => r[0]);
  const t = Array.isArray(periods) ? (periods as unknown[]).flatMap((p) => (Array.isArray(p) ? (p as unknown[]) : [p])) : [periods];
  if (t.length !== v.length) throw valueError(`requires periods with one label per value (${v.length}), got ${t.length}`);
  const x: number[] = [];
  const labels: Label[] = [];
  for (let i = 0; i < v.length; i++) {
    const y = readNumber(v[i], `item ${i + 1}`);
    if (y === null) continue;
    const p = t[i];
    if (isBlank(p)) throw valueError(`requires a label in every row of periods that has a value: row ${i + 1} is blank`);
    if (typeof p !== 'number' && typeof p !== 'string' && typeof p !== 'boolean') throw valueError(`requires periods to hold labels (text or numbers): row ${i + 1}`);
    labels.push(p);
    x.push(y);
  }
  if (x.length === 0) throw notAvailable('requires at least one value');
  const per = labelsInOrder(labels, 'periods');
  const groups: number[][] = per.labels.map(() => []);
  for (let i = 0; i < x.length; i++) groups[per.index[i]].push(x[i]);
  per.labels.forEach((label, q) => rows.push(periodRow(label, groups[q], div)));
  return rows;
}
