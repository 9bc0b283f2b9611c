/**
 * npm run bench, section 6 (bench/green.ts) on small data, so that the
 * benchmark cannot rot unnoticed: every job calls a registered green function
 * with the arguments the section passes and gets a result without an error
 * cell (but the #N/A of an infeasible VRS super-efficiency model), and the
 * section as a whole runs against scipy_green.py and agrees with it to 1e-6.
 * Nothing is timed against a target; the comparison needs python3 with scipy
 * and is skipped without it.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { invoke, ExcelError, type ExcelResult } from '../../src/excel/adapter';
import { specByName } from '../../src/registry';
import { greenCrossSection, greenJobs, greenPanel, greenSection, type GreenSizes } from '../../bench/green';
import { probePython, runPython } from '../../bench/main';

jest.setTimeout(120_000);

const sizes: GreenSizes = { units: 40, panelUnits: 12, years: 4 };
const all = greenJobs(greenCrossSection(sizes.units), greenPanel(sizes.panelUnits, sizes.years));
const scipy = probePython('scipy');

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nqp-bench-green-'));
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

test('the section has its four rows: super-SBM, GML with SBM and with DDF, VRS super-efficiency', () => {
  expect(all.map((j) => [j.key, j.name])).toEqual([
    ['sbm-super', 'SBM_EFFICIENCY'],
    ['gml-sbm', 'MALMQUIST_LUENBERGER'],
    ['gml-ddf', 'MALMQUIST_LUENBERGER'],
    ['super-vrs', 'DEA_SUPER_EFFICIENCY'],
  ]);
});

test('the data are positive, and the panel balanced: one row per unit and year, unit by unit', () => {
  const panel = greenPanel(sizes.panelUnits, sizes.years);
  expect(panel.x).toHaveLength(sizes.panelUnits * sizes.years);
  for (const rows of [panel.x, panel.y, panel.b]) expect(rows.flat().every((v) => Number.isFinite(v) && v > 0)).toBe(true);
  expect(panel.names[sizes.years][0]).toBe('City 2');
  expect(panel.periods.slice(0, sizes.years).map((p) => p[0])).toEqual([2011, 2012, 2013, 2014]);
});

test.each(all.map((j) => [j.key, j] as const))('%s: computes on the section\'s arguments and yields the numbers it compares', async (key, job) => {
  const result = (await invoke(specByName.get(job.name)!, job.args)) as ExcelResult;
  const errors = (result.flat().filter((v) => v instanceof ExcelError) as ExcelError[]).filter(
    // Under VRS the unit with the largest GDP has no super-efficiency model (it is beyond every convex combination of the others).
    (e) => !(key === 'super-vrs' && e.code === '#N/A' && /has no solution/.test(e.message)),
  );
  expect(errors.map((e) => `${e.code} ${e.message}`)).toEqual([]);
  const numbers = job.pick(result).filter((v) => v !== null);
  expect(numbers.length).toBeGreaterThan(0);
  expect(numbers.every((v) => Number.isFinite(v) && v! > 0)).toBe(true);
  if (key === 'sbm-super') expect(numbers.some((v) => v! > 1)).toBe(true);
});

(scipy.ok ? test : test.skip)('the section runs against scipy and every row agrees with it to 1e-6', async () => {
  const missed: string[] = [];
  const summary = { add: (ok: boolean, what: string) => void (ok || missed.push(what)) };
  const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
  let rows;
  try {
    rows = await greenSection(true, 1, tmp, scipy, runPython, summary, sizes);
  } finally {
    log.mockRestore();
  }
  expect(rows.map((r) => r.key)).toEqual(all.map((j) => j.key));
  for (const r of rows) {
    expect({ key: r.key, diff: r.diff }).toEqual({ key: r.key, diff: expect.any(Number) });
    expect(r.diff).toBeLessThanOrEqual(1e-6);
    expect(r.scipyMs).toBeGreaterThan(0);
    expect(r.cells).toBeGreaterThan(0);
  }
  // Speed is not asserted here; only the agreement and the result sizes are.
  expect(missed.filter((m) => /agrees with scipy|result size/.test(m))).toEqual([]);
});
