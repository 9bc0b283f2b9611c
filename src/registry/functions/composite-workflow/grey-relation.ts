import { greyRelation } from '../../../core/composite-workflow/grey-relation';
import { COMPOSITE_WORKFLOW } from '../../categories';
import type { FunctionSpec, ParamSpec, Text } from '../../types';

/** Opricovic & Tzeng (2004): three alternatives, a cost (column 1) and a benefit (column 2). */
export const OPRICOVIC_TZENG = [
  [1, 3000],
  [2, 3750],
  [5, 4500],
];

/** Eight fictional units × five indicators (tests/fixtures/composite-workflow/grey-vikor.json, D1). */
export const EIGHT_UNITS = [
  [12.4, 3.1, 0.62, 48.0, 210],
  [8.9, 2.45, 0.71, 55.5, 180],
  [15.2, 4.02, 0.55, 39.0, 260],
  [10.1, 1.98, 0.8, 61.2, 150],
  [6.7, 2.76, 0.49, 44.8, 305],
  [13.8, 3.55, 0.66, 52.1, 240],
  [9.5, 2.2, 0.58, 47.3, 199],
  [11.0, 3.8, 0.74, 58.9, 225],
];
export const EIGHT_UNITS_WEIGHTS = [[3, 1, 2.5, 1.5, 2]];
export const EIGHT_UNITS_DIRECTIONS = [['+', '-', '+', '-', '+']];

/** The data, weights and directions of GREY_RELATION and VIKOR. */
export const scoringDataParam: ParamSpec = {
  name: 'data',
  type: 'number',
  shape: 'matrix',
  blanks: 'missing',
  description: {
    en: 'Units (regions, firms, years) in rows, indicators in columns; blank cells are missing.',
    zh: '单位（地区、企业、年份）为行，指标为列；空白单元格为缺失值。',
  },
};

export const scoringWeightsParam: ParamSpec = {
  name: 'weights',
  type: 'number',
  shape: 'vector',
  blanks: 'error',
  min: 0,
  optional: true,
  description: {
    en: 'One weight ≥ 0 per indicator (a row or a column), rescaled to sum to 1; omitted = equal. A column of weight 0 is left out.',
    zh: '每个指标一个不小于 0 的权重（一行或一列），自动归一为和为 1；省略时等权。权重为 0 的列不参与计算。',
  },
};

export const scoringDirectionsParam: ParamSpec = {
  name: 'directions',
  type: 'direction',
  shape: 'vector',
  optional: true,
  description: {
    en: 'One per indicator: 1 / "+" / "benefit" (larger is better) or -1 / "-" / "cost"; omitted = all benefit.',
    zh: '每个指标一个：1 / "+" / "benefit"（正向，越大越好）或 -1 / "-" / "cost"（负向）；省略时全部为正向。',
  },
};

/** Blank cells and the constant-column rule, as GREY_RELATION and VIKOR apply them. */
export const SCORING_BLANKS: Text = {
  en:
    'Blank cells are missing values: each column\'s best and worst value are taken over the values present. A unit with a blank cell in a column of positive weight cannot be compared on every indicator: #N/A in its cells (the other units are computed as usual; leaving the indicator out and rescaling the weights would compare units on different indicators). ' +
    'An empty cell reads as blank on every platform. Text where a number is needed is #VALUE!, never 0. ' +
    'A column of weight 0 is left out, so a constant column to which ENTROPY_WEIGHTS gives weight 0 does no harm; a constant or empty column with a positive weight is #VALUE! naming it: remove it from the range or give it weight 0. ',
  zh:
    '空白单元格为缺失值：各列的最优值与最差值取自非空值。在权重为正的列中有空白单元格的单位无法在全部指标上比较，其单元格返回 #N/A（其他单位照常计算；若略去该指标并重新归一权重，各单位就是在不同指标上比较）。' +
    '各平台上空单元格均按空白读取。需要数字的位置出现文本时返回 #VALUE!，绝不当作 0。' +
    '权重为 0 的列不参与计算，因此被 ENTROPY_WEIGHTS 赋予 0 权重的常数列不影响结果；权重为正的常数列或空列返回 #VALUE! 并指明列号：请把它移出数据区域或把它的权重设为 0。',
};

export const greyRelationSpec: FunctionSpec = {
  name: 'GREY_RELATION',
  category: COMPOSITE_WORKFLOW,
  description: {
    en: "Deng's grey relational grade of each unit (row) to the ideal unit, the best value of every indicator: between 0 and 1, larger is better.",
    zh: '各单位（行）与理想单位（各指标取最优值）的邓氏灰色关联度，介于 0 与 1 之间，越大越好。',
  },
  help: {
    en:
      'Grey relational analysis in its evaluation use (Deng 1982): how close each unit is to the ideal unit. ' +
      'Each column is min-max normalised by direction over the values present (z = (x − min)/(max − min) for a benefit, (max − x)/(max − min) for a cost), so the ideal unit has z = 1 in every column. ' +
      'Δ = |1 − z| is the distance to the ideal, with Δmin and Δmax taken over the whole matrix (after min-max they are 0 and 1); the grey relational coefficient is ξ = (Δmin + ρΔmax)/(Δ + ρΔmax), and the grade Σ w ξ with the weights (default equal) rescaled to sum to 1. ' +
      'The grade lies in (0, 1]: 1 for a unit at the best value of every indicator. rho, the distinguishing coefficient, is 0.5 by convention; a smaller rho spreads the coefficients further apart, and can change the ranks. ' +
      "pyDecision's gra_method divides this grade by the number of units (the ranks are the same); this function gives the grade itself, as the papers print it. " +
      SCORING_BLANKS.en +
      'Errors: rho outside (0, 1] #NUM!; fewer than 2 rows, or a column with fewer than 2 values, #N/A; weights or directions not one per column #VALUE!; a negative weight #NUM!; all weights 0 #DIV/0!. ' +
      'Source: methods-analysis.md §7; checked against the Opricovic & Tzeng (2004) example of grey_relational_vikor.json and against separately written R code.',
    zh:
      '灰色关联分析的评价用法（邓聚龙 1982）：各单位与理想单位的接近程度。' +
      '各列先按方向以非空值做极差标准化（正向 z = (x − min)/(max − min)，负向 (max − x)/(max − min)），理想单位在每一列都是 z = 1。' +
      'Δ = |1 − z| 为到理想单位的差，Δmin 与 Δmax 取整个矩阵的最小值与最大值（极差标准化后分别为 0 和 1）；灰色关联系数 ξ = (Δmin + ρΔmax)/(Δ + ρΔmax)，关联度为 Σ w ξ，权重（默认等权）归一为和为 1。' +
      '关联度取值 (0, 1]，在所有指标上都取最优值的单位为 1。rho 为分辨系数，通常取 0.5；rho 越小，关联系数差别越大，名次可能改变。' +
      'pyDecision 的 gra_method 把关联度再除以单位个数（名次不变）；本函数给出关联度本身，与论文一致。' +
      SCORING_BLANKS.zh +
      '错误：rho 不在 (0, 1] 内返回 #NUM!；少于 2 行或某列少于 2 个数值返回 #N/A；weights 或 directions 与列数不符返回 #VALUE!；权重为负返回 #NUM!；权重全为 0 返回 #DIV/0!。' +
      '来源：methods-analysis.md 第 7 节；已与 grey_relational_vikor.json 中 Opricovic & Tzeng(2004)的算例及独立编写的 R 代码核对。',
  },
  params: [
    scoringDataParam,
    scoringWeightsParam,
    scoringDirectionsParam,
    {
      name: 'rho',
      type: 'number',
      shape: 'scalar',
      optional: true,
      default: 0.5,
      above: 0,
      max: 1,
      description: {
        en: 'The distinguishing coefficient ρ, in (0, 1] (default 0.5).',
        zh: '分辨系数 ρ，取值 (0, 1]（默认 0.5）。',
      },
    },
  ],
  result: {
    shape: 'column',
    description: { en: 'One grey relational grade per unit, in (0, 1].', zh: '每个单位一个灰色关联度，取值 (0, 1]。' },
  },
  glossary: ['grey-relational-analysis', 'ideal-solution', 'min-max-normalisation', 'indicator-direction'],
  examples: [
    {
      title: { en: 'Opricovic & Tzeng (2004): a cost and a benefit, equal weights', zh: 'Opricovic & Tzeng(2004)算例：一个负向指标与一个正向指标，等权' },
      args: [OPRICOVIC_TZENG, [[0.5, 0.5]], [['cost', 'benefit']]],
      expected: [[0.6666666667], [0.5833333333], [0.6666666667]],
      tolerance: 1e-9,
      source: 'tests/fixtures/vectors/analysis/grey_relational_vikor.json, case gra_eval_opricovic_tzeng_2004 (grade_weighted: the unscaled grade, pyDecision × n)',
    },
    {
      title: { en: 'Eight units, weights rescaled from 3, 1, 2.5, 1.5, 2, directions mixed, ρ = 0.3', zh: '8 个单位，权重 3、1、2.5、1.5、2 归一后使用，正负向指标混合，ρ = 0.3' },
      args: [EIGHT_UNITS, EIGHT_UNITS_WEIGHTS, EIGHT_UNITS_DIRECTIONS, 0.3],
      expected: [
        [0.393007847423375],
        [0.36741390093368],
        [0.642500523898985],
        [0.530769230769231],
        [0.451065159172482],
        [0.455468708406869],
        [0.368327796618397],
        [0.401589329699763],
      ],
      tolerance: 1e-12,
      source: 'derived with separately written R code: tests/fixtures/composite-workflow/grey-vikor.R, grey_relation.D1_w1_rho03',
    },
    {
      title: { en: 'A unit with a blank cell: #N/A for that unit only', zh: '含空白单元格的单位：仅该单位返回 #N/A' },
      args: [[[1, 10], [2, null], [3, 20], [4, 40]]],
      expected: [[1 / 3], [{ error: '#N/A' }], [18 / 35], [1]],
      tolerance: 1e-12,
      source: 'derived by hand: Δ = (1, 1) for unit 1 and (1/3, 2/3) for unit 3, Δmin = 0, Δmax = 1, ξ = 0.5/(Δ + 0.5); unit 3: (3/5 + 3/7)/2 = 18/35',
    },
    {
      title: { en: 'A constant column of weight 0 is left out', zh: '权重为 0 的常数列不参与计算' },
      args: [[[1, 5, 10], [2, 5, 20], [4, 5, 40]], [[1, 0, 1]]],
      expected: [[1 / 3], [3 / 7], [1]],
      tolerance: 1e-12,
      source: 'derived by hand: columns 1 and 3 both give Δ = (1, 2/3, 0) (2 is a third of the way from 1 to 4, 20 a third from 10 to 40), so ξ = 0.5/(Δ + 0.5) = (1/3, 3/7, 1) in both, and so is the grade',
    },
    {
      title: { en: 'A constant column with a positive weight: #VALUE!', zh: '权重为正的常数列：#VALUE!' },
      args: [[[1, 5], [2, 5], [3, 5]]],
      expected: [[{ error: '#VALUE!' }]],
      source: 'catalogue section 11: a constant column with a positive weight is #VALUE! naming the column',
    },
  ],
  compute: (data, weights, directions, rho) => greyRelation(data, weights, directions, rho),
};
