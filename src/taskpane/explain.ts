/**
 * "Why is this cell an error?": for the active cell, when it holds an NQP
 * formula that shows an error value, the pane recomputes the same call —
 * reading the formula, and the values of the ranges it references, in two
 * syncs — through the adapter Excel itself runs (the live chunk), and gives
 * the full message, which Excel shows only for #VALUE! and #N/A, with the hints
 * that fit: a header row or a column of names inside a range, numbers stored
 * as text, scores on a 0–100 scale, a percentage typed where a fraction is
 * required; and for Excel's own errors (#SPILL!, #NAME?, #BUSY!, #CALC!) what
 * they mean here. It reads, and never writes, the workbook.
 *
 * Empty cells are read as blank, as Excel on the web sends them (and as the
 * functions read them on every platform: src/excel/blank-cells.ts).
 */
import { ExcelError, type ExcelResult } from '../excel/excel-error';
import { specByName } from '../registry';
import type { FunctionSpec } from '../registry/types';
import { A1_WHOLE, cellAt } from '../core/shared/a1';
import { type FormulaArg, type FormulaCall, parseCall } from './formula-call';
import { liveEngine } from './live';

export type HintId = 'header-row' | 'header-column' | 'text-numbers' | 'percent-scale' | 'percentage' | 'spill' | 'unknown-name' | 'busy' | 'calc' | 'stale';

export interface Hint {
  id: HintId;
  /** The argument it concerns, where it concerns one. */
  param?: string;
  /** A range or cell (A1), a count, a value: what the hint's text needs. */
  at?: string;
  suggestion?: string;
  count?: number;
  value?: number;
  rows?: number;
  columns?: number;
}

export interface Explanation {
  status: 'no-formula' | 'no-error' | 'unsupported' | 'explained';
  /** The active cell's address (sheet-qualified). */
  address: string;
  /** The error value the cell shows. */
  shown?: string;
  /** The NQP function called, without the namespace. */
  name?: string;
  /** The recomputed error of the cell (its code and full message), when the pane finds one. */
  code?: string;
  message?: string;
  /** Errors of NQP calls nested in the arguments, innermost causes first. */
  inner: { name: string; code: string; message: string }[];
  /** The argument the pane cannot evaluate (an expression such as SUM(…) or B2:B31/100). */
  unsupported?: string;
  hints: Hint[];
}

/** Excel's errors that come from Excel rather than from the function. */
const EXCEL_ERRORS: Record<string, HintId> = { '#SPILL!': 'spill', '#NAME?': 'unknown-name', '#BUSY!': 'busy', '#CALC!': 'calc' };

type Values = unknown[][];

/** An argument as read: the cells of a reference or name (with where they are), or anything else as Excel would pass it. */
interface Read {
  values: Values;
  cells?: string;
}

/** The references and names of a call and of the calls nested in it. */
function referencesOf(call: FormulaCall, out: FormulaArg[] = []): FormulaArg[] {
  for (const a of call.args) {
    if (a.kind === 'reference' || a.kind === 'name') out.push(a);
    else if (a.kind === 'call') referencesOf(a.call, out);
  }
  return out;
}

function unsupportedIn(call: FormulaCall): string | null {
  for (const a of call.args) {
    if (a.kind === 'other') return a.text;
    if (a.kind === 'call') {
      const inner = unsupportedIn(a.call);
      if (inner !== null) return inner;
    }
  }
  return null;
}

/** A cell as a custom function receives it: an empty cell blank (null), an error cell an error value. */
function asArgument(v: unknown, type: string | undefined): unknown {
  if (type === 'Empty') return null;
  if (type === 'Error') return { code: String(v) };
  return v;
}

/** What the explainer needs from Excel, behind one interface so that tests can stand in for it. */
export interface WorkbookReader {
  /** The active cell: its address, formula (of the spill's anchor, if it is in a spill), shown value, and offset in the spill. */
  activeCell(): Promise<{ address: string; formula: string; shown: string | null; row: number; column: number }>;
  /** The values (as a custom function receives them) of each reference or name, in one sync. */
  read(refs: readonly FormulaArg[]): Promise<(Values | null)[]>;
}

/** The WorkbookReader of Excel: two syncs in all. */
export function excelReader(): WorkbookReader {
  let sheetName = '';
  return {
    activeCell: () =>
      Excel.run(async (context) => {
        const cell = context.workbook.getActiveCell();
        cell.load('address,formulas,values,valueTypes,rowIndex,columnIndex');
        const sheet = cell.worksheet.load('name');
        const spills = Office.context.requirements.isSetSupported('ExcelApi', '1.12');
        const parent = spills ? cell.getSpillParentOrNullObject().load('formulas,rowIndex,columnIndex') : null;
        await context.sync();
        sheetName = sheet.name;
        const anchor = parent !== null && !parent.isNullObject ? parent : cell;
        const shown = cell.valueTypes[0][0] === Excel.RangeValueType.error ? String(cell.values[0][0]) : null;
        return {
          address: cell.address,
          formula: String(anchor.formulas[0][0] ?? ''),
          shown,
          row: cell.rowIndex - anchor.rowIndex,
          column: cell.columnIndex - anchor.columnIndex,
        };
      }),
    read: (refs) =>
      Excel.run(async (context) => {
        const ranges = refs.map((r) => {
          if (r.kind === 'name') return context.workbook.names.getItemOrNullObject(r.name).getRangeOrNullObject();
          if (r.kind !== 'reference') return null;
          const ws = context.workbook.worksheets.getItem(r.sheet ?? sheetName);
          const range = ws.getRange(r.cells);
          // A whole column or row: from its first cell to the end of the used range (the rest is blank).
          return A1_WHOLE.test(r.cells) ? range.getIntersectionOrNullObject(ws.getRange('A1').getBoundingRect(ws.getUsedRange(true))) : range;
        });
        for (const r of ranges) r?.load('values,valueTypes');
        await context.sync();
        return ranges.map((r) => (r === null || r.isNullObject ? null : r.values.map((row, i) => row.map((v, j) => asArgument(v, r.valueTypes[i][j])))));
      }),
  };
}

/**
 * Explains the active cell. `reader` reads the workbook (Excel's by default);
 * the call runs through the live chunk's adapter (live.ts), its messages in `lang`.
 */
export async function explainActiveCell(reader: WorkbookReader = excelReader(), lang: 'en' | 'zh' = 'en'): Promise<Explanation> {
  const cell = await reader.activeCell();
  const base = { address: cell.address, inner: [], hints: [] as Hint[] };
  const call = cell.formula.startsWith('=') ? parseCall(cell.formula) : null;
  if (call === null) return { ...base, status: 'no-formula' };
  if (cell.shown === null) return { ...base, status: 'no-error', name: call.name };
  const explanation: Explanation = { ...base, status: 'explained', shown: cell.shown, name: call.name };
  const spec = specByName.get(call.name);
  if (spec === undefined) {
    explanation.hints.push({ id: 'unknown-name', at: call.name });
    return explanation;
  }
  const unsupported = unsupportedIn(call);
  if (unsupported !== null) return { ...explanation, status: 'unsupported', unsupported };

  const refs = referencesOf(call);
  const read = await reader.read(refs);
  const values = new Map<FormulaArg, Read>();
  refs.forEach((r, i) => {
    const v = read[i];
    if (v !== null) values.set(r, { values: v, cells: r.kind === 'reference' ? r.cells : undefined });
  });
  const missing = refs.find((_, i) => read[i] === null);
  if (missing !== undefined) return { ...explanation, status: 'unsupported', unsupported: missing.text ?? '' };

  const engine = await liveEngine(lang);
  // Evaluates a call as Excel does, nested NQP calls first; records the errors of nested calls.
  const evaluate = async (c: FormulaCall): Promise<ExcelResult> => {
    const s = engine.spec(c.name);
    if (s === undefined) throw new Error(`no function NQP.${c.name}`);
    const args: unknown[] = [];
    for (let i = 0; i < s.params.length; i++) {
      const a = c.args[i];
      args.push(await argumentValue(s, i, a, values, evaluate, (r) => recordInner(explanation, a, r)));
    }
    return engine.invoke(s, args);
  };
  const result = await evaluate(call);
  const at = result[cell.row]?.[cell.column];
  const error = at instanceof ExcelError ? at : firstError(result);
  if (error !== null) {
    explanation.code = error.code;
    explanation.message = error.detail;
  }
  const excelHint = EXCEL_ERRORS[cell.shown];
  if (excelHint === 'spill') explanation.hints.push({ id: 'spill', rows: result.length, columns: Math.max(...result.map((r) => r.length)) });
  else if (excelHint !== undefined) explanation.hints.push({ id: excelHint });
  else if (error === null) explanation.hints.push({ id: 'stale' });
  explanation.hints.push(...dataHints(spec, call, values, error?.detail ?? ''));
  return explanation;
}

function firstError(result: ExcelResult): ExcelError | null {
  for (const row of result) for (const v of row) if (v instanceof ExcelError) return v;
  return null;
}

function recordInner(explanation: Explanation, arg: FormulaArg | undefined, result: ExcelResult): void {
  if (arg?.kind !== 'call') return;
  const e = firstError(result);
  if (e !== null && !explanation.inner.some((i) => i.name === arg.call.name && i.message === e.detail)) {
    explanation.inner.push({ name: arg.call.name, code: e.code, message: e.detail });
  }
}

/** One argument as Excel passes it: a scalar parameter gets a single value, any other a 2-D array. */
async function argumentValue(
  spec: FunctionSpec,
  i: number,
  a: FormulaArg | undefined,
  values: Map<FormulaArg, Read>,
  evaluate: (c: FormulaCall) => Promise<ExcelResult>,
  inner: (r: ExcelResult) => void,
): Promise<unknown> {
  const scalar = spec.params[i].shape === 'scalar';
  if (a === undefined || a.kind === 'omitted') return null;
  if (a.kind === 'value') return scalar ? a.value : [[a.value]];
  if (a.kind === 'array') return scalar ? a.value[0][0] : a.value;
  if (a.kind === 'call') {
    const r = await evaluate(a.call);
    inner(r);
    const cells = r.map((row) => row.map((v) => (v instanceof Object && 'code' in (v as object) ? { code: (v as { code: string }).code } : v)));
    return scalar ? (cells[0]?.[0] ?? null) : cells;
  }
  const v = values.get(a)?.values ?? [[null]];
  return scalar ? (v[0]?.[0] ?? null) : v;
}

// ---------------------------------------------------------------------------
// Hints from the data

const NUMERIC_TEXT = /^\s*[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:e[+-]?\d+)?%?\s*$/i;
const isNumericText = (v: unknown): v is string => typeof v === 'string' && /\d/.test(v) && NUMERIC_TEXT.test(v);
const isLabel = (v: unknown): boolean => typeof v === 'string' && v.trim() !== '' && !isNumericText(v);

/** The reference without its first `rows` rows and `columns` columns, e.g. B1:M31 → B2:M31. */
function without(cells: string, rows: number, columns: number, height: number, width: number): string | undefined {
  if (A1_WHOLE.test(cells) || height - rows < 1 || width - columns < 1) return undefined;
  const first = cellAt(cells, rows, columns);
  const last = cellAt(cells, height - 1, width - 1);
  return first === last ? first : `${first}:${last}`;
}

function dataHints(spec: FunctionSpec, call: FormulaCall, values: Map<FormulaArg, Read>, message: string): Hint[] {
  const hints: Hint[] = [];
  spec.params.forEach((p, i) => {
    const a = call.args[i];
    if (a === undefined) return;
    if (p.type === 'number' && (a.kind === 'value' || a.kind === 'array') && p.shape === 'scalar') {
      const v = a.kind === 'value' ? a.value : a.value[0][0];
      if (typeof v === 'number' && v >= 1 && v <= 100 && /fraction|percent|rate|below 1|\[0, 1\)/i.test(message) && message.includes(p.name)) {
        hints.push({ id: 'percentage', param: p.name, value: v });
      }
      return;
    }
    const read = values.get(a);
    if (read === undefined || (p.type !== 'number' && p.type !== 'direction')) return;
    const grid = read.values;
    const rows = grid.length;
    const columns = Math.max(0, ...grid.map((r) => r.length));
    const cells = read.cells;
    if (p.type === 'number' && rows >= 2) {
      // Names of units in the first column, names of indicators in the first row, numbers in the rest.
      const names = columns >= 2 && grid.every((r) => isLabel(r[0]) || r[0] === null) && grid.some((r) => isLabel(r[0])) ? 1 : 0;
      const body = grid.slice(1).flatMap((r) => r.slice(names));
      const headed = grid[0].slice(names).some(isLabel) && body.filter((v) => typeof v === 'number').length >= body.length / 2 && body.length > 0;
      const suggestion = cells ? without(cells, headed ? 1 : 0, names, rows, columns) : undefined;
      if (headed) hints.push({ id: 'header-row', param: p.name, at: a.text, suggestion });
      if (names === 1) hints.push({ id: 'header-column', param: p.name, at: a.text, suggestion });
    }
    let count = 0;
    let first: string | undefined;
    grid.forEach((row, r) =>
      row.forEach((v, c) => {
        if (p.type === 'number' && isNumericText(v)) {
          count++;
          first ??= cells ? cellAt(cells, r, c) : undefined;
        }
      }),
    );
    if (count > 0) hints.push({ id: 'text-numbers', param: p.name, at: first ?? a.text, count });
    const nums = grid.flat().filter((v): v is number => typeof v === 'number');
    const max = nums.length > 0 ? Math.max(...nums) : 0;
    if (p.type === 'number' && max > 1 && max <= 100 && nums.every((v) => v >= 0) && /\[0, 1\]|0–100|0-100/.test(message)) {
      hints.push({ id: 'percent-scale', param: p.name, at: a.text, value: max });
    }
  });
  return hints;
}
