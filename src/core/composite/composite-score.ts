/**
 * A composite indicator, one score per unit (row): normalise each column
 * (any NORMALIZE method by direction, or "none" for data already normalised
 * and oriented), then aggregate each row with the weights (default equal) by
 * the weighted arithmetic, geometric or harmonic mean (methods.md A1, A5).
 *
 * Missing cells follow aggregateScores: a blank is left out and the present
 * weights rescaled while their share is ≥ minCoverage, else #N/A for that unit.
 * A column of weight 0 is left out; a constant or empty column with a positive
 * weight is #VALUE! naming it (the catalogue's constant-column rule). Min-max gives the worst unit of every
 * column an exact 0, which the geometric and harmonic means cannot take
 * (#NUM! for that unit): normalise with a shift first (NORMALIZE) and pass
 * normalization "none".
 */
import { type AggregationMethod, aggregatePacked, aggregateScores, normalizeWeights } from '../shared/aggregate-scores';
import type { Cell } from '../shared/errors';
import {
  checkDirections,
  type Data,
  dataColumns,
  type Direction,
  type NormalizeMethod,
  normalizeForScoring,
  minmaxAffine,
  type PlainMinmax,
  plainMinmax,
  scoringColumns,
} from './normalize';
import { sumFirst } from '../shared/statistics';
import { fail } from './messages';

export type CompositeNormalization = NormalizeMethod | 'none';

export function compositeScore(
  data: Data,
  weights: readonly (number | null)[] | null = null,
  directions: readonly number[] | null = null,
  method: AggregationMethod = 'arithmetic',
  normalization: CompositeNormalization = 'minmax',
  minCoverage = 0.65,
): Cell[] {
  const m = dataColumns(data, normalization === 'none' ? 1 : 2);
  const w = normalizeWeights(weights, m);
  const dirs = checkDirections(directions, m);
  if (normalization === 'none') {
    if (dirs.some((d) => d === -1)) {
      throw fail('value', 'costWithoutNormalization', {});
    }
    // Nothing is normalised, so a constant column is fine; a column with a weight and no value is not.
    for (let j = 0; j < m; j++) {
      if (w[j] > 0 && data.every((row) => row[j] === null)) throw fail('value', 'blankColumnWeighted', { column: j + 1 });
    }
    return aggregateScores(data, w, method, minCoverage);
  }
  // Rescaled once more, as aggregateScores does with the weights it is given.
  // Columns of weight 0 are left out (catalogue: the constant-column rule).
  const used = scoringColumns(data, normalizeWeights(w, m), dirs);
  const [x, w2, d2, m2] = [used.data, used.weights, used.dirs, used.weights.length];
  if (normalization === 'minmax' && method === 'arithmetic') {
    const plain = plainMinmax(x, m2);
    if (plain !== null) {
      const scores = arithmeticPlainMinmax(x, d2, plain, w2, minCoverage);
      if (scores !== null) return scores;
    }
  }
  const { z, has, n } = normalizeForScoring(x, d2, normalization);
  return aggregatePacked(z, has, n, m2, w2, method, minCoverage);
}

/**
 * The default (min-max, arithmetic) on data without blanks, in one pass over
 * the rows: normalizeForScoring's z and aggregatePacked's compensated sums, the
 * same operations in the same order, without the normalised copy of the data.
 * Every row has every weight, so the coverage is one sum for all rows; null
 * when it is below minCoverage (aggregatePacked then reports each row).
 */
function arithmeticPlainMinmax(data: Data, dirs: readonly Direction[], plain: PlainMinmax, w: readonly number[], minCoverage: number): Cell[] | null {
  const n = data.length;
  const m = dirs.length;
  const ws = Float64Array.from(w);
  const coverage = sumFirst(ws, m);
  if (m === 0 || coverage <= 0 || coverage < minCoverage - 1e-12) return null;
  const { from, by } = minmaxAffine(dirs, plain);
  const out: Cell[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const x = data[i] as readonly number[];
    // sumFirst of ws[j] · z_ij, inline. sumFirst adds each step's rounding error to the
    // compensation, found by Neumaier's branch on |s| ≥ |v|; the branch-free TwoSum here finds
    // the same error (the error of a floating-point sum is one number, and both are exact without
    // overflow: every term lies in [0, 1] and the weights sum to 1), so the sums are the same, bit for bit.
    let s = 0;
    let c = 0;
    for (let j = 0; j < m; j++) {
      const z = (x[j] - from[j]) / by[j] + 0;
      const v = ws[j] * z;
      const t = s + v;
      const tv = t - s;
      c += s - (t - tv) + (v - tv);
      s = t;
    }
    out[i] = (s + c) / coverage;
  }
  return out;
}
