import { tfpIndex } from '../../../core/productivity/tfp-index';
import { PRODUCTIVITY } from '../../categories';
import type { FunctionSpec } from '../../types';
import { tfpSeriesParams } from './tfp-growth';

export const tfpIndexSpec: FunctionSpec = {
  name: 'TFP_INDEX',
  category: PRODUCTIVITY,
  description: {
    en: 'The level of total factor productivity A = Y / (K^α L^(1−α)) for each period, as an index with the first period = 1.',
    zh: '各期全要素生产率水平 A = Y / (K^α L^(1−α))，以第一期 = 1 的指数表示。',
  },
  help: {
    en:
      'Divides output by a Cobb–Douglas index of inputs and rescales the series so that the first period is 1, which removes the units of Y, K and L. With one α the index equals the cumulated exponentiated log growth rates of NQP.TFP_GROWTH. ' +
      'output, capital and labour: levels, one per period, in a row or a column of the same length, oldest first. The result is a column with one value per period (use TRANSPOSE for a row). ' +
      'capitalShare α, a fraction strictly between 0 and 1 (0.4, not 40): one value, or T values, one per period (with changing α the index is no longer the cumulated growth rates). ' +
      'A period with a blank level gives a blank cell; the first period is the base and must be complete. ' +
      'Errors: #VALUE! for α above 1, a percentage typed as a number (40 for 40 %: the message says to use 0.4 or 40%); #NUM! for a level ≤ 0 (in that period; for the whole call if it is the first), α ≤ 0 or α = 1; #N/A when the first period is incomplete; #VALUE! for series of different lengths, a capitalShare of another length or blank, or text.',
    zh:
      '用产出除以柯布—道格拉斯形式的投入指数，并把序列缩放为第一期等于 1，从而消去 Y、K、L 的单位。只有一个 α 时，该指数等于 NQP.TFP_GROWTH 对数增长率累加后取指数。' +
      'output、capital、labour：各期水平值，为长度相同的一行或一列，按时间先后排列。结果为每期一个值组成的一列（需要行时可用 TRANSPOSE）。' +
      'capitalShare α 为严格介于 0 与 1 之间的小数（0.4 而非 40）：一个值，或 T 个值（每期一个；α 变化时该指数不再等于增长率的累加）。' +
      '某期水平值为空时该期返回空单元格；第一期为基期，必须完整。' +
      '错误：α 大于 1 返回 #VALUE!：这是把百分数当作数值输入了（如用 40 表示 40%），提示信息建议输入 0.4 或 40%；水平值 ≤ 0（只影响该期；若为第一期则影响整个调用）、α ≤ 0 或 α = 1 返回 #NUM!；第一期不完整返回 #N/A；序列长度不同、capitalShare 个数不符或为空、文本返回 #VALUE!。',
  },
  params: [
    ...tfpSeriesParams,
    {
      name: 'capitalShare',
      type: 'number',
      shape: 'vector',
      // No upper bound here: α > 1 is a percentage typed as a number, which the core names (#VALUE!); α = 1 is #NUM! there.
      above: 0,
      description: { en: 'α in (0, 1): one value, or one per period (T values).', zh: 'α，取值 (0, 1)：一个值，或每期一个（T 个）。' },
    },
  ],
  result: { shape: 'column', description: { en: 'The TFP index per period, first = 1.', zh: '各期全要素生产率指数，第一期 = 1。' } },
  glossary: ['tfp', 'solow-residual', 'growth-accounting'],
  examples: [
    {
      title: { en: 'Two years, α = 0.4', zh: '两年，α = 0.4' },
      args: [[[100], [108]], [[300], [330]], [[50], [51]], 0.4],
      expected: [[1], [1.0273219758222454]],
      tolerance: 1e-12,
      source: 'tests/fixtures/vectors/normalise_aggregate_tfp.json, case solow_residual (tfp_index_ratio, derived)',
    },
    {
      title: { en: 'Three years as a row', zh: '三年（一行）' },
      args: [[[100, 108, 115]], [[300, 330, 360]], [[50, 51, 51.5]], 0.4],
      expected: [[1], [1.0273219758222452], [1.0503233176183928]],
      tolerance: 1e-12,
      source: 'derived with numpy: A_t / A_1 with A = Y / (K^0.4 L^0.6)',
    },
    {
      title: { en: 'A non-positive level in the base period is #NUM!', zh: '基期水平值非正时返回 #NUM!' },
      args: [[[0], [108]], [[300], [330]], [[50], [51]], 0.4],
      expected: [[{ error: '#NUM!' }]],
      source: 'ln 0 is undefined; the first period is the base of the index',
    },
    {
      title: { en: 'α typed as 40 (meaning 40 %) is #VALUE!', zh: 'α 输入为 40（本意 40%）时返回 #VALUE!' },
      args: [[[100], [108]], [[300], [330]], [[50], [51]], 40],
      expected: [[{ error: '#VALUE!' }]],
      source: 'catalogue error table: a share above 1 where a fraction is required (use 0.4 or 40%)',
    },
  ],
  compute: tfpIndex,
};
