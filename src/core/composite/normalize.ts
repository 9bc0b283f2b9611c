/**
 * NORMALIZE and the normalisation helpers shared by the weighting and scoring
 * functions (methods.md A1).
 *
 * Per column j, on the values present (blank cells are left out of the
 * column's statistics and stay blank), with direction D_j = 1 (benefit) or −1 (cost):
 * - minmax:     (x − min)/(max − min); cost (max − x)/(max − min)
 * - zscore:     (x − mean)/sd with the sample sd (n − 1); cost −z
 * - percentile: (rank − 1)/(n − 1), rank ascending with ties at their lowest
 *               rank, i.e. the share of the other values that are strictly
 *               smaller: Excel's PERCENTRANK.INC without its truncation to 3
 *               digits; cost 1 − that
 * - fracmax:    x / max; cost min / x (values must be ≥ 0)
 * then + shift (default 0; the Chinese literature often uses 0.0001).
 *
 * Panel ("global") normalisation: stack the units × years into one range; the
 * statistics are then taken over all rows (COINr global = TRUE).
 */
import { type Cell, DomainError } from '../shared/errors';
import { fail } from './messages';
import { mean, sampleSd } from '../shared/statistics';

export type Direction = 1 | -1;
export type NormalizeMethod = 'minmax' | 'zscore' | 'percentile' | 'fracmax';
export type Data = readonly (readonly (number | null)[])[];

/** The number of columns of a data range; #N/A when it has fewer than `minRows` rows. */
export function dataColumns(data: Data, minRows = 2, argName = 'data'): number {
  if (data.length < minRows) {
    throw fail('na', 'tooFewRows', { min: minRows, name: argName, rows: data.length });
  }
  const m = data[0].length;
  if (data.some((row) => row.length !== m)) throw fail('value', 'notRectangular', { name: argName });
  return m;
}

/** Directions checked against m columns; omitted (null) = every indicator is a benefit. */
export function checkDirections(directions: readonly number[] | null | undefined, m: number): Direction[] {
  if (directions === null || directions === undefined) return new Array<Direction>(m).fill(1);
  if (directions.length !== m) {
    throw fail('value', 'directionsLength', { columns: m, count: directions.length });
  }
  return directions.map((d, j) => {
    if (d === 1 || d === -1) return d;
    throw fail('value', 'badDirection', { value: d, position: j + 1 });
  });
}

/** Column j of the data, blanks as null. */
export function column(data: Data, j: number): (number | null)[] {
  return data.map((row) => row[j]);
}

/** The values present in a column. */
export function present(col: readonly (number | null)[]): number[] {
  return col.filter((x): x is number => x !== null);
}

/** True when at least 2 values are present and all are equal. */
export function isConstant(values: readonly number[]): boolean {
  return values.length >= 2 && values.every((x) => x === values[0]);
}

/**
 * Normalises one column (j is 0-based, for messages). Throws a DomainError for
 * a column that cannot be normalised: fewer than 2 values (#N/A), constant
 * (#DIV/0!), fracmax on negative values (#NUM!) or a cost column with a 0 (#DIV/0!).
 * A column with no value at all comes back blank.
 */
export function normalizeColumn(
  col: readonly (number | null)[],
  direction: Direction,
  method: NormalizeMethod,
  shift: number,
  j: number,
): (number | null)[] {
  const z = normalizeValues(Float64Array.from(present(col)), direction, method, shift, j);
  let k = 0;
  return col.map((x) => (x === null ? null : z[k++]));
}

/**
 * normalizeColumn on the values present in a column (in row order): the same
 * arithmetic and the same errors, on a typed array. No value at all: an empty result.
 * `out` (of the same length) receives the result, and may be `values` itself: every
 * method takes its statistics first, then writes z_i from values_i alone, in order.
 */
export function normalizeValues(
  values: Float64Array,
  direction: Direction,
  method: NormalizeMethod,
  shift: number,
  j: number,
  out?: Float64Array,
): Float64Array {
  const n = values.length;
  const z = out ?? new Float64Array(n);
  if (n === 0) return z;
  if (n < 2) throw fail('na', 'tooFewValues', { column: j + 1 });
  let min = values[0];
  let max = values[0];
  for (let i = 1; i < n; i++) {
    const x = values[i];
    if (x < min) min = x;
    if (x > max) max = x;
  }
  if (min === max) throw fail('div0', 'constantColumn', { column: j + 1 });
  switch (method) {
    case 'minmax': {
      const range = max - min;
      if (direction === 1) for (let i = 0; i < n; i++) z[i] = (values[i] - min) / range + shift;
      else for (let i = 0; i < n; i++) z[i] = (max - values[i]) / range + shift;
      break;
    }
    case 'zscore': {
      const m = mean(values);
      const sd = sampleSd(values);
      for (let i = 0; i < n; i++) z[i] = (direction * (values[i] - m)) / sd + shift;
      break;
    }
    case 'percentile': {
      const sorted = Float64Array.from(values).sort();
      const n1 = n - 1;
      if (direction === 1) for (let i = 0; i < n; i++) z[i] = lowerBound(sorted, values[i]) / n1 + shift;
      else for (let i = 0; i < n; i++) z[i] = 1 - lowerBound(sorted, values[i]) / n1 + shift;
      break;
    }
    case 'fracmax': {
      if (min < 0) throw fail('num', 'fracmaxNegative', { column: j + 1 });
      if (direction === -1 && min === 0) throw fail('div0', 'fracmaxZeroCost', { column: j + 1 });
      if (direction === 1) for (let i = 0; i < n; i++) z[i] = values[i] / max + shift;
      else for (let i = 0; i < n; i++) z[i] = min / values[i] + shift;
      break;
    }
  }
  return z;
}

/**
 * Min-max by direction without blanks, the hot path of large data: per column
 * the minimum, maximum and range, found in one row-major pass over the rows
 * with the comparisons normalizeValues makes on each column, in the same order
 * (so the same min and max, the sign of a zero included), and the same
 * arithmetic afterwards, cell by cell (minmaxCell). Null when the column-wise
 * path must run, with its messages: a cell that is blank, not a number or NaN,
 * a constant column, or a range that is not a finite positive number.
 */
export interface PlainMinmax {
  lo: Float64Array;
  hi: Float64Array;
  range: Float64Array;
}

export function plainMinmax(data: Data, m: number): PlainMinmax | null {
  const n = data.length;
  if (n < 2) return null;
  const lo = new Float64Array(m);
  const hi = new Float64Array(m);
  const first = data[0];
  for (let j = 0; j < m; j++) {
    const x = first[j];
    if (typeof x !== 'number' || x !== x) return null;
    lo[j] = x;
    hi[j] = x;
  }
  for (let i = 1; i < n; i++) {
    const row = data[i];
    // x − x is 0 for every number but NaN and ±Infinity (NaN for them): one sum per row finds them.
    let nan = 0;
    for (let j = 0; j < m; j++) {
      const x = row[j];
      if (typeof x !== 'number') return null;
      // normalizeValues' own comparisons, in its order: the same min and max, the sign of a zero included.
      if (x < lo[j]) lo[j] = x;
      if (x > hi[j]) hi[j] = x;
      nan += x - x;
    }
    if (nan !== 0) return null;
  }
  return rangesOf(lo, hi);
}

function rangesOf(lo: Float64Array, hi: Float64Array): PlainMinmax | null {
  const m = lo.length;
  const range = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    const r = hi[j] - lo[j];
    // Not constant (min === max), and no overflow: z then lies in [0, 1], 1 and 0 exactly at the column's best and worst.
    if (!(r > 0 && r < Infinity)) return null;
    range[j] = r;
  }
  return { lo, hi, range };
}

/**
 * Min-max by direction as one expression per cell, z = (x − from_j) / by_j + 0:
 * for a benefit from = min and by = range, normalizeValues' (x − min)/range
 * itself; for a cost from = max and by = −range, and (x − max)/(−range) is
 * (max − x)/range exactly (x − max is −(max − x) and a quotient's rounding is
 * symmetric in sign) except that a cell at the maximum gives −0 for +0, which
 * the + 0 (normalizeValues adds the shift, 0 for the scoring functions) turns
 * back into +0. So the same z, bit for bit, without a branch on the direction.
 */
export function minmaxAffine(dirs: readonly Direction[], plain: PlainMinmax): { from: Float64Array; by: Float64Array } {
  const m = dirs.length;
  const from = new Float64Array(m);
  const by = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    from[j] = dirs[j] === 1 ? plain.lo[j] : plain.hi[j];
    by[j] = dirs[j] === 1 ? plain.range[j] : -plain.range[j];
  }
  return { from, by };
}

/** The number of sorted values strictly below x. */
function lowerBound(sorted: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The data by column, read in one pass: per column the values present, in row
 * order, and the rows they come from (null when the column has no blank, so
 * value k is row k).
 */
export interface Columns {
  n: number;
  values: Float64Array[];
  rows: (Int32Array | null)[];
}

/** Rows per block of packColumns' transposition of wide data. */
const PACK_BLOCK = 16;

export function packColumns(data: Data, m: number): Columns {
  const n = data.length;
  // Fast path, no blank anywhere: one buffer, column j at [j·n, (j + 1)·n). Row by row, the
  // writes stride n apart, one stream per column; past ~32 columns that is more streams than
  // the cache keeps up with, so wide data is transposed in blocks of 16 rows, each column's
  // 16 values written together (measured: 10,000 × 50 about 2.5× faster; narrow data is not).
  const all = new Float64Array(n * m);
  let blank = false;
  if (m > 32) {
    for (let i0 = 0; i0 < n && !blank; i0 += PACK_BLOCK) {
      const i1 = Math.min(n, i0 + PACK_BLOCK);
      for (let j = 0; j < m && !blank; j++) {
        for (let i = i0, k = j * n + i0; i < i1; i++, k++) {
          const x = data[i][j];
          if (x === null) {
            blank = true;
            break;
          }
          all[k] = x;
        }
      }
    }
  } else {
    for (let i = 0; i < n && !blank; i++) {
      const row = data[i];
      for (let j = 0, k = i; j < m; j++, k += n) {
        const x = row[j];
        if (x === null) {
          blank = true;
          break;
        }
        all[k] = x;
      }
    }
  }
  if (!blank) {
    const columns: Float64Array[] = [];
    for (let j = 0; j < m; j++) columns.push(all.subarray(j * n, (j + 1) * n));
    return { n, values: columns, rows: new Array<null>(m).fill(null) };
  }
  const values: Float64Array[] = [];
  const rows: (Int32Array | null)[] = [];
  for (let j = 0; j < m; j++) {
    values.push(new Float64Array(n));
    rows.push(null);
  }
  const count = new Int32Array(m);
  for (let i = 0; i < n; i++) {
    const row = data[i];
    for (let j = 0; j < m; j++) {
      const x = row[j];
      if (x === null) {
        if (rows[j] === null) {
          const r = new Int32Array(n);
          for (let k = 0; k < count[j]; k++) r[k] = k;
          rows[j] = r;
        }
        continue;
      }
      const k = count[j]++;
      values[j][k] = x;
      const r = rows[j];
      if (r !== null) r[k] = i;
    }
  }
  for (let j = 0; j < m; j++) {
    if (count[j] < n) {
      values[j] = values[j].subarray(0, count[j]);
      rows[j] = (rows[j] as Int32Array).subarray(0, count[j]);
    }
  }
  return { n, values, rows };
}

/** True when at least 2 values are present and all are equal (isConstant on a typed column). */
export function isConstantValues(values: ArrayLike<number>): boolean {
  if (values.length < 2) return false;
  for (let i = 1; i < values.length; i++) if (values[i] !== values[0]) return false;
  return true;
}

/**
 * NORMALIZE: the data normalised column by column, same shape. Blank cells
 * stay blank (""); a column that cannot be normalised carries its error in
 * each of its cells, and the other columns still compute.
 */
export function normalize(
  data: Data,
  directions: readonly number[] | null = null,
  method: NormalizeMethod = 'minmax',
  shift = 0,
): Cell[][] {
  const m = dataColumns(data);
  const dirs = checkDirections(directions, m);
  const n = data.length;
  if (method === 'minmax') {
    const plain = plainMinmax(data, m);
    if (plain !== null) return normalizePlainMinmax(data, dirs, plain, shift);
  }
  const cols = packColumns(data, m);
  const z: (Float64Array | DomainError)[] = [];
  for (let j = 0; j < m; j++) {
    try {
      z.push(normalizeValues(cols.values[j], dirs[j], method, shift, j));
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      z.push(e);
    }
  }
  // Row by row for the columns without blanks or errors, then the others cell by cell.
  const plain = z.map((zj, j) => !(zj instanceof DomainError) && cols.rows[j] === null);
  const out: Cell[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const row = new Array<Cell>(m);
    for (let j = 0; j < m; j++) row[j] = plain[j] ? (z[j] as Float64Array)[i] : '';
    out[i] = row;
  }
  for (let j = 0; j < m; j++) {
    if (plain[j]) continue;
    const zj = z[j];
    if (zj instanceof DomainError) {
      for (let i = 0; i < n; i++) if (data[i][j] !== null) out[i][j] = zj;
    } else {
      const rows = cols.rows[j] as Int32Array;
      for (let k = 0; k < rows.length; k++) out[rows[k]][j] = zj[k];
    }
  }
  return out;
}

/** NORMALIZE min-max without blanks: normalizeValues' arithmetic, row by row, straight into the result. */
function normalizePlainMinmax(data: Data, dirs: readonly Direction[], plain: PlainMinmax, shift: number): Cell[][] {
  // minmaxAffine's one expression per cell, the same z bit for bit: + shift, like its + 0, turns a
  // cost column's −0 at the maximum into +0 (and adds the shift exactly as normalizeValues does).
  const { from, by } = minmaxAffine(dirs, plain);
  const n = data.length;
  const m = dirs.length;
  const out: Cell[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const x = data[i] as readonly number[];
    const row: number[] = new Array(m);
    for (let j = 0; j < m; j++) row[j] = (x[j] - from[j]) / by[j] + shift;
    out[i] = row;
  }
  return out;
}

/**
 * The data normalised for the scoring functions, row-major: z[i·m + j], with
 * `has` marking the cells present (null when no cell is blank; a blank's z is 0).
 */
export interface Normalized {
  n: number;
  m: number;
  z: Float64Array;
  has: Uint8Array | null;
}

/**
 * Normalisation as the scoring functions need it: the whole data, blanks left
 * out, and any column that cannot be normalised fails the whole call; a
 * constant or empty column is #VALUE! naming it (catalogue section 8; the
 * columns with weight 0 are left out before, by scoringColumns).
 */
export function normalizeForScoring(data: Data, dirs: readonly Direction[], method: NormalizeMethod, shift = 0): Normalized {
  const m = dirs.length;
  if (method === 'minmax') {
    const plain = plainMinmax(data, m);
    if (plain !== null) {
      const { lo, hi, range } = plain;
      const n = data.length;
      const z = new Float64Array(n * m);
      for (let i = 0, k = 0; i < n; i++) {
        const x = data[i] as readonly number[];
        for (let j = 0; j < m; j++, k++) z[k] = dirs[j] === 1 ? (x[j] - lo[j]) / range[j] + shift : (hi[j] - x[j]) / range[j] + shift;
      }
      return { n, m, z, has: null };
    }
  }
  const cols = packColumns(data, m);
  const n = cols.n;
  const z = new Float64Array(n * m);
  let has: Uint8Array | null = null;
  for (let j = 0; j < m; j++) {
    const trouble = scoringColumnTrouble(cols.values[j], j);
    if (trouble !== null) throw trouble;
    const zj = normalizeValues(cols.values[j], dirs[j], method, shift, j);
    const rows = cols.rows[j];
    if (rows === null) {
      for (let i = 0, k = j; i < n; i++, k += m) z[k] = zj[i];
    } else {
      if (has === null) {
        has = new Uint8Array(n * m).fill(1);
        // Columns already written had no blank.
      }
      for (let i = 0; i < n; i++) has[i * m + j] = 0;
      for (let k = 0; k < rows.length; k++) {
        z[rows[k] * m + j] = zj[k];
        has[rows[k] * m + j] = 1;
      }
    }
  }
  return { n, m, z, has };
}

/**
 * Why a column cannot enter a scoring function (catalogue sections 8 and 11),
 * or null: no value at all, or constant (nothing to normalise). One message
 * for the column, saying what to do, instead of one per row. j is 0-based.
 */
export function scoringColumnTrouble(values: ArrayLike<number>, j: number): DomainError | null {
  if (values.length === 0) return fail('value', 'blankColumnWeighted', { column: j + 1 });
  if (isConstantValues(values)) {
    return fail('value', 'constantColumnWeighted', { column: j + 1, value: values[0] });
  }
  return null;
}

/** The columns of the data that a scoring function uses, with their weights and directions. */
export interface ScoringColumns {
  data: Data;
  weights: number[];
  dirs: Direction[];
  /** The original index of each column used; null when every column is used (and `data` is the data given). */
  kept: number[] | null;
}

/**
 * The catalogue's rule for constant and empty columns in the scoring
 * functions: a column whose weight is 0 is left out, so that
 * TOPSIS(data, ENTROPY_WEIGHTS(data)) works with a constant column (which
 * entropy weights 0); a column with a positive weight that is constant or has
 * no value is #VALUE! naming it, once. When every weight is positive nothing
 * is copied, and the normalisation reports such a column itself (with the
 * same index); otherwise the columns left are checked here, with their
 * indices in the range, and copied.
 */
export function scoringColumns(data: Data, weights: readonly number[], dirs: readonly Direction[]): ScoringColumns {
  const m = weights.length;
  const kept: number[] = [];
  for (let j = 0; j < m; j++) if (weights[j] > 0) kept.push(j);
  if (kept.length === m) return { data, weights: [...weights], dirs: [...dirs], kept: null };
  const n = data.length;
  const reduced: (number | null)[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const row = data[i];
    const out = new Array<number | null>(kept.length);
    for (let k = 0; k < kept.length; k++) out[k] = row[kept[k]];
    reduced[i] = out;
  }
  const cols = packColumns(reduced, kept.length);
  kept.forEach((j, k) => {
    const trouble = scoringColumnTrouble(cols.values[k], j);
    if (trouble !== null) throw trouble;
  });
  return { data: reduced, weights: kept.map((j) => weights[j]), dirs: kept.map((j) => dirs[j]), kept };
}
