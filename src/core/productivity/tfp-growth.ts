/**
 * TFP_GROWTH: growth accounting (the Solow residual) over series of levels.
 * For T periods it returns T − 1 growth rates of total factor productivity:
 *   "log" (default): g_A = Δln Y − α Δln K − (1 − α) Δln L
 *   "simple":        g_A = ΔY/Y − α ΔK/K − (1 − α) ΔL/L   (percentage changes, as fractions)
 */
import { divisionByZero, notAvailable, numError, valueError, type Cell } from '../shared/errors';

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
  if (m !== 'log' && m !== 'simple') throw valueError(`method must be "log" or "simple", not "${m}"`);
  const t = output.length;
  if (capital.length !== t || labour.length !== t) {
    throw valueError(`output, capital and labour must have the same length (${t}, ${capital.length}, ${labour.length})`);
  }
  if (t < 2) throw notAvailable('requires at least two periods');
  const alpha = typeof capitalShare === 'number' ? [capitalShare] : [...capitalShare];
  if (alpha.length !== 1 && alpha.length !== t - 1) {
    throw valueError(`capitalShare must be one value or ${t - 1} values (one per growth period), not ${alpha.length}`);
  }
  alpha.forEach((a, i) => {
    if (isBlank(a)) throw valueError(`capitalShare: item ${i + 1} is blank`);
    // A share cannot exceed 1: above it, α is a percentage typed as a number (40 for 40 %), #VALUE! with the fix.
    // α = 1 (no labour share) and α ≤ 0 stay outside the open interval (0, 1): #NUM!.
    if ((a as number) > 1) {
      throw valueError(`requires capitalShare to be a share below 1, not ${a} (item ${i + 1}): a percentage? use ${hundredth(a as number)} (or ${a}%)`);
    }
    if (!((a as number) > 0 && (a as number) < 1)) throw numError(`capitalShare: item ${i + 1} (${a}) must lie strictly between 0 and 1`);
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
    const where = `periods ${s} to ${s + 1}`;
    if (m === 'log') {
      if (levels.some((v) => (v as number) <= 0)) {
        rows.push([numError(`${where}: the log method needs levels > 0`)]);
        continue;
      }
      rows.push([Math.log(y1 / y0) - a * Math.log(k1 / k0) - (1 - a) * Math.log(l1 / l0)]);
    } else {
      if (levels.some((v) => (v as number) < 0)) {
        rows.push([numError(`${where}: a level is negative`)]);
        continue;
      }
      if (y0 === 0 || k0 === 0 || l0 === 0) {
        rows.push([divisionByZero(`${where}: a level in period ${s} is 0`)]);
        continue;
      }
      rows.push([(y1 - y0) / y0 - a * ((k1 - k0) / k0) - (1 - a) * ((l1 - l0) / l0)]);
    }
  }
  return rows;
}
