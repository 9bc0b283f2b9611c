/**
 * Obstacle degree (障碍度, methods.md A6): how much each indicator holds a
 * unit back. With z = min-max by direction (1 = the best unit of the data),
 * the gap 1 − z_ij weighted by w_j is shared out per unit:
 *
 *   O_ij = w_j (1 − z_ij) / Σ_k w_k (1 − z_ik),   each row sums to 1
 *
 * (papers often print it × 100 as a percentage). A blank cell stays blank and
 * the row's shares are taken over the indicators present. A unit at the best
 * value of every weighted indicator has no shortfall to share: #DIV/0! in its
 * row. A constant column: #VALUE! naming it.
 */
import { normalizeWeights } from './aggregate-scores';
import { type Cell, divisionByZero } from './errors';
import { checkDirections, type Data, dataColumns, normalizeForScoring } from './normalize';
import { sum } from './numeric';

export function obstacleDegree(
  data: Data,
  weights: readonly (number | null)[],
  directions: readonly number[] | null = null,
): Cell[][] {
  const m = dataColumns(data);
  const w = normalizeWeights(weights, m);
  const z = normalizeForScoring(data, checkDirections(directions, m), 'minmax');
  return z.map((row, i) => {
    const gaps = row.map((x, j) => (x === null ? null : w[j] * (1 - x)));
    const total = sum(gaps.filter((g): g is number => g !== null));
    if (total <= 0) {
      const error = divisionByZero(`row ${i + 1} is at the best value of every weighted indicator`);
      return gaps.map((g) => (g === null ? '' : error));
    }
    return gaps.map((g) => (g === null ? '' : g / total));
  });
}
