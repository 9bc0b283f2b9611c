/**
 * "Clear sample data" from the pane's action to the workbook, under
 * office-addin-mock (tests/templates/mock-workbook.ts): a template inserted,
 * an analyst's entry typed over the sample, the question answered; the status
 * line gets the count, only the sample cells still in place are emptied, and
 * the round trips stay within three.
 */
import { clearSampleAction } from '../../src/taskpane/actions';
import { strings } from '../../src/taskpane/i18n';
import type { ClearQuestion } from '../../src/templates/clear';
import { insertTemplate } from '../../src/templates/insert';
import { cellValue, install, mockWorkbook, typeInto } from '../templates/mock-workbook';

afterEach(() => {
  const g = globalThis as unknown as Record<string, unknown>;
  delete g.Office;
  delete g.Excel;
});

async function setUp() {
  const wb = mockWorkbook(['Sheet1']);
  install(wb);
  await insertTemplate('six-aspects', 'en');
  const sheet = wb.sheets.find((s) => !s.existing)!;
  typeInto(sheet, 'C5', 55.5);
  wb.resetSyncs();
  return { wb, sheet };
}

it('asks with the count, clears only the sample left, and reports in the status line', async () => {
  const { wb, sheet } = await setUp();
  const said: string[] = [];
  const asked: ClearQuestion[] = [];
  await clearSampleAction('en', strings.en, (m) => said.push(m), async (q) => {
    asked.push(q);
    return true;
  });
  expect(asked).toEqual([{ sheet: 'NQP Six aspects', cells: 69 }]);
  expect(said).toEqual(['Cleared 69 cells of sample data on sheet “NQP Six aspects”. 1 cell with your own entries was kept.']);
  expect(cellValue(sheet, 'C5')).toBe(55.5);
  expect(cellValue(sheet, 'D5')).toBe('');
  expect(cellValue(sheet, 'B5')).toBe('');
  expect(wb.syncs()).toBeLessThanOrEqual(3);
});

it('leaves everything on Cancel, and says so in Chinese', async () => {
  const { wb, sheet } = await setUp();
  const said: string[] = [];
  await clearSampleAction('zh', strings.zh, (m) => said.push(m), async () => false);
  expect(said).toEqual(['未清除任何内容。']);
  expect(cellValue(sheet, 'B5')).toBe('Region A');
  expect(sheet.clears).toEqual([]);
  expect(wb.syncs()).toBe(2);
});

it('on a sheet without sample data: 0 cleared, a clear message, nothing asked', async () => {
  const { wb } = await setUp();
  wb.activate(wb.sheets[0]);
  const said: string[] = [];
  const confirm = jest.fn(async () => true);
  await clearSampleAction('en', strings.en, (m) => said.push(m), confirm);
  expect(confirm).not.toHaveBeenCalled();
  expect(said).toEqual(['The active sheet “Sheet1” holds no NQP sample data: select a sheet inserted from a template first.']);
  expect(wb.syncs()).toBe(1);
});
