/**
 * CORRELATION_MATRIX: the m×m correlations of the indicators (columns), the
 * collinearity check of composite-indicator work (COINr's get_corr;
 * methods-analysis.md §8, "Correlation checks").
 *
 * - "pearson" (default): r = Σ d_j d_k / √(Σ d_j² Σ d_k²), d the deviations
 *   from the mean over the rows used (Excel's CORREL).
 * - "spearman": Pearson's r of the ranks, tied values sharing the average of
 *   their ranks (Excel's RANK.AVG; R's rank, ties.method = "average").
 *
 * Pairwise-complete rows, as R's cor(use = "pairwise.complete.obs") and
 * pandas' DataFrame.corr: each pair of columns uses the rows where both have a
 * value, and for "spearman" the ranks are taken among those rows (as R does).
 * The diagonal is 1 (for a column with enough varying values). Each cell
 * stands alone: a pair with fewer than 3 rows in common is #N/A in its cell
 * (two points always correlate ±1), a pair where either column is constant on
 * the common rows is #DIV/0! in its cell (Excel's CORREL; R gives NA), and the
 * other cells still compute. Values are kept within [−1, 1]; values too large
 * to square (beyond about 1e154) are #NUM! in their cells.
 *
 * Errors of the whole call: fewer than 3 rows: #N/A; more than 500 columns:
 * #VALUE! (the result would pass the 250,000 cells Excel on the web returns).
 *
 * Speed: the columns without a blank are centred (Pearson: the corrected
 * two-pass mean; Spearman: the ranks less (n + 1)/2, exact half-integers
 * whose products sum exactly) and all their pairs come from one blocked
 * cross-product pass (cross-products.ts); ranks come from one sort per column
 * and a binary search per value. A pair that involves a column with blanks is
 * computed on its own common rows (two passes; ranks again for "spearman"),
 * yielding to Excel between pairs.
 */
import { type Cell, divisionByZero, notAvailable, numError, valueError } from '../shared/errors';
import { type Data, dataColumns } from '../composite';
import { Pacer } from '../shared/pacer';
import { centre, crossProducts, packByColumn } from './cross-products';
import { MAX_CORRELATION_COLUMNS } from './pca-score';

export type CorrelationMethod = 'pearson' | 'spearman';

/** Fewest rows a correlation is computed from. */
const MIN_ROWS = 3;

export async function correlationMatrix(
  data: Data,
  method: CorrelationMethod = 'pearson',
  pacer: Pick<Pacer, 'tick'> = new Pacer(),
): Promise<Cell[][]> {
  const m = dataColumns(data, MIN_ROWS);
  if (m > MAX_CORRELATION_COLUMNS) {
    throw valueError(`requires at most ${MAX_CORRELATION_COLUMNS} columns (indicators) in data, got ${m}: the result would be ${m}×${m}`);
  }
  const { n, x, blanks, sums } = packByColumn(data, m);
  const spearman = method === 'spearman';
  // The columns without a blank, centred in place (Spearman: their centred ranks); constant ones marked.
  const full: number[] = [];
  const constant = new Uint8Array(m);
  const scratch = new Float64Array(n);
  for (let j = 0; j < m; j++) {
    if (blanks[j] > 0) continue;
    full.push(j);
    const col = x.subarray(j * n, (j + 1) * n);
    if (spearman) {
      if (!centredRanks(col, col, scratch)) constant[j] = 1;
    } else if (centre(x, j * n, n, sums[j]) === null) constant[j] = 1;
  }
  const g = await crossProducts(
    full.map((j) => x.subarray(j * n, (j + 1) * n)),
    n,
    pacer,
  );
  const p = full.length;
  const out: Cell[][] = [];
  for (let j = 0; j < m; j++) out.push(new Array<Cell>(m).fill(''));
  const { sqrt } = Math;
  const fewRows = (j: number, k: number, c: number): Cell =>
    notAvailable(
      j === k
        ? `column ${j + 1} of data has ${c} values, fewer than ${MIN_ROWS}`
        : `columns ${j + 1} and ${k + 1} of data have ${c} rows with a value in both, fewer than ${MIN_ROWS}`,
    );
  // Deviations beyond ~1e154 overflow their squares.
  const tooLarge = (j: number, k: number): Cell => numError(`columns ${j + 1} and ${k + 1} of data have values too large to square (beyond about 1e154): rescale them`);
  // #DIV/0! for the pair (j, k) whose column `flat` is constant on their common rows.
  const constantPair = (j: number, k: number, flat: number): Cell =>
    divisionByZero(
      j === k
        ? `column ${j + 1} of data is constant, so its correlations are undefined`
        : `column ${flat + 1} of data is constant on the rows it shares with column ${(flat === j ? k : j) + 1}, so their correlation is undefined`,
    );
  for (let a = 0; a < p; a++) {
    const j = full[a];
    for (let b = a; b < p; b++) {
      const k = full[b];
      let v: Cell;
      if (constant[j] === 1 || constant[k] === 1) v = constantPair(j, k, constant[j] === 1 ? j : k);
      else if (j === k) v = 1;
      else if (!(g[a * p + a] < Infinity && g[b * p + b] < Infinity)) v = tooLarge(j, k);
      else {
        const r = g[a * p + b] / (sqrt(g[a * p + a]) * sqrt(g[b * p + b]));
        v = r > 1 ? 1 : r < -1 ? -1 : r;
      }
      out[j][k] = v;
      out[k][j] = v;
    }
  }
  // The pairs with a column that has blanks, on their common rows.
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const rs = new Float64Array(n);
  for (let j = 0; j < m; j++) {
    for (let k = j; k < m; k++) {
      if (blanks[j] === 0 && blanks[k] === 0) continue;
      let c = 0;
      const oj = j * n;
      const ok = k * n;
      for (let i = 0; i < n; i++) {
        const a = x[oj + i];
        const b = x[ok + i];
        if (a === a && b === b) {
          xs[c] = a;
          ys[c] = b;
          c++;
        }
      }
      let v: Cell;
      if (c < MIN_ROWS) v = fewRows(j, k, c);
      else {
        const u = xs.subarray(0, c);
        const w = ys.subarray(0, c);
        const r = pairCorrelation(u, w, spearman, rs);
        if (r === 'x' || r === 'y') v = constantPair(j, k, r === 'x' ? j : k);
        else v = j === k ? 1 : r === r ? r : tooLarge(j, k);
      }
      out[j][k] = v;
      out[k][j] = v;
    }
    await pacer.tick();
  }
  return out;
}

/**
 * Pearson's r of u and w (Spearman: of their ranks, computed into u and w in place with
 * scratch), or which side is constant. u and w are overwritten.
 */
function pairCorrelation(u: Float64Array, w: Float64Array, spearman: boolean, scratch: Float64Array): number | 'x' | 'y' {
  const c = u.length;
  if (spearman) {
    if (!centredRanks(u, u, scratch)) return 'x';
    if (!centredRanks(w, w, scratch)) return 'y';
  } else {
    if (centre(u, 0, c) === null) return 'x';
    if (centre(w, 0, c) === null) return 'y';
  }
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < c; i++) {
    const a = u[i];
    const b = w[i];
    sxy += a * b;
    sxx += a * a;
    syy += b * b;
  }
  // Squares beyond the largest double: NaN, which the caller reports as #NUM!.
  if (!(sxx < Infinity && syy < Infinity)) return NaN;
  const r = sxy / (Math.sqrt(sxx) * Math.sqrt(syy));
  return r > 1 ? 1 : r < -1 ? -1 : r;
}

/**
 * The average ranks of values (1 = smallest, ties sharing the mean of their
 * ranks) less their mean (c + 1)/2, written to out (which may be values
 * itself); scratch holds at least values.length numbers. False (and out
 * unchanged) when every value is equal.
 *
 * Sorted copy, then for each value the count of values below it (lo) and not
 * above it (hi): its ranks are lo + 1 … hi, their mean (lo + 1 + hi)/2, so the
 * centred rank is (lo + hi − c)/2, a multiple of 1/2 computed exactly.
 */
export function centredRanks(values: Float64Array, out: Float64Array, scratch: Float64Array): boolean {
  const c = values.length;
  const sorted = scratch.subarray(0, c);
  sorted.set(values);
  sorted.sort();
  if (sorted[0] === sorted[c - 1]) return false;
  for (let i = 0; i < c; i++) {
    const v = values[i];
    // lo: the first position with sorted ≥ v; hi: the first with sorted > v.
    let lo = 0;
    let hi = c;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid] < v) lo = mid + 1;
      else hi = mid;
    }
    let top = lo;
    if (top < c && sorted[top] === v && (top + 1 === c || sorted[top + 1] !== v)) top++;
    else {
      let h = c;
      while (top < h) {
        const mid = (top + h) >>> 1;
        if (sorted[mid] <= v) top = mid + 1;
        else h = mid;
      }
    }
    out[i] = (lo + top - c) / 2;
  }
  return true;
}
