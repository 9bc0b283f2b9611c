/**
 * Test-only: a real spreadsheet engine (HyperFormula, GPL-3.0, a dev
 * dependency never imported from src/) with the NQP functions registered as a
 * function plugin that calls the add-in's adapter, `invoke(spec, args)`, on
 * the values the engine passes, as Excel would call the custom functions.
 *
 * - Ranges arrive as SimpleRangeValue and are passed on as Excel-shaped 2-D
 *   arrays (empty cells null, as Excel on the web sends them); an omitted or
 *   empty argument is null.
 * - Results: a 1×1 result is a scalar; larger ones spill. HyperFormula must know
 *   the size of a spilling result before it computes it, so the caller gives
 *   each NQP formula's expected size (from the direct computation) by cell.
 * - Error values become HyperFormula errors of the same kind.
 * - DEA / MALMQUIST return a Promise, which a HyperFormula function cannot: the
 *   first pass starts them on the arguments the engine passed and shows #N/A;
 *   once they settle the engine recalculates and the plugin returns the cached
 *   results (see `computeWorkbook`).
 *
 * Two Excel functions the templates use and HyperFormula lacks, RANK.EQ and
 * SORTBY, are added by a small shim plugin here (test-only as well).
 */
import {
  ArraySize,
  CellError,
  type CellValue,
  DetailedCellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  type ImplementedFunctions,
  type RawCellContent,
  SimpleRangeValue,
} from 'hyperformula';
import { ExcelError, invoke } from '../../src/excel/adapter';
import { specs, specByName } from '../../src/registry';

interface Call {
  procedureName: string;
  args: unknown[];
}
interface State {
  formulaAddress: { sheet: number; row: number; col: number };
}
type Size = { rows: number; cols: number };
type ExcelValue = number | string | boolean | ExcelError;

const ERROR_TYPE: Record<ExcelError['code'], ErrorType> = {
  '#VALUE!': ErrorType.VALUE,
  '#N/A': ErrorType.NA,
  '#DIV/0!': ErrorType.DIV_BY_ZERO,
  '#NUM!': ErrorType.NUM,
};

/** HyperFormula's value of a cell → what Excel passes to a custom function. */
function scalar(v: unknown): number | string | boolean | null | CellError {
  if (v === EmptyValue || v === undefined || v === null) return null;
  if (v instanceof CellError) return v;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  // A number with a format subtype (percent, date …) is an object holding `val`.
  if (typeof v === 'object' && typeof (v as { val?: unknown }).val === 'number') return (v as { val: number }).val;
  throw new Error(`unexpected HyperFormula value ${String(v)}`);
}

function toExcelArgument(v: unknown): unknown {
  if (v instanceof SimpleRangeValue) return v.data.map((row) => row.map(scalar));
  return scalar(v);
}

function firstError(args: unknown[]): CellError | undefined {
  for (const a of args) {
    if (a instanceof CellError) return a;
    if (Array.isArray(a)) for (const row of a) for (const v of row as unknown[]) if (v instanceof CellError) return v;
  }
  return undefined;
}

function toEngineValue(v: ExcelValue): number | string | boolean | CellError {
  return v instanceof ExcelError ? new CellError(ERROR_TYPE[v.code], v.message) : v;
}

/**
 * An error as the result of the formula at `where`: spread over its size when it spills, since
 * HyperFormula cannot read a range that is exactly a spilled array holding a single error
 * ("Unknown array"), as when one asynchronous result feeds another formula whole.
 */
function errorOfSize(where: string, error: CellError): CellError | SimpleRangeValue {
  const s = NqpPlugin.sizes.get(where);
  if (!s || (s.rows === 1 && s.cols === 1)) return error;
  return SimpleRangeValue.onlyValues(Array.from({ length: s.rows }, () => Array.from({ length: s.cols }, () => error)));
}

/** The NQP functions as HyperFormula sees them. */
export class NqpPlugin extends FunctionPlugin {
  static implementedFunctions: ImplementedFunctions = Object.fromEntries(
    specs.map((spec) => [
      `NQP.${spec.name}`,
      {
        method: 'nqp',
        sizeOfResultArrayMethod: 'nqpSize',
        parameters: spec.params.map(() => ({ argumentType: FunctionArgumentType.ANY, optionalArg: true })),
        vectorizationForbidden: true,
      },
    ]),
  );

  /** Each spilling formula's size, by "sheet,row,col" (0-based; sheet = HyperFormula's sheet id). */
  static sizes = new Map<string, Size>();
  /** Settled results of asynchronous functions, by function and arguments. */
  static settled = new Map<string, ExcelValue[][]>();
  /** Asynchronous calls started in this pass. */
  static pending: Promise<void>[] = [];
  /** Every call the engine made: function name and its Excel-shaped arguments, by cell. */
  static calls = new Map<string, { name: string; args: unknown[] }>();

  nqp(ast: Call, state: State): unknown {
    const name = ast.procedureName.replace(/^NQP\./, '');
    const spec = specByName.get(name);
    if (!spec) return new CellError(ErrorType.NAME, `NQP.${name} is not registered`);
    const where = `${state.formulaAddress.sheet},${state.formulaAddress.row},${state.formulaAddress.col}`;
    return this.runFunction(ast.args as never, state as never, this.metadata(ast.procedureName), (...raw: unknown[]) => {
      const args = raw.map(toExcelArgument);
      const error = firstError(args);
      // Excel does not call a custom function with an error argument: the error propagates.
      if (error) return errorOfSize(where, error);
      NqpPlugin.calls.set(where, { name, args });
      let result = invoke(spec, args);
      if (result instanceof Promise) {
        const key = `${name}:${JSON.stringify(args)}`;
        const done = NqpPlugin.settled.get(key);
        if (!done) {
          NqpPlugin.pending.push(result.then((r) => void NqpPlugin.settled.set(key, r)));
          return errorOfSize(where, new CellError(ErrorType.NA, 'computing'));
        }
        result = done;
      }
      if (result.length === 1 && result[0].length === 1) return toEngineValue(result[0][0]);
      return SimpleRangeValue.onlyValues(result.map((row) => row.map(toEngineValue)));
    });
  }

  nqpSize(_ast: Call, state: State): ArraySize {
    const s = NqpPlugin.sizes.get(`${state.formulaAddress.sheet},${state.formulaAddress.row},${state.formulaAddress.col}`);
    return s ? new ArraySize(s.cols, s.rows) : ArraySize.scalar();
  }
}

/** RANK.EQ and SORTBY, which the templates use and HyperFormula does not have. */
export class ExcelShimsPlugin extends FunctionPlugin {
  static implementedFunctions: ImplementedFunctions = {
    'RANK.EQ': {
      method: 'rankEq',
      parameters: [
        { argumentType: FunctionArgumentType.NUMBER },
        { argumentType: FunctionArgumentType.RANGE },
        { argumentType: FunctionArgumentType.NUMBER, defaultValue: 0 },
      ],
    },
    SORTBY: {
      method: 'sortBy',
      sizeOfResultArrayMethod: 'sortBySize',
      parameters: [
        { argumentType: FunctionArgumentType.RANGE },
        { argumentType: FunctionArgumentType.RANGE },
        { argumentType: FunctionArgumentType.NUMBER, defaultValue: 1 },
      ],
      vectorizationForbidden: true,
    },
  };

  rankEq(ast: Call, state: State): unknown {
    return this.runFunction(ast.args as never, state as never, this.metadata('RANK.EQ'), (x: number, ref: SimpleRangeValue, order: number) => {
      const values = ref.data.flat().map(scalar).filter((v): v is number => typeof v === 'number');
      if (!values.includes(x)) return new CellError(ErrorType.NA);
      return 1 + values.filter((v) => (order === 0 ? v > x : v < x)).length;
    });
  }

  sortBy(ast: Call, state: State): unknown {
    return this.runFunction(ast.args as never, state as never, this.metadata('SORTBY'), (array: SimpleRangeValue, by: SimpleRangeValue, order: number) => {
      const rows = array.data;
      const keys = by.data.map((r) => scalar(r[0]));
      if (keys.length !== rows.length) return new CellError(ErrorType.VALUE);
      const index = rows.map((_, i) => i);
      // Stable, numbers before text, as Excel sorts.
      index.sort((i, j) => {
        const a = keys[i];
        const b = keys[j];
        const cmp = typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b));
        return order < 0 ? -cmp : cmp;
      });
      return SimpleRangeValue.onlyValues(index.map((i) => rows[i]));
    });
  }

  sortBySize(ast: Call, state: State): ArraySize {
    // A fresh size: the argument's own is a reference, which HyperFormula would treat as a scalar.
    const s = this.arraySizeForAst(ast.args[0] as never, state as never);
    return new ArraySize(s.width, s.height);
  }
}

let registered = false;
function register(): void {
  if (registered) return;
  const names = (p: { implementedFunctions: ImplementedFunctions }): Record<string, string> =>
    Object.fromEntries(Object.keys(p.implementedFunctions).map((n) => [n, n]));
  HyperFormula.registerFunctionPlugin(NqpPlugin, { enGB: names(NqpPlugin) });
  HyperFormula.registerFunctionPlugin(ExcelShimsPlugin, { enGB: names(ExcelShimsPlugin) });
  registered = true;
}

export interface ComputedWorkbook {
  engine: HyperFormula;
  /** HyperFormula's sheet id of each sheet, in order. */
  sheetIds: number[];
  /** How many times the engine recalculated for asynchronous results. */
  passes: number;
}

/**
 * Builds the engine on `sheets` (raw contents: numbers, booleans, "=formulas",
 * strings, which are written with a leading apostrophe so they stay text) and
 * computes it, waiting for asynchronous NQP functions. `sizes` gives each
 * spilling NQP formula's size, by sheet index and "row,col".
 */
export async function computeWorkbook(sheets: { name: string; cells: RawCellContent[][] }[], sizes: Map<number, Map<string, Size>>): Promise<ComputedWorkbook> {
  register();
  NqpPlugin.sizes = new Map();
  NqpPlugin.pending = [];
  NqpPlugin.calls = new Map();
  sizes.forEach((bySheet, sheetIndex) => bySheet.forEach((s, rc) => NqpPlugin.sizes.set(`${sheetIndex},${rc}`, s)));
  const contents = Object.fromEntries(sheets.map((s) => [s.name, s.cells]));
  // TRUE and FALSE as Excel writes them in arguments (HyperFormula knows only TRUE() and FALSE()).
  const constants = [
    { name: 'TRUE', expression: '=TRUE()' },
    { name: 'FALSE', expression: '=FALSE()' },
  ];
  const buildEngine = (): HyperFormula => HyperFormula.buildFromSheets(contents, { licenseKey: 'gpl-v3' }, constants);
  let engine = buildEngine();
  let passes = 0;
  while (NqpPlugin.pending.length > 0) {
    if (++passes > 5) throw new Error('asynchronous NQP results did not settle');
    const waiting = NqpPlugin.pending;
    NqpPlugin.pending = [];
    await Promise.all(waiting);
    // A fresh engine on the same contents (rebuildAndRecalculate would keep spilled values as contents).
    engine.destroy();
    NqpPlugin.calls = new Map();
    engine = buildEngine();
  }
  const sheetIds = sheets.map((s) => engine.getSheetId(s.name)!);
  sheetIds.forEach((id, i) => {
    if (id !== i) throw new Error('sheet ids are not in order');
  });
  return { engine, sheetIds, passes };
}

/** A cell's computed value. */
export function valueAt(engine: HyperFormula, sheet: number, row: number, col: number): CellValue {
  return engine.getCellValue({ sheet, row, col });
}

export { DetailedCellError };
