import { impute } from '../../../core/composite-workflow/impute';
import { COMPOSITE_WORKFLOW } from '../../categories';
import type { FunctionSpec } from '../../types';

/** tests/fixtures/composite-workflow/treatment.json, case columns_mean. */
const DATA = [
  [1, null, 10],
  [2, 4, null],
  [null, 6, 30],
  [4, null, 40],
  [7.5, 9, null],
  [null, 1, 15],
];

/** The same fixture, cases groups_group-mean and groups_group-median. */
const GROUP_DATA = [
  [1, 8, null],
  [null, 6, 2],
  [3, null, null],
  [10, 2, 7],
  [null, 4, null],
  [20, null, 5],
  [null, 3, 9],
  [5, null, 1],
  [0, null, 100],
  [null, 30, null],
];
const GROUPS = [['East'], ['west'], ['EAST'], ['West'], ['east'], [1], ['1'], [null], ['west'], ['WEST']];
const NA = { error: '#N/A' } as const;

export const imputeSpec: FunctionSpec = {
  name: 'IMPUTE',
  category: COMPOSITE_WORKFLOW,
  description: {
    en: "Fills each blank cell with the mean or median of its column, or of its group's rows in that column; same shape as the data.",
    zh: '用所在列的均值或中位数（或该列中同组各行的均值或中位数）填补每个空白单元格；结果与数据形状相同。',
  },
  help: {
    en:
      "Imputation of missing data as COINr's i_mean, i_median, i_mean_grp and i_median_grp do it, column by column. method: " +
      '"mean" (default): the mean of the values present in the blank\'s column; "median": their median (MEDIAN: the middle value, or the mean of the two middle values); ' +
      '"group-mean" / "group-median": the mean or median of the values present in that column within the blank\'s group, from groups (one label per row of data, e.g. the region of each province). ' +
      'Values present are returned unchanged; the result has the shape of data, so one formula fills a whole table. ' +
      'Group labels may be numbers or texts and are compared as Excel compares cells: numbers by value, texts ignoring case ("East" and "east" are one group), a number never equal to a text (1 and "1" are two groups). A row whose group label is blank belongs to no group: its values take no part in any group\'s mean and its own blanks are #N/A. ' +
      'A column, or a group within a column, with no value at all gives #N/A in its blanks, in those cells only; the other cells are still filled. ' +
      'Panel data: for a long panel (one row per unit and year), "group-mean" with the years as groups fills a blank with that year\'s mean over the units; to fill it from the unit\'s own years, use INTERPOLATE. ' +
      'Blank cells: an empty cell reads as blank on every platform. Text in data is #VALUE!, never 0. ' +
      'Errors, #VALUE!: an unknown method; a group method without groups; groups with "mean" or "median" (they would be ignored: choose a group method or leave groups out); groups with a different number of rows from data. ' +
      'Source: COINr v1.1.14 (bluefoxr/COINr), R/impute.R; OECD/JRC Handbook on Constructing Composite Indicators (2008), step 3. Checked against numpy (tests/fixtures/composite-workflow/treatment.py).',
    zh:
      '缺失数据插补，与 COINr 的 i_mean、i_median、i_mean_grp、i_median_grp 相同，逐列进行。method：' +
      '"mean"（默认）为空白单元格所在列非空值的均值；"median" 为其中位数（同 MEDIAN：居中的数值，或居中两个数值的平均）；' +
      '"group-mean" / "group-median" 为该列中与空白单元格同组的非空值的均值或中位数，组别由 groups 给出（data 每行一个标签，例如各省所属地区）。' +
      '非空值原样返回；结果与 data 形状相同，一个公式即可填补整张表。' +
      '组别标签可以是数字或文本，按 Excel 比较单元格的方式判断是否相同：数字按数值，文本不区分大小写（"East" 与 "east" 为同一组），数字与文本从不相同（1 与 "1" 为两个组）。组别标签为空白的行不属于任何组：其数值不参与任何组的计算，其空白单元格返回 #N/A。' +
      '某列（或某列中的某组）没有任何数值时，其空白单元格返回 #N/A，仅限这些单元格；其余单元格照常填补。' +
      '面板数据：对于长格式面板（每个单位每年一行），以年份为组的 "group-mean" 用当年各单位的均值填补空白；若要用该单位自身其他年份的数值填补，请使用 INTERPOLATE。' +
      '空白单元格：各平台上空单元格均按空白读取。data 中出现文本时返回 #VALUE!，绝不当作 0。' +
      '错误（#VALUE!）：method 无法识别；使用分组方法却没有 groups；在 "mean" 或 "median" 下给出 groups（否则会被忽略：请选用分组方法或去掉 groups）；groups 的行数与 data 不同。' +
      '来源：COINr v1.1.14（bluefoxr/COINr）R/impute.R；OECD/JRC《构建综合指标手册》(2008) 第 3 步。已与 numpy 的计算结果核对（tests/fixtures/composite-workflow/treatment.py）。',
  },
  params: [
    {
      name: 'data',
      type: 'number',
      shape: 'matrix',
      blanks: 'missing',
      description: {
        en: 'Units in rows, indicators in columns; blank cells are the missing values to fill.',
        zh: '单位为行，指标为列；空白单元格即待填补的缺失值。',
      },
    },
    {
      name: 'method',
      type: 'option',
      shape: 'scalar',
      optional: true,
      default: 'mean',
      options: ['mean', 'median', 'group-mean', 'group-median'],
      description: {
        en: '"mean" (default) or "median" of the column; "group-mean" or "group-median" within the group (needs groups).',
        zh: '所在列的 "mean"（默认，均值）或 "median"（中位数）；"group-mean" 或 "group-median" 为组内均值或中位数（须给出 groups）。',
      },
    },
    {
      name: 'groups',
      type: 'any',
      shape: 'vector',
      optional: true,
      description: {
        en: 'With the group methods: the group label of each row of data (n×1; numbers or texts).',
        zh: '分组方法所用：data 每行所属组别的标签（n×1；数字或文本）。',
      },
    },
  ],
  result: {
    shape: 'matrix',
    header: false,
    description: { en: 'The data with its blanks filled, same shape as data.', zh: '填补空白后的数据，形状与 data 相同。' },
  },
  glossary: ['imputation', 'composite-index'],
  examples: [
    {
      title: { en: 'Column means', zh: '按列均值填补' },
      args: [DATA],
      expected: [
        [1, 5, 10],
        [2, 4, 23.75],
        [3.625, 6, 30],
        [4, 5, 40],
        [7.5, 9, 23.75],
        [3.625, 1, 15],
      ],
      tolerance: 1e-12,
      source: 'numpy.nanmean of each column: tests/fixtures/composite-workflow/treatment.json, case columns_mean (treatment.py)',
    },
    {
      title: { en: 'Column medians', zh: '按列中位数填补' },
      args: [DATA, 'median'],
      expected: [
        [1, 5, 10],
        [2, 4, 22.5],
        [3, 6, 30],
        [4, 5, 40],
        [7.5, 9, 22.5],
        [3, 1, 15],
      ],
      tolerance: 1e-12,
      source: 'numpy.nanmedian of each column: treatment.json, case columns_median',
    },
    {
      title: {
        en: 'Group medians: "East" and "east" are one group, 1 and "1" two; a group without values, or a blank group label, gives #N/A',
        zh: '组内中位数："East" 与 "east" 为同一组，1 与 "1" 为两个组；没有数值的组或空白组别标签返回 #N/A',
      },
      args: [GROUP_DATA, 'group-median', GROUPS],
      expected: [
        [1, 8, NA],
        [5, 6, 2],
        [3, 6, NA],
        [10, 2, 7],
        [2, 4, NA],
        [20, NA, 5],
        [NA, 3, 9],
        [5, NA, 1],
        [0, 6, 100],
        [5, 30, 7],
      ],
      tolerance: 1e-12,
      source: 'numpy.nanmedian within each group (labels compared as Excel does): treatment.json, case groups_group-median',
    },
    {
      title: { en: 'Group means of the same data', zh: '同一数据的组内均值' },
      args: [GROUP_DATA, 'group-mean', GROUPS],
      expected: [
        [1, 8, NA],
        [5, 6, 2],
        [3, 6, NA],
        [10, 2, 7],
        [2, 4, NA],
        [20, NA, 5],
        [NA, 3, 9],
        [5, NA, 1],
        [0, 12.666666666666666, 100],
        [5, 30, 36.333333333333336],
      ],
      tolerance: 1e-12,
      source: 'numpy.nanmean within each group: treatment.json, case groups_group-mean',
    },
    {
      title: { en: 'A group method needs groups: #VALUE!', zh: '分组方法须给出 groups：#VALUE!' },
      args: [DATA, 'group-mean'],
      expected: [[{ error: '#VALUE!' }]],
      source: 'catalogue: "group-mean" / "group-median" within its group (groups n×1)',
    },
  ],
  compute: impute,
};
