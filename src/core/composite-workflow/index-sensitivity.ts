/**
 * INDEX_SENSITIVITY: global uncertainty and sensitivity analysis of a composite
 * index to its methodological choices, as COINr's get_sensitivity runs it
 * (methods-analysis.md §8; Saltelli et al. 2008, Global Sensitivity Analysis:
 * The Primer).
 *
 * The uncertain inputs ("choices"), each drawn independently from u ~ U(0, 1):
 * - normalization: min-max, z-score, percentile rank — alternative floor(3u)
 * - weighting: the given weights (equal when omitted), entropy, CRITIC — floor(3u)
 * - aggregation: arithmetic, geometric — floor(2u)
 * - noise: multiplicative weight noise of ±25%: u seeds its own mulberry32
 *   generator (seed floor(u · 2³²)), whose successive draws v give each kept
 *   column, in column order, the factor 1 + 0.5(v − 0.5) ∈ [0.75, 1.25); the
 *   weights are multiplied by their factors and rescaled to sum to 1. (COINr
 *   draws one of a set of pre-computed noisy weight vectors with its u; here
 *   every u has its own vector, and the runs that share a u share it.)
 * `choices` (a row of those names) limits which vary; the others stay at the
 * nominal: min-max, the given (or equal) weights, arithmetic, no noise. The
 * pipeline of one run, and what is computed once for all: index-pipeline.ts.
 *
 * Design (COINr's SA_sample): with N = runs and d varying choices, matrices A
 * and B of N × d uniforms, drawn from mulberry32(seed) run by run, the d draws
 * of A's row then the d draws of B's row (the choices in the catalogue's order:
 * normalization, weighting, aggregation, noise); AB_i is A with column i taken
 * from B. The index is built N(d + 2) times: A, B, AB_1, …, AB_d.
 *
 * Output of each run: y = the mean over the ranked units of |rank − nominal
 * rank| (COINr's y_AvDiffs, "an easy target"), whose variance the Sobol
 * indices decompose (sobol-indices.ts: S_i Saltelli 2010, ST_i Jansen).
 *
 * Results:
 * - "ranks" (default): a header row, then per unit: nominal rank (min-max,
 *   given or equal weights, arithmetic; rank 1 = best, ties share the best
 *   rank, as RANK.EQ), median rank, p5, p95 (PERCENTILE.INC, R's quantile type
 *   7 as COINr uses) and mean abs shift (the mean of |rank − nominal rank|),
 *   all over the 2N independent runs of A and B (COINr's RankStats use those
 *   2N runs only); only these 2N runs are computed.
 * - "indices": a header row, then one row per varying choice, in the
 *   catalogue's order: choice, first order S_i, total ST_i.
 *
 * A unit with less than 65% of the given weight present is not ranked: #N/A
 * in its row. The arguments are checked at once (a bad argument throws); the
 * rest is asynchronous, yielding to Excel through the Pacer after each column
 * of each normalisation and each weighting, after every batch of runs of about
 * 65,000 cell operations, and every 256 units of the final sorts.
 *
 * Speed (a node script, not a test; 2 vCPUs shared with other jobs): 300 units
 * × 30 indicators × 1,000 runs, all four choices (6,000 builds) in 0.33–0.67 s,
 * 0.8–1.4× a bare typed-array loop doing the same runs (dot products, a typed
 * sort, the rank search); "ranks" (2,000 builds) 0.2–0.3 s. At the limits below
 * a call takes a few seconds, no slice of it more than about 0.2 s.
 */
import type { Cell } from '../shared/errors';
import { dataColumns, type Data } from '../composite';
import { Pacer } from '../shared/pacer';
import { mulberry32 } from '../shared/random';
import { percentileInc } from '../shared/statistics';
import { type Pipeline, type PreparedPipeline, preparePipeline, rankInto, scoreInto } from './index-pipeline';
import { fail } from './messages';
import { sobolIndices } from './sobol-indices';

export const CHOICES = ['normalization', 'weighting', 'aggregation', 'noise'] as const;
export type SensitivityChoice = (typeof CHOICES)[number];
export type SensitivityOutput = 'ranks' | 'indices';

export const RANKS_HEADER = ['nominal rank', 'median rank', 'p5', 'p95', 'mean abs shift'] as const;
export const INDICES_HEADER = ['choice', 'first order', 'total'] as const;

/** The number of alternatives of each discrete choice (noise is continuous). */
const ALTERNATIVES = [3, 3, 2, 0];
/** Relative half-width of the weight noise (±25%). */
export const NOISE = 0.25;
export const MAX_RUNS = 100_000;
/** Builds × cells of data at most this (about 1 s per 100,000,000, asynchronous: 3,000 × 27 × 6,000 builds took 4.3 s). */
export const MAX_RUN_CELLS = 500_000_000;
/** 2 × runs × rows at most this for "ranks": the ranks of every run are kept for the percentiles (40 MB). */
export const MAX_KEPT_RANKS = 10_000_000;
/** Cell operations per slice of work between two ticks of the pacer. */
const BATCH_CELLS = 1 << 16;
/** 2³², to turn a uniform draw u = k / 2³² of mulberry32 back into its 32-bit k. */
const TWO_32 = 4294967296;

const { abs, floor, min, trunc } = Math;

/** Which choices vary (catalogue order), from the `choices` argument: omitted = all four. */
export function readChoices(choices: readonly unknown[] | null): boolean[] {
  if (choices === null) return CHOICES.map(() => true);
  const vary = CHOICES.map(() => false);
  let any = false;
  choices.forEach((raw, k) => {
    if (raw === null || raw === undefined) return;
    const text = String(raw).trim().toLowerCase();
    if (text === '') return; // a blank cell of the range
    const c = (CHOICES as readonly string[]).indexOf(text);
    if (c < 0) throw fail('value', 'unknownChoice', { found: String(raw), position: k + 1 });
    if (vary[c]) throw fail('value', 'choiceTwice', { choice: CHOICES[c] });
    vary[c] = true;
    any = true;
  });
  if (!any) throw fail('value', 'noChoice', {});
  return vary;
}

/** The runs of one analysis: the design, the outputs y and the nominal ranks. */
export interface SensitivityRuns {
  /** The varying choices, in the catalogue's order (the columns of A and B). */
  choices: SensitivityChoice[];
  N: number;
  /** N × d uniforms, row-major. */
  A: Float64Array;
  B: Float64Array;
  /** y of the runs computed: A, B (and AB_1 … AB_d with `all`), N each. */
  y: Float64Array;
  /** Nominal ranks of the ranked units. */
  nominal: Int32Array;
  /** With `keepRanks`: the ranks of the 2N runs of A and B, unit-major (unit u's runs at [u·2N, (u + 1)·2N)). */
  ranks: Int32Array | null;
  pipeline: Pipeline;
}

interface Checked {
  vary: boolean[];
  N: number;
  prepared: PreparedPipeline;
}

/** The arguments checked and the pipeline prepared (throws at once on a bad argument). */
function check(
  data: Data,
  directions: readonly number[] | null,
  weights: readonly (number | null)[] | null,
  choices: readonly unknown[] | null,
  runs: number,
  output: SensitivityOutput,
): Checked {
  const mAll = dataColumns(data);
  const vary = readChoices(choices);
  const N = trunc(runs);
  if (!(N >= 1 && N <= MAX_RUNS)) throw fail('num', 'runsRange', { max: MAX_RUNS });
  const d = vary.filter(Boolean).length;
  const evaluations = output === 'ranks' ? 2 * N : N * (d + 2);
  const cells = data.length * mAll;
  if (evaluations * cells > MAX_RUN_CELLS) {
    throw fail('value', 'tooMuchWork', { builds: evaluations, cells, max: MAX_RUN_CELLS });
  }
  if (output === 'ranks' && 2 * N * data.length > MAX_KEPT_RANKS) {
    throw fail('value', 'tooManyKeptRanks', { max: MAX_KEPT_RANKS, runs: N, rows: data.length });
  }
  const prepared = preparePipeline(data, directions, weights, {
    normalizations: [true, vary[0], vary[0]],
    weightings: [true, vary[1], vary[1]],
    geometric: vary[2],
  });
  return { vary, N, prepared };
}

/**
 * The N(d + 2) runs (or only the 2N of A and B when `all` is false), yielding
 * to the pacer between batches of runs.
 */
async function simulate(c: Checked, seed: number, all: boolean, keepRanks: boolean, pacer: Pick<Pacer, 'tick'>): Promise<SensitivityRuns> {
  const { vary, N } = c;
  const p = await c.prepared.complete(pacer);
  const { n, m } = p;
  const which: number[] = [];
  vary.forEach((v, k) => v && which.push(k));
  const d = which.length;

  // The design: A and B, run by run.
  const next = mulberry32(seed);
  const A = new Float64Array(N * d);
  const B = new Float64Array(N * d);
  for (let r = 0; r < N; r++) {
    for (let f = 0; f < d; f++) A[r * d + f] = next();
    for (let f = 0; f < d; f++) B[r * d + f] = next();
  }

  const scores = new Float64Array(n);
  const sorted = new Float64Array(n);
  const ranks = new Int32Array(n);
  const noisy = new Float64Array(m);
  const z0 = p.z[0] as Float64Array;
  const w0 = p.weights[0] as Float64Array;
  scoreInto(z0, p.has, w0, n, m, scores);
  rankInto(scores, sorted, ranks);
  const nominal = Int32Array.from(ranks);

  const total = all ? N * (d + 2) : 2 * N;
  const y = new Float64Array(total);
  const kept = keepRanks ? new Int32Array(n * 2 * N) : null;
  const twoN = 2 * N;

  /** One run: the choices from row r of `src`, with the factor `swap` (−1: none) from row r of `alt`. */
  const run = (src: Float64Array, alt: Float64Array, r: number, swap: number): number => {
    let a = 0;
    let b = 0;
    let geometric = false;
    let noiseSeed = -1;
    for (let f = 0; f < d; f++) {
      const u = f === swap ? alt[r * d + f] : src[r * d + f];
      const k = which[f];
      if (k === 3) noiseSeed = floor(u * TWO_32);
      else {
        const alternative = min(ALTERNATIVES[k] - 1, floor(u * ALTERNATIVES[k]));
        if (k === 0) a = alternative;
        else if (k === 1) b = alternative;
        else geometric = alternative === 1;
      }
    }
    let w = p.weights[b] as Float64Array;
    if (noiseSeed >= 0) {
      const g = mulberry32(noiseSeed);
      let sum = 0;
      for (let j = 0; j < m; j++) {
        const v = w[j] * (1 + 2 * NOISE * (g() - 0.5));
        noisy[j] = v;
        sum += v;
      }
      for (let j = 0; j < m; j++) noisy[j] /= sum;
      w = noisy;
    }
    scoreInto((geometric ? p.logz[a] : p.z[a]) as Float64Array, p.has, w, n, m, scores);
    rankInto(scores, sorted, ranks);
    let shift = 0;
    for (let u = 0; u < n; u++) shift += abs(ranks[u] - nominal[u]);
    return shift / n;
  };

  const batch = Math.max(1, floor(BATCH_CELLS / (n * (m + 8))));
  let done = 0;
  const step = async (): Promise<void> => {
    if (++done % batch === 0) await pacer.tick();
  };
  for (let half = 0; half < 2; half++) {
    const src = half === 0 ? A : B;
    for (let r = 0; r < N; r++) {
      const e = half * N + r;
      y[e] = run(src, src, r, -1);
      if (kept !== null) for (let u = 0; u < n; u++) kept[u * twoN + e] = ranks[u];
      await step();
    }
  }
  if (all) {
    for (let i = 0; i < d; i++) {
      for (let r = 0; r < N; r++) {
        y[(2 + i) * N + r] = run(A, B, r, i);
        await step();
      }
    }
  }
  return { choices: which.map((k) => CHOICES[k]), N, A, B, y, nominal, ranks: kept, pipeline: p };
}

/** The design, the outputs of every run and the nominal ranks, for checks (the N(d + 2) runs of "indices"). */
export function indexSensitivityRuns(
  data: Data,
  directions: readonly number[] | null = null,
  weights: readonly (number | null)[] | null = null,
  choices: readonly unknown[] | null = null,
  runs = 1000,
  seed = 1,
  pacer: Pick<Pacer, 'tick'> = new Pacer(),
): Promise<SensitivityRuns> {
  return simulate(check(data, directions, weights, choices, runs, 'indices'), seed, true, false, pacer);
}

export function indexSensitivity(
  data: Data,
  directions: readonly number[] | null = null,
  weights: readonly (number | null)[] | null = null,
  choices: readonly unknown[] | null = null,
  runs = 1000,
  seed = 1,
  output: SensitivityOutput = 'ranks',
  pacer: Pick<Pacer, 'tick'> = new Pacer(),
): Promise<Cell[][]> {
  const checked = check(data, directions, weights, choices, runs, output);
  return output === 'ranks' ? rankTable(checked, seed, pacer) : indexTable(checked, seed, pacer);
}

async function rankTable(c: Checked, seed: number, pacer: Pick<Pacer, 'tick'>): Promise<Cell[][]> {
  const s = await simulate(c, seed, false, true, pacer);
  const p = s.pipeline;
  const twoN = 2 * s.N;
  const ranks = s.ranks as Int32Array;
  const out: Cell[][] = [[...RANKS_HEADER]];
  for (let i = 0; i < p.rowCount; i++) {
    const e = p.unranked.get(i);
    out.push(e === undefined ? [] : [e, e, e, e, e]);
  }
  for (let u = 0; u < p.n; u++) {
    const own = ranks.subarray(u * twoN, (u + 1) * twoN).sort();
    const base = s.nominal[u];
    let shift = 0;
    for (let r = 0; r < twoN; r++) shift += abs(own[r] - base);
    out[p.rows[u] + 1] = [base, percentileInc(own, 0.5), percentileInc(own, 0.05), percentileInc(own, 0.95), shift / twoN];
    if ((u & 255) === 255) await pacer.tick();
  }
  return out;
}

async function indexTable(c: Checked, seed: number, pacer: Pick<Pacer, 'tick'>): Promise<Cell[][]> {
  const s = await simulate(c, seed, true, false, pacer);
  const d = s.choices.length;
  const { first, total } = sobolIndices(s.y, s.N, d, () => fail('div0', 'rankShiftConstant', {}));
  const out: Cell[][] = [[...INDICES_HEADER]];
  s.choices.forEach((name, i) => out.push([name, first[i], total[i]]));
  return out;
}
