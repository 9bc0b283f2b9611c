/**
 * The composite score of the four elements of new quality productivity
 * (Huang 2024), in the fixed order new labourers, new objects of labour, new
 * means of labour, new infrastructure: one weighted mean per unit (row), on
 * the scale of the scores. Missing scores follow aggregateScores' coverage rule.
 */
import { type AggregationMethod, aggregateScores, unitRows } from '../shared/aggregate-scores';
import type { Cell } from '../shared/errors';

export const NQP_ELEMENTS = ['new labourers', 'new objects of labour', 'new means of labour', 'new infrastructure'] as const;

export function elementScore(
  scores: readonly (readonly (number | null)[])[],
  weights: readonly (number | null)[] | null = null,
  method: Exclude<AggregationMethod, 'harmonic'> = 'arithmetic',
  minCoverage = 0.65,
): Cell[] {
  return aggregateScores(unitRows(scores, 4, NQP_ELEMENTS.join(', ')), weights, method, minCoverage);
}
