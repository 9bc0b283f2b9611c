/**
 * npm run bench, section 7 (bench/workflow.ts) on small data, so that the
 * benchmark cannot rot unnoticed: every job calls a registered workflow
 * function with the arguments the section passes and gets a result without an
 * error cell; the typed-array floor of INDEX_SENSITIVITY gives the add-in's
 * table; and the section as a whole runs against numpy_workflow.py and agrees
 * with it to 1e-9. Nothing is timed against a target; the comparison needs
 * python3 with numpy and scipy and is skipped without them.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { ExcelError } from '../../src/excel/adapter';
import { callJob, heavyData, tableDifference, workflowJobs, workflowSection, type WorkflowSizes } from '../../bench/workflow';
import { probePython, runPython } from '../../bench/main';

jest.setTimeout(120_000);

const sizes: WorkflowSizes = { units: 40, indicators: 6, runs: 50, adapterRows: 200, coreRows: 300, columns: 12 };
const all = workflowJobs(sizes);
const scipy = probePython('scipy');

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nqp-bench-workflow-'));
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

test('the section has its rows: INDEX_SENSITIVITY twice, then PCA_SCORE, CORRELATION_MATRIX, TREAT_OUTLIERS through the adapter and the core', () => {
  const inner = ['pca-score', 'pca-loadings', 'corr-pearson', 'corr-spearman', 'treat'];
  expect(all.map((j) => j.key)).toEqual(['sensitivity-indices', 'sensitivity-ranks', ...inner, ...inner.map((k) => `${k}-core`)]);
  expect(all.filter((j) => j.via === 'core').every((j) => j.numpy?.n === sizes.coreRows)).toBe(true);
});

test('the outlier data have heavy-tailed and outlying columns among normal ones', () => {
  const h = heavyData(500, 16);
  expect(h).toHaveLength(500);
  const max = (j: number) => Math.max(...h.map((r) => r[j]));
  expect(max(4)).toBeGreaterThan(200); // three far outliers (50 + 5 × 40 and up)
  expect(max(1)).toBeLessThan(100);
});

test.each(all.map((j) => [j.key, j] as const))('%s: computes on the section\'s arguments without an error cell', async (_key, job) => {
  const result = await callJob(job);
  const errors = (result.flat().filter((v) => v instanceof ExcelError) as ExcelError[]).map((e) => `${e.code} ${e.message}`);
  expect(errors).toEqual([]);
  if (job.pick) expect(job.pick(result).every((v) => Number.isFinite(v))).toBe(true);
  if (job.floor) expect(tableDifference(result, job.floor())).toBeLessThanOrEqual(1e-9);
});

(scipy.ok ? test : test.skip)('the section runs against numpy and every row agrees with its baseline to 1e-9', async () => {
  const missed: string[] = [];
  const summary = { add: (ok: boolean, what: string) => void (ok || missed.push(what)) };
  const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
  let rows;
  try {
    rows = await workflowSection(true, 1, tmp, scipy, runPython, summary, sizes);
  } finally {
    log.mockRestore();
  }
  expect(rows.map((r) => r.key)).toEqual(all.map((j) => j.key));
  for (const r of rows) {
    expect({ key: r.key, diff: r.diff }).toEqual({ key: r.key, diff: expect.any(Number) });
    expect(r.diff).toBeLessThanOrEqual(1e-9);
    expect(r.errors).toBe(0);
    expect(r.cells).toBeGreaterThan(0);
  }
  // Speed is not asserted here; only the agreement, the error cells and the result sizes are.
  expect(missed.filter((m) => /agrees with|error cells|result size/.test(m))).toEqual([]);
});
