/**
 * "Why is this cell an error?" (src/taskpane/explain.ts, formula-call.ts):
 * the NQP call read out of a formula; the same call recomputed through the
 * adapter from the cells it references, giving the full message that Excel
 * does not show for #NUM! and #DIV/0!, and the hints that fit; Excel's own
 * errors explained; and, against a stand-in for Excel's API, the workbook
 * read in two syncs and never written.
 */
import { type Explanation, excelReader, explainActiveCell, type WorkbookReader } from '../../src/taskpane/explain';
import { liveEngine } from '../../src/taskpane/live';
import { parseCall } from '../../src/taskpane/formula-call';
import { cellAt } from '../../src/core/shared/a1';


describe('parseCall', () => {
  it('reads references, nested calls and array constants', () => {
    expect(parseCall('=NQP.TOPSIS(B2:M31, NQP.ENTROPY_WEIGHTS(B2:M31), {1,1,-1})')).toEqual({
      name: 'TOPSIS',
      args: [
        { kind: 'reference', sheet: null, cells: 'B2:M31', text: 'B2:M31' },
        { kind: 'call', call: { name: 'ENTROPY_WEIGHTS', args: [{ kind: 'reference', sheet: null, cells: 'B2:M31', text: 'B2:M31' }] }, text: 'NQP.ENTROPY_WEIGHTS(B2:M31)' },
        { kind: 'array', value: [[1, 1, -1]], text: '{1,1,-1}' },
      ],
    });
  });
  it('finds the call inside another function, with a quoted sheet, $ and a whole column', () => {
    expect(parseCall(`=IFERROR(NQP.GINI('My ''data'''!$B$2:$B$31),"")`)?.args[0]).toEqual({ kind: 'reference', sheet: "My 'data'", cells: '$B$2:$B$31', text: `'My ''data'''!$B$2:$B$31` });
    expect(parseCall('=_xldudf_NQP_GINI(A:A)')).toEqual({ name: 'GINI', args: [{ kind: 'reference', sheet: null, cells: 'A:A', text: 'A:A' }] });
    expect(parseCall('=nqp.gini(数据!C3:C9)')?.args[0]).toEqual({ kind: 'reference', sheet: '数据', cells: 'C3:C9', text: '数据!C3:C9' });
  });
  it('omitted arguments, numbers (percent too), texts with quotes, booleans, names; an expression is "other"', () => {
    expect(parseCall('=NQP.COUPLING_COORDINATION(B2:C10,,,"all")')?.args.map((a) => a.kind)).toEqual(['reference', 'omitted', 'omitted', 'value']);
    expect(parseCall('=NQP.X(9.6%, TRUE, "a""b", -1.5e2, income)')?.args).toEqual([
      { kind: 'value', value: 0.096, text: '9.6%' },
      { kind: 'value', value: true, text: 'TRUE' },
      { kind: 'value', value: 'a"b', text: '"a""b"' },
      { kind: 'value', value: -150, text: '-1.5e2' },
      { kind: 'name', name: 'income', text: 'income' },
    ]);
    expect(parseCall('=NQP.GINI(B2:B31/100)')?.args[0]).toEqual({ kind: 'other', text: 'B2:B31/100' });
    expect(parseCall('=NQP.GINI(SUM(A1:A3))')?.args[0]).toEqual({ kind: 'other', text: 'SUM(A1:A3)' });
  });
  it('no NQP call: none in the formula, or only inside a text', () => {
    expect(parseCall('=SUM(A1:A3)')).toBeNull();
    expect(parseCall('="NQP.GINI(A1)"')).toBeNull();
    expect(parseCall('=NQP.GINI(A1')).toBeNull();
  });
  it('cellAt names a cell inside a reference', () => {
    expect(cellAt('B2:M31', 3, 2)).toBe('D5');
    expect(cellAt('$Z$9', 0, 1)).toBe('AA9');
  });
});

/** A stand-in reader: the active cell and the values of named ranges, as Excel would give them. */
function reader(cell: { formula: string; shown: string | null; row?: number; column?: number }, ranges: Record<string, unknown[][]>): WorkbookReader & { reads: number } {
  const r = {
    reads: 0,
    activeCell: async () => ({ address: 'Sheet1!H2', row: 0, column: 0, ...cell }),
    read: async (refs: readonly { text: string }[]) => {
      r.reads++;
      return refs.map((x) => ranges[x.text] ?? null);
    },
  };
  return r;
}

const explain = (r: WorkbookReader): Promise<Explanation> => explainActiveCell(r);

describe('explainActiveCell', () => {
  it('scores on a 0–100 scale: the full message, and the hint to divide by 100', async () => {
    const scores = [[63.5, 70], [55, 80], [90, 45]];
    const e = await explain(reader({ formula: '=NQP.COUPLING_COORDINATION(B2:C4)', shown: '#VALUE!' }, { 'B2:C4': scores }));
    expect(e.status).toBe('explained');
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toMatch(/^NQP\.COUPLING_COORDINATION\b.*\[0, 1\].*63\.5/);
    expect(e.hints).toContainEqual({ id: 'percent-scale', param: 'scores', at: 'B2:C4', value: 90 });
  });

  it('#NUM!, which Excel shows bare: the message of a negative score', async () => {
    const e = await explain(reader({ formula: '=NQP.COUPLING_COORDINATION(B2:C4)', shown: '#NUM!' }, { 'B2:C4': [[0.5, 0.7], [-0.2, 0.8], [0.9, 0.4]] }));
    expect(e.code).toBe('#NUM!');
    expect(e.message).toMatch(/^NQP\.COUPLING_COORDINATION\b.*-0\.2/);
  });

  it('a percentage typed where a fraction is needed (CAPITAL_STOCK\'s depreciation 9.6)', async () => {
    const e = await explain(reader({ formula: '=NQP.CAPITAL_STOCK(B2:B6, 9.6)', shown: '#VALUE!' }, { 'B2:B6': [[100], [110], [120], [130], [140]] }));
    expect(e.message).toMatch(/depreciation.*9\.6.*0\.096/);
    expect(e.hints).toContainEqual({ id: 'percentage', param: 'depreciation', value: 9.6 });
  });

  it('a header row inside the range: the message, and the range without it', async () => {
    const table = [['R&D intensity', 'Patents', 'Energy'], [1.2, 30, 0.8], [2.1, 45, 0.5], [1.7, 12, 0.9]];
    const e = await explain(reader({ formula: '=NQP.ENTROPY_WEIGHTS(B1:D4)', shown: '#VALUE!' }, { 'B1:D4': table }));
    expect(e.message).toMatch(/R&D intensity/);
    expect(e.hints).toContainEqual({ id: 'header-row', param: 'data', at: 'B1:D4', suggestion: 'B2:D4' });
  });

  it('unit names inside the range (its first column)', async () => {
    const table = [['Beijing', 1.2, 30], ['Tianjin', 2.1, 45], ['Hebei', 1.7, 12]];
    const e = await explain(reader({ formula: '=NQP.ENTROPY_WEIGHTS(A2:C4)', shown: '#VALUE!' }, { 'A2:C4': table }));
    expect(e.hints).toContainEqual({ id: 'header-column', param: 'data', at: 'A2:C4', suggestion: 'B2:C4' });
  });

  it('numbers stored as text: how many, and the first', async () => {
    const values = [[12.5], ['13.5'], [14], [' 1,250 '], [9]];
    const e = await explain(reader({ formula: '=NQP.GINI(B2:B6)', shown: '#VALUE!' }, { 'B2:B6': values }));
    expect(e.code).toBe('#VALUE!');
    expect(e.hints).toContainEqual({ id: 'text-numbers', param: 'values', at: 'B3', count: 2 });
  });

  it('an error inside a nested NQP call is named as the cause', async () => {
    const table = [['a', 'b', 'c'], [1, 2, 3], [2, 3, 1], [3, 1, 2]];
    const e = await explain(reader({ formula: '=NQP.TOPSIS(B2:D4, NQP.ENTROPY_WEIGHTS(B1:D4))', shown: '#VALUE!' }, { 'B2:D4': table.slice(1), 'B1:D4': table }));
    expect(e.inner).toEqual([{ name: 'ENTROPY_WEIGHTS', code: '#VALUE!', message: expect.stringMatching(/^NQP\.ENTROPY_WEIGHTS\b/) }]);
    expect(e.code).toBe('#VALUE!');
  });

  it('in a spill, the cell at the active cell\'s offset: its own unit\'s error', async () => {
    const data = [[1, 5], [2, { code: '#DIV/0!' }], [3, 3], [4, 2]];
    const e = await explain(reader({ formula: '=NQP.COMPOSITE_SCORE(B2:C5)', shown: '#DIV/0!', row: 1 }, { 'B2:C5': data }));
    expect(e.code).toBe('#DIV/0!');
    // Excel shows #DIV/0! bare; the pane names the input cell it comes from.
    expect(e.message).toBe('NQP.COMPOSITE_SCORE: data in row 2, column 2 holds the error #DIV/0!');
    const ok = await explain(reader({ formula: '=NQP.COMPOSITE_SCORE(B2:C5)', shown: '#DIV/0!', row: 0 }, { 'B2:C5': data }));
    expect(ok.code).toBe('#DIV/0!'); // the first error of the result, the cell at the offset being a number
  });

  it("Excel's own errors: #SPILL! says how large the result is; #NAME? an unknown function; #BUSY!", async () => {
    const data = [[1, 5], [2, 4], [3, 3]];
    const spill = await explain(reader({ formula: '=NQP.NORMALIZE(B2:C4)', shown: '#SPILL!' }, { 'B2:C4': data }));
    expect(spill.hints).toContainEqual({ id: 'spill', rows: 3, columns: 2 });
    const name = await explain(reader({ formula: '=NQP.GINNI(B2:B4)', shown: '#NAME?' }, {}));
    expect(name.hints).toEqual([{ id: 'unknown-name', at: 'GINNI' }]);
    const busy = await explain(reader({ formula: '=NQP.GINI(B2:B4)', shown: '#BUSY!' }, { 'B2:B4': [[1], [2], [3]] }));
    expect(busy.hints).toContainEqual({ id: 'busy' });
  });

  it('no NQP formula, no error, an expression the pane cannot evaluate', async () => {
    expect((await explain(reader({ formula: '=SUM(A1:A3)', shown: '#VALUE!' }, {}))).status).toBe('no-formula');
    expect((await explain(reader({ formula: '12', shown: null }, {}))).status).toBe('no-formula');
    expect((await explain(reader({ formula: '=NQP.GINI(B2:B4)', shown: null }, {}))).status).toBe('no-error');
    const other = await explain(reader({ formula: '=NQP.GINI(B2:B4/100)', shown: '#VALUE!' }, {}));
    expect(other).toMatchObject({ status: 'unsupported', unsupported: 'B2:B4/100' });
  });

  it('a computed value where Excel shows an error: the hint to recalculate', async () => {
    const e = await explain(reader({ formula: '=NQP.GINI(B2:B4)', shown: '#VALUE!' }, { 'B2:B4': [[1], [2], [3]] }));
    expect(e.code).toBeUndefined();
    expect(e.hints).toEqual([{ id: 'stale' }]);
  });
});

describe('excelReader (a stand-in for Excel\'s API): two syncs, nothing written', () => {
  afterEach(() => {
    delete (globalThis as Record<string, unknown>).Excel;
    delete (globalThis as Record<string, unknown>).Office;
  });

  it('reads the active cell, its spill anchor and each reference, clipping a whole column to the used range', async () => {
    let syncs = 0;
    const writes: string[] = [];
    const range = (values: unknown[][], types: string[][], extra: Record<string, unknown> = {}) => {
      const r: Record<string, unknown> = { values, valueTypes: types, isNullObject: false, load: () => r, ...extra };
      return new Proxy(r, { set: (_t, k) => (writes.push(String(k)), true) });
    };
    const column = range([[1], [''], [3]], [['Double'], ['Empty'], ['Double']]);
    const sheet = {
      name: 'Data',
      load() {
        return this;
      },
      getRange: (a: string) =>
        a === 'A:A' ? { getIntersectionOrNullObject: () => column } : a === 'A1' ? { getBoundingRect: () => ({}) } : range([[{}]], [['Error']]),
      getUsedRange: () => ({}),
    };
    const cell = range([['#NUM!']], [['Error']], {
      address: 'Data!C4',
      formulas: [['']],
      rowIndex: 3,
      columnIndex: 2,
      worksheet: sheet,
      getSpillParentOrNullObject: () => range([[0]], [['Double']], { formulas: [['=NQP.GINI(A:A)']], rowIndex: 1, columnIndex: 2 }),
    });
    const context = { workbook: { getActiveCell: () => cell, worksheets: { getItem: () => sheet }, names: {} }, sync: async () => void syncs++ };
    const g = globalThis as Record<string, unknown>;
    g.Excel = { run: async (f: (c: unknown) => unknown) => f(context), RangeValueType: { error: 'Error' } };
    g.Office = { context: { requirements: { isSetSupported: () => true } } };
    const r = excelReader();
    const active = await r.activeCell();
    expect(active).toEqual({ address: 'Data!C4', formula: '=NQP.GINI(A:A)', shown: '#NUM!', row: 2, column: 0 });
    const values = await r.read(parseCall(active.formula)!.args);
    expect(values).toEqual([[[1], [null], [3]]]);
    expect(syncs).toBe(2);
    expect(writes).toEqual([]);
  });
});

describe('in the pane\'s language', () => {
  it('the messages come in Chinese for a Chinese pane, the adapter\'s and the functions\' own', async () => {
    const r = reader({ formula: '=NQP.NORMALIZE(B2:C4,,"foo")', shown: '#VALUE!' }, { 'B2:C4': [[1, 2], [3, 4], [5, 6]] });
    const zh = await explainActiveCell(r, 'zh');
    expect(zh.message).toBe('NQP.NORMALIZE 要求 method 为 "minmax"、"zscore"、"percentile"、"fracmax" 之一，而不是文本 "foo"');
    const en = await explainActiveCell(r, 'en');
    expect(en.message).toBe('NQP.NORMALIZE requires method to be one of "minmax", "zscore", "percentile", "fracmax", not the text "foo"');
    const core = await explainActiveCell(reader({ formula: '=NQP.COUPLING_COORDINATION(B2:C4)', shown: '#VALUE!' }, { 'B2:C4': [[63.5, 70], [55, 80], [90, 45]] }), 'zh');
    expect(core.message).toMatch(/^NQP\.COUPLING_COORDINATION 要求得分在 \[0, 1\] 之内，而不是 63\.5/);
    await liveEngine('en'); // the live adapter back to English for the other tests
  });
});
