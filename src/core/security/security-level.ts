/**
 * SECURITY_LEVEL: the chain-security class of the CAE assessment for an
 * external-dependence ratio. The default cut points 0.1, 0.3, 0.5 are the
 * add-in's illustrative convention: CAE published class counts, not thresholds.
 */
import { CAE_SECURITY_CLASSES } from '../../data/cae-classes';
import { cutPointBand, readCutPoints } from './cut-point-band';
import { fail } from './messages';

export const SECURITY_DEFAULT_THRESHOLDS: readonly number[] = [0.1, 0.3, 0.5];

/**
 * With cut points that are fractions (all ≤ 1, as the defaults), a dependence this large is taken for a
 * percentage typed as a number (35 for 35 %). Why 2, and why not 1:
 * - the net ratio (M − X)/(Q + M − X) never exceeds 1 (Q ≥ 0);
 * - the gross ratio M/(Q + M − X) exceeds 1 only when exports exceed domestic output (re-exports), so a
 *   real 1.4 exists and must be classified; it reaches 2 only when the re-exports beyond all domestic output
 *   are half the imports or more: then it measures transit trade rather than dependence, and it is in the
 *   top class under any fractional cut points, so MIN(dependence, 1) classifies it the same;
 * - a percentage typed as a number is 2 or more for every dependence from 2 % up, so the slip is caught
 *   (in a column of percentages, almost surely in some cell); only 1–2 % typed as 1–2 passes, unavoidably,
 *   since it cannot be told from a real ratio with re-exports.
 * Cut points above 1 (a percentage scale such as 10, 30, 50, or the analyst's own scale for M/Q) switch
 * the check off: the scale is then the analyst's.
 */
const PERCENT_FROM = 2;

/** v / 100 as a short decimal (35 → 0.35), for the fix the message suggests. */
const hundredth = (v: number): number => Number((v / 100).toPrecision(12));

/**
 * @param dependence an external-dependence ratio (e.g. DEPENDENCE_RATIO), any finite number; with cut points
 *   of 1 or less, below 2 (see PERCENT_FROM)
 * @param thresholds three ascending cut points; below the first: autonomous and controllable,
 *   from the first: secure and controllable, from the second: high, from the third: extremely high dependence
 * @param lang "en" (default) or "zh"
 * @throws DomainError('value') for thresholds that are not three ascending numbers, and for a dependence of 2 or
 *   more with cut points of 1 or less (a percentage typed as a number: the message names the fix)
 */
export function securityLevel(dependence: number, thresholds?: readonly (number | null)[] | null, lang?: string | null): string {
  if (!Number.isFinite(dependence)) throw fail('value', 'dependenceNotNumber', {});
  const cuts = readCutPoints(thresholds, SECURITY_DEFAULT_THRESHOLDS);
  if (dependence >= PERCENT_FROM && cuts.every((c) => c <= 1)) {
    throw fail('value', 'dependencePercent', { value: dependence, ratio: hundredth(dependence) });
  }
  const band = cutPointBand(dependence, cuts, SECURITY_DEFAULT_THRESHOLDS);
  return CAE_SECURITY_CLASSES[band][lang === 'zh' ? 'zh' : 'en'];
}
