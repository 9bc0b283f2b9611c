/**
 * Section 9 of npm run bench: the longest synchronous slice of every
 * registered function at the most data one call carries. Office restarts an
 * add-in that stays unresponsive for 5 s, and while one call computes without
 * yielding the pane and every other call wait: no slice may exceed ~0.5 s.
 *
 * Each function gets its first example with several units, its unit rows
 * repeated until the arguments take about 90 % of the 5 MB Excel on the web
 * carries (src/excel/limits.ts; element-wise functions get their example's
 * values as columns of that length). A function that answers such a call with
 * a limit's #VALUE! (RANK_UNCERTAINTY's runs × rows, the n×n weights of the
 * spatial functions…) is measured at half the rows, and again, until it
 * computes: that is its largest call. Long panels, AHP's matrix, weight rows
 * and the spatial functions' coordinates get data of their own (OWN). The linear programmes (DEA, SBM, DDF,
 * Malmquist) solve one LP a unit between yields, so their slice does not grow
 * with the units: they run on 500 here (sections 3 and 6 time them at scale).
 * The slice is measured as regional.ts's longestSlice does: the longest gap
 * between turns of the event loop while the call runs.
 */
import { type ExcelResult, ExcelError, invoke } from '../src/excel/adapter';
import { MAX_PAYLOAD_BYTES, payloadBytes } from '../src/excel/limits';
import { specs } from '../src/registry';
import type { FunctionSpec } from '../src/registry/types';
import { mulberry32 } from '../src/core/shared/random';
import { longestSlice } from './regional';
import { ms, table } from './table';

interface Summary {
  add(ok: boolean, what: string): void;
}

const SLICE_MS = 500;
const LP = /^(DEA_|SBM_|DDF_|MALMQUIST)/;

/** The example's arguments with every range of the example's unit count repeated to `rows` rows. */
function tiled(spec: FunctionSpec, rows: number): unknown[] | null {
  for (const example of spec.examples) {
    const units = Math.max(0, ...example.args.map((a) => (Array.isArray(a) ? a.length : 0)));
    if (units < 2) continue;
    return spec.params.map((_, i) => {
      const a = example.args[i];
      if (!Array.isArray(a) || a.length !== units) return a ?? null;
      return Array.from({ length: Math.max(units, rows) }, (_, r) => [...(a[r % units] as unknown[])]);
    });
  }
  // An element-wise function: its example's element arguments (a value, or a range's values) repeated down a column.
  const example = spec.examples[0];
  if (example === undefined || !spec.params.some((p) => p.shape === 'element')) return null;
  return spec.params.map((p, i) => {
    const a = example.args[i] ?? null;
    if (p.shape !== 'element' || a === null) return a;
    const values = Array.isArray(a) ? (a as unknown[][]).flat() : [a];
    return Array.from({ length: rows }, (_, r) => [values[r % values.length]]);
  });
}

/**
 * Data of their own for the functions whose example, repeated, is not valid for them: long panels (one row per
 * unit and period), a square comparison matrix, weight rows of equal length, coordinates (at most the units the
 * spatial functions take). `rows` is the size to aim at, as for the others.
 */
const rand = mulberry32(2026);
const column = (n: number, f: (i: number) => unknown): unknown[][] => Array.from({ length: n }, (_, i) => [f(i)]);
const places = (n: number): number[][] => Array.from({ length: n }, () => [20 + 25 * rand(), 100 + 25 * rand()]);
const panel = (units: number, periods: number) => ({
  units: column(units * periods, (i) => `U${i % units}`),
  periods: column(units * periods, (i) => 2010 + Math.floor(i / units)),
});
const OWN: Record<string, (rows: number) => unknown[]> = {
  MALMQUIST: (rows) => {
    const n = Math.max(2, Math.floor(rows / 2));
    const p = panel(n, 2);
    return [p.units, p.periods, column(2 * n, () => 1 + rand()).map((r) => [r[0], 1 + rand()]), column(2 * n, () => 1 + rand()), null];
  },
  MALMQUIST_LUENBERGER: (rows) => {
    const n = Math.max(2, Math.floor(rows / 2));
    const p = panel(n, 2);
    return [p.units, p.periods, column(2 * n, () => 1 + rand()), column(2 * n, () => 1 + rand()), column(2 * n, () => 1 + rand()), null, null, null, null];
  },
  BETA_CONVERGENCE_PANEL: (rows) => {
    const n = Math.max(2, Math.floor(rows / 12));
    const p = panel(n, 12);
    return [p.units, p.periods, column(12 * n, () => Math.exp(1 + rand())), null, null];
  },
  AHP_WEIGHTS: () => [ahp(100), null],
  AHP_CONSISTENCY: () => [ahp(15)], // Saaty's random index is tabulated up to 15 criteria
  COMBINE_WEIGHTS: (rows) => [[Array.from({ length: rows }, () => rand())], [Array.from({ length: rows }, () => rand())], 0.5],
  SPATIAL_WEIGHTS: (rows) => [places(Math.min(rows, 499)), null, null, null],
  MORAN_I: (rows) => spatial(rows, 12),
  GEARY_C: (rows) => spatial(rows, 12),
  LOCAL_MORAN: (rows) => [...spatial(rows, 1), null, null, null, null],
};

/** n × T values following latitude, and their n coordinates (n at most the 4,000 units the spatial functions take). */
function spatial(rows: number, T: number): unknown[] {
  const coords = places(Math.min(rows, 4000));
  return [coords.map(([lat]) => Array.from({ length: T }, () => lat + 10 * rand())), coords, null, null];
}

/** A reciprocal n×n comparison matrix (the most criteria AHP takes). */
function ahp(n: number): number[][] {
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : i < j ? 1 + ((i + 2 * j) % 9) : 1 / (1 + ((j + 2 * i) % 9)))));
}

const argumentsOf = (spec: FunctionSpec, rows: number): unknown[] | null => OWN[spec.name]?.(rows) ?? tiled(spec, rows);

/** The rows at which the tiled arguments take about 90 % of the payload limit. */
function payloadRows(spec: FunctionSpec): number {
  const probe = argumentsOf(spec, 1000);
  if (probe === null) return 0;
  const bytes = probe.reduce<number>((s, a) => s + payloadBytes(a), 0);
  return Math.max(2, Math.floor(((0.9 * MAX_PAYLOAD_BYTES) / bytes) * 1000));
}

/** The largest argument of a call, as rows×columns. */
function largest(args: readonly unknown[]): string {
  let best: [number, number] = [1, 1];
  for (const a of args) {
    if (!Array.isArray(a)) continue;
    const d: [number, number] = [a.length, Array.isArray(a[0]) ? (a[0] as unknown[]).length : 1];
    if (d[0] * d[1] > best[0] * best[1]) best = d;
  }
  return `${best[0].toLocaleString('en')}×${best[1]}`;
}

const limitError = (r: ExcelResult): ExcelError | null => {
  const e = r.length === 1 && r[0].length === 1 ? r[0][0] : null;
  return e instanceof ExcelError && e.code === '#VALUE!' && /at most|too (many|large)|limit/.test(e.message) ? e : null;
};

export interface SliceRow {
  name: string;
  rows: number;
  /** The largest argument, as rows×columns. */
  size: string;
  whole: number;
  slice: number;
  /** Why the function was not measured (its tiled example is not valid data for it), or null. */
  skipped: string | null;
}

/** Measures one function; `scale` divides the sizes (the smoke test's small run). */
export async function sliceOf(spec: FunctionSpec, scale = 1): Promise<SliceRow | null> {
  let rows = Math.floor((LP.test(spec.name) ? 500 : payloadRows(spec)) / scale);
  if (rows < 2) return null;
  for (let attempt = 0; attempt < 12; attempt++) {
    const args = argumentsOf(spec, rows);
    if (args === null) return null;
    let result: ExcelResult = [];
    const t0 = performance.now();
    const slice = await longestSlice(async () => {
      result = await invoke(spec, args);
    });
    const whole = performance.now() - t0;
    if (limitError(result) !== null && rows > 4) {
      rows = Math.floor(rows / 2);
      continue;
    }
    const only = result.length === 1 && result[0].length === 1 && result[0][0] instanceof ExcelError ? (result[0][0] as ExcelError) : null;
    return { name: spec.name, rows, size: largest(args), whole, slice, skipped: only ? `${only.code} ${only.message.slice(0, 90)}` : null };
  }
  return null;
}

export async function slicesSection(quick: boolean, summary: Summary): Promise<void> {
  const only = process.env.NQP_BENCH_ONLY?.split(',').map((n) => n.trim().toUpperCase());
  const chosen = specs.filter((s) => !only || only.includes(s.name) || only.includes('SLICES'));
  if (only && !only.includes('SLICES') && chosen.length === 0) return;
  const measured: SliceRow[] = [];
  const none: string[] = [];
  for (const s of chosen) {
    const r = await sliceOf(s, quick ? 10 : 1);
    if (r === null) none.push(s.name);
    else measured.push(r);
  }
  const ran = measured.filter((r) => r.skipped === null).sort((a, b) => b.slice - a.slice);
  for (const r of ran) summary.add(r.slice <= SLICE_MS, `${r.name} longest slice`);
  console.log(
    `\n9. Every function's longest synchronous slice at the most data one call carries (about 90 % of 5 MB of arguments${quick ? ', a tenth of it with --quick' : ''}; ` +
      'halved until it computes where a limit of its own is smaller; the LP functions on 500 units), through the adapter',
  );
  console.log(
    table(
      [{ title: 'function', align: 'left' }, { title: 'largest argument' }, { title: 'whole call ms' }, { title: `longest slice ms (≤${SLICE_MS})` }],
      ran.map((r) => [r.name, r.size, ms(r.whole), `${ms(r.slice)} ${r.slice <= SLICE_MS ? 'ok' : 'MISS'}`]),
    ),
  );
  const invalid = measured.filter((r) => r.skipped !== null);
  if (invalid.length > 0) {
    console.log('   not measured here (their data are not valid for them):');
    for (const r of invalid) console.log(`   - ${r.name}: ${r.skipped}`);
  }
  if (none.length > 0) console.log(`   no example to scale: ${none.join(', ')}`);
}
