/**
 * One composite index, built many times over: the pipeline of INDEX_SENSITIVITY
 * (normalise → weight → aggregate → rank), with everything that does not
 * change between runs computed once.
 *
 * preparePipeline checks the data and finds the units to rank at once; its
 * `complete` then normalises the data once per normalisation that a run may
 * draw and computes once each weighting that it may draw (asynchronously). A
 * run (scoreInto, then rankInto) only picks a normalised matrix and a weight
 * vector, applies the weight noise, aggregates n × m and sorts n scores.
 *
 * Normalisations, per column by direction, on the values present (NORMALIZE's
 * arithmetic, normalizeValues): min-max, z-score (sample sd), percentile rank
 * ((rank − 1)/(n − 1), ties at their lowest rank). The arithmetic mean ranks
 * the units the same on any common affine scale, so it uses these values as
 * they are. The geometric mean needs positive values: as in COINr's
 * sensitivity vignette (min-max onto [1, 100], z-scores onto mean 10 and sd 2),
 * it takes min-max and percentile ranks onto [1, 100] (1 + 99z) and z-scores
 * onto 10 + 2z; a z-score more than 5 sd below its column's mean (10 + 2z ≤ 0)
 * is #NUM! when a run can draw both the z-score and the geometric mean. Since
 * exp is increasing, a geometric run ranks the units by their weighted mean of
 * logarithms (precomputed once), with no exp at all.
 *
 * Weightings: the given weights (equal when omitted), entropy weights
 * (ENTROPY_WEIGHTS' defaults: min-max + 0.0001) and CRITIC weights, each on the
 * columns kept, and each rescaled to sum to 1.
 *
 * Columns (catalogue section 11): a column whose given weight is 0 is left out
 * of everything (the entropy and CRITIC weights are computed without it); a
 * kept column that is blank throughout, or constant, is #VALUE! naming it and
 * saying to remove it or give it weight 0.
 *
 * Units: a blank cell is left out of its column's statistics and of its unit's
 * mean, the present weights rescaled (as COMPOSITE_SCORE); a unit with less
 * than 65% of the given (or equal) weight present is not ranked (#N/A in its
 * row of the result), as in RANK_UNCERTAINTY. The statistics of every column
 * are taken over all rows, the units that are not ranked included.
 *
 * Ranks: rank 1 = the highest score, ties share the best rank (RANK.EQ).
 */
import { normalizeWeights } from '../shared/aggregate-scores';
import { DomainError } from '../shared/errors';
import { innerOf } from '../shared/messages';
import type { Pacer } from '../shared/pacer';
import {
  checkDirections,
  criticWeights,
  type Data,
  dataColumns,
  type Direction,
  entropyWeights,
  isConstantValues,
  type NormalizeMethod,
  normalizeValues,
  packColumns,
} from '../composite';
import { fail } from './messages';

const { log } = Math;

/** The normalisations a run may draw, in the order of their index (the draw floor(3u) picks one). */
export const NORMALIZATIONS: readonly NormalizeMethod[] = ['minmax', 'zscore', 'percentile'];
/** The weightings, in the order of their index. */
export const WEIGHTINGS = ['given', 'entropy', 'critic'] as const;
/** The aggregations, in the order of their index. */
export const AGGREGATIONS = ['arithmetic', 'geometric'] as const;

/** The positive scale of each normalisation for the geometric mean: offset + factor · z (COINr's sensitivity vignette). */
const GEOMETRIC_SCALE: readonly { offset: number; factor: number }[] = [
  { offset: 1, factor: 99 }, // min-max onto [1, 100]
  { offset: 10, factor: 2 }, // z-score onto mean 10, sd 2
  { offset: 1, factor: 99 }, // percentile rank onto [1, 100]
];

/** The share of the given weight a unit needs present to be ranked (RANK_UNCERTAINTY's 65%). */
const MIN_COVERAGE = 0.65;

/** What the runs may draw: the alternatives to prepare. */
export interface PipelineNeeds {
  normalizations: readonly boolean[];
  weightings: readonly boolean[];
  geometric: boolean;
}

export interface Pipeline {
  /** Ranked units, and the data rows they are. */
  n: number;
  rows: Int32Array;
  /** Columns kept (given weight > 0), and their columns in the data. */
  m: number;
  kept: Int32Array;
  /** Per normalisation (null when it is never drawn): n × m row-major, 0 at a blank. */
  z: (Float64Array | null)[];
  /** Per normalisation: the logarithms of its positive scale, for the geometric mean (null when not needed). */
  logz: (Float64Array | null)[];
  /** 1 where a cell is present, 0 where blank, n × m row-major; null when no ranked cell is blank. */
  has: Float64Array | null;
  /** Per weighting (null when never drawn): m weights summing to 1. */
  weights: (Float64Array | null)[];
  /** The data rows that are not ranked, with their error. */
  unranked: Map<number, DomainError>;
  /** The number of rows of data. */
  rowCount: number;
}

/**
 * The pipeline in two steps: the checks, the columns kept and the units ranked
 * at once (a bad argument throws), then `complete` computes the normalised
 * matrices and the weightings asynchronously, yielding to the pacer after each
 * column of each normalisation and after each weighting (cold, before the
 * engine has compiled them, these took over 0.3 s at 50,000 cells).
 */
export interface PreparedPipeline {
  pipeline: Pipeline;
  complete(pacer: Pick<Pacer, 'tick'>): Promise<Pipeline>;
}

export function preparePipeline(
  data: Data,
  directions: readonly number[] | null,
  weights: readonly (number | null)[] | null,
  needs: PipelineNeeds,
): PreparedPipeline {
  const mAll = dataColumns(data);
  const dirsAll = checkDirections(directions, mAll);
  const wAll = normalizeWeights(weights, mAll);
  const keptList: number[] = [];
  for (let j = 0; j < mAll; j++) if (wAll[j] > 0) keptList.push(j);
  const kept = Int32Array.from(keptList);
  const m = kept.length;
  const rowCount = data.length;

  // The kept columns, by column (values present, their rows).
  const sub: (number | null)[][] = data.map((row) => keptList.map((j) => row[j]));
  const cols = packColumns(sub, m);
  for (let c = 0; c < m; c++) {
    const values = cols.values[c];
    const j = kept[c];
    if (values.length === 0) throw fail('value', 'columnBlank', { column: j + 1 });
    if (isConstantValues(values)) throw fail('value', 'columnConstantWeighted', { column: j + 1 });
    for (let k = 0; k < values.length; k++) {
      if (!Number.isFinite(values[k])) throw fail('num', 'notFinite', { column: j + 1 });
    }
  }

  // The units ranked: at least 65% of the given weight present.
  const w0 = new Float64Array(m);
  for (let c = 0; c < m; c++) w0[c] = wAll[kept[c]];
  const present = new Uint8Array(rowCount * m).fill(1);
  let anyBlank = false;
  for (let c = 0; c < m; c++) {
    const r = cols.rows[c];
    if (r === null) continue;
    anyBlank = true;
    for (let i = 0; i < rowCount; i++) present[i * m + c] = 0;
    for (let k = 0; k < r.length; k++) present[r[k] * m + c] = 1;
  }
  const rowsList: number[] = [];
  const unranked = new Map<number, DomainError>();
  for (let i = 0; i < rowCount; i++) {
    let coverage = 0;
    for (let c = 0; c < m; c++) if (present[i * m + c] === 1) coverage += w0[c];
    if (coverage < MIN_COVERAGE - 1e-12) {
      unranked.set(i, fail('na', 'lowCoverage', { row: i + 1 }));
    } else rowsList.push(i);
  }
  const n = rowsList.length;
  if (n === 0) throw fail('na', 'noRankedRow', {});
  const rows = Int32Array.from(rowsList);
  // Position of each data row among the ranked units (−1: not ranked).
  const position = new Int32Array(rowCount).fill(-1);
  for (let u = 0; u < n; u++) position[rows[u]] = u;

  let has: Float64Array | null = null;
  if (anyBlank) {
    let blankRanked = false;
    const h = new Float64Array(n * m);
    for (let u = 0; u < n; u++) {
      for (let c = 0; c < m; c++) {
        h[u * m + c] = present[rows[u] * m + c];
        if (present[rows[u] * m + c] === 0) blankRanked = true;
      }
    }
    if (blankRanked) has = h;
  }

  const z: (Float64Array | null)[] = NORMALIZATIONS.map(() => null);
  const logz: (Float64Array | null)[] = NORMALIZATIONS.map(() => null);
  const weightSets: (Float64Array | null)[] = WEIGHTINGS.map(() => null);
  const pipeline: Pipeline = { n, rows, m, kept, z, logz, has, weights: weightSets, unranked, rowCount };

  const complete = async (pacer: Pick<Pacer, 'tick'>): Promise<Pipeline> => {
    // The normalisations that may be drawn, each once.
    for (let a = 0; a < NORMALIZATIONS.length; a++) {
      if (!needs.normalizations[a]) continue;
      const za = new Float64Array(n * m);
      const la = needs.geometric ? new Float64Array(n * m) : null;
      const { offset, factor } = GEOMETRIC_SCALE[a];
      for (let c = 0; c < m; c++) {
        const j = kept[c];
        const zc = normalizeValues(cols.values[c], dirsAll[j] as Direction, NORMALIZATIONS[a], 0, j);
        const r = cols.rows[c];
        for (let k = 0; k < zc.length; k++) {
          const u = position[r === null ? k : r[k]];
          if (u < 0) continue;
          const v = zc[k];
          if (!Number.isFinite(v)) throw fail('num', 'normalisedTooLarge', { column: j + 1 });
          za[u * m + c] = v;
          if (la !== null) {
            const positive = offset + factor * v;
            if (!(positive > 0)) {
              throw fail('num', 'geometricOutlier', { column: j + 1 });
            }
            la[u * m + c] = log(positive);
          }
        }
        await pacer.tick();
      }
      z[a] = za;
      logz[a] = la;
    }

    // The weightings that may be drawn, each once, on the kept columns.
    const dirs = keptList.map((j) => dirsAll[j]);
    for (let b = 0; b < WEIGHTINGS.length; b++) {
      if (!needs.weightings[b]) continue;
      const kind = WEIGHTINGS[b];
      let wb: number[];
      if (kind === 'given' || m === 1) wb = Array.from(w0);
      else {
        try {
          wb = kind === 'entropy' ? entropyWeights(sub, dirs) : criticWeights(sub, dirs);
        } catch (e) {
          // Its column numbers made those of data (renumberColumns in messages.ts).
          throw e instanceof DomainError ? fail(e.kind, 'keptColumns', { inner: innerOf(e), kept: Array.from(kept), weighting: kind }) : e;
        }
      }
      let total = 0;
      for (let c = 0; c < m; c++) total += wb[c];
      const out = Float64Array.from(wb, (x) => x / total);
      if (!out.every((x) => Number.isFinite(x) && x >= 0)) throw fail('num', 'weightsTooLarge', { weighting: kind });
      weightSets[b] = out;
      await pacer.tick();
    }
    return pipeline;
  };

  return { pipeline, complete };
}

/**
 * The scores of one run: per ranked unit Σ_j w_j x_uj over the columns
 * (divided by Σ_j w_j over the cells present when some cell is blank), with x
 * a normalised matrix (arithmetic) or its logarithms (geometric: the log of the
 * weighted geometric mean). A unit whose present cells all have weight 0 in
 * this run gets −∞, the last rank.
 */
export function scoreInto(x: Float64Array, has: Float64Array | null, w: Float64Array, n: number, m: number, scores: Float64Array): void {
  if (has === null) {
    for (let u = 0, k = 0; u < n; u++) {
      let s = 0;
      for (let j = 0; j < m; j++, k++) s += w[j] * x[k];
      scores[u] = s;
    }
    return;
  }
  for (let u = 0, k = 0; u < n; u++) {
    let s = 0;
    let d = 0;
    for (let j = 0; j < m; j++, k++) {
      s += w[j] * x[k];
      d += w[j] * has[k];
    }
    scores[u] = d > 0 ? s / d : -Infinity;
  }
}

/**
 * Ranks as RANK.EQ (rank 1 = the highest score, ties share the best rank):
 * the scores sorted once (the typed array's native sort), then each unit's
 * rank is 1 + the number of scores strictly above its own, found by a binary
 * search without branches on the data (the step is added as 0 or 1 times half,
 * which measured about 15% faster than the usual lo/hi search). `sorted` is
 * scratch space of length n.
 */
export function rankInto(scores: Float64Array, sorted: Float64Array, ranks: Int32Array): void {
  const n = scores.length;
  sorted.set(scores);
  sorted.sort();
  for (let u = 0; u < n; u++) {
    const s = scores[u];
    // base: the last position whose value is ≤ s (or 0); then the count of values ≤ s.
    let base = 0;
    let len = n;
    while (len > 1) {
      const half = len >>> 1;
      base += half * +(sorted[base + half] <= s);
      len -= half;
    }
    const atMost = base + +(sorted[base] <= s);
    ranks[u] = n - atMost + 1;
  }
}
