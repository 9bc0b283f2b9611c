/**
 * Least squares for the β-convergence regressions (BETA_CONVERGENCE and
 * BETA_CONVERGENCE_PANEL): Householder QR on columns that the caller has
 * already centred within the absorbed groups (the overall mean, or the unit
 * means of a fixed-effects model: the within transformation).
 *
 * The columns come in two kinds:
 * - nuisance columns first (the demeaned dummies of the second fixed effect),
 *   which the caller has already made linearly independent;
 * - then the regressors of interest (ln y, the controls): a regressor whose
 *   remaining norm after the columns before it is below 1e-7 of its own norm
 *   (the tolerance of R's lm) is collinear, and the model cannot be estimated.
 *
 * No copy of the caller's columns is kept: they are transformed in place.
 */
import type { Pacer } from '../shared/pacer';

/** R's lm (LINPACK dqrdc2) tolerance for a column that adds nothing. */
export const COLLINEARITY_TOLERANCE = 1e-7;

export interface LeastSquares {
  /** Coefficients of the columns, in order. */
  coef: Float64Array;
  /** Residual sum of squares. */
  rss: number;
  /** (X'X)⁻¹ of the columns, p×p row-major: σ² times it is the covariance of coef. */
  inverse: Float64Array;
  /** The first column found collinear with those before it, or −1. */
  collinear: number;
}

/**
 * Solves min ‖y − X b‖² for the columns of X (each of length n).
 * Columns and y are overwritten.
 */
export function leastSquares(columns: Float64Array[], y: Float64Array, baseNorms?: readonly number[]): LeastSquares {
  const steps = householder(columns, y, baseNorms);
  for (;;) {
    const s = steps.next();
    if (s.done === true) return s.value;
  }
}

/** leastSquares with a tick of the pacer after every column pair (each costs about 2n operations). */
export async function leastSquaresPaced(columns: Float64Array[], y: Float64Array, pacer: Pacer, baseNorms?: readonly number[]): Promise<LeastSquares> {
  const steps = householder(columns, y, baseNorms);
  for (;;) {
    const s = steps.next();
    if (s.done === true) return s.value;
    await pacer.tick();
  }
}

/**
 * @param baseNorms the norm each column's remaining norm is compared with for collinearity (default: its own norm);
 *   a caller that has already projected columns on nuisance effects passes their norms before that projection
 */
function* householder(columns: Float64Array[], y: Float64Array, baseNorms?: readonly number[]): Generator<void, LeastSquares> {
  const p = columns.length;
  const n = y.length;
  const r = new Float64Array(p * p);
  const qty = new Float64Array(p);
  const norms = baseNorms ?? columns.map((c) => norm(c, 0));
  for (let j = 0; j < p; j++) {
    const col = columns[j];
    const alpha = norm(col, j);
    if (!(norms[j] > 0) || alpha <= COLLINEARITY_TOLERANCE * norms[j]) {
      return { coef: new Float64Array(p), rss: NaN, inverse: new Float64Array(p * p), collinear: j };
    }
    // Householder vector v = x + sign(x_j)·‖x‖·e_j stored in col[j…n−1]; R_jj = −sign(x_j)·‖x‖.
    const sign = col[j] >= 0 ? 1 : -1;
    const rjj = -sign * alpha;
    col[j] += sign * alpha;
    const vtv = alpha * (alpha + Math.abs(col[j] - sign * alpha)) * 2; // ‖v‖² = 2‖x‖(‖x‖ + |x_j|)
    for (let k = j + 1; k < p; k++) {
      reflect(col, columns[k], j, n, vtv);
      r[j * p + k] = columns[k][j];
      yield;
    }
    reflect(col, y, j, n, vtv);
    r[j * p + j] = rjj;
    qty[j] = y[j];
  }
  let rss = 0;
  let c = 0;
  for (let i = p; i < n; i++) {
    // compensated, as numeric.ts's sum
    const v = y[i] * y[i];
    const t = rss + v;
    c += rss >= v ? rss - t + v : v - t + rss; // both ≥ 0
    rss = t;
  }
  rss += c;
  // R⁻¹ (upper triangular), then (X'X)⁻¹ = R⁻¹ R⁻ᵀ.
  const rinv = new Float64Array(p * p);
  for (let j = p - 1; j >= 0; j--) {
    rinv[j * p + j] = 1 / r[j * p + j];
    for (let k = j + 1; k < p; k++) {
      let s = 0;
      for (let m = j + 1; m <= k; m++) s += r[j * p + m] * rinv[m * p + k];
      rinv[j * p + k] = -s / r[j * p + j];
    }
  }
  const coef = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    let s = 0;
    for (let k = j; k < p; k++) s += rinv[j * p + k] * qty[k];
    coef[j] = s;
  }
  const inverse = new Float64Array(p * p);
  for (let a = 0; a < p; a++) {
    for (let b = a; b < p; b++) {
      let s = 0;
      for (let m = b; m < p; m++) s += rinv[a * p + m] * rinv[b * p + m];
      inverse[a * p + b] = s;
      inverse[b * p + a] = s;
    }
  }
  return { coef, rss, inverse, collinear: -1 };
}

/** target ← (I − 2vv'/v'v) target on rows j … n − 1, v = col[j…]. */
function reflect(col: Float64Array, target: Float64Array, j: number, n: number, vtv: number): void {
  let dot = 0;
  for (let i = j; i < n; i++) dot += col[i] * target[i];
  const f = (2 * dot) / vtv;
  for (let i = j; i < n; i++) target[i] -= f * col[i];
}

/** ‖x[from…]‖, scaled against overflow only when needed. (No Math.abs/Math.max in the loops: see meanOf in ols-convergence.ts.) */
export function norm(x: Float64Array, from = 0): number {
  let s = 0;
  for (let i = from; i < x.length; i++) s += x[i] * x[i];
  if (s > 1e-280 && s < 1e280) return Math.sqrt(s);
  let scale = 0;
  for (let i = from; i < x.length; i++) {
    const a = x[i] < 0 ? -x[i] : x[i];
    if (a > scale) scale = a;
  }
  if (scale === 0) return 0;
  s = 0;
  for (let i = from; i < x.length; i++) {
    const v = x[i] / scale;
    s += v * v;
  }
  return scale * Math.sqrt(s);
}
