/**
 * AHP priority weights (Saaty 1977, 1980) of a positive reciprocal
 * pairwise-comparison matrix A (a_ij = how much more important criterion i is
 * than j; a_ji = 1/a_ij; a_ii = 1):
 * - "eigen" (default): the principal right eigenvector, by power iteration
 *   (started from the row geometric means, iterated until no weight moves by
 *   more than 1e-15), rescaled to sum to 1
 * - "geometric": the row geometric means, rescaled to sum to 1
 *
 * The matrix is checked: square (#VALUE!), every cell a number (#VALUE!
 * naming the blank cell), positive (#NUM!), diagonal 1 and reciprocal
 * a_ij·a_ji = 1 within 1e-6 (#VALUE! naming both cells). Enter 1/3 as =1/3,
 * not 0.333, or the reciprocity check fails.
 */
import { fail } from './messages';
import { sum } from '../shared/numeric';

export type AhpMethod = 'eigen' | 'geometric';

const RECIPROCAL_TOLERANCE = 1e-6;

export function ahpWeights(matrix: readonly (readonly (number | null)[])[], method: AhpMethod = 'eigen'): number[] {
  const a = pairwiseMatrix(matrix);
  return method === 'geometric' ? rowGeometricMeans(a) : principalEigen(a).vector;
}

/** Checks a pairwise-comparison matrix and returns it with numbers only. */
export function pairwiseMatrix(matrix: readonly (readonly (number | null)[])[]): number[][] {
  const n = matrix.length;
  if (n === 0 || matrix.some((row) => row.length !== n)) {
    throw fail('value', 'notSquare', { rows: n, cols: n > 0 ? matrix[0].length : 0 });
  }
  const a = matrix.map((row, i) =>
    row.map((v, j) => {
      if (v === null) throw fail('value', 'blankComparison', { row: i + 1, column: j + 1 });
      if (!(v > 0)) throw fail('num', 'nonPositiveComparison', { row: i + 1, column: j + 1 });
      return v;
    }),
  );
  for (let i = 0; i < n; i++) {
    if (Math.abs(a[i][i] - 1) > RECIPROCAL_TOLERANCE) {
      throw fail('value', 'notUnitDiagonal', { index: i + 1, value: a[i][i] });
    }
    for (let j = i + 1; j < n; j++) {
      if (Math.abs(a[i][j] * a[j][i] - 1) > RECIPROCAL_TOLERANCE) {
        throw fail('value', 'notReciprocal', { row: j + 1, column: i + 1, value: a[j][i], opposite: a[i][j] });
      }
    }
  }
  return a;
}

function rowGeometricMeans(a: readonly number[][]): number[] {
  const g = a.map((row) => Math.exp(sum(row.map(Math.log)) / row.length));
  const total = sum(g);
  return g.map((x) => x / total);
}

/**
 * The principal eigenvalue and eigenvector (summing to 1) of a positive matrix
 * by power iteration. By Perron's theorem the iteration converges from any
 * positive start; for a consistent matrix the geometric-mean start is already
 * the answer.
 */
export function principalEigen(a: readonly number[][]): { value: number; vector: number[] } {
  const n = a.length;
  let w = rowGeometricMeans(a);
  let lambda = n;
  for (let iteration = 0; iteration < 100000; iteration++) {
    const y = a.map((row) => sum(row.map((x, j) => x * w[j])));
    lambda = sum(y); // Σ(Aw) with Σw = 1
    const next = y.map((x) => x / lambda);
    const change = Math.max(...next.map((x, i) => Math.abs(x - w[i])));
    w = next;
    if (change <= 1e-15) break;
  }
  return { value: lambda, vector: w };
}
