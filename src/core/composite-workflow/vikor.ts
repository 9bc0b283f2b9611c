/**
 * VIKOR (Opricovic 1998; Opricovic & Tzeng 2004, methods-analysis.md §7): the
 * compromise ranking of units on several indicators. With f*_j and f⁻_j the
 * best and worst value of indicator j among the values present (the maximum
 * and minimum of a benefit, the other way round for a cost) and the weights
 * (default equal) rescaled to sum to 1:
 *
 *   d_ij = w_j (f*_j − f_ij)/(f*_j − f⁻_j)
 *   S_i  = Σ_j d_ij          group utility (smaller is better), in [0, 1]
 *   R_i  = max_j d_ij        individual regret (smaller is better)
 *   Q_i  = v (S_i − S*)/(S⁻ − S*) + (1 − v)(R_i − R*)/(R⁻ − R*)
 *
 * S* = min S, S⁻ = max S, R* = min R, R⁻ = max R over the units scored; v in
 * [0, 1] (default 0.5) is the weight of the strategy of the majority of
 * criteria. Q in [0, 1], smaller is better. Opricovic & Tzeng's acceptance
 * conditions (acceptable advantage Q(a″) − Q(a′) ≥ DQ = 1/(n − 1), acceptable
 * stability in S or R) are read off the table; they are not a column of it.
 *
 * Result: a header row S, R, Q, then one row per unit.
 * - A unit with a blank cell in a column used: #N/A in its three cells; it is
 *   left out of S*, S⁻, R*, R⁻ (its other values still enter f* and f⁻).
 * - Every unit scored ties on S (S⁻ − S* ≤ 1e-12, rounding: S lies in [0, 1])
 *   with v > 0, or on R with v < 1: Q is 0/0, #DIV/0! in every Q cell with a
 *   message; S and R are still given. With v = 0 (or 1) the S (or R) term is
 *   0 · (…) and left out, so a tie there does not matter.
 * - Fewer than 2 units scored: #N/A in the Q cells.
 * Columns: weight 0 → left out; constant or empty with a positive weight →
 * #VALUE! naming it (the catalogue's constant-column rule, grey-vikor-common.ts).
 */
import type { Cell } from '../shared/errors';
import type { Data } from '../composite';
import { blankUnit, scoringGaps } from './grey-vikor-common';
import { fail } from './messages';

export const VIKOR_HEADER = ['S', 'R', 'Q'] as const;

/** S⁻ − S* (or R⁻ − R*) at most this is a tie: S and R lie in [0, 1], so it is rounding. */
const TIE = 1e-12;

export function vikor(
  data: Data,
  weights: readonly (number | null)[] | null = null,
  directions: readonly number[] | null = null,
  v = 0.5,
): Cell[][] {
  if (typeof v !== 'number' || !(v >= 0 && v <= 1)) throw fail('num', 'vRange', { v: String(v) });
  const { n, k, gap, w, complete, completeRows } = scoringGaps(data, weights, directions);
  const S = new Float64Array(n);
  const R = new Float64Array(n);
  let sBest = Infinity;
  let sWorst = -Infinity;
  let rBest = Infinity;
  let rWorst = -Infinity;
  for (let i = 0; i < n; i++) {
    if (complete[i] === 0) continue;
    // Neumaier's compensated sum of d_ij (every term ≥ 0), and their maximum.
    let s = 0;
    let comp = 0;
    let r = 0;
    for (let c = 0, q = i * k; c < k; c++, q++) {
      const d = w[c] * gap[q];
      const t = s + d;
      comp += s >= d ? s - t + d : d - t + s;
      s = t;
      if (d > r) r = d;
    }
    s += comp;
    S[i] = s;
    R[i] = r;
    if (s < sBest) sBest = s;
    if (s > sWorst) sWorst = s;
    if (r < rBest) rBest = r;
    if (r > rWorst) rWorst = r;
  }
  const sSpread = sWorst - sBest;
  const rSpread = rWorst - rBest;
  let qError: Cell | null = null;
  if (completeRows < 2) {
    qError = fail('na', 'fewScoredUnits', {});
  } else if (v > 0 && sSpread <= TIE) {
    qError = fail('div0', 'sameS', {});
  } else if (v < 1 && rSpread <= TIE) {
    qError = fail('div0', 'sameR', {});
  }
  const out: Cell[][] = new Array(n + 1);
  out[0] = [...VIKOR_HEADER];
  for (let i = 0; i < n; i++) {
    if (complete[i] === 0) {
      const e = blankUnit(i);
      out[i + 1] = [e, e, e];
      continue;
    }
    let q: Cell;
    if (qError !== null) q = qError;
    else {
      const fromS = v === 0 ? 0 : (v * (S[i] - sBest)) / sSpread;
      const fromR = v === 1 ? 0 : ((1 - v) * (R[i] - rBest)) / rSpread;
      q = fromS + fromR;
    }
    out[i + 1] = [S[i], R[i], q];
  }
  return out;
}
