/**
 * Combined weights (组合赋权, methods.md A3), typically subjective (AHP) with
 * objective (entropy, CRITIC) weights. Both inputs are first rescaled to sum
 * to 1, then:
 * - with alpha: w = α w₁ + (1 − α) w₂ (linear; α in [0, 1])
 * - without:    w_j = w₁_j w₂_j / Σ_k w₁_k w₂_k (multiplicative)
 * Weights must be ≥ 0 (#NUM!), of equal length (#VALUE!), and neither may be
 * all 0 (#DIV/0!); the multiplicative form needs some indicator with both
 * weights positive (#DIV/0!).
 */
import { normalizeWeights } from '../shared/aggregate-scores';
import { sum } from '../shared/numeric';
import { fail } from './messages';

export function combineWeights(
  weights1: readonly (number | null)[],
  weights2: readonly (number | null)[],
  alpha: number | null = null,
): number[] {
  const m = weights1.length;
  if (weights2.length !== m) {
    throw fail('value', 'weightsLengthMismatch', { first: m, second: weights2.length });
  }
  const w1 = normalizeWeights(weights1, m, 'weights1');
  const w2 = normalizeWeights(weights2, m, 'weights2');
  if (alpha !== null) {
    if (!(alpha >= 0 && alpha <= 1)) throw fail('num', 'alphaOutOfRange', {});
    return w1.map((w, j) => alpha * w + (1 - alpha) * w2[j]);
  }
  const products = w1.map((w, j) => w * w2[j]);
  const total = sum(products);
  if (total <= 0) throw fail('div0', 'noCommonWeight', {});
  return products.map((p) => p / total);
}
