import { tfpGrowth } from '../../../core/productivity/tfp-growth';
import { PRODUCTIVITY } from '../../categories';
import type { FunctionSpec, ParamSpec } from '../../types';

/** The level series TFP_GROWTH and TFP_INDEX share. */
export const tfpSeriesParams: ParamSpec[] = [
  {
    name: 'output',
    type: 'number',
    shape: 'vector',
    description: { en: 'Real output Y per period (a row or a column, oldest first).', zh: '各期实际产出 Y（一行或一列，按时间先后）。' },
  },
  {
    name: 'capital',
    type: 'number',
    shape: 'vector',
    description: { en: 'Real capital stock K per period (e.g. from NQP.CAPITAL_STOCK).', zh: '各期实际资本存量 K（例如 NQP.CAPITAL_STOCK 的结果）。' },
  },
  {
    name: 'labour',
    type: 'number',
    shape: 'vector',
    description: { en: 'Labour input L per period (employment or hours).', zh: '各期劳动投入 L（就业人数或工时）。' },
  },
];

export const tfpGrowthSpec: FunctionSpec = {
  name: 'TFP_GROWTH',
  category: PRODUCTIVITY,
  description: {
    en: 'Growth of total factor productivity by growth accounting (the Solow residual): T periods of levels give T − 1 growth rates.',
    zh: '用增长核算法（索洛余值）计算的全要素生产率增长率：T 期水平值给出 T − 1 个增长率。',
  },
  help: {
    en:
      'With a Cobb–Douglas technology and constant returns, TFP growth is what output growth leaves after the growth of capital and labour, each weighted by its income share: ' +
      'method "log" (default) gA = Δln Y − α Δln K − (1 − α) Δln L; "simple" uses percentage changes (ΔY/Y etc.) instead of log differences, which is close for small changes. Results are fractions (0.027 = 2.7%). ' +
      'output, capital and labour: levels, one per period, in a row or a column of the same length, oldest first; output and capital in constant prices. The result is a column of T − 1 rates, the first for the step from period 1 to 2 (use TRANSPOSE for a row). ' +
      'capitalShare α, the output elasticity of capital (capital\'s income share), a fraction strictly between 0 and 1 (0.4, not 40): one value, or T − 1 values, one per step. Choose α from national accounts or an estimate, and report it: results are sensitive to it. ' +
      'A step with a blank level in either period gives a blank cell, so gaps do not stop the rest of the series. ' +
      'Errors, confined to the step: #NUM! for a level ≤ 0 with "log" or a negative level with "simple"; #DIV/0! for a level of 0 in the base period with "simple". For the whole call: #N/A with fewer than two periods; #VALUE! for α above 1, a percentage typed as a number (40 for 40 %: the message says to use 0.4 or 40%); #VALUE! for series of different lengths, a capitalShare of another length or blank, text, or an unknown method; #NUM! for α ≤ 0 or α = 1.',
    zh:
      '在规模报酬不变的柯布—道格拉斯技术下，全要素生产率增长是产出增长扣除按收入份额加权的资本与劳动增长之后的剩余：' +
      'method 为 "log"（默认）时 gA = Δln Y − α Δln K − (1 − α) Δln L;"simple" 用百分比变化（ΔY/Y 等）代替对数差分，变化较小时二者接近。结果为小数(0.027 = 2.7%)。' +
      'output、capital、labour：各期水平值，为长度相同的一行或一列，按时间先后排列；产出和资本按不变价格计。结果为 T − 1 个增长率组成的一列，第一个对应第 1 期到第 2 期（需要行时可用 TRANSPOSE）。' +
      'capitalShare α 为资本的产出弹性（资本收入份额），是严格介于 0 与 1 之间的小数（0.4 而非 40）：一个值，或 T − 1 个值（每步一个）。α 可取自国民核算或估计结果，并应在报告中说明：结果对它较为敏感。' +
      '任一期水平值为空的那一步返回空单元格，因此缺口不影响序列其余部分。' +
      '仅影响该步的错误："log" 时水平值 ≤ 0，或 "simple" 时水平值为负，返回 #NUM!;"simple" 时基期水平值为 0 返回 #DIV/0!。影响整个调用的错误：少于两期返回 #N/A;α 大于 1 返回 #VALUE!：这是把百分数当作数值输入了（如用 40 表示 40%），提示信息建议输入 0.4 或 40%；序列长度不同、capitalShare 个数不符或为空、文本、未知的 method 返回 #VALUE!;α ≤ 0 或 α = 1 返回 #NUM!。',
  },
  params: [
    ...tfpSeriesParams,
    {
      name: 'capitalShare',
      type: 'number',
      shape: 'vector',
      // No upper bound here: α > 1 is a percentage typed as a number, which the core names (#VALUE!); α = 1 is #NUM! there.
      above: 0,
      description: {
        en: 'α in (0, 1): one value, or one per growth step (T − 1 values).',
        zh: 'α，取值 (0, 1)：一个值，或每个增长步一个（T − 1 个）。',
      },
    },
    {
      name: 'method',
      type: 'option',
      shape: 'scalar',
      optional: true,
      default: 'log',
      options: ['log', 'simple'],
      description: { en: '"log" (default) log differences, or "simple" percentage changes.', zh: '"log"（默认）对数差分，或 "simple" 百分比变化。' },
    },
  ],
  result: { shape: 'column', description: { en: 'T − 1 TFP growth rates.', zh: 'T − 1 个全要素生产率增长率。' } },
  glossary: ['tfp', 'solow-residual', 'growth-accounting'],
  examples: [
    {
      title: { en: 'Two years, α = 0.4', zh: '两年，α = 0.4' },
      args: [[[100], [108]], [[300], [330]], [[50], [51]], 0.4, null],
      expected: [[0.02695539283669058]],
      tolerance: 1e-12,
      source: 'tests/fixtures/vectors/normalise_aggregate_tfp.json, case solow_residual (derived)',
    },
    {
      title: { en: 'Three years as a row, percentage changes', zh: '三年（一行），百分比变化' },
      args: [[[100, 108, 115]], [[300, 330, 360]], [[50, 51, 51.5]], 0.4, 'simple'],
      expected: [[0.028], [0.02256882551000198]],
      tolerance: 1e-12,
      source: 'derived with numpy: ΔY/Y − 0.4 ΔK/K − 0.6 ΔL/L',
    },
    {
      title: { en: 'α must lie strictly between 0 and 1: α = 1 is #NUM!', zh: 'α 须严格介于 0 与 1 之间：α = 1 返回 #NUM!' },
      args: [[[100], [108]], [[300], [330]], [[50], [51]], 1, null],
      expected: [[{ error: '#NUM!' }]],
      source: 'catalogue: capitalShare α in (0, 1)',
    },
    {
      title: { en: 'α typed as 40 (meaning 40 %) is #VALUE!', zh: 'α 输入为 40（本意 40%）时返回 #VALUE!' },
      args: [[[100], [108]], [[300], [330]], [[50], [51]], 40, null],
      expected: [[{ error: '#VALUE!' }]],
      source: 'catalogue error table: a share above 1 where a fraction is required (use 0.4 or 40%)',
    },
  ],
  compute: tfpGrowth,
};
