/**
 * Inserts a template into the open workbook as new sheets (Excel JS API).
 * Never overwrites: a sheet name already in use gets a numbered suffix, and
 * nothing outside the new sheets is touched.
 *
 * Two context.sync() calls per template whatever its size: one to read the
 * names of the existing sheets, one for everything written.
 *
 * Requirement sets: ExcelApi 1.1 (sheets, values, formulas, formats, tables,
 * charts), 1.2 (column widths, row autofit), 1.4 (the worksheet-scoped names
 * that mark the illustrative sample, for "Clear sample data": src/templates/sample.ts),
 * 1.7 (frozen header rows, reversed category order of the ranked bar chart),
 * 1.8 (data validation). Features of a set the host lacks are left out (see
 * `unsupportedFeatures`), never failed on.
 */
import { templateById } from './index';
import {
  type Area,
  type Block,
  type ChartDef,
  type Lang,
  type Role,
  type SheetDef,
  type Validation,
  areaAddress,
  blockArea,
  isFormula,
  rangeFrom,
  resolve,
} from './model';
import { sampleName } from './sample';
import { uniqueSheetName } from './sheet-name';

/** What the host supports, by ExcelApi requirement set. */
export interface Capabilities {
  /** ExcelApi 1.2: column widths, autofit. */
  layout: boolean;
  /** ExcelApi 1.4: worksheet-scoped names (marking the sample cells). */
  names: boolean;
  /** ExcelApi 1.7: freeze panes, chart axis order. */
  freeze: boolean;
  /** ExcelApi 1.8: data validation. */
  validation: boolean;
}

function isSetSupported(version: string): boolean {
  try {
    return typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported('ExcelApi', version) === true;
  } catch {
    return false;
  }
}

export function capabilities(): Capabilities {
  return { layout: isSetSupported('1.2'), names: isSetSupported('1.4'), freeze: isSetSupported('1.7'), validation: isSetSupported('1.8') };
}

/** What a template will lack on this host, in the UI language (empty when everything is supported). */
export function unsupportedFeatures(lang: Lang = 'en', caps: Capabilities = capabilities()): string[] {
  const out: string[] = [];
  if (!caps.layout) out.push(lang === 'zh' ? '列宽（需要 ExcelApi 1.2）' : 'column widths (needs ExcelApi 1.2)');
  if (!caps.names) out.push(lang === 'zh' ? '一键清除示例数据（需要 ExcelApi 1.4）' : 'one-click clearing of the sample data (needs ExcelApi 1.4)');
  if (!caps.freeze) out.push(lang === 'zh' ? '冻结标题行（需要 ExcelApi 1.7）' : 'frozen header rows (needs ExcelApi 1.7)');
  if (!caps.validation) {
    out.push(lang === 'zh' ? '输入单元格的数据验证（需要 ExcelApi 1.8）' : 'data validation on input cells (needs ExcelApi 1.8)');
  }
  return out;
}

/** Inserts template `id` in `lang`; resolves to the name of the first sheet it added. */
export async function insertTemplate(id: string, lang: Lang = 'en'): Promise<string> {
  const def = await templateById(id);
  if (def === undefined) throw new Error(`no template "${id}" in this version`);
  return insertSheets(def.sheets, lang, def.id);
}

/**
 * Inserts sheets as new sheets of the open workbook (a template's, or the index builder's), in two syncs;
 * resolves to the name of the first. `template` names the sample blocks of a catalogue template.
 */
export async function insertSheets(defs: readonly SheetDef[], lang: Lang, template?: string): Promise<string> {
  const caps = capabilities();
  return Excel.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name');
    await context.sync();

    const taken = worksheets.items.map((s) => s.name);
    const added: { sheet: Excel.Worksheet; name: string }[] = [];
    for (const [index, sheetDef] of defs.entries()) {
      const name = uniqueSheetName(sheetDef.name[lang], taken);
      taken.push(name);
      const sheet = worksheets.add(name);
      writeSheet(sheet, sheetDef, lang, caps, template === undefined ? undefined : { template, sheet: index });
      added.push({ sheet, name });
    }
    added[0].sheet.activate();
    await context.sync();
    return added[0].name;
  });
}

// ---------------------------------------------------------------------------
// One sheet, queued without syncing

const FILL: Partial<Record<Role, string>> = {
  header: '#D9E1F2',
  input: '#FFF2CC',
  output: '#E2EFDA',
};

const FONT_COLOR: Partial<Record<Role, string>> = {
  title: '#1F3864',
  heading: '#1F3864',
  note: '#595959',
  source: '#595959',
  input: '#1F4E79',
};

/** The comment of a sample name, shown in Excel's Name Manager. */
const SAMPLE_COMMENT: Record<Lang, string> = {
  en: 'NQP Toolkit: illustrative sample data of this template (fictional units). The pane\'s "Clear sample data" clears the values still in place here.',
  zh: 'NQP Toolkit：本模板的示意样例数据（虚构单位）。窗格中的“清除示例数据”会清除此处仍为示例值的单元格。',
};

/**
 * Queues one sheet of a template. `origin` (the template's id and the sheet's
 * index in it) names the sample blocks on the sheet, so that their cells can
 * be found and cleared later (ExcelApi 1.4; without it the sample stays, to be
 * cleared by hand).
 */
export function writeSheet(sheet: Excel.Worksheet, def: SheetDef, lang: Lang, caps: Capabilities, origin?: { template: string; sheet: number }): void {
  if (caps.layout && def.widths) {
    for (const [column, width] of Object.entries(def.widths)) sheet.getRange(`${column}:${column}`).format.columnWidth = width;
  }
  for (const block of def.blocks) writeBlock(sheet, block, lang, caps);
  if (origin && caps.names) {
    def.blocks.forEach((block, index) => {
      if (!block.sample) return;
      const range = sheet.getRange(rangeFrom(block.at, block.cells.length, block.cells[0].length));
      sheet.names.add(sampleName(origin.template, origin.sheet, index), range, SAMPLE_COMMENT[lang]);
    });
  }
  for (const address of def.tables ?? []) {
    const table = sheet.tables.add(sheet.getRange(address), true);
    table.style = 'TableStyleLight1';
  }
  for (const chart of def.charts ?? []) addChart(sheet, chart, lang, caps);
  if (caps.freeze && def.freezeRows) sheet.freezePanes.freezeRows(def.freezeRows);
}

function grid<T>(area: Area, value: T): T[][] {
  return Array.from({ length: area.rows }, () => Array.from({ length: area.cols }, () => value));
}

function writeBlock(sheet: Excel.Worksheet, block: Block, lang: Lang, caps: Capabilities): void {
  const rows = block.cells.length;
  const cols = block.cells[0].length;
  const range = sheet.getRange(rangeFrom(block.at, rows, cols));
  const contents = block.cells.map((row) => row.map((v) => resolve(v, lang)));
  const hasFormula = block.cells.some((row) => row.some(isFormula));

  // The whole area (cells and spill) gets the role's style and number format.
  const area = blockArea(block);
  const whole = sheet.getRange(areaAddress(area));
  if (block.numberFormat) whole.numberFormat = grid(area, block.numberFormat);
  const fill = FILL[block.role];
  if (fill) whole.format.fill.color = fill;
  const font = whole.format.font;
  const color = FONT_COLOR[block.role];
  if (color) font.color = color;
  if (block.role === 'title') {
    font.bold = true;
    font.size = 16;
  } else if (block.role === 'heading') {
    font.bold = true;
    font.size = 12;
  } else if (block.role === 'header' || block.bold) {
    font.bold = true;
  }
  if (block.role === 'note' || block.role === 'source') font.italic = true;
  if (block.role === 'source') font.size = 9;
  if (block.role === 'header') {
    whole.format.wrapText = true;
    whole.format.verticalAlignment = 'Center';
  }

  // Values or formulas after the number format, so that text codes stay text.
  if (hasFormula) range.formulas = contents;
  else range.values = contents;
  // Header rows grow to show their wrapped text (once the text is there).
  if (block.role === 'header' && caps.layout) whole.format.autofitRows();

  if (block.validation && caps.validation) setValidation(range, block.validation, lang);
}

/** The bound of a validation that admits any number (Excel's largest is about 1.8E+308). */
export const ANY_NUMBER = 1e307;

function setValidation(range: Excel.Range, v: Validation, lang: Lang): void {
  const dv = range.dataValidation;
  if (v.kind === 'list') {
    dv.rule = { list: { inCellDropDown: true, source: typeof v.source === 'string' ? v.source : v.source[lang] } };
  } else {
    const basic: Excel.BasicDataValidation =
      v.min !== undefined && v.max !== undefined
        ? { formula1: v.min, formula2: v.max, operator: 'Between' }
        : v.min !== undefined
          ? { formula1: v.min, operator: 'GreaterThanOrEqualTo' }
          : v.max !== undefined
            ? { formula1: v.max, operator: 'LessThanOrEqualTo' }
            : // No bounds: any number (text is refused).
              { formula1: -ANY_NUMBER, formula2: ANY_NUMBER, operator: 'Between' };
    dv.rule = v.kind === 'whole' ? { wholeNumber: basic } : { decimal: basic };
  }
  const title = lang === 'zh' ? '输入' : 'Input';
  dv.prompt = { showPrompt: true, title, message: v.message[lang] };
  dv.errorAlert = { showAlert: true, style: 'Stop', title, message: v.message[lang] };
}

function addChart(sheet: Excel.Worksheet, def: ChartDef, lang: Lang, caps: Capabilities): void {
  const chart = sheet.charts.add(def.type, sheet.getRange(def.source), def.seriesBy);
  chart.title.text = def.title[lang];
  chart.legend.position = 'Bottom';
  chart.setPosition(def.from, def.to);
  const axis = chart.axes.valueAxis;
  if (def.min !== undefined) axis.minimum = def.min;
  if (def.max !== undefined) axis.maximum = def.max;
  if (def.reverseCategories && caps.freeze) chart.axes.categoryAxis.reversePlotOrder = true;
}

