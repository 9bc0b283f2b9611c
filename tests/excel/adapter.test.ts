/** The adapter's contract, shown on the foundation functions: shapes, blanks, options, errors, messages. */
import { ExcelError, formatMessage, invoke, readArgument } from '../../src/excel/adapter';
import { specByName } from '../../src/registry';
import type { FunctionSpec } from '../../src/registry/types';

const spec = (name: string): FunctionSpec => {
  const s = specByName.get(name);
  if (!s) throw new Error(`no spec ${name}`);
  return s;
};
const call = (name: string, ...args: unknown[]) => invoke(spec(name), args) as (number | string | boolean | ExcelError)[][];
const only = (r: unknown[][]) => r[0][0];
const error = (v: unknown) => (v instanceof ExcelError ? `${v.code} ${v.message}`.trim() : `not an error: ${String(v)}`);

describe('message grammar', () => {
  it('joins "requires …" with a space and anything else with a colon', () => {
    expect(formatMessage('HHI', 'requires at least one value')).toBe('NQP.HHI requires at least one value');
    expect(formatMessage('NORMALIZE', 'column 3 is constant')).toBe('NQP.NORMALIZE: column 3 is constant');
  });
  it('keeps messages only on #VALUE! and #N/A, the errors Excel shows them for', () => {
    expect(new ExcelError('#NUM!', 'lost').message).toBe('');
    expect(new ExcelError('#N/A', 'kept').message).toBe('kept');
  });
});

describe('element-wise functions on large ranges (the tight loop checks cells as it reads them)', () => {
  const N = 600;
  const column = (f: (i: number) => unknown): unknown[][] => Array.from({ length: N }, (_, i) => [f(i)]);
  const imports = column((i) => 10 + (i % 7));
  const output = column((i) => 100 + i);
  // Each cell computed alone (a single-cell call), the reference for every range below.
  const cellByCell = (m: unknown[][], q: unknown[][], x: unknown = null): unknown[] =>
    m.map((row, i) => only(call('DEPENDENCE_RATIO', row[0], q[i][0], x)));
  const flat = (r: unknown[][]) => r.map((row) => (row[0] instanceof ExcelError ? error(row[0]) : row[0]));

  it('gives, cell for cell, what single-cell calls give', () => {
    expect(flat(call('DEPENDENCE_RATIO', imports, output, 5))).toEqual(cellByCell(imports, output, 5).map((v) => (v instanceof ExcelError ? error(v) : v)));
  });

  it.each([
    ['a text', 'n/a'],
    ['a logical value', true],
    ['a blank', null],
    ['an empty text', ''],
    ['a value below the bound', -1],
    ['NaN', Number.NaN],
    ['Infinity', Infinity],
  ])('reads %s deep in a range as the general path does, and every other cell as before', (_what, bad) => {
    for (const at of [0, 299, N - 1]) {
      const m = imports.map((row, i) => (i === at ? [bad] : row));
      const r = call('DEPENDENCE_RATIO', m, output);
      const got = flat(r);
      // The same value or error code as a single-cell call (a blank imports cell: a blank result); a message
      // says where the cell is in the range ("in row N"), where a single cell has no position to name.
      const want = cellByCell(m, output).map((v) => (v instanceof ExcelError ? error(v) : v));
      expect(got.map((v) => (typeof v === 'string' ? v.replace(/ in row \d+$/, '') : v))).toEqual(want);
      const cell = r[at][0];
      if (cell instanceof ExcelError && cell.message) expect(cell.message).toMatch(new RegExp(` in row ${at + 1}$`));
      expect(got.filter((_v, i) => i !== at)).toEqual(flat(call('DEPENDENCE_RATIO', imports, output)).filter((_v, i) => i !== at));
    }
  });

  it('refuses a ragged range or a row that is not an array, found in the loop, with the general message', () => {
    const ragged = imports.map((row, i) => (i === 400 ? [1, 2] : row));
    expect(error(only(call('DEPENDENCE_RATIO', ragged, output)))).toBe('#VALUE! NQP.DEPENDENCE_RATIO requires imports to be a rectangular range');
    const notRow = imports.map((row, i) => (i === 400 ? 7 : row));
    expect(error(only(call('DEPENDENCE_RATIO', notRow, output)))).toBe('#VALUE! NQP.DEPENDENCE_RATIO requires imports to be a range or a value');
  });

  it('leaves its arguments unchanged', () => {
    const m = imports.map((row) => [...row]);
    const q = output.map((row) => [...row]);
    call('DEPENDENCE_RATIO', m, q, 3);
    expect(m).toEqual(imports);
    expect(q).toEqual(output);
  });
});

describe('element-wise functions', () => {
  it('broadcast a single value against a range', () => {
    // 10/(90+10), 20/(80+20), 30/(70+30): the single exports value 0 is used for every row.
    expect(call('DEPENDENCE_RATIO', [[10], [20], [30]], [[90], [80], [70]], 0, null)).toEqual([[0.1], [0.2], [0.3]]);
    expect(call('DEPENDENCE_RATIO', [[10], [20], [30]], 90, null, 'output')).toEqual([[10 / 90], [20 / 90], [30 / 90]]);
  });
  it('keep the shape of a row', () => {
    expect(call('TECH_DEPENDENCE', [[1, 3]], [[3, 1]])).toEqual([[0.25, 0.75]]);
  });
  it('reject ranges of different shapes, naming both', () => {
    expect(error(only(call('DEPENDENCE_RATIO', [[1], [2]], [[1], [2], [3]])))).toBe(
      '#VALUE! NQP.DEPENDENCE_RATIO requires ranges of the same shape or single values: imports is 2×1 but output is 3×1',
    );
  });
  it('leave a blank result where a required input is blank (null on the web, "" from a formula)', () => {
    expect(call('DEPENDENCE_RATIO', [[null], [''], [30]], [[90], [90], [90]])).toEqual([[''], [''], [0.25]]);
  });
  it('take 0 for a blank cell Excel on Windows sends as 0', () => {
    expect(call('DEPENDENCE_RATIO', [[0]], [[90]])).toEqual([[0]]);
  });
  it('give #VALUE! with the cell for text, confined to that cell', () => {
    const r = call('DEPENDENCE_RATIO', [[10], ['n/a'], [30]], [[90], [80], [70]]);
    expect(r[0][0]).toBeCloseTo(0.1, 15);
    expect(error(r[1][0])).toBe('#VALUE! NQP.DEPENDENCE_RATIO requires numbers in imports: found the text "n/a" in row 2');
    expect(r[2][0]).toBeCloseTo(0.3, 15);
  });
  it('reject numeric text and logical values instead of guessing', () => {
    expect(error(only(call('TECH_DEPENDENCE', '30', 70)))).toBe('#VALUE! NQP.TECH_DEPENDENCE requires numbers in techImports: found the text "30"');
    expect(error(only(call('TECH_DEPENDENCE', true, 70)))).toBe('#VALUE! NQP.TECH_DEPENDENCE requires numbers in techImports: found the logical value TRUE');
  });
  it('give #NUM! for a value below a bound', () => {
    expect(error(only(call('DEPENDENCE_RATIO', -1, 90)))).toBe('#NUM!');
  });
  it('read options case-insensitively and list the allowed values for an unknown one', () => {
    expect(only(call('DEPENDENCE_RATIO', 60, 100, 20, ' NET '))).toBeCloseTo(0.2857142857142857, 15);
    expect(error(only(call('DEPENDENCE_RATIO', 60, 100, 20, 'ratio')))).toBe(
      '#VALUE! NQP.DEPENDENCE_RATIO requires kind to be one of "gross", "net", "output", not the text "ratio"',
    );
    expect(error(only(call('DEPENDENCE_RATIO', 60, 100, 20, 3)))).toBe(
      '#VALUE! NQP.DEPENDENCE_RATIO requires kind to be one of "gross", "net", "output", not 3',
    );
  });
  it('ignore an invocation object Excel appends after the declared arguments', () => {
    expect(only(call('TECH_DEPENDENCE', 30, 70))).toBeCloseTo(0.3, 15);
  });
});

describe('whole-range functions', () => {
  it('name the argument and the cell for text in a range', () => {
    expect(error(only(call('SIX_ASPECT_SCORE', [[1, 2, 3, 'x', 5, 6], [1, 2, 3, 4, 5, 6]])))).toBe(
      '#VALUE! NQP.SIX_ASPECT_SCORE requires numbers in scores: found the text "x" in row 1, column 4',
    );
  });
  it('say what shape a vector argument must have', () => {
    expect(error(only(call('SIX_ASPECT_SCORE', [[1, 2, 3, 4, 5, 6]], [[1, 1, 1], [1, 1, 1]])))).toBe(
      '#VALUE! NQP.SIX_ASPECT_SCORE requires weights to be a single row or column, not a 2×3 range',
    );
  });
  it('accept weights as a row or a column', () => {
    const row = call('SIX_ASPECT_SCORE', [[1, 2, 3, 4, 5, 6]], [[1, 1, 1, 1, 1, 1]]);
    const col = call('SIX_ASPECT_SCORE', [[1, 2, 3, 4, 5, 6]], [[1], [1], [1], [1], [1], [1]]);
    expect(row).toEqual(col);
    expect(only(row)).toBeCloseTo(3.5, 14);
  });
  it('use the default for an omitted argument, sent as null or as a blank cell', () => {
    const scores = [[1, 2, 3, 4, 5, 6]];
    expect(call('SIX_ASPECT_SCORE', scores, null, null, null)).toEqual(call('SIX_ASPECT_SCORE', scores));
    expect(call('SIX_ASPECT_SCORE', scores, null, [[null]], [['']])).toEqual(call('SIX_ASPECT_SCORE', scores));
  });
  it('give #NUM! for minCoverage outside 0–1', () => {
    expect(error(only(call('SIX_ASPECT_SCORE', [[1, 2, 3, 4, 5, 6]], null, null, 1.5)))).toBe('#NUM!');
  });
  it('reject a ragged array', () => {
    expect(error(only(call('SIX_ASPECT_SCORE', [[1, 2, 3, 4, 5, 6], [1]])))).toBe(
      '#VALUE! NQP.SIX_ASPECT_SCORE requires scores to be a rectangular range',
    );
  });
  it('do not change their inputs', () => {
    const scores = [[1, null, 3, 4, 5, 6]];
    const weights = [[1, 2, 3, 4, 5, 6]];
    const copy = JSON.stringify([scores, weights]);
    call('SIX_ASPECT_SCORE', scores, weights, 'geometric');
    expect(JSON.stringify([scores, weights])).toBe(copy);
  });
});

describe('the last guard', () => {
  const fake = (compute: FunctionSpec['compute']): FunctionSpec => ({ ...spec('TECH_DEPENDENCE'), params: [], compute });
  it('turns NaN and ±Infinity into #NUM!, null and undefined into blanks', () => {
    const r = invoke(fake(() => [[NaN, Infinity, -Infinity, null as unknown as number, undefined as unknown as number, 1]]), []);
    expect((r as unknown[][])[0].map((v) => (v instanceof ExcelError ? v.code : v))).toEqual(['#NUM!', '#NUM!', '#NUM!', '', '', 1]);
  });
  it('turns an unexpected exception into #VALUE! with a message instead of crashing', () => {
    const r = invoke(
      fake(() => {
        throw new TypeError('boom');
      }),
      [],
    ) as unknown[][];
    expect(error(r[0][0])).toBe('#VALUE! NQP.TECH_DEPENDENCE: unexpected internal error (boom)');
  });
  it('pads ragged results with blanks', () => {
    expect(invoke(fake(() => [[1, 2], [3]]), [])).toEqual([
      [1, 2],
      [3, ''],
    ]);
  });
  it('settles promises from asynchronous functions', async () => {
    await expect(invoke(fake(async () => 5), [])).resolves.toEqual([[5]]);
    const r = await invoke(
      fake(async () => {
        throw new Error('late');
      }),
      [],
    );
    expect(error(r[0][0])).toBe('#VALUE! NQP.TECH_DEPENDENCE: unexpected internal error (late)');
  });
});

describe('error values in input cells (allowErrorForDataTypeAny): one unit’s error stays in that unit', () => {
  // As Excel sends an error cell to a function whose metadata allows it: a CustomFunctions.Error.
  const err = (code: string) => ({ code, message: '' });
  const settle = async (r: unknown) => (await r) as (number | string | boolean | ExcelError)[][];

  it('element-wise: the cell beside the error gets it, named; the other cells compute', () => {
    const r = call('DEPENDENCE_RATIO', [[30], [err('#DIV/0!')], [50], [err('#REF!')]], [[100], [100], [100], [100]]);
    expect(r[0][0]).toBeCloseTo(30 / 130, 15);
    expect(r[2][0]).toBeCloseTo(50 / 150, 15);
    // #DIV/0! propagates as Excel's own functions do (it shows no message); #REF!, which no function returns, is #VALUE! naming it.
    expect((r[1][0] as ExcelError).code).toBe('#DIV/0!');
    expect(error(r[3][0])).toBe('#VALUE! NQP.DEPENDENCE_RATIO: imports in row 4 holds the error #REF!');
  });

  it('one value per unit: the unit whose row holds the error gets it, the others compute as without that unit', () => {
    const data = [
      [1, 5, 3],
      [2, 4, 8],
      [3, 3, 2],
      [4, 2, 6],
    ];
    const withError = data.map((row) => [...row]) as unknown[][];
    withError[1][2] = err('#N/A');
    const r = call('COMPOSITE_SCORE', withError, null, null, null, null, null);
    const without = call('COMPOSITE_SCORE', [data[0], data[2], data[3]], null, null, null, null, null);
    expect(r.length).toBe(4);
    expect(error(r[1][0])).toBe('#N/A NQP.COMPOSITE_SCORE: data in row 2, column 3 holds the error #N/A');
    expect([r[0][0], r[2][0], r[3][0]]).toEqual([without[0][0], without[1][0], without[2][0]]);
    const t = call('TOPSIS', withError, null, null, null, null);
    expect(error(t[1][0])).toMatch(/^#N\/A NQP\.TOPSIS: data in row 2, column 3 holds the error #N\/A$/);
    expect(typeof t[0][0]).toBe('number');
  });

  it('a per-unit table keeps its rows in place: COUPLING_COORDINATION "all" under its header, PCA_SCORE "components"; the unit with the error has it in every cell', async () => {
    const scores = [
      [0.2, 0.4],
      [0.5, 0.6],
      [0.7, 0.3],
      [0.9, 0.8],
      [0.4, 0.5],
    ];
    const withError = scores.map((row) => [...row]) as unknown[][];
    withError[2][1] = err('#N/A');
    const kept = [scores[0], scores[1], scores[3], scores[4]];
    const all = call('COUPLING_COORDINATION', withError, null, null, 'all');
    const allKept = call('COUPLING_COORDINATION', kept, null, null, 'all');
    expect(all.length).toBe(1 + 5);
    expect(all[0]).toEqual(allKept[0]); // the header row
    expect([all[1], all[2], all[4], all[5]]).toEqual(allKept.slice(1));
    expect(all[3].map(error)).toEqual(Array(3).fill('#N/A NQP.COUPLING_COORDINATION: scores in row 3, column 2 holds the error #N/A'));
    // Without a header ("d"), one value per unit as before.
    expect(call('COUPLING_COORDINATION', withError, null, null, null).length).toBe(5);

    const data = [
      [1, 5, 3, 2],
      [2, 4, 8, 1],
      [3, 3, 2, 7],
      [4, 2, 6, 3],
      [5, 1, 4, 4],
      [6, 7, 1, 5],
    ];
    const bad = data.map((row) => [...row]) as unknown[][];
    bad[4][0] = err('#REF!');
    const left = data.filter((_, i) => i !== 4);
    const pca = (d: unknown[][], output: string) => settle(invoke(spec('PCA_SCORE'), [d, null, output]));
    const comp = await pca(bad, 'components');
    const compKept = await pca(left, 'components');
    expect(comp.length).toBe(6);
    expect([...comp.slice(0, 4), comp[5]]).toEqual(compKept);
    expect(comp[4].every((c) => error(c) === '#VALUE! NQP.PCA_SCORE: data in row 5, column 1 holds the error #REF!')).toBe(true);
    // "loadings" is a table by indicator, not by unit: computed without the unit, nothing inserted, even
    // when there happen to be as many indicators as units kept.
    const four = left.slice(0, 4);
    const badFour = [...four.slice(0, 2), bad[4], ...four.slice(2)];
    expect(await pca(badFour, 'loadings')).toEqual(await pca(four, 'loadings'));
  });

  it('asynchronous per-unit functions too (DEA_EFFICIENCY)', async () => {
    const inputs: unknown[][] = [[2], [4], [err('#DIV/0!')], [3]];
    const outputs = [[1], [1], [1], [2]];
    const r = await settle(invoke(spec('DEA_EFFICIENCY'), [inputs, outputs, null, null]));
    expect(r.length).toBe(4);
    expect((r[2][0] as ExcelError).code).toBe('#DIV/0!');
    const without = await settle(invoke(spec('DEA_EFFICIENCY'), [[[2], [4], [3]], [[1], [1], [2]], null, null]));
    expect([r[0][0], r[1][0], r[3][0]]).toEqual([without[0][0], without[1][0], without[2][0]]);
  });

  it('a result that is not one value per unit (weights, a table) takes the first error, naming its cell', () => {
    const data: unknown[][] = [
      [1, 5],
      [2, err('#NUM!')],
      [3, 3],
    ];
    const r = call('ENTROPY_WEIGHTS', data, null, null, null);
    expect(r).toHaveLength(1);
    expect((r[0][0] as ExcelError).code).toBe('#NUM!');
    expect(error(call('GINI', [[1], [err('#NAME?')], [3]], null, null)[0][0])).toBe('#VALUE! NQP.GINI: values in row 2 holds the error #NAME?');
  });

  it('an error where a setting is expected is #VALUE! naming the argument', () => {
    const data = [
      [1, 5],
      [2, 4],
      [3, 3],
    ];
    expect(error(only(call('TOPSIS', data, null, null, err('#N/A'), null)))).toBe('#VALUE! NQP.TOPSIS: normalization holds the error #N/A');
    expect(error(only(call('DEPENDENCE_RATIO', 30, 100, null, err('#DIV/0!'))))).toBe('#VALUE! NQP.DEPENDENCE_RATIO: kind holds the error #DIV/0!');
  });
});

describe('long columns of labels (any-typed vectors) are read in one pass, as the general path reads them', () => {
  const p = { name: 'groups', type: 'any', shape: 'vector', description: { en: '', zh: '' } } as const;
  const N = 400;
  it('numbers, texts, logical values and blanks: the same as cell by cell', () => {
    const column: unknown[][] = Array.from({ length: N }, (_, i) => [i % 5 === 0 ? 'East' : i % 5 === 1 ? 2020 + (i % 3) : i % 5 === 2 ? true : i % 5 === 3 ? '' : null]);
    const fast = readArgument(p, column) as unknown[];
    const general = column.map((row) => readArgument(p, [row, [0]]) as unknown[]).map((pair) => pair[0]);
    expect(fast).toEqual(general);
    expect(fast.slice(0, 5)).toEqual(['East', 2021, true, null, null]);
  });
  it('an error value or a two-column range takes the general path, with its message', () => {
    const column: unknown[][] = Array.from({ length: N }, () => ['A']);
    column[7] = [{ code: '#REF!', message: '' }];
    expect(() => readArgument(p, column)).toThrow(/groups in row 8 holds the error #REF!/);
    const wide: unknown[][] = Array.from({ length: N }, () => ['A', 'B']);
    expect(() => readArgument(p, wide)).toThrow(/single row or column/);
  });
});
