/**
 * Excel's error values and the shape of a result, as the adapter gives them:
 * a module of its own, so that the task pane (which shows results and
 * messages) needs neither the adapter nor what it imports.
 */
export type ExcelErrorCode = '#VALUE!' | '#N/A' | '#DIV/0!' | '#NUM!';

/** An Excel error value. Only #VALUE! and #N/A show their message in Excel. */
export class ExcelError {
  readonly code: ExcelErrorCode;
  readonly message: string;
  /**
   * The message whatever the code: Excel shows none for #DIV/0! and #NUM!, but the pane's error
   * explainer does (src/taskpane/explain.ts). Not enumerable, so it is not part of the value.
   */
  declare readonly detail: string;

  constructor(code: ExcelErrorCode, message = '') {
    this.code = code;
    this.message = code === '#VALUE!' || code === '#N/A' ? message : '';
    Object.defineProperty(this, 'detail', { value: message, enumerable: false });
  }
}

export type ExcelCell = number | string | boolean | ExcelError;
export type ExcelResult = ExcelCell[][];
