import { rankUncertainty } from '../../../core/composite/rank-uncertainty';
import { COMPOSITE } from '../../categories';
import type { FunctionSpec } from '../../types';
import { BLANKS_NOTE, dataParam, directionsParam, SCORING_NOTE, weightsParam } from './composite-params';

const HEADER = ['rank', 'median rank', '5th percentile rank', '95th percentile rank'];

export const rankUncertaintySpec: FunctionSpec = {
  name: 'RANK_UNCERTAINTY',
  category: COMPOSITE,
  description: {
    en: "How stable each unit's rank is when the weights are uncertain: rank, median and 5th–95th percentile rank over random runs.",
    zh: '权重不确定时各单位名次的稳定性：给定权重下的名次，以及多次随机模拟的名次中位数与 5%–95% 分位数。',
  },
  help: {
    en:
      'An uncertainty analysis of the weights, in the spirit of the JRC/COINr sensitivity analysis. The composite is the min-max (by direction) weighted arithmetic mean, as COMPOSITE_SCORE computes it by default. ' +
      'Each run multiplies every weight by its own uniform random factor in [1 − noise, 1 + noise] (default 0.25, i.e. ±25%), renormalises, recomputes the composites and ranks them: rank 1 = best, ties share the best rank as RANK.EQ does. ' +
      'runs: the number of runs (default 1000, 1 to 1,000,000; a fraction is truncated, as Excel does for counts). seed (default 1): the random numbers come from the mulberry32 generator seeded with it, drawn run by run and indicator by indicator, so the same inputs and seed give the same result on every computer and in every version of Excel. ' +
      'Result: a header row, then one row per unit: the rank at the given weights, the median rank, and the 5th and 95th percentile ranks over the runs. Percentiles follow PERCENTILE.INC (linear interpolation), so they can be fractions such as 2.5. ' +
      'A narrow 5th–95th band means the rank is robust to the choice of weights. ' +
      BLANKS_NOTE.en +
      'A blank cell is left out and the present weights rescaled; a unit with less than 65% of the weight present gets #N/A and is not ranked. ' +
      SCORING_NOTE.en +
      'Other errors: noise outside [0, 1] or runs below 1 #NUM!; fewer than 2 rows #N/A.',
    zh:
      '对权重做不确定性分析，思路同 JRC/COINr 的敏感性分析。综合得分为按方向极差标准化后的加权算术平均，与 COMPOSITE_SCORE 的默认计算相同。' +
      '每次模拟把每个权重分别乘以 [1 − noise, 1 + noise] 内的均匀随机因子（默认 0.25，即 ±25%），重新归一后计算综合得分并排名：1 为最优，并列时取最好名次（同 RANK.EQ）。' +
      'runs：模拟次数（默认 1000,1 至 1,000,000；小数部分舍去，与 Excel 处理个数参数的方式相同）。seed（默认 1）：随机数由以其为种子的 mulberry32 生成器按"逐次模拟、逐个指标"的顺序产生，相同输入和种子在任何电脑、任何版本的 Excel 上结果都相同。' +
      '结果：首行为表头，之后每个单位一行：给定权重下的名次、名次中位数、名次的 5% 与 95% 分位数。分位数按 PERCENTILE.INC（线性插值）计算，可能是 2.5 之类的小数。' +
      '5%–95% 区间越窄，名次对权重的选择越稳健。' +
      BLANKS_NOTE.zh +
      '空白单元格不参与计算，其余权重重新归一；非空权重占比低于 65% 的单位返回 #N/A，不参与排名。' +
      SCORING_NOTE.zh +
      '其他错误：noise 不在 [0, 1] 内或 runs 小于 1 返回 #NUM!；少于 2 行返回 #N/A。',
  },
  params: [
    dataParam,
    weightsParam(false),
    directionsParam,
    {
      name: 'noise',
      type: 'number',
      shape: 'scalar',
      optional: true,
      default: 0.25,
      min: 0,
      max: 1,
      description: {
        en: 'Relative half-width of the uniform weight factor (default 0.25 = ±25%).',
        zh: '权重随机因子的相对半宽（默认 0.25，即 ±25%）。',
      },
    },
    {
      name: 'runs',
      type: 'number',
      shape: 'scalar',
      optional: true,
      default: 1000,
      min: 1,
      max: 1000000,
      description: { en: 'Number of random runs (default 1000).', zh: '随机模拟次数（默认 1000）。' },
    },
    {
      name: 'seed',
      type: 'number',
      shape: 'scalar',
      optional: true,
      default: 1,
      description: {
        en: 'Seed of the random numbers (default 1); the same seed gives the same result everywhere.',
        zh: '随机数种子（默认 1）；相同种子在任何环境下结果相同。',
      },
    },
  ],
  result: {
    shape: 'matrix',
    header: true,
    description: {
      en: 'A header row, then per unit: rank, median rank, 5th and 95th percentile rank.',
      zh: '首行为表头，之后每个单位一行：名次、名次中位数、名次的 5% 与 95% 分位数。',
    },
  },
  glossary: ['rank-uncertainty', 'sensitivity-analysis', 'composite-index', 'min-max-normalisation'],
  examples: [
    {
      title: { en: 'Four units × six indicators, defaults (±25%, 1000 runs, seed 1)', zh: '四个单位 × 六个指标，默认设置（±25%,1000 次，种子 1）' },
      args: [
        [
          [2.0, 1500, 20000, 5.5, 5, 9],
          [2.5, 2700, 18000, 6.5, 3, 5],
          [1.8, 2000, 21000, 4.5, 7, 7],
          [2.2, 1800, 20000, 5.0, 5, 5],
        ],
        [[0.2, 0.1, 0.1, 0.1, 0.2, 0.3]],
        [[1, 1, 1, -1, 1, 1]],
      ],
      expected: [HEADER, [2, 2, 1, 2], [4, 4, 4, 4], [1, 1, 1, 2], [3, 3, 3, 3]],
      source:
        'independent Python reimplementation (numpy; mulberry32 in Python; numpy.percentile "linear" = PERCENTILE.INC) of the documented rule',
    },
    {
      title: { en: 'A close race: ±50%, 500 runs, seed 7', zh: '名次接近：±50%,500 次，种子 7' },
      args: [
        [
          [0.5, 0.6, 0.4],
          [0.55, 0.5, 0.45],
          [0.6, 0.45, 0.5],
          [0.2, 0.3, 0.1],
          [0.9, 0.2, 0.6],
        ],
        [[1, 1, 1]],
        null,
        0.5,
        500,
        7,
      ],
      expected: [HEADER, [1, 1, 1, 4], [4, 3, 2, 4], [3, 2, 2, 3], [5, 5, 5, 5], [2, 3, 1, 4]],
      source:
        'independent Python reimplementation (numpy; mulberry32 in Python; numpy.percentile "linear" = PERCENTILE.INC) of the documented rule',
    },
    {
      title: { en: 'A constant column: #VALUE!', zh: '常数列：#VALUE!' },
      args: [[[1, 5], [2, 5], [3, 5]], [[1, 1]]],
      expected: [[{ error: '#VALUE!' }]],
      source: 'catalogue section 8: in scoring functions a constant column cannot be normalised',
    },
  ],
  compute: (data, weights, directions, noise, runs, seed) => rankUncertainty(data, weights, directions, noise, runs, seed),
};
