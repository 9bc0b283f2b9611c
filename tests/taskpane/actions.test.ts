/**
 * The task pane's Excel actions under office-addin-mock: an example goes into
 * the active cell at once when it is empty; a cell that holds anything is
 * replaced only after the pane's question is answered "Replace"; at most two
 * context.sync() round trips either way. A template is inserted in the pane's
 * language; "Clear sample data" asks through the pane's question and reports
 * in the status line (its work in Excel: tests/taskpane/clear-sample.test.ts).
 */
import { OfficeMockObject } from 'office-addin-mock';
import { specByName } from '../../src/registry';
import { exampleFormula } from '../../src/registry/formula';
import type { ReplaceQuestion } from '../../src/taskpane/actions';
import { strings } from '../../src/taskpane/i18n';

jest.mock('../../src/templates/insert', () => ({ insertTemplate: jest.fn(async () => 'NQP Six aspects (2)') }));
jest.mock('../../src/templates/clear', () => ({
  clearSampleInputs: jest.fn(async (_lang: string, confirm: (q: unknown) => Promise<boolean>) => {
    const yes = await confirm({ sheet: 'NQP Six aspects', cells: 70 });
    return { outcome: yes ? 'cleared' : 'cancelled', cleared: yes ? 70 : 0, kept: 0, sheet: 'NQP Six aspects', message: yes ? 'cleared 70' : 'nothing' };
  }),
}));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { clearSampleAction, insertExample, insertTemplateAction } = require('../../src/taskpane/actions');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { clearSampleInputs } = require('../../src/templates/clear');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { insertTemplate } = require('../../src/templates/insert');

/** The part of the mock the tests read back. */
interface MockWorkbook {
  context: {
    sync: () => Promise<void>;
    workbook: {
      activeCell: { formulas: unknown[][]; address: string };
      selection: { formulas: unknown[][]; address: string };
      getActiveCell: () => unknown;
      getSelectedRange: () => unknown;
    };
  };
}

/** An Excel whose active cell (Sheet1!B2) holds `content`; counts context.sync() calls. */
function mockExcel(content: string | number) {
  const excel = new OfficeMockObject({
    host: 'excel',
    context: {
      workbook: {
        activeCell: { formulas: [[content]], address: 'Sheet1!B2' },
        // A different range is selected, so writing there instead of the active cell would show.
        selection: { formulas: [['']], address: 'Sheet1!A1:C3' },
        getActiveCell() {
          return this.activeCell;
        },
        getSelectedRange() {
          return this.selection;
        },
      },
    },
    async run(body: (context: unknown) => Promise<void>) {
      return body(this.context);
    },
  }) as unknown as MockWorkbook;
  const sync = jest.spyOn(excel.context, 'sync');
  const g = globalThis as unknown as Record<string, unknown>;
  g.Excel = excel;
  g.Office = new OfficeMockObject({ host: 'excel', context: { document: {} } });
  const { activeCell, selection } = excel.context.workbook;
  return { cell: activeCell, selection, syncs: () => sync.mock.calls.length };
}

afterEach(() => {
  const g = globalThis as unknown as Record<string, unknown>;
  delete g.Office;
  delete g.Excel;
});

const spec = specByName.get('DEPENDENCE_RATIO')!;
const formula = exampleFormula(spec, spec.examples[0].args);

/** Runs insertExample, answering the question with `answer`; returns what was said and asked. */
async function insert(lang: 'en' | 'zh', answer: boolean) {
  const said: string[] = [];
  const asked: ReplaceQuestion[] = [];
  const confirm = jest.fn(async (q: ReplaceQuestion) => {
    asked.push(q);
    return answer;
  });
  await insertExample(spec, strings[lang], (m: string) => said.push(m), confirm);
  return { said, asked };
}

it('writes the first example into an empty active cell without asking, in two round trips', async () => {
  const excel = mockExcel('');
  const { said, asked } = await insert('en', false);
  expect(formula).toBe('=NQP.DEPENDENCE_RATIO(60, 100, 20)');
  expect(excel.cell.formulas).toEqual([[formula]]);
  expect(excel.selection.formulas).not.toEqual([[formula]]);
  expect(asked).toEqual([]);
  expect(excel.syncs()).toBeLessThanOrEqual(2);
  expect(said).toEqual([strings.en.inserted('DEPENDENCE_RATIO')]);
});

it('asks before replacing a cell that holds a formula, and leaves it on Cancel', async () => {
  const excel = mockExcel('=SUM(A1:A3)');
  const { said, asked } = await insert('zh', false);
  expect(asked).toEqual([{ address: 'Sheet1!B2', content: '=SUM(A1:A3)', formula }]);
  expect(excel.cell.formulas).toEqual([['=SUM(A1:A3)']]);
  expect(excel.syncs()).toBe(1);
  expect(said).toEqual([strings.zh.keptCell]);
});

it('replaces the content after "Replace", in two round trips', async () => {
  const excel = mockExcel('=SUM(A1:A3)');
  const { said, asked } = await insert('en', true);
  expect(asked).toHaveLength(1);
  expect(excel.cell.formulas).toEqual([[formula]]);
  expect(excel.syncs()).toBeLessThanOrEqual(2);
  expect(said).toEqual([strings.en.replaced('DEPENDENCE_RATIO')]);
});

it('counts a plain value as content too', async () => {
  const excel = mockExcel(42);
  const { asked } = await insert('en', false);
  expect(asked.map((q) => q.content)).toEqual(['42']);
  expect(excel.cell.formulas).toEqual([[42]]);
});

it('reports a failure from Excel in the status line', async () => {
  mockExcel('');
  (globalThis as unknown as { Excel: { run: () => Promise<void> } }).Excel.run = async () => {
    throw new Error('The sheet is protected.');
  };
  const { said } = await insert('en', true);
  expect(said).toEqual([`${strings.en.failed}The sheet is protected.`]);
});

it('says to open Excel outside it, and asks nothing', async () => {
  const { said, asked } = await insert('en', true);
  expect(said).toEqual([strings.en.noExcel]);
  expect(asked).toEqual([]);
});

it("inserts a template in the pane's language and reports the new sheet", async () => {
  mockExcel('');
  const said: string[] = [];
  await insertTemplateAction({ id: 'six-aspects' }, 'zh', strings.zh, (m: string) => said.push(m));
  expect(insertTemplate).toHaveBeenCalledWith('six-aspects', 'zh');
  expect(said).toEqual([strings.zh.templateInserted('NQP Six aspects (2)')]);
});

describe('Clear sample data', () => {
  it('says to open Excel outside it, and neither asks nor touches Excel', async () => {
    const said: string[] = [];
    const confirm = jest.fn(async () => true);
    await clearSampleAction('en', strings.en, (m: string) => said.push(m), confirm);
    expect(said).toEqual([strings.en.noExcelClear]);
    expect(confirm).not.toHaveBeenCalled();
    expect(clearSampleInputs).not.toHaveBeenCalled();
  });

  it("clears in the pane's language after the question, and reports the count", async () => {
    mockExcel('');
    const said: string[] = [];
    const confirm = jest.fn(async () => true);
    await clearSampleAction('zh', strings.zh, (m: string) => said.push(m), confirm);
    expect(clearSampleInputs).toHaveBeenCalledWith('zh', expect.any(Function));
    expect(confirm).toHaveBeenCalledWith({ sheet: 'NQP Six aspects', cells: 70 });
    expect(said).toEqual(['cleared 70']);
  });

  it('reports a failure from Excel in the status line', async () => {
    mockExcel('');
    clearSampleInputs.mockImplementationOnce(async () => {
      throw new Error('The sheet is protected.');
    });
    const said: string[] = [];
    await clearSampleAction('en', strings.en, (m: string) => said.push(m), async () => true);
    expect(said).toEqual([`${strings.en.clearFailed}The sheet is protected.`]);
  });
});
