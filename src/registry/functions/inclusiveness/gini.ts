import { gini } from '../../../core/inclusiveness/gini';
import { INCLUSIVENESS } from '../../categories';
import type { FunctionSpec } from '../../types';

export const giniSpec: FunctionSpec = {
  name: 'GINI',
  category: INCLUSIVENESS,
  description: {
    en: 'Gini coefficient of non-negative values (income, output per region), optionally with population weights or the small-sample correction.',
    zh: '非负数值（收入、各地区产出等）的基尼系数，可选人口权重或小样本修正。',
  },
  help: {
    en:
      'G = Σi Σj |xi − xj| / (2 n² x̄): half the mean absolute difference between all pairs, relative to the mean; 0 when all values are equal, and at most (n − 1)/n when one unit has everything. This is the form of R\'s ineq::Gini. ' +
      'weights: one population weight per value, for grouped data (for example mean income per province with its population): each value then stands for its weight\'s worth of people, G = Σ Σ wi wj |xi − xj| / (2 W² x̄w). Weights must be ≥ 0 and not all 0; they need not sum to 1. ' +
      'corrected TRUE multiplies the unweighted G by n/(n − 1), so a single unit holding everything gives 1 (the sample-based estimate); it does not apply with weights. ' +
      'values and weights: a row or a column each, the same length. Blank values are left out together with their weight (a blank weight for a present value is #VALUE!). An empty cell reads as blank on every platform. ' +
      'Errors: #NUM! for a negative value or weight (a Gini of data with negatives can exceed 1 and is not defined here); #DIV/0! when the values or the weights sum to 0; #N/A with no values, or fewer than two with corrected; #VALUE! for text, weights of another length, or corrected with weights. A single value gives 0. Check value: x = (1, 3, 2, 1, 1, 1, 4) gives 0.3076923, as in the R package phylotools.',
    zh:
      'G = Σi Σj |xi − xj| / (2 n² x̄)：所有两两之差绝对值的平均数的一半除以均值；所有值相等时为 0，一个单元占有全部时最大为 (n − 1)/n。与 R 的 ineq::Gini 形式相同。' +
      'weights：每个数值一个人口权重，用于分组数据（例如各省人均收入及其人口）：每个数值代表其权重所对应的人数，G = Σ Σ wi wj |xi − xj| / (2 W² x̄w)。权重须 ≥ 0 且不全为 0，不必合计为 1。' +
      'corrected 为 TRUE 时把未加权的 G 乘以 n/(n − 1)，使一个单元占有全部时等于 1（基于样本的估计）；有权重时不适用。' +
      'values 和 weights 各为一行或一列，长度相同。空白数值连同其权重一起不计入（数值存在但权重空白时返回 #VALUE!）。各平台上空单元格均按空白读取。' +
      '错误：数值或权重为负时返回 #NUM!（含负值数据的基尼系数可超过 1，此处不予定义）；数值或权重合计为 0 时返回 #DIV/0!；没有数值，或 corrected 时少于两个数值，返回 #N/A；文本、权重个数不符或有权重时 corrected 为 TRUE 返回 #VALUE!。只有一个数值时返回 0。核对值：x = (1, 3, 2, 1, 1, 1, 4) 得 0.3076923，与 R 包 phylotools 一致。',
  },
  params: [
    { name: 'values', type: 'number', shape: 'vector', min: 0, description: { en: 'Values ≥ 0 (a row or a column).', zh: '数值，≥ 0（一行或一列）。' } },
    {
      name: 'weights',
      type: 'number',
      shape: 'vector',
      optional: true,
      min: 0,
      description: { en: 'Population weights ≥ 0, one per value; default none.', zh: '人口权重，≥ 0，每个数值一个；默认无权重。' },
    },
    {
      name: 'corrected',
      type: 'boolean',
      shape: 'scalar',
      optional: true,
      default: false,
      description: { en: 'TRUE: × n/(n − 1), unweighted only. Default FALSE.', zh: 'TRUE：乘以 n/(n − 1)，仅用于未加权。默认 FALSE。' },
    },
  ],
  result: { shape: 'scalar', description: { en: 'The Gini coefficient.', zh: '基尼系数。' } },
  glossary: ['gini', 'inclusiveness'],
  examples: [
    {
      title: { en: 'Seven values', zh: '七个数值' },
      args: [[[1, 3, 2, 1, 1, 1, 4]], null, null],
      expected: [[0.3076923]],
      tolerance: 5e-8,
      source: 'published: R package phylotools 0.1.2, gini() documentation example (tests/fixtures/vectors/gini.json)',
    },
    {
      title: { en: 'Bias-corrected', zh: '小样本修正' },
      args: [[[541], [1463], [2445], [3438], [4437], [5401], [6392], [8304], [11904], [22261]], null, true],
      expected: [[0.513434589]],
      tolerance: 1e-8,
      source: 'tests/fixtures/vectors/gini.json, case acid_ineq_income_vector (derived with the ineq formula)',
    },
    {
      title: { en: 'Grouped data with population weights', zh: '带人口权重的分组数据' },
      args: [[[3], [1], [5], [2]], [[2], [1], [1], [4]], null],
      expected: [[0.225]],
      tolerance: 1e-12,
      source: 'derived with numpy: the pairwise weighted formula, equal to the Gini of the values repeated 2, 1, 1 and 4 times',
    },
    {
      title: { en: 'A negative value is #NUM!', zh: '有负值时返回 #NUM!' },
      args: [[[3, -1, 2]], null, null],
      expected: [[{ error: '#NUM!' }]],
      source: 'catalogue: negative values → #NUM!',
    },
  ],
  compute: gini,
};
