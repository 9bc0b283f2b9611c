/**
 * The built dist/functions.js, loaded where Excel provides CustomFunctions
 * (here a stand-in), registers every function listed in dist/functions.json,
 * and each computes its examples, errors included, as Excel would show them.
 */
import { specs } from '../../src/registry';
import { StandInError } from '../helpers/custom-functions';
import { loadFunctionsBundle } from '../helpers/bundle';
import { distFile } from '../helpers/dist';


const asExpected = (v: unknown) => (v instanceof StandInError ? { error: v.code } : v);

jest.setTimeout(60_000);

describe('dist/functions.js', () => {
  const { registered, requests } = loadFunctionsBundle();

  it('registers exactly the functions of dist/functions.json', () => {
    const ids = JSON.parse(distFile('functions.json')).functions.map((f: { id: string }) => f.id);
    expect([...registered.keys()].sort()).toEqual([...ids].sort());
    expect(ids.length).toBe(specs.length);
  });

  const examples = specs.flatMap((s) => s.examples.map((ex, i) => ({ label: `${s.name} #${i + 1}`, name: s.name, ex, arity: s.params.length })));
  it.each(examples)('computes $label as Excel would show it', async ({ name, ex, arity }) => {
    // Excel passes every declared argument (null when omitted) and may add an invocation object.
    const args = [...ex.args, ...new Array(arity - ex.args.length).fill(null), { address: 'Sheet1!A1' }];
    const result = (await registered.get(name)!(...args)) as unknown[][];
    const tolerance = ex.tolerance ?? 1e-9;
    expect(result.length).toBe(ex.expected.length);
    ex.expected.forEach((row, r) =>
      row.forEach((want, c) => {
        const got = asExpected(result[r][c]);
        if (typeof want === 'number') expect(Math.abs((got as number) - want)).toBeLessThanOrEqual(tolerance);
        else expect(got).toEqual(want);
      }),
    );
  });

  it('gives CustomFunctions.Error values with their message for #VALUE!', () => {
    const r = registered.get('DEPENDENCE_RATIO')!(60, 100, 20, 'ratio', null) as unknown[][];
    expect(r[0][0]).toBeInstanceOf(StandInError);
    expect((r[0][0] as StandInError).code).toBe('#VALUE!');
    expect((r[0][0] as StandInError).message).toBe('NQP.DEPENDENCE_RATIO requires kind to be one of "gross", "net", "output", not the text "ratio"');
  });

  it("loads the LP solver (for DEA) and the ISIC classification (for the ISIC functions) once each, from the add-in's own files", () => {
    // The examples above ran every function; the solver's chunk and wasm and the classification's chunk were fetched once, from dist/.
    expect(requests.map((u) => new URL(u).pathname).sort()).toEqual(['/highs.js', '/highs.wasm', '/isic.js']);
  });

  it('gives #NUM! without a message, as Excel shows none', () => {
    const r = registered.get('SELF_SUFFICIENCY')!(10, 5, 30) as unknown[][];
    expect(r[0][0]).toEqual(new StandInError('#NUM!'));
  });
});
