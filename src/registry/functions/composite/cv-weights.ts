import { cvWeights } from '../../../core/composite/cv-weights';
import { COMPOSITE } from '../../categories';
import type { FunctionSpec } from '../../types';
import { BLANKS_NOTE, dataParam } from './composite-params';

export const cvWeightsSpec: FunctionSpec = {
  name: 'CV_WEIGHTS',
  category: COMPOSITE,
  description: {
    en: 'Coefficient-of-variation weights of the indicators (columns): a 1×m row that sums to 1.',
    zh: '各指标（列）的变异系数法权重：一行 m 个值，和为 1。',
  },
  help: {
    en:
      'V_j = s_j / mean_j on the raw data (sample sd, n − 1), w_j = V_j / Σ V. The coefficient of variation is scale-free but only meaningful for positive data: a column mean ≤ 0 gives #NUM!. ' +
      'For data with negative values, normalise first (NORMALIZE with a shift) and pass the result. ' +
      BLANKS_NOTE.en +
      'A constant column gets weight 0. Errors: a column mean ≤ 0 #NUM!; all columns constant #DIV/0!; fewer than 2 rows, or a column with fewer than 2 values, #N/A. Source: methods.md A3.',
    zh:
      '对原始数据计算 V_j = s_j / 均值_j（样本标准差，n − 1）,w_j = V_j / Σ V。变异系数与量纲无关，但只对正值数据有意义：列均值不大于 0 时返回 #NUM!。' +
      '含负值的数据请先用 NORMALIZE（加平移）处理后再传入。' +
      BLANKS_NOTE.zh +
      '常数列权重为 0。错误：列均值不大于 0 返回 #NUM!；所有列都是常数返回 #DIV/0!；少于 2 行或某列少于 2 个数值返回 #N/A。来源：methods.md A3。',
  },
  params: [
    {
      ...dataParam,
      description: {
        en: 'Units in rows, indicators in columns, raw positive data; blank cells are missing.',
        zh: '单位为行，指标为列，正值原始数据；空白单元格为缺失值。',
      },
    },
  ],
  result: {
    shape: 'row',
    description: { en: 'One weight per indicator (1×m), summing to 1.', zh: '每个指标一个权重(1×m)，和为 1。' },
  },
  glossary: ['coefficient-of-variation-weights', 'objective-weights'],
  examples: [
    {
      title: { en: 'Four units × three indicators', zh: '四个单位 × 三个指标' },
      args: [
        [
          [10.0, 200.0, 0.5],
          [12.0, 180.0, 0.7],
          [8.0, 260.0, 0.6],
          [15.0, 210.0, 0.9],
        ],
      ],
      expected: [[0.39114138, 0.23601677, 0.37284185]],
      tolerance: 1e-8,
      source: 'tests/fixtures/vectors/critic_sd_cv_weights.json, case cv_weights_synthetic (derived, ddof = 1)',
    },
    {
      title: { en: 'A column with a negative mean: #NUM!', zh: '列均值为负：#NUM!' },
      args: [[[1, -2], [2, 1], [3, -3]]],
      expected: [[{ error: '#NUM!' }]],
      source: 'catalogue section 8: column mean ≤ 0 → #NUM!',
    },
  ],
  compute: (data) => [cvWeights(data)],
};
