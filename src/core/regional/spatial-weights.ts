/**
 * Spatial weights: SPATIAL_WEIGHTS, and the shared reading of the `weights`
 * argument of MORAN_I, GEARY_C, LOCAL_MORAN and MARKOV_TRANSITION (spatial
 * Markov), as the catalogue's "Conventions added for these sections" define it.
 *
 * Weights are dense, row-major n×n Float64Arrays (w[i * n + j] is the weight of
 * unit j in the lag of unit i): at county scale (n = 2,800) that is 63 MB, built
 * in one pass over the upper triangle. MORAN_I, GEARY_C and LOCAL_MORAN, given
 * coordinates, need no matrix: inverseDistanceSums and scaledInverseDistanceSums
 * (at the end) compute each distance of a pair once per pass and keep only sums
 * per unit (see spatial-statistics.ts).
 *
 * The `weights` argument (readSpatialWeights) is either
 * - an n×n matrix of non-negative numbers with a zero diagonal, in the order of
 *   the values; a blank cell is 0 (no link), so Excel on the web (which sends a
 *   blank as null) and on Windows (which sends 0) agree; returned as given; or
 * - n×2 coordinates (latitude, longitude in degrees), from which the
 *   row-standardised inverse great-circle-distance weights 1/d are built,
 *   exactly as SPATIAL_WEIGHTS(coordinates) with its defaults.
 * With n = 2 a 2×2 range is both: it is read as the matrix (with two units,
 * row-standardised inverse distances are [[0, 1], [1, 0]] whatever the
 * coordinates, so pass that matrix).
 *
 * Distances are great-circle kilometres on a sphere of radius 6,371 km, from the
 * chord between the two points' unit vectors: d = 2R·asin(c/2), the same value
 * as the haversine formula (both are exact for the sphere; the chord form needs
 * one square root and one arcsine per pair and keeps its accuracy for nearby
 * points, as haversine does).
 *
 * A unit with no neighbours (an island: a zero row) keeps a zero row under every
 * standardisation.
 */
import type { Cell } from '../shared/errors';
import { fail } from './messages';

// Math's functions, looked up once: in the hot loops a global lookup per call is measurably slower
// under some hosts (jest's sandbox proxies globals: Math.sqrt there costs ~0.4 µs a call).
const { abs, asin, cos, pow, sin, sqrt } = Math;

/** The radius of the sphere, km (the catalogue's convention, as GeoDa's and libpysal's default). */
export const EARTH_RADIUS_KM = 6371;
/** 2R, a module constant: an exported one is read as a property of `exports` in CommonJS builds (jest, the benchmark), per use. */
const EARTH_DIAMETER_KM = 2 * EARTH_RADIUS_KM;

export type WeightsStandardization = 'row' | 'binary' | 'none';
export type WeightsKind = 'inverse-distance' | 'knn' | 'threshold' | 'economic';

const KINDS: readonly WeightsKind[] = ['inverse-distance', 'knn', 'threshold', 'economic'];

/** The cell as a finite number, or null for a blank; anything else is #VALUE! naming the cell. */
function cellNumber(v: unknown, argName: string, r: number, c: number): number | null {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  throw fail('value', 'cellNotNumber', { name: argName, row: r + 1, column: c + 1, value: typeof v === 'string' ? `"${v}"` : String(v) });
}

/** Rows × columns of a range, checking that it is rectangular. */
function shapeOf(range: readonly (readonly unknown[])[], argName: string): [number, number] {
  if (!Array.isArray(range) || range.length === 0 || !Array.isArray(range[0])) throw fail('value', 'notRange', { name: argName });
  const cols = range[0].length;
  for (const row of range) if (!Array.isArray(row) || row.length !== cols) throw fail('value', 'notRectangular', { name: argName });
  return [range.length, cols];
}

/**
 * Reads an n×n weights matrix: non-negative, zero diagonal, blanks 0.
 * @throws #VALUE! for text; #NUM! for a negative weight or a non-zero diagonal
 */
function readMatrix(weights: readonly (readonly unknown[])[], n: number, argName: string): Float64Array {
  const w = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const row = weights[i];
    for (let j = 0; j < n; j++) {
      const v = cellNumber(row[j], argName, i, j) ?? 0;
      if (v < 0) throw fail('num', 'negativeWeight', { name: argName, row: i + 1, column: j + 1, value: v });
      if (i === j && v !== 0) throw fail('num', 'nonZeroDiagonal', { name: argName, row: i + 1, column: j + 1, value: v });
      w[i * n + j] = v;
    }
  }
  return w;
}

/** Whether an n-row range of `cols` columns is a weights matrix (n×n; also when n = 2) rather than coordinates. */
export function isWeightsMatrix(n: number, cols: number): boolean {
  return cols === n;
}

/**
 * The `weights` argument as the catalogue defines it, row-major n×n.
 * - n×n: the matrix as given (non-negative, zero diagonal; a blank cell is 0).
 * - n×2 (n ≠ 2): latitude, longitude in degrees → row-standardised inverse
 *   great-circle-distance weights, as SPATIAL_WEIGHTS(coordinates).
 * - n = 2: a 2×2 range is read as the matrix.
 * @throws #VALUE! when the range has not n rows, or neither n nor 2 columns, or holds text or a blank coordinate;
 *   #NUM! for a negative weight, a non-zero diagonal or a latitude outside [−90, 90];
 *   #DIV/0! when two units have the same coordinates (a zero distance)
 */
export function readSpatialWeights(weights: (number | null)[][], n: number, argName = 'weights'): Float64Array {
  const [rows, cols] = shapeOf(weights, argName);
  if (rows !== n || (cols !== n && cols !== 2)) {
    throw fail('value', 'weightsShape', { name: argName, n, rows, cols });
  }
  if (isWeightsMatrix(n, cols)) return readMatrix(weights, n, argName);
  const p = readCoordinates(weights, argName);
  const w = new Float64Array(n * n);
  for (let i = 0; i < n; i++) inverseDistanceRow(p, w, i, 1, argName);
  standardizeInPlace(w, n, 'row');
  return w;
}

/**
 * readSpatialWeights, yielding to Excel (pacer.tick) between rows while it builds
 * weights from coordinates (n = 2,800: about 0.2 s of great-circle distances).
 */
export async function readSpatialWeightsAsync(
  weights: (number | null)[][],
  n: number,
  pacer: { tick(): Promise<void> },
  argName = 'weights',
): Promise<Float64Array> {
  const [rows, cols] = shapeOf(weights, argName);
  if (rows !== n || cols !== 2 || isWeightsMatrix(n, cols)) return readSpatialWeights(weights, n, argName);
  const p = readCoordinates(weights, argName);
  const w = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    inverseDistanceRow(p, w, i, 1, argName);
    await pacer.tick();
  }
  standardizeInPlace(w, n, 'row');
  return w;
}

/**
 * A new array with the weights standardised:
 * - "row": each row divided by its sum (rows sum to 1);
 * - "binary": every positive weight → 1;
 * - "none": a copy, as given.
 * An island (a row of zeros) stays zero under each.
 */
export function standardizeWeights(w: Float64Array, n: number, how: WeightsStandardization): Float64Array {
  const out = w.slice(0, n * n);
  standardizeInPlace(out, n, how);
  return out;
}

/** standardizeWeights without the copy (for arrays the caller owns). */
export function standardizeInPlace(w: Float64Array, n: number, how: WeightsStandardization): void {
  if (how === 'none') return;
  if (how === 'binary') {
    for (let k = 0; k < n * n; k++) if (w[k] > 0) w[k] = 1;
    return;
  }
  if (how !== 'row') throw fail('value', 'unknownStandardize', { value: String(how) });
  for (let i = 0; i < n; i++) {
    const base = i * n;
    let s = 0;
    for (let j = 0; j < n; j++) s += w[base + j];
    if (s === 0) continue; // an island keeps its zero row
    for (let j = 0; j < n; j++) w[base + j] /= s;
  }
}

/** The number of units with no neighbour (a zero row). */
export function countIslands(w: Float64Array, n: number): number {
  let islands = 0;
  for (let i = 0; i < n; i++) {
    let any = false;
    for (let j = i * n, end = j + n; j < end; j++) {
      if (w[j] !== 0) {
        any = true;
        break;
      }
    }
    if (!any) islands++;
  }
  return islands;
}

/** Unit vectors of the points on the sphere: x, y, z per unit (3n). */
interface Points {
  n: number;
  xyz: Float64Array;
}

/**
 * Reads n×2 coordinates (latitude, longitude in degrees).
 * @throws #VALUE! for a blank or text; #NUM! for a latitude outside [−90, 90]
 */
function readCoordinates(coords: readonly (readonly unknown[])[], argName: string): Points {
  const n = coords.length;
  const xyz = new Float64Array(3 * n);
  const rad = Math.PI / 180;
  for (let i = 0; i < n; i++) {
    const lat = cellNumber(coords[i][0], argName, i, 0);
    const lon = cellNumber(coords[i][1], argName, i, 1);
    if (lat === null || lon === null) throw fail('value', 'blankCoordinate', { name: argName, row: i + 1 });
    if (lat < -90 || lat > 90) {
      throw fail('num', 'latitudeOutOfRange', { name: argName, row: i + 1, value: lat });
    }
    const phi = lat * rad;
    const lambda = lon * rad;
    const c = cos(phi);
    xyz[3 * i] = c * cos(lambda);
    xyz[3 * i + 1] = c * sin(lambda);
    xyz[3 * i + 2] = sin(phi);
  }
  return { n, xyz };
}

/** Great-circle distance (km) between points i and j. */
function distance(p: Points, i: number, j: number): number {
  const a = p.xyz;
  const dx = a[3 * i] - a[3 * j];
  const dy = a[3 * i + 1] - a[3 * j + 1];
  const dz = a[3 * i + 2] - a[3 * j + 2];
  const half = sqrt(dx * dx + dy * dy + dz * dz) / 2;
  return EARTH_DIAMETER_KM * asin(half < 1 ? half : 1);
}

/** All pairwise distances, row-major n×n (symmetric, zero diagonal). */
function distanceMatrix(p: Points): Float64Array {
  const n = p.n;
  const d = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const v = distance(p, i, j);
      d[i * n + j] = v;
      d[j * n + i] = v;
    }
  }
  return d;
}

/** Inverse power of a positive distance, with the common powers spelled out (Math.pow is slow). */
function inversePower(d: number, power: number): number {
  if (power === 1) return 1 / d;
  if (power === 2) return 1 / (d * d);
  return pow(d, -power);
}

/** Fills w_ij = w_ji = 1/d_ij^power for j > i. @throws #DIV/0! for two units at the same place */
function inverseDistanceRow(p: Points, w: Float64Array, i: number, power: number, argName: string): void {
  const n = p.n;
  const a = p.xyz;
  const xi = a[3 * i];
  const yi = a[3 * i + 1];
  const zi = a[3 * i + 2];
  for (let j = i + 1; j < n; j++) {
    const dx = xi - a[3 * j];
    const dy = yi - a[3 * j + 1];
    const dz = zi - a[3 * j + 2];
    const half = sqrt(dx * dx + dy * dy + dz * dz) / 2;
    const d = EARTH_DIAMETER_KM * asin(half < 1 ? half : 1);
    if (d === 0) throw fail('div0', 'samePlace', { name: argName, first: i + 1, second: j + 1 });
    const v = inversePower(d, power);
    w[i * n + j] = v;
    w[j * n + i] = v;
  }
}

/**
 * Unstandardised weights from coordinates, for the distance kinds.
 * @param param the power (inverse-distance), k (knn) or the distance band in km (threshold; null: the smallest band that gives every unit a neighbour)
 */
function distanceWeights(p: Points, kind: Exclude<WeightsKind, 'economic'>, param: number | null, argName: string): Float64Array {
  const n = p.n;
  const w = new Float64Array(n * n);
  if (kind === 'inverse-distance') {
    for (let i = 0; i < n; i++) inverseDistanceRow(p, w, i, param ?? 1, argName);
    return w;
  }
  const d = distanceMatrix(p);
  if (kind === 'threshold') {
    let band = param;
    if (band === null) {
      // The smallest band in which every unit has a neighbour: the largest nearest-neighbour distance.
      band = 0;
      for (let i = 0; i < n; i++) {
        let nearest = Infinity;
        for (let j = 0; j < n; j++) if (j !== i && d[i * n + j] < nearest) nearest = d[i * n + j];
        if (nearest > band && nearest < Infinity) band = nearest;
      }
    }
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (j !== i && d[i * n + j] <= band) w[i * n + j] = 1;
    return w;
  }
  // knn: the k nearest, ties broken by the lower row number (a running top-k list: n·k per row, no sort).
  const k = param ?? 4;
  const best = new Int32Array(k);
  for (let i = 0; i < n; i++) {
    const row = i * n;
    let size = 0;
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const dj = d[row + j];
      // j comes after every listed unit, so on a tie the listed one stays ahead.
      if (size === k && !(dj < d[row + best[k - 1]])) continue;
      let t = size < k ? size++ : k - 1;
      while (t > 0 && d[row + best[t - 1]] > dj) {
        best[t] = best[t - 1];
        t--;
      }
      best[t] = j;
    }
    for (let t = 0; t < size; t++) w[row + best[t]] = 1;
  }
  return w;
}

/**
 * SPATIAL_WEIGHTS: an n×n spatial weights matrix with a zero diagonal.
 * @param coordinates n×2 latitude, longitude (degrees); for "economic" an n×1 column of values
 * @param kind "inverse-distance" (default, 1/d^param), "knn" (param nearest, default 4), "threshold" (within param km), "economic" (1/abs(x_i − x_j)^param)
 * @param param see kind; omitted: 1 (power), 4 (k), the smallest band giving every unit a neighbour (threshold), 1 (economic power)
 * @param standardize "row" (default) or "none"
 * @throws #VALUE! for a wrong shape, text or blanks; #NUM! for a bad param or latitude; #DIV/0! for equal places (inverse-distance) or equal values (economic)
 */
export function spatialWeights(
  coordinates: readonly (readonly unknown[])[],
  kind: unknown = 'inverse-distance',
  param: number | null = null,
  standardize: unknown = 'row',
): Cell[][] {
  const how = String(standardize ?? 'row').toLowerCase();
  if (how !== 'row' && how !== 'none') throw fail('value', 'unknownWeightsStandardize', { value: how });
  const k = String(kind ?? 'inverse-distance').toLowerCase() as WeightsKind;
  if (!KINDS.includes(k)) throw fail('value', 'unknownKind', { value: k });
  const [n, cols] = shapeOf(coordinates, 'coordinates');
  if (param !== null && !Number.isFinite(param)) throw fail('num', 'paramNotNumber', {});

  let w: Float64Array;
  if (k === 'economic') {
    if (cols !== 1) throw fail('value', 'economicShape', { rows: n, cols });
    const power = param ?? 1;
    if (!(power > 0)) throw fail('num', 'nonPositiveEconomicPower', { value: power });
    const x = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const v = cellNumber(coordinates[i][0], 'coordinates', i, 0);
      if (v === null) throw fail('value', 'blankEconomicValue', { row: i + 1 });
      x[i] = v;
    }
    w = new Float64Array(n * n);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const gap = abs(x[i] - x[j]);
        if (gap === 0) throw fail('div0', 'sameValue', { first: i + 1, second: j + 1 });
        const v = inversePower(gap, power);
        w[i * n + j] = v;
        w[j * n + i] = v;
      }
    }
  } else {
    if (cols !== 2) throw fail('value', 'coordinatesShape', { rows: n, cols });
    if (k === 'inverse-distance' && param !== null && !(param > 0)) throw fail('num', 'nonPositivePower', { value: param });
    if (k === 'knn') {
      const kk = param ?? 4;
      if (!(Number.isInteger(kk) && kk >= 1 && kk <= n - 1)) throw fail('num', 'badNeighbourCount', { max: n - 1, value: kk });
    }
    if (k === 'threshold' && param !== null && !(param > 0)) throw fail('num', 'nonPositiveBand', { value: param });
    w = distanceWeights(readCoordinates(coordinates, 'coordinates'), k, param, 'coordinates');
  }
  standardizeInPlace(w, n, how);
  const out: Cell[][] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = Array.from(w.subarray(i * n, (i + 1) * n));
  return out;
}

/** Neighbour lists (compressed rows) of a dense weights matrix: the positive weights of each row, in column order. */
export interface SparseWeights {
  n: number;
  /** start[i] … start[i + 1] − 1 index the neighbours of unit i. */
  start: Int32Array;
  index: Int32Array;
  weight: Float64Array;
}

export function sparseWeights(w: Float64Array, n: number): SparseWeights {
  let nnz = 0;
  for (let k = 0; k < n * n; k++) if (w[k] !== 0) nnz++;
  const start = new Int32Array(n + 1);
  const index = new Int32Array(nnz);
  const weight = new Float64Array(nnz);
  let t = 0;
  for (let i = 0; i < n; i++) {
    start[i] = t;
    for (let j = 0, k = i * n; j < n; j++, k++) {
      if (w[k] !== 0) {
        index[t] = j;
        weight[t] = w[k];
        t++;
      }
    }
  }
  start[n] = t;
  return { n, start, index, weight };
}

/**
 * Whether readSpatialWeights reads this `weights` range for n units as n×2 coordinates
 * (n rows of 2 cells, n ≠ 2), without reading or checking the cells.
 */
export function isCoordinateRange(weights: unknown, n: number): boolean {
  if (!Array.isArray(weights) || weights.length !== n || isWeightsMatrix(n, 2)) return false;
  for (const row of weights) if (!Array.isArray(row) || row.length !== 2) return false;
  return true;
}

/**
 * The unit vectors (x, y, z per unit: 3n) of n×2 coordinates, read and checked as readSpatialWeights reads them.
 * @throws #VALUE! for a blank or text; #NUM! for a latitude outside [−90, 90]
 */
export function coordinateVectors(coords: readonly (readonly unknown[])[], argName = 'weights'): Float64Array {
  return readCoordinates(coords, argName).xyz;
}

/** What inverseDistanceSums returns: sums over the unstandardised weights u_ij = 1/d_ij (u_ii = 0). */
export interface InverseDistanceSums {
  /** Σ_j u_ij per unit: the row sums (the matrix is symmetric: also the column sums). */
  rowSums: Float64Array;
  /** Σ_j u_ij² per unit. */
  squareSums: Float64Array;
  /** Per column t of the data (column-major: sums[t·n + i]): Σ_j u_ij x_j ("lag") or Σ_j u_ij (x_i − x_j)² ("squares"). */
  sums: Float64Array;
}

/**
 * One pass over the pairs i < j of the inverse-distance weights u_ij = u_ji = 1/d_ij (power 1, the
 * default of readSpatialWeights for coordinates) without building the n×n matrix: each distance
 * is computed once (the same expression as inverseDistanceRow, so the same numbers), and with it
 * the row sums, the sums of squares and, for each of the T columns x of the data (column-major, n
 * each), the unstandardised lag Σ_j u_ij x_j ("lag") or Σ_j u_ij (x_i − x_j)² ("squares").
 * Any standardisation that scales rows (row: a_i = 1/Σ_j u_ij; none: a_i = 1) follows from these:
 * Σ_j w_ij x_j = a_i·lag_i. Yields between rows (pacer.tick every few rows).
 * @throws #DIV/0! for two units at the same place (the first such pair in row order, as readSpatialWeights)
 */
export async function inverseDistanceSums(
  xyz: Float64Array,
  n: number,
  x: Float64Array,
  T: number,
  mode: 'lag' | 'squares',
  pacer: { tick(): Promise<void> },
  argName = 'weights',
): Promise<InverseDistanceSums> {
  const rowSums = new Float64Array(n);
  const squareSums = new Float64Array(n);
  const sums = new Float64Array(T * n);
  const u = new Float64Array(n);
  for (let i = 0; i < n - 1; i++) {
    distanceRow(xyz, n, i, u, rowSums, squareSums, argName);
    let t = 0;
    if (mode === 'lag') {
      for (; t + 4 <= T; t += 4) lagRow4(x, n, i, t * n, u, sums);
      for (; t < T; t++) lagRow1(x, n, i, t * n, u, sums);
    } else {
      for (; t + 4 <= T; t += 4) squaresRow4(x, n, i, t * n, u, sums);
      for (; t < T; t++) squaresRow1(x, n, i, t * n, u, sums);
    }
    if ((i & 7) === 7) await pacer.tick();
  }
  return { rowSums, squareSums, sums };
}

/**
 * For w_ij = a_i u_ij (u from coordinates as in inverseDistanceSums, a_i the scale of row i), a
 * second pass over the pairs (the distances computed again: cheaper than keeping n(n − 1)/2 of
 * them): the column sums Σ_i w_ij and S1 = ½ Σ_ij (w_ij + w_ji)² = Σ_{i<j} u_ij² (a_i + a_j)².
 */
export async function scaledInverseDistanceSums(
  xyz: Float64Array,
  n: number,
  a: Float64Array,
  pacer: { tick(): Promise<void> },
): Promise<{ colSums: Float64Array; s1: number }> {
  const colSums = new Float64Array(n);
  let s1 = 0;
  for (let i = 0; i < n - 1; i++) {
    s1 += scaledRow(xyz, n, i, a, colSums);
    if ((i & 7) === 7) await pacer.tick();
  }
  return { colSums, s1 };
}

/** u_ij = 1/d_ij (the expression of inverseDistanceRow), d_ij the great-circle distance (km) of the unit vectors. */
function inverseChord(xi: number, yi: number, zi: number, xyz: Float64Array, p: number): number {
  const dx = xi - xyz[p];
  const dy = yi - xyz[p + 1];
  const dz = zi - xyz[p + 2];
  const half = sqrt(dx * dx + dy * dy + dz * dz) / 2;
  return 1 / (EARTH_DIAMETER_KM * asin(half < 1 ? half : 1));
}

/** @throws #DIV/0! for rows i and j at the same place (out of the hot loop: its message would cost registers there). */
function samePlace(i: number, j: number, argName: string): never {
  throw fail('div0', 'samePlace', { name: argName, first: i + 1, second: j + 1 });
}

/** u_ij = 1/d_ij for j > i into u[j], with the row sums and the sums of squares of both units. */
function distanceRow(xyz: Float64Array, n: number, i: number, u: Float64Array, rowSums: Float64Array, squareSums: Float64Array, argName: string): void {
  const xi = xyz[3 * i];
  const yi = xyz[3 * i + 1];
  const zi = xyz[3 * i + 2];
  let r = 0;
  let q = 0;
  for (let j = i + 1, p = 3 * j; j < n; j++, p += 3) {
    const dx = xi - xyz[p];
    const dy = yi - xyz[p + 1];
    const dz = zi - xyz[p + 2];
    const half = sqrt(dx * dx + dy * dy + dz * dz) / 2;
    const v = 1 / (EARTH_DIAMETER_KM * asin(half < 1 ? half : 1));
    if (v === Infinity) samePlace(i, j, argName);
    const v2 = v * v;
    u[j] = v;
    r += v;
    q += v2;
    rowSums[j] += v;
    squareSums[j] += v2;
  }
  rowSums[i] += r;
  squareSums[i] += q;
}

/** Row i of scaledInverseDistanceSums: adds a_i u_ij to colSums[j] for j > i and Σ_j a_j u_ij to colSums[i]; returns Σ_{j>i} u_ij² (a_i + a_j)². */
function scaledRow(xyz: Float64Array, n: number, i: number, a: Float64Array, colSums: Float64Array): number {
  const xi = xyz[3 * i];
  const yi = xyz[3 * i + 1];
  const zi = xyz[3 * i + 2];
  const ai = a[i];
  let c = 0;
  let s1 = 0;
  for (let j = i + 1, p = 3 * j; j < n; j++, p += 3) {
    const v = inverseChord(xi, yi, zi, xyz, p);
    const aj = a[j];
    const s = v * (ai + aj);
    s1 += s * s;
    c += v * aj;
    colSums[j] += v * ai;
  }
  colSums[i] += c;
  return s1;
}

/** Σ_j u_ij x_j of four columns (from offset o) for unit i over j > i, and the symmetric terms for each j. */
function lagRow4(x: Float64Array, n: number, i: number, o: number, u: Float64Array, out: Float64Array): void {
  const o1 = o + n;
  const o2 = o1 + n;
  const o3 = o2 + n;
  const x0 = x[o + i];
  const x1 = x[o1 + i];
  const x2 = x[o2 + i];
  const x3 = x[o3 + i];
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  for (let j = i + 1; j < n; j++) {
    const v = u[j];
    s0 += v * x[o + j];
    s1 += v * x[o1 + j];
    s2 += v * x[o2 + j];
    s3 += v * x[o3 + j];
    out[o + j] += v * x0;
    out[o1 + j] += v * x1;
    out[o2 + j] += v * x2;
    out[o3 + j] += v * x3;
  }
  out[o + i] += s0;
  out[o1 + i] += s1;
  out[o2 + i] += s2;
  out[o3 + i] += s3;
}

function lagRow1(x: Float64Array, n: number, i: number, o: number, u: Float64Array, out: Float64Array): void {
  const x0 = x[o + i];
  let s0 = 0;
  for (let j = i + 1; j < n; j++) {
    const v = u[j];
    s0 += v * x[o + j];
    out[o + j] += v * x0;
  }
  out[o + i] += s0;
}

/** Σ_j u_ij (x_i − x_j)² of four columns for unit i over j > i, and the same term for each j. */
function squaresRow4(x: Float64Array, n: number, i: number, o: number, u: Float64Array, out: Float64Array): void {
  const o1 = o + n;
  const o2 = o1 + n;
  const o3 = o2 + n;
  const x0 = x[o + i];
  const x1 = x[o1 + i];
  const x2 = x[o2 + i];
  const x3 = x[o3 + i];
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  for (let j = i + 1; j < n; j++) {
    const v = u[j];
    const d0 = x0 - x[o + j];
    const d1 = x1 - x[o1 + j];
    const d2 = x2 - x[o2 + j];
    const d3 = x3 - x[o3 + j];
    const e0 = v * d0 * d0;
    const e1 = v * d1 * d1;
    const e2 = v * d2 * d2;
    const e3 = v * d3 * d3;
    s0 += e0;
    s1 += e1;
    s2 += e2;
    s3 += e3;
    out[o + j] += e0;
    out[o1 + j] += e1;
    out[o2 + j] += e2;
    out[o3 + j] += e3;
  }
  out[o + i] += s0;
  out[o1 + i] += s1;
  out[o2 + i] += s2;
  out[o3 + i] += s3;
}

function squaresRow1(x: Float64Array, n: number, i: number, o: number, u: Float64Array, out: Float64Array): void {
  const x0 = x[o + i];
  let s0 = 0;
  for (let j = i + 1; j < n; j++) {
    const v = u[j];
    const d0 = x0 - x[o + j];
    const e0 = v * d0 * d0;
    s0 += e0;
    out[o + j] += e0;
  }
  out[o + i] += s0;
}
