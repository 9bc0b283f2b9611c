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
import { checkDirections, column, type Data, dataColumns, isConstant, normalizeColumn, present } from './normalize';
import { sum } from './numeric';
import { pearson, sampleSd } from './statistics';

export function criticWeights(data: Data, directions: readonly number[] | null = null): number[] {
  const m = dataColumns(data);
  const dirs = checkDirections(directions, m);
  const z: ((number | null)[] | null)[] = dirs.map((dir, j) => {
    const col = column(data, j);
    const values = present(col);
    if (values.length < 2) throw notAvailable(`column ${j + 1} of data has fewer than 2 values`);
    return isConstant(values) ? null : normalizeColumn(col, dir, 'minmax', 0, j);
  });
  const s = z.map((zj) => (zj === null ? 0 : sampleSd(present(zj))));
  // Σ_k (1 − r_jk) over the varying columns k ≠ j; r is symmetric, so each pair is computed once.
  const conflict = new Array<number[]>(m);
  for (let j = 0; j < m; j++) conflict[j] = [];
  for (let j = 0; j < m; j++) {
    const zj = z[j];
    if (zj === null) continue;
    for (let k = j + 1; k < m; k++) {
      const zk = z[k];
      if (zk === null) continue;
      const term = 1 - correlation(zj, zk, j, k);
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

/** Pearson r over the rows where both columns have a value. */
function correlation(a: readonly (number | null)[], b: readonly (number | null)[], j: number, k: number): number {
  const x: number[] = [];
  const y: number[] = [];
  a.forEach((v, i) => {
    const w = b[i];
    if (v !== null && w !== null) {
      x.push(v);
      y.push(w);
    }
  });
  const r = pearson(x, y);
  if (r === null) {
    throw notAvailable(`columns ${j + 1} and ${k + 1} of data have too few rows with varying values in common to correlate`);
  }
  return r;
}
