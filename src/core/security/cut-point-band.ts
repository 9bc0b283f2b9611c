/**
 * Reads the cut points of a classification function (SECURITY_LEVEL,
 * STATUS_LEVEL) and finds the band of a value.
 */
import { fail } from './messages';

/** Values within this relative distance below a cut point count as on it (so 0.3 computed as 0.29999999999999999 is 0.3). */
const SNAP = 1e-12;

/**
 * @param thresholds ascending cut points, or null/undefined for the defaults
 * @param defaults the default cut points
 * @returns the cut points in force
 * @throws DomainError('value') when thresholds are not `defaults.length` ascending numbers
 */
export function readCutPoints(thresholds: readonly (number | null)[] | null | undefined, defaults: readonly number[]): readonly number[] {
  if (thresholds === null || thresholds === undefined) return defaults;
  const present = thresholds.filter((t): t is number => t !== null && t !== undefined);
  const ascending = present.every((t, i) => Number.isFinite(t) && (i === 0 || t > present[i - 1]));
  if (present.length !== defaults.length || present.length !== thresholds.length || !ascending) {
    throw fail('value', 'thresholdsNotAscending', { count: defaults.length, defaults });
  }
  return present;
}

/**
 * @param x the value to classify
 * @param thresholds three ascending cut points, or null/undefined for the defaults
 * @param defaults the default cut points
 * @returns the number of cut points at or below x: 0 to thresholds.length
 * @throws DomainError('value') when thresholds are not `defaults.length` ascending numbers
 */
export function cutPointBand(x: number, thresholds: readonly (number | null)[] | null | undefined, defaults: readonly number[]): number {
  const cuts = readCutPoints(thresholds, defaults);
  let band = 0;
  for (const cut of cuts) if (x >= cut - SNAP * Math.max(1, Math.abs(cut))) band++;
  return band;
}
