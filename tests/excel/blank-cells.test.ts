/**
 * Blank cells sent as 0 (src/excel/blank-cells.ts and its use in
 * src/excel/functions.ts): where Excel on Windows or Mac sends an empty cell as
 * 0, a call whose arguments are references gives the result Excel on the web
 * gives (which sends null); nothing is read when no argument holds a 0, on the
 * web, or for an argument that is not a reference; a failed read says so.
 *
 * The sheet is a stand-in for Excel's API (worksheets, getRange, getUsedRange,
 * getIntersectionOrNullObject, valueTypes) that computes the ranges itself.
 */
import { ExcelError, type ExcelResult, invoke } from '../../src/excel/adapter';
import { type CellKindReader, type CellKinds, excelCellKinds, restoreBlanks } from '../../src/excel/blank-cells';
import { splitReference } from '../../src/core/shared/a1';
import { DomainError } from '../../src/core/shared/errors';
import { specByName } from '../../src/registry';
import vectors from '../fixtures/vectors/entropy_weight.json';
import { standInCustomFunctions } from '../helpers/custom-functions';

(globalThis as Record<string, unknown>).CustomFunctions = standInCustomFunctions(() => undefined);
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { call } = require('../../src/excel/functions') as typeof import('../../src/excel/functions');

const g = globalThis as Record<string, unknown>;
afterAll(() => {
  delete g.CustomFunctions;
});
afterEach(() => {
  delete g.Excel;
  delete g.Office;
});

// ---------------------------------------------------------------------------
// A stand-in sheet: the value types of its cells ('' = empty), from A1.

const column = (letters: string): number => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/** [first row, first column, rows, columns] of an A1 reference (whole columns and rows up to Excel's size). */
function bounds(cells: string): [number, number, number, number] {
  const [a, b = a] = cells.replace(/\$/g, '').split(':');
  const parse = (p: string): [number | null, number | null] => {
    const m = /^([A-Z]*)(\d*)$/i.exec(p)!;
    return [m[2] ? Number(m[2]) - 1 : null, m[1] ? column(m[1]) : null];
  };
  const [r0, c0] = parse(a);
  const [r1, c1] = parse(b);
  const top = r0 ?? 0;
  const left = c0 ?? 0;
  return [top, left, (r1 ?? 1_048_575) - top + 1, (c1 ?? 16_383) - left + 1];
}

interface FakeRange {
  isNullObject: boolean;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
  valueTypes: string[][];
  load(): FakeRange;
  getIntersectionOrNullObject(other: FakeRange): FakeRange;
}

function fakeExcel(sheets: Record<string, string[][]>) {
  const stats = { runs: 0, syncs: 0, cellsRead: 0 };
  const rangeOf = (grid: string[][], top: number, left: number, rows: number, cols: number): FakeRange => ({
    isNullObject: false,
    rowIndex: top,
    columnIndex: left,
    rowCount: rows,
    columnCount: cols,
    get valueTypes() {
      stats.cellsRead += rows * cols;
      return Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (grid[top + i]?.[left + j] ? grid[top + i][left + j] : 'Empty')));
    },
    load() {
      return this;
    },
    getIntersectionOrNullObject(o: FakeRange) {
      const t = Math.max(top, o.rowIndex);
      const l = Math.max(left, o.columnIndex);
      const b = Math.min(top + rows, o.rowIndex + o.rowCount);
      const r = Math.min(left + cols, o.columnIndex + o.columnCount);
      if (b > t && r > l) return rangeOf(grid, t, l, b - t, r - l);
      const none = { isNullObject: true, load: () => none } as unknown as FakeRange;
      return none;
    },
  });
  let missing: string | null = null;
  const context = {
    workbook: {
      worksheets: {
        getItem(name: string) {
          const grid = sheets[name];
          if (grid === undefined) missing = name;
          const g2 = grid ?? [];
          return {
            getRange: (cells: string) => rangeOf(g2, ...bounds(cells)),
            getUsedRange: () => {
              // The bounding box of the cells that hold a value (A1 on an empty sheet).
              let t = Infinity, l = Infinity, b = 0, r = 0;
              g2.forEach((row, i) => row.forEach((v, j) => {
                if (v) [t, l, b, r] = [Math.min(t, i), Math.min(l, j), Math.max(b, i + 1), Math.max(r, j + 1)];
              }));
              return t === Infinity ? rangeOf(g2, 0, 0, 1, 1) : rangeOf(g2, t, l, b - t, r - l);
            },
          };
        },
      },
    },
    sync: async () => {
      stats.syncs++;
      if (missing !== null) throw new Error(`ItemNotFound: the worksheet ${missing} does not exist`);
    },
  };
  g.Excel = { run: async (f: (c: typeof context) => Promise<unknown>) => (stats.runs++, f(context)) };
  return stats;
}

/** A sheet with a header row, then `data` from B2 ('' where a number is empty), as value types. */
function sheetOf(data: (number | null)[][]): string[][] {
  return [['String'], ...data.map((row) => ['String', ...row.map((v) => (v === null ? '' : 'Double'))])];
}

// ---------------------------------------------------------------------------

describe('splitReference', () => {
  it.each([
    ['Sheet1!B2:M31', { sheet: 'Sheet1', cells: 'B2:M31' }],
    ["'My data'!$A$1", { sheet: 'My data', cells: '$A$1' }],
    ["'It''s'!A:A", { sheet: "It's", cells: 'A:A' }],
    ['数据!C3:D4', { sheet: '数据', cells: 'C3:D4' }],
    ['Sheet1!2:5', { sheet: 'Sheet1', cells: '2:5' }],
    ['B2', { sheet: null, cells: 'B2' }],
  ])('%s', (a, expected) => expect(splitReference(a)).toEqual(expected));
  it.each(['', '#REF!', '[Book2]Sheet1!A1', 'Sheet1!A1,B2', '{1,2}', 'Sheet1!', 'x'])('%s is not a reference in this workbook', (a) => expect(splitReference(a)).toBeNull());
});

describe('restoreBlanks', () => {
  const kinds = (types: string[][], row = 0, col = 0): CellKinds => ({ row, column: col, types });
  const counting = (answer: CellKinds[]) => {
    const seen: string[][] = [];
    const read: CellKindReader = async (a) => (seen.push([...a]), answer);
    return { read, seen };
  };

  it('reads nothing when no argument that is a reference holds a 0, or without addresses (old metadata)', () => {
    const { read, seen } = counting([]);
    const args = [[[1, 2], [3, null]], 0, [[0]]];
    expect(restoreBlanks(args, undefined, ['a', 'b', 'c'], read)).toBe(args);
    expect(restoreBlanks([[[1, 2]], 5], ['Sheet1!A1:B1', 'Sheet1!C1'], ['a', 'b'], read)).toEqual([[[1, 2]], 5]);
    // A 0 in an argument that is not a reference (a literal, a computed array) is a real zero.
    expect(restoreBlanks(args, ['Sheet1!A1:B2', '', undefined], ['a', 'b', 'c'], read)).toBe(args);
    // Nor an argument whose reported address is the formula's own cell.
    expect(restoreBlanks([5, 0], ['Sheet1!A1', 'Sheet1!D9'], ['a', 'b'], read, 'Sheet1!D9')).toEqual([5, 0]);
    expect(seen).toEqual([]);
  });

  it('turns a 0 in an Empty cell into null, keeps a typed 0, and copies only the rows it changes', async () => {
    const { read, seen } = counting([kinds([['Double', 'Empty'], ['Empty', 'Double'], ['Double', 'Double']])]);
    const data = [[0, 0], [0, 0], [7, 8]];
    const out = (await restoreBlanks([data, 'n'], ['Sheet1!B2:C4', ''], ['data', 'how'], read)) as unknown[];
    expect(out).toEqual([[[0, null], [null, 0], [7, 8]], 'n']);
    expect((out[0] as unknown[][])[2]).toBe(data[2]);
    expect(data).toEqual([[0, 0], [0, 0], [7, 8]]); // Excel's array is left as it came
    expect(seen).toEqual([['Sheet1!B2:C4']]);
  });

  it('cells outside what Excel read (beyond the used range) are empty; a scalar blank is null too', async () => {
    // The used range covers rows 2–3 of the argument and its first column only.
    const { read } = counting([kinds([['Double'], ['Double']], 1, 0), kinds([['Empty']])]);
    const out = await restoreBlanks([[[0, 0], [0, 0], [0, 1], [0, 0]], 0], ['S!A1:B4', 'S!D1'], ['x', 'k'], read);
    expect(out).toEqual([[[null, null], [0, null], [0, 1], [null, null]], null]);
  });

  it('a failed read is #VALUE! naming the argument, its address and the reason', async () => {
    const read: CellKindReader = async () => {
      throw new Error('GeneralException');
    };
    const r = restoreBlanks([[[1], [0]]], ['Data!B2:B3'], ['data'], read);
    await expect(r).rejects.toBeInstanceOf(DomainError);
    await expect(r).rejects.toMatchObject({
      kind: 'value',
      message: expect.stringMatching(/^could not tell blank cells from zeros in data \(Data!B2:B3\): .*reading the cells failed \(GeneralException\)/),
    });
  });
});

describe('excelCellKinds (the Excel API, one run and one sync per call)', () => {
  it('reads each argument clipped to the used range', async () => {
    const stats = fakeExcel({ Data: sheetOf([[1, null], [null, 2]]), Other: [['', 'Double']] });
    const k = await excelCellKinds(['Data!B2:C5', 'Data!A:A', 'Other!A1:B1']);
    expect(k).toEqual([
      { row: 0, column: 0, types: [['Double', 'Empty'], ['Empty', 'Double']] },
      { row: 0, column: 0, types: [['String'], ['String'], ['String']] },
      { row: 0, column: 1, types: [['Double']] },
    ]);
    expect(stats).toEqual({ runs: 1, syncs: 1, cellsRead: 4 + 3 + 1 });
  });

  it('a whole column reads only the rows that hold something', async () => {
    const stats = fakeExcel({ Data: sheetOf([[1], [2], [3]]) });
    const [k] = await excelCellKinds(['Data!B:B']);
    // The used range is A1:B4 (a header in A1): B1 (empty) to B4.
    expect(k).toEqual({ row: 0, column: 0, types: [['Empty'], ['Double'], ['Double'], ['Double']] });
    expect(stats.cellsRead).toBe(4);
  });

  it('rejects for a sheet that does not exist, or an address without a sheet', async () => {
    fakeExcel({ Data: sheetOf([[1]]) });
    await expect(excelCellKinds(['Gone!A1'])).rejects.toThrow(/ItemNotFound/);
    await expect(excelCellKinds(['A1'])).rejects.toThrow(/names no sheet/);
  });
});

describe('a call as Excel on Windows makes it gives the web\'s result', () => {
  // Elsayed et al. (2017): 12 alternatives × 5 criteria, published entropy weights (tests/fixtures/vectors/entropy_weight.json).
  const published = vectors.cases[0];
  const matrix = (published.inputs as { matrix_rows_alternatives: number[][] }).matrix_rows_alternatives;
  const weights = (published.expected as { w: number[] }).w;
  const extra = 8; // the analyst selected B2:F21 over 12 rows of data
  const web = [...matrix, ...Array.from({ length: extra }, () => matrix[0].map(() => null))];
  const windows = web.map((row) => row.map((v) => v ?? 0));
  const invocation = { functionName: 'ENTROPY_WEIGHTS', parameterAddresses: ['Data!B2:F21', '', '', ''] };
  // The published variant: p = x / Σx on the raw data.
  const raw = [null, null, 'raw'];
  const spec = specByName.get('ENTROPY_WEIGHTS')!;
  const numbers = (r: ExcelResult) => r[0].map((v) => v as number);

  it('the blank rows sent as 0 change the weights when nothing tells them from zeros', async () => {
    const wrong = numbers(await invoke(spec, [windows, ...raw]));
    expect(Math.max(...wrong.map((w, j) => Math.abs(w - weights[j])))).toBeGreaterThan(0.01);
  });

  it('with the addresses, the blanks are read and the published weights come out (to 5e-7), as on the web', async () => {
    const stats = fakeExcel({ Data: sheetOf(matrix) });
    const r = await call(spec, [windows, ...raw, invocation], excelCellKinds, () => true);
    const w = numbers(r);
    w.forEach((x, j) => expect(Math.abs(x - weights[j])).toBeLessThan(5e-7));
    expect(r).toEqual(await invoke(spec, [web, ...raw]));
    expect(stats.syncs).toBe(1);
  });

  it('a typed 0 in the data stays a zero', async () => {
    const withZero = windows.map((row, i) => (i === 3 ? [0, ...row.slice(1)] : row));
    const sheet = sheetOf([...matrix.map((row, i) => (i === 3 ? [0, ...row.slice(1)] : row))]);
    fakeExcel({ Data: sheet });
    const cf = specByName.get('COMPOSITE_SCORE')!;
    const args = [withZero, [[1, 1, 1, 1, 1]], null, null];
    const r = await call(cf, [...args, { parameterAddresses: ['Data!B2:F21', '', '', ''] }], excelCellKinds, () => true);
    // COMPOSITE_SCORE spills one score per unit: 12 units, not 20, and unit 4 keeps its 0.
    const webArgs = [web.map((row, i) => (i === 3 ? [0, ...row.slice(1)] : row)), [[1, 1, 1, 1, 1]], null, null];
    expect(r).toEqual(await invoke(cf, webArgs));
    expect(await invoke(cf, args)).not.toEqual(r);
  });

  it('on the web (or before Office knows its platform) nothing is read', async () => {
    const read = jest.fn<ReturnType<CellKindReader>, Parameters<CellKindReader>>();
    expect(await call(spec, [web, null, invocation], read, () => false)).toEqual(await invoke(spec, [web, null]));
    g.Office = { context: { diagnostics: { platform: 'OfficeOnline' } } };
    await call(spec, [windows, null, invocation], read);
    // No host: Office.onReady answers without a platform.
    g.Office = { onReady: async () => ({ host: null, platform: null }) };
    await call(spec, [windows, null, invocation], read);
    expect(read).not.toHaveBeenCalled();
    // Called before Office has initialised (no context yet): the call waits for onReady, then reads.
    let ready: () => void = () => undefined;
    const office: Record<string, unknown> = { onReady: () => new Promise<void>((resolve) => (ready = resolve)) };
    g.Office = office;
    read.mockResolvedValueOnce([{ row: 0, column: 0, types: sheetOf(matrix).slice(1).map((r) => r.slice(1)) }]);
    const early = call(spec, [windows, null, invocation], read);
    office.context = { diagnostics: { platform: 'Mac' } };
    ready();
    expect(await early).toEqual(await invoke(spec, [web, null]));
    expect(read).toHaveBeenCalledTimes(1);
    read.mockClear();
    // Without a 0 the platform is not even asked.
    const asked = jest.fn(() => true);
    await call(spec, [web, null, invocation], read, asked);
    expect(asked).not.toHaveBeenCalled();
    g.Office = { context: { diagnostics: { platform: 'PC' } } };
    read.mockResolvedValue([{ row: 0, column: 0, types: sheetOf(matrix).slice(1).map((r) => r.slice(1)) }]);
    expect(await call(spec, [windows, null, invocation], read)).toEqual(await invoke(spec, [web, null]));
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('when the cells cannot be read, the result says so (#VALUE!), instead of counting blanks as zeros', async () => {
    fakeExcel({});
    const r = await call(spec, [windows, null, invocation], excelCellKinds, () => true);
    expect(r).toEqual([[expect.any(ExcelError)]]);
    const e = r[0][0] as ExcelError;
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toMatch(/^NQP\.ENTROPY_WEIGHTS: could not tell blank cells from zeros in data \(Data!B2:F21\).*ItemNotFound.*Ctrl\+Alt\+F9/);
  });

  it('with metadata older than the addresses (cached up to a day), the call is as before', async () => {
    const read = jest.fn<ReturnType<CellKindReader>, Parameters<CellKindReader>>();
    expect(await call(spec, [windows, null, { functionName: 'ENTROPY_WEIGHTS' }], read, () => true)).toEqual(await invoke(spec, [windows, null]));
    expect(read).not.toHaveBeenCalled();
  });
});
