/**
 * Row-wise weighted aggregation of scores with missing values: the engine of
 * SIX_ASPECT_SCORE, FOUR_NEW_SCORE, ELEMENT_SCORE and the last step of
 * COMPOSITE_SCORE.
 *
 * - arithmetic: Σ w z / Σ w (fully compensatory)
 * - geometric:  exp(Σ w ln z / Σ w), every present score > 0
 * - harmonic:   Σ w / Σ (w / z), every present score > 0
 *
 * A missing score (null) is left out and the weights of the present scores are
 * rescaled, as long as the present weight share is at least minCoverage (the
 * COIN Tool's rule of thumb is 0.65; COINr calls it dat_thresh); below it the
 * unit's result is #N/A. Source: methods.md A5; COINr a_amean / a_gmean / a_hmean.
 */
import type { Cell } from './errors';
import { sum } from './numeric';
import { fail } from './shared-messages';
import { sumFirst } from './statistics';

export type AggregationMethod = 'arithmetic' | 'geometric' | 'harmonic';

/** Checks k weights (≥ 0, not all 0) and rescales them to sum to 1; null gives equal weights. */
export function normalizeWeights(weights: readonly (number | null)[] | null, k: number, argName = 'weights'): number[] {
  if (weights === null) return new Array<number>(k).fill(1 / k);
  if (weights.length !== k) {
    throw fail('value', 'weightsLength', { name: argName, columns: k, count: weights.length });
  }
  weights.forEach((w, j) => {
    if (w === null) throw fail('value', 'blankWeight', { name: argName, cell: j + 1 });
    if (w < 0) throw fail('num', 'negativeWeight', { name: argName });
  });
  const total = sum(weights as number[]);
  if (total === 0) throw fail('div0', 'zeroWeights', { name: argName });
  return (weights as number[]).map((w) => w / total);
}

/** One aggregate per row of `scores`; a row that cannot be aggregated gets its error in its own cell. */
export function aggregateScores(
  scores: readonly (readonly (number | null)[])[],
  weights: readonly (number | null)[] | null,
  method: AggregationMethod = 'arithmetic',
  minCoverage = 0.65,
): Cell[] {
  const k = scores.length > 0 ? scores[0].length : 0;
  const w = normalizeWeights(weights, k);
  return scores.map((row, i) => aggregateRow(row, w, method, minCoverage, i));
}

function aggregateRow(
  row: readonly (number | null)[],
  w: readonly number[],
  method: AggregationMethod,
  minCoverage: number,
  i: number,
): Cell {
  const ws: number[] = [];
  const zs: number[] = [];
  row.forEach((z, j) => {
    if (z !== null) {
      ws.push(w[j]);
      zs.push(z);
    }
  });
  const coverage = sum(ws); // the weights sum to 1, so this is the present weight share
  // A tiny tolerance so that a share of exactly 0.65 is not rejected by rounding.
  if (zs.length === 0 || coverage <= 0 || coverage < minCoverage - 1e-12) {
    return fail('na', 'lowCoverage', { row: i + 1, coverage: percent(coverage), minCoverage: percent(minCoverage) });
  }
  if (method === 'arithmetic') {
    return sum(zs.map((z, j) => ws[j] * z)) / coverage;
  }
  if (zs.some((z) => z <= 0)) return fail('num', 'nonPositiveScore', { row: i + 1, method });
  if (method === 'geometric') {
    return Math.exp(sum(zs.map((z, j) => ws[j] * Math.log(z))) / coverage);
  }
  return coverage / sum(zs.map((z, j) => ws[j] / z));
}

/**
 * aggregateScores on normalised data packed row-major (normalizeForScoring):
 * the same arithmetic, in the same order, without a row array per unit.
 * `w` must already sum to 1 (normalizeWeights).
 */
export function aggregatePacked(
  z: Float64Array,
  has: Uint8Array | null,
  n: number,
  m: number,
  w: readonly number[],
  method: AggregationMethod,
  minCoverage: number,
): Cell[] {
  const ws = new Float64Array(m);
  const zs = new Float64Array(m);
  const terms = new Float64Array(m);
  const out: Cell[] = new Array(n);
  for (let i = 0; i < n; i++) {
    let k = 0;
    for (let j = 0, c = i * m; j < m; j++, c++) {
      if (has === null || has[c] === 1) {
        ws[k] = w[j];
        zs[k] = z[c];
        k++;
      }
    }
    const coverage = sumFirst(ws, k);
    if (k === 0 || coverage <= 0 || coverage < minCoverage - 1e-12) {
      out[i] = fail('na', 'lowCoverage', { row: i + 1, coverage: percent(coverage), minCoverage: percent(minCoverage) });
      continue;
    }
    if (method === 'arithmetic') {
      for (let j = 0; j < k; j++) terms[j] = ws[j] * zs[j];
      out[i] = sumFirst(terms, k) / coverage;
      continue;
    }
    let positive = true;
    for (let j = 0; j < k; j++) if (zs[j] <= 0) positive = false;
    if (!positive) {
      out[i] = fail('num', 'nonPositiveScore', { row: i + 1, method });
    } else if (method === 'geometric') {
      for (let j = 0; j < k; j++) terms[j] = ws[j] * Math.log(zs[j]);
      out[i] = Math.exp(sumFirst(terms, k) / coverage);
    } else {
      for (let j = 0; j < k; j++) terms[j] = ws[j] / zs[j];
      out[i] = coverage / sumFirst(terms, k);
    }
  }
  return out;
}

const percent = (share: number): string => `${Math.round(share * 1000) / 10}%`;

/**
 * Reads a scores argument of a framework score: n units × k columns, or one
 * unit given as a k×1 column. Any other shape is #VALUE!.
 */
export function unitRows(
  scores: readonly (readonly (number | null)[])[],
  k: number,
  columnNames: string,
): (number | null)[][] {
  const rows = scores.length;
  const cols = rows > 0 ? scores[0].length : 0;
  if (cols === k) return scores.map((r) => [...r]);
  if (cols === 1 && rows === k) return [scores.map((r) => r[0])];
  throw fail('value', 'scoresShape', { columns: k, names: columnNames, rows, cols });
}
