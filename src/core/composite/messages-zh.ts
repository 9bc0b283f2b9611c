/** The messages of the composite family, in Chinese: the ids and parameters of messages.ts. */
import type { ChineseOf } from '../shared/messages';
import type { EN } from './messages';

/** A cell of a matrix, 1-based: "第 2 行第 3 列". */
const cell = (row: number, column: number): string => `第 ${row} 行第 ${column} 列`;

export const ZH: ChineseOf<typeof EN> = {
  // Reading data and directions
  tooFewRows: (p) => `要求 ${p.name} 至少有 ${p.min} 行（单位），而不是 ${p.rows} 行`,
  notRectangular: (p) => `要求 ${p.name} 为矩形区域`,
  directionsLength: (p) => `要求 directions 为 data 的每一列各给一个值（${p.columns} 个），而不是 ${p.count} 个`,
  badDirection: (p) => `要求 directions 的每个值为 1 或 -1，而第 ${p.position} 个是 ${p.value}`,

  // Columns that cannot be normalised or weighted
  tooFewValues: (p) => `data 的第 ${p.column} 列少于 2 个值`,
  constantColumn: (p) => `data 的第 ${p.column} 列为常数`,
  fracmaxNegative: (p) => `data 的第 ${p.column} 列有负值，"fracmax" 无法处理负值`,
  fracmaxZeroCost: (p) => `data 的第 ${p.column} 列有 0 值，对负向指标 min / x 无定义`,
  blankColumnWeighted: (p) => `data 的第 ${p.column} 列为空白：请从区域中去掉该列，或将其权重设为 0`,
  constantColumnWeighted: (p) =>
    `data 的第 ${p.column} 列为常数（每个值都是 ${p.value}），无法标准化：请从区域中去掉该列，或将其权重设为 0`,
  allConstant: () => 'data 的每一列都是常数',

  // AHP_WEIGHTS, AHP_CONSISTENCY
  notSquare: (p) => `要求 matrix 为方阵，而不是 ${p.rows}×${p.cols}`,
  blankComparison: (p) => `要求 matrix 的每个单元格都为数值，而${cell(p.row, p.column)}为空白`,
  nonPositiveComparison: (p) => `matrix 的${cell(p.row, p.column)}的值 ≤ 0；两两比较的值必须为正`,
  notUnitDiagonal: (p) => `要求 matrix 的对角线为 1，而${cell(p.index, p.index)}为 ${p.value}`,
  notReciprocal: (p) =>
    `要求 matrix 为互反矩阵，而${cell(p.row, p.column)}为 ${p.value}，应为 1/${p.opposite}（${cell(p.column, p.row)}的倒数）`,
  tooManyCriteria: (p) => `要求最多 ${p.max} 个准则：Saaty 的平均随机一致性指标只列到 n = 15`,

  // COMBINE_WEIGHTS
  weightsLengthMismatch: (p) => `要求 weights1 与 weights2 的个数相同，而它们分别有 ${p.first} 个和 ${p.second} 个值`,
  alphaOutOfRange: () => 'alpha 必须介于 0 与 1 之间',
  noCommonWeight: () => '没有任何指标在 weights1 和 weights2 中的权重都为正',

  // COMPOSITE_SCORE
  costWithoutNormalization: () => '要求 normalization 为 "none" 时没有负向指标：请在标准化数据时按方向处理',

  // CRITIC_WEIGHTS
  noContrastAndConflict: () => 'data 中没有同时具有对比强度与冲突性的列（各列为常数或完全相关）',
  tooFewCommonRows: (p) => `data 的第 ${p.first} 列与第 ${p.second} 列共同有值且值有变化的行太少，无法计算相关系数`,

  // CV_WEIGHTS
  nonPositiveMean: (p) => `data 的第 ${p.column} 列均值 ≤ 0，其变异系数无定义`,

  // ENTROPY_WEIGHTS
  negativeShift: () => 'shift 不能为负',
  blankColumn: (p) => `data 的第 ${p.column} 列为空白：请从区域中去掉该列`,
  rawNegative: (p) => `data 的第 ${p.column} 列第 ${p.row} 行为负值，"raw" 形式无法处理负值`,
  noInformation: () => 'data 的每一列都是常数，没有任何列携带信息',

  // OBSTACLE_DEGREE
  rowAtBest: (p) => `第 ${p.row} 行在每个有权重的指标上都处于最优值`,

  // RANK_UNCERTAINTY
  noiseOutOfRange: () => 'noise 必须介于 0 与 1 之间',
  runsOutOfRange: (p) => `runs 必须是 1 到 ${p.max} 之间的整数`,
  rowNotRanked: (p) => `第 ${p.row} 行有值部分的权重占比不足 65%，不参与排名`,
  noRankableRow: () => 'data 中没有任何一行有足够的值参与排名',

  // TOPSIS
  rowHasBlank: (p) => `data 的第 ${p.row} 行有空白单元格，无法计算其贴近度`,
  rowAtIdealAndAntiIdeal: (p) => `第 ${p.row} 行同时处于正理想解与负理想解`,
};
