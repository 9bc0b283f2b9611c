/**
 * TFP_INDEX: the level of total factor productivity A_t = Y_t / (K_t^α L_t^(1−α))
 * as an index with the first period = 1, computed in logs.
 */
import { notAvailable, numError, valueError, type Cell } from '../shared/errors';

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
    throw valueError(`output, capital and labour must have the same length (${t}, ${capital.length}, ${labour.length})`);
  }
  if (t === 0) throw notAvailable('requires at least one period');
  const alpha = typeof capitalShare === 'number' ? [capitalShare] : [...capitalShare];
  if (alpha.length !== 1 && alpha.length !== t) {
    throw valueError(`capitalShare must be one value or ${t} values (one per period), not ${alpha.length}`);
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
  const logA = (s: number): number | null | 'domain' => {
    const levels = [output[s], capital[s], labour[s]];
    if (levels.some(isBlank)) return null;
    if (levels.some((v) => (v as number) <= 0)) return 'domain';
    const a = (alpha.length === 1 ? alpha[0] : alpha[s]) as number;
    return Math.log(output[s] as number) - a * Math.log(capital[s] as number) - (1 - a) * Math.log(labour[s] as number);
  };
  const base = logA(0);
  if (base === null) throw notAvailable('requires output, capital and labour in the first period (the base of the index)');
  if (base === 'domain') throw numError('output, capital and labour must be > 0 in the first period');
  const rows: Cell[][] = [];
  for (let s = 0; s < t; s++) {
    const v = logA(s);
    if (v === null) rows.push(['']);
    else if (v === 'domain') rows.push([numError(`period ${s + 1}: output, capital and labour must be > 0`)]);
    else rows.push([Math.exp(v - base)]);
  }
  return rows;
}
