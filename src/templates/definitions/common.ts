/**
 * Pieces every template shares: the title and legend rows, the "About this
 * sheet" block, and the standard notes (illustrative sample, add-in needed).
 */
import { type Block, type CellContent, type Lang, type Text, cell, columnName, formula, parseCell, t } from '../model';

export const SAMPLE_NOTE = t(
  'Sample data: the numbers in the yellow cells are ILLUSTRATIVE, for fictional units; they are not real statistics. Replace them with your own data (or clear them).',
  '示例数据：黄色单元格中的数字仅为虚构单位的示意值，并非真实统计数据。请替换为您自己的数据（或清空）。',
);

export const EMPTY_NOTE = t(
  'The yellow input cells are empty: enter your own data; the results appear as you fill them.',
  '黄色输入单元格为空：请输入您自己的数据，结果会随填写自动计算。',
);

export const ADDIN_NOTE = t(
  'The NQP.* formulas need the NQP Toolkit add-in; without it Excel shows #NAME?. Dynamic-array Excel (Microsoft 365, Excel 2021 or later) spills each result into the green area below or to the right.',
  'NQP.* 公式需要 NQP Toolkit 加载项，否则 Excel 显示 #NAME?。动态数组版 Excel（Microsoft 365、Excel 2021 及以后）会将结果溢出到下方或右侧的绿色区域。',
);

export const LEGEND = t(
  'Yellow cells: your data (enter your data here). Green cells: computed by NQP formulas, do not type over them.',
  '黄色单元格：您的数据（请在此输入）。绿色单元格：由 NQP 公式计算，请勿覆盖。',
);

export const FRAMEWORK_SOURCE = t(
  'Framework: Huang Qunhui, "New Quality Productivity and Modernized Industrial Systems", China Watch 4(1), January 2024.',
  '框架：黄群慧，《新质生产力与现代化产业体系》，China Watch 第 4 卷第 1 期，2024 年 1 月。',
);

/** Title in B1 and the legend in B2. */
export function titleBlocks(title: Text): Block[] {
  return [
    { at: 'B1', role: 'title', cells: [[title]] },
    { at: 'B2', role: 'note', cells: [[LEGEND]] },
  ];
}

export interface About {
  purpose: Text;
  steps: Text[];
  functions: Text;
  sources: Text[];
  sample: 'illustrative' | 'empty';
}

/** The "About this sheet" block at `at`; returns the blocks and the first free row below (0-based). */
export function aboutBlocks(at: string, about: About): { blocks: Block[]; next: number } {
  const start = parseCell(at);
  const body: CellContent[][] = [
    [about.purpose],
    [t('How to fill it:', '填写方法：')],
    ...about.steps.map((s, i) => [t(`${i + 1}. ${s.en}`, `${i + 1}. ${s.zh}`)]),
    [about.functions],
    [about.sample === 'illustrative' ? SAMPLE_NOTE : EMPTY_NOTE],
    [ADDIN_NOTE],
  ];
  const blocks: Block[] = [
    { at, role: 'heading', cells: [[t('About this sheet', '关于本表')]] },
    { at: cell(start.row + 1, start.col), role: 'text', cells: body },
    { at: cell(start.row + 1 + body.length, start.col), role: 'source', cells: about.sources.map((s) => [s]) },
  ];
  return { blocks, next: start.row + 1 + body.length + about.sources.length + 1 };
}

/** A header row: one label per column. */
export function headerRow(at: string, labels: Text[]): Block {
  return { at, role: 'header', cells: [labels] };
}

/** A column of per-row plain formulas built from the 1-based Excel row number. */
export function perRow(rows: number, firstRow: number, make: (excelRow: number) => string): CellContent[][] {
  return Array.from({ length: rows }, (_, i) => [formula(make(firstRow + i + 1))]);
}

/** Letters of the column `n` places right of `letters`. */
export function colRight(letters: string, n: number): string {
  return columnName(parseCell(`${letters}1`).col + n);
}

/** The `lang` argument of label functions, as a formula literal. */
export const langArg = (lang: Lang): string => `"${lang}"`;
