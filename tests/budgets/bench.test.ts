/**
 * npm run bench keeps working (it is not run in CI: its figures are timings).
 * Its matrix section runs in child processes on plain JavaScript with the
 * built bundle; here those children run on small data against dist/ (which
 * npm test builds), so a change that breaks them, or makes the add-in and a
 * floor disagree, fails a test. Nothing here is timed against a target.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import type { TimingReport } from '../../bench/child';
import { runChild, transpileChildSources } from '../../bench/main';
import { MATRIX_FUNCTIONS } from '../../bench/matrix';
import { MEMORY_FLAGS, type MemoryReport } from '../../bench/memory';
import { DIST, distFile } from '../helpers/dist';

jest.setTimeout(60_000);

let tmp: string;
let script: string;

beforeAll(() => {
  distFile('functions.js');
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nqp-bench-test-'));
  script = transpileChildSources(path.join(tmp, 'js'));
});

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

test('the timing child computes every matrix function through the bundle, equal to its floor', () => {
  const report = runChild<TimingReport>(['--expose-gc', script], ['timing', DIST, 60, 7, 3, 1]);
  expect(report.functions.map((f) => f.name)).toEqual(MATRIX_FUNCTIONS.map((f) => f.name));
  for (const f of report.functions) {
    expect({ name: f.name, refused: f.refused }).toEqual({ name: f.name, refused: undefined });
    expect(f.floorDiff).toBeLessThanOrEqual(1e-9);
    expect(f.addin!.runs).toBeGreaterThanOrEqual(3);
    expect(f.addin!.median).toBeGreaterThan(0);
    expect(f.floor!.median).toBeGreaterThan(0);
  }
  expect(report.shape.table.median).toBeGreaterThan(0);
});

test('the memory child measures what each call allocates', () => {
  // Large enough (≈ 0.5 MB) that the heap's own movements around the measurement (tens of KB) cannot hide the input.
  const report = runChild<MemoryReport>([...MEMORY_FLAGS, script], ['memory', DIST, 5000, 6]);
  expect(report.inputBytes).toBeGreaterThan(5000 * 6 * 8);
  for (const f of MATRIX_FUNCTIONS) expect(report.functions[f.name].bytes).toBeGreaterThan(0);
});

test('a floor that disagrees with the add-in stops the benchmark', () => {
  // The child checks the add-in against each floor before timing; a wrong floor must fail it.
  const floors = path.join(tmp, 'js', 'bench', 'floors.js');
  const original = fs.readFileSync(floors, 'utf8');
  fs.writeFileSync(floors, original.replace('o[j] = (row[j] - a[j]) * b[j];', 'o[j] = (row[j] - a[j]) * b[j] * 1.001;'));
  try {
    expect(() => runChild<TimingReport>(['--expose-gc', script], ['timing', DIST, 60, 7, 3, 1])).toThrow(/NORMALIZE: the floor differs/);
  } finally {
    fs.writeFileSync(floors, original);
  }
});
