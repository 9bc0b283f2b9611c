/**
 * The task pane's Excel actions against a stand-in workbook: an example goes
 * into the selected cell only if it is empty, in at most two round trips; a
 * template is inserted in the pane's language.
 */
import { specByName } from '../../src/registry';
import { exampleFormula } from '../../src/registry/formula';
import { strings } from '../../src/taskpane/i18n';

jest.mock('../../src/templates/insert', () => ({ insertTemplate: jest.fn(async () => 'NQP Six aspects (2)') }));
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { insertExample, insertTemplateAction } = require('../../src/taskpane/actions');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { insertTemplate } = require('../../src/templates/insert');

interface FakeCell {
  formulas: string[][];
  load: () => void;
}

function fakeExcel(initial: string) {
  const cell: FakeCell = { formulas: [[initial]], load: () => undefined };
  let syncs = 0;
  const g = globalThis as unknown as Record<string, unknown>;
  g.Office = { context: { document: {} } };
  g.Excel = {
    run: async (body: (context: unknown) => Promise<void>) =>
      body({
        workbook: { getSelectedRange: () => ({ getCell: () => cell }) },
        sync: async () => {
          syncs += 1;
        },
      }),
  };
  return { cell, syncs: () => syncs };
}

afterEach(() => {
  const g = globalThis as unknown as Record<string, unknown>;
  delete g.Office;
  delete g.Excel;
});

const spec = specByName.get('DEPENDENCE_RATIO')!;

it('writes the first example into an empty cell, in two round trips', async () => {
  const excel = fakeExcel('');
  const said: string[] = [];
  await insertExample(spec, strings.en, (m: string) => said.push(m));
  expect(excel.cell.formulas).toEqual([[exampleFormula(spec, spec.examples[0].args)]]);
  expect(excel.cell.formulas[0][0]).toBe('=NQP.DEPENDENCE_RATIO(60, 100, 20)');
  expect(excel.syncs()).toBeLessThanOrEqual(2);
  expect(said).toEqual([strings.en.inserted('DEPENDENCE_RATIO')]);
});

it('never overwrites a cell that holds something', async () => {
  const excel = fakeExcel('=SUM(A1:A3)');
  const said: string[] = [];
  await insertExample(spec, strings.zh, (m: string) => said.push(m));
  expect(excel.cell.formulas).toEqual([['=SUM(A1:A3)']]);
  expect(said).toEqual([strings.zh.cellNotEmpty]);
});

it('says to open Excel outside it', async () => {
  const said: string[] = [];
  await insertExample(spec, strings.en, (m: string) => said.push(m));
  expect(said).toEqual([strings.en.noExcel]);
});

it("inserts a template in the pane's language and reports the new sheet", async () => {
  fakeExcel('');
  const said: string[] = [];
  await insertTemplateAction({ id: 'six-aspects' }, 'zh', strings.zh, (m: string) => said.push(m));
  expect(insertTemplate).toHaveBeenCalledWith('six-aspects', 'zh');
  expect(said).toEqual([strings.zh.templateInserted('NQP Six aspects (2)')]);
});
