/**
 * GEARY_C: Geary's C with its moments under randomisation (default) or
 * normality, one result row per column of values (Cliff & Ord 1981; the
 * formulas of PySAL esda's Geary and R spdep's geary.test).
 *
 *   C = (n − 1) Σ_ij w_ij (y_i − y_j)² / (2 S0 Σ z_i²),  E[C] = 1
 *   V_N = ((2S1 + S2)(n − 1) − 4S0²)/(2(n + 1)S0²)
 *   V_R = [(n − 1)S1(n² − 3n + 3 − (n − 1)b2) − ¼(n − 1)S2(n² + 3n − 6 − (n² − n + 2)b2) + S0²(n² − 3 − (n − 1)²b2)]/(n(n − 2)(n − 3)S0²)
 *   z = (1 − C)/√V (positive z = positive autocorrelation, as for Moran's I and
 *   spdep; PySAL reports (C − 1)/√V), p two-sided.
 *
 * Σ w_ij (y_i − y_j)² is summed directly (not expanded), so a C near 0 keeps its digits.
 * Cost: weights from coordinates ("row" or "none"): one pass over the n(n − 1)/2
 * pairs for the distances and the squared differences of every column, one more
 * for S1 and S2 (no n×n matrix; see spatial-statistics.ts); otherwise one pass
 * over the n×n weights for S0, S1, S2 and one for the squares of all columns.
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

export const GEARY_C_HEADER = ['C', 'E[C]', 'Var[C]', 'z', 'p'] as const;

/**
 * @param values n×1, or n×T (one result row per column)
 * @param weights n×n matrix or n×2 coordinates (latitude, longitude)
 * @param standardize "row" (default), "binary" or "none"
 * @param assumption "randomization" (default) or "normality"
 * @returns a header row, then per column: C, E[C], Var[C], z = (1 − C)/sd, p
 */
export async function gearyC(values: unknown[][], weights: unknown[][], standardize: unknown = 'row', assumption: unknown = 'randomization'): Promise<Cell[][]> {
  const how = parseStandardize(standardize);
  const assume = parseAssumption(assumption);
  const cols = readValueColumns(values, weights, 4);
  const n = cols.n;
  const pacer = new Pacer();
  const squares = new Float64Array(cols.z.length);
  let constants: WeightConstants;
  if (isPairwisePath(weights, n, how)) {
    // Σ_ij w_ij (z_i − z_j)² = Σ_i a_i Σ_j u_ij (z_i − z_j)²: all columns in the one pass over the pairs.
    const { x, usable } = packColumns(cols);
    const p = await pairwiseWeights(weights, n, how, x, usable.length, 'squares', pacer);
    constants = await pairwiseConstants(p, n, pacer);
    usable.forEach((t, c) => {
      let s = 0;
      for (let i = 0, o = c * n; i < n; i++) s += p.scale[i] * p.sums[o + i];
      squares[t] = s;
    });
  } else {
    const w = await readWeights(weights, n, how, pacer);
    constants = await weightConstants(w, n, pacer);
    const usable = cols.z.map((z, t) => (z === null ? -1 : t)).filter((t) => t >= 0);
    for (let i = 0; i < n; i++) {
      const base = i * n;
      for (const t of usable) {
        const z = cols.z[t] as Float64Array;
        const zi = z[i];
        let s = 0;
        for (let j = 0; j < n; j++) {
          const d = zi - z[j];
          s += w[base + j] * d * d;
        }
        squares[t] += s;
      }
      await pacer.tick();
    }
  }
  const { s0, s1, s2 } = constants;
  const vn = ((2 * s1 + s2) * (n - 1) - 4 * s0 * s0) / (2 * (n + 1) * s0 * s0);

  const out: Cell[][] = [[...GEARY_C_HEADER]];
  for (let t = 0; t < cols.z.length; t++) {
    const z = cols.z[t];
    if (z === null) {
      const e = cols.failure[t] as Cell;
      out.push([e, e, e, e, e]);
      continue;
    }
    const { m2, b2 } = kurtosisB2(z);
    const C = ((n - 1) * squares[t]) / (2 * s0 * m2);
    const v =
      assume === 'normality'
        ? vn
        : ((n - 1) * s1 * (n * n - 3 * n + 3 - (n - 1) * b2) -
            0.25 * (n - 1) * s2 * (n * n + 3 * n - 6 - (n * n - n + 2) * b2) +
            s0 * s0 * (n * n - 3 - (n - 1) * (n - 1) * b2)) /
          (n * (n - 2) * (n - 3) * s0 * s0);
    out.push([C, 1, v, ...zAndP(C, 1, v, normalTwoSided, 1, -1)]);
  }
  return out;
}
