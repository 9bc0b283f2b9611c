/**
 * The task pane's Excel actions under office-addin-mock: an example goes into
 * the active cell at once when it is empty; a cell that holds anything is
 * replaced only after the pane's question is answered "Replace"; at most two
 * context.sync() round trips either way. A template is inserted in the pane's
 * language; "Clear sample data" asks through the pane's question and reports
 * in the status line (its work in Excel: tests/taskpane/clear-sample.test.ts).
 * Where the pane cannot download (Excel for Mac), "Download .xlsx" reads the
 * same file from the add-in's own address and opens it with Excel.createWorkbook.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { specByName } from '../../src/registry';
import { exampleFormula } from '../../src/registry/formula';
import type { ReplaceQuestion } from '../../src/taskpane/actions';
import { strings } from '../../src/taskpane/i18n';
import { type TemplateInfo, templateFileUrl, templates } from '../../src/templates';

jest.mock('../../src/templates/insert', () => ({ insertTemplate: jest.fn(async () => 'NQP Six aspects (2)') }));
jest.mock('../../src/templates/clear', () => ({
  clearSampleInputs: jest.fn(async (_lang: string, confirm: (q: unknown) => Promise<boolean>) => {
    const yes = await confirm({ sheet: 'NQP Six aspects', cells: 70 });
    return { outcome: yes ? 'cleared' : 'cancelled', cleared: yes ? 70 : 0, kept: 0, sheet: 'NQP Six aspects', message: yes ? 'cleared 70' : 'nothing' };
  }),
}));
const {
  addinFileBase64,
  canCreateWorkbook,
  clearSampleAction,
  insertExample,
  insertTemplateAction,
  openTemplateFileAction,
  opensTemplateAsWorkbook,
  paneCanDownload,
  toBase64,
  // eslint-disable-next-line @typescript-eslint/no-require-imports
} = require('../../src/taskpane/actions');
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

describe('Download .xlsx where the pane cannot download (Excel for Mac): the file opens as a new workbook', () => {
  const ADDIN = 'https://addins.example.org/nqp/taskpane.html';
  const g = globalThis as unknown as Record<string, unknown>;
  const realFetch = globalThis.fetch;
  /** A file larger than one slice of the base64 conversion, with every byte value. */
  const FILE = Uint8Array.from({ length: 100_003 }, (_, i) => (i * 7) % 256);

  /** Excel on `platform`, ExcelApi 1.8 supported or not, Excel.createWorkbook there or not; fetch serves FILE. */
  function mockPlatform(platform: string, { api18 = true, createWorkbook = true, status = 200 } = {}) {
    const excel = new OfficeMockObject({ host: 'excel', context: { workbook: {} } }) as unknown as Record<string, unknown>;
    const create = jest.fn(async () => undefined);
    if (createWorkbook) excel.createWorkbook = create;
    g.Excel = excel;
    // Office.context is plain data in office.js (no load/sync), so a plain object here.
    g.Office = {
      context: { document: {}, platform, requirements: { isSetSupported: (name: string, version: string) => name === 'ExcelApi' && (api18 || Number(version) < 1.8) } },
    };
    const fetch = jest.fn(async () => ({ ok: status === 200, status, arrayBuffer: async () => FILE.slice().buffer }));
    g.fetch = fetch;
    g.location = { href: ADDIN };
    return { create, fetch };
  }

  afterEach(() => {
    g.fetch = realFetch;
    delete g.location;
  });

  it('opens the file instead of downloading only on the Mac, with Excel.createWorkbook and ExcelApi 1.8', () => {
    mockPlatform('Mac');
    expect(paneCanDownload()).toBe(false);
    expect(canCreateWorkbook()).toBe(true);
    expect(opensTemplateAsWorkbook()).toBe(true);
    for (const platform of ['PC', 'OfficeOnline', 'Universal']) {
      mockPlatform(platform);
      expect([platform, paneCanDownload(), opensTemplateAsWorkbook()]).toEqual([platform, true, false]);
    }
    mockPlatform('Mac', { api18: false });
    expect(opensTemplateAsWorkbook()).toBe(false);
    mockPlatform('Mac', { createWorkbook: false });
    expect(opensTemplateAsWorkbook()).toBe(false);
  });

  it('outside Excel the link downloads as before', () => {
    expect(paneCanDownload()).toBe(true);
    expect(canCreateWorkbook()).toBe(false);
    expect(opensTemplateAsWorkbook()).toBe(false);
  });

  it("reads the same file as the download link from the add-in's own address, as base64, and opens it", async () => {
    const { create, fetch } = mockPlatform('Mac');
    const said: string[] = [];
    const template = templates.find((t: TemplateInfo) => t.id === 'six-aspects')!;
    await openTemplateFileAction(template, 'zh', strings.zh, (m: string) => said.push(m));
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledWith(`https://addins.example.org/nqp/${templateFileUrl('six-aspects', 'zh')}`, { credentials: 'same-origin' });
    expect(create).toHaveBeenCalledWith(Buffer.from(FILE).toString('base64'));
    expect(said).toEqual([strings.zh.templateOpened(template.title.zh)]);
  });

  it('base64 of any size equals Node\'s', () => {
    expect(toBase64(FILE)).toBe(Buffer.from(FILE).toString('base64'));
    expect(toBase64(new Uint8Array())).toBe('');
  });

  it('never reads from another host', async () => {
    const { fetch } = mockPlatform('Mac');
    for (const url of ['https://elsewhere.example.com/x.xlsx', '//elsewhere.example.com/x.xlsx', 'http://addins.example.org/nqp/x.xlsx']) {
      await expect(addinFileBase64(url, ADDIN)).rejects.toThrow(/not on the add-in's own address/);
    }
    expect(fetch).not.toHaveBeenCalled();
  });

  it('reports a file that cannot be read, and opens nothing', async () => {
    const { create } = mockPlatform('Mac', { status: 404 });
    const said: string[] = [];
    const template = templates.find((t: TemplateInfo) => t.id === 'inclusiveness')!;
    await openTemplateFileAction(template, 'en', strings.en, (m: string) => said.push(m));
    expect(create).not.toHaveBeenCalled();
    expect(said).toEqual([`${strings.en.templateOpenFailed}/nqp/${templateFileUrl('inclusiveness', 'en')}: HTTP 404`]);
  });

  it('says so where Excel cannot create a workbook, and reads nothing', async () => {
    const { fetch } = mockPlatform('Mac', { createWorkbook: false });
    const said: string[] = [];
    await openTemplateFileAction(templates[0], 'en', strings.en, (m: string) => said.push(m));
    expect(fetch).not.toHaveBeenCalled();
    expect(said).toEqual([strings.en.templateOpenUnsupported]);
  });
});
