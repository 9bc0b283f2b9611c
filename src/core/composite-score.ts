/**
 * A composite indicator, one score per unit (row): normalise each column
 * (any NORMALIZE method by direction, or "none" for data already normalised
 * and oriented), then aggregate each row with the weights (default equal) by
 * the weighted arithmetic, geometric or harmonic mean (methods.md A1, A5).
 *
 * Missing cells follow aggregateScores: a blank is left out and the present
 * weights rescaled while their share is ≥ minCoverage, else #N/A for that unit.
 * A constant column: #VALUE! naming it. Min-max gives the worst unit of every
 * column an exact 0, which the geometric and harmonic means cannot take
 * (#NUM! for that unit): normalise with a shift first (NORMALIZE) and pass
 * normalization "none".
 */
import { type AggregationMethod, aggregatePacked, aggregateScores, normalizeWeights } from './aggregate-scores';
import { type Cell, valueError } from './errors';
import { checkDirections, type Data, dataColumns, type NormalizeMethod, normalizeForScoring } from './normalize';

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
      throw valueError('requires no cost directions with normalization "none": orient the data when you normalise it');
    }
    return aggregateScores(data, w, method, minCoverage);
  }
  const { z, has, n } = normalizeForScoring(data, dirs, normalization);
  // Rescaled once more, as aggregateScores does with the weights it is given.
  return aggregatePacked(z, has, n, m, normalizeWeights(w, m), method, minCoverage);
}
