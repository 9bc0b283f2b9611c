import { sigmaConvergence } from '../../../core/regional/sigma-convergence';
import { REGIONAL } from '../../categories';
import type { FunctionSpec } from '../../types';

const HEADER = ['period', 'n', 'mean', 'sd', 'cv', 'sd of log'];

export const sigmaConvergenceSpec: FunctionSpec = {
  name: 'SIGMA_CONVERGENCE',
  category: REGIONAL,
  description: {
    en: 'σ-convergence of a panel: n, mean, standard deviation, coefficient of variation and sd of the logarithm, one row per period.',
    zh: '面板的 σ 收敛：每个时期一行，给出单位数、均值、标准差、变异系数和对数标准差。',
  },
  help: {
    en:
      'For each period: n (the values present), mean, sd, cv = sd/mean and sd of log (the sd of ln y). σ-convergence means the dispersion (cv or sd of log) falls over time. ' +
      'values: a long panel (one column, one row per unit and period) with periods, one label per value (for example the year), periods in order of first appearance as typed; or, without periods, a wide panel with one column per period, oldest first, when the period column numbers the columns 1, 2, … ' +
      'divisor "n-1" (default): the sample standard deviation, as Excel\'s STDEV.S, R\'s sd and Stata\'s summarize; "n": the population standard deviation, as STDEV.P and numpy\'s default std. Both sd and sd of log use it. ' +
      'Blank cells are missing and left out. ' +
      'Errors: #NUM! in sd of log only, when the period has a value ≤ 0 (no logarithm); #DIV/0! in cv when the mean is 0; #N/A in sd, cv and sd of log for a period with a single value and divisor "n-1", and in every cell but n for a period without values; #VALUE! for text in values, a blank period beside a value, periods of another length, or values of several columns with periods.',
    zh:
      '每个时期给出：n（有数值的单位数）、mean（均值）、sd（标准差）、cv = sd/mean（变异系数）和 sd of log（ln y 的标准差）。σ 收敛指离散程度（cv 或 sd of log）随时间下降。' +
      'values：长格式面板（一列，每个单位每个时期一行），并给出 periods，每个数值一个时期标签（例如年份），时期按首次出现的顺序、按输入原样报告；或不给 periods，此时为宽格式面板，每个时期一列，由早到晚，period 列为列序号 1、2、…' +
      'divisor 为 "n-1"（默认）：样本标准差，与 Excel 的 STDEV.S、R 的 sd 和 Stata 的 summarize 相同；"n"：总体标准差，与 STDEV.P 和 numpy 默认的 std 相同。sd 和 sd of log 都使用它。' +
      '空白单元格视为缺失，不计入。' +
      '错误：某时期有数值 ≤ 0（无对数）时仅 sd of log 返回 #NUM!；均值为 0 时 cv 返回 #DIV/0!；divisor 为 "n-1" 且某时期只有一个数值时 sd、cv 和 sd of log 返回 #N/A，没有数值的时期除 n 外都返回 #N/A；values 中有文本、有数值的行时期为空、periods 长度不符，或给出 periods 时 values 有多列，返回 #VALUE!。',
  },
  params: [
    {
      name: 'values',
      type: 'number',
      shape: 'matrix',
      description: {
        en: 'A column with periods (long), or one column per period without (wide).',
        zh: '给出 periods 时为一列（长格式），否则每个时期一列（宽格式）。',
      },
    },
    {
      name: 'periods',
      type: 'any',
      shape: 'vector',
      optional: true,
      description: { en: 'The period (e.g. year) of each value; omit it for a wide panel.', zh: '每个数值所属的时期（如年份）；宽格式面板时省略。' },
    },
    {
      name: 'divisor',
      type: 'option',
      shape: 'scalar',
      optional: true,
      default: 'n-1',
      options: ['n-1', 'n'],
      description: { en: 'The sd divisor: "n-1" (default, STDEV.S) or "n" (STDEV.P).', zh: '标准差的分母："n-1"（默认，STDEV.S）或 "n"（STDEV.P）。' },
    },
  ],
  result: {
    shape: 'matrix',
    header: true,
    description: {
      en: 'A header row (period, n, mean, sd, cv, sd of log), then one row per period.',
      zh: '表头一行（period、n、mean、sd、cv、sd of log），随后每个时期一行。',
    },
  },
  glossary: ['sigma-convergence'],
  examples: [
    {
      title: { en: 'A wide panel: four regions, three years', zh: '宽格式面板：四个地区、三年' },
      args: [
        [
          [0.4, 0.416324, 0.420508],
          [0.33, 0.343468, 0.361078],
          [0.28, 0.289974, 0.30332],
          [0.22, 0.237135, 0.248049],
        ],
      ],
      expected: [
        HEADER,
        [1, 4, 0.3075, 0.07632168761236875, 0.2482006101215244, 0.25350700588476166],
        [2, 4, 0.32172525, 0.07656222513039095, 0.2379739393485309, 0.2399598536982628],
        [3, 4, 0.33323875, 0.07425938985015072, 0.2228414007979286, 0.22737081365269268],
      ],
      tolerance: 1e-12,
      source: 'derived with numpy (std with ddof=1) from the first four regions and years of tests/fixtures/vectors/analysis/convergence.json, case sigma',
    },
    {
      title: { en: 'A long panel, population sd (divisor "n")', zh: '长格式面板，总体标准差（分母 "n"）' },
      args: [[[3], [5], [4], [8], [2], [6]], [[2020], [2020], [2020], [2021], [2021], [2021]], 'n'],
      expected: [
        HEADER,
        [2020, 3, 4, 0.816496580927726, 0.2041241452319315, 0.20909775417232282],
        [2021, 3, 5.333333333333333, 2.494438257849294, 0.46770717334674267, 0.5973573275775693],
      ],
      tolerance: 1e-12,
      source: 'derived with numpy (std with ddof=0)',
    },
    {
      title: { en: 'A value of 0: only sd of log is #NUM!', zh: '有数值为 0：仅 sd of log 返回 #NUM!' },
      args: [[[0], [2], [4]], [['A'], ['A'], ['A']]],
      expected: [HEADER, ['A', 3, 2, 2, 1, { error: '#NUM!' }]],
      tolerance: 1e-12,
      source: 'derived by hand: mean 2, sample sd √((4 + 0 + 4)/2) = 2, cv 1; ln 0 is undefined',
    },
  ],
  compute: sigmaConvergence,
};
