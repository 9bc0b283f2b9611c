/**
 * DIVERSITY: how evenly output is spread across categories. "shannon":
 * Shannon evenness H / ln N with H = −Σ s ln s (0·ln 0 = 0); "hhi": 1 − HHI.
 */
import { sum } from '../shared/numeric';
import { fail } from './messages';

/**
 * @param values output (or employment, value added) by category; blanks are left out, zeros count as categories
 * @param kind "shannon" (default) or "hhi"
 * @throws DomainError('na') with fewer than 2 values for "shannon" (ln 1 = 0) or none for "hhi",
 *   ('num') for a negative value, ('div0') when the values sum to 0
 */
export function diversity(values: readonly (number | null)[], kind: string | null = 'shannon'): number {
  const k = kind ?? 'shannon';
  if (k !== 'shannon' && k !== 'hhi') throw fail('value', 'unknownKind', { kind: k });
  const present: number[] = [];
  values.forEach((v, i) => {
    if (v === null || v === undefined) return;
    if (v < 0) throw fail('num', 'negativeValue', { item: i + 1, value: v });
    present.push(v);
  });
  const n = present.length;
  if (k === 'shannon' && n < 2) throw fail('na', 'tooFewForShannon', {});
  if (n === 0) throw fail('na', 'noValues', {});
  const total = sum(present);
  if (total === 0) throw fail('div0', 'valuesSumZero', {});
  const shares = present.map((v) => v / total);
  if (k === 'hhi') return Math.max(0, 1 - sum(shares.map((s) => s * s)));
  const h = -sum(shares.map((s) => (s > 0 ? s * Math.log(s) : 0)));
  return Math.min(1, Math.max(0, h / Math.log(n)));
}
