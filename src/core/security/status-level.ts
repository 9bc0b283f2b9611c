/**
 * STATUS_LEVEL: the CAE status class of an indicator from its ratio to the
 * world frontier (1 = at the frontier). The default cut points 0.6, 0.8, 1.0
 * are the add-in's illustrative convention: CAE published class counts, not thresholds.
 */
import { CAE_STATUS_CLASSES } from '../../data/cae-classes';
import { cutPointBand } from './cut-point-band';
import { fail } from './messages';

export const STATUS_DEFAULT_THRESHOLDS: readonly number[] = [0.6, 0.8, 1.0];

/**
 * @param frontierRatio the indicator divided by the world frontier's value, ≥ 0
 * @param thresholds three ascending cut points (huge gap below the first, large gap, world-advanced, world-leading from the third)
 * @param lang "en" (default) or "zh"
 * @throws DomainError('num') for a negative ratio
 */
export function statusLevel(frontierRatio: number, thresholds?: readonly (number | null)[] | null, lang?: string | null): string {
  if (!Number.isFinite(frontierRatio)) throw fail('value', 'frontierRatioNotNumber', {});
  if (frontierRatio < 0) throw fail('num', 'negativeFrontierRatio', {});
  const band = cutPointBand(frontierRatio, thresholds, STATUS_DEFAULT_THRESHOLDS);
  return CAE_STATUS_CLASSES[band][lang === 'zh' ? 'zh' : 'en'];
}
