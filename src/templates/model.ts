/**
 * The declarative model of a template workbook: sheets made of blocks of cells
 * (text in English and Chinese, input cells, formulas with the area they spill
 * into), charts and validation. A template is data; the writers
 * (src/templates/insert.ts for the Excel JS API) turn it into sheets.
 *
 * Addresses are A1 addresses on the template's own sheet ("B7", "C7:H16").
 */
import type { Text } from '../registry/types';

export type { Text };
export type Lang = 'en' | 'zh';

/** A formula: the same in both languages, or one per language (labels, the `lang` argument). */
export interface Formula {
  f: string | Text;
}

/** One cell's content: a value, a text in both languages, a formula, or empty (`null`). */
export type CellContent = number | string | boolean | null | Text | Formula;

/**
 * What a block is, which decides its style:
 * - `title`, `heading`, `text`, `note`, `source`: sheet text (about block, instructions, citations)
 * - `header`: column headings of a block
 * - `label`: fixed cells the analyst should not need to change (names, published facts)
 * - `input`: cells for the analyst's data (light fill; sample values or empty)
 * - `output`: formulas; `spill` reserves the area a dynamic-array result fills
 */
export type Role = 'title' | 'heading' | 'text' | 'note' | 'source' | 'header' | 'label' | 'input' | 'output';

export type Validation =
  | { kind: 'decimal'; min?: number; max?: number; message: Text }
  | { kind: 'whole'; min: number; max: number; message: Text }
  | { kind: 'list'; source: string | Text; message: Text };

export interface Block {
  /** Top-left cell. */
  at: string;
  role: Role;
  /** Rows of cells, written from `at` (all rows the same length). */
  cells: CellContent[][];
  /** For a formula whose result spills: the rows and columns it fills, from `at`. */
  spill?: { rows: number; cols: number };
  /** Number format of every cell of the block (and of its spill area). */
  numberFormat?: string;
  validation?: Validation;
  /** Bold text (e.g. a label column). */
  bold?: boolean;
  /**
   * The block holds part of the template's illustrative sample dataset (fictional units and their
   * numbers, only on `input` blocks): the cells that "Clear sample data" may empty
   * (src/templates/clear.ts). Settings that are inputs too (weights, cut points, directions,
   * parameters, a unit to show) are not sample: clearing would break the formulas, not reset the data.
   */
  sample?: true;
}

export type ChartType = 'Radar' | 'BarClustered' | 'ColumnClustered' | 'Line' | 'LineMarkers' | 'XYScatter';

export interface ChartDef {
  type: ChartType;
  /** The chart's data: a block of the sheet, categories and series names included. */
  source: string;
  seriesBy: 'Rows' | 'Columns';
  title: Text;
  /** Where the chart sits: top-left and bottom-right cells. */
  from: string;
  to: string;
  /** Fixed value-axis bounds (e.g. 0–100 for aspect scores). */
  min?: number;
  max?: number;
  /** List the categories from the top (a ranked bar chart). */
  reverseCategories?: boolean;
}

export interface SheetDef {
  /** The sheet name (at most 27 characters, so that a " (n)" suffix still fits in Excel's 31). */
  name: Text;
  /** Column widths in points, by column letter. */
  widths?: Record<string, number>;
  /** Rows frozen at the top (the headers). */
  freezeRows?: number;
  blocks: Block[];
  /** Excel tables (first row = header); never over spilling formulas, which tables cannot hold. */
  tables?: string[];
  charts?: ChartDef[];
}

export interface TemplateDef {
  id: string;
  title: Text;
  description: Text;
  glossary: string[];
  /** Whether the input cells hold an illustrative sample or are left empty. */
  sample: 'illustrative' | 'empty';
  sheets: SheetDef[];
}

// ---------------------------------------------------------------------------
// A1 addresses

export { type CellRef, columnIndex, columnName, parseCell } from '../core/shared/a1';
import { columnName, parseCell } from '../core/shared/a1';

export interface Area {
  top: number;
  left: number;
  rows: number;
  cols: number;
}

/** "B7:H16" (or a single cell) → its area. */
export function parseArea(address: string): Area {
  const [a, b] = address.split(':');
  const p = parseCell(a);
  const q = b === undefined ? p : parseCell(b);
  const top = Math.min(p.row, q.row);
  const left = Math.min(p.col, q.col);
  return { top, left, rows: Math.abs(q.row - p.row) + 1, cols: Math.abs(q.col - p.col) + 1 };
}

/** A cell address from 0-based row and column; `absolute` adds the $ signs. */
export function cell(row: number, col: number, absolute = false): string {
  const d = absolute ? '$' : '';
  return `${d}${columnName(col)}${d}${row + 1}`;
}

/** The address of an area ("B7:H16", or "B7" for one cell). */
export function areaAddress(area: Area, absolute = false): string {
  const first = cell(area.top, area.left, absolute);
  if (area.rows === 1 && area.cols === 1) return first;
  return `${first}:${cell(area.top + area.rows - 1, area.left + area.cols - 1, absolute)}`;
}

/** The address of the area starting at `at` with `rows` × `cols` cells. */
export function rangeFrom(at: string, rows: number, cols: number, absolute = false): string {
  const c = parseCell(at);
  return areaAddress({ top: c.row, left: c.col, rows, cols }, absolute);
}

/** The cell `dr` rows down and `dc` columns right of `at`. */
export function offset(at: string, dr: number, dc: number): string {
  const c = parseCell(at);
  return cell(c.row + dr, c.col + dc);
}

/** The area a block occupies: its cells, or its spill area if larger. */
export function blockArea(b: Block): Area {
  const c = parseCell(b.at);
  const rows = Math.max(b.cells.length, b.spill?.rows ?? 0);
  const cols = Math.max(b.cells[0]?.length ?? 0, b.spill?.cols ?? 0);
  return { top: c.row, left: c.col, rows, cols };
}

export function contains(outer: Area, inner: Area): boolean {
  return (
    inner.top >= outer.top &&
    inner.left >= outer.left &&
    inner.top + inner.rows <= outer.top + outer.rows &&
    inner.left + inner.cols <= outer.left + outer.cols
  );
}

export function overlaps(a: Area, b: Area): boolean {
  return a.top < b.top + b.rows && b.top < a.top + a.rows && a.left < b.left + b.cols && b.left < a.left + a.cols;
}

// ---------------------------------------------------------------------------
// Content helpers for the definitions

export const t = (en: string, zh: string): Text => ({ en, zh });

/** A formula; `f` may be a function of the language for labels and the `lang` argument. */
export function formula(f: string | ((lang: Lang) => string)): Formula {
  return typeof f === 'string' ? { f } : { f: { en: f('en'), zh: f('zh') } };
}

export function isText(v: CellContent): v is Text {
  return typeof v === 'object' && v !== null && 'en' in v && 'zh' in v;
}

export function isFormula(v: CellContent): v is Formula {
  return typeof v === 'object' && v !== null && 'f' in v;
}

/** A cell's content in one language: a number, boolean, text, "=…" formula, or "" for empty. */
export function resolve(v: CellContent, lang: Lang): number | string | boolean {
  if (v === null) return '';
  if (isFormula(v)) return typeof v.f === 'string' ? v.f : v.f[lang];
  if (isText(v)) return v[lang];
  return v;
}

/** One text per line, as rows of a one-column block. */
export function lines(...texts: Text[]): CellContent[][] {
  return texts.map((x) => [x]);
}

/** The NQP function names a formula calls. */
export function nqpFunctionsIn(formulaText: string): string[] {
  return [...formulaText.matchAll(/NQP\.([A-Z0-9_]+)\s*\(/g)].map((m) => m[1]);
}

/** Every formula text of a template, in both languages. */
export function templateFormulas(def: TemplateDef): string[] {
  const out: string[] = [];
  for (const sheet of def.sheets) {
    for (const b of sheet.blocks) {
      for (const row of b.cells) {
        for (const v of row) {
          if (!isFormula(v)) continue;
          if (typeof v.f === 'string') out.push(v.f);
          else out.push(v.f.en, v.f.zh);
        }
      }
    }
  }
  return out;
}

/** The NQP functions a template uses, in order of first use. */
/** What the task pane lists of a template and the glossary links to (src/templates/catalogue.json). */
export interface TemplateInfo {
  /** Stable kebab-case id, used by glossary links. */
  id: string;
  title: Text;
  description: Text;
  /** Names of the NQP functions its formulas use (without "NQP."). */
  functions: string[];
  /** Glossary term ids it illustrates. */
  glossary: string[];
}

/** What the catalogue says of a definition. */
export function templateInfo(d: TemplateDef): TemplateInfo {
  return { id: d.id, title: d.title, description: d.description, functions: templateFunctions(d), glossary: d.glossary };
}

export function templateFunctions(def: TemplateDef): string[] {
  return [...new Set(templateFormulas(def).flatMap(nqpFunctionsIn))];
}
