/**
 * GREY_RELATION: Deng's grey relational grade of each unit to the ideal unit,
 * the evaluation use of grey relational analysis (methods-analysis.md §7).
 *
 * 1. Min-max by direction over the values present: z = (x − min)/(max − min)
 *    for a benefit, (max − x)/(max − min) for a cost. The ideal unit (the
 *    reference series x₀) is the best value of every indicator, z = 1.
 * 2. Δ_ij = |1 − z_ij| = (f*_j − x_ij)/(f*_j − f⁻_j), Δmin and Δmax over the
 *    whole matrix (every cell present in a column used; after min-max they are
 *    0 and 1, since each column has its best and its worst unit).
 * 3. ξ_ij = (Δmin + ρΔmax)/(Δ_ij + ρΔmax), ρ in (0, 1], default 0.5.
 * 4. grade_i = Σ_j w_j ξ_ij, weights (default equal) rescaled to sum to 1, so
 *    the grade lies in (0, 1], 1 for a unit at the best of every indicator.
 *    This is the unscaled grade: pyDecision's gra_method divides it by the
 *    number of alternatives (the vectors give the grade as here).
 *
 * Blanks: a unit with a blank cell in a column used cannot be compared with
 * the ideal on every indicator: #N/A in its cell (its other values still
 * enter the columns' minimum and maximum, as in TOPSIS); the other units are
 * scored as usual. Leaving the indicator out and rescaling the weights was
 * rejected: the grade would then compare units on different indicators.
 * Columns: weight 0 → left out; constant or empty with a positive weight →
 * #VALUE! naming it (the catalogue's constant-column rule, grey-vikor-common.ts).
 */
import type { Cell } from '../shared/errors';
import type { Data } from '../composite';
import { blankUnit, checkRho, scoringGaps } from './grey-vikor-common';
import { fail } from './messages';

export function greyRelation(
  data: Data,
  weights: readonly (number | null)[] | null = null,
  directions: readonly number[] | null = null,
  rho = 0.5,
): Cell[] {
  checkRho(rho);
  const { n, k, gap, has, w, complete } = scoringGaps(data, weights, directions);
  // Δmin and Δmax over every cell present (a blank's gap is 0 and is skipped).
  let dmin = Infinity;
  let dmax = -Infinity;
  for (let q = 0; q < n * k; q++) {
    if (has[q] === 0) continue;
    const d = gap[q];
    if (d < dmin) dmin = d;
    if (d > dmax) dmax = d;
  }
  // Every used column has a best (Δ = 0) and a worst (Δ = 1) value, so Δmax = 1: the guard is for safety.
  if (!(dmax > 0)) throw fail('div0', 'everyGapZero', {});
  const top = dmin + rho * dmax;
  const spread = rho * dmax;
  const out: Cell[] = new Array(n);
  for (let i = 0; i < n; i++) {
    if (complete[i] === 0) {
      out[i] = blankUnit(i);
      continue;
    }
    // Neumaier's compensated sum of w_j ξ_ij (every term ≥ 0, so no absolute values are needed).
    let s = 0;
    let comp = 0;
    for (let c = 0, q = i * k; c < k; c++, q++) {
      const v = w[c] * (top / (gap[q] + spread));
      const t = s + v;
      comp += s >= v ? s - t + v : v - t + s;
      s = t;
    }
    out[i] = s + comp;
  }
  return out;
}
