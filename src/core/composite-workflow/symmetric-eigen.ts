/**
 * The eigenvalues and eigenvectors of a real symmetric matrix (PCA_SCORE's
 * correlation matrix): Householder reduction to tridiagonal form, then the
 * implicit QL algorithm with Wilkinson's shift on the tridiagonal matrix
 * (Bowdler, Martin, Reinsch & Wilkinson 1968, the "tql2" of EISPACK; Golub &
 * Van Loan, Matrix Computations, §8.3), the transformations accumulated into
 * the eigenvectors (the reflections backwards, then each plane rotation).
 * Written for this add-in from the algorithm's description.
 *
 * About 5m³ floating-point operations for an m×m matrix: about a millisecond
 * at m = 50, a second at m = 500. The work yields to Excel through the
 * pacer after each Householder step, each step of their accumulation and each
 * eigenvalue, so that no synchronous stretch exceeds a few milliseconds even
 * at 500 columns.
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
 *
 * The async function only sequences the steps and yields between them; each
 * step is a plain function, which V8 optimises as usual (a hot loop resumed
 * inside an async function after an await ran about ten times slower).
 */
export async function symmetricEigen(a: ArrayLike<number>, m: number, pacer: Pick<Pacer, 'tick'> | null = null): Promise<SymmetricEigen> {
  const st = start(a, m);
  // 1. Householder: for k = 0 … m − 3, a reflection H = I − β v v' on the indices k + 1 … m − 1
  // zeroes column k below its subdiagonal; W ← H W H.
  for (let k = 0; k + 2 < m; k++) {
    householder(st, k);
    if (pacer !== null) await pacer.tick();
  }
  // Q = H_0 H_1 … H_{m−3}, accumulated backwards (Q ← H_k Q touches only the block from k + 1 on).
  for (let k = m - 3; k >= 0; k--) {
    accumulate(st, k);
    if (pacer !== null) await pacer.tick();
  }
  tridiagonal(st);
  // 2. Implicit QL on the tridiagonal matrix, one eigenvalue at a time.
  for (let l = 0; l < m; l++) {
    ql(st, l);
    if (pacer !== null) await pacer.tick();
  }
  // 3. Largest first (a stable order: equal eigenvalues keep the algorithm's order).
  const { d, q } = st;
  const order = Array.from({ length: m }, (_, i) => i).sort((x, y) => d[y] - d[x] || x - y);
  const values = new Float64Array(m);
  const vectors = new Float64Array(m * m);
  order.forEach((from, to) => {
    values[to] = d[from];
    vectors.set(q.subarray(from * m, (from + 1) * m), to * m);
  });
  return { values, vectors };
}

/** The working state of one decomposition. */
interface EigenState {
  m: number;
  /** The working copy of the matrix, full and symmetric, row-major. */
  w: Float64Array;
  /** The reflections: v_k at [k·m, (k + 1)·m) (entries k + 1 …), β_k (0: none). */
  hv: Float64Array;
  hb: Float64Array;
  /** The accumulated orthogonal transformation, column-major (column c at [c·m, (c + 1)·m)). */
  q: Float64Array;
  /** The tridiagonal matrix: d on the diagonal, e[i] coupling i and i + 1 (e[m − 1] = 0). */
  d: Float64Array;
  e: Float64Array;
  /** The largest |d_l| + |e_l| seen so far by the QL iteration. */
  norm: number;
  p: Float64Array;
  t: Float64Array;
}

function start(a: ArrayLike<number>, m: number): EigenState {
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
  return {
    m,
    w,
    hv: new Float64Array(m * m),
    hb: new Float64Array(m),
    q,
    d: new Float64Array(m),
    e: new Float64Array(m),
    norm: 0,
    p: new Float64Array(m),
    t: new Float64Array(m),
  };
}

/** Householder step k: the reflection that zeroes column k below its subdiagonal, applied on both sides. */
function householder(st: EigenState, k: number): void {
  const { abs, sqrt } = Math;
  const { m, w, p, t } = st;
  const lo = k + 1;
  const v = st.hv.subarray(k * m, (k + 1) * m);
  let scale = 0;
  for (let r = lo; r < m; r++) scale = Math.max(scale, abs(w[r * m + k]));
  if (scale === 0) return;
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
  const beta = 1 / (norm2 - alpha * x0);
  st.hb[k] = beta;
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
}

/** Q ← H_k Q on the block of rows and columns k + 1 … (the columns before it are still those of I). */
function accumulate(st: EigenState, k: number): void {
  const { m, q } = st;
  const beta = st.hb[k];
  if (beta === 0) return;
  const lo = k + 1;
  const v = st.hv.subarray(k * m, (k + 1) * m);
  for (let c = lo; c < m; c++) {
    const col = c * m;
    let s = 0;
    for (let r = lo; r < m; r++) s += v[r] * q[col + r];
    const f = beta * s;
    if (f === 0) continue;
    for (let r = lo; r < m; r++) q[col + r] -= f * v[r];
  }
}

function tridiagonal(st: EigenState): void {
  const { m, w, d, e } = st;
  for (let i = 0; i < m; i++) {
    d[i] = w[i * m + i];
    e[i] = i + 1 < m ? w[(i + 1) * m + i] : 0;
  }
}

/**
 * The implicit QL iteration for eigenvalue l, each plane rotation applied to columns i and
 * i + 1 of Q. A coupling is negligible below 2⁻⁵² of the norm seen so far (EISPACK tql2's
 * test): absolute, so that a block of (near) zero eigenvalues, as a singular correlation
 * matrix has, deflates at once.
 */
function ql(st: EigenState, l: number): void {
  const { abs } = Math;
  const { m, d, e, q } = st;
  let iterations = 0;
  st.norm = Math.max(st.norm, abs(d[l]) + abs(e[l]));
  const tiny = EPSILON * st.norm;
  for (;;) {
    // The first negligible coupling at or after l splits off the block l … j.
    let j = l;
    for (; j + 1 < m; j++) if (abs(e[j]) <= tiny) break;
    if (j === l) return;
    if (++iterations > MAX_ITERATIONS) throw new Error('the symmetric eigen-decomposition did not converge');
    // Wilkinson's shift from the 2×2 block at l.
    let g = (d[l + 1] - d[l]) / (2 * e[l]);
    let r = pythag(g, 1);
    g = d[j] - d[l] + e[l] / (g + (g >= 0 ? r : -r));
    let s = 1;
    let c = 1;
    let shift = 0;
    let i = j - 1;
    for (; i >= l; i--) {
      const f = s * e[i];
      const b = c * e[i];
      r = pythag(f, g);
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
}

/** √(a² + b²) without overflow or underflow (Math.hypot does the same, some ten times slower in V8). */
function pythag(a: number, b: number): number {
  const x = Math.abs(a);
  const y = Math.abs(b);
  if (x > y) {
    const r = y / x;
    return x * Math.sqrt(1 + r * r);
  }
  if (y === 0) return 0;
  const r = x / y;
  return y * Math.sqrt(1 + r * r);
}
