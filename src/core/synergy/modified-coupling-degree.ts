/**
 * The "modified" coupling degree of Wang Shujia et al. (2021, Journal of
 * Natural Resources 36(3): 793–810), AS TRANSCRIBED in the project's methods
 * note (shared/reference/methods.md, A6), which marks it unverified:
 *   C = √{ [1 − √( Σ_{i>j} (U_i − U_j)² / Σ_{m=1}^{k−1} m )] · Π_i (U_i / max U)^(1/(k−1)) }
 *   k = 2: C = √{ (1 − |U1 − U2|) · U_min / U_max }
 *
 * NOT exposed in Excel: COUPLING_COORDINATION refuses formula "modified" until
 * the formula has been checked against the paper. Kept here, with tests against
 * the derived vectors, so that enabling it is a one-line change.
 */
import { sum } from '../shared/numeric';
import { fail } from './messages';

/**
 * @param u k ≥ 2 subsystem scores in [0, 1]
 * @throws DomainError('na') for k < 2, ('num') for a score outside [0, 1], ('div0') when every score is 0
 */
export function modifiedCouplingDegree(u: readonly number[]): number {
  const k = u.length;
  if (k < 2) throw fail('na', 'modifiedTooFewSubsystems', {});
  u.forEach((v, i) => {
    if (!(v >= 0 && v <= 1)) throw fail('num', 'modifiedScoreOutside', { index: i + 1, value: v });
  });
  const max = Math.max(...u);
  if (max === 0) throw fail('div0', 'modifiedScoresAllZero', {});
  const squares: number[] = [];
  for (let i = 0; i < k; i++) for (let j = 0; j < i; j++) squares.push((u[i] - u[j]) ** 2);
  const pairs = (k * (k - 1)) / 2; // Σ_{m=1}^{k−1} m
  const gap = 1 - Math.sqrt(sum(squares) / pairs);
  let ratio = 1;
  for (const v of u) ratio *= (v / max) ** (1 / (k - 1));
  return Math.sqrt(Math.max(0, gap * ratio));
}
