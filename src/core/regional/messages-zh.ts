/** The messages of the regional family, in Chinese: the ids and parameters of messages.ts. */
import type { ChineseOf } from '../shared/messages';
import type { EN } from './messages';

/** The closed classes of a chain, each "{1, 2}", joined by "和" (any other value as it is). */
const sets = (v: readonly string[]): string => (Array.isArray(v) ? v.join(' 和 ') : String(v));

/** "values 的第 3 行", or "values 第 2 列的第 3 行" when values has several columns. */
const unitCell = (row: number, column: number | null): string => `values ${column === null ? '的' : `第 ${column} 列的`}第 ${row} 行`;

export const ZH: ChineseOf<typeof EN> = {
  // Labels and panels
  blankLabelCell: (p) => `要求 ${p.name} 的每个单元格都有标签，而第 ${p.row} 行为空白`,
  labelRowMismatch: (p) => `要求 ${p.name} 为 ${p.values} 的每行提供一个标签（${p.expected} 个），而实际为 ${p.got} 个`,
  blankLabel: (p) => `要求 ${p.name} 在有数值的每一行都有标签，而第 ${p.row} 行为空白`,
  notLabel: (p) => `要求 ${p.name} 为标签（文本或数字），而第 ${p.row} 行不是`,
  labelCountMismatch: (p) => `要求 ${p.name} 为每个数值提供一个标签（${p.expected} 个），而实际为 ${p.got} 个`,
  notNumberRow: (p) => `要求 values 为数值，而第 ${p.row} 行不是数值`,
  notNumberItem: (p) => `要求 values 为数值，而第 ${p.item} 项不是数值`,
  notNumberCell: (p) => `要求 values 为数值，而第 ${p.row} 行第 ${p.column} 列不是数值`,
  periodFailed: (p) => `时期 ${p.period}：${p.inner.text}`,

  // BETA_CONVERGENCE, BETA_CONVERGENCE_PANEL
  unknownEffects: (p) => `要求 effects 为 "twoway"、"unit"、"none" 之一，而不是 "${p.value}"`,
  tooFewPeriods: (p) => `要求至少两个时期，而不是 ${p.n} 个`,
  nonPositiveValue: (p) => `要求 values 为正数（需取其对数），而第 ${p.row} 行为 ${p.value}`,
  duplicateUnitPeriod: (p) =>
    `要求每个单位在每个时期只有一行，而单位 ${p.unit} 在时期 ${p.period} 出现了两次（第 ${p.first} 行和第 ${p.second} 行）`,
  tooManyEffectLevels: (p) =>
    `要求更少的固定效应水平：${p.observations} 个观测值、${p.units} 个单位和 ${p.periods} 个时期超出了回归的 ${p.max} 个单元格上限（观测值数 ×（较小一方效应的水平数 + 回归变量数））`,
  lengthMismatch: (p) => `要求 initial 与 final 长度相同，而 initial 有 ${p.initial} 个数值，final 有 ${p.final} 个`,
  nonPositiveYears: (p) => `要求 years 为正数，而不是 ${p.years}`,
  nonPositiveLevel: (p) => `要求 ${p.name} 为正数（需取其对数），而第 ${p.item} 项为 ${p.value}`,
  controlsRowCount: (p) =>
    `要求 controls 的行数${p.header ? '（表头行除外）' : ''}与 ${p.values} 的行数相同（${p.expected} 行），而不是 ${p.got} 行`,
  controlNotNumber: (p) => `要求 controls 为数值，而第 ${p.row} 行第 ${p.column} 列为 ${p.value}`,
  tooFewObservations: (p) => `要求观测值多于系数，而只有 ${p.n} 个观测值、${p.k} 个系数${p.effects ? '（含固定效应）' : ''}`,
  collinear: (p) =>
    `无法估计模型：${p.name === null ? '某个固定效应' : `${p.name} `}为常数，或与${p.effects ? '固定效应' : '常数项'}${p.after ? '及其前面的回归变量' : ''}共线`,
  exactFit: () => '拟合是精确的（所有残差均为 0），因此标准误为 0，t 无定义',
  constantGrowth: () => '各增长率全部相等，因此 R² 无定义',
  noConvergence: (p) => `beta ${p.positive ? '为正' : '为 0'}（不收敛），因此 lambda 与 half-life 无定义`,
  speedUndefined: (p) => {
    const term = p.withYears ? '1 + beta·years' : '1 + beta';
    return `${term} 为 ${p.base}（≤ 0），因此 lambda = −ln(${term})${p.withYears ? '/years' : ''} 无定义`;
  },

  // DAGUM_GINI
  tooFewValues: (p) => `要求至少 2 个数值，而只有 ${p.n} 个`,
  zeroMeanOfValues: () => '各数值的均值为 0',
  emptyGroup: (p) => `组 ${p.group} 在此时期没有数值`,
  zeroGroupMean: (p) => `组 ${p.group} 的均值为 0`,
  zeroPairMeans: (p) => `组 ${p.first} 与组 ${p.second} 的均值都为 0`,
  unknownDagumOutput: () => '要求 output 为 "summary"、"within"、"between"、"all" 之一',
  negativeValue: (p) => `要求 values ≥ 0，而第 ${p.row} 行为 ${p.value}`,
  zeroGini: () => 'G 为 0，因此其份额无定义',

  // KERNEL_DENSITY
  unknownKernel: () => '要求 kernel 为 "gaussian"、"epanechnikov" 之一',
  unknownDensityOutput: () => '要求 output 为 "density"、"peaks" 之一',
  nonPositiveBandwidth: (p) => `要求 bandwidth 为正数，而不是 ${p.value}`,
  unknownBandwidth: () => '要求 bandwidth 为正数或 "silverman"、"scott"、"scipy"、"matlab" 之一',
  pointsNotNumber: () => '要求 points 为网格点数或一组 x 值（数值）',
  badPointCount: (p) => `要求 points 为 2 至 ${p.max} 的整数，而不是 ${p.value}`,
  tooManyPoints: (p) => `要求最多 ${p.max} 个点，而不是 ${p.n} 个`,
  pointNotNumber: (p) => `要求 points 为数值，而第 ${p.item} 项${p.blank ? '为空白' : '不是数值'}`,
  tooFewForDensity: (p) => `要求至少 2 个数值才能估计密度，而只有 ${p.n} 个`,
  noValues: () => '没有数值',
  tooFewForSd: (p) => `时期 ${p.period}：要求至少 2 个数值才能计算 sd`,
  zeroMad: () => '中位数绝对偏差为 0，因此 "matlab" 带宽为 0',
  zeroSpread: (p) => `各数值全部相等，因此 "${p.rule}" 带宽为 0`,

  // LOCAL_MORAN
  unknownScaling: (p) => `要求 scaling 为 "n-1" 或 "n"，而不是 "${p.value}"`,
  badPermutations: (p) => `要求 permutations 为 0（解析矩）或 ${p.min} 至 ${p.max} 的整数，而不是 ${p.value}`,
  island: (p) => `单位 ${p.unit} 没有邻居（权重的该行全为 0），因此其 z 与 p 无定义`,
  tooManyDraws: (p) =>
    `要求 permutations × 正权重的个数不超过 ${p.max}，而不是 ${p.permutations} × ${p.weights}；` +
    '请减少 permutations，改用更稀疏的权重（knn、threshold 或邻接矩阵），或令 permutations 为 0（解析矩）',

  // MARKOV_TRANSITION
  classNeverLeft: (p) => `类型 ${p.class} 只有转入、没有转出，因此该链没有稳态分布`,
  noTransitionForSteady: () => '要求至少有一次转移才能计算稳态分布',
  closedClasses: (p) => `该链有 ${p.count} 个闭的状态类（${sets(p.sets)}），因此其稳态分布不唯一`,
  badClassCount: (p) => `要求 classes 为 2 至 ${p.max} 的整数（类型个数）或一行递增的分界点，而不是 ${p.value}`,
  cutNotNumber: (p) => `要求 classes 为一行分界点（数值），而第 ${p.item} 项${p.value === null ? '为空白' : `为 ${p.value}`}`,
  cutsNotAscending: (p) => `要求 classes 中的分界点递增，而第 ${p.item} 项（${p.value}）不大于第 ${p.item - 1} 项（${p.previous}）`,
  tooManyCuts: (p) => `要求 classes 中最多 ${p.max} 个分界点，而不是 ${p.n} 个`,
  unknownClassing: (p) => `要求 classing 为 "per-period"、"pooled" 之一，而不是 "${p.value}"`,
  unknownMarkovOutput: (p) => `要求 output 为 "matrix"、"steady"、"test" 之一，而不是 "${p.value}"`,
  testNeedsWeights: () => '要求 output 为 "test" 时提供 weights（空间马尔可夫链的同质性检验）',
  tooFewPeriodColumns: (p) => `要求至少 2 个时期（values 的列），而不是 ${p.n} 个`,
  noTransition: () => '要求至少有一次转移，即某个单位在相邻两期都有数值',
  noSpatialTransition: () => '要求至少有一次有邻居的单位的转移（现在每个单位都没有邻居，或其邻居的数值为空白）',
  zeroDof: () => '同质性检验的自由度为 0',

  // SIGMA_CONVERGENCE
  emptyPeriod: (p) => `时期 ${p.period} 没有数值`,
  tooFewForSampleSd: (p) => `时期 ${p.period}：要求至少 2 个数值才能计算样本标准差（分母 "n-1"）`,
  zeroMean: () => '均值为 0',
  noLogarithm: () => '有数值 ≤ 0，无法取对数',
  unknownDivisor: () => '要求 divisor 为 "n-1"、"n" 之一',
  longNotVector: (p) => `要求给出 periods 时 values 为一列（或一行），而不是 ${p.rows}×${p.cols} 的区域`,
  emptyValues: () => '要求至少有一个数值',

  // MORAN_I, GEARY_C, LOCAL_MORAN
  unknownStandardize: (p) => `要求 standardize 为 "row"、"binary" 或 "none"，而不是 "${p.value}"`,
  unknownAssumption: (p) => `要求 assumption 为 "randomization" 或 "normality"，而不是 "${p.value}"`,
  tooFewUnits: (p) => `要求至少 ${p.min} 个单位（values 的行），而不是 ${p.n} 个`,
  blankUnit: (p) => `要求每个单位都有数值，而 ${unitCell(p.row, p.column)}为空白`,
  unitNotNumber: (p) => `要求每个单位都有数值，而 ${unitCell(p.row, p.column)}为 ${p.value}`,
  constantValues: (p) => `values ${p.column === null ? '' : `的第 ${p.column} 列`}为常数，因此方差为 0`,
  zeroWeights: () => '权重全为 0（没有任何单位有邻居）',
  zeroVariance: () => '在这些权重下统计量的方差为 0（统计量不会变化），因此 z 与 p 无定义',

  // Weights
  notRange: (p) => `要求 ${p.name} 为区域`,
  notRectangular: (p) => `要求 ${p.name} 为矩形区域`,
  cellNotNumber: (p) => `要求 ${p.name} 为数值，而第 ${p.row} 行第 ${p.column} 列为 ${p.value}`,
  negativeWeight: (p) => `要求 ${p.name} 非负，而第 ${p.row} 行第 ${p.column} 列为 ${p.value}`,
  nonZeroDiagonal: (p) => `要求 ${p.name} 的对角线为 0（单位不是自身的邻居），而第 ${p.row} 行第 ${p.column} 列为 ${p.value}`,
  weightsShape: (p) => `要求 ${p.name} 为 ${p.n} 个单位的 n×n 矩阵或 n×2 坐标（纬度、经度），而不是 ${p.rows}×${p.cols} 的区域`,
  blankCoordinate: (p) => `要求 ${p.name} 的每行都有纬度和经度，而第 ${p.row} 行有空白`,
  latitudeOutOfRange: (p) =>
    `要求 ${p.name} 的第一列为 [-90, 90] 内的纬度（纬度、经度，单位为度），而第 ${p.row} 行为 ${p.value}；是否把两列填反了？`,
  samePlace: (p) => `${p.name} 的第 ${p.first} 行与第 ${p.second} 行是同一地点，因此其反距离为无穷大`,
  unknownWeightsStandardize: (p) => `要求 standardize 为 "row" 或 "none"，而不是 "${p.value}"`,
  unknownKind: (p) => `要求 kind 为 "inverse-distance"、"knn"、"threshold" 或 "economic"，而不是 "${p.value}"`,
  paramNotNumber: () => '要求 param 为数值',
  economicShape: (p) => `要求 "economic" 的 coordinates 为一列数值（n×1），而不是 ${p.rows}×${p.cols} 的区域`,
  nonPositiveEconomicPower: (p) => `要求 param（经济距离的幂）为正数，而不是 ${p.value}`,
  blankEconomicValue: (p) => `要求 coordinates 的每行都有数值，而第 ${p.row} 行为空白`,
  sameValue: (p) => `coordinates 的第 ${p.first} 行与第 ${p.second} 行数值相同，因此其经济距离为 0`,
  coordinatesShape: (p) => `要求 coordinates 为 n×2（纬度、经度，单位为度），而不是 ${p.rows}×${p.cols} 的区域`,
  nonPositivePower: (p) => `要求 param（距离的幂）为正数，而不是 ${p.value}`,
  badNeighbourCount: (p) => `要求 param（邻居个数）为 1 至 ${p.max} 的整数（其余单位的个数），而不是 ${p.value}`,
  nonPositiveBand: (p) => `要求 param（距离阈值，公里）为正数，而不是 ${p.value}`,
};
