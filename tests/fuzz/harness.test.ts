/**
 * The fuzzer itself: its properties catch the bugs they are meant to catch (a
 * harness that passes everything proves nothing), and its arguments reach the
 * maths of every function often enough (not only its argument checks).
 */
import fc from 'fast-check';
import { DomainError } from '../../src/core/shared/errors';
import { ExcelError, invoke } from '../../src/excel/adapter';
import { specs } from '../../src/registry';
import type { FunctionSpec } from '../../src/registry/types';
import { argumentsFor } from './arbitraries';
import { MAX_SIDE_ASYNC, SEED } from './config';
import { checkCall } from './properties';

const base: FunctionSpec = {
  name: 'PROBE',
  category: { en: '', zh: '' },
  description: { en: '', zh: '' },
  help: { en: '', zh: '' },
  params: [{ name: 'values', type: 'number', shape: 'vector', description: { en: '', zh: '' } }],
  result: { shape: 'scalar', description: { en: '', zh: '' } },
  glossary: [],
  examples: [],
  compute: (values: number[]) => values.length,
};
const probe = (compute: FunctionSpec['compute'], result: FunctionSpec['result'] = base.result): FunctionSpec => ({ ...base, compute, result });
const failure = async (spec: FunctionSpec, args: unknown[]) => {
  try {
    await checkCall(spec, args);
  } catch (e) {
    return (e as Error).message;
  }
  return 'no failure';
};

describe('the properties catch', () => {
  const args = [[[3, 1, 2]]];
  it('a well-behaved function: nothing', async () => {
    expect(await failure(base, args)).toBe('no failure');
  });
  it('an exception that is not a DomainError', async () => {
    expect(await failure(probe(() => (undefined as unknown as number[]).length), args)).toMatch(/reports a bug: "NQP\.PROBE: unexpected internal error/);
  });
  it('a rejected promise', async () => {
    expect(await failure(probe(async () => Promise.reject(new TypeError('boom'))), args)).toMatch(/internal error \(boom\)/);
  });
  it('NaN or Infinity from the core, though the adapter mends it', async () => {
    expect(await failure(probe(() => Number.NaN), args)).toMatch(/the core returned NaN/);
    expect(await failure(probe(async () => [1, Infinity]), args)).toMatch(/the core returned Infinity at result\[1\]/);
  });
  it('null or undefined from the core', async () => {
    expect(await failure(probe(() => [[1, null as unknown as number]]), args)).toMatch(/the core returned null/);
  });
  it('a core that sorts its argument in place', async () => {
    const sorting = { ...probe((v: number[][]) => v.sort((a, b) => a[0] - b[0]).length), params: [{ ...base.params[0], shape: 'matrix' as const }] };
    // Large enough for the adapter's hot path, which hands the range over without a copy (small ranges are copied).
    const column = Array.from({ length: 300 }, (_, i) => [300 - i]);
    expect(await failure(sorting, [column])).toMatch(/the arguments were mutated/);
  });
  it('a result that changes from call to call', async () => {
    let calls = 0;
    expect(await failure(probe(() => ++calls), args)).toMatch(/a second call gave a different result/);
  });
  it('messages outside the grammar: trailing period, capitalised, empty', async () => {
    expect(await failure(probe(() => new DomainError('value', 'requires a number.')), args)).toMatch(/trailing period/);
    expect(await failure(probe(() => new DomainError('na', 'Too few values')), args)).toMatch(/not lowercase after the name/);
    expect(await failure(probe(() => new DomainError('value', '')), args)).toMatch(/does not start with "NQP\.PROBE "/);
  });
  it('a scalar function that returns a table', async () => {
    expect(await failure(probe(() => [[1, 2]]), args)).toMatch(/a scalar result is 1×2/);
  });
});

describe('the generated arguments reach the maths', () => {
  // At least 1 call in 50 must compute a value (not only errors): otherwise the
  // fuzzer tests the argument checks and never the function. (Typical: 10–80%.)
  it.each(specs.map((s) => [s.name, s] as const))('NQP.%s', async (_name, spec) => {
    const samples = fc.sample(argumentsFor(spec, MAX_SIDE_ASYNC), { numRuns: 200, seed: SEED });
    let computed = 0;
    for (const args of samples) {
      const r = await invoke(spec, args as unknown[]);
      if (r.some((row) => row.some((v) => !(v instanceof ExcelError) && v !== ''))) computed++;
    }
    expect({ name: spec.name, enough: computed >= samples.length / 50 }).toEqual({ name: spec.name, enough: true });
  });
});
