/**
 * The index builder in Excel: reads the analyst's selected table (one sync)
 * and writes the planned sheet (index-builder.ts) as a new sheet through the
 * templates' writer (two syncs: the names in use, then everything), never
 * touching an existing sheet. Three syncs in all.
 */
import { insertSheets } from '../templates/insert';
import type { Lang } from '../templates/model';
import { BuildError, type Choices, planIndex, type TableInfo } from './index-builder';

/** The selection as a table, and its address for the pane to show. */
export interface SelectedTable {
  table: TableInfo;
  address: string;
}

/** Reads the selected range as a table: its header row and its first column of unit names. */
export function readSelectedTable(): Promise<SelectedTable> {
  return Excel.run(async (context) => {
    const range = context.workbook.getSelectedRange();
    range.load('address,values,valueTypes,rowIndex,columnIndex,rowCount,columnCount');
    const sheet = range.worksheet.load('name');
    await context.sync();
    if (range.rowCount < 2 || range.columnCount < 3) {
      throw new BuildError({
        en: 'Select the whole table first: unit names in its first column, indicator names in its header row.',
        zh: '请先选中整个表格：第一列为单位名称，第一行为指标名称。',
      });
    }
    const headers = range.values[0].map((v, j) => (v === '' || v === null ? `Column ${j + 1}` : String(v)));
    const numeric = headers.map((_, j) =>
      range.valueTypes.slice(1).every((row) => row[j] === Excel.RangeValueType.double || row[j] === Excel.RangeValueType.empty),
    );
    return {
      table: { sheet: sheet.name, top: range.rowIndex, left: range.columnIndex, headers, rows: range.rowCount - 1, numeric },
      address: range.address,
    };
  });
}

/** Plans and writes the index sheet; resolves to its name. */
export function buildIndexSheet(table: TableInfo, choices: Choices, lang: Lang): Promise<string> {
  return insertSheets([planIndex(table, choices)], lang);
}
