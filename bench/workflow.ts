/**
 * npm run bench, section 7: the composite-indicator workflow (catalogue
 * section 11), through the adapter as Excel calls the functions:
 *
 *   INDEX_SENSITIVITY   300 units × 30 indicators × 1,000 runs, output "indices"
 *                       (all four choices: 6,000 builds) and "ranks" (2,000 builds),
 *                       against a typed-array floor in this process doing the same
 *                       runs (sensitivityFloor), its table checked equal to the add-in's
 *   PCA_SCORE           "score" and "loadings" on 50 correlated indicators
 *   CORRELATION_MATRIX  "pearson" and "spearman" on the same data
 *   TREAT_OUTLIERS      50 indicators, some heavy-tailed (log_CT), some with a
 *                       few far outliers (winsorised)
 *
 * The last three against numpy/scipy on the same data in the same run
 * (bench/numpy_workflow.py), the add-in's results checked against them. The
 * issue's size for them is 10,000 × 50, twice what the adapter accepts (its
 * arguments are limited to the 5 MB Excel on the web carries, about 250,000
 * numbers: src/excel/limits.ts), so each is run twice: through the adapter on
 * the most rows it takes at 50 columns (4,980), and on 10,000 rows through the
 * spec's compute (the core, as the adapter calls it, without the size check
 * and the conversion of the result).
 *
 * Each row gives the wall time, the longest synchronous slice (Office restarts
 * an add-in unresponsive for 5 s; the target is 0.5 s) and the result's size.
 */
import fs from 'fs';
import path from 'path';
import { performance } from 'perf_hooks';
import { invoke, ExcelError, type ExcelResult } from '../src/excel/adapter';
import { specByName } from '../src/registry';
import { mulberry32 } from '../src/core/shared/random';
import { matrixCase, pack, readF64, writeF64, type Rows } from './data';
import { median } from './measure';
import { longestSlice } from './regional';
import { against, ms, table } from './table';

type Summary = { add(ok: boolean, what: string): void };
type Table = readonly (readonly unknown[])[];

// ---------------------------------------------------------------------------
// Data

/** A standard normal draw (Box–Muller). */
const gauss = (next: () => number): number => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());

/**
 * n units × m indicators driven by three latent factors of falling strength
 * (every indicator loads on the first, half on the second, a third on the
 * third) plus noise, each on its own scale: the correlation matrix has three
 * well-separated eigenvalues above 1 and the rest below, so PCA_SCORE keeps
 * three components whose eigenvectors are determined. The last five columns
 * are rounded to one decimal, so that Spearman meets tied values.
 */
export function factorData(n: number, m = 50, seed = 2025): Rows {
  const next = mulberry32(seed);
  const load = Array.from({ length: m }, (_, j) => [0.55 + 0.35 * next(), j % 2 === 0 ? 0.6 : -0.3 * next(), j % 3 === 0 ? 0.5 : 0]);
  const noise = Array.from({ length: m }, () => 0.4 + 0.3 * next());
  const scale = Array.from({ length: m }, (_, j) => 2 + j);
  const data: Rows = new Array(n);
  for (let i = 0; i < n; i++) {
    const f = [gauss(next), gauss(next), gauss(next)];
    const row = new Array<number>(m);
    for (let j = 0; j < m; j++) {
      const v = 10 * scale[j] + scale[j] * (load[j][0] * f[0] + load[j][1] * f[1] + load[j][2] * f[2] + noise[j] * gauss(next));
      row[j] = j >= m - 5 ? Math.round(v * 10) / 10 : v;
    }
    data[i] = row;
  }
  return data;
}

/**
 * n × m data for TREAT_OUTLIERS: most columns normal (they pass), every
 * eighth log-normal with σ = 1 (too skewed for five winsorised points: log_CT),
 * every eighth from the fourth normal with three far outliers (at 40, 45 and
 * 50 sd: winsorised, three points).
 */
export function heavyData(n: number, m = 50, seed = 2026): Rows {
  const next = mulberry32(seed);
  const data: Rows = Array.from({ length: n }, () => new Array<number>(m));
  for (let j = 0; j < m; j++) {
    const kind = j % 8 === 0 ? 'lognormal' : j % 8 === 4 ? 'outliers' : 'normal';
    for (let i = 0; i < n; i++) {
      const g = gauss(next);
      data[i][j] = kind === 'lognormal' ? 100 * Math.exp(g) : 50 + 5 * g;
    }
    if (kind === 'outliers') for (let q = 0; q < 3; q++) data[(q * 997 + j) % n][j] = 50 + 5 * (40 + 5 * q);
  }
  return data;
}

// ---------------------------------------------------------------------------
// The floor of INDEX_SENSITIVITY

const TWO_32 = 4294967296;

/** Per column of a row-major n × m matrix, by direction: min-max, z-score (sample sd), percentile rank ((rank − 1)/(n − 1), ties low). */
function normalisations(x: Float64Array, n: number, m: number, dirs: readonly number[]): Float64Array[] {
  const z = [new Float64Array(n * m), new Float64Array(n * m), new Float64Array(n * m)];
  const col = new Float64Array(n);
  const sorted = new Float64Array(n);
  for (let j = 0; j < m; j++) {
    let lo = Infinity;
    let hi = -Infinity;
    let s = 0;
    for (let i = 0; i < n; i++) {
      const v = x[i * m + j];
      col[i] = v;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
      s += v;
    }
    const mean = s / n;
    let ss = 0;
    for (let i = 0; i < n; i++) ss += (col[i] - mean) * (col[i] - mean);
    const sd = Math.sqrt(ss / (n - 1));
    sorted.set(col);
    sorted.sort();
    const d = dirs[j];
    for (let i = 0; i < n; i++) {
      const v = col[i];
      z[0][i * m + j] = d === 1 ? (v - lo) / (hi - lo) : (hi - v) / (hi - lo);
      z[1][i * m + j] = (d * (v - mean)) / sd;
      // The number of values strictly below v.
      let a = 0;
      let b = n;
      while (a < b) {
        const h = (a + b) >>> 1;
        if (sorted[h] < v) a = h + 1;
        else b = h;
      }
      z[2][i * m + j] = d === 1 ? a / (n - 1) : 1 - a / (n - 1);
    }
  }
  return z;
}

/** Given (rescaled), entropy (min-max + 0.0001) and CRITIC weights from the min-max matrix z, each summing to 1. */
function weightings(z: Float64Array, n: number, m: number, given: readonly number[]): Float64Array[] {
  let g = 0;
  for (const w of given) g += w;
  const w0 = Float64Array.from(given, (w) => w / g);
  const entropy = new Float64Array(m);
  const mean = new Float64Array(m);
  const ss = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += z[i * m + j] + 0.0001;
    let e = 0;
    let t = 0;
    for (let i = 0; i < n; i++) {
      const p = (z[i * m + j] + 0.0001) / s;
      e += p > 0 ? p * Math.log(p) : 0;
      t += z[i * m + j];
    }
    entropy[j] = 1 - Math.min(1, -e / Math.log(n));
    mean[j] = t / n;
    let q = 0;
    for (let i = 0; i < n; i++) q += (z[i * m + j] - mean[j]) ** 2;
    ss[j] = q;
  }
  const critic = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    let conflict = 0;
    for (let k = 0; k < m; k++) {
      if (k === j) continue;
      let c = 0;
      for (let i = 0; i < n; i++) c += (z[i * m + j] - mean[j]) * (z[i * m + k] - mean[k]);
      conflict += 1 - Math.max(-1, Math.min(1, c / Math.sqrt(ss[j] * ss[k])));
    }
    critic[j] = Math.sqrt(ss[j] / (n - 1)) * conflict;
  }
  return [w0, entropy, critic].map((w) => {
    let s = 0;
    for (let j = 0; j < m; j++) s += w[j];
    return w.map((v) => v / s);
  });
}

/** Ranks as RANK.EQ (1 = the highest score): a typed sort, then a binary search per unit. */
function rank(scores: Float64Array, sorted: Float64Array, ranks: Int32Array): void {
  const n = scores.length;
  sorted.set(scores);
  sorted.sort();
  for (let u = 0; u < n; u++) {
    // The number of scores ≤ s.
    const s = scores[u];
    let a = 0;
    let b = n;
    while (a < b) {
      const h = (a + b) >>> 1;
      if (sorted[h] <= s) a = h + 1;
      else b = h;
    }
    ranks[u] = n - a + 1;
  }
}

/** PERCENTILE.INC of sorted values. */
function percentile(s: Int32Array, p: number): number {
  const h = (s.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, s.length - 1);
  return s[lo] + (h - lo) * (s[hi] - s[lo]);
}

const CHOICE_NAMES = ['normalization', 'weighting', 'aggregation', 'noise'];
const GEOMETRIC: readonly [number, number][] = [
  [1, 99],
  [10, 2],
  [1, 99],
];

/**
 * INDEX_SENSITIVITY with all four choices varying, written plainly on typed
 * arrays (no blanks, no pacer): the three normalisations, their logarithms on
 * the positive scales and the three weightings computed once; then per run
 * the choices picked from the design, the weight noise, the weighted sum over
 * n × m, the ranks and the mean absolute rank shift; then the Sobol indices
 * ("indices", N·6 runs) or the rank statistics ("ranks", the 2N runs of A and B).
 * The same design (mulberry32(seed), A's row then B's, run by run), so its
 * table is the add-in's (checked).
 */
export function sensitivityFloor(data: Rows, directions: readonly number[], weights: readonly number[], runs: number, seed: number, output: 'indices' | 'ranks'): unknown[][] {
  const n = data.length;
  const m = data[0].length;
  const x = pack(data);
  const z = normalisations(x, n, m, directions);
  const logz = z.map((za, a) => za.map((v) => Math.log(GEOMETRIC[a][0] + GEOMETRIC[a][1] * v)));
  const w = weightings(z[0], n, m, weights);
  const d = 4;
  const N = runs;
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
  const score = (xa: Float64Array, wb: Float64Array): void => {
    for (let u = 0; u < n; u++) {
      let s = 0;
      for (let j = 0; j < m; j++) s += wb[j] * xa[u * m + j];
      scores[u] = s;
    }
  };
  score(z[0], w[0]);
  rank(scores, sorted, ranks);
  const nominal = Int32Array.from(ranks);
  const run = (u: ArrayLike<number>): number => {
    const a = Math.min(2, Math.floor(u[0] * 3));
    const b = Math.min(2, Math.floor(u[1] * 3));
    const geometric = Math.floor(u[2] * 2) >= 1;
    const g = mulberry32(Math.floor(u[3] * TWO_32));
    let sum = 0;
    for (let j = 0; j < m; j++) {
      noisy[j] = w[b][j] * (1 + 0.5 * (g() - 0.5));
      sum += noisy[j];
    }
    for (let j = 0; j < m; j++) noisy[j] /= sum;
    score(geometric ? logz[a] : z[a], noisy);
    rank(scores, sorted, ranks);
    let shift = 0;
    for (let k = 0; k < n; k++) shift += Math.abs(ranks[k] - nominal[k]);
    return shift / n;
  };
  const y = new Float64Array(N * (output === 'indices' ? d + 2 : 2));
  const kept = output === 'ranks' ? new Int32Array(n * 2 * N) : null;
  const u = new Float64Array(d);
  for (let half = 0; half < 2; half++) {
    const src = half === 0 ? A : B;
    for (let r = 0; r < N; r++) {
      y[half * N + r] = run(src.subarray(r * d, (r + 1) * d));
      if (kept) for (let k = 0; k < n; k++) kept[k * 2 * N + half * N + r] = ranks[k];
    }
  }
  if (kept) {
    const out: unknown[][] = [['nominal rank', 'median rank', 'p5', 'p95', 'mean abs shift']];
    for (let k = 0; k < n; k++) {
      const own = kept.subarray(k * 2 * N, (k + 1) * 2 * N).sort();
      let shift = 0;
      for (let r = 0; r < 2 * N; r++) shift += Math.abs(own[r] - nominal[k]);
      out.push([nominal[k], percentile(own, 0.5), percentile(own, 0.05), percentile(own, 0.95), shift / (2 * N)]);
    }
    return out;
  }
  for (let i = 0; i < d; i++) {
    for (let r = 0; r < N; r++) {
      for (let f = 0; f < d; f++) u[f] = f === i ? B[r * d + f] : A[r * d + f];
      y[(2 + i) * N + r] = run(u);
    }
  }
  let mean = 0;
  for (let r = 0; r < 2 * N; r++) mean += y[r];
  mean /= 2 * N;
  let v = 0;
  for (let r = 0; r < 2 * N; r++) v += (y[r] - mean) ** 2;
  v /= 2 * N - 1;
  const out: unknown[][] = [['choice', 'first order', 'total']];
  for (let i = 0; i < d; i++) {
    let s = 0;
    let t = 0;
    for (let r = 0; r < N; r++) {
      const yA = y[r];
      const yAB = y[(2 + i) * N + r];
      s += y[N + r] * (yAB - yA);
      t += (yA - yAB) ** 2;
    }
    out.push([CHOICE_NAMES[i], s / N / v, t / (2 * N * v)]);
  }
  return out;
}

// ---------------------------------------------------------------------------
// The jobs

export interface WorkflowSizes {
  units: number;
  indicators: number;
  runs: number;
  /** Rows of the 50-column data through the adapter (at most 4,980: its 5 MB), and through the core. */
  adapterRows: number;
  coreRows: number;
  columns: number;
}

export const WORKFLOW_SIZES: WorkflowSizes = { units: 300, indicators: 30, runs: 1000, adapterRows: 4980, coreRows: 10_000, columns: 50 };
export const WORKFLOW_QUICK_SIZES: WorkflowSizes = { units: 300, indicators: 30, runs: 250, adapterRows: 1000, coreRows: 2000, columns: 50 };

export interface WorkflowJob {
  /** The row's key (NQP_BENCH_ONLY takes it, or the function's name). */
  key: string;
  name: string;
  what: string;
  size: string;
  /** "adapter": invoke as Excel calls it; "core": the spec's compute (beyond the adapter's 5 MB). */
  via: 'adapter' | 'core';
  args: unknown[];
  /** The typed-array floor (INDEX_SENSITIVITY), returning the add-in's table. */
  floor?: () => unknown[][];
  /** numpy's job in numpy_workflow.py and the data it runs on. */
  numpy?: { key: string; data: 'factor' | 'heavy'; n: number };
  /** The add-in's numbers in numpy's layout (row-major). */
  pick?: (r: Table) => number[];
}

const num = (v: unknown): number => (typeof v === 'number' ? v : NaN);
const all = (r: Table): number[] => r.flatMap((row) => row.map(num));

export interface WorkflowData {
  sensitivity: ReturnType<typeof matrixCase>;
  factor: Record<number, Rows>;
  heavy: Record<number, Rows>;
}

export function workflowData(s: WorkflowSizes): WorkflowData {
  const factor: Record<number, Rows> = {};
  const heavy: Record<number, Rows> = {};
  for (const n of [s.adapterRows, s.coreRows]) {
    factor[n] = factorData(n, s.columns);
    heavy[n] = heavyData(n, s.columns);
  }
  return { sensitivity: matrixCase(s.units, s.indicators, 99), factor, heavy };
}

export function workflowJobs(s: WorkflowSizes, d: WorkflowData = workflowData(s)): WorkflowJob[] {
  const c = d.sensitivity;
  const row = (v: readonly number[]) => [[...v]];
  const sens = (output: 'indices' | 'ranks'): WorkflowJob => ({
    key: `sensitivity-${output}`,
    name: 'INDEX_SENSITIVITY',
    what: `${output}, all four choices`,
    size: `${s.units}×${s.indicators}×${s.runs.toLocaleString('en')}`,
    via: 'adapter',
    args: [c.data, row(c.directions), row(c.weights), null, s.runs, 1, output],
    floor: () => sensitivityFloor(c.data, c.directions, c.weights, s.runs, 1, output),
  });
  const jobs: WorkflowJob[] = [sens('indices'), sens('ranks')];
  for (const [n, via] of [
    [s.adapterRows, 'adapter'],
    [s.coreRows, 'core'],
  ] as const) {
    const size = `${n.toLocaleString('en')}×${s.columns}`;
    const f = d.factor[n];
    const h = d.heavy[n];
    const tag = via === 'core' ? '-core' : '';
    jobs.push(
      { key: `pca-score${tag}`, name: 'PCA_SCORE', what: 'score', size, via, args: [f, null, 'score'], numpy: { key: 'pca-score', data: 'factor', n }, pick: all },
      { key: `pca-loadings${tag}`, name: 'PCA_SCORE', what: 'loadings', size, via, args: [f, null, 'loadings'], numpy: { key: 'pca-loadings', data: 'factor', n }, pick: all },
      { key: `corr-pearson${tag}`, name: 'CORRELATION_MATRIX', what: 'pearson', size, via, args: [f, 'pearson'], numpy: { key: 'corr-pearson', data: 'factor', n }, pick: all },
      { key: `corr-spearman${tag}`, name: 'CORRELATION_MATRIX', what: 'spearman', size, via, args: [f, 'spearman'], numpy: { key: 'corr-spearman', data: 'factor', n }, pick: all },
      { key: `treat${tag}`, name: 'TREAT_OUTLIERS', what: 'data', size, via, args: [h, null, null, null, 'data'], numpy: { key: 'treat', data: 'heavy', n }, pick: all },
    );
  }
  return jobs;
}

/** NQP_BENCH_ONLY=PCA_SCORE,treat-core runs only those (a function's name runs all its rows; a key, that row). */
export function selectedWorkflowJobs(jobs: readonly WorkflowJob[], only = process.env.NQP_BENCH_ONLY): WorkflowJob[] {
  const names = only?.split(',').map((n) => n.trim().toUpperCase());
  return jobs.filter((j) => specByName.has(j.name) && (!names || names.includes(j.name) || names.includes(j.key.toUpperCase())));
}

/** A result as Excel's rows: a column (PCA_SCORE's "score" from the core) becomes one cell per row. */
const asRows = (r: unknown): Table => (Array.isArray(r) && r.length > 0 && !Array.isArray(r[0]) ? (r as unknown[]).map((v) => [v]) : (r as Table));

/** Calls a job once: through the adapter, or the spec's compute on the same arguments. */
export async function callJob(job: WorkflowJob): Promise<Table> {
  const spec = specByName.get(job.name)!;
  if (job.via === 'adapter') return (await invoke(spec, job.args)) as ExcelResult;
  return asRows(await spec.compute(...job.args));
}

/** The largest difference relative to max(1, |numpy's|); Infinity when the lengths differ or a value is missing. */
export function worstDifference(a: readonly number[], b: ArrayLike<number>): number {
  if (a.length !== b.length) return Infinity;
  let worst = 0;
  for (let i = 0; i < a.length; i++) {
    const d = Math.abs(a[i] - b[i]) / Math.max(1, Math.abs(b[i]));
    worst = Number.isNaN(d) ? Infinity : Math.max(worst, d);
  }
  return worst;
}

/** The largest absolute difference between two tables, Infinity when their shapes or any non-number cell differ. */
export function tableDifference(got: Table, want: Table): number {
  if (got.length !== want.length) return Infinity;
  let worst = 0;
  for (let i = 0; i < got.length; i++) {
    if (got[i].length !== want[i].length) return Infinity;
    for (let j = 0; j < got[i].length; j++) {
      const v = got[i][j];
      const w = want[i][j];
      if (typeof v === 'number' && typeof w === 'number') worst = Math.max(worst, Math.abs(v - w));
      else if (v !== w) return Infinity;
    }
  }
  return worst;
}

interface NumpyWorkflow {
  numpy: string;
  scipy: string;
  timings: Record<string, number>;
  treated: Record<string, [number, number]>;
}

/** Writes the data numpy needs and returns the request for numpy_workflow.py. */
export function numpyRequest(dir: string, jobs: readonly WorkflowJob[], d: WorkflowData, reps: number) {
  fs.mkdirSync(dir, { recursive: true });
  const cases = new Map<string, { file: string; n: number; m: number; jobs: string[] }>();
  for (const j of jobs) {
    if (!j.numpy) continue;
    const file = `${j.numpy.data}-${j.numpy.n}.f64`;
    let c = cases.get(file);
    if (!c) {
      const rows = d[j.numpy.data][j.numpy.n];
      writeF64(path.join(dir, file), pack(rows));
      c = { file, n: rows.length, m: rows[0].length, jobs: [] };
      cases.set(file, c);
    }
    if (!c.jobs.includes(j.numpy.key)) c.jobs.push(j.numpy.key);
  }
  return { dir, reps, cases: [...cases.values()] };
}

const payloadBytes = (r: Table): number => Buffer.byteLength(JSON.stringify(r));
const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

/** What one row measured (NaN where not applicable). */
export interface WorkflowRow {
  key: string;
  name: string;
  via: 'adapter' | 'core';
  ms: number;
  floorMs: number;
  numpyMs: number;
  sliceMs: number;
  cells: number;
  bytes: number;
  /** vs the floor's table (absolute) or numpy's numbers (relative); NaN: not compared. */
  diff: number;
  errors: number;
}

/** Prints the section's table; returns what each row measured (the smoke test reads it). */
export async function workflowSection(
  quick: boolean,
  reps: number,
  tmp: string,
  numpy: { ok: boolean; note: string },
  runPython: <T>(script: string, request: unknown) => T,
  summary: Summary,
  sizes: WorkflowSizes = quick ? WORKFLOW_QUICK_SIZES : WORKFLOW_SIZES,
): Promise<WorkflowRow[]> {
  console.log(
    `\n7. The composite-indicator workflow: INDEX_SENSITIVITY on ${sizes.units} units × ${sizes.indicators} indicators × ${sizes.runs.toLocaleString('en')} runs vs a typed-array floor; ` +
      `PCA_SCORE, CORRELATION_MATRIX, TREAT_OUTLIERS on ${sizes.adapterRows.toLocaleString('en')} × ${sizes.columns} (through the adapter) and ${sizes.coreRows.toLocaleString('en')} × ${sizes.columns} (the core) vs numpy/scipy`,
  );
  const d = workflowData(sizes);
  const jobs = selectedWorkflowJobs(workflowJobs(sizes, d));
  if (jobs.length === 0) {
    console.log('   not available: no workflow function is registered (or NQP_BENCH_ONLY names none)');
    return [];
  }
  const dir = path.join(tmp, 'workflow');
  let np: NumpyWorkflow | null = null;
  if (numpy.ok && jobs.some((j) => j.numpy)) np = runPython<NumpyWorkflow>('numpy_workflow.py', numpyRequest(dir, jobs, d, reps));

  const rows: string[][] = [];
  const measured: WorkflowRow[] = [];
  const budget = quick ? 5_000 : 20_000;
  for (const job of jobs) {
    const t0 = performance.now();
    const result = await callJob(job);
    const first = performance.now() - t0;
    let diff = NaN;
    if (job.floor) diff = tableDifference(result, job.floor());
    else if (np && job.numpy && job.pick) diff = worstDifference(job.pick(result), readF64(path.join(dir, `${job.numpy.key}-${job.numpy.n}.f64`)));
    // Timed runs, each after a full GC and probed for its longest slice, in alternation with the floor when there is one.
    const times: number[] = [];
    const floorTimes: number[] = [];
    let slice = 0;
    for (let r = 0; r < reps && (r === 0 || times.reduce((a, b) => a + b, 0) < budget); r++) {
      gc();
      const start = performance.now();
      slice = Math.max(slice, await longestSlice(() => callJob(job)));
      times.push(performance.now() - start);
      if (job.floor) {
        gc();
        const f0 = performance.now();
        job.floor();
        floorTimes.push(performance.now() - f0);
      }
    }
    const t = median(times);
    const floorMs = job.floor ? median(floorTimes) : NaN;
    const npMs = np && job.numpy ? np.timings[`${job.numpy.key}-${job.numpy.n}`] * 1000 : NaN;
    const errors = result.flat().filter((v) => v instanceof ExcelError).length;
    const cells = result.length * (result[0]?.length ?? 0);
    const bytes = payloadBytes(result);
    const label = `${job.name} (${job.what})`;
    const tol = 1e-9;
    const compared = !Number.isNaN(diff);
    if (job.floor) {
      summary.add(t < 1000, `${label} ${job.size} time`);
      summary.add(t / floorMs <= 2, `${label} ${job.size} ×floor`);
    }
    if (np && job.numpy) summary.add(t / npMs <= 1, `${label} ${job.size}${job.via === 'core' ? ' (core)' : ''} ×numpy`);
    if (compared) summary.add(diff <= tol, `${label} ${job.size} agrees with the ${job.floor ? 'floor' : 'numpy'}`);
    summary.add(errors === 0, `${label} ${job.size} without error cells`);
    summary.add(slice <= 500, `${label} ${job.size} longest slice`);
    if (job.via === 'adapter') summary.add(bytes <= 5e6, `${label} ${job.size} result size`);
    measured.push({ key: job.key, name: job.name, via: job.via, ms: t, floorMs, numpyMs: npMs, sliceMs: slice, cells, bytes, diff, errors });
    const vs = job.floor ? t / floorMs : t / npMs;
    rows.push([
      label,
      `${job.size}${job.via === 'core' ? ' core' : ''}`,
      job.floor ? `${ms(t)} ${t < 1000 ? 'ok' : 'MISS'}` : ms(t),
      ms(first),
      job.floor ? `floor ${ms(floorMs)}` : np ? `numpy ${ms(npMs)}` : 'n/a',
      job.floor ? against(vs, 2) + ' (≤2×)' : np ? against(vs, 1) + ' (≤1×)' : 'n/a',
      `${ms(slice)} ${slice <= 500 ? 'ok' : 'MISS'}`,
      `${cells.toLocaleString('en')}${errors ? ` (${errors} errors)` : ''}`,
      `${(bytes / 1e6).toFixed(2)}${job.via === 'adapter' ? (bytes <= 5e6 ? ' ok' : ' MISS') : ''}`,
      compared ? `${diff === Infinity ? '∞' : diff.toExponential(1)} ${diff <= tol ? 'ok' : 'FLAG'}` : 'n/a',
    ]);
  }
  console.log(
    table(
      [
        { title: 'function', align: 'left' },
        { title: 'size', align: 'left' },
        { title: 'add-in ms' },
        { title: '1st call' },
        { title: 'baseline ms', align: 'left' },
        { title: '× baseline (target)' },
        { title: 'longest slice ms (≤500)' },
        { title: 'result cells' },
        { title: 'result MB (≤5)' },
        { title: '|Δ| (≤1e-9)' },
      ],
      rows,
    ),
  );
  const notes: string[] = [];
  notes.push(
    'INDEX_SENSITIVITY: target < 1 s; floor: bench/workflow.ts sensitivityFloor, the same runs plainly on typed arrays in this process (normalisations, logarithms and weightings once; per run the picks, the noise, ' +
      'the n×m weighted sums, a typed sort and a binary search per unit), timed in alternation with the add-in; its table is checked equal to the add-in\'s (|Δ| absolute)',
  );
  if (np) {
    const treated = Object.entries(np.treated)
      .map(([n, [w, l]]) => `${Number(n).toLocaleString('en')} rows: ${w} columns winsorised, ${l} logged`)
      .join('; ');
    notes.push(
      `numpy ${np.numpy}, scipy ${np.scipy} (bench/numpy_workflow.py), the computation alone, data loaded: PCA standardise (ddof=1), Z'Z/(n − 1), eigh, signed eigenvectors, Kaiser, F = Z u; ` +
        'corrcoef; Spearman rankdata (average) then corrcoef; TREAT_OUTLIERS COINr\'s loop per column (' + treated + '); |Δ| relative to max(1, |numpy|)',
    );
  } else notes.push(`numpy: not available (${numpy.note})`);
  notes.push(
    'size: the adapter takes at most 4,980 rows of 50 numbers (its arguments ≤ 5 MB as Excel sends them, ≈ 250,000 numbers; 10,000 × 50 is #VALUE! there); ' +
      '"core": the spec\'s compute on the same arguments, as the adapter calls it but without that check or the conversion of the result (no result-size target)',
  );
  notes.push(`add-in ms: the median of up to ${reps} calls (fewer past ${budget / 1000} s, at least one) after a first, untimed one (1st call); the longest slice is the worst of the timed calls`);
  for (const t of notes) console.log(`   ${t}`);
  return measured;
}
