import { ahpConsistency } from '../../../core/composite/ahp-consistency';
import { COMPOSITE } from '../../categories';
import type { FunctionSpec } from '../../types';
import { AHP_EXAMPLES } from './ahp-weights';

export const ahpConsistencySpec: FunctionSpec = {
  name: 'AHP_CONSISTENCY',
  category: COMPOSITE,
  description: {
    en: "Saaty's consistency ratio CR of a pairwise-comparison matrix (CR < 0.1 is acceptable).",
    zh: '判断矩阵的 Saaty 一致性比率 CR（CR < 0.1 可以接受）。',
  },
  help: {
    en:
      'CI = (λmax − n)/(n − 1), where λmax is the principal eigenvalue of the matrix (power iteration, as AHP_WEIGHTS "eigen"), and CR = CI / RI(n) with Saaty\'s random index: ' +
      'n = 3: 0.58, 4: 0.90, 5: 1.12, 6: 1.24, 7: 1.32, 8: 1.41, 9: 1.45, 10: 1.49, 11: 1.51, 12: 1.48, 13: 1.56, 14: 1.57, 15: 1.59 (Saaty 1980 up to 10, and the extension to 15 used by most AHP software). ' +
      'CR < 0.1 is the usual threshold; above it, revise the judgements. A 1×1 or 2×2 reciprocal matrix is always consistent: CR = 0. ' +
      'The matrix is checked as in AHP_WEIGHTS: square, positive, diagonal 1, reciprocal within 1e-6 (#VALUE! naming the cell, #NUM! for a value ≤ 0). More than 15 criteria: #N/A (no random index). ',
    zh:
      'CI = (λmax − n)/(n − 1),λmax 为判断矩阵的最大特征值（幂迭代，同 AHP_WEIGHTS 的 "eigen"），CR = CI / RI(n),RI 为 Saaty 平均随机一致性指标：' +
      'n = 3:0.58,4:0.90,5:1.12,6:1.24,7:1.32,8:1.41,9:1.45,10:1.49,11:1.51,12:1.48,13:1.56,14:1.57,15:1.59（n ≤ 10 取自 Saaty 1980,11–15 为多数 AHP 软件采用的扩展表）。' +
      '通常以 CR < 0.1 为可接受；超过时应修改判断。1×1 或 2×2 的互反矩阵总是一致的：CR = 0。' +
      '矩阵检查与 AHP_WEIGHTS 相同：方阵、正数、对角线为 1、在 1e-6 以内互反（不满足时返回 #VALUE! 并指明单元格，不大于 0 的值返回 #NUM!）。准则超过 15 个返回 #N/A（无随机指标）。',
  },
  params: [
    {
      name: 'matrix',
      type: 'number',
      shape: 'matrix',
      blanks: 'missing',
      description: {
        en: 'A square positive reciprocal pairwise-comparison matrix (n ≤ 15).',
        zh: '正互反方阵形式的两两比较判断矩阵(n ≤ 15)。',
      },
    },
  ],
  result: {
    shape: 'scalar',
    description: { en: 'The consistency ratio CR.', zh: '一致性比率 CR。' },
  },
  glossary: ['consistency-ratio', 'ahp', 'pairwise-comparison'],
  examples: [
    {
      title: { en: 'Three criteria: CR ≈ 0.033, acceptable', zh: '三个准则：CR ≈ 0.033，可以接受' },
      args: [AHP_EXAMPLES.SAATY_3],
      expected: [[0.03319921599842474]],
      tolerance: 1e-10,
      source: 'numpy.linalg.eig: λmax = 3.0385110905581727, CI = (λmax − 3)/2, RI(3) = 0.58',
    },
    {
      title: { en: 'Four criteria', zh: '四个准则' },
      args: [AHP_EXAMPLES.FOUR_CRITERIA],
      expected: [[0.018929462028497806]],
      tolerance: 1e-10,
      source: 'numpy.linalg.eig: λmax = 4.051109547476944, RI(4) = 0.90',
    },
    {
      title: { en: 'A consistent matrix: CR = 0', zh: '完全一致的判断矩阵：CR = 0' },
      args: [AHP_EXAMPLES.CONSISTENT_3],
      expected: [[0]],
      tolerance: 1e-12,
      source: 'derived by hand: a_ij = w_i / w_j gives λmax = n',
    },
    {
      title: { en: 'Not square: #VALUE!', zh: '不是方阵：#VALUE!' },
      args: [
        [
          [1, 2, 4],
          [0.5, 1, 2],
        ],
      ],
      expected: [[{ error: '#VALUE!' }]],
      source: 'catalogue error table: shapes that do not match',
    },
  ],
  compute: (matrix) => ahpConsistency(matrix),
};
