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

function toCustomFunctionsCell(v: ExcelCell): number | string | boolean | CustomFunctions.Error {
  if (!(v instanceof ExcelError)) return v;
  return v.message ? new CustomFunctions.Error(errorCode(v), v.message) : new CustomFunctions.Error(errorCode(v));
}

const toCustomFunctionsResult = (r: ExcelResult): (number | string | boolean | CustomFunctions.Error)[][] =>
  r.map((row) => row.map(toCustomFunctionsCell));

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
