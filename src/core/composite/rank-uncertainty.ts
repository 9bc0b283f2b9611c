/**
 * How stable each unit's rank is when the weights are uncertain (a simple
 * uncertainty analysis in the spirit of COINr's get_sensitivity, with the
 * weights as the only uncertain input).
 *
 * The composite is the min-max (by direction) weighted arithmetic mean, as
 * COMPOSITE_SCORE computes it by default (blank cells left out with the
 * present weights rescaled; a unit with less than 65% of the weight present
 * gets #N/A in its row and takes no part in the ranking). Each run multiplies
 * every weight by an independent uniform factor in [1 − noise, 1 + noise],
 * renormalises, recomputes the composites and ranks them (rank 1 = best; ties
 * share the best rank, as Excel's RANK.EQ).
 *
 * Random numbers: mulberry32(seed), drawn in the order run 1 indicator 1,
 * run 1 indicator 2, …, so a seed gives the same result on every platform.
 * Percentiles of the runs' ranks follow Excel's PERCENTILE.INC (linear
 * interpolation; the median is PERCENTILE.INC at 0.5, as MEDIAN), so they can
 * be halves or other fractions.
 *
 * Result: a header row, then per unit: rank at the given weights, median
 * rank, 5th and 95th percentile rank.
 *
 * The arguments are checked at once (a bad argument throws); the runs are
 * computed asynchronously, yielding to Excel through the Pacer between runs
 * and between units of the final sort, so that no stretch of synchronous work
 * exceeds a few tens of milliseconds even at the size limits (10,000 units ×
 * 1,000 runs take about 5 s in all).
 */
import { normalizeWeights } from '../shared/aggregate-scores';
import type { Cell } from '../shared/errors';
import { checkDirections, type Data, dataColumns, normalizeForScoring, scoringColumns } from './normalize';
import { Pacer } from '../shared/pacer';
import { mulberry32 } from '../shared/random';
import { percentileInc, rankDescending } from '../shared/statistics';
import { fail } from './messages';

export const RANK_UNCERTAINTY_HEADER = ['rank', 'median rank', '5th percentile rank', '95th percentile rank'] as const;

const MIN_COVERAGE = 0.65;
const MAX_RUNS = 1_000_000;

export function rankUncertainty(
  input: Data,
  weights: readonly (number | null)[],
  directions: readonly number[] | null = null,
  noise = 0.25,
  runs = 1000,
  seed = 1,
  pacer: Pick<Pacer, 'tick'> = new Pacer(),
): Promise<Cell[][]> {
  const m0 = dataColumns(input);
  // Columns of weight 0 are left out (catalogue: the constant-column rule): their noise would move nothing.
  const used = scoringColumns(input, normalizeWeights(weights, m0), checkDirections(directions, m0));
  const [data, m, w] = [used.data, used.weights.length, used.weights];
  const { z, has: blanks } = normalizeForScoring(data, used.dirs, 'minmax');
  if (!(noise >= 0 && noise <= 1)) throw fail('num', 'noiseOutOfRange', {});
  const runCount = Math.trunc(runs);
  if (!(runCount >= 1 && runCount <= MAX_RUNS)) throw fail('num', 'runsOutOfRange', { max: MAX_RUNS });

  // The units that can be ranked: enough of the weight present.
  const ranked: number[] = [];
  const rows: Cell[][] = [[...RANK_UNCERTAINTY_HEADER]];
  for (let i = 0; i < data.length; i++) {
    let coverage = 0;
    for (let j = 0; j < m; j++) if (blanks === null || blanks[i * m + j] === 1) coverage += w[j];
    if (coverage < MIN_COVERAGE - 1e-12) {
      const error = fail('na', 'rowNotRanked', { row: i + 1 });
      rows.push([error, error, error, error]);
    } else {
      ranked.push(i);
      rows.push([]);
    }
  }
  const n = ranked.length;
  if (n === 0) throw fail('na', 'noRankableRow', {});

  // Dense copies for the hot loop: z (0 for a blank) and a presence mask.
  const zz = new Float64Array(n * m);
  const has = new Uint8Array(n * m);
  ranked.forEach((i, u) => {
    for (let j = 0; j < m; j++) {
      if (blanks === null || blanks[i * m + j] === 1) {
        zz[u * m + j] = z[i * m + j];
        has[u * m + j] = 1;
      }
    }
  });
  const scores = new Float64Array(n);
  const composite = (wt: ArrayLike<number>): void => {
    for (let u = 0; u < n; u++) {
      let num = 0;
      let den = 0;
      for (let j = 0, k = u * m; j < m; j++, k++) {
        if (has[k] === 1) {
          num += wt[j] * zz[k];
          den += wt[j];
        }
      }
      scores[u] = den > 0 ? num / den : 0;
    }
  };

  return runAll(n, m, w, composite, scores, noise, runCount, seed, ranked, rows, pacer);
}

/** The runs, the ranks and the percentiles, yielding between runs. */
async function runAll(
  n: number,
  m: number,
  w: readonly number[],
  composite: (wt: ArrayLike<number>) => void,
  scores: Float64Array,
  noise: number,
  runCount: number,
  seed: number,
  ranked: readonly number[],
  rows: Cell[][],
  pacer: Pick<Pacer, 'tick'>,
): Promise<Cell[][]> {
  composite(w);
  const baseRank = rankDescending(scores);

  const next = mulberry32(seed);
  const perturbed = new Float64Array(m);
  const runRanks = new Int32Array(n * runCount); // unit-major: the runs of unit u are contiguous
  for (let run = 0; run < runCount; run++) {
    let total = 0;
    for (let j = 0; j < m; j++) {
      perturbed[j] = w[j] * (1 - noise + 2 * noise * next());
      total += perturbed[j];
    }
    // With noise = 1 every factor can in principle be 0 at once: keep the given weights then.
    for (let j = 0; j < m; j++) perturbed[j] = total > 0 ? perturbed[j] / total : w[j];
    composite(perturbed);
    const r = rankDescending(scores);
    for (let u = 0; u < n; u++) runRanks[u * runCount + run] = r[u];
    await pacer.tick();
  }

  for (let u = 0; u < n; u++) {
    const own = runRanks.subarray(u * runCount, (u + 1) * runCount).sort();
    rows[ranked[u] + 1] = [baseRank[u], percentileInc(own, 0.5), percentileInc(own, 0.05), percentileInc(own, 0.95)];
    // Sorting one unit's runs takes microseconds; a tick every 256 units is ample.
    if ((u & 255) === 255) await pacer.tick();
  }
  return rows;
}
