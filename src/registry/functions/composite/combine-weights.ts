import { combineWeights } from '../../../core/composite/combine-weights';
import { COMPOSITE } from '../../categories';
import type { FunctionSpec } from '../../types';

export const combineWeightsSpec: FunctionSpec = {
  name: 'COMBINE_WEIGHTS',
  category: COMPOSITE,
  description: {
    en: 'Combines two sets of weights (e.g. AHP and entropy), linearly or multiplicatively: a 1×m row that sums to 1.',
    zh: '组合两组权重（如 AHP 与熵值法），线性或乘法合成：一行 m 个值，和为 1。',
  },
  help: {
    en:
      'Combined weighting （组合赋权） blends subjective weights (AHP_WEIGHTS) with objective ones (ENTROPY_WEIGHTS, CRITIC_WEIGHTS). Both sets are first rescaled to sum to 1. ' +
      'With alpha: w = α·w₁ + (1 − α)·w₂ (α in [0, 1], the share of weights1). Without alpha: w_j = w₁_j·w₂_j / Σ_k w₁_k·w₂_k (multiplicative synthesis). ' +
      'Errors: weights of different lengths, or a blank cell, #VALUE!; a negative weight or alpha outside [0, 1] #NUM!; a set of weights all 0, or (multiplicative) no indicator with both weights positive, #DIV/0!. Source: methods.md A3.',
    zh:
      '组合赋权把主观权重(AHP_WEIGHTS)与客观权重(ENTROPY_WEIGHTS、CRITIC_WEIGHTS)结合起来。两组权重先各自归一为和为 1。' +
      '给出 alpha 时：w = α·w₁ + (1 − α)·w₂（α 在 [0, 1] 内，为 weights1 的占比）。省略 alpha 时：w_j = w₁_j·w₂_j / Σ_k w₁_k·w₂_k（乘法合成）。' +
      '错误：两组权重个数不同或含空白单元格返回 #VALUE!；权重为负或 alpha 不在 [0, 1] 内返回 #NUM!；某组权重全为 0，或（乘法合成时）没有两组权重都为正的指标，返回 #DIV/0!。来源：methods.md A3。',
  },
  params: [
    {
      name: 'weights1',
      type: 'number',
      shape: 'vector',
      blanks: 'error',
      min: 0,
      description: { en: 'The first weights, e.g. subjective (AHP).', zh: '第一组权重，如主观权重(AHP)。' },
    },
    {
      name: 'weights2',
      type: 'number',
      shape: 'vector',
      blanks: 'error',
      min: 0,
      description: { en: 'The second weights, e.g. objective (entropy).', zh: '第二组权重，如客观权重（熵值法）。' },
    },
    {
      name: 'alpha',
      type: 'number',
      shape: 'scalar',
      optional: true,
      min: 0,
      max: 1,
      description: {
        en: 'Share of weights1 in a linear combination; omitted = multiplicative.',
        zh: '线性组合中 weights1 的占比；省略时为乘法合成。',
      },
    },
  ],
  result: {
    shape: 'row',
    description: { en: 'The combined weights (1×m), summing to 1.', zh: '组合权重(1×m)，和为 1。' },
  },
  glossary: ['combined-weights', 'subjective-weights', 'objective-weights', 'ahp', 'entropy-weight-method'],
  examples: [
    {
      title: { en: 'Linear, half and half', zh: '线性组合，各占一半' },
      args: [[[0.5, 0.3, 0.2]], [[0.2, 0.2, 0.6]], 0.5],
      expected: [[0.35, 0.25, 0.4]],
      tolerance: 1e-12,
      source: 'derived by hand',
    },
    {
      title: { en: 'Multiplicative', zh: '乘法合成' },
      args: [[[0.5, 0.3, 0.2]], [[0.2], [0.2], [0.6]]],
      expected: [[0.35714285714285715, 0.21428571428571427, 0.42857142857142855]],
      tolerance: 1e-12,
      source: 'derived by hand: (0.1, 0.06, 0.12) / 0.28',
    },
    {
      title: {
        en: 'AHP_WEIGHTS of a 3×3 matrix combined with ENTROPY_WEIGHTS of 4 units × 3 indicators',
        zh: '3×3 判断矩阵的 AHP_WEIGHTS 与 4 个单位 × 3 个指标的 ENTROPY_WEIGHTS 组合',
      },
      args: [
        // AHP_WEIGHTS({1,3,5;1/3,1,3;1/5,1/3,1}), see the AHP_WEIGHTS examples.
        [[0.6369855717447568, 0.25828499437449515, 0.10472943388074794]],
        // ENTROPY_WEIGHTS({10,200,0.5;12,180,0.7;8,260,0.6;15,210,0.9}) with the default min-max + 0.0001.
        [[0.31090366223796223, 0.3563558159142836, 0.3327405218477542]],
      ],
      expected: [[0.6094882121371691, 0.2832649917938596, 0.10724679606897124]],
      tolerance: 1e-12,
      source: 'derived with numpy: both input weights and the product rule of methods.md A3',
    },
    {
      title: { en: 'Different lengths: #VALUE!', zh: '个数不同：#VALUE!' },
      args: [[[0.5, 0.5]], [[0.2, 0.2, 0.6]]],
      expected: [[{ error: '#VALUE!' }]],
      source: 'catalogue error table: shapes that do not match',
    },
  ],
  compute: (weights1, weights2, alpha) => [combineWeights(weights1, weights2, alpha)],
};
