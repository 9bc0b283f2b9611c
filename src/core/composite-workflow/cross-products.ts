/**
 * The column statistics that PCA_SCORE, CORRELATION_MATRIX and CRONBACH_ALPHA
 * share: the data packed by column, each column centred on its mean, and the
 * matrix of cross products of the centred columns (n − 1 times the covariance
 * matrix), from which the correlations come.
 *
 * - Packing: one pass over Excel's rows into one Float64Array, column j at
 *   [j·n, (j + 1)·n), a blank as NaN (wide data transposed in blocks of rows,
 *   so that each column's values of a block are written together).
 * - Means: the corrected two-pass algorithm (Chan, Golub & LeVeque 1983):
 *   μ₀ = Σx / n, then μ = μ₀ + Σ(x − μ₀) / n, which removes the rounding of
 *   the first sum; the deviations x − μ are then centred to rounding.
 * - Cross products: Σ_i d_ij d_ik for every pair j ≤ k, in tiles of rows (a
 *   tile of every column stays in the cache while its pairs are summed), two
 *   columns against four at a time (eight independent sums the processor
 *   overlaps). Each tile's sums are added to the totals, so a total is a sum of
 *   per-tile sums: blocked summation, whose rounding error grows with the tile
 *   length plus the number of tiles rather than with n (a BLAS product, as
 *   numpy's corrcoef uses, sums the same way). The deviations are centred,
 *   so no cancellation is left for a compensated sum to repair.
 */
import type { Data } from '../composite';
import type { Pacer } from '../shared/pacer';

/** The most columns (indicators) PCA_SCORE and CORRELATION_MATRIX take: an m×m matrix of 250,000 cells. */
export const MAX_CORRELATION_COLUMNS = 500;

/**
 * The data by column: column j at [j·n, (j + 1)·n) of x, a blank as NaN; blanks[j] counts
 * column j's blanks and sums[j] adds its values (plainly, in blocks of rows: the first pass of
 * the corrected two-pass mean, which `centre` takes).
 */
export interface PackedColumns {
  n: number;
  m: number;
  x: Float64Array;
  blanks: Int32Array;
  sums: Float64Array;
}

/** Rows per block of the transposition of wide data. */
const PACK_BLOCK = 16;

/**
 * Multiplies the packed columns whose largest magnitude is below 1e-100 or
 * above 1e100 by a power of two (exact), so that their squares stay within the
 * range of doubles: each column by its own factor (`common` false: for
 * correlations, which do not depend on a column's scale), or every column by
 * one factor (`common` true: for Cronbach's α, which depends on the columns'
 * relative scales but not on a common one). Blanks (NaN) stay NaN; the sums
 * are scaled with their columns.
 */
export function scaleExtremeColumns(packed: PackedColumns, common: boolean): void {
  const { n, m, x, sums } = packed;
  const largest = (j: number) => {
    let big = 0;
    for (let i = j * n; i < (j + 1) * n; i++) {
      const a = x[i] < 0 ? -x[i] : x[i];
      if (a > big) big = a;
    }
    return big;
  };
  const factorFor = (big: number) => (big > 0 && (big < 1e-100 || big > 1e100) ? 2 ** -Math.round(Math.log2(big)) : 1);
  const apply = (j: number, f: number) => {
    if (f === 1) return;
    for (let i = j * n; i < (j + 1) * n; i++) x[i] *= f;
    sums[j] *= f;
  };
  if (common) {
    let big = 0;
    for (let j = 0; j < m; j++) big = Math.max(big, largest(j));
    const f = factorFor(big);
    for (let j = 0; j < m; j++) apply(j, f);
  } else {
    for (let j = 0; j < m; j++) apply(j, factorFor(largest(j)));
  }
}

export function packByColumn(data: Data, m: number): PackedColumns {
  const n = data.length;
  const x = new Float64Array(n * m);
  const blanks = new Int32Array(m);
  const sums = new Float64Array(m);
  if (m > 32) {
    // Row by row, the writes stride n apart, one stream per column: past ~32 columns that is more
    // streams than the cache keeps up with, so wide data goes in blocks of rows.
    for (let i0 = 0; i0 < n; i0 += PACK_BLOCK) {
      const i1 = Math.min(n, i0 + PACK_BLOCK);
      for (let j = 0; j < m; j++) {
        let s = 0;
        for (let i = i0, k = j * n + i0; i < i1; i++, k++) {
          const v = data[i][j];
          if (v === null || v === undefined) {
            x[k] = NaN;
            blanks[j]++;
          } else {
            x[k] = v;
            s += v;
          }
        }
        sums[j] += s;
      }
    }
  } else {
    for (let i = 0; i < n; i++) {
      const row = data[i];
      for (let j = 0, k = i; j < m; j++, k += n) {
        const v = row[j];
        if (v === null || v === undefined) {
          x[k] = NaN;
          blanks[j]++;
        } else {
          x[k] = v;
          sums[j] += v;
        }
      }
    }
  }
  return { n, m, x, blanks, sums };
}

/**
 * The rows with a value in every column (the complete rows), packed by column
 * as packByColumn packs them; rows[k] is the data row of packed row k (null:
 * every row is complete, and the packing is the input's own, its sums too; sums is null
 * otherwise).
 */
export function completeRows(packed: PackedColumns): { n: number; x: Float64Array; rows: Int32Array | null; sums: Float64Array | null } {
  const { n, m, x, blanks } = packed;
  if (blanks.every((b) => b === 0)) return { n, x, rows: null, sums: packed.sums };
  const keep = new Uint8Array(n).fill(1);
  for (let j = 0; j < m; j++) {
    if (blanks[j] === 0) continue;
    for (let i = 0, k = j * n; i < n; i++, k++) if (x[k] !== x[k]) keep[i] = 0;
  }
  let c = 0;
  for (let i = 0; i < n; i++) c += keep[i];
  const rows = new Int32Array(c);
  for (let i = 0, r = 0; i < n; i++) if (keep[i] === 1) rows[r++] = i;
  const out = new Float64Array(c * m);
  for (let j = 0; j < m; j++) {
    const from = j * n;
    const to = j * c;
    for (let r = 0; r < c; r++) out[to + r] = x[from + rows[r]];
  }
  return { n: c, x: out, rows, sums: null };
}

/**
 * Centres x[offset … offset + n − 1] (no blank) on its mean, in place, by the
 * corrected two-pass algorithm; `sum` is Σx when the caller has it (packByColumn's
 * sums). Returns the mean, or null when the values are all equal (then they are
 * left as they are).
 */
export function centre(x: Float64Array, offset: number, n: number, sum?: number): number | null {
  const end = offset + n;
  let i = offset;
  if (sum === undefined) {
    let s0 = 0;
    let s1 = 0;
    for (; i + 1 < end; i += 2) {
      s0 += x[i];
      s1 += x[i + 1];
    }
    if (i < end) s0 += x[i];
    sum = s0 + s1;
  }
  const mu0 = sum / n;
  const first = x[offset];
  let varying = false;
  let r0 = 0;
  let r1 = 0;
  for (i = offset; i + 1 < end; i += 2) {
    const a = x[i];
    const b = x[i + 1];
    r0 += a - mu0;
    r1 += b - mu0;
    if (a !== first || b !== first) varying = true;
  }
  if (i < end) {
    r0 += x[i] - mu0;
    if (x[i] !== first) varying = true;
  }
  if (!varying) return null;
  const mu = mu0 + (r0 + r1) / n;
  for (i = offset; i < end; i++) x[i] -= mu;
  return mu;
}

/** Rows per tile of the cross products: a tile of 50 columns is 200 KB. */
const TILE = 512;

/**
 * The cross products Σ_i c_a[i] c_b[i] of the columns (each of length n), as a
 * full symmetric p×p matrix, row-major. Yields to Excel through the pacer
 * between tiles of rows.
 */
export async function crossProducts(cols: readonly Float64Array[], n: number, pacer: Pick<Pacer, 'tick'> | null = null): Promise<Float64Array> {
  const p = cols.length;
  const g = new Float64Array(p * p);
  if (p === 0) return g;
  // Four columns per block: the last block is padded with the last column, its sums then dropped.
  const col = (j: number): Float64Array => cols[j < p ? j : p - 1];
  for (let i0 = 0; i0 < n; i0 += TILE) {
    const i1 = Math.min(n, i0 + TILE);
    for (let a = 0; a < p; a += 2) {
      const x = col(a);
      const u = col(a + 1);
      for (let b = a; b < p; b += 4) tile2x4(x, u, col(b), col(b + 1), col(b + 2), col(b + 3), i0, i1, g, p, a, b);
    }
    if (pacer !== null) await pacer.tick();
  }
  for (let a = 0; a < p; a++) for (let b = a + 1; b < p; b++) g[b * p + a] = g[a * p + b];
  return g;
}

/**
 * Rows i0 … i1 − 1 of the sums of x·y0 … x·y3 (row a) and u·y0 … u·y3 (row a + 1),
 * added to g at the pairs (a, b … b + 3) and (a + 1, b … b + 3) that lie on or above
 * the diagonal and within the p columns.
 */
function tile2x4(
  x: Float64Array,
  u: Float64Array,
  y0: Float64Array,
  y1: Float64Array,
  y2: Float64Array,
  y3: Float64Array,
  i0: number,
  i1: number,
  g: Float64Array,
  p: number,
  a: number,
  b: number,
): void {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let t0 = 0;
  let t1 = 0;
  let t2 = 0;
  let t3 = 0;
  for (let i = i0; i < i1; i++) {
    const xi = x[i];
    const ui = u[i];
    const c0 = y0[i];
    const c1 = y1[i];
    const c2 = y2[i];
    const c3 = y3[i];
    s0 += xi * c0;
    s1 += xi * c1;
    s2 += xi * c2;
    s3 += xi * c3;
    t0 += ui * c0;
    t1 += ui * c1;
    t2 += ui * c2;
    t3 += ui * c3;
  }
  const ra = a * p;
  const rb = ra + p;
  const u1 = a + 1 < p;
  g[ra + b] += s0;
  if (u1 && b >= a + 1) g[rb + b] += t0;
  if (b + 1 < p) {
    g[ra + b + 1] += s1;
    if (u1) g[rb + b + 1] += t1;
  }
  if (b + 2 < p) {
    g[ra + b + 2] += s2;
    if (u1) g[rb + b + 2] += t2;
  }
  if (b + 3 < p) {
    g[ra + b + 3] += s3;
    if (u1) g[rb + b + 3] += t3;
  }
}
