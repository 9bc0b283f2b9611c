/**
 * src/excel/functions.ts: registration with CustomFunctions (a stand-in here)
 * and the conversion of the adapter's results, which hands a result without
 * errors to Excel as it is and copies only the rows that hold an error.
 */
import { ExcelError, type ExcelResult } from '../../src/excel/adapter';
import { specs } from '../../src/registry';
import { StandInError, standInCustomFunctions } from '../helpers/custom-functions';


const registered = new Map<string, (...args: unknown[]) => unknown>();
(globalThis as Record<string, unknown>).CustomFunctions = standInCustomFunctions((id, fn) => registered.set(id, fn));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { declaredArguments, isInvocation, toCustomFunctionsResult } = require('../../src/excel/functions') as typeof import('../../src/excel/functions');

afterAll(() => {
  delete (globalThis as Record<string, unknown>).CustomFunctions;
});

describe('registration', () => {
  it('registers every spec once under its name', () => {
    expect([...registered.keys()].sort()).toEqual(specs.map((s) => s.name).sort());
  });

  it('reads only the declared arguments (Excel may append an invocation object)', () => {
    const f = registered.get('DEPENDENCE_RATIO')!;
    expect(f(30, 100, 10, null, { address: 'Sheet1!A1' })).toEqual([[30 / 120]]);
  });

  it('with metadata from an older version, the invocation object in a new parameter\'s place is that parameter omitted', () => {
    // Old metadata declared DEPENDENCE_RATIO(imports, output): Excel then sends the invocation object third,
    // where `exports` now stands, and nothing for `kind`.
    const f = registered.get('DEPENDENCE_RATIO')!;
    const invocation = { address: 'Sheet1!B2', functionName: 'DEPENDENCE_RATIO', setResult: () => undefined };
    expect(f(30, 100, invocation)).toEqual([[30 / 130]]);
    expect(f(30, 100, invocation)).toEqual(f(30, 100, null, null));
    // GINI(values) under metadata that had no `weights`: the same as weights omitted.
    const g = registered.get('GINI')!;
    expect(g([[1, 3, 2, 1, 1, 1, 4]], {}, null)).toEqual(g([[1, 3, 2, 1, 1, 1, 4]], null, null));
    expect(g([[1, 3, 2, 1, 1, 1, 4]], { isInValuePreview: false })).toEqual(g([[1, 3, 2, 1, 1, 1, 4]]));
  });

  it('only a plain object is taken for the invocation object: values pass as they are', () => {
    expect(isInvocation({ address: 'A1' })).toBe(true);
    expect(isInvocation({})).toBe(true);
    for (const v of [null, 0, 'address', true, [[1]], [[{ address: 1 }]]]) expect(isInvocation(v)).toBe(false);
    // An error value from a cell (allowErrorForDataTypeAny) is data, not the invocation object.
    expect(isInvocation({ code: '#DIV/0!', message: '' })).toBe(false);
    expect(isInvocation(new StandInError('#N/A'))).toBe(false);
    expect(declaredArguments([1, { functionName: 'X' }, [[2]], { address: 'A1' }], 3)).toEqual([1, null, [[2]]]);
  });

  it('an error value passed as a whole argument reaches the adapter, which names it', () => {
    const f = registered.get('DEPENDENCE_RATIO')!;
    const [[v]] = f(new StandInError('#N/A'), 100, 10, null) as unknown[][];
    expect((v as StandInError).code).toBe('#N/A');
    expect((v as StandInError).message).toBe('NQP.DEPENDENCE_RATIO: imports holds the error #N/A');
  });

  it('turns the adapter\'s errors into CustomFunctions errors, messages on #VALUE! only', () => {
    const f = registered.get('DEPENDENCE_RATIO')!;
    const [[v]] = f('abc', 100, 10, null) as unknown[][];
    expect(v).toBeInstanceOf(StandInError);
    expect((v as StandInError).code).toBe('#VALUE!');
    expect((v as StandInError).message).toMatch(/^NQP\.DEPENDENCE_RATIO /);
  });
});

describe('toCustomFunctionsResult', () => {
  it('hands a result without errors to Excel as it is, without a copy', () => {
    const r: ExcelResult = [
      [1, 'a', true],
      [2, 'b', false],
    ];
    expect(toCustomFunctionsResult(r)).toBe(r);
  });

  it('copies only the rows holding an error, and leaves the adapter\'s result unchanged', () => {
    const e1 = new ExcelError('#N/A', 'no data');
    const e2 = new ExcelError('#DIV/0!');
    const r: ExcelResult = [[1, 2], [3, e1], [4, 5], [e2, 'x']];
    const before = r.map((row) => [...row]);
    const out = toCustomFunctionsResult(r);
    expect(out).not.toBe(r);
    expect(out[0]).toBe(r[0]);
    expect(out[2]).toBe(r[2]);
    expect(out[1]).not.toBe(r[1]);
    expect(out[1][0]).toBe(3);
    expect(out[1][1]).toEqual(new StandInError('#N/A', 'no data'));
    expect(out[3][0]).toEqual(new StandInError('#DIV/0!'));
    expect((out[3][0] as StandInError).message).toBeUndefined();
    expect(out[3][1]).toBe('x');
    expect(r).toEqual(before);
  });

  it('maps every error code of the catalogue', () => {
    const codes = ['#VALUE!', '#N/A', '#DIV/0!', '#NUM!'] as const;
    const out = toCustomFunctionsResult([codes.map((c) => new ExcelError(c, 'm'))]);
    expect(out[0].map((v) => (v as StandInError).code)).toEqual([...codes]);
    expect(out[0].map((v) => (v as StandInError).message)).toEqual(['m', 'm', undefined, undefined]);
  });
});
