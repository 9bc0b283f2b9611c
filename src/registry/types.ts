/**
 * The declarative spec of an Excel function: the one source of truth from which
 * the Excel metadata (functions.json, functions-zh-CN.json), the registration,
 * the help page, the task pane's function list and the example tests are derived.
 *
 * Nothing here touches Office: the registry is pure data plus a pointer to the
 * core function that computes the result.
 */
import type { Cell } from '../core/shared/errors';
import type { Text } from '../core/shared/text';

export type { Text };

/**
 * What one argument holds, once the adapter has read it:
 * - `number`: numbers (a blank is missing, see `blanks`; text is `#VALUE!`)
 * - `boolean`: TRUE/FALSE (also 1/0 and the texts "true"/"false")
 * - `option`: one of `options`, case-insensitive; the core receives it in lowercase
 * - `text`: any text (labels, names); numbers are turned into text
 * - `direction`: one direction per indicator: 1/-1, "+"/"-", "benefit"/"cost"; the core receives 1 or -1
 * - `any`: the raw values (numbers, texts, booleans, null for blanks), for arguments such as codes
 */
export type ParamType = 'number' | 'boolean' | 'option' | 'text' | 'direction' | 'any';

/**
 * How the argument is laid out in the sheet:
 * - `scalar`: one value (a single cell or a constant); the core receives the value
 * - `element`: an element-wise argument: a scalar or a range; every `element` argument of
 *   the function is broadcast to one common shape and the core is called once per cell
 * - `vector`: a 1×n row or an n×1 column; the core receives a flat array
 * - `matrix`: a range; the core receives a 2-D array, rows first
 */
export type ParamShape = 'scalar' | 'element' | 'vector' | 'matrix';

/**
 * What a blank cell (`null` or `""`) means in a `number` argument:
 * - `missing`: the core receives `null` (left out of statistics); the default for `vector` and `matrix`
 * - `default`: the parameter's default (for optional `element` arguments, e.g. exports omitted = 0)
 * - `error`: `#VALUE!` naming the argument and the cell
 * For `element` arguments, a blank in a required argument makes that result cell blank (`""`).
 */
export type BlankPolicy = 'missing' | 'default' | 'error';

export interface ParamSpec {
  /** Excel parameter name, lowerCamelCase, as the catalogue names it. */
  name: string;
  type: ParamType;
  shape: ParamShape;
  description: Text;
  optional?: boolean;
  /** Value used when the argument is omitted (`null`); the core never sees `null` for a defaulted argument. */
  default?: number | string | boolean;
  /** Allowed values of an `option` argument, lowercase. */
  options?: readonly string[];
  blanks?: BlankPolicy;
  /** Inclusive bounds of a number; outside them the result is `#NUM!`. */
  min?: number;
  max?: number;
  /** Exclusive bounds of a number; outside them the result is `#NUM!`. */
  above?: number;
  below?: number;
}

/**
 * The layout of a result:
 * - `scalar`: one value
 * - `element`: the broadcast shape of the `element` arguments (element-wise functions)
 * - `column`: one value per unit (row), n×1
 * - `row`: one value per column, 1×m
 * - `matrix`: any table; `header` says whether its first row is a header
 */
export interface ResultSpec {
  shape: 'scalar' | 'element' | 'column' | 'row' | 'matrix';
  header?: boolean;
  description: Text;
  /**
   * For a `column` result whose layout depends on an option: the values of that option for which the
   * result has one row per unit (`rows`), or a header row and then one row per unit (`header`); any other
   * value gives a table that is not per unit. Absent: one row per unit, whatever the option. The adapter
   * uses it to give a unit whose input row holds an error value that error in its own row.
   */
  perUnit?: { option: string; rows: readonly string[]; header: readonly string[] };
}

/** An expected result cell in an example: a value, or an Excel error. */
export type ExpectedCell = number | string | boolean | { error: '#VALUE!' | '#N/A' | '#DIV/0!' | '#NUM!' };

/** An argument as Excel sends it: a scalar, a 2-D array (rows first), or `null` when omitted. */
export type ExcelArg = number | string | boolean | null | (number | string | boolean | null)[][];

/**
 * An example is data: it is shown in the help and the task pane as a formula
 * with array constants, and a test runs it through the core and through the
 * Excel adapter.
 */
export interface Example {
  /** What the example shows. */
  title: Text;
  /** The arguments as Excel sends them (omitted trailing optional arguments may be left out). */
  args: ExcelArg[];
  /** The expected result, as a 2-D array (a single value is [[v]]). */
  expected: ExpectedCell[][];
  /** Absolute tolerance for numbers (default 1e-9). */
  tolerance?: number;
  /** Where the expected values come from (a paper, R, scipy, or "derived by hand: …"). */
  source: string;
}

/** The function that computes the result, given the arguments as the adapter reads them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Compute = (...args: any[]) => ComputeResult | Promise<ComputeResult>;

/** One value, a flat list (laid out as the result shape says: a column, or a row for `row`), or a table. */
export type ComputeResult = Cell | Cell[] | Cell[][];

export interface FunctionSpec {
  /** The Excel name without the namespace, UPPER_SNAKE: `DEPENDENCE_RATIO`. Never changes once shipped. */
  name: string;
  /** The catalogue section, e.g. "Security and external dependence". */
  category: Text;
  /** One line: what it returns. */
  description: Text;
  /** Fuller notes for the help: conventions, blank cells, error cases, sources. */
  help: Text;
  params: ParamSpec[];
  result: ResultSpec;
  /** Ids of the glossary terms this function measures. */
  glossary: string[];
  examples: Example[];
  /**
   * The core function. For element-wise functions (any `element` parameter)
   * it is called once per result cell with scalar arguments; otherwise once
   * with whole arrays.
   */
  compute: Compute;
  /**
   * Loads what compute needs that the functions runtime does not carry at startup (a lazy chunk, e.g. the
   * ISIC classification): a promise the first time, null once it is there, so calls stay synchronous.
   */
  prepare?: () => Promise<void> | null;
}

/**
 * A family of functions: one section of the catalogue, one folder of the same
 * name in src/core, src/registry/functions and tests/core.
 */
export interface Family {
  /** The folder name, e.g. `composite`. */
  folder: string;
  /** The catalogue section; every spec of the family carries it as its `category`. */
  category: Text;
  /** The family's functions in the catalogue's order. */
  specs: readonly FunctionSpec[];
}
