import { interpolate } from '../../../core/composite-workflow/interpolate';
import { COMPOSITE_WORKFLOW } from '../../categories';
import type { FunctionSpec } from '../../types';

/** tests/fixtures/composite-workflow/treatment.json, cases series_*: two series over nine periods. */
const SERIES = [[null, 5], [2, null], [null, 4], [null, null], [3.5, 8.5], [null, null], [7, 2], [null, null], [null, 10]];

/** A long panel sorted by year, then unit: units A and B interleaved over four years. */
const PANEL_UNITS = [['A'], ['B'], ['A'], ['B'], ['A'], ['B'], ['A'], ['B']];
const PANEL = [[1], [null], [null], [10], [4], [null], [null], [16]];

export const interpolateSpec: FunctionSpec = {
  name: 'INTERPOLATE',
  category: COMPOSITE_WORKFLOW,
  description: {
    en: 'Fills the blanks of time series by linear interpolation between the nearest values before and after; with units, each unit of a long panel on its own.',
    zh: '用前后最近的数值做线性插值，填补时间序列中的空白；给出 units 时，对长格式面板中的每个单位分别处理。',
  },
  help: {
    en:
      'Rows are periods in order, equally spaced: one row per period, so a year without data is a row with a blank, not a missing row. Each column is a series, interpolated on its own. ' +
      "A blank between values at periods a and b gets v_a + (t − a)(v_b − v_a)/(b − a), the straight line between the nearest values before and after (numpy's interp, COINr's impute_panel \"linear\"). " +
      'units (optional): the unit of each row of a long panel (one row per unit and period). Each unit\'s series is its rows in the order they stand in the range, so the units may come in blocks (sorted by unit, then year) or interleaved (sorted by year, then unit); the rows of a unit must be in time order. Unit labels are compared as Excel compares cells (numbers by value, texts ignoring case). A row whose unit is blank belongs to no series and is returned as it is. ' +
      'ends, for the blanks before the first value and after the last of a series: "blank" (default) leaves them blank; "nearest" copies the first (last) value; "extrapolate" extends the line through the first two (last two) values (scipy\'s interp1d with fill_value "extrapolate"). A series with a single value has no line to extend: with "extrapolate" its blanks stay blank (use "nearest" to copy the value). A series with no value stays blank. ' +
      'Values present are returned unchanged; the result has the shape of values, blanks left unfilled are empty (""). A single row without units is read as one series along the row (years across the columns). ' +
      'Blank cells: an empty cell reads as blank on every platform. Text in values is #VALUE!, naming the cell, never 0. ' +
      'Errors, #VALUE!: an unknown ends; units with a different number of rows from values. ' +
      'Source: COINr v1.1.14 (bluefoxr/COINr), impute_panel; checked against numpy.interp and scipy.interpolate.interp1d (tests/fixtures/composite-workflow/treatment.py).',
    zh:
      '行是按顺序排列、间隔相等的时期：每期一行，某年没有数据时应是一个含空白的行，而不是缺少这一行。每列是一个序列，分别插值。' +
      '位于时期 a 与 b 的数值之间的空白取 v_a + (t − a)(v_b − v_a)/(b − a)，即前后最近两个数值之间的直线（与 numpy 的 interp 及 COINr 的 impute_panel "linear" 相同）。' +
      'units（可选）：长格式面板（每个单位每期一行）中每行所属的单位。每个单位的序列为该单位在区域中按出现顺序排列的各行，因此各单位可以成块排列（先按单位、再按年份排序），也可以交错排列（先按年份、再按单位排序）；同一单位的各行须按时间顺序排列。单位标签按 Excel 比较单元格的方式判断是否相同（数字按数值，文本不区分大小写）。单位为空白的行不属于任何序列，原样返回。' +
      'ends 决定序列第一个数值之前和最后一个数值之后的空白："blank"（默认）保持空白；"nearest" 复制第一个（最后一个）数值；"extrapolate" 沿前两个（后两个）数值所确定的直线外推（与 scipy 的 interp1d 取 fill_value "extrapolate" 相同）。只有一个数值的序列无法确定直线：在 "extrapolate" 下其空白保持空白（如需复制该数值请用 "nearest"）。没有数值的序列保持空白。' +
      '非空值原样返回；结果与 values 形状相同，未填补的空白为空（""）。不带 units 的单独一行视为沿该行排列的一个序列（年份横向排列）。' +
      '空白单元格：各平台上空单元格均按空白读取。values 中出现文本时返回 #VALUE! 并指明单元格，绝不当作 0。' +
      '错误（#VALUE!）：ends 无法识别；units 的行数与 values 不同。' +
      '来源：COINr v1.1.14（bluefoxr/COINr）impute_panel；已与 numpy.interp 和 scipy.interpolate.interp1d 的结果核对（tests/fixtures/composite-workflow/treatment.py）。',
  },
  params: [
    {
      name: 'values',
      type: 'number',
      shape: 'matrix',
      blanks: 'missing',
      description: {
        en: 'Periods in rows, in time order (with units: one row per unit and period); one series per column; blanks are filled.',
        zh: '时期为行，按时间顺序排列（带 units 时每个单位每期一行）；每列一个序列；空白单元格将被填补。',
      },
    },
    {
      name: 'units',
      type: 'any',
      shape: 'vector',
      optional: true,
      description: {
        en: 'The unit of each row of a long panel (n×1); omitted: every row belongs to one series.',
        zh: '长格式面板每行所属的单位（n×1）；省略时所有行属于同一序列。',
      },
    },
    {
      name: 'ends',
      type: 'option',
      shape: 'scalar',
      optional: true,
      default: 'blank',
      options: ['blank', 'nearest', 'extrapolate'],
      description: {
        en: 'Blanks before the first and after the last value: "blank" (default), "nearest" or "extrapolate".',
        zh: '第一个数值之前和最后一个数值之后的空白："blank"（默认，保持空白）、"nearest"（取最近的数值）或 "extrapolate"（线性外推）。',
      },
    },
  ],
  result: {
    shape: 'matrix',
    header: false,
    description: { en: 'The values with their blanks filled, same shape as values.', zh: '填补空白后的数值，形状与 values 相同。' },
  },
  glossary: ['interpolation', 'composite-index'],
  examples: [
    {
      title: { en: 'Two series: the blanks between values filled, the ends left blank', zh: '两个序列：填补数值之间的空白，两端保持空白' },
      args: [SERIES],
      expected: [['', 5], [2, 4.5], [2.5, 4], [3, 6.25], [3.5, 8.5], [5.25, 5.25], [7, 2], ['', 6], ['', 10]],
      tolerance: 1e-12,
      source: 'numpy.interp: tests/fixtures/composite-workflow/treatment.json, case series_blank (treatment.py)',
    },
    {
      title: { en: 'The same series, extrapolated at both ends', zh: '同一序列，两端线性外推' },
      args: [SERIES, null, 'extrapolate'],
      expected: [[1.5, 5], [2, 4.5], [2.5, 4], [3, 6.25], [3.5, 8.5], [5.25, 5.25], [7, 2], [8.75, 6], [10.5, 10]],
      tolerance: 1e-12,
      source: 'scipy.interpolate.interp1d(fill_value = "extrapolate"): treatment.json, case series_extrapolate',
    },
    {
      title: {
        en: 'A long panel sorted by year, then unit: each unit interpolated on its own, the ends from the nearest value',
        zh: '先按年份、再按单位排序的长格式面板：每个单位分别插值，两端取最近的数值',
      },
      args: [PANEL, PANEL_UNITS, 'nearest'],
      expected: [[1], [10], [2.5], [10], [4], [13], [4], [16]],
      tolerance: 1e-12,
      source: 'derived by hand: unit A is 1, ·, 4, · → 1, 2.5, 4, 4 and unit B ·, 10, ·, 16 → 10, 10, 13, 16 (numpy.interp([0, 1, 2, 3], …) gives the same)',
    },
    {
      title: { en: 'A single row is one series along the row', zh: '单独一行视为沿该行排列的一个序列' },
      args: [[[null, 1, null, null, 4, null]], null, 'extrapolate'],
      expected: [[0, 1, 2, 3, 4, 5]],
      tolerance: 1e-12,
      source: 'scipy.interpolate.interp1d(fill_value = "extrapolate"): treatment.json, case row_extrapolate',
    },
    {
      title: { en: 'One value cannot be extrapolated: the ends stay blank', zh: '只有一个数值时无法外推：两端保持空白' },
      args: [[[null], [3], [null]], null, 'extrapolate'],
      expected: [[''], [3], ['']],
      source: "the function's convention (documented in the help): a line needs two values",
    },
  ],
  compute: interpolate,
};
