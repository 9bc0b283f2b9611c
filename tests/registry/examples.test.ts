/**
 * Every example of every spec, run twice: against the core (the spec's compute,
 * with the arguments as the adapter reads them) and through the Excel adapter
 * with Excel-shaped inputs, including blanks sent as null and as "".
 */
import { isDomainError } from '../../src/core/shared/errors';
import { invoke, readArgument } from '../../src/excel/adapter';
import { specs } from '../../src/registry';
import type { ExcelArg, Example, FunctionSpec } from '../../src/registry/types';
import { expectCells, settle } from '../helpers/expect-cells';

const cases = specs.flatMap((spec) => spec.examples.map((example, i) => ({ spec, example, label: `${spec.name} #${i + 1}` })));

/** The same arguments with every blank cell sent as "" instead of null (Excel sends either). */
function blanksAsEmptyText(args: readonly ExcelArg[]): ExcelArg[] {
  return args.map((a) => (Array.isArray(a) ? a.map((row) => row.map((v) => (v === null ? '' : v))) : a));
}

const padded = (spec: FunctionSpec, ex: Example): ExcelArg[] => spec.params.map((_, i) => (i < ex.args.length ? ex.args[i] : null));

/** Runs compute directly: once with whole arrays, or once per cell for element-wise functions. */
async function runCore(spec: FunctionSpec, ex: Example): Promise<unknown[][] | null> {
  const args = padded(spec, ex);
  // Argument errors (#VALUE! for a wrong shape or option) belong to the adapter, not the core.
  const elementwise = spec.params.some((p) => p.shape === 'element');
  try {
    if (!elementwise) {
      const r = await spec.compute(...spec.params.map((p, i) => readArgument(p, args[i])));
      if (!Array.isArray(r)) return [[r]];
      if (r.every((x) => Array.isArray(x))) return r as unknown[][];
      return spec.result.shape === 'row' ? [r] : (r as unknown[]).map((x) => [x]);
    }
    return ex.expected.map((row, r) =>
      row.map((want, c) => {
        if (want === '') return '';
        const cellArgs = spec.params.map((p, i) => {
          const a = args[i];
          if (p.shape !== 'element' || !Array.isArray(a)) return readArgument(p, a);
          return readArgument(p, a.length === 1 && a[0].length === 1 ? a[0][0] : a[r][c]);
        });
        try {
          return spec.compute(...cellArgs);
        } catch (e) {
          if (isDomainError(e)) return e;
          throw e;
        }
      }),
    );
  } catch (e) {
    if (isDomainError(e) && e.kind === 'value') return null;
    if (isDomainError(e)) return [[e]];
    throw e;
  }
}

describe.each(cases)('$label', ({ spec, example, label }) => {
  const tolerance = example.tolerance ?? 1e-9;

  it('gives the expected result through the Excel adapter', async () => {
    expectCells(await settle(invoke(spec, example.args)), example.expected, tolerance, label);
  });

  it('gives the same result with blanks sent as ""', async () => {
    expectCells(await settle(invoke(spec, blanksAsEmptyText(example.args))), example.expected, tolerance, label);
  });

  it('gives the expected result from the core', async () => {
    const result = await runCore(spec, example);
    const adapterError = example.expected.length === 1 && example.expected[0].length === 1 && typeof example.expected[0][0] === 'object' && example.expected[0][0].error === '#VALUE!';
    if (result === null) {
      // Only an example that expects #VALUE! may fail while its arguments are read.
      expect(adapterError).toBe(true);
      return;
    }
    expectCells(result, example.expected, tolerance, label);
  });
});

it('every function has at least two examples', () => {
  const few = specs.filter((s) => s.examples.length < 2).map((s) => s.name);
  expect(few).toEqual([]);
});
