/**
 * The custom functions' entry point (functions.js): registers every function
 * of the registry with Excel under its spec name. Loaded by the shared
 * runtime's page (taskpane.html) and named as the CustomFunctions script in
 * the manifest. The only file that touches the CustomFunctions API.
 */
import { specs } from '../registry';
import type { FunctionSpec } from '../registry/types';
import { type ExcelCell, ExcelError, type ExcelResult, invoke, isErrorInput, setMessageLanguage, toExcelError } from './adapter';
import { type CellKindReader, excelCellKinds, restoreBlanks } from './blank-cells';
import { type Language, loadChinese } from './messages';

const errorCode = (e: ExcelError): CustomFunctions.ErrorCode => {
  switch (e.code) {
    case '#VALUE!':
      return CustomFunctions.ErrorCode.invalidValue;
    case '#N/A':
      return CustomFunctions.ErrorCode.notAvailable;
    case '#DIV/0!':
      return CustomFunctions.ErrorCode.divisionByZero;
    case '#NUM!':
      return CustomFunctions.ErrorCode.invalidNumber;
  }
};

function toCustomFunctionsCell(v: ExcelCell): CustomFunctionsCell {
  if (!(v instanceof ExcelError)) return v;
  return v.message ? new CustomFunctions.Error(errorCode(v), v.message) : new CustomFunctions.Error(errorCode(v));
}

type CustomFunctionsCell = number | string | boolean | CustomFunctions.Error;

/**
 * The adapter's result with its error cells as CustomFunctions.Error. Only a
 * row that holds an error is copied (and then the outer array): a result of
 * numbers, the common case, is handed to Excel as it is, without a second
 * copy of a possibly million-cell table.
 */
export function toCustomFunctionsResult(r: ExcelResult): CustomFunctionsCell[][] {
  let out: ExcelCell[][] | null = null;
  for (let i = 0; i < r.length; i++) {
    const row = r[i];
    let copy: ExcelCell[] | null = null;
    for (let j = 0; j < row.length; j++) {
      const v = row[j];
      if (typeof v === 'object' && v instanceof ExcelError) {
        copy ??= row.slice();
        (copy as CustomFunctionsCell[])[j] = toCustomFunctionsCell(v);
      }
    }
    if (copy !== null) {
      out ??= r.slice();
      out[i] = copy;
    }
  }
  return (out ?? r) as CustomFunctionsCell[][];
}

/** Members of Excel's invocation object (CustomFunctions.Invocation), any of which marks it. */
const INVOCATION_KEYS = ['address', 'functionName', 'parameterAddresses', 'isInValuePreview', 'setResult', 'onCanceled'];

/**
 * Whether an argument is Excel's invocation object rather than a value. Excel
 * sends values as numbers, texts, booleans, null or arrays of rows; the
 * invocation object is a plain object. With metadata cached from an older
 * version (Excel keeps it for up to a day), Excel passes it in the place of a
 * parameter added since, which must then read as omitted.
 */
export function isInvocation(arg: unknown): boolean {
  if (typeof arg !== 'object' || arg === null || Array.isArray(arg)) return false;
  // An error value (allowErrorForDataTypeAny) is data: the adapter reads it.
  if (isErrorInput(arg)) return false;
  const keys = Object.keys(arg);
  return keys.length === 0 || INVOCATION_KEYS.some((k) => k in arg);
}

/** The declared arguments as the adapter reads them: any invocation object among them is an omitted argument. */
export function declaredArguments(args: readonly unknown[], count: number): unknown[] {
  const out = args.slice(0, count);
  for (let i = 0; i < out.length; i++) if (isInvocation(out[i])) out[i] = null;
  return out;
}

/** The invocation object among Excel's arguments: after the declared ones, or, with old metadata, in a newer parameter's place. */
function invocationOf(args: readonly unknown[]): { address?: unknown; parameterAddresses?: unknown } | null {
  for (let i = args.length - 1; i >= 0; i--) if (isInvocation(args[i])) return args[i] as { address?: unknown; parameterAddresses?: unknown };
  return null;
}

/**
 * Whether this Excel may send an empty cell as 0: any whose platform is not
 * the web (which sends null). Before Office has initialised, the answer waits
 * for Office.onReady; without Office (no host) it is no.
 */
export function mayZeroBlanks(): boolean | Promise<boolean> {
  return whenOfficeKnows(
    () => Office.context?.diagnostics !== undefined,
    () => {
      const platform: unknown = Office.context?.diagnostics?.platform;
      return typeof platform === 'string' && platform !== 'OfficeOnline';
    },
    false,
  );
}

/**
 * `read()` once Office can answer it: at once when `known()` (or when there is no Office.onReady), else after
 * Office.onReady; `none` without Office (no host) or when onReady fails.
 */
function whenOfficeKnows<T>(known: () => boolean, read: () => T, none: T): T | Promise<T> {
  if (typeof Office === 'undefined') return none;
  if (known() || typeof Office.onReady !== 'function') return read();
  return Office.onReady().then(read, () => none);
}

/**
 * One call as Excel makes it: the declared arguments (any invocation object
 * among them read as omitted), with their blank cells as the web sends them
 * (blank-cells.ts), through the adapter.
 */
export function call(
  spec: FunctionSpec,
  args: readonly unknown[],
  read: CellKindReader = excelCellKinds,
  zeroBlanks: () => boolean | Promise<boolean> = mayZeroBlanks,
): ExcelResult | Promise<ExcelResult> {
  const declared = declaredArguments(args, spec.params.length);
  const invocation = invocationOf(args);
  const addresses = invocation?.parameterAddresses;
  const restored = Array.isArray(addresses)
    ? restoreBlanks(
        declared,
        addresses,
        spec.params.map((p) => p.name),
        read,
        invocation?.address,
        zeroBlanks,
      )
    : declared;
  if (!(restored instanceof Promise)) return invoke(spec, restored);
  return restored.then(
    (a) => invoke(spec, a),
    (e: unknown) => [[toExcelError(spec, e)]],
  );
}

/** The messages' language for Excel's display language: Chinese for zh-CN, zh-TW, …, English for any other. */
export function languageOf(displayLanguage: unknown): Language {
  return typeof displayLanguage === 'string' && displayLanguage.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/**
 * Sets the language of the functions' messages from Excel's display language
 * (Office.context.displayLanguage): at once when Office has initialised, else
 * once Office.onReady resolves; without Office (no host) nothing: English.
 */
export function languageFromOffice(): void | Promise<void> {
  return whenOfficeKnows(
    () => Office.context?.displayLanguage !== undefined,
    () => {
      const language = languageOf(Office.context?.displayLanguage);
      setMessageLanguage(language);
      // The Chinese of the core's messages is a chunk of its own: fetched at once, where Excel is Chinese.
      if (language === 'zh') loadChinese().catch(() => undefined);
    },
    undefined,
  );
}

export function registerFunctions(): void {
  void languageFromOffice();
  for (const spec of specs) {
    CustomFunctions.associate(spec.name, (...args: unknown[]) => {
      // Excel appends an invocation object after the declared arguments, or, with old metadata, puts it where
      // a newer parameter stands: the adapter reads the declared arguments, with the invocation object as omitted.
      const result = call(spec, args);
      return result instanceof Promise ? result.then(toCustomFunctionsResult) : toCustomFunctionsResult(result);
    });
  }
}

// Without office.js (blocked by a proxy) there is no CustomFunctions to register with: the pane says why.
if (typeof CustomFunctions !== 'undefined') registerFunctions();
