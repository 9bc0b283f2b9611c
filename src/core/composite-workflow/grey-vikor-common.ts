/**
 * What GREY_RELATION, GREY_CORRELATION and VIKOR share (methods-analysis.md §7):
 * Deng's grey relational coefficient, the check of its distinguishing
 * coefficient ρ, and the min-max gaps to the best value of each indicator
 * that the two scoring functions (GREY_RELATION, VIKOR) start from.
 *
 * Grey relational coefficient (Deng 1982): for a difference Δ = |x₀ − x| and
 * the smallest and largest differences Δmin, Δmax of the whole comparison,
 *
 *   ξ = (Δmin + ρ Δmax) / (Δ + ρ Δmax),   0 < ρ ≤ 1 (0.5 by convention)
 *
 * so ξ = 1 where a series meets the reference and ξ = (Δmin + ρΔmax)/((1 + ρ)Δmax)
 * at the largest difference; a smaller ρ spreads the coefficients further apart.
 *
 * Gaps: for an indicator with best value f* and worst f⁻ among the values
 * present (f* the maximum of a benefit, the minimum of a cost),
 *
 *   g = (f* − x) / (f* − f⁻),   in [0, 1]: exactly 0 at the best value, 1 at the worst,
 *
 * which is 1 − z for the min-max normalised z (so the grey distance to the ideal
 * unit of GREY_RELATION and VIKOR's normalised regret), computed without the
 * rounding of 1 − z. The catalogue's constant-column rule (section 11) holds:
 * a column of weight 0 is left out; a constant or empty column with a positive
 * weight is #VALUE! naming it (one message, the one the composite family's
 * scoring functions give); a column with a single value is #N/A.
 */
import type { Cell } from '../shared/errors';
import { normalizeWeights } from '../shared/aggregate-scores';
import { checkDirections, type Data, dataColumns, packColumns, scoringColumns, scoringColumnTrouble } from '../composite';
import { fail } from './messages';

/** ρ checked: a number in (0, 1], else #NUM!. */
export function checkRho(rho: number): number {
  if (typeof rho !== 'number' || !(rho > 0 && rho <= 1)) throw fail('num', 'rhoRange', { rho: String(rho) });
  return rho;
}

/** The gaps of the columns a scoring function uses, row-major, with their weights. */
export interface ScoringGaps {
  /** Units (rows of the data). */
  n: number;
  /** Columns used (those of positive weight). */
  k: number;
  /** g[i·k + c] = (f* − x)/(f* − f⁻) for used column c; 0 where the cell is blank. */
  gap: Float64Array;
  /** has[i·k + c] = 1 when the cell is present. */
  has: Uint8Array;
  /** The weights of the used columns, rescaled over all columns to sum to 1. */
  w: Float64Array;
  /** complete[i] = 1 when row i has a value in every used column. */
  complete: Uint8Array;
  /** The number of complete rows. */
  completeRows: number;
}

/**
 * The data read as the scoring functions of section 11 read it: at least 2
 * rows (#N/A), weights (default equal; one per column, ≥ 0, not all 0) and
 * directions checked, columns of weight 0 left out, each used column's best
 * and worst value taken over the values present.
 */
export function scoringGaps(data: Data, weights: readonly (number | null)[] | null, directions: readonly number[] | null): ScoringGaps {
  const m0 = dataColumns(data);
  const used = scoringColumns(data, normalizeWeights(weights, m0), checkDirections(directions, m0));
  const k = used.weights.length;
  const n = data.length;
  const cols = packColumns(used.data, k);
  const gap = new Float64Array(n * k);
  const has = new Uint8Array(n * k);
  for (let c = 0; c < k; c++) {
    const values = cols.values[c];
    const j = used.kept === null ? c : used.kept[c];
    const trouble = scoringColumnTrouble(values, j);
    if (trouble !== null) throw trouble;
    if (values.length < 2) throw fail('na', 'columnUnderTwoValues', { column: j + 1 });
    let lo = values[0];
    let hi = values[0];
    for (let t = 1; t < values.length; t++) {
      const x = values[t];
      if (x < lo) lo = x;
      if (x > hi) hi = x;
    }
    const range = hi - lo;
    if (!(range > 0 && range < Infinity)) throw fail('num', 'rangeTooLarge', { column: j + 1 });
    const rows = cols.rows[c];
    const benefit = used.dirs[c] === 1;
    for (let t = 0; t < values.length; t++) {
      const i = rows === null ? t : rows[t];
      const x = values[t];
      // + 0 turns the −0 of a cell at the best value into +0.
      gap[i * k + c] = (benefit ? hi - x : x - lo) / range + 0;
      has[i * k + c] = 1;
    }
  }
  const complete = new Uint8Array(n);
  let completeRows = 0;
  for (let i = 0; i < n; i++) {
    let all = 1;
    for (let c = 0, q = i * k; c < k; c++, q++) all &= has[q];
    complete[i] = all;
    completeRows += all;
  }
  return { n, k, gap, has, w: Float64Array.from(used.weights), complete, completeRows };
}

/** The #N/A of a unit that has a blank in a column the score uses. */
export const blankUnit = (i: number): Cell => fail('na', 'blankUnit', { row: i + 1 });
