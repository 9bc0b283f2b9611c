/**
 * The input sizes the functions accept, and the size of what they return.
 * Beyond them a function answers at once with `#VALUE!` and a message that
 * names the limit and what to do, instead of keeping the add-in's runtime busy
 * for minutes, running out of memory, or leaving the cell at `#BUSY!`.
 *
 * What each platform carries (one custom-function call; Microsoft's "resource
 * limits and performance optimization" page for Office Add-ins, office-js#4654):
 *
 * | platform | request (all arguments) | response (the result) |
 * |---|---|---|
 * | Excel on the web | 5 MB | 5 MB; beyond it the cell stays at `#BUSY!` or shows `#CALC!` |
 * | Excel on Windows and on the Mac | no documented payload limit (memory, and Excel's 2^20 rows) | the same |
 *
 * One limit holds on every platform, the web's, so that a workbook computes
 * the same wherever it is opened: arguments together and the result each at
 * most 5,000,000 bytes as Excel sends them (JSON), counted per cell as
 * `payloadBytes` does: a number 20 bytes (a full-precision decimal and its
 * separator; shorter numbers take less, so the count errs on the safe side),
 * a text its length + 3, TRUE/FALSE 6, a blank 5, each row 2 more. A range
 * of numbers is counted from its size, every cell as a number (a text there
 * is #VALUE! anyway), so the count costs nothing; ranges that may hold text
 * are counted cell by cell, and a result when its labels hold text. That is
 * about 250,000 numbers in all. When the arguments are over the limit,
 * trailing rows that are blank in every argument of the same height are
 * dropped first, since they are not data (a whole-column reference, `A:A`,
 * sends a million of them); a call within the limit keeps its ranges as they
 * are, so a result keeps the shape of its input.
 *
 * | function | limit | why |
 * |---|---|---|
 * | every function | arguments together at most 5 MB as Excel sends them (≈ 250,000 numbers), the result likewise; at most 2,097,152 cells in each argument | Excel on the web carries no more; the cell cap is checked first, on the sizes alone |
 * | CRITIC_WEIGHTS | `data` with at most 100 columns (indicators) | it correlates every pair of columns: rows × columns² / 2 operations (10,000 rows × 100 columns ≈ 2 s) |
 * | AHP_WEIGHTS, AHP_CONSISTENCY | `matrix` at most 100 × 100 (100 criteria, 4,950 judgements) | the principal eigenvector is found by power iteration, criteria² per step; AHP_CONSISTENCY itself stops at 15 criteria (Saaty's random index) |
 * | RANK_UNCERTAINTY | `runs` × cells of `data` at most 50,000,000, and `runs` × rows of `data` at most 10,000,000 | every run recomputes and ranks every unit (≈ 1 s at the limit); the ranks of every run are kept for the percentiles (40 MB at the limit) |
 * | MORAN_I, GEARY_C, LOCAL_MORAN, MARKOV_TRANSITION (`weights`), SPATIAL_WEIGHTS (`coordinates`) | at most 4,000 units (rows of the weights or coordinates) | the weights are built as a dense n × n matrix, 8 bytes a pair: 128 MB at 4,000 units (2,800 counties take 63 MB and about 0.3 s) |
 * | SPATIAL_WEIGHTS | at most 499 units | its n × n result must fit the 5 MB Excel on the web returns: the other spatial functions take the coordinates and build the weights inside, at any size up to 4,000 |
 * | LOCAL_MORAN | `permutations` × the positive weights at most 1,000,000,000 draws | enforced by its core (src/core/regional/local-moran.ts MAX_LOCAL_MORAN_DRAWS): about 10 s, asynchronous; 99 permutations of dense weights at 2,800 units, or 99,999 with a few neighbours each |
 * | DEA_EFFICIENCY, DEA_DETAILS, MALMQUIST | at most 5,000 units; MALMQUIST at most 100,000 panel rows | enforced by the DEA core (src/core/productivity/dea-model.ts MAX_DEA_UNITS, src/core/productivity/long-panel.ts MAX_PANEL_ROWS): one linear programme per unit, solved asynchronously so Excel stays responsive |
 *
 * The per-argument cap applies to a range argument (a scalar is one cell); an
 * element-wise function's result has the shape of its largest argument.
 */
import type { DomainError } from '../core/shared/errors';
import type { FunctionSpec } from '../registry/types';
import { fromCatalogue, type MessageId, type MessageParams } from './messages';

/** The #VALUE! of a limit, with its message from the catalogue (src/excel/messages.ts). */
const limitError = <K extends MessageId>(id: K, params: MessageParams<K>): DomainError => fromCatalogue('value', id, params);

/** Cells in one argument: two whole columns of a sheet (2 × 2^20 rows). */
export const MAX_CELLS_PER_ARGUMENT = 2_097_152;
/** Bytes of the arguments together, and of the result, as Excel sends them: what Excel on the web carries in one call. */
export const MAX_PAYLOAD_BYTES = 5_000_000;
/** Bytes counted for one number (see payloadBytes). */
export const NUMBER_BYTES = 20;
/** CRITIC_WEIGHTS: columns (indicators) of `data`. */
export const MAX_CRITIC_COLUMNS = 100;
/** AHP_WEIGHTS and AHP_CONSISTENCY: criteria (rows and columns of the pairwise matrix). */
export const MAX_AHP_CRITERIA = 100;
/** RANK_UNCERTAINTY: runs × cells of data. */
export const MAX_RANK_RUN_CELLS = 50_000_000;
/** RANK_UNCERTAINTY: runs × rows of data (the ranks kept for the percentiles). */
export const MAX_RANK_RUN_ROWS = 10_000_000;
/** The spatial functions: units (rows of the weights or coordinates), whose n × n weights are built in memory. */
export const MAX_SPATIAL_UNITS = 4_000;

// Bound once: a global looked up in a hot loop is slow in some hosts' sandboxes (jest's, for one).
const isArray = Array.isArray;

/** The size of a value as Excel sends it (JSON of the rows), counted as the table at the top says. */
export function payloadBytes(raw: unknown): number {
  if (!isArray(raw)) return cellBytes(raw);
  let bytes = 2;
  for (let r = 0; r < raw.length; r++) {
    const row: unknown = raw[r];
    if (!isArray(row)) {
      bytes += cellBytes(row) + 1;
      continue;
    }
    bytes += 3;
    for (let c = 0; c < row.length; c++) {
      const v: unknown = row[c];
      bytes += typeof v === 'number' ? NUMBER_BYTES : cellBytes(v);
    }
  }
  return bytes;
}

function cellBytes(v: unknown): number {
  if (typeof v === 'number') return NUMBER_BYTES;
  if (typeof v === 'string') return v.length + 3;
  if (typeof v === 'boolean') return 6;
  // null, an error or anything else Excel sends as a small object
  return 5;
}

/** A blank cell as Excel sends it: null (the web), undefined, or an empty text. */
export const isBlank = (v: unknown): boolean => v === null || v === undefined || v === '';

/** Index one past the last row of `raw` that has a non-blank cell (0 when every row is blank). */
function dataRows(raw: readonly unknown[]): number {
  for (let r = raw.length - 1; r >= 0; r--) {
    const row: unknown = raw[r];
    if (!Array.isArray(row)) return r + 1;
    for (let c = 0; c < row.length; c++) if (!isBlank(row[c])) return r + 1;
  }
  return 0;
}

/**
 * Drops trailing rows that are blank in every range argument of the same
 * height (a whole-column reference sends a million): arguments of one height
 * stay aligned, and a range whose own tail is blank beside a longer one keeps
 * its rows. At least one row is kept. Arguments of other heights, scalars and
 * single rows are left as they are; nothing is copied but the outer arrays.
 */
export function trimBlankTails(args: readonly unknown[]): readonly unknown[] {
  let out: unknown[] | null = null;
  const heights = new Set<number>();
  for (const a of args) if (Array.isArray(a) && a.length > 1) heights.add(a.length);
  for (const h of heights) {
    let keep = 0;
    for (const a of args) if (Array.isArray(a) && a.length === h) keep = Math.max(keep, dataRows(a));
    keep = Math.max(keep, 1);
    if (keep === h) continue;
    out ??= [...args];
    for (let i = 0; i < out.length; i++) {
      const a = out[i];
      if (Array.isArray(a) && a.length === h) out[i] = a.slice(0, keep);
    }
  }
  return out ?? args;
}

/** The #VALUE! when a result is larger than Excel on the web carries, or null. */
export function resultSizeError(result: readonly (readonly unknown[])[]): DomainError | null {
  const rows = result.length;
  const width = result[0]?.length ?? 0;
  // Counted from the size alone while every cell would fit as a number and no row or column of labels holds text
  // (the functions' texts are headers and labels; their tables are numbers): no pass over the cells.
  if (2 + rows * (3 + width * NUMBER_BYTES) <= MAX_PAYLOAD_BYTES && !labelsHoldText(result)) return null;
  const bytes = payloadBytes(result);
  if (bytes <= MAX_PAYLOAD_BYTES) return null;
  return limitError('resultTooLarge', { bytes, rows, cols: width });
}

/** The message (English) when a result is larger than Excel on the web carries, or null. */

/** Whether the first row or the first column of a table holds text (a header row, unit labels). */
function labelsHoldText(table: readonly (readonly unknown[])[]): boolean {
  const first = table[0] ?? [];
  for (let c = 0; c < first.length; c++) if (typeof first[c] === 'string') return true;
  for (let r = 1; r < table.length; r++) if (typeof table[r][0] === 'string') return true;
  return false;
}

/** Rows and columns of a raw argument as Excel sends it (a scalar is 1×1); null for a malformed one, which the adapter reports. */
function dimensions(raw: unknown): [number, number] | null {
  if (!Array.isArray(raw)) return [1, 1];
  const first: unknown = raw[0];
  if (!Array.isArray(first)) return null;
  return [raw.length, first.length];
}

/** A raw scalar number argument, or its default when omitted; NaN when it is not a number (the adapter reports that). */
function scalarNumber(spec: FunctionSpec, args: readonly unknown[], name: string): number {
  const i = spec.params.findIndex((p) => p.name === name);
  let raw: unknown = i < 0 ? undefined : args[i];
  if (Array.isArray(raw) && raw.length === 1 && Array.isArray(raw[0]) && raw[0].length === 1) raw = raw[0][0];
  if (raw === null || raw === undefined || raw === '') raw = i < 0 ? undefined : spec.params[i].default;
  return typeof raw === 'number' ? raw : NaN;
}

function argumentOf(spec: FunctionSpec, args: readonly unknown[], name: string): unknown {
  return args[spec.params.findIndex((p) => p.name === name)];
}

/** A limit beyond the per-argument cap: returns its #VALUE! when the call exceeds it. */
type FunctionLimit = (spec: FunctionSpec, args: readonly unknown[]) => DomainError | null;

function squareMatrixLimit(spec: FunctionSpec, args: readonly unknown[]): DomainError | null {
  const d = dimensions(argumentOf(spec, args, 'matrix'));
  if (d === null || Math.max(d[0], d[1]) <= MAX_AHP_CRITERIA) return null;
  return limitError('tooManyCriteria', { max: MAX_AHP_CRITERIA, rows: d[0], cols: d[1] });
}

/** A spatial function: at most MAX_SPATIAL_UNITS rows in its weights (or coordinates) argument. */
const spatialUnits =
  (argument: string): FunctionLimit =>
  (spec, args) => {
    const d = dimensions(argumentOf(spec, args, argument));
    if (d === null || d[0] <= MAX_SPATIAL_UNITS) return null;
    return limitError('tooManyUnits', { name: argument, max: MAX_SPATIAL_UNITS, units: d[0] });
  };

/** The largest n whose n×n numeric result fits MAX_PAYLOAD_BYTES (the row and table brackets counted as payloadBytes does). */
const largestSquareResult = (): number => {
  let n = 1;
  while (2 + (n + 1) * (3 + NUMBER_BYTES * (n + 1)) <= MAX_PAYLOAD_BYTES) n++;
  return n;
};

/** The limits of particular functions, by name. */
export const functionLimits: Readonly<Record<string, FunctionLimit>> = {
  MORAN_I: spatialUnits('weights'),
  GEARY_C: spatialUnits('weights'),
  LOCAL_MORAN: spatialUnits('weights'),
  MARKOV_TRANSITION: spatialUnits('weights'),
  SPATIAL_WEIGHTS: (spec, args) => {
    const d = dimensions(argumentOf(spec, args, 'coordinates'));
    const most = largestSquareResult();
    if (d === null || d[0] <= most) return null;
    return limitError('tooManyWeightUnits', { max: most, units: d[0] });
  },
  CRITIC_WEIGHTS: (spec, args) => {
    const d = dimensions(argumentOf(spec, args, 'data'));
    if (d === null || d[1] <= MAX_CRITIC_COLUMNS) return null;
    return limitError('tooManyColumns', { max: MAX_CRITIC_COLUMNS, columns: d[1] });
  },
  AHP_WEIGHTS: squareMatrixLimit,
  AHP_CONSISTENCY: squareMatrixLimit,
  RANK_UNCERTAINTY: (spec, args) => {
    const d = dimensions(argumentOf(spec, args, 'data'));
    const runs = Math.trunc(scalarNumber(spec, args, 'runs'));
    // Runs outside the spec's bounds are the adapter's #NUM!, not a size limit.
    const bounds = spec.params.find((p) => p.name === 'runs');
    if (d === null || !(runs >= (bounds?.min ?? 1) && runs <= (bounds?.max ?? Infinity))) return null;
    const [rows, cols] = d;
    if (runs * rows * cols > MAX_RANK_RUN_CELLS) {
      return limitError('tooManyRunCells', { max: MAX_RANK_RUN_CELLS, runs, cells: rows * cols });
    }
    if (runs * rows > MAX_RANK_RUN_ROWS) {
      return limitError('tooManyRunRows', { max: MAX_RANK_RUN_ROWS, runs, rows });
    }
    return null;
  },
};

/**
 * Throws `#VALUE!` (a DomainError of kind "value") when a call exceeds a limit.
 * Cheap: it looks only at the sizes of the arguments, never at their cells.
 */
/** The bytes of a call's declared arguments together, as payloadBytes counts them. */
function argumentBytes(spec: FunctionSpec, args: readonly unknown[]): number {
  let bytes = 0;
  for (let i = 0; i < spec.params.length; i++) {
    const p = spec.params[i];
    const d = dimensions(args[i]);
    // A range of numbers (or directions, or logical values) is counted from its size: every cell as a number, the
    // most such a cell takes. A text in it is #VALUE! when it is read, whatever its length. Ranges that may hold
    // text (labels, codes) are counted cell by cell.
    if (d !== null && Array.isArray(args[i]) && (p.type === 'number' || p.type === 'direction' || p.type === 'boolean')) {
      bytes += 2 + d[0] * (3 + d[1] * NUMBER_BYTES);
    } else {
      bytes += payloadBytes(args[i]);
    }
  }
  return bytes;
}

/**
 * The arguments as the function will read them: as Excel sent them, or, when
 * they are over the payload limit, with their trailing blank rows dropped
 * (trimBlankTails). Then checks every limit (throws #VALUE! beyond one).
 */
export function fitArguments(spec: FunctionSpec, raw: readonly unknown[]): readonly unknown[] {
  // Past the cell cap (A:C sends 3 million cells) trim at once: it costs nothing when the tail holds data.
  let args = raw;
  let trimmed = false;
  if (args.some((a) => cellsOf(a) > MAX_CELLS_PER_ARGUMENT)) {
    args = trimBlankTails(args);
    trimmed = true;
  }
  checkCellCap(spec, args);
  let bytes = argumentBytes(spec, args);
  if (!trimmed && bytes > MAX_PAYLOAD_BYTES) {
    const shorter = trimBlankTails(args);
    if (shorter !== args) bytes = argumentBytes(spec, (args = shorter));
  }
  checkLimits(spec, args, bytes);
  return args;
}

function cellsOf(raw: unknown): number {
  const d = dimensions(raw);
  return d === null ? 0 : d[0] * d[1];
}

/** At most MAX_CELLS_PER_ARGUMENT cells in each argument: checked on the sizes alone, before any cell is looked at. */
function checkCellCap(spec: FunctionSpec, args: readonly unknown[]): void {
  spec.params.forEach((p, i) => {
    const d = dimensions(args[i]);
    if (d !== null && d[0] * d[1] > MAX_CELLS_PER_ARGUMENT) {
      throw limitError('tooManyCells', { name: p.name, max: MAX_CELLS_PER_ARGUMENT, rows: d[0], cols: d[1] });
    }
  });
}

export function checkLimits(spec: FunctionSpec, args: readonly unknown[], knownBytes?: number): void {
  checkCellCap(spec, args);
  const bytes = knownBytes ?? argumentBytes(spec, args);
  if (bytes > MAX_PAYLOAD_BYTES) {
    throw limitError('argumentsTooLarge', { bytes });
  }
  const error = functionLimits[spec.name]?.(spec, args) ?? null;
  if (error !== null) throw error;
}
