/**
 * The index builder against a mock workbook (office-addin-mock,
 * tests/templates/mock-workbook.ts): the selected table read in one sync; the
 * index written as a new sheet in two more, its formulas over the analyst's
 * own range; no existing sheet touched, a sheet name in use never reused.
 */
import { BuildError, type Choices, defaultChoices } from '../../src/taskpane/index-builder';
import { buildIndexSheet, readSelectedTable } from '../../src/taskpane/index-builder-excel';
import { install, mockWorkbook, snapshot, typeInto } from '../templates/mock-workbook';

afterEach(() => {
  const g = globalThis as unknown as Record<string, unknown>;
  delete g.Office;
  delete g.Excel;
});

const HEADERS = ['Province', 'Region', 'R&D intensity', 'Patents', 'Energy intensity'];

function setUp() {
  const wb = mockWorkbook(['Data', 'NQP index']);
  install(wb);
  const data = wb.sheets[0];
  HEADERS.forEach((h, j) => typeInto(data, `${String.fromCharCode(65 + j)}1`, h));
  for (let i = 0; i < 6; i++) {
    typeInto(data, `A${i + 2}`, `P${i + 1}`);
    typeInto(data, `B${i + 2}`, i < 3 ? 'East' : 'West');
    typeInto(data, `C${i + 2}`, 1 + i * 0.3);
    typeInto(data, `D${i + 2}`, 20 + ((i * 7) % 5));
    if (i !== 4) typeInto(data, `E${i + 2}`, 0.5 + i / 10); // one blank
  }
  typeInto(wb.sheets[1], 'A1', 'the analyst’s own sheet of this name');
  return { wb, data };
}

const choices: Choices = defaultChoices({ regionColumn: 1, directions: [1, 1, -1], dimensions: ['', '', ''], regional: true });

it('reads the selection as a table: its header row, its rows, which columns hold numbers (blanks allowed)', async () => {
  const { wb, data } = setUp();
  wb.select(data, 'A1:E7');
  const { table, address } = await readSelectedTable();
  expect(address).toBe('Data!A1:E7');
  expect(table).toEqual({ sheet: 'Data', top: 0, left: 0, headers: HEADERS, rows: 6, numeric: [false, false, true, true, true] });
  expect(wb.syncs()).toBe(1);
});

it('a selection too small to be a table says what to select, in both languages', async () => {
  const { wb, data } = setUp();
  wb.select(data, 'C3');
  const e = await readSelectedTable().catch((x: unknown) => x);
  expect(e).toBeInstanceOf(BuildError);
  expect((e as BuildError).text.en).toMatch(/Select the whole table/);
  expect((e as BuildError).text.zh).toMatch(/请先选中整个表格/);
});

it('writes a new sheet of formulas over the table, in three syncs in all, and touches no existing sheet', async () => {
  const { wb, data } = setUp();
  const before = wb.sheets.map((s) => snapshot(s));
  wb.select(data, 'A1:E7');
  const { table } = await readSelectedTable();
  const name = await buildIndexSheet(table, choices, 'en');
  expect(name).toBe('NQP index (2)');
  expect(wb.syncs()).toBe(3);
  // The existing sheets are as they were; only the new one was written.
  expect(wb.sheets.slice(0, 2).map((s) => snapshot(s))).toEqual(before);
  expect(wb.sheets.slice(0, 2).every((s) => s.ranges.length === 0)).toBe(true);
  const added = wb.sheets[2];
  expect(added.name).toBe('NQP index (2)');
  expect(added.activated).toBe(true);
  const formulas = [...added.cells.values()].map((c) => c.formula).filter((f): f is string => typeof f === 'string' && f.startsWith('='));
  expect(formulas).toContain('=NQP.ENTROPY_WEIGHTS(Data!$C$2:$E$7,$B$6:$D$6)');
  expect(formulas).toContain('=NQP.COMPOSITE_SCORE(Data!$C$2:$E$7,$B$7:$D$7,$B$6:$D$6,"arithmetic","minmax")');
  expect(formulas).toContain('=NQP.DAGUM_GINI($B$11:$B$16,Data!$B$2:$B$7)');
  expect(formulas.filter((f) => f.startsWith('=Data!$A$'))).toHaveLength(12); // the unit names, twice: scores and obstacle degrees
  expect(added.charts).toEqual([expect.objectContaining({ type: 'BarClustered', source: 'E10:F16' })]);
});

it('in Chinese: the sheet named in Chinese, the same formulas', async () => {
  const { wb, data } = setUp();
  wb.select(data, 'A1:E7');
  const { table } = await readSelectedTable();
  expect(await buildIndexSheet(table, choices, 'zh')).toBe('新质生产力指数');
  const added = wb.sheets[2];
  expect([...added.cells.values()].some((c) => c.formula === '=NQP.ENTROPY_WEIGHTS(Data!$C$2:$E$7,$B$6:$D$6)')).toBe(true);
});
