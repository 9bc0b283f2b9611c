/**
 * COUPLING_COORDINATION: the coupling coordination degree of k ≥ 2 subsystems,
 * one unit per row, standard form:
 *   C = (Π U_i)^(1/k) / (Σ U_i / k)   ≡ k·[Π U_i / (Σ U_i)^k]^(1/k)   (1 when all U are equal)
 *   T = Σ α_i U_i                       (α: weights rescaled to sum to 1, default equal)
 *   D = √(C·T)
 * The "modified" form (Wang Shujia et al. 2021) is implemented in
 * modified-coupling-degree.ts but not offered: its transcription is unverified.
 */
import type { Cell } from '../shared/errors';
import { sum } from '../shared/numeric';
import { fail } from './messages';

type Output = 'd' | 'c' | 't' | 'all';

/** A score this little above 1 is 1 with a rounding error (a normalised maximum computed as 1.0000000000000002). */
const SNAP = 1e-12;

function readWeights(weights: readonly (number | null)[] | null | undefined, k: number): number[] {
  if (weights === null || weights === undefined) return new Array<number>(k).fill(1 / k);
  if (weights.length !== k) throw fail('value', 'weightsLength', { count: weights.length, k });
  weights.forEach((w, i) => {
    if (w === null || w === undefined) throw fail('value', 'weightBlank', { item: i + 1 });
    if (!Number.isFinite(w)) throw fail('value', 'weightNotNumber', { item: i + 1 });
    if (w < 0) throw fail('num', 'weightNegative', { item: i + 1, value: w });
  });
  const total = sum(weights as number[]);
  if (total === 0) throw fail('div0', 'weightsSumZero', {});
  return (weights as number[]).map((w) => w / total);
}

/** C, T and D of one row, or the error of that row. */
function unit(row: readonly (number | null)[], r: number, alpha: readonly number[]): [Cell, Cell, Cell] | '' {
  if (row.every((u) => u === null || u === undefined)) return '';
  const u: number[] = [];
  for (let j = 0; j < row.length; j++) {
    const v = row[j];
    if (v === null || v === undefined) {
      const e = fail('na', 'scoreMissing', { row: r + 1, column: j + 1 });
      return [e, e, e];
    }
    if (v < 0) {
      const e = fail('num', 'scoreNegative', { row: r + 1, column: j + 1, value: v });
      return [e, e, e];
    }
    // Above 1 by more than rounding, the score is on another scale (most often 0–100): a slip to name, not a
    // point outside the maths' domain, so #VALUE! with the fix. A rounding error above 1 counts as 1.
    if (v > 1 + SNAP) {
      const e = fail('value', 'scoreAboveOne', { row: r + 1, column: j + 1, value: v });
      return [e, e, e];
    }
    u.push(Math.min(v, 1));
  }
  const k = u.length;
  const total = sum(u);
  const t = sum(u.map((v, j) => alpha[j] * v));
  if (total === 0) {
    const e = fail('div0', 'scoresAllZero', { row: r + 1 });
    return [e, t, e];
  }
  const geometric = u.some((v) => v === 0) ? 0 : Math.exp(sum(u.map(Math.log)) / k);
  const c = Math.min(1, geometric / (total / k));
  return [c, t, Math.sqrt(c * t)];
}

/**
 * @param scores n×k subsystem scores in [0, 1], units in rows; an all-blank row gives "", a partly blank row #N/A,
 *   a row with a negative score #NUM!, a row with a score above 1 (another scale, e.g. 0–100) #VALUE! naming the fix
 * @param weights k weights ≥ 0 for T (rescaled to sum to 1), default equal
 * @param formula "standard" (default); "modified" is refused (#VALUE!) until its transcription is verified
 * @param output "d" (default), "c", "t", or "all" (C, T, D under a header row)
 */
export function couplingCoordination(
  scores: readonly (readonly (number | null)[])[],
  weights?: readonly (number | null)[] | null,
  formula?: string | null,
  output?: string | null,
): Cell[][] {
  const f = formula ?? 'standard';
  if (f === 'modified') {
    throw fail('value', 'modifiedUnavailable', {});
  }
  if (f !== 'standard') throw fail('value', 'unknownFormula', { formula: f });
  const out = (output ?? 'd') as Output;
  if (!['d', 'c', 't', 'all'].includes(out)) throw fail('value', 'unknownOutput', { output: String(output) });
  const k = scores.length > 0 ? scores[0].length : 0;
  if (scores.length === 0) throw fail('na', 'noScoreRows', {});
  if (k < 2) throw fail('na', 'tooFewSubsystems', {});
  scores.forEach((row, r) => {
    if (row.length !== k) throw fail('value', 'raggedRow', { name: 'scores', row: r + 1, columns: row.length, k });
  });
  const alpha = readWeights(weights, k);
  const rows = scores.map((row, r) => unit(row, r, alpha));
  if (out === 'all') return [['C', 'T', 'D'], ...rows.map((x) => (x === '' ? ['', '', ''] : x))];
  const col = out === 'c' ? 0 : out === 't' ? 1 : 2;
  return rows.map((x) => [x === '' ? '' : x[col]]);
}

