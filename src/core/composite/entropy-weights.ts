/**
 * Entropy weight method (熵值法 / 熵权法), methods.md A2:
 *
 *   p_ij = z_ij / Σ_i z_ij
 *   e_j  = −k Σ_i p_ij ln p_ij,  k = 1 / ln n_j,  0·ln 0 = 0
 *   d_j  = 1 − e_j,   w_j = d_j / Σ d
 *
 * n_j is the number of rows with data in column j (blank cells are left out),
 * so stacking units × years into one range gives the panel ("global") variant
 * with k = 1/ln(n·T).
 *
 * - normalization "minmax" (default): z = min-max by direction, then + shift
 *   (default 0.0001, the usual Chinese convention).
 * - normalization "raw": z = the raw data, which must be ≥ 0 (Hwang & Yoon;
 *   pymcdm); directions and shift do not enter.
 *
 * A constant column carries no information: weight 0 (in the min-max variant
 * this is a policy, since min-max is 0/0 there). All columns constant: #DIV/0!.
 * Fewer than 2 rows, or a column with fewer than 2 values: #N/A; a column
 * with no value at all (an empty column selected with the data): #VALUE!
 * naming it.
 */
import { checkDirections, type Data, dataColumns, isConstantValues, normalizeValues, packColumns } from './normalize';
import { sum } from '../shared/numeric';
import { fail } from './messages';

export type EntropyNormalization = 'minmax' | 'raw';

export function entropyWeights(
  data: Data,
  directions: readonly number[] | null = null,
  shift = 0.0001,
  normalization: EntropyNormalization = 'minmax',
): number[] {
  const m = dataColumns(data);
  const dirs = checkDirections(directions, m);
  if (shift < 0) throw fail('num', 'negativeShift', {});
  const cols = packColumns(data, m);
  const divergence = dirs.map((dir, j) => {
    const values = cols.values[j];
    if (values.length === 0) throw fail('value', 'blankColumn', { column: j + 1 });
    if (values.length < 2) throw fail('na', 'tooFewValues', { column: j + 1 });
    if (isConstantValues(values)) return 0;
    let z: Float64Array;
    if (normalization === 'raw') {
      const negative = values.findIndex((x) => x < 0);
      if (negative >= 0) {
        const row = cols.rows[j]?.[negative] ?? negative;
        throw fail('num', 'rawNegative', { column: j + 1, row: row + 1 });
      }
      z = values;
    } else {
      // In place: the packed values are not read again.
      z = normalizeValues(values, dir, 'minmax', shift, j, values);
    }
    return 1 - entropy(z);
  });
  const total = sum(divergence);
  if (total <= 0) throw fail('div0', 'noInformation', {});
  return divergence.map((d) => d / total);
}

/** Normalised Shannon entropy of non-negative values with a positive sum: −(1/ln n) Σ p ln p. */
function entropy(z: Float64Array): number {
  const total = sum(z);
  // sum() of the terms p ln p, inline (no array of terms).
  let s = 0;
  let c = 0;
  for (let i = 0; i < z.length; i++) {
    const p = z[i] / total;
    const v = p > 0 ? p * Math.log(p) : 0;
    const t = s + v;
    c += Math.abs(s) >= Math.abs(v) ? s - t + v : v - t + s;
    s = t;
  }
  const e = -(s + c) / Math.log(z.length);
  // e ≤ 1 in exact arithmetic; rounding must not make d = 1 − e negative.
  return Math.min(1, e);
}
