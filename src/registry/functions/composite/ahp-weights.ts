import { ahpWeights } from '../../../core/composite/ahp-weights';
import { COMPOSITE } from '../../categories';
import type { FunctionSpec } from '../../types';

/** Pairwise-comparison matrices of the AHP examples, shared by AHP_WEIGHTS and AHP_CONSISTENCY. */
export const AHP_EXAMPLES = {
  /** three criteria, slightly inconsistent */
  SAATY_3: [
    [1, 3, 5],
    [0.3333333333333333, 1, 3],
    [0.2, 0.3333333333333333, 1],
  ],
  /** four criteria */
  FOUR_CRITERIA: [
    [1, 0.3333333333333333, 0.5, 3],
    [3, 1, 2, 5],
    [2, 0.5, 1, 4],
    [0.3333333333333333, 0.2, 0.25, 1],
  ],
  /** three criteria, perfectly consistent (a_ik = a_ij · a_jk) */
  CONSISTENT_3: [
    [1, 2, 4],
    [0.5, 1, 2],
    [0.25, 0.5, 1],
  ],
};

export const ahpWeightsSpec: FunctionSpec = {
  name: 'AHP_WEIGHTS',
  category: COMPOSITE,
  description: {
    en: 'AHP priority weights from a pairwise-comparison matrix: a 1×n row that sums to 1.',
    zh: '由两两比较判断矩阵求层次分析法(AHP)权重：一行 n 个值，和为 1。',
  },
  help: {
    en:
      'matrix: an n×n pairwise-comparison matrix on Saaty\'s 1–9 scale: a_ij says how much more important criterion i is than criterion j, a_ji = 1/a_ij and a_ii = 1. ' +
      'method: "eigen" (default) the principal right eigenvector (Saaty), found by power iteration to convergence; "geometric" the row geometric means. Both are rescaled to sum to 1 and coincide for a consistent matrix. ' +
      'Check the judgements with AHP_CONSISTENCY (CR < 0.1). ' +
      'Every cell must hold a positive number: a blank cell is #VALUE! naming it. ' +
      'The matrix must be reciprocal within 1e-6 (a_ij·a_ji = 1): otherwise #VALUE! naming the cell; type 1/3 as =1/3, not 0.333. ' +
      'Errors: not square #VALUE!; a value ≤ 0 #NUM!; a diagonal other than 1 #VALUE!. Sources: Saaty (1977, 1980); methods.md A3.',
    zh:
      'matrix:n×n 两两比较判断矩阵，采用 Saaty 1–9 标度：a_ij 表示准则 i 比准则 j 重要的程度，a_ji = 1/a_ij,a_ii = 1。' +
      'method:"eigen"（默认）主右特征向量（Saaty 方法），用幂迭代求至收敛；"geometric" 各行几何平均（方根法）。两者都归一为和为 1，判断矩阵完全一致时结果相同。' +
      '请用 AHP_CONSISTENCY 检验一致性(CR < 0.1)。' +
      '每个单元格都须为正数：空白单元格返回 #VALUE! 并指明位置。' +
      '矩阵须在 1e-6 以内互反(a_ij·a_ji = 1)，否则返回 #VALUE! 并指明单元格；1/3 请输入 =1/3，不要输入 0.333。' +
      '错误：非方阵返回 #VALUE!；有不大于 0 的值返回 #NUM!；对角线不为 1 返回 #VALUE!。来源：Saaty (1977, 1980);methods.md A3。',
  },
  params: [
    {
      name: 'matrix',
      type: 'number',
      shape: 'matrix',
      blanks: 'missing',
      description: {
        en: 'A square positive reciprocal pairwise-comparison matrix.',
        zh: '正互反方阵形式的两两比较判断矩阵。',
      },
    },
    {
      name: 'method',
      type: 'option',
      shape: 'scalar',
      optional: true,
      default: 'eigen',
      options: ['eigen', 'geometric'],
      description: {
        en: '"eigen" (default, principal eigenvector) or "geometric" (row geometric means).',
        zh: '"eigen"（默认，主特征向量法）或 "geometric"（行几何平均，方根法）。',
      },
    },
  ],
  result: {
    shape: 'row',
    description: { en: 'One weight per criterion (1×n), summing to 1.', zh: '每个准则一个权重(1×n)，和为 1。' },
  },
  glossary: ['ahp', 'pairwise-comparison', 'subjective-weights', 'consistency-ratio'],
  examples: [
    {
      title: { en: 'Three criteria, eigenvector method', zh: '三个准则，特征向量法' },
      args: [AHP_EXAMPLES.SAATY_3],
      expected: [[0.6369855717447568, 0.25828499437449515, 0.10472943388074794]],
      tolerance: 1e-12,
      source: 'numpy.linalg.eig: principal eigenvector rescaled to sum 1',
    },
    {
      title: { en: 'Four criteria, row geometric means', zh: '四个准则，行几何平均法' },
      args: [
        AHP_EXAMPLES.FOUR_CRITERIA,
        'geometric',
      ],
      expected: [[0.16971481487311424, 0.4723430910541628, 0.28542515888449904, 0.07251693518822404]],
      tolerance: 1e-12,
      source: 'numpy: row geometric means rescaled to sum 1',
    },
    {
      title: { en: 'A consistent matrix returns its weights exactly', zh: '完全一致的判断矩阵精确返回其权重' },
      args: [AHP_EXAMPLES.CONSISTENT_3],
      expected: [[0.5714285714285714, 0.2857142857142857, 0.14285714285714285]],
      tolerance: 1e-12,
      source: 'derived by hand: a_ij = w_i / w_j with w ∝ (4, 2, 1)',
    },
    {
      title: { en: 'Not reciprocal (a31 should be 1/5): #VALUE! naming the cell', zh: '不互反（a31 应为 1/5）：#VALUE! 并指明单元格' },
      args: [
        [
          [1, 3, 5],
          [0.3333333333333333, 1, 3],
          [0.5, 0.3333333333333333, 1],
        ],
      ],
      expected: [[{ error: '#VALUE!' }]],
      source: 'catalogue section 8: not reciprocal within 1e-6 → #VALUE! naming the cell',
    },
  ],
  compute: (matrix, method) => [ahpWeights(matrix, method)],
};
