import { cronbachAlpha } from '../../../core/composite-workflow/cronbach-alpha';
import { COMPOSITE_WORKFLOW } from '../../categories';
import type { FunctionSpec } from '../../types';
import { ALPHA_PCA_DATA } from './alpha-pca-example';

/** The cronbach_alpha_pca vector's data (8 units × 4 indicators). */
const DATA = ALPHA_PCA_DATA;

export const cronbachAlphaSpec: FunctionSpec = {
  name: 'CRONBACH_ALPHA',
  category: COMPOSITE_WORKFLOW,
  description: {
    en: "Cronbach's α of the indicators (columns): how consistently they measure one dimension.",
    zh: '各指标（列）的 Cronbach α 系数：衡量这些指标测量同一维度的内部一致性。',
  },
  help: {
    en:
      'α = k/(k − 1) · (1 − Σ s²_j / s²_T), with k the number of columns, s²_j the sample variance of column j and s²_T that of the row totals Σ_j x_ij (Cronbach 1951). It equals COINr\'s get_cronbach (k² · mean of the off-diagonal covariances / sum of the covariance matrix) and psych::alpha\'s raw_alpha. ' +
      'It is computed on the data as given, so indicators on larger scales weigh more: for the standardised α (psych\'s std.alpha, k r̄/(1 + (k − 1) r̄), r̄ the mean correlation) pass z-scores, CRONBACH_ALPHA(NORMALIZE(data, , "zscore")). ' +
      'Reading it: a dimension\'s indicators are usually taken as consistent above about 0.7. α rises with the number of indicators, and it is not a test that they measure a single dimension (PCA_SCORE\'s eigenvalues show that). α can be negative: indicators that move against each other, typically a cost indicator among benefits; normalise by direction first (NORMALIZE with directions). ' +
      'Blank cells: only the rows with a value in every column are used (complete rows, R\'s na.omit; psych and COINr use pairwise covariances by default, which differ when there are blanks). An empty cell reads as blank on every platform. Text in data is #VALUE!. A constant column is allowed: it adds nothing to either variance. ' +
      'Errors: fewer than 2 columns, or fewer than 3 rows without a blank, #N/A; row totals that do not vary (every column constant, or columns that exactly offset each other), #DIV/0!; values at the ends of the range of doubles (below 1e-100 or above 1e100) are scaled by a common power of two first, which does not change α. ' +
      'Sources: methods-analysis.md §8; checked against psych::alpha and COINr\'s formula (tests/fixtures/composite-workflow/checks.R).',
    zh:
      'α = k/(k − 1) · (1 − Σ s²_j / s²_T)，其中 k 为列数，s²_j 为第 j 列的样本方差，s²_T 为各行合计 Σ_j x_ij 的样本方差（Cronbach 1951）。与 COINr 的 get_cronbach（k² · 协方差矩阵非对角元素的均值 / 协方差矩阵之和）以及 psych::alpha 的 raw_alpha 相同。' +
      '按原始数据计算，量纲较大的指标权重更大：若要标准化 α（psych 的 std.alpha，即 k r̄/(1 + (k − 1) r̄)，r̄ 为平均相关系数），请传入 z 分数，即 CRONBACH_ALPHA(NORMALIZE(data, , "zscore"))。' +
      '解读：一个维度的各指标通常在 α 高于约 0.7 时被视为一致。α 随指标个数增加而增大，也不能检验这些指标是否只测量一个维度（可看 PCA_SCORE 的特征值）。α 可以为负：说明指标之间反向变动，常见于正向指标中混有负向指标；请先按方向标准化（带 directions 的 NORMALIZE）。' +
      '空白单元格：只使用每列都有数值的行（完整行，同 R 的 na.omit；psych 和 COINr 默认使用成对协方差，有空白时结果不同）。各平台上空单元格均按空白读取。data 中有文本时返回 #VALUE!。允许出现常数列：它对两种方差都没有贡献。' +
      '错误：少于 2 列，或没有空白的行少于 3 行时返回 #N/A；各行合计没有变化（所有列都是常数，或各列恰好相互抵消）时返回 #DIV/0!；处于双精度范围两端的数值（小于 1e-100 或大于 1e100）会先统一乘以 2 的幂缩放，这不改变 α。' +
      '来源：methods-analysis.md §8；已与 psych::alpha 和 COINr 的公式核对（tests/fixtures/composite-workflow/checks.R）。',
  },
  params: [
    {
      name: 'data',
      type: 'number',
      shape: 'matrix',
      blanks: 'missing',
      description: {
        en: 'Units in rows, the indicators of one dimension in columns (at least 2); a row with a blank cell is left out.',
        zh: '单位为行，同一维度的各指标为列（至少 2 列）；含空白单元格的行不参与计算。',
      },
    },
  ],
  result: {
    shape: 'scalar',
    description: { en: "Cronbach's α (at most 1; negative when the indicators move against each other).", zh: 'Cronbach α 系数（不超过 1；指标反向变动时为负）。' },
  },
  glossary: ['composite-index'],
  examples: [
    {
      title: { en: 'Four indicators of one dimension, 8 units', zh: '同一维度的 4 个指标，8 个单位' },
      args: [DATA],
      expected: [[0.9479686504]],
      tolerance: 1e-9,
      source: 'tests/fixtures/vectors/analysis/composite_indicator_tools.json, case cronbach_alpha_pca (COINr get_cronbach = psych::alpha raw_alpha)',
    },
    {
      title: { en: 'A row with a blank is left out (7 complete rows)', zh: '含空白的行不参与计算（7 个完整行）' },
      args: [DATA.map((row, i) => row.map((x, j) => (i === 3 && j === 2 ? null : x)))],
      expected: [[0.937219978981138]],
      tolerance: 1e-12,
      source: 'psych::alpha(na.omit(x))$total$raw_alpha: tests/fixtures/composite-workflow/checks.json, case vector_one_blank (checks.R)',
    },
    {
      title: { en: 'One indicator has no consistency to measure: #N/A', zh: '只有一个指标，无从衡量一致性：#N/A' },
      args: [[[1], [2], [3]]],
      expected: [[{ error: '#N/A' }]],
      source: 'catalogue section 11: fewer than 2 columns → #N/A',
    },
  ],
  compute: (data) => cronbachAlpha(data),
};
