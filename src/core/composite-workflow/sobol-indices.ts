/**
 * Variance-based (Sobol) sensitivity indices from a Saltelli A/B/AB_i design,
 * with the estimators of COINr's SA_estimate (methods-analysis.md §8):
 *
 *   y = (y_A, y_B, y_AB1, …, y_ABd), N values each, in that order
 *   V    = var(c(y_A, y_B)), the sample variance of the 2N values (n − 1)
 *   S_i  = mean(y_B · (y_ABi − y_A)) / V            (Saltelli 2010)
 *   ST_i = Σ (y_A − y_ABi)² / (2N · V)              (Jansen 1999)
 *
 * where AB_i is matrix A with its column i taken from B. Estimates are not
 * clipped: with few runs S_i can be slightly negative and ST_i above 1, which
 * is estimator noise (COINr reports them so too). V = 0 (the output never
 * changes) makes every index 0/0: #DIV/0!.
 *
 * Sums are compensated (numeric.ts), so the estimates do not depend on the
 * order of the runs beyond rounding.
 */
import type { DomainError } from '../shared/errors';
import { fail } from './messages';
import { sum } from '../shared/numeric';

export interface SobolIndices {
  variance: number;
  first: number[];
  total: number[];
}

/** The estimates for d inputs from the N(d + 2) outputs y of the design; zeroVariance makes the #DIV/0! of an output that never changes. */
export function sobolIndices(
  y: ArrayLike<number>,
  N: number,
  d: number,
  zeroVariance: () => DomainError = () => fail('div0', 'outputConstant', {}),
): SobolIndices {
  if (!(N >= 1 && d >= 1 && y.length === N * (d + 2))) throw new RangeError(`sobolIndices: expected N(d + 2) = ${N * (d + 2)} outputs, got ${y.length}`);
  const ab = new Float64Array(2 * N);
  for (let r = 0; r < 2 * N; r++) ab[r] = y[r];
  const mean = sum(ab) / (2 * N);
  const squares = new Float64Array(2 * N);
  for (let r = 0; r < 2 * N; r++) squares[r] = (ab[r] - mean) * (ab[r] - mean);
  const variance = 2 * N > 1 ? sum(squares) / (2 * N - 1) : 0;
  if (!(variance > 0)) throw zeroVariance();
  const first: number[] = [];
  const total: number[] = [];
  const a = new Float64Array(N);
  const b = new Float64Array(N);
  for (let i = 0; i < d; i++) {
    const offset = (2 + i) * N;
    for (let r = 0; r < N; r++) {
      const yA = y[r];
      const yB = y[N + r];
      const yABi = y[offset + r];
      a[r] = yB * (yABi - yA);
      b[r] = (yA - yABi) * (yA - yABi);
    }
    first.push(sum(a) / N / variance);
    total.push(sum(b) / (2 * N * variance));
  }
  return { variance, first, total };
}
