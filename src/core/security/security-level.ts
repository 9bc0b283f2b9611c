/**
 * SECURITY_LEVEL: the chain-security class of the CAE assessment for an
 * external-dependence ratio. The default cut points 0.1, 0.3, 0.5 are the
 * add-in's illustrative convention: CAE published class counts, not thresholds.
 */
import { CAE_SECURITY_CLASSES } from '../../data/cae-classes';
import { valueError } from '../shared/errors';
import { cutPointBand } from './cut-point-band';

export const SECURITY_DEFAULT_THRESHOLDS: readonly number[] = [0.1, 0.3, 0.5];

/**
 * @param dependence an external-dependence ratio (e.g. DEPENDENCE_RATIO), any finite number
 * @param thresholds three ascending cut points; below the first: autonomous and controllable,
 *   from the first: secure and controllable, from the second: high, from the third: extremely high dependence
 * @param lang "en" (default) or "zh"
 */
export function securityLevel(dependence: number, thresholds?: readonly (number | null)[] | null, lang?: string | null): string {
  if (!Number.isFinite(dependence)) throw valueError('dependence must be a number');
  const band = cutPointBand(dependence, thresholds, SECURITY_DEFAULT_THRESHOLDS);
  return CAE_SECURITY_CLASSES[band][lang === 'zh' ? 'zh' : 'en'];
}
