/**
 * MARKOV_TRANSITION: the traditional and the spatial (Rey 2001) Markov chain
 * of a wide panel (one row per unit, one column per period, oldest first).
 *
 * Each value is put in one of k classes (1 = lowest): by quantiles (Excel's
 * PERCENTILE.INC at 1/k, …, (k − 1)/k; upper-inclusive: a value equal to a cut
 * point falls in the lower class, as mapclassify and giddy do), of each period
 * ("per-period", the default: relative position) or of all periods together
 * ("pooled": giddy's fixed = True); or by the user's k − 1 ascending cut points.
 * Transitions are counted from each period to the next over all units;
 * p_ij = n_ij / n_i, and a class with no transitions out has a row of zeros.
 *
 * Spatial Markov: the spatial lag L_it = Σ_j w_ij y_jt / Σ_j w_ij over the
 * neighbours j with a value in period t (the row-standardised lag; with every
 * value present, exactly W y_t with W row-standardised) is classed into k
 * classes by its own quantiles (per period or pooled over all periods, as
 * `classing`), and each transition t → t + 1 is counted in the matrix of the
 * unit's lag class at t. A unit with no neighbours (an island), or whose
 * neighbours are all blank in t, has no lag in t: its transitions from t are
 * left out of the conditional matrices and of the test (they stay in the
 * pooled matrix and its steady state).
 *
 * Blanks: a blank value has no class; the transitions into and out of it are
 * not counted, and it is left out of the quantiles.
 *
 * Ties and k larger than the number of distinct values: tied quantiles leave
 * the classes between them empty (a value equal to tied cut points falls in
 * the lowest of those classes); the table keeps its k classes, an empty class
 * having n = 0 and a row of zeros (mapclassify instead merges the classes and
 * warns, which would change the table's shape).
 */
import type { Cell } from '../shared/errors';
import { chiSquareUpper } from '../shared/distributions';
import { Pacer } from '../shared/pacer';
import { classOf, homogeneity, probabilities, sortedQuantileCuts, steadyState } from './markov-chain';
import { readSpatialWeights } from './spatial-weights';
import { fail } from './messages';

export type Classing = 'per-period' | 'pooled';
export type MarkovOutput = 'matrix' | 'steady' | 'test';

/** The most classes accepted (the spatial table has k² rows). */
export const MAX_CLASSES = 100;

export const TEST_HEADER = ['LR', 'Q', 'dof', 'p LR', 'p Q'] as const;

type Grid = readonly (readonly (number | null)[])[];

/** The classes argument: k quantile classes, or k − 1 ascending cut points. */
function readClasses(classes: unknown): { k: number; cuts: number[] | null } {
  const list = classes === null || classes === undefined ? [4] : Array.isArray(classes) ? (classes as unknown[]) : [classes];
  if (list.length === 1) {
    const k = list[0];
    if (typeof k !== 'number' || !Number.isInteger(k) || k < 2 || k > MAX_CLASSES) {
      throw fail('num', 'badClassCount', { max: MAX_CLASSES, value: String(k) });
    }
    return { k, cuts: null };
  }
  const cuts: number[] = [];
  list.forEach((v, i) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) throw fail('value', 'cutNotNumber', { item: i + 1, value: v === null ? null : String(v) });
    if (i > 0 && !(v > cuts[i - 1])) throw fail('value', 'cutsNotAscending', { item: i + 1, value: v, previous: cuts[i - 1] });
    cuts.push(v);
  });
  if (cuts.length + 1 > MAX_CLASSES) throw fail('value', 'tooManyCuts', { max: MAX_CLASSES - 1, n: cuts.length });
  return { k: cuts.length + 1, cuts };
}

/**
 * Classes of an n×T table of values (null = no value), by the given cut points or by quantiles.
 * @returns class[i * T + t], −1 for no value
 */
function classify(v: Grid, n: number, T: number, k: number, cuts: number[] | null, classing: Classing): Int32Array {
  const out = new Int32Array(n * T).fill(-1);
  if (cuts !== null) assignClasses(v, n, T, 0, T, cuts, out);
  else if (classing === 'pooled') {
    const all = new Float64Array(n * T);
    let m = 0;
    for (let i = 0; i < n; i++) {
      const row = v[i];
      for (let t = 0; t < T; t++) {
        const x = row[t];
        if (x !== null && x !== undefined) all[m++] = x;
      }
    }
    const c = sortedQuantileCuts(all.subarray(0, m).sort(), k);
    if (c !== null) assignClasses(v, n, T, 0, T, c, out);
  } else {
    const col = new Float64Array(n);
    for (let t = 0; t < T; t++) {
      let m = 0;
      for (let i = 0; i < n; i++) {
        const x = v[i][t];
        if (x !== null && x !== undefined) col[m++] = x;
      }
      const c = sortedQuantileCuts(col.subarray(0, m).sort(), k);
      if (c !== null) assignClasses(v, n, T, t, t + 1, c, out);
    }
  }
  return out;
}

/** out[i * T + t] = the class of v[i][t] by the cut points, for the periods t0 ≤ t < t1 (blanks stay −1). */
function assignClasses(v: Grid, n: number, T: number, t0: number, t1: number, cuts: readonly number[], out: Int32Array): void {
  for (let i = 0; i < n; i++) {
    const row = v[i];
    for (let t = t0; t < t1; t++) {
      const x = row[t];
      if (x !== null && x !== undefined) out[i * T + t] = classOf(x, cuts);
    }
  }
}

/** Transition counts between the classes of consecutive periods, k×k row-major. */
function countTransitions(cls: Int32Array, n: number, T: number, k: number): Float64Array {
  const counts = new Float64Array(k * k);
  for (let i = 0; i < n; i++) {
    for (let t = 0; t + 1 < T; t++) {
      const a = cls[i * T + t];
      const b = cls[i * T + t + 1];
      if (a >= 0 && b >= 0) counts[a * k + b]++;
    }
  }
  return counts;
}

/**
 * The spatial lags, n×T (null: undefined), yielding to Excel between units:
 * per period, Σ_j w_ij y_jt over the neighbours with a value, divided by their total weight
 * (two dot products of a weights row with contiguous columns: n² T multiply-adds in all).
 */
async function spatialLags(v: Grid, n: number, T: number, w: Float64Array, pacer: Pacer): Promise<(number | null)[][]> {
  // y[t * n + j] (blank → 0) and present[t * n + j] (1 or 0)
  const y = new Float64Array(T * n);
  const present = new Float64Array(T * n);
  let blanks = false;
  for (let j = 0; j < n; j++) {
    for (let t = 0; t < T; t++) {
      const x = v[j][t];
      if (x === null || x === undefined) blanks = true;
      else {
        y[t * n + j] = x;
        present[t * n + j] = 1;
      }
    }
  }
  const lag: (number | null)[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const row = w.subarray(i * n, (i + 1) * n);
    let rowSum = 0;
    for (let j = 0; j < n; j++) rowSum += row[j];
    const out: (number | null)[] = new Array(T);
    for (let t = 0; t < T; t++) {
      const num = dot(row, y, t * n, n);
      const den = blanks ? dot(row, present, t * n, n) : rowSum;
      out[t] = den > 0 ? num / den : null;
    }
    lag[i] = out;
    await pacer.tick();
  }
  return lag;
}

/** Σ_j a[j]·b[offset + j], j < n, with four accumulators (the additions no longer wait on each other). */
function dot(a: Float64Array, b: Float64Array, offset: number, n: number): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let j = 0;
  for (; j + 3 < n; j += 4) {
    s0 += a[j] * b[offset + j];
    s1 += a[j + 1] * b[offset + j + 1];
    s2 += a[j + 2] * b[offset + j + 2];
    s3 += a[j + 3] * b[offset + j + 3];
  }
  for (; j < n; j++) s0 += a[j] * b[offset + j];
  return s0 + s1 + (s2 + s3);
}

function matrixRows(counts: Float64Array, k: number, prefix: Cell[]): Cell[][] {
  const { p, rowTotals } = probabilities(counts, k);
  const rows: Cell[][] = [];
  for (let i = 0; i < k; i++) rows.push([...prefix, i + 1, rowTotals[i], ...Array.from(p.subarray(i * k, (i + 1) * k))]);
  return rows;
}

/**
 * @param values n×T wide panel (units in rows, periods in columns, oldest first); blanks are missing
 * @param classes k (default 4), or a row of k − 1 ascending cut points
 * @param classing "per-period" (default) or "pooled"
 * @param weights n×n spatial weights or n×2 coordinates (see spatial-weights.ts); omitted: the traditional chain
 * @param output "matrix" (default), "steady" or "test"
 * @throws #VALUE! for bad cut points, an unknown option, weights of the wrong shape, "test" without weights;
 *   #NUM! for a bad k; #N/A for fewer than 2 periods, no transitions, a chain without a unique steady state
 */
export async function markovTransition(
  values: Grid,
  classes: unknown = 4,
  classing: string | null = 'per-period',
  weights: (number | null)[][] | null = null,
  output: string | null = 'matrix',
): Promise<Cell[][]> {
  const how = (classing ?? 'per-period').toLowerCase() as Classing;
  if (how !== 'per-period' && how !== 'pooled') throw fail('value', 'unknownClassing', { value: String(classing) });
  const out = (output ?? 'matrix').toLowerCase() as MarkovOutput;
  if (out !== 'matrix' && out !== 'steady' && out !== 'test') throw fail('value', 'unknownMarkovOutput', { value: String(output) });
  const spatial = weights !== null && weights !== undefined;
  if (out === 'test' && !spatial) throw fail('value', 'testNeedsWeights', {});
  const n = values.length;
  const T = n > 0 ? values[0].length : 0;
  if (T < 2) throw fail('na', 'tooFewPeriodColumns', { n: T });
  const { k, cuts } = readClasses(classes);

  const cls = classify(values, n, T, k, cuts, how);
  const counts = countTransitions(cls, n, T, k);
  let total = 0;
  for (let x = 0; x < k * k; x++) total += counts[x];
  if (total === 0) throw fail('na', 'noTransition', {});

  if (out === 'steady') return [steadyState(counts, k)];
  if (!spatial) return [['class', 'n', ...Array.from({ length: k }, (_, j) => j + 1)], ...matrixRows(counts, k, [])];

  const w = readSpatialWeights(weights, n, 'weights');
  const lags = await spatialLags(values, n, T, w, new Pacer());
  const lagClass = classify(lags, n, T, k, null, how);
  const conditional = Array.from({ length: k }, () => new Float64Array(k * k));
  let spatialTotal = 0;
  for (let i = 0; i < n; i++) {
    for (let t = 0; t + 1 < T; t++) {
      const a = cls[i * T + t];
      const b = cls[i * T + t + 1];
      const l = lagClass[i * T + t];
      if (a >= 0 && b >= 0 && l >= 0) {
        conditional[l][a * k + b]++;
        spatialTotal++;
      }
    }
  }
  if (spatialTotal === 0) throw fail('na', 'noSpatialTransition', {});

  if (out === 'test') {
    const { lr, q, dof } = homogeneity(conditional, k);
    const p = (x: number): Cell => (dof > 0 ? chiSquareUpper(x, dof) : fail('na', 'zeroDof', {}));
    return [[...TEST_HEADER], [lr, q, dof, p(lr), p(q)]];
  }
  const table: Cell[][] = [['lag class', 'class', 'n', ...Array.from({ length: k }, (_, j) => j + 1)]];
  conditional.forEach((c, l) => table.push(...matrixRows(c, k, [l + 1])));
  return table;
}
