/**
 * The eigenvalues and eigenvectors of a real symmetric matrix (PCA_SCORE's
 * correlation matrix): Householder reduction to tridiagonal form, then the
 * implicit QL algorithm with Wilkinson's shift on the tridiagonal matrix
 * (Bowdler, Martin, Reinsch & Wilkinson 1968, the "tql2" of EISPACK; Golub &
 * Van Loan, Matrix Computations, §8.3), the transformations accumulated into
 * the eigenvectors. Written for this add-in from the algorithm's description.
 *
 * About 6m³ floating-point operations for an m×m matrix: under a millisecond
 * at m = 50, about a second at m = 500. The work yields to Excel through the
 * pacer after each Householder step and each eigenvalue, so no synchronous
 * stretch exceeds a few milliseconds even at 500 columns.
 *
 * Accuracy: each eigenvalue to about m·2⁻⁵² of the matrix's norm (absolute);
 * each eigenvector to about that over its eigenvalue's distance to the nearest
 * other. Eigenvectors of (nearly) equal eigenvalues are not determined by the
 * matrix (any rotation within their plane is as good), and this solver then
 * returns one such basis, not necessarily the one another program returns.
 *
 * Signs are left as the algorithm leaves them: the caller signs each vector.
 */
import type { Pacer } from '../shared/pacer';

export interface SymmetricEigen {
  /** The m eigenvalues, largest first. */
  values: Float64Array;
  /** The unit eigenvectors, column-major: vector k (of values[k]) at [k·m, (k + 1)·m). */
  vectors: Float64Array;
}

/** Sweeps of the QL iteration allowed per eigenvalue (it takes one or two, rarely more). */
const MAX_ITERATIONS = 60;
const EPSILON = 2 ** -52;

/**
 * The eigen-decomposition of the symmetric m×m matrix a (row-major; only its
 * lower triangle is read). The input is not modified.
 */
export async function symmetricEigen(a: ArrayLike<number>, m: number, pacer: Pick<Pacer, 'tick'> | null = null): Promise<SymmetricEigen> {
  const { abs, sqrt, hypot } = Math;
  // w: the working copy, full and symmetric, row-major; q: the accumulated orthogonal
  // transformation, column-major (column c at [c·m, (c + 1)·m)), identity to begin with.
  const w = new Float64Array(m * m);
  for (let r = 0; r < m; r++) {
    for (let c = 0; c <= r; c++) {
      const x = a[r * m + c];
      w[r * m + c] = x;
      w[c * m + r] = x;
    }
  }
  const q = new Float64Array(m * m);
  for (let c = 0; c < m; c++) q[c * m + c] = 1;
  const d = new Float64Array(m);
  const e = new Float64Array(m);
  const v = new Float64Array(m);
  const p = new Float64Array(m);
  const t = new Float64Array(m);

  // 1. Householder: for k = 0 … m − 3, a reflection H = I − β v v' on the indices k + 1 … m − 1
  // zeroes column k below its subdiagonal; W ← H W H, Q ← Q H.
  for (let k = 0; k + 2 < m; k++) {
    const lo = k + 1;
    let scale = 0;
    for (let r = lo; r < m; r++) scale = Math.max(scale, abs(w[r * m + k]));
    if (scale === 0) continue;
    // The column scaled by its largest entry, so that its squares neither overflow nor underflow.
    let norm2 = 0;
    for (let r = lo; r < m; r++) {
      const x = w[r * m + k] / scale;
      v[r] = x;
      norm2 += x * x;
    }
    const x0 = v[lo];
    const alpha = x0 >= 0 ? -sqrt(norm2) : sqrt(norm2);
    v[lo] = x0 - alpha;
    // v'v = ‖x‖² − 2 α x0 + α² = 2 (‖x‖² − α x0), without cancellation since α and x0 have opposite signs.
    const vtv = 2 * (norm2 - alpha * x0);
    const beta = 2 / vtv;
    // p = β S v over the trailing block S = W[lo…, lo…]; K = (β / 2) v'p; t = p − K v.
    let vp = 0;
    for (let r = lo; r < m; r++) {
      let s = 0;
      const row = r * m;
      for (let c = lo; c < m; c++) s += w[row + c] * v[c];
      p[r] = beta * s;
      vp += v[r] * p[r];
    }
    const kk = 0.5 * beta * vp;
    for (let r = lo; r < m; r++) t[r] = p[r] - kk * v[r];
    // S ← S − v t' − t v'
    for (let r = lo; r < m; r++) {
      const vr = v[r];
      const tr = t[r];
      const row = r * m;
      for (let c = lo; c < m; c++) w[row + c] -= vr * t[c] + tr * v[c];
    }
    // Column k and row k: α·scale on the subdiagonal, 0 below it.
    w[lo * m + k] = alpha * scale;
    w[k * m + lo] = alpha * scale;
    for (let r = lo + 1; r < m; r++) {
      w[r * m + k] = 0;
      w[k * m + r] = 0;
    }
    // Q ← Q H: with g = Q v (over the columns lo…), column c of Q less β v_c g.
    t.fill(0);
    for (let c = lo; c < m; c++) {
      const vc = v[c];
      if (vc === 0) continue;
      const col = c * m;
      for (let r = 0; r < m; r++) t[r] += q[col + r] * vc;
    }
    for (let c = lo; c < m; c++) {
      const f = beta * v[c];
      if (f === 0) continue;
      const col = c * m;
      for (let r = 0; r < m; r++) q[col + r] -= f * t[r];
    }
    if (pacer !== null) await pacer.tick();
  }
  for (let i = 0; i < m; i++) {
    d[i] = w[i * m + i];
    e[i] = i + 1 < m ? w[(i + 1) * m + i] : 0;
  }

  // 2. Implicit QL on the tridiagonal matrix (d on the diagonal, e[i] coupling i and i + 1),
  // each plane rotation applied to columns i and i + 1 of Q.
  // A coupling is negligible below 2⁻⁵² of the norm seen so far (EISPACK tql2's test): absolute, so
  // that a block of (near) zero eigenvalues, as a singular correlation matrix has, deflates at once.
  let norm = 0;
  for (let l = 0; l < m; l++) {
    let iterations = 0;
    norm = Math.max(norm, abs(d[l]) + abs(e[l]));
    for (;;) {
      // The first negligible coupling at or after l splits off the block l … j.
      let j = l;
      for (; j + 1 < m; j++) if (abs(e[j]) <= EPSILON * norm) break;
      if (j === l) break;
      if (++iterations > MAX_ITERATIONS) throw new Error('the symmetric eigen-decomposition did not converge');
      // Wilkinson's shift from the 2×2 block at l.
      let g = (d[l + 1] - d[l]) / (2 * e[l]);
      let r = hypot(g, 1);
      g = d[j] - d[l] + e[l] / (g + (g >= 0 ? r : -r));
      let s = 1;
      let c = 1;
      let shift = 0;
      let i = j - 1;
      for (; i >= l; i--) {
        const f = s * e[i];
        const b = c * e[i];
        r = hypot(f, g);
        e[i + 1] = r;
        if (r === 0) {
          // The rotation underflowed: the block has split; start again from l.
          d[i + 1] -= shift;
          e[j] = 0;
          break;
        }
        s = f / r;
        c = g / r;
        g = d[i + 1] - shift;
        r = (d[i] - g) * s + 2 * c * b;
        shift = s * r;
        d[i + 1] = g + shift;
        g = c * r - b;
        const ci = i * m;
        const cn = ci + m;
        for (let k = 0; k < m; k++) {
          const z1 = q[cn + k];
          const z0 = q[ci + k];
          q[cn + k] = s * z0 + c * z1;
          q[ci + k] = c * z0 - s * z1;
        }
      }
      if (r === 0 && i >= l) continue;
      d[l] -= shift;
      e[l] = g;
      e[j] = 0;
    }
    if (pacer !== null) await pacer.tick();
  }

  // 3. Largest first (a stable order: equal eigenvalues keep the algorithm's order).
  const order = Array.from({ length: m }, (_, i) => i).sort((x, y) => d[y] - d[x] || x - y);
  const values = new Float64Array(m);
  const vectors = new Float64Array(m * m);
  order.forEach((from, to) => {
    values[to] = d[from];
    vectors.set(q.subarray(from * m, (from + 1) * m), to * m);
  });
  return { values, vectors };
}
