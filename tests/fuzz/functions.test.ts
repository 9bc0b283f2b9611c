/**
 * Property-based tests of every registered function through the Excel adapter:
 * random Excel-shaped arguments derived from each spec (arbitraries.ts), the
 * properties of properties.ts. A new function in the registry is covered
 * without touching this file.
 */
import fc from 'fast-check';
import { invoke } from '../../src/excel/adapter';
import { specs } from '../../src/registry';
import type { FunctionSpec } from '../../src/registry/types';
import { argumentsFor } from './arbitraries';
import { MAX_SIDE, MAX_SIDE_ASYNC, PATH, RUNS, SEED } from './config';
import { checkCall } from './properties';

/** A function is asynchronous when its compute returns a promise: its first example tells. */
function isAsync(spec: FunctionSpec): boolean {
  const example = spec.examples[0];
  if (!example) return false;
  const result = invoke(spec, [...example.args, ...new Array(Math.max(0, spec.params.length - example.args.length)).fill(null)]);
  if (result instanceof Promise) {
    result.catch(() => undefined);
    return true;
  }
  return false;
}

// Generous: the CI runs take about a second per function; the fuzz runs scale with NQP_FUZZ_RUNS.
jest.setTimeout(60_000 + RUNS * 30);

describe(`every function survives any input (${RUNS} runs each, seed ${SEED})`, () => {
  it('covers every registered function', () => {
    expect(specs.length).toBeGreaterThan(0);
  });

  it.each(specs.map((s) => [s.name, s] as const))('NQP.%s', async (_name, spec) => {
    const maxSide = isAsync(spec) ? MAX_SIDE_ASYNC : MAX_SIDE;
    const property = fc.asyncProperty(argumentsFor(spec, maxSide), (args) => checkCall(spec, args as unknown[]));
    try {
      await fc.assert(property, { numRuns: RUNS, seed: SEED, ...(PATH ? { path: PATH } : {}) });
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      // fast-check 4 keeps the property's own error as the cause: show it, it says what is wrong.
      const inner = (e as { cause?: unknown }).cause;
      const cause = inner instanceof Error ? `\n\nGot error: ${inner.message}` : '';
      throw new Error(
        `${message}${cause}\n\nReplay: NQP_FUZZ_SEED=${SEED}${/path: "([^"]*)"/.exec(message) ? ` NQP_FUZZ_PATH=${/path: "([^"]*)"/.exec(message)![1]}` : ''} npx jest tests/fuzz -t 'NQP.${spec.name}$'`,
      );
    }
  });
});
