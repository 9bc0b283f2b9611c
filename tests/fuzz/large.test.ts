/**
 * Every function at a size the random runs never reach: its first example with
 * several units, its unit rows repeated to 150,000 rows (past the ~125,000
 * arguments at which spreading an array into a call, Math.max(...rows),
 * overflows V8's call stack). The result must keep every property of
 * properties.ts (no internal error) or be a limit's #VALUE!, and come in seconds.
 */
import { invoke } from '../../src/excel/adapter';
import { specs } from '../../src/registry';
import type { FunctionSpec } from '../../src/registry/types';
import { problemsOf } from './properties';

const ROWS = 150_000;

jest.setTimeout(60_000);

/** The example's arguments with every range of the example's unit count repeated to ROWS rows; null when no example has several units. */
function tiled(spec: FunctionSpec): unknown[] | null {
  for (const example of spec.examples) {
    const units = Math.max(0, ...example.args.map((a) => (Array.isArray(a) ? a.length : 0)));
    if (units < 2) continue;
    const reps = Math.ceil(ROWS / units);
    return spec.params.map((_, i) => {
      const a = example.args[i];
      if (!Array.isArray(a) || a.length !== units) return a ?? null;
      return Array.from({ length: reps * units }, (_, r) => [...a[r % units]]);
    });
  }
  return null;
}

const cases = specs.map((s) => ({ name: s.name, spec: s, args: tiled(s) })).filter((c) => c.args !== null);

it('has a multi-unit example for most functions', () => {
  expect(cases.length).toBeGreaterThan(specs.length / 2);
});

it.each(cases)('NQP.$name with 150,000 rows', async ({ spec, args }) => {
  const result = await invoke(spec, args!);
  expect(problemsOf(spec, args!, result)).toEqual([]);
});
