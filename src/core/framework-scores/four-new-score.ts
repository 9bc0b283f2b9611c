/**
 * The composite score of the "four new modernizations" of the advanced
 * quality aspect (Huang 2024), in the fixed order high-end, digitized
 * (intelligent), green, integrated: one weighted mean per unit (row), on the
 * scale of the scores. Missing scores follow aggregateScores' coverage rule.
 */
import { type AggregationMethod, aggregateScores, unitRows } from '../shared/aggregate-scores';
import type { Cell } from '../shared/errors';

export const FOUR_NEW_MODERNIZATIONS = ['high-end', 'digitized (intelligent)', 'green', 'integrated'] as const;

export function fourNewScore(
  scores: readonly (readonly (number | null)[])[],
  weights: readonly (number | null)[] | null = null,
  method: Exclude<AggregationMethod, 'harmonic'> = 'arithmetic',
  minCoverage = 0.65,
): Cell[] {
  return aggregateScores(unitRows(scores, 4, FOUR_NEW_MODERNIZATIONS.join(', ')), weights, method, minCoverage);
}
