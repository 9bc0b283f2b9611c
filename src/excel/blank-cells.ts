/**
 * Blank cells mean the same on every platform.
 *
 * Excel on the web sends an empty cell as null; many builds of Excel on
 * Windows and Mac send it as 0 (office-js#4702, #5262), so a blank that a
 * function reads as a missing value (skipped, interpolated, a unit left out)
 * would be taken for a zero there, silently. The metadata asks for
 * `requiresParameterAddresses`: with the invocation object Excel then passes
 * the address of every argument that is a reference. Where such an argument
 * holds a 0 and Excel is not the web's, the functions runtime (the shared
 * runtime, which may call the Excel API) reads the value types of those cells,
 * clipped to the sheet's used range, in one sync for the whole call, and a 0 in
 * an Empty cell becomes null: the arguments the web would have sent.
 *
 * Nothing is read when no argument holds a 0, on the web, for an argument that
 * is not a reference (a computed array's 0 is a real zero), or with metadata
 * cached from a version that did not ask for the addresses. When the cells
 * cannot be read, the call's result is #VALUE! saying so, not a result that may
 * have counted blanks as zeros.
 */
import { splitReference } from '../core/shared/a1';
import type { DomainError } from '../core/shared/errors';
import { fromCatalogue } from './messages';

/** What Excel says of the cells of one argument: their value types over the part of it that lies in the used range. */
export interface CellKinds {
  /** The row and column, within the argument, of the first cell of `types`; every cell outside `types` is empty. */
  row: number;
  column: number;
  /** Range.valueTypes: "Empty", "Double", "String", "Boolean", "Error", … */
  types: readonly (readonly string[])[];
}

/** Reads the kinds of the cells at each address (one sync for all); rejects when Excel cannot. */
export type CellKindReader = (addresses: readonly string[]) => Promise<readonly CellKinds[]>;

function holdsZero(arg: unknown): boolean {
  if (arg === 0) return true;
  if (!Array.isArray(arg)) return false;
  for (const row of arg) {
    if (!Array.isArray(row)) return row === 0;
    for (let j = 0; j < row.length; j++) if (row[j] === 0) return true;
  }
  return false;
}

/** The argument with each 0 that lies in an Empty cell as null (rows copied only where one changes). */
function withBlanks(arg: unknown, kinds: CellKinds): unknown {
  const isEmpty = (r: number, c: number): boolean => {
    const row = kinds.types[r - kinds.row];
    return row === undefined || c < kinds.column || c - kinds.column >= row.length || row[c - kinds.column] === 'Empty';
  };
  if (!Array.isArray(arg)) return arg === 0 && isEmpty(0, 0) ? null : arg;
  let out: unknown[] | null = null;
  for (let i = 0; i < arg.length; i++) {
    const row = arg[i];
    if (!Array.isArray(row)) continue;
    let copy: unknown[] | null = null;
    for (let j = 0; j < row.length; j++) {
      if (row[j] === 0 && isEmpty(i, j)) (copy ??= row.slice())[j] = null;
    }
    if (copy !== null) (out ??= arg.slice())[i] = copy;
  }
  return out ?? arg;
}

/** Why the blanks could not be told from zeros: #VALUE! saying so, as the call's result. */
function unreadable(name: string | undefined, index: number, address: string, reason: string): DomainError {
  return fromCatalogue('value', 'blanksUnreadable', { name, index, address, reason });
}

/**
 * The arguments as Excel on the web would send them. `addresses` is the
 * invocation object's parameterAddresses (one per declared parameter; absent
 * with old metadata); `names` the parameters' names, for the message; `caller`
 * the invocation's own address; `zeroBlanks` whether this Excel may send a
 * blank as 0 (asked only when some argument needs checking). Returns
 * the arguments themselves (no read) when nothing needs checking; rejects with
 * #VALUE! (a DomainError) when the cells could not be read.
 */
export function restoreBlanks(
  args: readonly unknown[],
  addresses: readonly unknown[] | undefined,
  names: readonly string[],
  read: CellKindReader,
  caller?: unknown,
  zeroBlanks: () => boolean | Promise<boolean> = () => true,
): readonly unknown[] | Promise<readonly unknown[]> {
  if (!Array.isArray(addresses)) return args;
  const at: number[] = [];
  const refs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = addresses[i];
    // What Excel reports for an argument that is not a reference is not documented: an address that is the
    // formula's own cell (or no reference at all) is not read, so a literal 0 always stays 0.
    if (typeof a === 'string' && a !== caller && splitReference(a) !== null && holdsZero(args[i])) {
      at.push(i);
      refs.push(a);
    }
  }
  if (at.length === 0) return args;
  const applies = zeroBlanks();
  if (applies === false) return args;
  if (applies !== true) return applies.then((yes) => (yes ? readAndRestore(args, at, refs, names, read) : args));
  return readAndRestore(args, at, refs, names, read);
}

function readAndRestore(args: readonly unknown[], at: readonly number[], refs: readonly string[], names: readonly string[], read: CellKindReader): Promise<readonly unknown[]> {
  return read(refs).then(
    (kinds) => {
      const out = args.slice();
      at.forEach((i, k) => (out[i] = withBlanks(args[i], kinds[k])));
      return out;
    },
    (e: unknown) => {
      throw unreadable(names[at[0]], at[0], refs[0], e instanceof Error ? e.message : String(e));
    },
  );
}

/**
 * The CellKindReader of the shared runtime: Excel's own value types, in one
 * Excel.run and one sync for every address of the call. Each argument is
 * clipped to its sheet's used range (values only), so a whole column reads only
 * the rows that hold something.
 */
export const excelCellKinds: CellKindReader = (addresses) =>
  Excel.run(async (context) => {
    const parts = addresses.map((a) => {
      const ref = splitReference(a);
      if (ref === null || ref.sheet === null) throw new Error(`the address ${a} names no sheet`);
      const sheet = context.workbook.worksheets.getItem(ref.sheet);
      const range = sheet.getRange(ref.cells).load('rowIndex,columnIndex');
      const used = range.getIntersectionOrNullObject(sheet.getUsedRange(true)).load('rowIndex,columnIndex,valueTypes');
      return { range, used };
    });
    await context.sync();
    return parts.map(({ range, used }) =>
      used.isNullObject
        ? { row: 0, column: 0, types: [] }
        : { row: used.rowIndex - range.rowIndex, column: used.columnIndex - range.columnIndex, types: used.valueTypes as string[][] },
    );
  });
