/**
 * Test helpers for the downloadable .xlsx files: the build script (plain JS),
 * reading a file back into the raw contents a spreadsheet engine takes, and
 * each NQP formula's direct result and size from the template definition.
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { RawCellContent } from 'hyperformula';
import { type Lang, type SheetDef, type TemplateDef } from '../../src/templates/model';
import { type Value, evaluateSheet } from './formulas';

export interface BuildScript {
  writeTemplateFiles(outDir: string, options?: { results?: Map<number, Map<string, unknown>>; fileNotes?: boolean }): Promise<string[]>;
  templateWorkbook(def: TemplateDef, lang: Lang, options?: { results?: Map<number, Map<string, unknown>>; arraysAsValues?: boolean; fileNotes?: boolean }): ExcelJS.Workbook;
  writeWorkbook(wb: ExcelJS.Workbook, file: string): Promise<void>;
  markDynamicArrays(buffer: Buffer): Promise<Buffer>;
  finishPackage(buffer: Buffer, identity?: { id: string; version: string }): Promise<Buffer>;
  addinIdentity(manifestFile?: string): { id: string; version: string };
  isDynamicArray(text: string, block: { spill?: unknown }): boolean;
  pageSetupOf(sheet: SheetDef, lang: Lang): Record<string, unknown>;
  fileFormula(text: string): string;
  typedFormula(stored: string): string;
  widthInCharacters(points: number): number;
  FILE_NOTE: Record<Lang, string>;
  FILE_NOTE_AT: string;
  CHART_NOTE: Record<Lang, (title: string) => string>;
  TemplateFilesPlugin: new () => { apply(compiler: unknown): void };
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const build: BuildScript = require(path.join(__dirname, '..', '..', 'scripts', 'build-template-files.js'));

export async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

export interface FormulaCell {
  formula?: string;
  shareType?: string;
  ref?: string;
  result?: unknown;
}

export function isFormulaValue(v: unknown): v is FormulaCell & { formula: string } {
  return typeof v === 'object' && v !== null && typeof (v as FormulaCell).formula === 'string';
}

/** A worksheet as HyperFormula's raw contents: formulas as typed ("=…", no _xlfn.), text kept as text. */
export function engineCells(ws: ExcelJS.Worksheet): RawCellContent[][] {
  const rows: RawCellContent[][] = [];
  let width = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const v = cell.value;
      let raw: RawCellContent;
      if (isFormulaValue(v)) raw = build.typedFormula(v.formula);
      else if (typeof v === 'string') raw = `'${v}`;
      else if (typeof v === 'number' || typeof v === 'boolean') raw = v;
      else if (v === null || v === undefined) return;
      else throw new Error(`unexpected cell value at ${cell.address}: ${JSON.stringify(v)}`);
      (rows[r - 1] ??= [])[c - 1] = raw;
      width = Math.max(width, c);
    });
  });
  return Array.from({ length: rows.length }, (_, r) => Array.from({ length: width }, (_, c) => rows[r]?.[c] ?? null));
}

export interface DirectResults {
  /** Each NQP formula's result through invoke on the definition's own cells, by "row,col" of its anchor. */
  results: Map<string, Value[][]>;
  /** Their sizes, for the engine. */
  sizes: Map<string, { rows: number; cols: number }>;
}

export async function directResults(sheet: SheetDef, lang: Lang): Promise<DirectResults> {
  const { results } = await evaluateSheet(sheet, lang);
  const sizes = new Map<string, { rows: number; cols: number }>();
  for (const [k, r] of results) sizes.set(k, { rows: r.length, cols: r[0].length });
  return { results, sizes };
}
