/**
 * TOPSIS (Hwang & Yoon 1981) and entropy-TOPSIS (methods.md A4): one
 * closeness coefficient C_i = S⁻_i / (S⁺_i + S⁻_i) per unit, in [0, 1],
 * larger is better.
 *
 * normalization:
 * - "minmax" (default): r = min-max by direction, so every column is oriented
 *   as a benefit and the ideal is the column maximum of the data
 * - "vector": r = x / √(Σ x²); the ideal is the column maximum for a benefit
 *   and the minimum for a cost, the anti-ideal the opposite
 * distance (weights rescaled to sum to 1):
 * - "euclidean" (default): v = w·r, S = √Σ (v − v*)²
 * - "weighted": S = √Σ w (r − r*)², the form of many entropy-TOPSIS papers
 * Ideal and anti-ideal are taken from the data (not fixed at 1 and 0).
 *
 * A unit with a blank cell cannot be placed: #N/A in its cell (the others are
 * computed from the values present). A constant column: #VALUE! naming it.
 */
import { normalizeWeights } from './aggregate-scores';
import { type Cell, divisionByZero, notAvailable, valueError } from './errors';
import { checkDirections, column, type Data, dataColumns, type Direction, isConstant, normalizeForScoring, present } from './normalize';
import { sum } from './numeric';

export type TopsisNormalization = 'minmax' | 'vector';
export type TopsisDistance = 'euclidean' | 'weighted';

export function topsis(
  data: Data,
  weights: readonly (number | null)[] | null = null,
  directions: readonly number[] | null = null,
  normalization: TopsisNormalization = 'minmax',
  distance: TopsisDistance = 'euclidean',
): Cell[] {
  const m = dataColumns(data);
  const w = normalizeWeights(weights, m);
  const dirs = checkDirections(directions, m);
  let r: (number | null)[][];
  let orientation: Direction[];
  if (normalization === 'minmax') {
    r = normalizeForScoring(data, dirs, 'minmax');
    orientation = dirs.map(() => 1);
  } else {
    r = vectorNormalize(data);
    orientation = dirs;
  }
  // With "euclidean" the weights enter v = w·r; with "weighted" they weight the squared gaps.
  const scale = distance === 'euclidean' ? w : w.map(() => 1);
  const gapWeight = distance === 'euclidean' ? w.map(() => 1) : w;
  const v = r.map((row) => row.map((x, j) => (x === null ? null : scale[j] * x)));
  const ideal: number[] = [];
  const antiIdeal: number[] = [];
  for (let j = 0; j < m; j++) {
    let hi = -Infinity;
    let lo = Infinity;
    for (const x of present(column(v, j))) {
      if (x > hi) hi = x;
      if (x < lo) lo = x;
    }
    ideal.push(orientation[j] === 1 ? hi : lo);
    antiIdeal.push(orientation[j] === 1 ? lo : hi);
  }
  return v.map((row, i) => {
    if (row.some((x) => x === null)) return notAvailable(`row ${i + 1} of data has a blank cell, so it cannot be placed`);
    const x = row as number[];
    const sPlus = Math.sqrt(sum(x.map((vij, j) => gapWeight[j] * (vij - ideal[j]) ** 2)));
    const sMinus = Math.sqrt(sum(x.map((vij, j) => gapWeight[j] * (vij - antiIdeal[j]) ** 2)));
    if (sPlus + sMinus === 0) return divisionByZero(`row ${i + 1} is both at the ideal and at the anti-ideal`);
    return sMinus / (sPlus + sMinus);
  });
}

/** r = x / √(Σ x²) per column over the values present; a constant column is #VALUE!. */
function vectorNormalize(data: Data): (number | null)[][] {
  const m = data[0].length;
  const norms: number[] = [];
  for (let j = 0; j < m; j++) {
    const values = present(column(data, j));
    if (values.length < 2) throw notAvailable(`column ${j + 1} of data has fewer than 2 values`);
    if (isConstant(values)) throw valueError(`column ${j + 1} of data is constant, so it cannot be normalised`);
    norms.push(Math.sqrt(sum(values.map((x) => x * x))));
  }
  return data.map((row) => row.map((x, j) => (x === null ? null : x / norms[j])));
}
