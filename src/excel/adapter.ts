/**
 * The one adapter between Excel and the maths. Every custom function goes
 * through `invoke`: it reads Excel's arguments as the function's spec declares
 * them (types, shapes, blanks, defaults, options, bounds), calls the core,
 * and turns the result into cells Excel can show: no NaN, ±Infinity, null or
 * undefined ever leaves this file, and every failure becomes an Excel error
 * value with a message in the catalogue's grammar.
 *
 * It knows the shape of Excel's values but not the CustomFunctions API, so it
 * runs under Node; src/excel/functions.ts turns ExcelError into
 * CustomFunctions.Error at registration.
 */
import { type Cell, DomainError, type ErrorKind } from '../core/shared/errors';
import type { FunctionSpec, ParamSpec } from '../registry/types';
import { fitArguments, isBlank, resultSizeError } from './limits';
import { type At, fromCatalogue, type Language, localizedText, type MessageId, type MessageParams } from './messages';

/**
 * The language of the messages the adapter gives: English unless set (src/excel/functions.ts sets it from Excel's
 * display language). Messages from the catalogues (src/excel/messages.ts, the core's families') follow it.
 */
let messageLanguage: Language = 'en';

export function setMessageLanguage(language: Language): void {
  messageLanguage = language;
}

export const getMessageLanguage = (): Language => messageLanguage;

export { type ExcelCell, ExcelError, type ExcelErrorCode, type ExcelResult } from './excel-error';
import { type ExcelCell, ExcelError, type ExcelErrorCode, type ExcelResult } from './excel-error';

const codeOfKind: Record<ErrorKind, ExcelErrorCode> = {
  value: '#VALUE!',
  na: '#N/A',
  div0: '#DIV/0!',
  num: '#NUM!',
};

/** A failure while reading one argument: the message names the argument. */
class ArgumentError extends DomainError {}

/** An ArgumentError with a message of the catalogue. */
const argumentError = <K extends MessageId>(id: K, params: MessageParams<K>, kind: ErrorKind = 'value'): ArgumentError =>
  fromCatalogue(kind, id, params, ArgumentError);

/**
 * An error value in an input cell, as Excel sends it with allowErrorForDataTypeAny
 * (functions.json): a CustomFunctions.Error, an object whose `code` is the
 * error's text ("#DIV/0!", "#REF!", …).
 */
export function isErrorInput(v: unknown): v is { code: string } {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as { code?: unknown }).code === 'string' && (v as { code: string }).code.startsWith('#');
}

/** The kind of error a result cell takes from an error in its input: the same where the add-in can return it, else #VALUE!. */
function kindOfInputError(code: string): ErrorKind {
  return code === '#DIV/0!' ? 'div0' : code === '#NUM!' ? 'num' : code === '#N/A' ? 'na' : 'value';
}

/** A failure caused by an error value in an input cell. */
class InputValueError extends ArgumentError {}

/** The failure an error in an input cell gives: its kind where it is data, #VALUE! where a setting is expected; the message names the cell. */
function inputError(p: ParamSpec, code: string, at: At): ArgumentError {
  const data = (p.type === 'number' || p.type === 'any' || p.type === 'text') && p.shape !== 'scalar';
  return fromCatalogue(data ? kindOfInputError(code) : 'value', 'inputError', { name: p.name, at, code }, InputValueError);
}

type Scalar = number | string | boolean | null;
type Grid = Scalar[][];

/** Calls a function as Excel would: `args` are Excel's arguments (omitted ones `null`). */
export function invoke(spec: FunctionSpec, rawArgs: readonly unknown[]): ExcelResult | Promise<ExcelResult> {
  // Data the function loads on its first call (FunctionSpec.prepare), then the call as usual.
  const ready = spec.prepare?.();
  if (ready) return ready.then(() => invoke(spec, rawArgs), (e: unknown) => [[toExcelError(spec, e)]]);
  try {
    // Oversized arguments are refused before anything is read (whole-column references first lose
    // their trailing blank rows, which are not data), and an oversized result before it is sent (limits.ts).
    const args = fitArguments(spec, rawArgs);
    // Element-wise results are built as Excel's cells directly.
    if (spec.params.some((p) => p.shape === 'element')) return sized(spec, invokeElementwise(spec, args));
    let read: unknown[];
    try {
      read = spec.params.map((p, i) => readArgument(p, args[i]));
    } catch (e) {
      // One value per unit: a unit whose row holds an error value is left out and gets that error
      // (looked for only when reading met one, so clean data pays nothing for it).
      const units = e instanceof InputValueError && spec.result.shape === 'column' ? unitErrors(spec, args) : null;
      if (units !== null) return invokeWithoutUnits(spec, args, units);
      throw e;
    }
    const result = spec.compute(...read);
    if (result instanceof Promise) {
      return result.then(
        (r) => sized(spec, toExcelResult(spec, r)),
        (e: unknown) => [[toExcelError(spec, e)]],
      );
    }
    return sized(spec, toExcelResult(spec, result));
  } catch (e) {
    return [[toExcelError(spec, e)]];
  }
}

/** The rows of a function's units that hold an error value, and the arguments aligned with them. */
interface UnitErrors {
  /** The number of units: the rows of the first range argument. */
  rows: number;
  /** Per unit row with an error: the error its result cell shows. */
  errors: Map<number, DomainError>;
  /** The parameters whose ranges have one row per unit. */
  aligned: number[];
}

/**
 * For a function with one result per unit (row): the unit rows holding an
 * error value in a range argument with one row per unit, or null when there
 * is none (or the layout is not one row per unit, in which case the usual
 * reading reports the first error for the whole call).
 */
function unitErrors(spec: FunctionSpec, args: readonly unknown[]): UnitErrors | null {
  const first = spec.params.findIndex((p, i) => (p.shape === 'matrix' || p.shape === 'vector') && Array.isArray(args[i]));
  if (first < 0) return null;
  const rows = (args[first] as unknown[]).length;
  if (rows < 2) return null;
  const aligned: number[] = [];
  const errors = new Map<number, DomainError>();
  spec.params.forEach((p, i) => {
    const raw = args[i];
    if ((p.shape !== 'matrix' && p.shape !== 'vector') || !Array.isArray(raw) || raw.length !== rows) return;
    if (!raw.every((row) => Array.isArray(row))) return;
    aligned.push(i);
    const width = (raw[0] as unknown[]).length;
    for (let r = 0; r < rows; r++) {
      const row = raw[r] as unknown[];
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (isErrorInput(v) && !errors.has(r)) errors.set(r, inputError(p, v.code, position(rows, width, r, c)));
      }
    }
  });
  return errors.size === 0 || errors.size === rows ? null : { rows, errors, aligned };
}

/** Computes the units without an error in their rows, then gives each of the others its error, in its row. */
function invokeWithoutUnits(spec: FunctionSpec, args: readonly unknown[], units: UnitErrors): ExcelResult | Promise<ExcelResult> {
  const kept: number[] = [];
  for (let r = 0; r < units.rows; r++) if (!units.errors.has(r)) kept.push(r);
  const reduced = args.map((a, i) => (units.aligned.includes(i) ? kept.map((r) => (a as unknown[][])[r]) : a));
  const layout = unitLayout(spec, args);
  const head = layout === 'header' ? 1 : 0;
  const place = (part: ExcelResult): ExcelResult => {
    // Only a result with one row per kept unit (under its header row, if it has one) can be put back in
    // place, each unit with an error getting it in every cell of its row; anything else stands as it is.
    if (layout === null || part.length !== kept.length + head) return part;
    const width = part[head].length;
    for (let k = head; k < part.length; k++) if (part[k].length !== width) return part;
    const out: ExcelResult = new Array(units.rows + head);
    if (head === 1) out[0] = part[0];
    kept.forEach((r, k) => (out[r + head] = part[k + head]));
    units.errors.forEach((e, r) => (out[r + head] = new Array<ExcelCell>(width).fill(toExcelError(spec, e))));
    return out;
  };
  const result = invoke(spec, reduced);
  return result instanceof Promise ? result.then(place) : place(result);
}

/** How a function's result lays out by unit for these arguments (ResultSpec.perUnit): rows, a header then rows, or not by unit. */
function unitLayout(spec: FunctionSpec, args: readonly unknown[]): 'rows' | 'header' | null {
  const u = spec.result.perUnit;
  if (u === undefined) return 'rows';
  const i = spec.params.findIndex((p) => p.name === u.option);
  if (i < 0) return null;
  let value: unknown;
  try {
    value = readArgument(spec.params[i], args[i]);
  } catch {
    return null;
  }
  const option = String(value ?? spec.params[i].default);
  return u.rows.includes(option) ? 'rows' : u.header.includes(option) ? 'header' : null;
}

/** The result, or #VALUE! naming the limit when it is larger than Excel on the web carries. */
function sized(spec: FunctionSpec, result: ExcelResult): ExcelResult {
  const error = resultSizeError(result);
  return error === null ? result : [[toExcelError(spec, error)]];
}

/** Maps an exception to an Excel error with the function's name in the message, in the messages' language where it has a template. */
export function toExcelError(spec: FunctionSpec, e: unknown): ExcelError {
  // A bug in the add-in, not in the user's data: still an Excel error, never a crash.
  const error = e instanceof DomainError ? e : fromCatalogue('value', 'internalError', { detail: e instanceof Error ? e.message : String(e) });
  const text = messageLanguage === 'en' ? null : localizedText(error, messageLanguage);
  return new ExcelError(codeOfKind[error.kind], text === null ? formatMessage(spec.name, error.message) : formatMessage(spec.name, text, messageLanguage));
}

/**
 * "requires …" joins with a space, anything else with a colon: the catalogue's grammar. In Chinese the same:
 * "要求…" with a space, anything else with a full-width colon.
 */
export function formatMessage(name: string, message: string, language: Language = 'en'): string {
  if (message === '') return '';
  if (language === 'zh') return message.startsWith('要求') ? `NQP.${name} ${message}` : `NQP.${name}：${message}`;
  return message.startsWith('requires ') ? `NQP.${name} ${message}` : `NQP.${name}: ${message}`;
}

// ---------------------------------------------------------------------------
// Reading arguments


/** Excel sends a range as a 2-D array and a single value as a scalar; this gives a grid either way. */
function toGrid(p: ParamSpec, raw: unknown): Grid {
  if (Array.isArray(raw)) {
    if (raw.length === 0 || !raw.every((r) => Array.isArray(r))) {
      throw argumentError('notRange', { name: p.name });
    }
    const width = (raw[0] as unknown[]).length;
    if (width === 0 || !raw.every((r) => (r as unknown[]).length === width)) {
      throw argumentError('notRectangular', { name: p.name });
    }
    const rows = raw.length;
    return (raw as unknown[][]).map((row, r) => row.map((v, c) => toScalar(p, v, rows, width, r, c)));
  }
  return [[toScalar(p, raw, 1, 1, 0, 0)]];
}

function toScalar(p: ParamSpec, v: unknown, rows = 1, cols = 1, r = 0, c = 0): Scalar {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (isErrorInput(v)) throw inputError(p, v.code, position(rows, cols, r, c));
  throw argumentError('notCellValue', { name: p.name });
}

/** Where a cell sits in its argument, for messages: row 2, column 3; row 4 of a column; column 2 of a row; nothing for a single cell. */
function position(rows: number, cols: number, r: number, c: number): At {
  if (rows === 1 && cols === 1) return SINGLE_CELL;
  if (rows === 1) return [0, c + 1];
  if (cols === 1) return [r + 1, 0];
  return [r + 1, c + 1];
}

const SINGLE_CELL: At = [0, 0];

function where(grid: Grid, r: number, c: number): At {
  return position(grid.length, grid[0].length, r, c);
}

/** A number cell: blank → null, text or logical → #VALUE!, bounds → #NUM!. */
function readNumber(p: ParamSpec, v: Scalar, grid: Grid, r: number, c: number): number | null {
  if (isBlank(v)) {
    if (p.blanks === 'error') throw argumentError('blankNumber', { name: p.name, at: where(grid, r, c) });
    return null;
  }
  if (typeof v !== 'number') {
    throw argumentError('notNumber', { name: p.name, value: v, at: where(grid, r, c) });
  }
  if (!Number.isFinite(v)) throw new ArgumentError('num', '');
  checkBounds(p, v);
  return v;
}

function checkBounds(p: ParamSpec, v: number): void {
  if (!inBounds(p, v)) throw argumentError('outOfRange', { name: p.name }, 'num');
}

function readOption(p: ParamSpec, v: Scalar): string {
  const allowed = p.options ?? [];
  const text = typeof v === 'string' ? v.trim().toLowerCase() : v;
  if (typeof text === 'string' && allowed.includes(text)) return text;
  throw argumentError('unknownOption', { name: p.name, options: allowed, value: v });
}

function readBoolean(p: ParamSpec, v: Scalar): boolean {
  if (typeof v === 'boolean') return v;
  if (v === 1 || v === 0) return v === 1;
  if (typeof v === 'string' && /^(true|false)$/i.test(v.trim())) return v.trim().toLowerCase() === 'true';
  throw argumentError('notBoolean', { name: p.name, value: v });
}

const directionWords: Record<string, 1 | -1> = {
  '+': 1,
  '-': -1,
  benefit: 1,
  cost: -1,
  positive: 1,
  negative: -1,
  正: 1,
  负: -1,
  正向: 1,
  负向: -1,
  逆向: -1,
};

function readDirection(p: ParamSpec, v: Scalar, grid: Grid, r: number, c: number): 1 | -1 {
  if (v === 1 || v === -1) return v;
  if (typeof v === 'string') {
    const d = directionWords[v.trim().toLowerCase()];
    if (d !== undefined) return d;
  }
  throw argumentError('notDirection', { name: p.name, value: v, at: where(grid, r, c) });
}

function readText(v: Scalar): string {
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

/** One cell read by the parameter's type. */
function readCell(p: ParamSpec, v: Scalar, grid: Grid, r: number, c: number): unknown {
  switch (p.type) {
    case 'number':
      return readNumber(p, v, grid, r, c);
    case 'direction':
      return readDirection(p, v, grid, r, c);
    case 'text':
      return readText(v);
    case 'boolean':
      return readBoolean(p, v);
    case 'option':
      return readOption(p, v);
    case 'any':
      return v === '' ? null : v;
  }
}

function isOmitted(raw: unknown): boolean {
  if (isBlank(raw)) return true;
  // A single blank cell passed as a 1×1 range is the same as an omitted argument.
  return Array.isArray(raw) && raw.length === 1 && Array.isArray(raw[0]) && raw[0].length === 1 && isBlank(raw[0][0]);
}

/** Reads a whole (non element-wise) argument as the spec declares it. */
export function readArgument(p: ParamSpec, raw: unknown): unknown {
  if (isOmitted(raw)) {
    if (p.default !== undefined) return p.default;
    if (p.optional) return null;
    throw argumentError('missingValue', { name: p.name });
  }
  // Hot path: a large range of plain numbers (how large data arrives) is passed on without a
  // copy. Small ranges (directions, weights) take the general path, which reads them the same
  // way: kept out of plainNumbers, they leave its loop compiled for the data's arrays alone
  // (V8 specialises the loop to the kinds of array it has seen; small integer vectors next to
  // decimal data made it ~3× slower).
  if (p.type === 'number' && (p.shape === 'matrix' || p.shape === 'vector') && cellCount(raw) >= HOT_PATH_CELLS) {
    const plain = plainNumbers(p, raw);
    if (plain !== null && p.shape === 'matrix') return plain;
    if (plain !== null && (plain.length === 1 || plain[0].length === 1)) return plain.length === 1 ? plain[0].slice() : plain.map((r) => r[0]);
  }
  // Hot path for a long column of labels (units, periods, groups beside a panel): read in one pass, no row copies.
  if (p.type === 'any' && p.shape === 'vector' && cellCount(raw) >= HOT_PATH_CELLS) {
    const labels = plainLabels(raw as unknown[]);
    if (labels !== null) return labels;
  }
  const grid = toGrid(p, raw);
  switch (p.shape) {
    case 'scalar':
    case 'element': {
      if (grid.length !== 1 || grid[0].length !== 1) {
        throw argumentError('notSingleValue', { name: p.name, rows: grid.length, cols: grid[0].length });
      }
      return readCell(p, grid[0][0], grid, 0, 0);
    }
    case 'vector': {
      if (grid.length !== 1 && grid[0].length !== 1) {
        throw argumentError('notVector', { name: p.name, rows: grid.length, cols: grid[0].length });
      }
      const out: unknown[] = [];
      grid.forEach((row, r) => row.forEach((v, c) => out.push(readCell(p, v, grid, r, c))));
      return out;
    }
    case 'matrix':
      return grid.map((row, r) => row.map((v, c) => readCell(p, v, grid, r, c)));
  }
}

/** Ranges of fewer cells than this are read by the general path. */
const HOT_PATH_CELLS = 256;

/** Rows × columns of the first row, for a range; 0 for anything else. */
function cellCount(raw: unknown): number {
  return Array.isArray(raw) && raw.length > 0 && Array.isArray(raw[0]) ? raw.length * (raw[0] as unknown[]).length : 0;
}

/**
 * The raw range itself when it is rectangular and every cell is a finite number
 * within the parameter's bounds, as readCell would read it; null otherwise
 * (the general path then reads it, with its messages).
 */
function plainNumbers(p: ParamSpec, raw: unknown): readonly (readonly number[])[] | null {
  if (!Array.isArray(raw) || raw.length === 0 || !Array.isArray(raw[0])) return null;
  const width = (raw[0] as unknown[]).length;
  if (width === 0) return null;
  const bounded = p.min !== undefined || p.max !== undefined || p.above !== undefined || p.below !== undefined;
  for (let r = 0; r < raw.length; r++) {
    const row: unknown = raw[r];
    if (!Array.isArray(row) || row.length !== width) return null;
    for (let c = 0; c < width; c++) {
      const v: unknown = row[c];
      // v - v is 0 for a finite number, NaN for NaN and ±Infinity.
      if (typeof v !== 'number' || v - v !== 0 || (bounded && !inBounds(p, v))) return null;
    }
  }
  return raw as number[][];
}

/**
 * A column of plain cells (numbers, texts, logical values, blanks) as the
 * general path reads an `any` vector — a blank ("" or null) as null — or null
 * when a row is not one cell or a cell is anything else (an error value), so
 * that the general path reads it with its messages.
 */
function plainLabels(raw: readonly unknown[]): unknown[] | null {
  const out: unknown[] = new Array(raw.length);
  for (let r = 0; r < raw.length; r++) {
    const row: unknown = raw[r];
    if (!Array.isArray(row) || row.length !== 1) return null;
    const v: unknown = row[0];
    if (v === null || v === undefined || v === '') out[r] = null;
    else if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') out[r] = v;
    else return null;
  }
  return out;
}

function inBounds(p: ParamSpec, v: number): boolean {
  return !(
    (p.min !== undefined && v < p.min) ||
    (p.max !== undefined && v > p.max) ||
    (p.above !== undefined && v <= p.above) ||
    (p.below !== undefined && v >= p.below)
  );
}

// ---------------------------------------------------------------------------
// Element-wise functions: broadcast every `element` argument to one shape

function invokeElementwise(spec: FunctionSpec, args: readonly unknown[]): ExcelResult {
  const n = spec.params.length;
  // Per parameter: the grid of an element argument (undefined when omitted), read in place;
  // whether every cell of it is known to be a finite number within bounds (read as is); and,
  // for a numeric range taken as it came, that its cells are still to be checked (`unchecked`):
  // the tight loop checks them as it reads them, and gives way to the general path if one fails.
  const grids: (Grid | undefined)[] = new Array(n);
  const clean: boolean[] = new Array(n).fill(false);
  const unchecked: boolean[] = new Array(n).fill(false);
  let rows = 1;
  let cols = 1;
  let shapeFrom = '';
  spec.params.forEach((p, i) => {
    if (p.shape !== 'element' || (p.optional && isOmitted(args[i]))) return;
    const raw = args[i];
    let grid: Grid;
    if (p.type === 'number' && cellCount(raw) > 1) {
      grid = raw as Grid;
      unchecked[i] = true;
    } else {
      grid = elementGrid(p, raw);
      clean[i] = p.type === 'number' && grid.length === 1 && grid[0].length === 1 && isPlainNumber(p, grid[0][0]);
    }
    grids[i] = grid;
    const [r, c] = [grid.length, grid[0].length];
    if (r === 1 && c === 1) return;
    if (shapeFrom === '') {
      [rows, cols, shapeFrom] = [r, c, p.name];
    } else if (r !== rows || c !== cols) {
      throw argumentError('shapeMismatch', { first: shapeFrom, firstShape: [rows, cols], name: p.name, shape: [r, c] });
    }
  });
  // Scalar arguments (options, thresholds, labels) are read once for every cell.
  const fixed = spec.params.map((p, i) => (p.shape === 'element' ? undefined : readArgument(p, args[i])));
  const single = grids.map((g) => g !== undefined && g.length === 1 && g[0].length === 1);

  // A range of clean numbers: the tight loop (a single cell gains nothing from its set-up).
  if (rows * cols > 1 && n <= 5 && spec.params.every((p, i) => p.shape !== 'element' || grids[i] === undefined || clean[i] || unchecked[i])) {
    const result = elementwiseClean(spec, grids, single, unchecked, fixed, rows, cols);
    if (result !== null) return result;
  }
  // The general path, cell by cell with its messages; ranges taken as they came are now read as toGrid would.
  spec.params.forEach((p, i) => {
    if (unchecked[i]) grids[i] = elementGrid(p, args[i]);
  });
  const values: unknown[] = new Array(n); // the core's arguments for one cell, reused from cell to cell
  const out: ExcelResult = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const line: ExcelCell[] = new Array(cols);
    for (let c = 0; c < cols; c++) line[c] = toExcelCell(spec, elementCell(spec, grids, single, fixed, values, r, c));
    out[r] = line;
  }
  return out;
}

/** A finite number within the parameter's bounds: what readCell reads as is. */
function isPlainNumber(p: ParamSpec, v: unknown): v is number {
  return typeof v === 'number' && v - v === 0 && inBounds(p, v);
}

/** An argument of the tight loop: its grid, the mask that indexes it, and its cells' checks (if still to be made). */
interface LoopArgument {
  grid: readonly (readonly unknown[])[];
  /** −1: a range, every cell; 0: one value for every cell. */
  mask: number;
  /** Whether its rows and cells are still to be checked (a range taken as it came). */
  check: boolean;
  /** inBounds as four comparisons: v ≥ lo, v ≤ hi, v > above, v < below (infinite when the spec sets none). */
  lo: number;
  hi: number;
  above: number;
  below: number;
}

/**
 * The element-wise loop when every element argument is a numeric range or a
 * clean single value (or omitted) and there are at most 5 parameters: what
 * elementCell and toExcelCell give for each cell, without reading each cell by
 * its spec. Every argument is indexed as a grid, at [r & mask][c & mask]: a
 * range with the mask −1 (every cell), a single value or a scalar argument as
 * a 1×1 grid with the mask 0, so the loop reads the ranges' cells where they
 * are and boxes nothing. A range's rows and cells are checked as they are read
 * (an array of the common width; a finite number within the bounds): at the
 * first that is not, null, and the general path reads the arguments with its
 * messages. The core's DomainError is caught per cell, and each row of the
 * result is built once.
 */
function elementwiseClean(
  spec: FunctionSpec,
  grids: readonly (Grid | undefined)[],
  single: readonly boolean[],
  unchecked: readonly boolean[],
  fixed: readonly unknown[],
  rows: number,
  cols: number,
): ExcelResult | null {
  const n = spec.params.length;
  // Every LoopArgument is made by this one function, so all have one shape and the loop's reads of them stay monomorphic.
  const argument = (grid: readonly (readonly unknown[])[], mask: number, check: boolean, p?: ParamSpec): LoopArgument => ({
    grid,
    mask,
    check,
    lo: p?.min ?? -Infinity,
    hi: p?.max ?? Infinity,
    above: p?.above ?? -Infinity,
    below: p?.below ?? Infinity,
  });
  const loop: LoopArgument[] = spec.params.map((p, i) => {
    const grid = grids[i];
    if (p.shape !== 'element') return argument([[fixed[i]]], 0, false);
    if (grid === undefined) return argument([[p.default !== undefined ? p.default : null]], 0, false);
    // Ranges taken as they came have more than one cell (a 1×1 range is read and checked before): never single.
    return argument(grid, single[i] ? 0 : -1, unchecked[i], p);
  });
  while (loop.length < 5) loop.push(argument([[undefined]], 0, false));
  return cleanLoopFor(spec)(spec, n, loop, rows, cols);
}

type CleanLoop = (spec: FunctionSpec, n: number, loop: readonly LoopArgument[], rows: number, cols: number) => ExcelResult | null;

/**
 * One loop per function, made on its first range and kept: V8 keeps what it
 * learns (the function the loop calls, the kinds of number it passes) per
 * closure, so in a loop of its own each core function is called directly and
 * can be inlined, its numbers passed without boxing; one loop shared by every
 * element-wise function calls through a property of many values, about twice
 * as slow on 100,000 cells.
 */
const cleanLoops = new WeakMap<FunctionSpec, CleanLoop>();

function cleanLoopFor(spec: FunctionSpec): CleanLoop {
  let loop = cleanLoops.get(spec);
  if (loop === undefined) {
    loop = makeCleanLoop(spec.compute);
    cleanLoops.set(spec, loop);
  }
  return loop;
}

function makeCleanLoop(compute: FunctionSpec['compute']): CleanLoop {
  return (spec, n, loop, rows, cols) => {
    const [a0, a1, a2, a3, a4] = loop;
    const [g0, g1, g2, g3, g4] = [a0.grid, a1.grid, a2.grid, a3.grid, a4.grid];
    const [m0, m1, m2, m3, m4] = [a0.mask, a1.mask, a2.mask, a3.mask, a4.mask];
    const out: ExcelResult = new Array(rows);
    for (let r = 0; r < rows; r++) {
      const r0 = g0[r & m0];
      const r1 = g1[r & m1];
      const r2 = g2[r & m2];
      const r3 = g3[r & m3];
      const r4 = g4[r & m4];
      if (!rowFits(a0, r0, cols) || !rowFits(a1, r1, cols) || !rowFits(a2, r2, cols) || !rowFits(a3, r3, cols) || !rowFits(a4, r4, cols)) return null;
      const line: ExcelCell[] = new Array(cols);
      for (let c = 0; c < cols; c++) {
        const v0 = r0[c & m0];
        const v1 = r1[c & m1];
        const v2 = r2[c & m2];
        const v3 = r3[c & m3];
        const v4 = r4[c & m4];
        if (!cellFits(a0, v0) || !cellFits(a1, v1) || !cellFits(a2, v2) || !cellFits(a3, v3) || !cellFits(a4, v4)) return null;
        let result: unknown;
        try {
          switch (n) {
            case 1:
              result = compute(v0);
              break;
            case 2:
              result = compute(v0, v1);
              break;
            case 3:
              result = compute(v0, v1, v2);
              break;
            case 4:
              result = compute(v0, v1, v2, v3);
              break;
            default:
              result = compute(v0, v1, v2, v3, v4);
          }
        } catch (e) {
          if (!(e instanceof DomainError)) throw e;
          line[c] = toExcelError(spec, e);
          continue;
        }
        if (typeof result === 'number' && result - result === 0 && !(result === 0 && 1 / result < 0)) line[c] = result;
        else line[c] = toCellOfElement(spec, result);
      }
      out[r] = line;
    }
    return out;
  };
}

/** A row of a range still to be checked: an array of the common width. */
function rowFits(a: LoopArgument, row: unknown, cols: number): boolean {
  return !a.check || (Array.isArray(row) && row.length === cols);
}

/** A cell of a range still to be checked: a finite number within the bounds (isPlainNumber). */
function cellFits(a: LoopArgument, v: unknown): boolean {
  return !a.check || (typeof v === 'number' && v - v === 0 && v >= a.lo && v <= a.hi && v > a.above && v < a.below);
}

/** A result cell other than a plain number: elementCell's check, then toExcelCell. */
function toCellOfElement(spec: FunctionSpec, result: unknown): ExcelCell {
  if (result instanceof Promise || Array.isArray(result)) throw new Error('an element-wise function must return one value per cell');
  return toExcelCell(spec, result);
}

/**
 * An element argument as a grid without copying a range: the same checks as
 * toGrid (a rectangular range of numbers, texts, logical values or blanks),
 * cells read where they are (undefined is read as a blank).
 */
function elementGrid(p: ParamSpec, raw: unknown): Grid {
  if (!Array.isArray(raw)) return toGrid(p, raw);
  if (raw.length === 0 || !raw.every((r) => Array.isArray(r))) return toGrid(p, raw);
  const width = (raw[0] as unknown[]).length;
  for (const row of raw as unknown[][]) {
    if (width === 0 || row.length !== width) return toGrid(p, raw);
    // An error value stays in the grid: it becomes the error of its own result cell (elementCell).
    for (let c = 0; c < width; c++) if (!isErrorInput(row[c])) toScalar(p, row[c]);
  }
  return raw as Grid;
}

function elementCell(
  spec: FunctionSpec,
  grids: readonly (Grid | undefined)[],
  single: readonly boolean[],
  fixed: readonly unknown[],
  values: unknown[],
  r: number,
  c: number,
): Cell {
  try {
    for (let i = 0; i < values.length; i++) {
      const p = spec.params[i];
      if (p.shape !== 'element') {
        values[i] = fixed[i];
        continue;
      }
      const grid = grids[i];
      if (grid === undefined) {
        values[i] = p.default !== undefined ? p.default : null;
        continue;
      }
      const gr = single[i] ? 0 : r;
      const gc = single[i] ? 0 : c;
      const raw = grid[gr][gc];
      if (isErrorInput(raw)) throw inputError(p, raw.code, where(grid, gr, gc));
      // A finite number within bounds is read as is: what readCell gives it, without the call.
      const v =
        p.type === 'number' && typeof raw === 'number' && raw - raw === 0 && inBounds(p, raw)
          ? raw
          : readCell(p, raw ?? null, grid, gr, gc);
      if (v === null) {
        // A blank in a required element argument leaves the result cell blank;
        // in an optional one it takes the default (exports omitted = 0).
        if (p.optional && p.default !== undefined && p.blanks !== 'error') values[i] = p.default;
        else if (p.blanks === 'error') throw argumentError('blankValue', { name: p.name, at: where(grid, gr, gc) });
        else return '';
      } else {
        values[i] = v;
      }
    }
    const result = spec.compute(...values);
    if (result instanceof Promise || Array.isArray(result)) {
      throw new Error('an element-wise function must return one value per cell');
    }
    return result;
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
}

// ---------------------------------------------------------------------------
// Writing results

function toExcelResult(spec: FunctionSpec, result: Cell | Cell[] | Cell[][]): ExcelResult {
  let table: Cell[][];
  if (!Array.isArray(result)) table = [[result]];
  else if (result.length === 0) return [[toExcelError(spec, fromCatalogue('na', 'emptyResult', {}))]];
  else if (result.every((r) => Array.isArray(r))) table = result as Cell[][];
  else if (spec.result.shape === 'row') table = [result as Cell[]];
  else return toExcelColumn(spec, result as Cell[]);
  // A loop, not Math.max(...rows): spreading a long column's rows overflows the call stack.
  let width = 0;
  for (let r = 0; r < table.length; r++) if (table[r].length > width) width = table[r].length;
  // A full row of values Excel can show as they are is passed on as is (no copy).
  const out: ExcelResult = new Array(table.length);
  for (let r = 0; r < table.length; r++) {
    const row = table[r];
    out[r] = row.length === width && showsAsIs(row) ? (row as ExcelCell[]) : toExcelRow(spec, row, width);
  }
  return out;
}

/** A flat list laid out as a column: one row of one cell per value, each cell as toExcelCell gives it. */
function toExcelColumn(spec: FunctionSpec, values: readonly unknown[]): ExcelResult {
  const out: ExcelResult = new Array(values.length);
  for (let r = 0; r < values.length; r++) {
    const v = values[r];
    out[r] = [typeof v === 'number' && v - v === 0 && !(v === 0 && 1 / v < 0) ? v : toExcelCell(spec, v)];
  }
  return out;
}

function toExcelRow(spec: FunctionSpec, row: readonly Cell[], width: number): ExcelCell[] {
  const cells = row.map((v) => toExcelCell(spec, v));
  while (cells.length < width) cells.push('');
  return cells;
}

/** True when toExcelCell would return every cell unchanged: finite numbers other than −0, texts, logical values. */
function showsAsIs(row: readonly unknown[]): boolean {
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (typeof v === 'number') {
      if (v - v !== 0 || (v === 0 && 1 / v < 0)) return false;
    } else if (typeof v !== 'string' && typeof v !== 'boolean') {
      return false;
    }
  }
  return true;
}

/** The last guard: whatever the core returned, Excel gets a value it can show. */
function toExcelCell(spec: FunctionSpec, v: unknown): ExcelCell {
  if (v instanceof DomainError) return toExcelError(spec, v);
  if (v instanceof ExcelError) return v;
  if (typeof v === 'number') {
    if (Number.isNaN(v) || !Number.isFinite(v)) return new ExcelError('#NUM!');
    return Object.is(v, -0) ? 0 : v;
  }
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  return '';
}
