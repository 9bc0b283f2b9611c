/**
 * MORAN_I: global Moran's I with its moments under randomisation (default) or
 * normality, one result row per column of values (Cliff & Ord 1981; the
 * formulas of PySAL esda's Moran and R spdep's moran.test, which agree).
 *
 *   I = (n/S0) Σ_ij w_ij z_i z_j / Σ z_i²,  E[I] = −1/(n − 1)
 *   V_N = (n² S1 − n S2 + 3 S0²)/((n² − 1) S0²) − E[I]²
 *   V_R = [n((n² − 3n + 3)S1 − n S2 + 3S0²) − b2((n² − n)S1 − 2n S2 + 6S0²)]/((n − 1)(n − 2)(n − 3)S0²) − E[I]²
 *   z = (I − E[I])/√V, p two-sided.
 *
 * Islands (zero rows) stay in n, in the mean and in Σz², as in PySAL (spdep's
 * moran.test drops them from n by default, adjust.n = TRUE).
 * Cost: weights from coordinates ("row" or "none"): one pass over the n(n − 1)/2
 * pairs for the distances and Wz of every column, one more for S1 and S2 (no n×n
 * matrix; see spatial-statistics.ts); otherwise one pass over the n×n weights for
 * S0, S1, S2 and one for Wz of all columns.
 */
import { type Cell } from '../shared/errors';
import { normalTwoSided } from '../shared/distributions';
import {
  isPairwisePath,
  kurtosisB2,
  packColumns,
  pairwiseConstants,
  pairwiseWeights,
  parseAssumption,
  parseStandardize,
  readValueColumns,
  readWeights,
  type WeightConstants,
  weightConstants,
  zAndP,
} from './spatial-statistics';
import { Pacer } from '../shared/pacer';

export const MORAN_I_HEADER = ['I', 'E[I]', 'Var[I]', 'z', 'p'] as const;

/**
 * @param values n×1, or n×T (one column per period: one result row per column)
 * @param weights n×n matrix or n×2 coordinates (latitude, longitude)
 * @param standardize "row" (default), "binary" or "none"
 * @param assumption "randomization" (default) or "normality"
 * @returns a header row, then per column: I, E[I], Var[I], z, p
 */
export async function moranI(values: unknown[][], weights: unknown[][], standardize: unknown = 'row', assumption: unknown = 'randomization'): Promise<Cell[][]> {
  const how = parseStandardize(standardize);
  const assume = parseAssumption(assumption);
  const cols = readValueColumns(values, weights, 4);
  const n = cols.n;
  const pacer = new Pacer();
  const cross = new Float64Array(cols.z.length);
  let constants: WeightConstants;
  if (isPairwisePath(weights, n, how)) {
    // Σ_i z_i (Wz)_i = Σ_i z_i a_i Σ_j u_ij z_j: all columns in the one pass over the pairs.
    const { x, usable } = packColumns(cols);
    const p = await pairwiseWeights(weights, n, how, x, usable.length, 'lag', pacer);
    constants = await pairwiseConstants(p, n, pacer);
    usable.forEach((t, c) => {
      const z = cols.z[t] as Float64Array;
      let s = 0;
      for (let i = 0, o = c * n; i < n; i++) s += z[i] * p.scale[i] * p.sums[o + i];
      cross[t] = s;
    });
  } else {
    const w = await readWeights(weights, n, how, pacer);
    constants = await weightConstants(w, n, pacer);
    const usable = cols.z.map((z, t) => (z === null ? -1 : t)).filter((t) => t >= 0);
    // Σ_i z_i (Wz)_i, row by row so that each row of the weights is read once for all columns.
    for (let i = 0; i < n; i++) {
      const base = i * n;
      for (const t of usable) {
        const z = cols.z[t] as Float64Array;
        let lag = 0;
        for (let j = 0; j < n; j++) lag += w[base + j] * z[j];
        cross[t] += z[i] * lag;
      }
      await pacer.tick();
    }
  }
  const { s0, s1, s2 } = constants;
  const ei = -1 / (n - 1);
  const vn = (n * n * s1 - n * s2 + 3 * s0 * s0) / ((n * n - 1) * s0 * s0) - ei * ei;

  const out: Cell[][] = [[...MORAN_I_HEADER]];
  for (let t = 0; t < cols.z.length; t++) {
    const z = cols.z[t];
    if (z === null) {
      const e = cols.failure[t] as Cell;
      out.push([e, e, e, e, e]);
      continue;
    }
    const { m2, b2 } = kurtosisB2(z);
    const I = ((n / s0) * cross[t]) / m2;
    const v =
      assume === 'normality'
        ? vn
        : (n * ((n * n - 3 * n + 3) * s1 - n * s2 + 3 * s0 * s0) - b2 * ((n * n - n) * s1 - 2 * n * s2 + 6 * s0 * s0)) / ((n - 1) * (n - 2) * (n - 3) * s0 * s0) -
          ei * ei;
    out.push([I, ei, v, ...zAndP(I, ei, v, normalTwoSided, ei * ei)]);
  }
  return out;
}
