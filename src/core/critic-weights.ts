/**
 * CRITIC weights (Diakoulaki, Mavrotas & Papayannakis 1995; methods.md A3):
 * z = min-max by direction; s_j = sample sd (n − 1) of z_j; r_jk = Pearson
 * correlation of z_j and z_k; C_j = s_j Σ_k (1 − r_jk); w_j = C_j / Σ C.
 * CRITIC is direction-sensitive: a cost column reverses its correlations.
 *
 * Blank cells: s_j uses the values present in column j, r_jk the rows where
 * both columns have a value (pairwise, as pandas' DataFrame.corr); fewer than
 * 2 such rows, or no variation on them: #N/A.
 * A constant column gets weight 0 and is left out of the others' sums, as if
 * it were absent (its correlation is undefined). All columns constant, or no
 * column with any contrast and conflict (e.g. one varying column, or perfectly
 * correlated columns): #DIV/0!. Fewer than 2 rows or a column with fewer than
 * 2 values: #N/A.
 * Check: Tuş & Adalı (2019), via pymcdm.
 */
import { divisionByZero, notAvailable } from './errors';
import { checkDirections, type Data, dataColumns, isConstantValues, normalizeValues, packColumns } from './normalize';
import { sum } from './numeric';
import { mean, pearson, sampleSd, sumFirst } from './statistics';

export function criticWeights(data: Data, directions: readonly number[] | null = null): number[] {
  const m = dataColumns(data);
  const dirs = checkDirections(directions, m);
  const n = data.length;
  const cols = packColumns(data, m);
  const z: (Column | null)[] = dirs.map((dir, j) => {
    const values = cols.values[j];
    if (values.length < 2) throw notAvailable(`column ${j + 1} of data has fewer than 2 values`);
    if (isConstantValues(values)) return null;
    const zj = normalizeValues(values, dir, 'minmax', 0, j);
    const rows = cols.rows[j];
    // Deviations from the column's mean and their sum of squares: what pearson computes for a pair
    // of columns without blanks, so they are computed once per column.
    const mu = mean(zj);
    const dev = new Float64Array(zj.length);
    for (let i = 0; i < zj.length; i++) dev[i] = zj[i] - mu;
    const squares = new Float64Array(zj.length);
    for (let i = 0; i < zj.length; i++) squares[i] = dev[i] * dev[i];
    return { z: zj, rows, dev, ss: sum(squares) };
  });
  const s = z.map((zj) => (zj === null ? 0 : sampleSd(zj.z)));
  // Σ_k (1 − r_jk) over the varying columns k ≠ j; r is symmetric, so each pair is computed once.
  const conflict = new Array<number[]>(m);
  for (let j = 0; j < m; j++) conflict[j] = [];
  const products = new Float64Array(n);
  for (let j = 0; j < m; j++) {
    const zj = z[j];
    if (zj === null) continue;
    for (let k = j + 1; k < m; k++) {
      const zk = z[k];
      if (zk === null) continue;
      const term = 1 - correlation(zj, zk, j, k, products);
      conflict[j].push(term);
      conflict[k].push(term);
    }
  }
  const c = s.map((sj, j) => sj * sum(conflict[j]));
  const total = sum(c);
  if (total <= 0) {
    throw divisionByZero('no column of data has both contrast and conflict (constant or perfectly correlated columns)');
  }
  return c.map((v) => v / total);
}

/** A normalised column: its values present, their rows (null: every row), deviations from their mean and Σ dev². */
interface Column {
  z: Float64Array;
  rows: Int32Array | null;
  dev: Float64Array;
  ss: number;
}

/** Pearson r over the rows where both columns have a value. */
function correlation(a: Column, b: Column, j: number, k: number, products: Float64Array): number {
  let r: number | null;
  if (a.rows === null && b.rows === null) {
    // Every row in both: pearson's arithmetic with the per-column parts computed once.
    const n = a.z.length;
    for (let i = 0; i < n; i++) products[i] = a.dev[i] * b.dev[i];
    const sxy = sumFirst(products, n);
    r = n < 2 || a.ss === 0 || b.ss === 0 ? null : Math.max(-1, Math.min(1, sxy / Math.sqrt(a.ss * b.ss)));
  } else {
    const x: number[] = [];
    const y: number[] = [];
    const at = (c: Column): Map<number, number> => new Map(Array.from(c.z, (v, q) => [c.rows === null ? q : c.rows[q], v]));
    const bv = at(b);
    at(a).forEach((v, i) => {
      const w = bv.get(i);
      if (w !== undefined) {
        x.push(v);
        y.push(w);
      }
    });
    r = pearson(x, y);
  }
  if (r === null) {
    throw notAvailable(`columns ${j + 1} and ${k + 1} of data have too few rows with varying values in common to correlate`);
  }
  return r;
}
