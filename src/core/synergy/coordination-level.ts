/**
 * COORDINATION_LEVEL: the class of a coupling coordination degree D in the
 * common ten-band scheme, [0, 0.1) "extreme imbalance" … [0.9, 1] "high-quality coordination".
 */
import { COORDINATION_BANDS } from '../../data/coordination-bands';
import { fail } from './messages';

/** Values within this distance below a band edge count as on it. */
const SNAP = 1e-12;

/**
 * @param d a coupling coordination degree in [0, 1]
 * @param lang "en" (default) or "zh"
 * @throws DomainError('num') when d is negative; ('value') when d is above 1 by more than rounding: a degree
 *   cannot exceed 1, so it is on another scale (a D of 65.1 read off a table in per cent, or computed from
 *   scores on a 0–100 scale), and the message names the fix
 */
export function coordinationLevel(d: number, lang?: string | null): string {
  if (!Number.isFinite(d)) throw fail('value', 'dNotNumber', {});
  if (d < 0) throw fail('num', 'dNegative', {});
  if (d > 1 + SNAP) {
    throw fail('value', 'dAboveOne', { d });
  }
  const band = Math.min(9, Math.floor(d * 10 + SNAP * 10));
  return COORDINATION_BANDS[band][lang === 'zh' ? 'zh' : 'en'];
}
