/**
 * npm run bench, section 9 (bench/slices.ts) on a fiftieth of its sizes, so
 * that it cannot rot unnoticed: every registered function, a new one
 * included, gets data the section can scale and that are valid for it (a
 * result, not a single error cell), and the section prints a row for each.
 * Nothing is timed against a target here.
 */
import { specs } from '../../src/registry';
import { sliceOf, slicesSection } from '../../bench/slices';

jest.setTimeout(120_000);

test.each(specs.map((s) => [s.name, s] as const))('%s: the section has valid data for it', async (_name, spec) => {
  const r = await sliceOf(spec, 50);
  expect(r).not.toBeNull();
  expect(r!.skipped).toBeNull();
  expect(r!.slice).toBeGreaterThanOrEqual(0);
});

test('the section prints one row per function', async () => {
  const printed: string[] = [];
  const log = jest.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void printed.push(a.join(' ')));
  const verdicts: string[] = [];
  const only = process.env.NQP_BENCH_ONLY;
  process.env.NQP_BENCH_ONLY = specs.slice(0, 3).map((s) => s.name).join(',');
  try {
    await slicesSection(true, { add: (_ok, what) => void verdicts.push(what) });
  } finally {
    log.mockRestore();
    if (only === undefined) delete process.env.NQP_BENCH_ONLY;
    else process.env.NQP_BENCH_ONLY = only;
  }
  expect(printed.join('\n')).toMatch(/9\. Every function's longest synchronous slice/);
  // Sorted by slice, longest first: one verdict per function named.
  expect(verdicts.map((v) => v.replace(' longest slice', '')).sort()).toEqual(specs.slice(0, 3).map((s) => s.name).sort());
});
