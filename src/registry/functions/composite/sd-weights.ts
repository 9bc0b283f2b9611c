import { sdWeights } from '../../../core/composite/sd-weights';
import { COMPOSITE } from '../../categories';
import type { FunctionSpec } from '../../types';
import { BLANKS_NOTE, dataParam, directionsParam } from './composite-params';

export const sdWeightsSpec: FunctionSpec = {
  name: 'SD_WEIGHTS',
  category: COMPOSITE,
  description: {
    en: 'Standard-deviation weights of the indicators (columns): a 1×m row that sums to 1.',
    zh: '各指标（列）的标准差法权重：一行 m 个值，和为 1。',
  },
  help: {
    en:
      'w_j = s_j / Σ s, where s_j is the sample standard deviation (n − 1) of column j after min-max normalisation, so indicators in different units compare. ' +
      'The direction does not change s_j (directions are accepted for symmetry with the other weighting functions and checked against the columns). ' +
      BLANKS_NOTE.en +
      'A constant column gets weight 0. Errors: all columns constant #DIV/0!; fewer than 2 rows, or a column with fewer than 2 values, #N/A. ' +
      'Sources: methods.md A3; Jahan & Edwards (2013).',
    zh:
      'w_j = s_j / Σ s，其中 s_j 为第 j 列极差标准化后的样本标准差(n − 1)，使不同量纲的指标可比。' +
      '方向不影响 s_j（接受 directions 是为了与其他赋权函数一致，并检查其个数）。' +
      BLANKS_NOTE.zh +
      '常数列权重为 0。错误：所有列都是常数返回 #DIV/0!；少于 2 行或某列少于 2 个数值返回 #N/A。' +
      '来源：methods.md A3;Jahan & Edwards (2013)。',
  },
  params: [dataParam, directionsParam],
  result: {
    shape: 'row',
    description: { en: 'One weight per indicator (1×m), summing to 1.', zh: '每个指标一个权重(1×m)，和为 1。' },
  },
  glossary: ['standard-deviation-weights', 'min-max-normalisation', 'objective-weights'],
  examples: [
    {
      title: { en: 'Jahan & Edwards (2013), 7 materials × 3 properties', zh: 'Jahan & Edwards (2013),7 种材料 × 3 项性能' },
      args: [
        [
          [0.0, 0.0, 0.0],
          [0.39, 0.3, 0.77],
          [0.17, 0.36, 0.8],
          [0.35, 0.29, 0.93],
          [0.3, 0.4, 0.94],
          [0.84, 0.71, 1.0],
          [1.0, 1.0, 0.99],
        ],
      ],
      expected: [[0.345908, 0.312886, 0.341205]],
      tolerance: 1e-6,
      source:
        'published (0.35, 0.31, 0.34): Jahan & Edwards (2013), Materials & Design 49:1000-1008; 6-decimal values recomputed in tests/fixtures/vectors/critic_sd_cv_weights.json',
    },
    {
      title: { en: 'A constant column gets weight 0', zh: '常数列的权重为 0' },
      args: [[[1, 5], [3, 5], [2, 5]]],
      expected: [[1, 0]],
      source: 'derived by hand: s = 0 for the constant column',
    },
    {
      title: { en: 'Every column constant: #DIV/0!', zh: '所有列都是常数：#DIV/0!' },
      args: [[[1, 5], [1, 5]]],
      expected: [[{ error: '#DIV/0!' }]],
      source: 'catalogue error table: a zero denominator',
    },
  ],
  compute: (data, directions) => [sdWeights(data, directions)],
};
