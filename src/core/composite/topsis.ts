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
 * computed from the values present). A column of weight 0 is left out; a
 * constant or empty column with a positive weight is #VALUE! naming it.
 */
import { normalizeWeights } from '../shared/aggregate-scores';
import type { Cell } from '../shared/errors';
import {
  checkDirections,
  type Data,
  dataColumns,
  type Direction,
  minmaxAffine,
  type Normalized,
  normalizeForScoring,
  packColumns,
  type PlainMinmax,
  plainMinmax,
  scoringColumns,
  scoringColumnTrouble,
} from './normalize';
import { sum } from '../shared/numeric';
import { sumFirst } from '../shared/statistics';
import { fail } from './messages';

export type TopsisNormalization = 'minmax' | 'vector';
export type TopsisDistance = 'euclidean' | 'weighted';

export function topsis(
  input: Data,
  weights: readonly (number | null)[] | null = null,
  directions: readonly number[] | null = null,
  normalization: TopsisNormalization = 'minmax',
  distance: TopsisDistance = 'euclidean',
): Cell[] {
  const m0 = dataColumns(input);
  // Columns of weight 0 are left out (catalogue: the constant-column rule); the names below are of the columns used.
  const used = scoringColumns(input, normalizeWeights(weights, m0), checkDirections(directions, m0));
  const [data, m, w, dirs] = [used.data, used.weights.length, used.weights, used.dirs];
  // With "euclidean" the weights enter v = w·r; with "weighted" they weight the squared gaps.
  const scale = distance === 'euclidean' ? w : w.map(() => 1);
  const gapWeight = distance === 'euclidean' ? w.map(() => 1) : w;
  if (normalization === 'minmax') {
    const plain = plainMinmax(data, m);
    if (plain !== null) return topsisPlainMinmax(data, dirs, plain, scale, gapWeight);
  }
  let r: Normalized;
  let orientation: Direction[];
  if (normalization === 'minmax') {
    r = normalizeForScoring(data, dirs, 'minmax');
    orientation = dirs.map(() => 1);
  } else {
    r = vectorNormalize(data);
    orientation = dirs;
  }
  const { n, z, has } = r;
  const v = new Float64Array(n * m);
  const hi = new Float64Array(m).fill(-Infinity);
  const lo = new Float64Array(m).fill(Infinity);
  for (let i = 0, c = 0; i < n; i++) {
    for (let j = 0; j < m; j++, c++) {
      if (has !== null && has[c] === 0) continue;
      const x = scale[j] * z[c];
      v[c] = x;
      if (x > hi[j]) hi[j] = x;
      if (x < lo[j]) lo[j] = x;
    }
  }
  const ideal = dirs.map((_, j) => (orientation[j] === 1 ? hi[j] : lo[j]));
  const antiIdeal = dirs.map((_, j) => (orientation[j] === 1 ? lo[j] : hi[j]));
  const plus = new Float64Array(m);
  const minus = new Float64Array(m);
  const out: Cell[] = new Array(n);
  rows: for (let i = 0; i < n; i++) {
    const c0 = i * m;
    if (has !== null) {
      for (let j = 0; j < m; j++) {
        if (has[c0 + j] === 0) {
          out[i] = fail('na', 'rowHasBlank', { row: i + 1 });
          continue rows;
        }
      }
    }
    for (let j = 0; j < m; j++) {
      const vij = v[c0 + j];
      plus[j] = gapWeight[j] * (vij - ideal[j]) ** 2;
      minus[j] = gapWeight[j] * (vij - antiIdeal[j]) ** 2;
    }
    const sPlus = Math.sqrt(sumFirst(plus, m));
    const sMinus = Math.sqrt(sumFirst(minus, m));
    out[i] = sPlus + sMinus === 0 ? fail('div0', 'rowAtIdealAndAntiIdeal', { row: i + 1 }) : sMinus / (sPlus + sMinus);
  }
  return out;
}

/**
 * Min-max TOPSIS on data without blanks, in one pass over the rows after the
 * column ranges: the general path's arithmetic, in the same order, without the
 * normalised and weighted copies of the data. Min-max puts an exact 1 at each
 * column's best unit and an exact 0 at its worst (plainMinmax), and v = scale·r
 * is monotone in r (scale ≥ 0), so the ideal is exactly scale·1 and the
 * anti-ideal scale·0: the values the general path finds by scanning v.
 */
function topsisPlainMinmax(
  data: Data,
  dirs: readonly Direction[],
  plain: PlainMinmax,
  scale: readonly number[],
  gapWeight: readonly number[],
): Cell[] {
  const n = data.length;
  const m = dirs.length;
  const { from, by } = minmaxAffine(dirs, plain);
  const sc = Float64Array.from(scale);
  const gw = Float64Array.from(gapWeight);
  const ideal = Float64Array.from(scale, (s) => s * 1);
  // The anti-ideal scale·0 is +0 (scale, weights rescaled or 1, is finite), and v − (+0) is v exactly;
  // with "euclidean" every gap weight is 1, and 1·g is g exactly: the loop below leaves those operations out.
  const unitGaps = gapWeight.every((g) => g === 1);
  const out: Cell[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const x = data[i] as readonly number[];
    // sumFirst of the squared gaps to the ideal (p, cp) and to the anti-ideal (q, cq), inline.
    // sumFirst adds each step's rounding error to the compensation, found by Neumaier's branch on
    // |s| ≥ |v|; the branch-free TwoSum here finds the same error (the error of a floating-point
    // sum is one number, and both are exact without overflow: every term here is at most 1), so
    // the sums are the same, bit for bit.
    let p = 0;
    let cp = 0;
    let q = 0;
    let cq = 0;
    for (let j = 0; j < m; j++) {
      const z = (x[j] - from[j]) / by[j] + 0;
      const vij = sc[j] * z;
      const a = unitGaps ? (vij - ideal[j]) ** 2 : gw[j] * (vij - ideal[j]) ** 2;
      const t = p + a;
      const ta = t - p;
      cp += p - (t - ta) + (a - ta);
      p = t;
      const b = unitGaps ? vij ** 2 : gw[j] * vij ** 2;
      const u = q + b;
      const ub = u - q;
      cq += q - (u - ub) + (b - ub);
      q = u;
    }
    const sPlus = Math.sqrt(p + cp);
    const sMinus = Math.sqrt(q + cq);
    out[i] = sPlus + sMinus === 0 ? fail('div0', 'rowAtIdealAndAntiIdeal', { row: i + 1 }) : sMinus / (sPlus + sMinus);
  }
  return out;
}

/** r = x / √(Σ x²) per column over the values present; a constant column is #VALUE!. */
function vectorNormalize(data: Data): Normalized {
  const m = data[0].length;
  const cols = packColumns(data, m);
  const n = cols.n;
  const z = new Float64Array(n * m);
  let has: Uint8Array | null = null;
  const norms: number[] = [];
  for (let j = 0; j < m; j++) {
    const values = cols.values[j];
    const trouble = scoringColumnTrouble(values, j);
    if (trouble !== null) throw trouble;
    if (values.length < 2) throw fail('na', 'tooFewValues', { column: j + 1 });
    norms.push(Math.sqrt(sum(values.map((x) => x * x))));
  }
  for (let j = 0; j < m; j++) {
    const values = cols.values[j];
    const rows = cols.rows[j];
    if (rows !== null && has === null) has = new Uint8Array(n * m).fill(1);
    if (rows !== null && has !== null) for (let i = 0; i < n; i++) has[i * m + j] = 0;
    for (let k = 0; k < values.length; k++) {
      const i = rows === null ? k : rows[k];
      z[i * m + j] = values[k] / norms[j];
      if (has !== null && rows !== null) has[i * m + j] = 1;
    }
  }
  return { n, m, z, has };
}
