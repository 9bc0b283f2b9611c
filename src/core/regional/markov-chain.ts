/**
 * The pieces of MARKOV_TRANSITION: quantile classes, transition counts and
 * probabilities, the steady state of a chain, and the Bickenbach–Bode
 * homogeneity test of the spatial Markov chain.
 *
 * Classes are numbered 0 … k − 1 here (1 … k in the result).
 */
import { percentileInc } from '../shared/statistics';
import { fail } from './messages';

/** The k − 1 quantile cut points of the values (Excel's PERCENTILE.INC at 1/k, 2/k, …); null when there are no values. */
export function quantileCuts(values: readonly number[] | Float64Array, k: number): number[] | null {
  if (values.length === 0) return null;
  return sortedQuantileCuts(Float64Array.from(values).sort(), k);
}

/** quantileCuts of values already sorted ascending (a Float64Array sorted in place by the caller). */
export function sortedQuantileCuts(sorted: Float64Array, k: number): number[] | null {
  if (sorted.length === 0) return null;
  const cuts: number[] = [];
  for (let j = 1; j < k; j++) cuts.push(percentileInc(sorted, j / k));
  return cuts;
}

/**
 * The class of x for ascending cut points, upper-inclusive: x ≤ cuts[0] → 0,
 * cuts[j − 1] < x ≤ cuts[j] → j, x > the last → k − 1 (mapclassify's and
 * R's findInterval(left.open = TRUE) convention). Tied cut points leave the
 * classes between them empty.
 */
export function classOf(x: number, cuts: readonly number[]): number {
  let lo = 0;
  let hi = cuts.length; // the answer is in [lo, hi]
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (x <= cuts[mid]) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Row-normalised probabilities of a k×k count matrix (row-major); a row without transitions stays 0. */
export function probabilities(counts: Float64Array, k: number): { p: Float64Array; rowTotals: Float64Array } {
  const p = new Float64Array(k * k);
  const rowTotals = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    let s = 0;
    for (let j = 0; j < k; j++) s += counts[i * k + j];
    rowTotals[i] = s;
    if (s > 0) for (let j = 0; j < k; j++) p[i * k + j] = counts[i * k + j] / s;
  }
  return { p, rowTotals };
}

const list = (states: readonly number[]): string => states.map((s) => String(s + 1)).join(', ');

/**
 * The steady state (stationary distribution) π = πP, Σπ = 1, of the chain
 * estimated from the counts.
 * - Classes never seen in a transition (empty classes) get 0.
 * - A class that is entered but never left (it appears only in the last
 *   period) makes P not a transition matrix: #N/A.
 * - Transient classes get 0; with exactly one closed communicating class the
 *   distribution is unique (periodic chains included). With several closed
 *   classes it is not (each has its own, as giddy and quantecon report): #N/A.
 */
export function steadyState(counts: Float64Array, k: number): number[] {
  const { p, rowTotals } = probabilities(counts, k);
  const active: number[] = [];
  for (let i = 0; i < k; i++) {
    let entered = 0;
    for (let j = 0; j < k; j++) entered += counts[j * k + i];
    if (rowTotals[i] > 0) active.push(i);
    else if (entered > 0) {
      throw fail('na', 'classNeverLeft', { class: i + 1 });
    }
  }
  if (active.length === 0) throw fail('na', 'noTransitionForSteady', {});
  // Reachability among the active classes (transitive closure, k ≤ a few hundred).
  const m = active.length;
  const reach = new Uint8Array(m * m);
  for (let a = 0; a < m; a++) {
    reach[a * m + a] = 1;
    for (let b = 0; b < m; b++) if (p[active[a] * k + active[b]] > 0) reach[a * m + b] = 1;
  }
  for (let c = 0; c < m; c++) for (let a = 0; a < m; a++) if (reach[a * m + c]) for (let b = 0; b < m; b++) if (reach[c * m + b]) reach[a * m + b] = 1;
  // A closed class: a state whose every reachable state reaches it back; grouped by mutual reachability.
  const closed: number[][] = [];
  const assigned = new Uint8Array(m);
  for (let a = 0; a < m; a++) {
    if (assigned[a]) continue;
    let isClosed = true;
    for (let b = 0; b < m; b++) if (reach[a * m + b] && !reach[b * m + a]) isClosed = false;
    if (!isClosed) continue;
    const members: number[] = [];
    for (let b = 0; b < m; b++) {
      if (reach[a * m + b] && reach[b * m + a]) {
        members.push(b);
        assigned[b] = 1;
      }
    }
    closed.push(members);
  }
  if (closed.length > 1) {
    const sets = closed.map((c) => `{${list(c.map((a) => active[a]))}}`);
    throw fail('na', 'closedClasses', { count: closed.length, sets });
  }
  const states = closed[0].map((a) => active[a]);
  const s = states.length;
  // π (I − P_CC) = 0 with Σ π = 1: the transposed system, its last equation replaced by the sum.
  const a = new Float64Array(s * (s + 1));
  for (let r = 0; r < s; r++) {
    for (let c = 0; c < s; c++) a[r * (s + 1) + c] = (r === c ? 1 : 0) - p[states[c] * k + states[r]];
  }
  for (let c = 0; c < s; c++) a[(s - 1) * (s + 1) + c] = 1;
  a[(s - 1) * (s + 1) + s] = 1;
  const pi = solve(a, s);
  const out = new Array<number>(k).fill(0);
  let total = 0;
  states.forEach((st, i) => {
    const v = pi[i] > 0 ? pi[i] : 0;
    out[st] = v;
    total += v;
  });
  return out.map((v) => v / total);
}

/** Gaussian elimination with partial pivoting on an s×(s + 1) augmented matrix. */
function solve(a: Float64Array, s: number): number[] {
  const w = s + 1;
  for (let c = 0; c < s; c++) {
    let best = c;
    for (let r = c + 1; r < s; r++) if (Math.abs(a[r * w + c]) > Math.abs(a[best * w + c])) best = r;
    if (best !== c) {
      for (let j = 0; j < w; j++) {
        const t = a[c * w + j];
        a[c * w + j] = a[best * w + j];
        a[best * w + j] = t;
      }
    }
    const d = a[c * w + c];
    for (let r = c + 1; r < s; r++) {
      const f = a[r * w + c] / d;
      if (f === 0) continue;
      for (let j = c; j < w; j++) a[r * w + j] -= f * a[c * w + j];
    }
  }
  const x = new Array<number>(s).fill(0);
  for (let r = s - 1; r >= 0; r--) {
    let v = a[r * w + s];
    for (let j = r + 1; j < s; j++) v -= a[r * w + j] * x[j];
    x[r] = v / a[r * w + r];
  }
  return x;
}

export interface Homogeneity {
  lr: number;
  q: number;
  dof: number;
}

/**
 * The Bickenbach–Bode (2003) homogeneity test of m conditional matrices
 * against the pooled one (as giddy's Spatial_Markov reports it):
 *   LR = 2 Σ_l Σ_i Σ_j n_lij ln(P_l[i, j] / p[i, j])   over n_lij > 0
 *   Q  = Σ_l Σ_i Σ_j n_li (P_l[i, j] − p[i, j])² / p[i, j]   over p[i, j] > 0
 *   dof = Σ_i (b_i − 1)(A_i − 1), b_i the lag classes with transitions out of i,
 *         A_i the positive cells of row i of the pooled matrix
 * @param conditional m count matrices, each k×k row-major
 */
export function homogeneity(conditional: readonly Float64Array[], k: number): Homogeneity {
  const pooled = new Float64Array(k * k);
  for (const c of conditional) for (let x = 0; x < k * k; x++) pooled[x] += c[x];
  const { p } = probabilities(pooled, k);
  let lr = 0;
  let q = 0;
  for (const c of conditional) {
    const { p: pl, rowTotals } = probabilities(c, k);
    for (let i = 0; i < k; i++) {
      if (rowTotals[i] === 0) continue;
      for (let j = 0; j < k; j++) {
        const pij = p[i * k + j];
        if (pij === 0) continue;
        const nij = c[i * k + j];
        if (nij > 0) lr += 2 * nij * Math.log(pl[i * k + j] / pij);
        const d = pl[i * k + j] - pij;
        q += (rowTotals[i] * d * d) / pij;
      }
    }
  }
  let dof = 0;
  for (let i = 0; i < k; i++) {
    let b = 0;
    for (const c of conditional) {
      let s = 0;
      for (let j = 0; j < k; j++) s += c[i * k + j];
      if (s > 0) b++;
    }
    let a = 0;
    for (let j = 0; j < k; j++) if (p[i * k + j] > 0) a++;
    if (b > 0 && a > 0) dof += (b - 1) * (a - 1);
  }
  return { lr, q, dof };
}
