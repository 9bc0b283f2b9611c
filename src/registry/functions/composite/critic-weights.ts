import { criticWeights } from '../../../core/composite/critic-weights';
import { COMPOSITE } from '../../categories';
import type { FunctionSpec } from '../../types';
import { BLANKS_NOTE, dataParam, directionsParam } from './composite-params';

/** Tuş & Adalı (2019), tests/fixtures/vectors/critic_sd_cv_weights.json. */
const TUS_ADALI = [
  [5000, 3, 3, 4, 3, 2],
  [680, 5, 3, 2, 2, 1],
  [2000, 3, 2, 3, 4, 3],
  [600, 4, 3, 1, 2, 2],
  [800, 2, 4, 3, 3, 4],
];

export const criticWeightsSpec: FunctionSpec = {
  name: 'CRITIC_WEIGHTS',
  category: COMPOSITE,
  description: {
    en: 'CRITIC weights of the indicators (columns), from contrast and conflict: a 1×m row that sums to 1.',
    zh: '各指标（列）的 CRITIC 权重，综合对比强度与冲突性：一行 m 个值，和为 1。',
  },
  help: {
    en:
      'CRITIC (Diakoulaki, Mavrotas & Papayannakis 1995) rewards an indicator that varies a lot (contrast) and is little correlated with the others (conflict). ' +
      'z = min-max by direction; s_j = sample sd (n − 1) of z_j; r_jk = Pearson correlation of z_j and z_k; C_j = s_j Σ_k (1 − r_jk); w_j = C_j / Σ C. ' +
      'Unlike entropy and SD weights, CRITIC depends on the directions: a cost column reverses its correlations and changes every weight. ' +
      BLANKS_NOTE.en +
      's_j uses the values present in column j, r_jk the rows where both columns have a value. ' +
      'A constant column gets weight 0 and is left out of the other columns\' sums, as if it were absent. ' +
      'Errors: all columns constant, or no column with both contrast and conflict (one varying column, or perfectly correlated columns), #DIV/0!; fewer than 2 rows, a column with fewer than 2 values, or two columns with too few rows in common, #N/A; directions that do not match the columns, #VALUE!. ' +
      'Sources: methods.md A3; Tuş & Adalı (2019), reproduced with every criterion a benefit.',
    zh:
      'CRITIC 法(Diakoulaki, Mavrotas & Papayannakis 1995)看重波动大（对比强度）且与其他指标相关性低（冲突性）的指标。' +
      'z 为按方向的极差标准化；s_j 为 z_j 的样本标准差(n − 1);r_jk 为 z_j 与 z_k 的 Pearson 相关系数；C_j = s_j Σ_k (1 − r_jk);w_j = C_j / Σ C。' +
      '与熵值法和标准差法不同，CRITIC 受指标方向影响：负向列会使其相关系数反号，从而改变所有权重。' +
      BLANKS_NOTE.zh +
      's_j 用该列的非空值，r_jk 用两列都有数据的行。' +
      '常数列权重为 0，且不计入其他列的求和，如同不存在。' +
      '错误：所有列都是常数，或没有任何列同时具有对比强度与冲突性（只有一列有变化，或各列完全相关）时返回 #DIV/0!；少于 2 行、某列少于 2 个数值或两列共同有数据的行太少时返回 #N/A;directions 与列数不符返回 #VALUE!。' +
      '来源：methods.md A3;Tuş & Adalı (2019)，在全部准则为正向时可复现。',
  },
  params: [dataParam, directionsParam],
  result: {
    shape: 'row',
    description: { en: 'One weight per indicator (1×m), summing to 1.', zh: '每个指标一个权重(1×m)，和为 1。' },
  },
  glossary: ['critic', 'min-max-normalisation', 'objective-weights', 'indicator-direction'],
  examples: [
    {
      title: { en: 'Tuş & Adalı (2019), every criterion a benefit', zh: 'Tuş & Adalı (2019)，全部准则为正向' },
      args: [TUS_ADALI],
      expected: [[0.157, 0.249, 0.168, 0.121, 0.154, 0.151]],
      tolerance: 5e-4,
      source: 'published: Tuş & Adalı (2019), Opsearch 56(2):528-538, via tests/fixtures/vectors/critic_sd_cv_weights.json (pymcdm)',
    },
    {
      title: { en: 'The same data with price (column 1) as a cost', zh: '同一数据，价格（第 1 列）为负向' },
      args: [TUS_ADALI, [[-1, 1, 1, 1, 1, 1]]],
      expected: [[0.184066, 0.213029, 0.142214, 0.158301, 0.168382, 0.134008]],
      tolerance: 1e-6,
      source: 'tests/fixtures/vectors/critic_sd_cv_weights.json, w_if_criterion1_is_cost (recomputed with numpy)',
    },
    {
      title: { en: 'Every column constant: #DIV/0!', zh: '所有列都是常数：#DIV/0!' },
      args: [[[1, 5], [1, 5], [1, 5]]],
      expected: [[{ error: '#DIV/0!' }]],
      source: 'catalogue section 8; a constant column has s = 0',
    },
    {
      title: { en: 'A single row: #N/A', zh: '只有一行：#N/A' },
      args: [[[1, 5, 3]]],
      expected: [[{ error: '#N/A' }]],
      source: 'catalogue error table: too few units',
    },
  ],
  compute: (data, directions) => [criticWeights(data, directions)],
};
