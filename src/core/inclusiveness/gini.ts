/**
 * GINI: the Gini coefficient of non-negative values (incomes, output per
 * region), in the form of R's ineq::Gini:
 *   G = Σ_i Σ_j w_i w_j |x_i − x_j| / (2 W² x̄),  x̄ = Σ w x / W
 * Unweighted (w = 1) this is 2 Σ i·x_(i) / (n Σ x) − (n + 1)/n. With population
 * weights (grouped data: one mean income and one population per group) each
 * value stands for w_i people. `corrected` multiplies the unweighted G by n/(n − 1).
 */
import { sum } from '../shared/numeric';
import { fail } from './messages';

/**
 * @param values values ≥ 0; blanks are left out (with their weight)
 * @param weights population weights ≥ 0, one per value, not all 0; omitted: all 1
 * @param corrected TRUE → × n/(n − 1), unweighted only
 * @throws DomainError('value') for weights of another length, a blank weight, or corrected with weights;
 *   ('num') for a negative value or weight; ('na') with no values (or fewer than 2 when corrected);
 *   ('div0') when the values or the weights sum to 0
 */
export function gini(values: readonly (number | null)[], weights?: readonly (number | null)[] | null, corrected = false): number {
  const weighted = weights !== null && weights !== undefined;
  if (weighted && weights.length !== values.length) {
    throw fail('value', 'weightsLength', { weights: weights.length, values: values.length });
  }
  if (weighted && corrected) throw fail('value', 'correctedWithWeights', {});
  const pairs: [number, number][] = [];
  values.forEach((x, i) => {
    if (x === null || x === undefined) return;
    if (x < 0) throw fail('num', 'negativeValue', { item: i + 1, value: x });
    let w = 1;
    if (weighted) {
      const wi = weights[i];
      if (wi === null || wi === undefined) throw fail('value', 'blankWeight', { item: i + 1 });
      if (wi < 0) throw fail('num', 'negativeWeight', { item: i + 1, value: wi });
      w = wi;
    }
    pairs.push([x, w]);
  });
  const n = pairs.length;
  if (n === 0) throw fail('na', 'noValues', {});
  if (corrected && n < 2) throw fail('na', 'tooFewForCorrected', {});
  const totalW = sum(pairs.map(([, w]) => w));
  if (totalW === 0) throw fail('div0', 'weightsSumZero', {});
  const totalWX = sum(pairs.map(([x, w]) => x * w));
  if (totalWX === 0) throw fail('div0', 'valuesSumZero', {});
  pairs.sort((a, b) => a[0] - b[0]);
  // Σ_i w_i x_i (2 C_{i−1} + w_i − W), C_{i−1} = weight strictly before i in ascending order
  let before = 0;
  const terms = pairs.map(([x, w]) => {
    const t = w * x * (2 * before + w - totalW);
    before += w;
    return t;
  });
  let g = sum(terms) / (totalW * totalWX);
  if (corrected) g *= n / (n - 1);
  return Math.min(1, Math.max(0, g));
}
