/**
 * Parameters and help sentences shared by the composite-indicator specs
 * (catalogue sections 1 and 8), written once so that every function
 * describes data, directions, weights and blank cells the same way.
 */
import type { ParamSpec, Text } from '../../types';

export const dataParam: ParamSpec = {
  name: 'data',
  type: 'number',
  shape: 'matrix',
  blanks: 'missing',
  description: {
    en: 'Units (industries, regions, firms, years) in rows, indicators in columns; blank cells are missing.',
    zh: '单位（产业、地区、企业、年份）为行，指标为列；空白单元格为缺失值。',
  },
};

export const directionsParam: ParamSpec = {
  name: 'directions',
  type: 'direction',
  shape: 'vector',
  optional: true,
  description: {
    en: 'One per indicator: 1 / "+" / "benefit" (larger is better) or -1 / "-" / "cost"; omitted = all benefit.',
    zh: '每个指标一个：1 / "+" / "benefit"（正向，越大越好）或 -1 / "-" / "cost"（负向）；省略时全部为正向。',
  },
};

/** The weights of the scoring functions; `optional` says whether they may be omitted (then equal). */
export const weightsParam = (optional: boolean): ParamSpec => ({
  name: 'weights',
  type: 'number',
  shape: 'vector',
  blanks: 'error',
  min: 0,
  ...(optional ? { optional: true } : {}),
  description: optional
    ? {
        en: 'One weight ≥ 0 per indicator (a row or a column), rescaled to sum to 1; omitted = equal.',
        zh: '每个指标一个不小于 0 的权重（一行或一列），自动归一为和为 1；省略时等权。',
      }
    : {
        en: 'One weight ≥ 0 per indicator (a row or a column), rescaled to sum to 1, e.g. the output of ENTROPY_WEIGHTS.',
        zh: '每个指标一个不小于 0 的权重（一行或一列），自动归一为和为 1，例如 ENTROPY_WEIGHTS 的结果。',
      },
});

/** How blank cells arrive from Excel, for the help of every function that takes data. */
export const BLANKS_NOTE: Text = {
  en:
    'Blank cells are missing values: they are left out of each column\'s statistics. An empty cell reads as blank on every platform. ' +
    'Text where a number is needed is #VALUE!, never 0. ',
  zh:
    '空白单元格为缺失值，不参与该列的统计。各平台上空单元格均按空白读取。' +
    '需要数字的位置出现文本时返回 #VALUE!，绝不当作 0。',
};

/** What the scoring functions do with constant and empty columns (the catalogue's rule), and the weights' length rule. */
export const SCORING_NOTE: Text = {
  en:
    'Constant and empty columns: a column whose weight is 0 is left out, so the weights of ENTROPY_WEIGHTS (which gives a constant column 0) can be passed as they are, e.g. TOPSIS(data, ENTROPY_WEIGHTS(data)); a constant column with a positive weight cannot be normalised, and a column with no value at all cannot be scored: either is one #VALUE! naming the column (remove it from the range, or give it weight 0). weights and data must have the same number of columns (#VALUE!). ',
  zh:
    '常数列与空列：权重为 0 的列不参与计算，因此 ENTROPY_WEIGHTS 的结果（它给常数列的权重为 0）可以直接传入，如 TOPSIS(data, ENTROPY_WEIGHTS(data))；权重为正的常数列无法标准化，完全空白的列无法评分：两者都只返回一个 #VALUE! 并指明列号（请从区域中去掉该列，或将其权重设为 0）。weights 与 data 的列数必须相同（否则 #VALUE!）。',
};
