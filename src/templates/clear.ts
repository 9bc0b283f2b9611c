/**
 * "Clear sample data": empties the illustrative sample of a template on the
 * active sheet, and nothing else.
 *
 * The sample is found through the sheet's NQP_SAMPLE_* names (written on
 * insertion, src/templates/sample.ts). Only cells inside those names are
 * touched, and of those only the ones that still hold the sample value the
 * definition put there: the analyst's own entries, formulas, formats and data
 * validation all stay (contents only are cleared).
 *
 * At most three context.sync() calls: the sheet's names; the named cells'
 * values and formulas; the clearing (left out when there is nothing to clear
 * or the analyst says no). Needs ExcelApi 1.4 (worksheet-scoped names).
 */
import { capabilities } from './insert';
import { loadDefinitions } from './index';
import type { Lang } from './model';
import { SAMPLE_PREFIX, sampleBlockOf, sampleCells } from './sample';

export type ClearOutcome = 'cleared' | 'no-sample' | 'all-replaced' | 'cancelled' | 'unsupported';

export interface ClearResult {
  outcome: ClearOutcome;
  /** The cells cleared. */
  cleared: number;
  /** Cells inside the sample names that hold something else (the analyst's own entries): kept. */
  kept: number;
  /** The active sheet's name ('' when Excel was not asked). */
  sheet: string;
  /** What happened, in `lang`, for the status line. */
  message: string;
}

/** What is asked before clearing: how many cells on which sheet. */
export interface ClearQuestion {
  sheet: string;
  cells: number;
}

const cellsEn = (n: number): string => `${n} ${n === 1 ? 'cell' : 'cells'}`;

/** The message of a result, in the sheet language. */
export function clearMessage(outcome: ClearOutcome, cleared: number, kept: number, sheet: string, lang: Lang): string {
  if (lang === 'zh') {
    switch (outcome) {
      case 'cleared':
        return `已清除工作表“${sheet}”中的 ${cleared} 个示例单元格。` + (kept > 0 ? `您自己填写的 ${kept} 个单元格保持不变。` : '');
      case 'no-sample':
        return `活动工作表“${sheet}”中没有 NQP 示例数据：请先选中由模板插入的工作表。`;
      case 'all-replaced':
        return `工作表“${sheet}”中已没有示例值：示例单元格均已填入您的数据或为空，未作任何更改。`;
      case 'cancelled':
        return '未清除任何内容。';
      case 'unsupported':
        return '清除示例数据需要 ExcelApi 1.4（Excel 2019、Microsoft 365 或网页版 Excel）：请手动清除黄色单元格中的示例值。';
    }
  }
  switch (outcome) {
    case 'cleared':
      return `Cleared ${cellsEn(cleared)} of sample data on sheet “${sheet}”.` + (kept > 0 ? ` ${cellsEn(kept)} with your own entries ${kept === 1 ? 'was' : 'were'} kept.` : '');
    case 'no-sample':
      return `The active sheet “${sheet}” holds no NQP sample data: select a sheet inserted from a template first.`;
    case 'all-replaced':
      return `No sample value is left on sheet “${sheet}”: every sample cell already holds your own data or is empty. Nothing was changed.`;
    case 'cancelled':
      return 'Nothing was cleared.';
    case 'unsupported':
      return 'Clearing the sample data needs ExcelApi 1.4 (Excel 2019, Microsoft 365 or Excel on the web): clear the sample values in the yellow cells by hand.';
  }
}

const result = (outcome: ClearOutcome, cleared: number, kept: number, sheet: string, lang: Lang): ClearResult => ({
  outcome,
  cleared,
  kept,
  sheet,
  message: clearMessage(outcome, cleared, kept, sheet, lang),
});

const isEmpty = (v: unknown): boolean => v === '' || v === null || v === undefined;

/**
 * Clears the sample inputs of the active sheet. `confirm`, when given, is asked
 * (with the number of cells) before anything is cleared; resolving false
 * leaves the sheet as it is. Resolves to what was done, with a message in `lang`.
 */
export async function clearSampleInputs(lang: Lang = 'en', confirm?: (question: ClearQuestion) => Promise<boolean>): Promise<ClearResult> {
  if (!capabilities().names) return result('unsupported', 0, 0, '', lang);
  const definitions = await loadDefinitions();
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load('name');
    const names = sheet.names;
    names.load('items/name,items/type');
    await context.sync();

    // Names whose cells were all deleted refer to #REF! (type Error): nothing left to clear there.
    const found = names.items
      .filter((item) => item.type === 'Range' && item.name.toUpperCase().startsWith(SAMPLE_PREFIX))
      .map((item) => ({ item, sample: sampleBlockOf(item.name, definitions) }))
      .flatMap(({ item, sample }) => (sample ? [{ block: sample.block, range: item.getRange() }] : []));
    if (found.length === 0) return result('no-sample', 0, 0, sheet.name, lang);
    for (const f of found) f.range.load('values,formulas');
    await context.sync();

    let cleared = 0;
    let kept = 0;
    const plan = found.map(({ block, range }) => {
      const marks = sampleCells(block, range.values, range.formulas);
      marks.forEach((row, i) =>
        row.forEach((mark, j) => {
          if (mark) cleared++;
          else if (!isEmpty(range.values[i][j]) || !isEmpty(range.formulas[i][j])) kept++;
        }),
      );
      return { range, marks };
    });
    if (cleared === 0) return result('all-replaced', 0, kept, sheet.name, lang);
    if (confirm && !(await confirm({ sheet: sheet.name, cells: cleared }))) return result('cancelled', 0, kept, sheet.name, lang);

    for (const { range, marks } of plan) {
      if (marks.every((row) => row.every(Boolean))) {
        range.clear('Contents');
        continue;
      }
      // Runs of sample cells along each row, one clear per run.
      marks.forEach((row, i) => {
        for (let j = 0; j < row.length; j++) {
          if (!row[j]) continue;
          let end = j;
          while (end + 1 < row.length && row[end + 1]) end++;
          const first = range.getCell(i, j);
          (end > j ? first.getResizedRange(0, end - j) : first).clear('Contents');
          j = end;
        }
      });
    }
    await context.sync();
    return result('cleared', cleared, kept, sheet.name, lang);
  });
}
