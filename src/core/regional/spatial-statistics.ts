/**
 * What MORAN_I, GEARY_C and LOCAL_MORAN share: reading the options, the values
 * (n units × T columns) and the weights (readSpatialWeights, then the chosen
 * standardisation), and the weight constants S0, S1, S2 of Cliff and Ord.
 *
 * Weights given as coordinates with a standardisation that scales rows ("row",
 * "none") never become an n×n matrix: w_ij = a_i u_ij with u_ij = u_ji = 1/d_ij
 * and a_i = 1/Σ_j u_ij (row) or 1 (none), so one pass over the pairs i < j
 * (inverseDistanceSums: each distance once) gives every lag Σ_j w_ij x_j =
 * a_i Σ_j u_ij x_j, and a second pass (scaledInverseDistanceSums: the distances
 * again, cheaper than keeping n(n − 1)/2 of them, 31 MB at county scale) gives S1
 * and S2 (pairwiseConstants). The numbers are those of the matrix path up to
 * rounding (tests check 1e-12).
 */
import type { Cell, DomainError } from '../shared/errors';
import { Pacer } from '../shared/pacer';
import {
  coordinateVectors,
  type InverseDistanceSums,
  inverseDistanceSums,
  isCoordinateRange,
  readSpatialWeightsAsync,
  scaledInverseDistanceSums,
  standardizeInPlace,
  type WeightsStandardization,
} from './spatial-weights';
import { fail } from './messages';

// Math's functions, looked up once: in the hot loops a global lookup per call is measurably slower
// under some hosts (jest's sandbox proxies globals: Math.sqrt there costs ~0.4 µs a call).
const { sqrt } = Math;


export type Assumption = 'randomization' | 'normality';

export function parseStandardize(v: unknown): WeightsStandardization {
  const s = String(v ?? 'row').toLowerCase();
  if (s === 'row' || s === 'binary' || s === 'none') return s;
  throw fail('value', 'unknownStandardize', { value: s });
}

export function parseAssumption(v: unknown): Assumption {
  const s = String(v ?? 'randomization').toLowerCase();
  if (s === 'randomization' || s === 'normality') return s;
  throw fail('value', 'unknownAssumption', { value: s });
}

/** The values as n units × T columns; a column with a blank or a non-number is reported in its own result row. */
export interface ValueColumns {
  n: number;
  /** Centred values z = y − ȳ of each usable column (n each); null for a column that failed. */
  z: (Float64Array | null)[];
  /** The failure of each column (null when usable). */
  failure: (DomainError | null)[];
}

type Range = readonly (readonly unknown[])[];

/** Whether the values range is a single row of as many units as the weights have rows (read as a column then). */
function isUnitRow(values: Range, weights: Range): boolean {
  return values.length === 1 && Array.isArray(weights) && values[0].length === weights.length && weights.length > 1;
}

/**
 * Reads `values` (n×T, rows are units; a single row of n values is read as a column when the weights have n rows)
 * and centres each column. A column with a blank gets #VALUE!, a constant one #DIV/0!, in its own row.
 * @throws #N/A for fewer than minUnits units; #VALUE! for a malformed range
 */
export function readValueColumns(values: Range, weights: Range, minUnits: number): ValueColumns {
  if (!Array.isArray(values) || values.length === 0 || !Array.isArray(values[0]) || values[0].length === 0) throw fail('value', 'notRange', { name: 'values' });
  const rows: Range = isUnitRow(values, weights) ? values[0].map((v) => [v]) : values;
  const n = rows.length;
  const T = rows[0].length;
  for (const r of rows) if (r.length !== T) throw fail('value', 'notRectangular', { name: 'values' });
  if (n < minUnits) throw fail('na', 'tooFewUnits', { min: minUnits, n });
  const z: (Float64Array | null)[] = [];
  const failure: (DomainError | null)[] = [];
  for (let t = 0; t < T; t++) {
    const col = new Float64Array(n);
    let bad: DomainError | null = null;
    let total = 0;
    for (let i = 0; i < n; i++) {
      const v = rows[i][t];
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        const column = T > 1 ? t + 1 : null;
        bad =
          v === null || v === undefined || v === ''
            ? fail('value', 'blankUnit', { row: i + 1, column })
            : fail('value', 'unitNotNumber', { row: i + 1, column, value: typeof v === 'string' ? `"${v}"` : String(v) });
        break;
      }
      col[i] = v;
      total += v;
    }
    if (bad === null) {
      const m = total / n;
      let m2 = 0;
      for (let i = 0; i < n; i++) {
        col[i] -= m;
        m2 += col[i] * col[i];
      }
      // A second pass removes the rounding of the first mean (values of large magnitude and small spread).
      let r = 0;
      for (let i = 0; i < n; i++) r += col[i];
      r /= n;
      if (r !== 0) for (let i = 0; i < n; i++) col[i] -= r;
      let same = true;
      for (let i = 1; i < n && same; i++) if (rows[i][t] !== rows[0][t]) same = false;
      if (same || m2 === 0) bad = fail('div0', 'constantValues', { column: T > 1 ? t + 1 : null });
    }
    z.push(bad === null ? col : null);
    failure.push(bad);
  }
  return { n, z, failure };
}

/** readSpatialWeights for n units (yielding while it builds weights from coordinates), then the chosen standardisation (in place: the array is new). */
export async function readWeights(weights: Range, n: number, how: WeightsStandardization, pacer: Pacer): Promise<Float64Array> {
  const w = await readSpatialWeightsAsync(weights as (number | null)[][], n, pacer, 'weights');
  await pacer.tick();
  standardizeInPlace(w, n, how);
  await pacer.tick();
  return w;
}

/** Whether these weights take the pairwise path (coordinates, standardised by "row" or "none"): see the file's comment. */
export function isPairwisePath(weights: Range, n: number, how: WeightsStandardization): boolean {
  return (how === 'row' || how === 'none') && isCoordinateRange(weights, n);
}

/** inverseDistanceSums of the coordinates, with their unit vectors and the row scale a_i (w_ij = a_i u_ij) of the standardisation. */
export interface PairwiseWeights extends InverseDistanceSums {
  xyz: Float64Array;
  scale: Float64Array;
}

/**
 * The pairwise path's pass over the coordinates (isPairwisePath must hold).
 * @param x the T columns of the data, column-major (x[t·n + i])
 * @throws as readSpatialWeights for the coordinates
 */
export async function pairwiseWeights(
  weights: Range,
  n: number,
  how: WeightsStandardization,
  x: Float64Array,
  T: number,
  mode: 'lag' | 'squares',
  pacer: Pacer,
): Promise<PairwiseWeights> {
  const xyz = coordinateVectors(weights, 'weights');
  const sums = await inverseDistanceSums(xyz, n, x, T, mode, pacer, 'weights');
  const scale = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const r = sums.rowSums[i];
    scale[i] = how === 'none' ? 1 : r === 0 ? 0 : 1 / r;
  }
  return { ...sums, xyz, scale };
}

/** The usable columns (those not null) packed column-major, n each, and their indices. */
export function packColumns(columns: ValueColumns): { x: Float64Array; usable: number[] } {
  const usable: number[] = [];
  columns.z.forEach((z, t) => {
    if (z !== null) usable.push(t);
  });
  const n = columns.n;
  const x = new Float64Array(usable.length * n);
  usable.forEach((t, c) => x.set(columns.z[t] as Float64Array, c * n));
  return { x, usable };
}

/**
 * S0, S1, S2 of the pairwise path's w_ij = a_i u_ij (a second pass over the pairs):
 * S1 = Σ_{i<j} u_ij² (a_i + a_j)², S2 = Σ_i (a_i r_i + Σ_j a_j u_ji)².
 */
export async function pairwiseConstants(p: PairwiseWeights, n: number, pacer: Pacer): Promise<WeightConstants> {
  const { colSums, s1 } = await scaledInverseDistanceSums(p.xyz, n, p.scale, pacer);
  const rowSums = new Float64Array(n);
  let s0 = 0;
  let s2 = 0;
  for (let i = 0; i < n; i++) {
    const r = p.scale[i] * p.rowSums[i];
    rowSums[i] = r;
    s0 += r;
    const b = r + colSums[i];
    s2 += b * b;
  }
  if (s0 === 0) throw fail('div0', 'zeroWeights', {});
  return { s0, s1, s2, rowSums };
}

/** S0 = Σ w_ij, S1 = ½ Σ (w_ij + w_ji)², S2 = Σ (w_i· + w_·i)², and the row sums. */
export interface WeightConstants {
  s0: number;
  s1: number;
  s2: number;
  rowSums: Float64Array;
}

export async function weightConstants(w: Float64Array, n: number, pacer: Pacer): Promise<WeightConstants> {
  const rowSums = new Float64Array(n);
  const colSums = new Float64Array(n);
  let s1 = 0;
  for (let i = 0; i < n; i++) {
    const base = i * n;
    let r = 0;
    let s1Row = 0;
    for (let j = 0; j < n; j++) {
      const v = w[base + j];
      r += v;
      colSums[j] += v;
      if (j > i) {
        const a = v + w[j * n + i];
        s1Row += a * a;
      }
    }
    rowSums[i] = r;
    s1 += s1Row; // ½ Σ over ordered pairs = Σ over i < j (the diagonal is zero)
    await pacer.tick();
  }
  let s0 = 0;
  let s2 = 0;
  for (let i = 0; i < n; i++) {
    s0 += rowSums[i];
    const a = rowSums[i] + colSums[i];
    s2 += a * a;
  }
  if (s0 === 0) throw fail('div0', 'zeroWeights', {});
  return { s0, s1, s2, rowSums };
}

/** b2 = n Σz⁴ / (Σz²)², the sample kurtosis of the values. */
export function kurtosisB2(z: Float64Array): { m2: number; b2: number } {
  let s2 = 0;
  let s4 = 0;
  for (let i = 0; i < z.length; i++) {
    const q = z[i] * z[i];
    s2 += q;
    s4 += q * q;
  }
  return { m2: s2, b2: (z.length * s4) / (s2 * s2) };
}

/**
 * z = sign·(stat − E)/√V and the two-sided normal p. A variance that is 0 up to
 * rounding (at most 1e-10 of `scale`, the size of the terms it is the difference
 * of, e.g. E²) makes both cells #DIV/0!: the statistic cannot vary under these
 * weights (e.g. binary weights linking every pair of units).
 */
export function zAndP(stat: number, expected: number, variance: number, pTwoSided: (z: number) => number, scale: number, sign = 1): [Cell, Cell] {
  if (!(variance > 1e-10 * scale) || !Number.isFinite(variance)) {
    const e = fail('div0', 'zeroVariance', {});
    return [e, e];
  }
  const z = (sign * (stat - expected)) / sqrt(variance);
  return [z, pTwoSided(z)];
}
