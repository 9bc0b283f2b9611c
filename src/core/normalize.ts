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
import { type Cell, DomainError, divisionByZero, notAvailable, numError, valueError } from './errors';
import { mean, sampleSd } from './statistics';

export type Direction = 1 | -1;
export type NormalizeMethod = 'minmax' | 'zscore' | 'percentile' | 'fracmax';
export type Data = readonly (readonly (number | null)[])[];

/** The number of columns of a data range; #N/A when it has fewer than `minRows` rows. */
export function dataColumns(data: Data, minRows = 2, argName = 'data'): number {
  if (data.length < minRows) {
    throw notAvailable(`requires at least ${minRows} rows (units) in ${argName}, got ${data.length}`);
  }
  const m = data[0].length;
  if (data.some((row) => row.length !== m)) throw valueError(`requires ${argName} to be a rectangular range`);
  return m;
}

/** Directions checked against m columns; omitted (null) = every indicator is a benefit. */
export function checkDirections(directions: readonly number[] | null | undefined, m: number): Direction[] {
  if (directions === null || directions === undefined) return new Array<Direction>(m).fill(1);
  if (directions.length !== m) {
    throw valueError(`requires directions with one value per column of data (${m}), got ${directions.length}`);
  }
  return directions.map((d, j) => {
    if (d === 1 || d === -1) return d;
    throw valueError(`requires each of directions to be 1 or -1: found ${d} in position ${j + 1}`);
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
  const values = present(col);
  if (values.length === 0) return col.map(() => null);
  const name = `column ${j + 1} of data`;
  if (values.length < 2) throw notAvailable(`${name} has fewer than 2 values`);
  let min = values[0];
  let max = values[0];
  for (const x of values) {
    if (x < min) min = x;
    if (x > max) max = x;
  }
  if (min === max) throw divisionByZero(`${name} is constant`);
  let f: (x: number) => number;
  switch (method) {
    case 'minmax': {
      const range = max - min;
      f = direction === 1 ? (x) => (x - min) / range : (x) => (max - x) / range;
      break;
    }
    case 'zscore': {
      const m = mean(values);
      const sd = sampleSd(values);
      f = (x) => (direction * (x - m)) / sd;
      break;
    }
    case 'percentile': {
      const sorted = [...values].sort((a, b) => a - b);
      const below = (x: number): number => lowerBound(sorted, x);
      const n1 = values.length - 1;
      f = direction === 1 ? (x) => below(x) / n1 : (x) => 1 - below(x) / n1;
      break;
    }
    case 'fracmax': {
      if (min < 0) throw numError(`${name} has a negative value, which fracmax cannot take`);
      if (direction === -1 && min === 0) throw divisionByZero(`${name} has a 0, so min / x is undefined for a cost indicator`);
      f = direction === 1 ? (x) => x / max : (x) => min / x;
      break;
    }
  }
  return col.map((x) => (x === null ? null : f(x) + shift));
}

/** The number of sorted values strictly below x. */
function lowerBound(sorted: readonly number[], x: number): number {
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
  const out: Cell[][] = data.map(() => new Array<Cell>(m));
  for (let j = 0; j < m; j++) {
    const col = column(data, j);
    let z: (number | null)[] | DomainError;
    try {
      z = normalizeColumn(col, dirs[j], method, shift, j);
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      z = e;
    }
    for (let i = 0; i < data.length; i++) {
      const v = z instanceof DomainError ? (col[i] === null ? null : z) : z[i];
      out[i][j] = v === null ? '' : v;
    }
  }
  return out;
}

/**
 * Normalisation as the scoring functions need it: the whole data, blanks as
 * null, and any column that cannot be normalised fails the whole call; a
 * constant column is #VALUE! naming it (catalogue section 8).
 */
export function normalizeForScoring(
  data: Data,
  dirs: readonly Direction[],
  method: NormalizeMethod,
  shift = 0,
): (number | null)[][] {
  const m = dirs.length;
  const columns: (number | null)[][] = [];
  for (let j = 0; j < m; j++) {
    const col = column(data, j);
    if (isConstant(present(col))) {
      throw valueError(`column ${j + 1} of data is constant, so it cannot be normalised`);
    }
    columns.push(normalizeColumn(col, dirs[j], method, shift, j));
  }
  return data.map((_, i) => columns.map((c) => c[i]));
}
