import { normalize } from '../../../core/composite/normalize';
import { COMPOSITE } from '../../categories';
import type { FunctionSpec } from '../../types';
import { BLANKS_NOTE, dataParam, directionsParam } from './composite-params';

export const normalizeSpec: FunctionSpec = {
  name: 'NORMALIZE',
  category: COMPOSITE,
  description: {
    en: 'Normalises each indicator (column) to a common scale, by its direction; same shape as the data.',
    zh: '按指标方向对每个指标（列）做无量纲化处理；结果与数据形状相同。',
  },
  help: {
    en:
      'Each column is normalised on its own, with its direction (benefit: larger is better; cost: smaller is better). method: ' +
      '"minmax" (default) (x − min)/(max − min), cost (max − x)/(max − min), so 1 is the best unit and 0 the worst; ' +
      '"zscore" (x − mean)/sd with the sample sd (n − 1, as STDEV.S), cost −z; ' +
      '"percentile" (rank − 1)/(n − 1) with tied values at their lowest rank, i.e. the share of the other values that are strictly smaller — the same as PERCENTRANK.INC, but not truncated to 3 digits — cost 1 minus that; ' +
      '"fracmax" x / max, cost min / x (values must be ≥ 0). ' +
      'shift is added after normalising (default 0; the Chinese literature often adds 0.0001 so that the entropy method\'s ln p and a geometric mean are defined). ' +
      BLANKS_NOTE.en +
      'A blank cell stays blank in the result. ' +
      'Panel data ("global" normalisation): to compare units over time, stack the years under each other (units × years in rows) and normalise the whole range at once, so min and max are taken over every unit and year (COINr\'s global option); normalising each year separately makes every year\'s best unit 1 and hides change over time. ' +
      'Errors, confined to the column concerned: a constant column #DIV/0!; a column with a single value #N/A; fracmax with a negative value #NUM!, or a cost column containing 0 #DIV/0!. Fewer than 2 rows, #N/A; directions that do not match the columns, #VALUE!. ' +
      'Sources: methods.md A1; OECD/JRC Handbook on Constructing Composite Indicators (2008); COINr.',
    zh:
      '每列单独无量纲化，并按其方向处理（正向指标越大越好，负向指标越小越好）。method:' +
      '"minmax"（默认）(x − min)/(max − min)，负向 (max − x)/(max − min)，最优单位为 1、最差为 0;' +
      '"zscore" （x − 均值）/标准差，标准差用样本标准差（n − 1，同 STDEV.S），负向取 −z;' +
      '"percentile" （名次 − 1）/(n − 1)，并列值取最低名次，即严格小于它的其他值所占比例，与 PERCENTRANK.INC 相同但不截断为 3 位小数，负向取 1 减该值；' +
      '"fracmax" x / max，负向 min / x（数值须不小于 0）。' +
      'shift 在无量纲化之后加上（默认 0；国内文献常加 0.0001，使熵值法中的 ln p 与几何平均有意义）。' +
      BLANKS_NOTE.zh +
      '空白单元格在结果中仍为空白。' +
      '面板数据（"全局"标准化）：要比较各单位随时间的变化，把各年份上下堆叠（单位 × 年份为行）并对整个区域一次性标准化，使最大最小值取自所有单位和年份（即 COINr 的 global 选项）；逐年分别标准化会让每年的最优单位都为 1，掩盖时间上的变化。' +
      '错误仅限于相关列：常数列返回 #DIV/0!；只有一个数值的列返回 #N/A;fracmax 遇到负值返回 #NUM!，负向列含 0 返回 #DIV/0!。少于 2 行返回 #N/A;directions 与列数不符返回 #VALUE!。' +
      '来源：methods.md A1;OECD/JRC《构建综合指标手册》(2008);COINr。',
  },
  params: [
    dataParam,
    directionsParam,
    {
      name: 'method',
      type: 'option',
      shape: 'scalar',
      optional: true,
      default: 'minmax',
      options: ['minmax', 'zscore', 'percentile', 'fracmax'],
      description: {
        en: '"minmax" (default), "zscore", "percentile" or "fracmax".',
        zh: '"minmax"（默认，极差法）、"zscore"（标准化）、"percentile"（百分位）或 "fracmax"（比最大值）。',
      },
    },
    {
      name: 'shift',
      type: 'number',
      shape: 'scalar',
      optional: true,
      default: 0,
      description: { en: 'Added after normalising (default 0; often 0.0001).', zh: '无量纲化后加上的平移量（默认 0；常用 0.0001）。' },
    },
  ],
  result: {
    shape: 'matrix',
    header: false,
    description: { en: 'The normalised data, same shape as data.', zh: '无量纲化后的数据，形状与 data 相同。' },
  },
  glossary: ['min-max-normalisation', 'z-score', 'percentile-rank', 'indicator-direction', 'panel-normalisation', 'composite-index'],
  examples: [
    {
      title: { en: 'Min-max, benefit', zh: '极差法，正向' },
      args: [[[2], [5], [11]]],
      expected: [[0], [0.3333333333333333], [1]],
      source: 'tests/fixtures/vectors/normalise_aggregate_tfp.json, case minmax_pos_neg (derived)',
    },
    {
      title: { en: 'Min-max, cost, plus 0.0001', zh: '极差法，负向，加 0.0001' },
      args: [[[2], [5], [11]], [[-1]], 'minmax', 0.0001],
      expected: [[1.0001], [0.6667666666666666], [0.0001]],
      source: 'tests/fixtures/vectors/normalise_aggregate_tfp.json, case minmax_pos_neg (neg), plus the shift',
    },
    {
      title: {
        en: 'The Chinese entropy-method convention: min-max by direction + 0.0001 (Hwang & Yoon aircraft data, column 4 a cost)',
        zh: '国内熵值法惯例：按方向极差标准化后加 0.0001（Hwang & Yoon 飞机数据，第 4 列为负向）',
      },
      args: [
        [
          [2.0, 1500, 20000, 5.5, 5, 9],
          [2.5, 2700, 18000, 6.5, 3, 5],
          [1.8, 2000, 21000, 4.5, 7, 7],
          [2.2, 1800, 20000, 5.0, 5, 5],
        ],
        [[1, 1, 1, '-', 1, 1]],
        null,
        0.0001,
      ],
      expected: [
        [0.28581429, 0.0001, 0.66676667, 0.5001, 0.5001, 1.0001],
        [1.0001, 1.0001, 0.0001, 0.0001, 0.0001, 0.0001],
        [0.0001, 0.41676667, 1.0001, 1.0001, 1.0001, 0.5001],
        [0.57152857, 0.2501, 0.66676667, 0.7501, 0.5001, 0.0001],
      ],
      tolerance: 1e-7,
      source: 'tests/fixtures/vectors/entropy_weight.json, case cn_style_minmax_shift, z_shifted (derived with numpy)',
    },
    {
      title: {
        en: 'Panel ("global"): 3 regions × 2 years stacked, normalised over all six rows',
        zh: '面板（"全局"）：3 个地区 × 2 年上下堆叠，对全部六行统一标准化',
      },
      args: [[[1, 5], [2, 7], [4, 6], [2, 9], [3, 8], [6, 7]]],
      expected: [[0, 0], [0.2, 0.5], [0.6, 0.25], [0.2, 1], [0.4, 0.75], [1, 0.5]],
      source: 'derived by hand: column 1 min 1, max 6; column 2 min 5, max 9',
    },
    {
      title: { en: 'z-scores with the sample sd (n − 1)', zh: '用样本标准差(n − 1)的 z 分数' },
      args: [[[3], [1], [3], [5]], null, 'zscore'],
      expected: [[0], [-1.224744871391589], [0], [1.224744871391589]],
      source: 'scipy.stats.zscore(ddof=1) on (3, 1, 3, 5): mean 3, sd √(8/3)',
    },
    {
      title: { en: 'Percentile ranks: tied values share the lowest rank (as PERCENTRANK.INC)', zh: '百分位：并列值取最低名次（同 PERCENTRANK.INC）' },
      args: [[[3], [1], [3], [5]], null, 'percentile'],
      expected: [[0.3333333333333333], [0], [0.3333333333333333], [1]],
      source: 'derived by hand: count of smaller values / (n − 1); Excel PERCENTRANK.INC gives 0.333, 0, 0.333, 1',
    },
    {
      title: { en: 'Blank cells stay blank and are left out of min and max', zh: '空白单元格保持空白，不参与最大最小值' },
      args: [[[1, 2], [null, 4], [3, null], [5, 8]]],
      expected: [[0, 0], ['', 0.3333333333333333], [0.5, ''], [1, 1]],
      source: 'derived by hand',
    },
    {
      title: { en: 'A constant column: #DIV/0! in that column only', zh: '常数列：仅该列返回 #DIV/0!' },
      args: [[[4, 1], [4, 2], [4, 3]]],
      expected: [[{ error: '#DIV/0!' }, 0], [{ error: '#DIV/0!' }, 0.5], [{ error: '#DIV/0!' }, 1]],
      source: 'tests/fixtures/vectors/normalise_aggregate_tfp.json, case minmax_constant; catalogue section 8',
    },
  ],
  compute: (data, directions, method, shift) => normalize(data, directions, method, shift),
};
