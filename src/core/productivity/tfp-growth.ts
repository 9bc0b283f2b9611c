/**
 * TFP_GROWTH: growth accounting (the Solow residual) over series of levels.
 * For T periods it returns T − 1 growth rates of total factor productivity:
 *   "log" (default): g_A = Δln Y − α Δln K − (1 − α) Δln L
 *   "simple":        g_A = ΔY/Y − α ΔK/K − (1 − α) ΔL/L   (percentage changes, as fractions)
 */
import type { Cell } from '../shared/errors';
import { fail } from './messages';

type Series = readonly (number | null)[];

const isBlank = (v: number | null | undefined): boolean => v === null || v === undefined;

/** v / 100 as a short decimal (35 → 0.35), for the fix a message suggests. */
const hundredth = (v: number): number => Number((v / 100).toPrecision(12));

/**
 * @param output, capital, labour levels of Y, K and L, one per period, equal lengths
 * @param capitalShare α in (0, 1): one value, or one per growth period (T − 1 values, α_t for the step into period t + 1)
 * @param method "log" (default) or "simple"
 * @returns a (T − 1)×1 column; a step with a blank level gives "", a non-positive level #NUM! ("log"),
 *   a negative level #NUM! or a zero base #DIV/0! ("simple")
 * @throws DomainError('value') for series of unequal length, a capitalShare of another length or a blank in it,
 *   or α > 1 (a percentage typed as a number); ('na') with fewer than two periods; ('num') for α ≤ 0 or α = 1
 */
export function tfpGrowth(output: Series, capital: Series, labour: Series, capitalShare: Series | number, method?: string | null): Cell[][] {
  const m = method ?? 'log';
  if (m !== 'log' && m !== 'simple') throw fail('value', 'unknownMethod', { method: m });
  const t = output.length;
  if (capital.length !== t || labour.length !== t) {
    throw fail('value', 'seriesLengths', { output: t, capital: capital.length, labour: labour.length });
  }
  if (t < 2) throw fail('na', 'tooFewGrowthPeriods', {});
  const alpha = typeof capitalShare === 'number' ? [capitalShare] : [...capitalShare];
  if (alpha.length !== 1 && alpha.length !== t - 1) {
    throw fail('value', 'shareCountGrowth', { steps: t - 1, count: alpha.length });
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
  const rows: Cell[][] = [];
  for (let s = 1; s < t; s++) {
    const a = (alpha.length === 1 ? alpha[0] : alpha[s - 1]) as number;
    const levels = [output[s - 1], output[s], capital[s - 1], capital[s], labour[s - 1], labour[s]];
    if (levels.some(isBlank)) {
      rows.push(['']);
      continue;
    }
    const [y0, y1, k0, k1, l0, l1] = levels as number[];
    const where = { from: s, to: s + 1 };
    if (m === 'log') {
      if (levels.some((v) => (v as number) <= 0)) {
        rows.push([fail('num', 'logNeedsPositive', where)]);
        continue;
      }
      rows.push([Math.log(y1 / y0) - a * Math.log(k1 / k0) - (1 - a) * Math.log(l1 / l0)]);
    } else {
      if (levels.some((v) => (v as number) < 0)) {
        rows.push([fail('num', 'levelNegative', where)]);
        continue;
      }
      if (y0 === 0 || k0 === 0 || l0 === 0) {
        rows.push([fail('div0', 'levelZero', where)]);
        continue;
      }
      rows.push([(y1 - y0) / y0 - a * ((k1 - k0) / k0) - (1 - a) * ((l1 - l0) / l0)]);
    }
  }
  return rows;
}
