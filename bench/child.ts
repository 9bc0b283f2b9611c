/**
 * The benchmark's child processes. main.ts transpiles these files to plain
 * JavaScript and runs them with node alone: no TypeScript compiler and no
 * add-in source in the process, only the built bundle (bundle.ts), as in the
 * add-in's runtime.
 *
 *   child.js timing DIST N M REPS WARMUPS [NUMPY_DIR]  → a TimingReport (JSON) on stdout
 *   child.js memory DIST N M                           → a MemoryReport (JSON) on stdout
 *   child.js adapter DIST N REPS                       → an AdapterReport (JSON) on stdout
 *
 * Every add-in result is checked against its floor (and against numpy's, when
 * NUMPY_DIR holds them) to within 1e-9 before it is timed.
 */
import fs from 'fs';
import path from 'path';
import { callRegistered, loadBundle, StandInError } from './bundle';
import { dependenceRatio } from '../src/core/security/dependence-ratio';
import { flows, matrixCase, readF64 } from './data';
import { MATRIX_FUNCTIONS } from './matrix';
import { time, timeAlternating, type Timing } from './measure';
import { memoryReport } from './memory';

export const TOLERANCE = 1e-9;

export interface FunctionTiming {
  name: string;
  /** Set when the add-in answered with an error instead of numbers. */
  refused?: string;
  addin?: Timing;
  floor?: Timing;
  /** Largest |add-in − floor| and |add-in − numpy| (NaN when numpy's result is not there). */
  floorDiff?: number;
  numpyDiff?: number;
}

export interface TimingReport {
  functions: FunctionTiming[];
  /**
   * Building Excel's result alone (no computation): n rows of m numbers, as NORMALIZE and
   * OBSTACLE_DEGREE return, and n rows of one number, as COMPOSITE_SCORE and TOPSIS return,
   * copied from a typed array. A lower bound for any implementation, in this runtime.
   */
  shape: { table: Timing; column: Timing };
}

/** n rows of m numbers, the values copied from z (row-major): the least any function returning such a table does. */
export function buildRows(z: Float64Array, n: number, m: number): number[][] {
  const out = new Array<number[]>(n);
  for (let i = 0, k = 0; i < n; i++) {
    const row = new Array<number>(m);
    for (let j = 0; j < m; j++, k++) row[j] = z[k];
    out[i] = row;
  }
  return out;
}

/** The largest |a − b| over two results of the same shape; throws on a shape or type mismatch. */
export function maxDiff(name: string, got: readonly (readonly unknown[])[], want: readonly (readonly unknown[])[]): number {
  if (got.length !== want.length) throw new Error(`${name}: ${got.length} rows, the baseline has ${want.length}`);
  let worst = 0;
  for (let i = 0; i < got.length; i++) {
    const r = got[i];
    if (r.length !== want[i].length) throw new Error(`${name}: row ${i + 1} has ${r.length} cells, the baseline ${want[i].length}`);
    for (let j = 0; j < r.length; j++) {
      const v = r[j];
      const w = want[i][j];
      if (typeof v === 'number' && typeof w === 'number') worst = Math.max(worst, Math.abs(v - w));
      else if (v !== w) throw new Error(`${name}: cell (${i + 1}, ${j + 1}) is ${String(v)}, the baseline ${String(w)}`);
    }
  }
  return worst;
}

function flatDiff(name: string, got: readonly (readonly unknown[])[], want: Float64Array): number {
  let k = 0;
  let worst = 0;
  for (const r of got) {
    for (const v of r) {
      if (typeof v !== 'number') throw new Error(`${name}: a cell is ${String(v)}`);
      worst = Math.max(worst, Math.abs(v - want[k++]));
    }
  }
  if (k !== want.length) throw new Error(`${name}: numpy gave ${want.length} values, the add-in ${k}`);
  return worst;
}

async function timingReport(dist: string, n: number, m: number, reps: number, warmUps: number, numpyDir?: string): Promise<TimingReport> {
  const registered = loadBundle(dist);
  const c = matrixCase(n, m);
  const functions: FunctionTiming[] = [];
  for (const f of MATRIX_FUNCTIONS) {
    const args = f.args(c);
    const result = callRegistered(registered, f.name, args);
    const first = result[0]?.[0];
    if (first instanceof StandInError) {
      functions.push({ name: f.name, refused: `${first.code} ${first.message ?? ''}`.trim() });
      continue;
    }
    const floorDiff = maxDiff(f.name, result, f.floor(c));
    if (!(floorDiff <= TOLERANCE)) throw new Error(`${f.name}: the floor differs from the add-in by ${floorDiff}`);
    const numpyFile = numpyDir ? path.join(numpyDir, `${f.name}.f64`) : '';
    const numpyDiff = numpyFile && fs.existsSync(numpyFile) ? flatDiff(f.name, result, readF64(numpyFile)) : NaN;
    if (numpyFile && !(numpyDiff <= TOLERANCE)) throw new Error(`${f.name}: numpy differs from the add-in by ${numpyDiff}`);
    // In alternation, so that a slow patch of the machine weighs on both and not on their ratio.
    const [addin, floor] = await timeAlternating(() => callRegistered(registered, f.name, args), () => f.floor(c), reps, warmUps);
    functions.push({ name: f.name, addin, floor, floorDiff, numpyDiff });
  }
  const z = new Float64Array(n * m);
  for (let k = 0; k < z.length; k++) z[k] = (k % 997) / 997;
  const shape = {
    table: await time(() => buildRows(z, n, m), reps, 4000, warmUps),
    column: await time(() => buildRows(z, n, 1), reps, 4000, warmUps),
  };
  return { functions, shape };
}

export interface AdapterReport {
  n: number;
  /** The registered DEPENDENCE_RATIO on one spilled range of n cells, and the core function called on each cell (alternated). */
  range: Timing;
  core: Timing;
  /** n calls of the registered function on single cells. */
  cells: Timing;
}

/**
 * The adapter's overhead on an element-wise function: the bundle's registered
 * DEPENDENCE_RATIO on n cells (one spilled range, and n single-cell calls)
 * against the core's dependenceRatio (the same source, as plain JavaScript)
 * called on each cell, its results collected as Excel's rows. All three give
 * the same numbers (checked exactly) before they are timed.
 */
async function adapterReport(dist: string, n: number, reps: number): Promise<AdapterReport> {
  const registered = loadBundle(dist);
  const f = flows(n);
  const col = (v: number[]): number[][] => v.map((x) => [x]);
  const [I, Q, X] = [col(f.imports), col(f.output), col(f.exports)];
  const direct = (): number[][] => {
    const out = new Array<number[]>(n);
    for (let i = 0; i < n; i++) out[i] = [dependenceRatio(I[i][0], Q[i][0], X[i][0], 'gross')];
    return out;
  };
  const range = (): unknown[][] => callRegistered(registered, 'DEPENDENCE_RATIO', [I, Q, X, null]);
  const cells = (): unknown[][] => {
    const out = new Array<unknown[]>(n);
    for (let i = 0; i < n; i++) out[i] = [callRegistered(registered, 'DEPENDENCE_RATIO', [I[i][0], Q[i][0], X[i][0], null])[0][0]];
    return out;
  };
  const want = direct();
  for (const [what, got] of [['spilled range', range()], ['single-cell results', cells()]] as const) {
    const d = maxDiff('DEPENDENCE_RATIO', got, want);
    if (d !== 0) throw new Error(`DEPENDENCE_RATIO: the ${what} differ from the core by ${d}`);
  }
  // In alternation, so that a slow patch of the machine weighs on both and not on their ratio.
  const [r, core] = await timeAlternating(range, direct, reps, 3);
  const c = await time(cells, Math.min(reps, 7), 4000, 3);
  return { n, range: r, core, cells: c };
}

export async function child(argv: readonly string[]): Promise<void> {
  const [mode, dist, n, m, ...rest] = argv;
  if (mode === 'timing') {
    const [reps, warmUps, numpyDir] = rest;
    console.log(JSON.stringify(await timingReport(dist, Number(n), Number(m), Number(reps), Number(warmUps), numpyDir)));
  } else if (mode === 'adapter') {
    // child.js adapter DIST N REPS: the fourth word is the number of runs.
    console.log(JSON.stringify(await adapterReport(dist, Number(n), Number(m))));
  } else if (mode === 'memory') {
    console.log(JSON.stringify(await memoryReport(loadBundle(dist), Number(n), Number(m))));
  } else {
    throw new Error(`unknown child mode ${mode}`);
  }
}

if (require.main === module) {
  child(process.argv.slice(2)).catch((e: unknown) => {
    console.error(e instanceof Error ? e.stack : e);
    process.exit(1);
  });
}
