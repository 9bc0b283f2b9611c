/**
 * HHI: the Herfindahl–Hirschman concentration index Σ s² of the shares
 * s = values / Σ values (e.g. import sources, export products, partners), in
 * [1/N, 1]; normalised: (HHI − 1/N) / (1 − 1/N) in [0, 1].
 */
import { sum } from '../shared/numeric';
import { fail } from './messages';

/**
 * @param values the values (not shares: they are rescaled to sum to 1); blanks (null) are left out,
 *   zeros count as categories with share 0 (they raise N in the normalised form)
 * @param normalized TRUE → (HHI − 1/N)/(1 − 1/N); a single category gives 1
 * @throws DomainError('na') with no values, ('num') for a negative value, ('div0') when the values sum to 0
 */
export function hhi(values: readonly (number | null)[], normalized = false): number {
  const present: number[] = [];
  values.forEach((v, i) => {
    if (v === null || v === undefined) return;
    if (v < 0) throw fail('num', 'negativeValue', { item: i + 1, value: v });
    present.push(v);
  });
  if (present.length === 0) throw fail('na', 'noValues', {});
  const total = sum(present);
  if (total === 0) throw fail('div0', 'valuesSumZero', {});
  const index = sum(present.map((v) => (v / total) ** 2));
  if (!normalized) return index;
  const n = present.length;
  if (n === 1) return 1;
  return Math.max(0, (index - 1 / n) / (1 - 1 / n));
}
