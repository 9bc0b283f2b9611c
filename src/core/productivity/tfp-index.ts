/**
 * TFP_INDEX: the level of total factor productivity A_t = Y_t / (K_t^α L_t^(1−α))
 * as an index with the first period = 1, computed in logs.
 */
import type { Cell } from '../shared/errors';
import { fail } from './messages';

type Series = readonly (number | null)[];

const isBlank = (v: number | null | undefined): boolean => v === null || v === undefined;

/** v / 100 as a short decimal (35 → 0.35), for the fix a message suggests. */
const hundredth = (v: number): number => Number((v / 100).toPrecision(12));

/**
 * @param output, capital, labour levels, one per period, equal lengths, > 0
 * @param capitalShare α in (0, 1): one value, or one per period (T values)
 * @returns a T×1 column starting with 1; a period with a blank level gives "", a non-positive one #NUM!
 * @throws DomainError('value') for unequal lengths, a blank α or α > 1 (a percentage typed as a number);
 *   ('na') when the first period is incomplete; ('num') for α ≤ 0, α = 1 or a non-positive level in the first period
 */
export function tfpIndex(output: Series, capital: Series, labour: Series, capitalShare: Series | number): Cell[][] {
  const t = output.length;
  if (capital.length !== t || labour.length !== t) {
    throw fail('value', 'seriesLengths', { output: t, capital: capital.length, labour: labour.length });
  }
  if (t === 0) throw fail('na', 'noPeriods', {});
  const alpha = typeof capitalShare === 'number' ? [capitalShare] : [...capitalShare];
  if (alpha.length !== 1 && alpha.length !== t) {
    throw fail('value', 'shareCountIndex', { periods: t, count: alpha.length });
  }
  alpha.forEach((a, i) => {
    if (isBlank(a)) throw fail('value', 'shareBlank', { item: i + 1 });
    // A share cannot exceed 1: above it, α is a percentage typed as a number (40 for 40 %), #VALUE! with the fix.
    // α = 1 (no labour share) and α ≤ 0 stay outside the open interval (0, 1): #NUM!.
    if ((a as number) > 1) {
      throw fail('value', 'sharePercent', { value: a as number, item: i + 1, fraction: hundredth(a as number) });
    }
    if (!((a as number) > 0 && (a as number) < 1)) throw fail('num', 'shareOutside', { item: i + 1, value: a as number });
  });
  const logA = (s: number): number | null | 'domain' => {
    const levels = [output[s], capital[s], labour[s]];
    if (levels.some(isBlank)) return null;
    if (levels.some((v) => (v as number) <= 0)) return 'domain';
    const a = (alpha.length === 1 ? alpha[0] : alpha[s]) as number;
    return Math.log(output[s] as number) - a * Math.log(capital[s] as number) - (1 - a) * Math.log(labour[s] as number);
  };
  const base = logA(0);
  if (base === null) throw fail('na', 'baseMissing', {});
  if (base === 'domain') throw fail('num', 'baseNotPositive', {});
  const rows: Cell[][] = [];
  for (let s = 0; s < t; s++) {
    const v = logA(s);
    if (v === null) rows.push(['']);
    else if (v === 'domain') rows.push([fail('num', 'levelNotPositive', { period: s + 1 })]);
    else rows.push([Math.exp(v - base)]);
  }
  return rows;
}
