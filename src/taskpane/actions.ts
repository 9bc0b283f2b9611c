/**
 * The task pane's Excel actions. Each reports through `say` (the status line)
 * and never overwrites a user's data without asking.
 */
import { exampleFormula } from '../registry/formula';
import type { FunctionSpec } from '../registry/types';
import { type ClearQuestion, clearSampleInputs } from '../templates/clear';
import { insertTemplate } from '../templates/insert';
import { type TemplateInfo, templateFileUrl } from '../templates';
import type { Strings, UiLang } from './i18n';

/** True inside Excel; false in a plain browser (a read-only preview). */
export function inExcel(): boolean {
  return typeof Excel !== 'undefined' && Boolean(Office.context?.document);
}

/** What the pane asks before a cell's content is replaced. */
export interface ReplaceQuestion {
  /** The cell, as Excel names it (Sheet1!B2). */
  address: string;
  /** What it holds: its formula, or its value. */
  content: string;
  /** The formula that would replace it. */
  formula: string;
}

/**
 * Writes the spec's first example formula into the active cell. An empty cell
 * is written at once; a cell that holds anything is replaced only if `confirm`
 * says so. Two round trips to Excel either way: one to read the cell, one to write it.
 */
export async function insertExample(
  spec: FunctionSpec,
  s: Strings,
  say: (message: string) => void,
  confirm: (question: ReplaceQuestion) => Promise<boolean>,
): Promise<void> {
  if (!inExcel()) {
    say(s.noExcel);
    return;
  }
  const formula = exampleFormula(spec, spec.examples[0].args);
  try {
    await Excel.run(async (context) => {
      const cell = context.workbook.getActiveCell();
      cell.load(['formulas', 'address']);
      await context.sync();
      const content: unknown = cell.formulas[0][0];
      const filled = content !== '' && content !== null && content !== undefined;
      // The cell asked about is the one written, even if the selection moves while the question is open.
      if (filled && !(await confirm({ address: cell.address, content: String(content), formula }))) {
        say(s.keptCell);
        return;
      }
      cell.formulas = [[formula]];
      await context.sync();
      say(filled ? s.replaced(spec.name) : s.inserted(spec.name));
    });
  } catch (e) {
    say(s.failed + (e instanceof Error ? e.message : String(e)));
  }
}

/** Inserts a template as new sheets in the pane's language (insertTemplate never overwrites a sheet). */
export async function insertTemplateAction(
  template: TemplateInfo,
  lang: UiLang,
  s: Strings,
  say: (message: string) => void,
): Promise<void> {
  if (!inExcel()) {
    say(s.noExcelTemplate);
    return;
  }
  try {
    say(s.templateInserted(await insertTemplate(template.id, lang)));
  } catch (e) {
    say(s.templateFailed + (e instanceof Error ? e.message : String(e)));
  }
}

/**
 * Clears the illustrative sample on the active sheet (only the cells still
 * holding their sample value), after `confirm` says yes to the count; reports
 * the number cleared, or why nothing was, in the status line.
 */
export async function clearSampleAction(
  lang: UiLang,
  s: Strings,
  say: (message: string) => void,
  confirm: (question: ClearQuestion) => Promise<boolean>,
): Promise<void> {
  if (!inExcel()) {
    say(s.noExcelClear);
    return;
  }
  try {
    say((await clearSampleInputs(lang, confirm)).message);
  } catch (e) {
    say(s.clearFailed + (e instanceof Error ? e.message : String(e)));
  }
}

/**
 * Whether the pane can hand a file to the browser to download. Excel for Mac cannot: its pane is a
 * WKWebView that ignores download links, so "Download .xlsx" does nothing there.
 */
export function paneCanDownload(): boolean {
  return !(typeof Office !== 'undefined' && String(Office.context?.platform) === 'Mac');
}

/** Whether Excel can open a workbook from a file's bytes: Excel.createWorkbook (ExcelApi 1.8). */
export function canCreateWorkbook(): boolean {
  if (!inExcel() || typeof Excel.createWorkbook !== 'function') return false;
  const requirements = Office.context.requirements;
  return typeof requirements?.isSetSupported === 'function' ? requirements.isSetSupported('ExcelApi', '1.8') : true;
}

/**
 * Whether "Download .xlsx" opens the template file as a new workbook instead (Excel.createWorkbook):
 * where the pane cannot download (Excel for Mac) and Excel can create a workbook from a file.
 */
export function opensTemplateAsWorkbook(): boolean {
  return !paneCanDownload() && canCreateWorkbook();
}

/** Bytes → base64, in slices (String.fromCharCode takes a bounded number of arguments). */
export function toBase64(bytes: Uint8Array): string {
  const SLICE = 0x8000;
  let binary = '';
  for (let i = 0; i < bytes.length; i += SLICE) binary += String.fromCharCode(...bytes.subarray(i, i + SLICE));
  return btoa(binary);
}

/**
 * A file of the add-in, read as base64 from the add-in's own address: `url` resolved against the
 * pane's page (`base`), and refused if that lands on another host; the pane's CSP (connect-src
 * 'self') allows only its own origin as well.
 */
export async function addinFileBase64(url: string, base: string = globalThis.location?.href ?? ''): Promise<string> {
  const page = new URL(base);
  const target = new URL(url, page);
  if (target.origin !== page.origin) throw new Error(`${target.href} is not on the add-in's own address (${page.origin}).`);
  const response = await fetch(target.href, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${target.pathname}: HTTP ${response.status}`);
  return toBase64(new Uint8Array(await response.arrayBuffer()));
}

/**
 * Opens a template's .xlsx file (the one "Download .xlsx" links to) as a new workbook, for Excel
 * for Mac, whose pane cannot download: the file is read from the add-in's own address as base64
 * and handed to Excel.createWorkbook. Reports in the status line.
 */
export async function openTemplateFileAction(
  template: TemplateInfo,
  lang: UiLang,
  s: Strings,
  say: (message: string) => void,
): Promise<void> {
  if (!canCreateWorkbook()) {
    say(inExcel() ? s.templateOpenUnsupported : s.noExcelTemplate);
    return;
  }
  try {
    const base64 = await addinFileBase64(templateFileUrl(template.id, lang));
    await Excel.createWorkbook(base64);
    say(s.templateOpened(template.title[lang]));
  } catch (e) {
    say(s.templateOpenFailed + (e instanceof Error ? e.message : String(e)));
  }
}
