/**
 * COORDINATION_LEVEL: the class of a coupling coordination degree D in the
 * common ten-band scheme, [0, 0.1) "extreme imbalance" … [0.9, 1] "high-quality coordination".
 */
import { COORDINATION_BANDS } from '../../data/coordination-bands';
import { numError, valueError } from '../shared/errors';

/** Values within this distance below a band edge count as on it. */
const SNAP = 1e-12;

/**
 * @param d a coupling coordination degree in [0, 1]
 * @param lang "en" (default) or "zh"
 * @throws DomainError('num') when d is outside [0, 1]
 */
export function coordinationLevel(d: number, lang?: string | null): string {
  if (!Number.isFinite(d)) throw valueError('d must be a number');
  if (d < 0 || d > 1 + SNAP) throw numError('d must lie in [0, 1]');
  const band = Math.min(9, Math.floor(d * 10 + SNAP * 10));
  return COORDINATION_BANDS[band][lang === 'zh' ? 'zh' : 'en'];
}
