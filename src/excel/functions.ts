/**
 * The custom functions' entry point (functions.js): registers every function
 * of the registry with Excel under its spec name. Loaded by the shared
 * runtime's page (taskpane.html) and named as the CustomFunctions script in
 * the manifest. The only file that touches the CustomFunctions API.
 */
import { specs } from '../registry';
import { type ExcelCell, ExcelError, type ExcelResult, invoke } from './adapter';

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

export function registerFunctions(): void {
  for (const spec of specs) {
    CustomFunctions.associate(spec.name, (...args: unknown[]) => {
      // Excel may append an invocation object after the declared arguments: the adapter reads only the declared ones.
      const result = invoke(spec, args.slice(0, spec.params.length));
      return result instanceof Promise ? result.then(toCustomFunctionsResult) : toCustomFunctionsResult(result);
    });
  }
}

registerFunctions();
