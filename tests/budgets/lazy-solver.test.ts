/**
 * The LP solver (the `highs` package, HiGHS in WebAssembly, megabytes) is
 * loaded only when a DEA function is called: importing the registry and the
 * adapter and computing every other function must not load it.
 * (MALMQUIST is DEA-based too: it solves the same envelopment LPs, and so
 * do the green family's functions.)
 */
import type { FunctionSpec } from '../../src/registry/types';

type Invoke = (spec: FunctionSpec, args: readonly unknown[]) => unknown;

const LP_FUNCTIONS = [
  'DEA_EFFICIENCY',
  'DEA_DETAILS',
  'MALMQUIST',
  // The green family's slacks-based, directional-distance and super-efficiency models are LPs too.
  'DEA_SUPER_EFFICIENCY',
  'SBM_EFFICIENCY',
  'SBM_DETAILS',
  'DDF_EFFICIENCY',
  'MALMQUIST_LUENBERGER',
];

/** The registry, the adapter and the solver's loader, from a fresh module registry. */
function freshModules(): { specs: readonly FunctionSpec[]; invoke: Invoke; solverLoaded: () => boolean } {
  let modules: { specs: readonly FunctionSpec[]; invoke: Invoke; solverLoaded: () => boolean } | undefined;
  jest.isolateModules(() => {
    /* eslint-disable @typescript-eslint/no-require-imports -- a fresh module registry needs require */
    const { isSolverLoaded } = require('../../src/core/shared/lp/highs-solver') as { isSolverLoaded: () => boolean };
    const { specs } = require('../../src/registry') as { specs: readonly FunctionSpec[] };
    const { invoke } = require('../../src/excel/adapter') as { invoke: Invoke };
    /* eslint-enable @typescript-eslint/no-require-imports */
    modules = { specs, invoke, solverLoaded: isSolverLoaded };
  });
  if (!modules) throw new Error('the modules did not load');
  return modules;
}

/** Excel's arguments for an example: every declared argument, omitted ones null. */
const argsOf = (spec: FunctionSpec, args: readonly unknown[]): unknown[] => [
  ...args,
  ...new Array(Math.max(0, spec.params.length - args.length)).fill(null),
];

const registered = freshModules().specs.map((s) => s.name);

describe('the LP solver is loaded lazily', () => {
  it('is not loaded by importing the registry and the adapter and calling every non-DEA function', async () => {
    const { specs, invoke, solverLoaded } = freshModules();
    expect(solverLoaded()).toBe(false);
    let calls = 0;
    for (const spec of specs.filter((s) => !LP_FUNCTIONS.includes(s.name))) {
      for (const ex of spec.examples) {
        await invoke(spec, argsOf(spec, ex.args));
        calls++;
      }
    }
    expect(calls).toBeGreaterThan(50);
    expect(solverLoaded()).toBe(false);
  });

  // Skipped only while DEA_EFFICIENCY is not in the registry: then nothing can load the solver.
  (registered.includes('DEA_EFFICIENCY') ? it : it.skip)('is loaded by the first DEA call', async () => {
    const { specs, invoke, solverLoaded } = freshModules();
    const dea = specs.find((s) => s.name === 'DEA_EFFICIENCY')!;
    expect(solverLoaded()).toBe(false);
    await invoke(dea, argsOf(dea, dea.examples[0].args));
    expect(solverLoaded()).toBe(true);
  });
});
