/**
 * CRITIC weights (Diakoulaki, Mavrotas & Papayannakis 1995; methods.md A3):
 * z = min-max by direction; s_j = sample sd (n − 1) of z_j; r_jk = Pearson
 * correlation of z_j and z_k; C_j = s_j Σ_k (1 − r_jk); w_j = C_j / Σ C.
 * CRITIC is direction-sensitive: a cost column reverses its correlations.
 *
 * Blank cells: s_j uses the values present in column j, r_jk the rows where
 * both columns have a value (pairwise, as pandas' DataFrame.corr); fewer than
 * 2 such rows, or no variation on them: #N/A.
 * A constant column gets weight 0 and is left out of the others' sums, as if
 * it were absent (its correlation is undefined). All columns constant, or no
 * column with any contrast and conflict (e.g. one varying column, or perfectly
 * correlated columns): #DIV/0!. Fewer than 2 rows or a column with fewer than
 * 2 values: #N/A.
 * Check: Tuş & Adalı (2019), via pymcdm.
 */
import { checkDirections, type Data, dataColumns, isConstantValues, normalizeValues, packColumns } from './normalize';
import { sum } from '../shared/numeric';
import { mean, pearson } from '../shared/statistics';
import { fail } from './messages';

export function criticWeights(data: Data, directions: readonly number[] | null = null): number[] {
  const m = dataColumns(data);
  const dirs = checkDirections(directions, m);
  const cols = packColumns(data, m);
  // Without any blank, only the deviations are read after this (crossSums), so z and then the
  // deviations overwrite the packed values in place: one copy of the data in all.
  const noBlank = cols.rows.every((r) => r === null);
  const z: (Column | null)[] = dirs.map((dir, j) => {
    const values = cols.values[j];
    if (values.length < 2) throw fail('na', 'tooFewValues', { column: j + 1 });
    if (isConstantValues(values)) return null;
    const zj = normalizeValues(values, dir, 'minmax', 0, j, values);
    const rows = cols.rows[j];
    // Deviations from the column's mean and their sum of squares: what pearson computes for a pair
    // of columns without blanks, and what sampleSd computes for the column, so computed once.
    const mu = mean(zj);
    const dev = noBlank ? zj : new Float64Array(zj.length);
    for (let i = 0; i < zj.length; i++) dev[i] = zj[i] - mu;
    return { z: zj, rows, dev, ss: sumOfSquares(dev) };
  });
  // sampleSd(z_j) = √(Σ (z − mean)² / (n − 1)): the same mean, the same squares, the same sum.
  const s = z.map((zj) => (zj === null ? 0 : Math.sqrt(zj.ss / (zj.z.length - 1))));
  // Σ dev_j · dev_k for the pairs of columns without blanks, all at once (crossSums).
  const full = z.map((zj) => zj !== null && zj.rows === null);
  const cross = crossSums(z, full, m);
  // Σ_k (1 − r_jk) over the varying columns k ≠ j; r is symmetric, so each pair is computed once.
  const conflict = new Array<number[]>(m);
  for (let j = 0; j < m; j++) conflict[j] = [];
  for (let j = 0; j < m; j++) {
    const zj = z[j];
    if (zj === null) continue;
    for (let k = j + 1; k < m; k++) {
      const zk = z[k];
      if (zk === null) continue;
      const term = 1 - correlation(zj, zk, j, k, full[j] && full[k] ? cross[j * m + k] : NaN);
      conflict[j].push(term);
      conflict[k].push(term);
    }
  }
  const c = s.map((sj, j) => sj * sum(conflict[j]));
  const total = sum(c);
  if (total <= 0) {
    throw fail('div0', 'noContrastAndConflict', {});
  }
  return c.map((v) => v / total);
}

/** sum() of the squares of dev, without the array of squares (same terms, same order). */
function sumOfSquares(dev: Float64Array): number {
  let s = 0;
  let c = 0;
  for (let i = 0; i < dev.length; i++) {
    const v = dev[i] * dev[i];
    const t = s + v;
    c += Math.abs(s) >= Math.abs(v) ? s - t + v : v - t + s;
    s = t;
  }
  return s + c;
}

/** Rows per tile of crossSums: a tile of every column stays in the cache while its pairs are summed. */
const TILE = 2048;

/**
 * For every pair j < k of columns without blanks, Σ dev_j[i] · dev_k[i] over
 * the rows in order, at cross[j·m + k]. The sums run tile by tile over the rows
 * and four pairs at a time (independent chains the processor overlaps), each
 * pair's running sum carried from tile to tile, so every pair adds the same
 * terms in the same order as one loop over all rows would: the result does not
 * depend on the tile size or on the blocking.
 *
 * Plain sums, as a BLAS matrix product (numpy's corrcoef) takes them: the
 * deviations are centred (|dev| ≤ 1) and the correlation is a ratio of such
 * sums, so its rounding error stays near n·2⁻⁵³ of Σ|dev_j·dev_k|, far below
 * what a weight shows (checked against numpy to 1e-12 in the tests); a
 * compensated sum here tripled the cost of CRITIC on large data.
 */
function crossSums(z: readonly (Column | null)[], full: readonly boolean[], m: number): Float64Array {
  const cross = new Float64Array(m * m);
  const idx: number[] = [];
  for (let j = 0; j < m; j++) if (full[j]) idx.push(j);
  const p = idx.length;
  if (p < 2) return cross;
  const n = (z[idx[0]] as Column).dev.length;
  const devs = idx.map((j) => (z[j] as Column).dev);
  // Running sums per pair (a, b) of positions in idx, at a·p + b.
  const sums = new Float64Array(p * p);
  for (let i0 = 0; i0 < n; i0 += TILE) {
    const i1 = Math.min(n, i0 + TILE);
    // Two columns a, a + 1 against four others at a time: 6 loads for 8 products.
    let a = 0;
    for (; a + 1 < p; a += 2) {
      sums1(devs[a], devs[a + 1], i0, i1, sums, a * p + a + 1);
      let b = a + 2;
      for (; b + 3 < p; b += 4) sums2x4(devs[a], devs[a + 1], devs[b], devs[b + 1], devs[b + 2], devs[b + 3], i0, i1, sums, a * p + b, (a + 1) * p + b);
      for (; b < p; b++) {
        sums1(devs[a], devs[b], i0, i1, sums, a * p + b);
        sums1(devs[a + 1], devs[b], i0, i1, sums, (a + 1) * p + b);
      }
    }
  }
  for (let a = 0; a < p; a++) for (let b = a + 1; b < p; b++) cross[idx[a] * m + idx[b]] = sums[a * p + b];
  return cross;
}

/** Rows i0 … i1 − 1 of the sums of x·y0 … x·y3 (pairs q … q + 3) and u·y0 … u·y3 (pairs r … r + 3), carried in sums. */
function sums2x4(
  x: Float64Array,
  u: Float64Array,
  y0: Float64Array,
  y1: Float64Array,
  y2: Float64Array,
  y3: Float64Array,
  i0: number,
  i1: number,
  sums: Float64Array,
  q: number,
  r: number,
): void {
  let s0 = sums[q];
  let s1 = sums[q + 1];
  let s2 = sums[q + 2];
  let s3 = sums[q + 3];
  let t0 = sums[r];
  let t1 = sums[r + 1];
  let t2 = sums[r + 2];
  let t3 = sums[r + 3];
  for (let i = i0; i < i1; i++) {
    const xi = x[i];
    const ui = u[i];
    const a0 = y0[i];
    const a1 = y1[i];
    const a2 = y2[i];
    const a3 = y3[i];
    s0 += xi * a0;
    s1 += xi * a1;
    s2 += xi * a2;
    s3 += xi * a3;
    t0 += ui * a0;
    t1 += ui * a1;
    t2 += ui * a2;
    t3 += ui * a3;
  }
  sums[q] = s0;
  sums[q + 1] = s1;
  sums[q + 2] = s2;
  sums[q + 3] = s3;
  sums[r] = t0;
  sums[r + 1] = t1;
  sums[r + 2] = t2;
  sums[r + 3] = t3;
}

/** sums2x4 for one pair. */
function sums1(x: Float64Array, y: Float64Array, i0: number, i1: number, sums: Float64Array, q: number): void {
  let s0 = sums[q];
  for (let i = i0; i < i1; i++) s0 += x[i] * y[i];
  sums[q] = s0;
}

/**
 * A normalised column: its values present, their rows (null: every row), deviations from their
 * mean and Σ dev². When no column has a blank, z is dev (only its length is read then).
 */
interface Column {
  z: Float64Array;
  rows: Int32Array | null;
  dev: Float64Array;
  ss: number;
}

/** Pearson r over the rows where both columns have a value; sxy = Σ dev_a · dev_b when neither has a blank (crossSums). */
function correlation(a: Column, b: Column, j: number, k: number, sxy: number): number {
  let r: number | null;
  if (a.rows === null && b.rows === null) {
    // Every row in both: pearson's arithmetic with the per-column parts computed once.
    const n = a.z.length;
    r = n < 2 || a.ss === 0 || b.ss === 0 ? null : Math.max(-1, Math.min(1, sxy / Math.sqrt(a.ss * b.ss)));
  } else {
    const x: number[] = [];
    const y: number[] = [];
    const at = (c: Column): Map<number, number> => new Map(Array.from(c.z, (v, q) => [c.rows === null ? q : c.rows[q], v]));
    const bv = at(b);
    at(a).forEach((v, i) => {
      const w = bv.get(i);
      if (w !== undefined) {
        x.push(v);
        y.push(w);
      }
    });
    r = pearson(x, y);
  }
  if (r === null) {
    throw fail('na', 'tooFewCommonRows', { first: j + 1, second: k + 1 });
  }
  return r;
}
