/**
 * The composite score of the six aspects of a modernized industrial system
 * (Huang 2024), in the fixed order advanced quality, synergy, completeness,
 * security, openness, inclusiveness: one weighted mean per unit (row), on the
 * scale of the scores. Missing aspects follow aggregateScores' coverage rule.
 */
import { type AggregationMethod, aggregateScores, unitRows } from '../shared/aggregate-scores';
import type { Cell } from '../shared/errors';

export const SIX_ASPECTS = [
  'advanced quality',
  'synergy',
  'completeness',
  'security',
  'openness',
  'inclusiveness',
] as const;

export function sixAspectScore(
  scores: readonly (readonly (number | null)[])[],
  weights: readonly (number | null)[] | null = null,
  method: Exclude<AggregationMethod, 'harmonic'> = 'arithmetic',
  minCoverage = 0.65,
): Cell[] {
  return aggregateScores(unitRows(scores, 6, SIX_ASPECTS.join(', ')), weights, method, minCoverage);
}
