/**
 * Obstacle degree (障碍度, methods.md A6): how much each indicator holds a
 * unit back. With z = min-max by direction (1 = the best unit of the data),
 * the gap 1 − z_ij weighted by w_j is shared out per unit:
 *
 *   O_ij = w_j (1 − z_ij) / Σ_k w_k (1 − z_ik),   each row sums to 1
 *
 * (papers often print it × 100 as a percentage). A blank cell stays blank and
 * the row's shares are taken over the indicators present. A unit at the best
 * value of every weighted indicator has no shortfall to share: #DIV/0! in its
 * row. A column of weight 0 is left out (its degree is 0); a constant or
 * empty column with a positive weight is #VALUE! naming it.
 */
import { normalizeWeights } from '../shared/aggregate-scores';
import type { Cell } from '../shared/errors';
import { checkDirections, type Data, dataColumns, type Direction, minmaxAffine, normalizeForScoring, type PlainMinmax, plainMinmax, scoringColumns } from './normalize';
import { sumFirst } from '../shared/statistics';
import { fail } from './messages';

export function obstacleDegree(
  data: Data,
  weights: readonly (number | null)[],
  directions: readonly number[] | null = null,
): Cell[][] {
  const m0 = dataColumns(data);
  // Columns of weight 0 are left out (catalogue: the constant-column rule) and put back with degree 0.
  const used = scoringColumns(data, normalizeWeights(weights, m0), checkDirections(directions, m0));
  const degrees = obstacleOfColumns(used.data, used.weights, used.dirs);
  const kept = used.kept;
  if (kept === null) return degrees;
  return degrees.map((row, i) => {
    const full = data[i].map((x) => (x === null ? '' : 0) as Cell);
    kept.forEach((j, k) => (full[j] = row[k]));
    return full;
  });
}

function obstacleOfColumns(data: Data, w: readonly number[], dirs: readonly Direction[]): Cell[][] {
  const m = w.length;
  const plain = plainMinmax(data, m);
  if (plain !== null) return obstaclePlain(data, dirs, plain, w);
  const { n, z, has } = normalizeForScoring(data, dirs, 'minmax');
  const present = new Float64Array(m); // the row's gaps present, in column order, for the sum
  const out: Cell[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const c0 = i * m;
    const row = new Array<Cell>(m);
    let k = 0;
    for (let j = 0; j < m; j++) {
      if (has !== null && has[c0 + j] === 0) continue;
      const g = w[j] * (1 - z[c0 + j]);
      row[j] = g;
      present[k++] = g;
    }
    const total = sumFirst(present, k);
    if (total <= 0) {
      const error = fail('div0', 'rowAtBest', { row: i + 1 });
      for (let j = 0; j < m; j++) row[j] = has !== null && has[c0 + j] === 0 ? '' : error;
    } else {
      for (let j = 0; j < m; j++) row[j] = has !== null && has[c0 + j] === 0 ? '' : (row[j] as number) / total;
    }
    out[i] = row;
  }
  return out;
}

/**
 * The same on data without blanks, in one pass over the rows after the column
 * ranges: normalizeForScoring's z and the same sums, without the normalised
 * copy of the data, each result row written once.
 */
function obstaclePlain(data: Data, dirs: readonly Direction[], plain: PlainMinmax, weights: readonly number[]): Cell[][] {
  // minmaxAffine: the same z as normalizeForScoring, bit for bit, without a branch on the direction.
  const { from, by } = minmaxAffine(dirs, plain);
  const n = data.length;
  const m = dirs.length;
  const w = Float64Array.from(weights);
  const gaps = new Float64Array(m);
  const out: Cell[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const x = data[i] as readonly number[];
    for (let j = 0; j < m; j++) {
      const z = (x[j] - from[j]) / by[j] + 0;
      gaps[j] = w[j] * (1 - z);
    }
    const total = sumFirst(gaps, m);
    if (total <= 0) {
      const error = fail('div0', 'rowAtBest', { row: i + 1 });
      out[i] = new Array<Cell>(m).fill(error);
    } else {
      const row: number[] = new Array(m);
      for (let j = 0; j < m; j++) row[j] = gaps[j] / total;
      out[i] = row;
    }
  }
  return out;
}
