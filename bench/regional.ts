/**
 * npm run bench, section 5: the regional family (catalogue section 9) at the
 * scale of county data, 2,800 units × 12 years in 8 regions, through the
 * adapter as Excel calls the functions (Excel-shaped arguments; the spatial
 * functions take coordinates and build their weights inside), against numpy
 * and scipy doing the same computation on the same data in the same run
 * (bench/numpy_regional.py; the add-in's results are checked against them).
 *
 * Beside the time, each row gives the longest synchronous slice of the call —
 * the longest stretch in which the event loop could not run, which Office
 * must never see above ~0.5 s (it restarts an add-in unresponsive for 5 s) —
 * and the result's size, which Excel on the web must carry (≤ 5 MB).
 */
import fs from 'fs';
import path from 'path';
import { performance } from 'perf_hooks';
import { invoke, type ExcelResult } from '../src/excel/adapter';
import { specByName } from '../src/registry';
import { mulberry32 } from '../src/core/shared/random';
import { time } from './measure';
import { against, ms, table } from './table';
import { readF64, writeF64 } from './data';

export interface RegionalCase {
  n: number;
  t: number;
  groups: number;
  /** n × t, one row per unit, one column per year (the wide panel). */
  wide: number[][];
  /** n × 2 latitude, longitude. */
  coordinates: number[][];
  /** Group index of each unit, 0 … groups − 1. */
  group: number[];
}

/** Seeded county-like data: regions by longitude band, levels rising over the years, coordinates within China's extent. */
export function regionalCase(n = 2800, t = 12, groups = 8, seed = 2024): RegionalCase {
  const next = mulberry32(seed);
  const wide: number[][] = [];
  const coordinates: number[][] = [];
  const group: number[] = [];
  for (let i = 0; i < n; i++) {
    const lat = 22 + 23 * next();
    const lon = 98 + 26 * next();
    const g = Math.min(groups - 1, Math.floor(((lon - 98) / 26) * groups));
    // Richer in the east, with spatially smooth and unit-specific parts, growing 2–8 % a year.
    let level = Math.exp(0.4 * g / groups + 0.3 * Math.sin(lat / 3) + 0.5 * (next() - 0.5)) * 0.3;
    const growth = 0.02 + 0.06 * next();
    const row: number[] = [];
    for (let p = 0; p < t; p++) {
      row.push(level);
      level *= Math.exp(growth + 0.03 * (next() - 0.5));
    }
    wide.push(row);
    coordinates.push([lat, lon]);
    group.push(g);
  }
  return { n, t, groups, wide, coordinates, group };
}

/** The long panel (unit by unit, year by year) as Excel columns. */
function longPanel(c: RegionalCase) {
  const units: (string | number)[][] = [];
  const periods: number[][] = [];
  const groups: string[][] = [];
  const values: number[][] = [];
  for (let i = 0; i < c.n; i++) {
    for (let p = 0; p < c.t; p++) {
      units.push([`County ${i + 1}`]);
      periods.push([2013 + p]);
      groups.push([`Region ${c.group[i] + 1}`]);
      values.push([c.wide[i][p]]);
    }
  }
  return { units, periods, groups, values };
}

/** The longest stretch of `fn` in which the event loop could not turn, in ms (a synchronous call: its whole time). */
export async function longestSlice(fn: () => unknown): Promise<number> {
  let worst = 0;
  let running = true;
  let last = performance.now();
  const probe = (): void => {
    const now = performance.now();
    worst = Math.max(worst, now - last);
    last = now;
    if (running) setImmediate(probe);
  };
  setImmediate(probe);
  last = performance.now();
  await fn();
  running = false;
  return Math.max(worst, performance.now() - last);
}

type Summary = { add(ok: boolean, what: string): void };

export interface Job {
  name: string;
  args: unknown[];
  /** The add-in's numbers to compare with numpy's, row-major, in the layout numpy_regional.py writes. */
  pick: (r: ExcelResult) => number[];
  /** What the numpy side computes, when it is less than the whole result. */
  note?: string;
}

const num = (v: unknown): number => (typeof v === 'number' ? v : NaN);
const rowsOf = (r: ExcelResult, from: number, cols: number[]): number[] => r.slice(from).flatMap((row) => cols.map((c) => num(row[c])));
const labelled = (r: ExcelResult, label: string, col: number): number => num(r.find((row) => row[0] === label)?.[col]);

export function jobs(c: RegionalCase): Job[] {
  const long = longPanel(c);
  const first = c.wide.map((row) => [row[0]]);
  const last = c.wide.map((row) => [row[c.t - 1]]);
  const k = 4;
  return [
    { name: 'DAGUM_GINI', args: [long.values, long.groups, long.periods, null], pick: (r) => rowsOf(r, 1, [1, 2, 3, 4]) },
    { name: 'KERNEL_DENSITY', args: [long.values, long.periods, null, null, null, null], pick: (r) => rowsOf(r, 1, Array.from({ length: c.t + 1 }, (_, j) => j)) },
    { name: 'MORAN_I', args: [c.wide, c.coordinates, null, null], pick: (r) => rowsOf(r, 1, [0, 1, 2, 3, 4]) },
    { name: 'GEARY_C', args: [c.wide, c.coordinates, null, null], pick: (r) => rowsOf(r, 1, [0]), note: 'numpy: C only' },
    {
      name: 'LOCAL_MORAN',
      args: [last, c.coordinates, null, null, null, null],
      pick: (r) => rowsOf(r, 1, [0]),
      note: 'analytic moments; numpy: Ii and the spatial lag',
    },
    { name: 'SIGMA_CONVERGENCE', args: [long.values, long.periods, null], pick: (r) => rowsOf(r, 1, [1, 2, 3, 4, 5]) },
    {
      name: 'BETA_CONVERGENCE',
      args: [first, last, c.t - 1, null],
      pick: (r) => [labelled(r, 'constant', 1), labelled(r, 'beta', 1), labelled(r, 'constant', 2), labelled(r, 'beta', 2), labelled(r, 'R²', 1)],
    },
    { name: 'BETA_CONVERGENCE_PANEL', args: [long.units, long.periods, long.values, null, null], pick: (r) => [labelled(r, 'beta', 1), labelled(r, 'beta', 2)] },
    { name: 'MARKOV_TRANSITION', args: [c.wide, k, null, null, null], pick: (r) => rowsOf(r, 1, [1, 2, 3, 4, 5]) },
  ];
}

/** numpy's numbers for one job, as numpy_regional.py wrote them (LOCAL_MORAN: every other value is the lag). */
function numpyNumbers(dir: string, name: string): number[] {
  const v = Array.from(readF64(path.join(dir, `${name}.f64`)));
  return name === 'LOCAL_MORAN' ? v.filter((_, i) => i % 2 === 0) : v;
}

function worstDifference(a: number[], b: number[]): number {
  if (a.length !== b.length) return Infinity;
  let worst = 0;
  for (let i = 0; i < a.length; i++) {
    const scale = Math.max(1, Math.abs(b[i]));
    const d = Math.abs(a[i] - b[i]) / scale;
    worst = Number.isNaN(d) ? Infinity : Math.max(worst, d);
  }
  return worst;
}

/** Rough size of a result as Excel serialises it (JSON of the rows), in bytes. */
const payloadBytes = (r: ExcelResult): number => Buffer.byteLength(JSON.stringify(r));

export async function regionalSection(
  quick: boolean,
  reps: number,
  tmp: string,
  numpy: { ok: boolean; note: string },
  runPython: <T>(script: string, request: unknown) => T,
  summary: Summary,
): Promise<void> {
  const c = regionalCase(quick ? 700 : 2800, 12, 8);
  const size = `${c.n.toLocaleString('en')}×${c.t}`;
  console.log(`\n5. Regional differences and dynamics: ${size} (units × years, 8 regions), through the adapter; numpy/scipy doing the same computation on the same data`);
  // NQP_BENCH_ONLY=DAGUM_GINI,MORAN_I runs only those (for working on one function).
  const only = process.env.NQP_BENCH_ONLY?.split(',').map((n) => n.trim().toUpperCase());
  const all = jobs(c).filter((j) => specByName.has(j.name) && (!only || only.includes(j.name)));
  if (all.length === 0) {
    console.log('   not available: no regional function is registered (or NQP_BENCH_ONLY names none)');
    return;
  }
  const dir = path.join(tmp, 'regional');
  fs.mkdirSync(dir, { recursive: true });
  writeF64(path.join(dir, 'values.f64'), Float64Array.from(c.wide.flat()));
  writeF64(path.join(dir, 'groups.f64'), Float64Array.from(c.group));
  writeF64(path.join(dir, 'coords.f64'), Float64Array.from(c.coordinates.flat()));
  let np: { numpy: string; scipy: string; timings: Record<string, number> } | null = null;
  if (numpy.ok) np = runPython('numpy_regional.py', { dir, n: c.n, t: c.t, groups: c.groups, reps, only: all.map((j) => j.name) });

  const rows: string[][] = [];
  const notes: string[] = [];
  for (const job of all) {
    const spec = specByName.get(job.name)!;
    const callIt = () => invoke(spec, job.args);
    const result = (await callIt()) as ExcelResult;
    if (np) {
      const d = worstDifference(job.pick(result), numpyNumbers(dir, job.name));
      if (!(d <= 1e-9)) throw new Error(`${job.name}: numpy's result differs from the add-in's by ${d} (relative), more than 1e-9`);
    }
    const t = await time(callIt, reps, 20_000);
    const slice = await longestSlice(callIt);
    const npMs = np ? np.timings[job.name] * 1000 : NaN;
    const cells = result.length * (result[0]?.length ?? 0);
    const bytes = payloadBytes(result);
    if (np) summary.add(t.median / npMs <= 1, `${job.name} ${size} ×numpy`);
    summary.add(slice <= 500, `${job.name} ${size} longest slice`);
    summary.add(bytes <= 5e6, `${job.name} ${size} result size`);
    rows.push([
      job.name,
      ms(t.median),
      ms(t.first),
      np ? ms(npMs) : 'n/a',
      np ? against(t.median / npMs, 1) : 'n/a',
      `${ms(slice)} ${slice <= 500 ? 'ok' : 'MISS'}`,
      cells.toLocaleString('en'),
      `${(bytes / 1e6).toFixed(2)} ${bytes <= 5e6 ? 'ok' : 'MISS'}`,
    ]);
    if (job.note) notes.push(`${job.name}: ${job.note}`);
  }
  console.log(
    table(
      [
        { title: 'function', align: 'left' },
        { title: 'add-in ms' },
        { title: '1st call' },
        { title: 'numpy ms' },
        { title: '×numpy (≤1×)' },
        { title: 'longest slice ms (≤500)' },
        { title: 'result cells' },
        { title: 'result MB (≤5)' },
      ],
      rows,
    ),
  );
  if (np) notes.unshift(`numpy ${np.numpy}, scipy ${np.scipy}; every add-in result checked against numpy's to 1e-9 (relative)`);
  else notes.unshift(`numpy: not available (${numpy.note})`);
  notes.push('add-in: the TypeScript sources through the adapter (as sections 3 and 4); spatial weights built inside each call from the 2,800 coordinates (inverse great-circle distance, row-standardised)');
  notes.push('longest slice: the longest time the event loop could not turn during one call (setImmediate probe); result MB: the result as JSON, roughly what Excel on the web carries');
  for (const t of notes) console.log(`   ${t}`);
}
