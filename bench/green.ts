/**
 * npm run bench, section 6: the green-productivity family (catalogue section
 * 10) at the sizes of the empirical literature, through the adapter as Excel
 * calls the functions, against scipy.optimize.linprog(method="highs") solving
 * the same models on the same data in the same run, one call per LP
 * (bench/scipy_green.py; the add-in's results are checked against scipy's):
 *
 *   SBM_EFFICIENCY         super TRUE, bad outputs, non-oriented, CRS: 1,000 units
 *   MALMQUIST_LUENBERGER   frontier "global", model "sbm" (the SBM-GML of the papers): 280 units × 12 years
 *   MALMQUIST_LUENBERGER   frontier "global", model "ddf" (default): the same panel
 *   DEA_SUPER_EFFICIENCY   vrs, input orientation, GDP the output: the 1,000 units
 *
 * The data are seeded (mulberry32) and shaped like provincial or city data:
 * capital, labour and energy produce GDP on one Cobb–Douglas technology with
 * constant returns, less a half-normal inefficiency; CO₂ and SO₂ follow energy
 * use with their own intensities and an emission inefficiency. The panel's
 * frontier moves up about 2 % a year, units catch up (or fall behind) at their
 * own pace, and emission intensities fall, so the indices move as in the papers.
 *
 * Beside the time, each row gives the longest synchronous slice of a call
 * (Office restarts an add-in unresponsive for 5 s; the target is 0.5 s) and
 * the result's size. Wall time and slice are taken on the same calls.
 */
import fs from 'fs';
import path from 'path';
import { performance } from 'perf_hooks';
import { invoke, ExcelError, type ExcelResult } from '../src/excel/adapter';
import { specByName } from '../src/registry';
import { mulberry32 } from '../src/core/shared/random';
import { median } from './measure';
import { longestSlice } from './regional';
import { against, ms, table } from './table';
import { writeF64 } from './data';

type Rows = number[][];

/** A cross-section: inputs (capital, labour, energy), the good output (GDP), the bad outputs (CO₂, SO₂). */
export interface GreenCross {
  n: number;
  x: Rows;
  y: Rows;
  b: Rows;
}

/** A balanced long panel, unit by unit and year by year within a unit, as Excel columns. */
export interface GreenPanel extends GreenCross {
  units: number;
  years: number;
  /** One row per unit-year: the unit's name, the year. */
  names: string[][];
  periods: number[][];
}

/** A standard normal draw (Box–Muller). */
const gauss = (next: () => number): number => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());

// The common technology: GDP = A K^0.4 L^0.35 E^0.25 (constant returns), A such that GDP ≈ the unit's size.
const [ALPHA, BETA, GAMMA] = [0.4, 0.35, 0.25];
const [K_PER_SIZE, L_PER_SIZE, E_PER_SIZE] = [3, 0.05, 0.6];
const A0 = 1 / (K_PER_SIZE ** ALPHA * L_PER_SIZE ** BETA * E_PER_SIZE ** GAMMA);

/** One unit's lasting traits. */
interface Traits {
  size: number;
  k: number;
  l: number;
  e: number;
  /** Inefficiency at the start (half-normal) and its yearly rate of decline (catch-up; negative: falling behind). */
  u: number;
  catchUp: number;
  co2: number;
  so2: number;
  growth: number;
  greening: number;
}

function traits(next: () => number): Traits {
  return {
    // 100 million yuan of GDP, log-normal across units
    size: 1000 * Math.exp(0.8 * gauss(next)),
    k: Math.exp(0.25 * gauss(next)),
    l: Math.exp(0.3 * gauss(next)),
    e: Math.exp(0.3 * gauss(next)),
    u: Math.abs(0.3 * gauss(next)),
    catchUp: -0.02 + 0.08 * next(),
    // 10,000 t CO₂ per 10,000 tce, 10,000 t SO₂ per 10,000 tce, with an emission inefficiency
    co2: 2.5 * Math.exp(0.1 * gauss(next) + Math.abs(0.2 * gauss(next))),
    so2: 0.008 * Math.exp(0.35 * gauss(next) + Math.abs(0.3 * gauss(next))),
    growth: 0.05 + 0.05 * next(),
    greening: 0.01 + 0.03 * next(),
  };
}

/** One unit-year's data: x = [capital, labour, energy], y = [GDP], b = [CO₂, SO₂]. */
function observe(next: () => number, u: Traits, year: number): { x: number[]; y: number[]; b: number[] } {
  const size = u.size * Math.exp(u.growth * year);
  const K = K_PER_SIZE * size * u.k * Math.exp(0.02 * year + 0.03 * gauss(next));
  const L = L_PER_SIZE * size * u.l * Math.exp(-0.05 * year + 0.03 * gauss(next));
  const E = E_PER_SIZE * size * u.e * Math.exp(-0.03 * year + 0.03 * gauss(next));
  const frontier = A0 * Math.exp(0.02 * year) * K ** ALPHA * L ** BETA * E ** GAMMA;
  const inefficiency = u.u * Math.exp(-u.catchUp * year) + Math.abs(0.05 * gauss(next));
  const gdp = frontier * Math.exp(-inefficiency);
  const co2 = u.co2 * E * Math.exp(-u.greening * year + 0.05 * gauss(next));
  const so2 = u.so2 * E * Math.exp(-3 * u.greening * year + 0.1 * gauss(next));
  return { x: [K, L, E], y: [gdp], b: [co2, so2] };
}

/** n units in one year. */
export function greenCrossSection(n: number, seed = 2030): GreenCross {
  const next = mulberry32(seed);
  const x: Rows = [];
  const y: Rows = [];
  const b: Rows = [];
  for (let i = 0; i < n; i++) {
    const o = observe(next, traits(next), 0);
    x.push(o.x);
    y.push(o.y);
    b.push(o.b);
  }
  return { n, x, y, b };
}

/** `units` units over `years` years from 2011, as the long panel Excel holds. */
export function greenPanel(units: number, years: number, seed = 2031): GreenPanel {
  const next = mulberry32(seed);
  const p: GreenPanel = { n: units * years, units, years, x: [], y: [], b: [], names: [], periods: [] };
  for (let i = 0; i < units; i++) {
    const u = traits(next);
    for (let t = 0; t < years; t++) {
      const o = observe(next, u, t);
      p.x.push(o.x);
      p.y.push(o.y);
      p.b.push(o.b);
      p.names.push([`City ${i + 1}`]);
      p.periods.push([2011 + t]);
    }
  }
  return p;
}

/** The data for scipy_green.py, row-major float64 in `dir`. */
export function writeGreenData(dir: string, cross: GreenCross | null, panel: GreenPanel | null): void {
  fs.mkdirSync(dir, { recursive: true });
  const put = (name: string, rows: Rows) => writeF64(path.join(dir, `${name}.f64`), Float64Array.from(rows.flat()));
  if (cross) for (const [k, v] of Object.entries({ x: cross.x, y: cross.y, b: cross.b })) put(`cross-${k}`, v);
  if (panel) for (const [k, v] of Object.entries({ x: panel.x, y: panel.y, b: panel.b })) put(`panel-${k}`, v);
}

/** A number of the result, or null for an error cell (an LP without a solution). */
type Value = number | null;
const value = (v: unknown): Value => (typeof v === 'number' ? v : v instanceof ExcelError ? null : NaN);

export interface GreenJob {
  /** The job's name in scipy_green.py. */
  key: string;
  name: string;
  what: string;
  size: string;
  args: unknown[];
  /** The add-in's numbers in the layout scipy_green.py prints. */
  pick: (r: ExcelResult) => Value[];
}

export function greenJobs(cross: GreenCross, panel: GreenPanel): GreenJob[] {
  const units = `${cross.n.toLocaleString('en')} units`;
  const years = `${panel.units.toLocaleString('en')}×${panel.years}`;
  const column = (r: ExcelResult) => r.map((row) => value(row[0]));
  const indices = (r: ExcelResult) => r.slice(1).flatMap((row) => [value(row[3]), value(row[4]), value(row[5])]);
  const ml = (model: string) => [panel.names, panel.periods, panel.x, panel.y, panel.b, 'global', model, null, null];
  return [
    { key: 'sbm-super', name: 'SBM_EFFICIENCY', what: 'super, bads, non, crs', size: units, args: [cross.x, cross.y, cross.b, 'crs', 'non', true], pick: column },
    { key: 'gml-sbm', name: 'MALMQUIST_LUENBERGER', what: 'global, sbm', size: years, args: ml('sbm'), pick: indices },
    { key: 'gml-ddf', name: 'MALMQUIST_LUENBERGER', what: 'global, ddf', size: years, args: ml('ddf'), pick: indices },
    { key: 'super-vrs', name: 'DEA_SUPER_EFFICIENCY', what: 'vrs, input', size: units, args: [cross.x, cross.y, 'vrs', 'input'], pick: column },
  ];
}

/**
 * The largest absolute difference between the add-in's numbers and scipy's;
 * Infinity when their lengths differ or one has a number where the other has
 * none (an LP without a solution).
 */
export function worstDifference(addin: readonly Value[], scipy: readonly Value[]): number {
  if (addin.length !== scipy.length) return Infinity;
  let worst = 0;
  for (let i = 0; i < addin.length; i++) {
    const a = addin[i];
    const s = scipy[i];
    if (a === null || s === null) {
      if (a !== s) return Infinity;
      continue;
    }
    const d = Math.abs(a - s);
    worst = Number.isNaN(d) ? Infinity : Math.max(worst, d);
  }
  return worst;
}

export interface ScipyGreen {
  scipy: string;
  numpy: string;
  /** Seconds per job (all its LPs and the arithmetic around them). */
  timings: Record<string, number>;
  lps: Record<string, number>;
  results: Record<string, Value[]>;
}

/** The request scipy_green.py reads: only the data the jobs need. */
export function scipyRequest(dir: string, cross: GreenCross, panel: GreenPanel, jobs: readonly GreenJob[]) {
  const keys = jobs.map((j) => j.key);
  const usesCross = keys.some((k) => k === 'sbm-super' || k === 'super-vrs');
  const usesPanel = keys.some((k) => k.startsWith('gml-'));
  writeGreenData(dir, usesCross ? cross : null, usesPanel ? panel : null);
  return { dir, n: usesCross ? cross.n : 0, units: usesPanel ? panel.units : 0, years: panel.years, only: keys };
}

/** Rough size of a result as Excel serialises it (JSON of the rows), in bytes. */
const payloadBytes = (r: ExcelResult): number => Buffer.byteLength(JSON.stringify(r));

const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

/** NQP_BENCH_ONLY=SBM_EFFICIENCY,gml-sbm runs only those (a function's name runs all its rows; a job key, that row). */
export function selectedJobs(all: readonly GreenJob[], only = process.env.NQP_BENCH_ONLY): GreenJob[] {
  const names = only?.split(',').map((n) => n.trim().toUpperCase());
  return all.filter((j) => specByName.has(j.name) && (!names || names.includes(j.name) || names.includes(j.key.toUpperCase())));
}

type Summary = { add(ok: boolean, what: string): void };

/** The section's sizes: units of the cross-section; units and years of the panel. */
export interface GreenSizes {
  units: number;
  panelUnits: number;
  years: number;
}

export const GREEN_SIZES: GreenSizes = { units: 1000, panelUnits: 280, years: 12 };
export const GREEN_QUICK_SIZES: GreenSizes = { units: 200, panelUnits: 60, years: 6 };

/** What one row measured (NaN where scipy did not run). */
export interface GreenRow {
  key: string;
  name: string;
  ms: number;
  scipyMs: number;
  sliceMs: number;
  cells: number;
  bytes: number;
  /** Largest absolute difference from scipy's numbers (NaN: not compared). */
  diff: number;
}

/** Prints the section's table; returns what each row measured (the smoke test reads it). */
export async function greenSection(
  quick: boolean,
  reps: number,
  tmp: string,
  scipy: { ok: boolean; note: string },
  runPython: <T>(script: string, request: unknown) => T,
  summary: Summary,
  sizes: GreenSizes = quick ? GREEN_QUICK_SIZES : GREEN_SIZES,
): Promise<GreenRow[]> {
  const cross = greenCrossSection(sizes.units);
  const panel = greenPanel(sizes.panelUnits, sizes.years);
  console.log(
    `\n6. Green productivity: ${cross.n.toLocaleString('en')} units (cross-section), ${panel.units}×${panel.years} (units × years, panel); ` +
      '3 inputs (capital, labour, energy), GDP, 2 bad outputs (CO₂, SO₂); through the adapter, vs scipy linprog(method="highs") one call per LP',
  );
  const all = selectedJobs(greenJobs(cross, panel));
  if (all.length === 0) {
    console.log('   not available: no green-productivity function is registered (or NQP_BENCH_ONLY names none)');
    return [];
  }
  let py: ScipyGreen | null = null;
  if (scipy.ok) py = runPython<ScipyGreen>('scipy_green.py', scipyRequest(path.join(tmp, 'green'), cross, panel, all));

  const rows: string[][] = [];
  const measured: GreenRow[] = [];
  for (const job of all) {
    const spec = specByName.get(job.name)!;
    const callIt = async () => (await invoke(spec, job.args)) as ExcelResult;
    const t0 = performance.now();
    const result = await callIt();
    const first = performance.now() - t0;
    // Timed runs, each after a full GC, each probed for its longest slice; at least one, more while within the budget.
    const times: number[] = [];
    let slice = 0;
    const budget = quick ? 5_000 : 20_000;
    for (let r = 0; r < reps && (r === 0 || times.reduce((a, b) => a + b, 0) < budget); r++) {
      gc();
      const start = performance.now();
      slice = Math.max(slice, await longestSlice(callIt));
      times.push(performance.now() - start);
    }
    const t = median(times);
    const sp = py ? py.timings[job.key] * 1000 : NaN;
    const lps = py ? py.lps[job.key] : NaN;
    const diff = py ? worstDifference(job.pick(result), py.results[job.key]) : NaN;
    const errors = result.flat().filter((v) => v instanceof ExcelError).length;
    const cells = result.length * (result[0]?.length ?? 0);
    const bytes = payloadBytes(result);
    const label = `${job.name} (${job.what})`;
    if (py) {
      summary.add(t / sp <= 1, `${label} ${job.size} ×scipy`);
      summary.add(diff <= 1e-6, `${label} ${job.size} agrees with scipy`);
    }
    summary.add(slice <= 500, `${label} ${job.size} longest slice`);
    summary.add(bytes <= 5e6, `${label} ${job.size} result size`);
    measured.push({ key: job.key, name: job.name, ms: t, scipyMs: sp, sliceMs: slice, cells, bytes, diff });
    rows.push([
      label,
      job.size,
      ms(t),
      ms(first),
      py ? ms(sp) : 'n/a',
      py ? lps.toLocaleString('en') : 'n/a',
      py ? `${((t / lps) * 1000).toFixed(0)} / ${((sp / lps) * 1000).toFixed(0)}` : 'n/a',
      py ? against(t / sp, 1) : 'n/a',
      `${ms(slice)} ${slice <= 500 ? 'ok' : 'MISS'}`,
      `${cells.toLocaleString('en')}${errors ? ` (${errors} #N/A)` : ''}`,
      `${(bytes / 1e6).toFixed(2)} ${bytes <= 5e6 ? 'ok' : 'MISS'}`,
      py ? `${diff === Infinity ? '∞' : diff.toExponential(1)} ${diff <= 1e-6 ? 'ok' : 'FLAG'}` : 'n/a',
    ]);
  }
  console.log(
    table(
      [
        { title: 'function', align: 'left' },
        { title: 'size', align: 'left' },
        { title: 'add-in ms' },
        { title: '1st call' },
        { title: 'scipy ms' },
        { title: 'LPs' },
        { title: 'µs/LP add-in / scipy' },
        { title: '×scipy (≤1×)' },
        { title: 'longest slice ms (≤500)' },
        { title: 'result cells' },
        { title: 'result MB (≤5)' },
        { title: '|Δ| vs scipy (≤1e-6)' },
      ],
      rows,
    ),
  );
  const notes: string[] = [];
  if (py) {
    notes.push(
      `scipy ${py.scipy}, numpy ${py.numpy}: one linprog(method="highs") call per LP, each data column scaled by its maximum first, as the add-in does; ` +
        'its time covers the whole loop once (matrices built per LP), data loaded beforehand',
    );
    notes.push(
      'LPs: how many scipy solves (SBM: one per unit, plus a super-SBM per unit with ρ = 1; GML: each unit-year against the pooled frontier and against its own year\'s; ' +
        'the add-in solves the same models, warm-started, by column generation on the large frontiers); µs/LP: each side\'s time divided by that count',
    );
    notes.push('|Δ|: the largest absolute difference of ρ (SBM), θ (super-efficiency) or ML, EC, TC (GML) from scipy\'s; an #N/A must be scipy\'s infeasible LP');
  } else notes.push(`scipy: not available (${scipy.note})`);
  notes.push(
    'add-in: the TypeScript sources through the adapter; ms the median of up to ' +
      `${reps} calls (fewer past ${quick ? 5 : 20} s, at least one) after a first, untimed one (1st call); the longest slice is the worst of the timed calls`,
  );
  for (const t of notes) console.log(`   ${t}`);
  return measured;
}
