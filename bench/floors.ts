/**
 * The floors: minimal typed-array implementations of the same computations as
 * the add-in, for data without blanks, in as few passes as the maths allows.
 * They read the data as Excel hands it (an array of row arrays) and return the
 * result in the shape the add-in returns (rows of plain numbers), so the ratio
 * add-in / floor measures what the add-in adds: argument checks, blank and
 * error handling, and any extra passes or copies. Every floor is checked
 * against the add-in (within 1e-9) before it is timed.
 */
import { mulberry32 } from '../src/core/shared/random';
import type { Rows } from './data';

/** Column minima and maxima in one row-major pass. */
function minMax(data: Rows, m: number): { lo: Float64Array; hi: Float64Array } {
  const lo = new Float64Array(m).fill(Infinity);
  const hi = new Float64Array(m).fill(-Infinity);
  for (let i = 0; i < data.length; i++) {
    const row = data[i];
    for (let j = 0; j < m; j++) {
      const x = row[j];
      if (x < lo[j]) lo[j] = x;
      if (x > hi[j]) hi[j] = x;
    }
  }
  return { lo, hi };
}

/** Per column: z = (x − a_j) · b_j is min-max by direction (benefit: a = min, b = 1/range; cost: a = max, b = −1/range). */
function minMaxAffine(data: Rows, m: number, dirs: readonly number[]): { a: Float64Array; b: Float64Array } {
  const { lo, hi } = minMax(data, m);
  const a = new Float64Array(m);
  const b = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    const range = hi[j] - lo[j];
    a[j] = dirs[j] === 1 ? lo[j] : hi[j];
    b[j] = (dirs[j] === 1 ? 1 : -1) / range;
  }
  return { a, b };
}

function weightsSumTo1(weights: readonly number[]): Float64Array {
  let t = 0;
  for (const w of weights) t += w;
  return Float64Array.from(weights, (w) => w / t);
}

export function normalizeFloor(data: Rows, dirs: readonly number[]): number[][] {
  const m = dirs.length;
  const { a, b } = minMaxAffine(data, m, dirs);
  const out = new Array<number[]>(data.length);
  for (let i = 0; i < data.length; i++) {
    const row = data[i];
    const o = new Array<number>(m);
    for (let j = 0; j < m; j++) o[j] = (row[j] - a[j]) * b[j];
    out[i] = o;
  }
  return out;
}

/** Entropy weights, min-max + shift: Σ p ln p = (Σ z ln z)/S − ln S, so one pass after min/max. */
export function entropyFloor(data: Rows, dirs: readonly number[], shift = 0.0001): number[][] {
  const m = dirs.length;
  const n = data.length;
  const { a, b } = minMaxAffine(data, m, dirs);
  const s = new Float64Array(m);
  const zlz = new Float64Array(m);
  for (let i = 0; i < n; i++) {
    const row = data[i];
    for (let j = 0; j < m; j++) {
      const z = (row[j] - a[j]) * b[j] + shift;
      s[j] += z;
      if (z > 0) zlz[j] += z * Math.log(z);
    }
  }
  const d = new Float64Array(m);
  let total = 0;
  const lnN = Math.log(n);
  for (let j = 0; j < m; j++) {
    const e = -(zlz[j] / s[j] - Math.log(s[j])) / lnN;
    d[j] = 1 - Math.min(1, e);
    total += d[j];
  }
  return [Array.from(d, (v) => v / total)];
}

/** CRITIC: z, then means, sds and the correlation matrix from one pass of sums and cross products. */
export function criticFloor(data: Rows, dirs: readonly number[]): number[][] {
  const m = dirs.length;
  const n = data.length;
  const { a, b } = minMaxAffine(data, m, dirs);
  // Centre on the column means first, for accuracy: mean of z from the first pass.
  const mean = new Float64Array(m);
  for (let i = 0; i < n; i++) {
    const row = data[i];
    for (let j = 0; j < m; j++) mean[j] += (row[j] - a[j]) * b[j];
  }
  for (let j = 0; j < m; j++) mean[j] /= n;
  const cross = new Float64Array(m * m); // upper triangle incl. diagonal
  const zc = new Float64Array(m);
  for (let i = 0; i < n; i++) {
    const row = data[i];
    for (let j = 0; j < m; j++) zc[j] = (row[j] - a[j]) * b[j] - mean[j];
    for (let j = 0; j < m; j++) {
      const zj = zc[j];
      const base = j * m;
      for (let k = j; k < m; k++) cross[base + k] += zj * zc[k];
    }
  }
  const c = new Float64Array(m);
  let total = 0;
  for (let j = 0; j < m; j++) {
    let conflict = 0;
    for (let k = 0; k < m; k++) {
      if (k === j) continue;
      const [p, q] = j < k ? [j, k] : [k, j];
      const r = cross[p * m + q] / Math.sqrt(cross[p * m + p] * cross[q * m + q]);
      conflict += 1 - r;
    }
    c[j] = Math.sqrt(cross[j * m + j] / (n - 1)) * conflict;
    total += c[j];
  }
  return [Array.from(c, (v) => v / total)];
}

export function compositeFloor(data: Rows, dirs: readonly number[], weights: readonly number[]): number[][] {
  const m = dirs.length;
  const { a, b } = minMaxAffine(data, m, dirs);
  const w = weightsSumTo1(weights);
  // Σ w_j (x − a_j) b_j = Σ (w_j b_j) x − Σ w_j a_j b_j
  const wb = new Float64Array(m);
  let offset = 0;
  for (let j = 0; j < m; j++) {
    wb[j] = w[j] * b[j];
    offset += wb[j] * a[j];
  }
  const out = new Array<number[]>(data.length);
  for (let i = 0; i < data.length; i++) {
    const row = data[i];
    let s = 0;
    for (let j = 0; j < m; j++) s += wb[j] * row[j];
    out[i] = [s - offset];
  }
  return out;
}

/** TOPSIS, min-max, Euclidean: v = w·z; the ideal is w (z = 1 at the column's best), the anti-ideal 0. */
export function topsisFloor(data: Rows, dirs: readonly number[], weights: readonly number[]): number[][] {
  const m = dirs.length;
  const { a, b } = minMaxAffine(data, m, dirs);
  const w = weightsSumTo1(weights);
  const out = new Array<number[]>(data.length);
  for (let i = 0; i < data.length; i++) {
    const row = data[i];
    let plus = 0;
    let minus = 0;
    for (let j = 0; j < m; j++) {
      const v = w[j] * ((row[j] - a[j]) * b[j]);
      const g = v - w[j];
      plus += g * g;
      minus += v * v;
    }
    const sp = Math.sqrt(plus);
    const sm = Math.sqrt(minus);
    out[i] = [sm / (sp + sm)];
  }
  return out;
}

export function obstacleFloor(data: Rows, dirs: readonly number[], weights: readonly number[]): number[][] {
  const m = dirs.length;
  const { a, b } = minMaxAffine(data, m, dirs);
  const w = weightsSumTo1(weights);
  const out = new Array<number[]>(data.length);
  for (let i = 0; i < data.length; i++) {
    const row = data[i];
    const o = new Array<number>(m);
    let total = 0;
    for (let j = 0; j < m; j++) {
      const g = w[j] * (1 - (row[j] - a[j]) * b[j]);
      o[j] = g;
      total += g;
    }
    for (let j = 0; j < m; j++) o[j] /= total;
    out[i] = o;
  }
  return out;
}

/**
 * RANK_UNCERTAINTY's floor: min-max z once, then per run perturbed weights
 * (the same mulberry32 stream), the composites, a sort of the unit indices
 * and the ranks; per unit the sorted ranks' median, 5th and 95th percentiles.
 */
export function rankUncertaintyFloor(
  data: Rows,
  dirs: readonly number[],
  weights: readonly number[],
  noise: number,
  runs: number,
  seed: number,
): (number | string)[][] {
  const m = dirs.length;
  const n = data.length;
  const { a, b } = minMaxAffine(data, m, dirs);
  const z = new Float64Array(n * m);
  for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) z[i * m + j] = (data[i][j] - a[j]) * b[j];
  const w = weightsSumTo1(weights);
  const scores = new Float64Array(n);
  const order = new Uint32Array(n);
  const rank = new Int32Array(n);
  const score = (wt: Float64Array): void => {
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0, k = i * m; j < m; j++, k++) s += wt[j] * z[k];
      scores[i] = s;
    }
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((p, q) => scores[q] - scores[p]);
    for (let pos = 0; pos < n; pos++) {
      const i = order[pos];
      rank[i] = pos > 0 && scores[order[pos - 1]] === scores[i] ? rank[order[pos - 1]] : pos + 1;
    }
  };
  score(w);
  const base = Int32Array.from(rank);
  const next = mulberry32(seed);
  const pw = new Float64Array(m);
  const all = new Int32Array(n * runs);
  for (let run = 0; run < runs; run++) {
    let t = 0;
    for (let j = 0; j < m; j++) {
      pw[j] = w[j] * (1 - noise + 2 * noise * next());
      t += pw[j];
    }
    for (let j = 0; j < m; j++) pw[j] /= t;
    score(pw);
    for (let i = 0; i < n; i++) all[i * runs + run] = rank[i];
  }
  const pct = (s: Int32Array, p: number): number => {
    const h = (s.length - 1) * p;
    const lo = Math.floor(h);
    const hi = Math.min(lo + 1, s.length - 1);
    return s[lo] + (h - lo) * (s[hi] - s[lo]);
  };
  const rows: (number | string)[][] = [['rank', 'median rank', '5th percentile rank', '95th percentile rank']];
  for (let i = 0; i < n; i++) {
    const own = all.subarray(i * runs, (i + 1) * runs).sort();
    rows.push([base[i], pct(own, 0.5), pct(own, 0.05), pct(own, 0.95)]);
  }
  return rows;
}
