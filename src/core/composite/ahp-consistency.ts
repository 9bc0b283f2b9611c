/**
 * Saaty's consistency ratio of a pairwise-comparison matrix:
 * CI = (λmax − n)/(n − 1), CR = CI / RI(n), with λmax the principal
 * eigenvalue (power iteration, see ahp-weights.ts) and RI Saaty's random
 * index. CR < 0.1 is the usual threshold of acceptable consistency.
 * n = 1 or 2: a reciprocal matrix is always consistent, RI = 0, CR = 0.
 * n > 15: no RI in the table: #N/A.
 */
import { fail } from './messages';
import { pairwiseMatrix, principalEigen } from './ahp-weights';

/**
 * Saaty's random index RI for n = 1…15 (index n − 1): Saaty (1980) for
 * n ≤ 10, and the usual extension to 15 (1.51, 1.48, 1.56, 1.57, 1.59) used by
 * most AHP software; the same table as the R package MCDA and many others.
 */
export const SAATY_RANDOM_INDEX: readonly number[] = [
  0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59,
];

export function ahpConsistency(matrix: readonly (readonly (number | null)[])[]): number {
  const a = pairwiseMatrix(matrix);
  const n = a.length;
  if (n > SAATY_RANDOM_INDEX.length) {
    throw fail('na', 'tooManyCriteria', { max: SAATY_RANDOM_INDEX.length });
  }
  if (n <= 2) return 0;
  const { value } = principalEigen(a);
  // λmax ≥ n for a positive reciprocal matrix; rounding must not make CI negative.
  const ci = Math.max(0, (value - n) / (n - 1));
  return ci / SAATY_RANDOM_INDEX[n - 1];
}
