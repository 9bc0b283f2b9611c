/** The messages of the composite-workflow family, in Chinese: the ids and parameters of messages.ts. */
import type { ChineseOf } from '../shared/messages';
import { group } from '../shared/messages';
import { type EN, renumberColumns } from './messages';

/** A series of GREY_CORRELATION before a Chinese word: "reference " (a space after the Latin name), "factors 的第 2 列". */
const seriesZh = (column: number | null): string => (column === null ? 'reference ' : `factors 的第 ${column} 列`);

const STATISTIC = { skewness: '偏度', kurtosis: '峰度' } as const;

const WEIGHTING = { given: '给定权重', entropy: '熵权', critic: ' CRITIC 权重' } as const;

export const ZH: ChineseOf<typeof EN> = {
  // Shared by several functions
  tooFewColumns: (p) => `要求 data 至少有 2 列（指标），实际为 ${p.m} 列`,
  tooFewCompleteRows: (p) => `要求 data 至少有 3 个没有空白的行，实际为 ${p.n} 行${p.blanks ? '（含空白单元格的行不参与计算）' : ''}`,
  noRows: () => '要求 data 至少有一行',
  dataNotRectangular: () => '要求 data 为矩形区域',
  columnUnderTwoValues: (p) => `data 的第 ${p.column} 列少于 2 个数值`,
  columnBlank: (p) => `data 的第 ${p.column} 列全为空白：请删除该列，或把其权重设为 0`,
  columnConstantWeighted: (p) => `data 的第 ${p.column} 列为常数，无法标准化：请删除该列，或把其权重设为 0`,

  // CORRELATION_MATRIX
  tooManyColumnsMatrix: (p) => `要求 data 至多 ${p.max} 列（指标），实际为 ${p.m} 列：结果将是 ${p.m}×${p.m} 的矩阵`,
  columnFewValues: (p) => `data 的第 ${p.column} 列有 ${p.count} 个数值，少于 ${p.min} 个`,
  pairFewRows: (p) => `data 的第 ${p.column} 列和第 ${p.other} 列同时有数值的行只有 ${p.count} 行，少于 ${p.min} 行`,
  pairTooLarge: (p) => `data 的第 ${p.column} 列和第 ${p.other} 列的数值太大，无法平方（超过约 1e154）：请重新缩放这两列`,
  columnConstantCorrelation: (p) => `data 的第 ${p.column} 列为常数，因此其相关系数无定义`,
  pairConstant: (p) => `data 的第 ${p.column} 列在与第 ${p.other} 列共同有数值的行上为常数，因此两者的相关系数无定义`,

  // CRONBACH_ALPHA
  alphaTooLarge: () => 'data 的数值太大，无法平方（超过约 1e154）：请重新缩放',
  alphaTotalsConstant: () => 'data 的行合计没有变化（每列都是常数），因此 α 无定义',

  // GREY_CORRELATION
  rowsMismatch: (p) => `要求 reference 与 factors 的行数相同：reference 有 ${p.n} 个值，factors 有 ${p.rows} 行`,
  tooFewObservations: (p) => `要求至少 2 行（观测），实际为 ${p.n} 行`,
  factorsNotRectangular: () => '要求 factors 为矩形区域',
  everyDeltaZero: () => '无量纲化后每个因素都与参考序列相同（所有 Δ = 0），因此灰色关联系数为 0/0',
  noOverlap: (p) => `factors 的第 ${p.column} 列在参考序列有值的行中都没有值`,
  seriesFewValues: (p) => `${seriesZh(p.column)}少于 2 个数值`,
  seriesMeanZero: (p) => `${seriesZh(p.column)}的均值为 0，因此均值化要除以 0`,
  seriesMeanNegative: (p) => `${seriesZh(p.column)}的均值为负，除以它会使序列上下颠倒：请改用 "minmax"`,
  seriesFirstBlank: (p) => `${seriesZh(p.column)}在第 1 行（初值化的基期）为空白`,
  seriesFirstZero: (p) => `${seriesZh(p.column)}的首值为 0，因此初值化要除以 0`,
  seriesFirstNegative: (p) => `${seriesZh(p.column)}的首值为负，除以它会使序列上下颠倒：请改用 "minmax"`,
  seriesConstant: (p) => `${seriesZh(p.column)}为常数，因此极差化（"minmax"）要除以 0`,
  seriesTooLarge: (p) => `${seriesZh(p.column)}的数值太大，无法无量纲化`,

  // GREY_RELATION
  everyGapZero: () => '与理想单位的差值全部为 0（Δmax = 0），因此灰色关联系数为 0/0',

  // GREY_RELATION, GREY_CORRELATION, VIKOR
  rhoRange: (p) => `要求 rho 满足 0 < rho ≤ 1（通常取 0.5），实际为 ${p.rho}`,
  rangeTooLarge: (p) => `data 的第 ${p.column} 列的极差太大，无法计算`,
  blankUnit: (p) => `data 的第 ${p.row} 行在权重为正的列中有空白单元格，因此无法计算其得分`,

  // IMPUTE
  resultTooLarge: () => '有结果太大，超出了数值的范围',
  unknownMethod: (p) => `要求 method 为 "mean"、"median"、"group-mean"、"group-median" 之一，而不是 "${p.method}"`,
  groupsMissing: (p) => `要求 method 为 "${p.method}" 时给出 groups（data 每行一个组别标签）`,
  groupsUnwanted: (p) =>
    `要求给出 groups 时 method 为 "group-mean" 或 "group-median"（method "${p.method}" 不使用 groups）：请选择其中之一，或省略 groups`,
  groupsLength: (p) => `要求 groups 为 data 的每行给出一个组别标签（${p.n} 个），实际为 ${p.count} 个`,
  groupNoValues: (p) => `data 的第 ${p.column} 列在组 ${p.label} 中没有数值，因此无法填补该组中的空白`,
  columnNoValues: (p) => `data 的第 ${p.column} 列没有数值，因此无法填补其中的空白`,
  blankGroupLabel: (p) => `第 ${p.row} 行在 groups 中的组别标签为空白，因此无法填补其在 data 第 ${p.column} 列中的空白`,

  // INDEX_SENSITIVITY
  notFinite: (p) => `data 的第 ${p.column} 列含有不是有限数的值`,
  lowCoverage: (p) => `第 ${p.row} 行非空数值的权重占比低于 65%，因此不参与排名`,
  noRankedRow: () => 'data 中没有任何一行有足够的数值参与排名',
  normalisedTooLarge: (p) => `data 的第 ${p.column} 列无法标准化：其数值太大`,
  geometricOutlier: (p) =>
    `data 的第 ${p.column} 列有低于其均值 5 个标准差以上的值，经 z 分数标准化后无法用于几何平均：请先处理异常值（TREAT_OUTLIERS），或在 choices 中去掉 "normalization" 或 "aggregation"`,
  weightsTooLarge: (p) => `无法计算 data 的${WEIGHTING[p.weighting] ?? WEIGHTING.given}：其数值太大`,
  // The error of ENTROPY_WEIGHTS or CRITIC_WEIGHTS, said to come from that weighting (the English is that error alone).
  keptColumns: (p) => `计算${p.weighting === 'critic' ? WEIGHTING.critic : WEIGHTING.entropy}时：${renumberColumns(p.inner.text, p.kept)}`,
  unknownChoice: (p) => `要求 choices 的每一项为 "normalization"、"weighting"、"aggregation"、"noise" 之一：第 ${p.position} 项为 "${p.found}"`,
  choiceTwice: (p) => `要求 choices 中每项选择只出现一次："${p.choice}" 出现了两次`,
  noChoice: () => '要求 choices 至少包含 "normalization"、"weighting"、"aggregation"、"noise" 中的一项',
  runsRange: (p) => `runs 必须是 1 至 ${group(p.max)} 的整数`,
  tooMuchWork: (p) =>
    `要求构建次数（${group(p.builds)}）× data 的单元格数（${group(p.cells)}）不超过 ${group(p.max)}：请减少 runs 或数据`,
  tooManyKeptRanks: (p) =>
    `要求 2 × runs × data 的行数不超过 ${group(p.max)}，而不是 2 × ${group(p.runs)} × ${group(p.rows)}：请减少 runs 或行数`,
  rankShiftConstant: () => '平均绝对名次变动在每次模拟中都相同，因此其方差为 0，敏感性指数为 0/0',
  outputConstant: () => '输出在每次模拟中都相同，因此其方差为 0，敏感性指数为 0/0',

  // INDEX_TREE
  costWithNone: () => '要求 normalization 为 "none" 时没有负向指标：请在标准化时统一数据的方向',
  nodeAllZero: (p) => `节点 "${p.node}" 下所有指标的权重都为 0，因此无从合成`,
  geometricNonPositive: (p) =>
    `第 ${p.row} 行在节点 "${p.node}" 下有 ≤ 0 的值，几何平均无法处理：请带平移量标准化，并设 normalization 为 "none"`,
  structureRows: (p) =>
    `要求 structure 每行对应 data 的一列（${p.m} 行），实际为 ${p.rows}×${p.levels}${p.transposed ? '（似乎行列颠倒了：请每行放一个指标，例如用 TRANSPOSE 转置）' : ''}`,
  structureNotRectangular: () => '要求 structure 为至少有一列的矩形区域',
  nodeNameBlank: (p) => `要求 structure 的每个单元格都有节点名称：第 ${p.row} 行第 ${p.column} 列为空白`,
  nodeTwoLevels: (p) => `要求每个节点名称只用于一个级别："${p.node}" 出现在 structure 的第 ${p.column} 列和第 ${p.other} 列`,
  twoParents: (p) =>
    `要求每个节点只有一个上级：structure 在第 ${p.row} 行给 "${p.node}" 的上级为 "${p.parent}"，在第 ${p.otherRow} 行则为 "${p.other}"`,

  // INTERPOLATE
  unknownEnds: (p) => `要求 ends 为 "blank"、"nearest"、"extrapolate" 之一，而不是 "${p.ends}"`,
  noValueRows: () => '要求 values 至少有一行',
  valuesNotRectangular: () => '要求 values 为矩形区域',
  unitsLength: (p) => `要求 units 为 values 的每行给出一个标签（${p.n} 个），实际为 ${p.count} 个`,

  // PCA_SCORE
  tooManyColumns: (p) => `要求 data 至多 ${p.max} 列（指标），实际为 ${p.m} 列`,
  constantColumnSd: (p) => `data 的第 ${p.column} 列${p.blanks ? '在没有空白的行上' : ''}为常数，无法标准化（标准差为 0）：请删除该列`,
  columnTooLarge: (p) => `data 的第 ${p.column} 列的数值太大，无法平方（超过约 1e154）：请重新缩放该列`,
  noKaiserComponent: () => '没有特征值大于 1 的主成分（各列互不相关）：请给出 components，指定保留几个主成分',
  componentsRange: (p) => `要求 components 为 1 至 ${p.m}（data 的列数）之间的整数，而不是 ${p.components}`,
  componentsAboveRank: (p) =>
    `要求 components 不超过 ${p.rank}，即特征值为正的主成分个数（${p.n} 个没有空白的行至多给出 ${p.n - 1} 个，有共线的列时更少）：其余主成分不由数据决定`,

  // TREAT_OUTLIERS
  statTooFewValues: (p) =>
    `data 的第 ${p.column} 列有 ${p.count} 个数值，而其${STATISTIC[p.statistic] ?? STATISTIC.skewness}至少需要 ${p.need} 个`,
  statConstant: (p) => `data 的第 ${p.column} 列为常数，因此其${STATISTIC[p.statistic] ?? STATISTIC.skewness}为 0/0`,
  unknownOutput: (p) => `要求 output 为 "data"、"report" 之一，而不是 "${p.output}"`,
  skewnessLimit: (p) => `要求 skewness 为不小于 0 的数值，而不是 ${p.value}`,
  kurtosisLimit: (p) => `要求 kurtosis 为数值，而不是 ${p.value}`,
  maxPointsInvalid: (p) => `要求 maxPoints 为不小于 0 的整数，而不是 ${p.value}`,
  winsorisingTies: (p) => `data 的第 ${p.column} 列：缩尾会使所有数值相同（偏度为 0/0），因此该列不作处理`,

  // VIKOR
  vRange: (p) => `要求 v 在 [0, 1] 之内，实际为 ${p.v}`,
  fewScoredUnits: () => '在所有权重为正的列中都有数值的单位少于 2 个，因此无法计算 Q',
  sameS: () => '每个单位的 S（群体效用）都相同，因此 Q 中的 (S − S*)/(S⁻ − S*) 为 0/0',
  sameR: () => '每个单位的 R（个体遗憾）都相同，因此 Q 中的 (R − R*)/(R⁻ − R*) 为 0/0',
};
