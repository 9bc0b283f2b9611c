import { sixAspectScore } from '../../../core/framework-scores/six-aspect-score';
import type { FunctionSpec } from '../../types';
import { frameworkScoreParams } from './framework-score-params';
import { FRAMEWORK_SCORES } from '../../categories';

export const sixAspectScoreSpec: FunctionSpec = {
  name: 'SIX_ASPECT_SCORE',
  category: FRAMEWORK_SCORES,
  description: {
    en: 'Composite score of the six aspects of a modernized industrial system, one per unit (row).',
    zh: '现代化产业体系六个方面的综合得分，每个单位（行）一个。',
  },
  help: {
    en:
      'scores: one row per unit (industry, region, year) and six columns in this fixed order: advanced quality, synergy, completeness, security, openness, inclusiveness (Huang 2024). ' +
      'A single unit may also be given as a column of six. Any common scale works (0–1, 0–100, 1–5); the result is on the same scale. ' +
      'weights: six values ≥ 0, rescaled to sum to 1; omitted = equal weights. method: "arithmetic" (default, fully compensatory) or "geometric" (a weak aspect pulls the score down more; every present score must be > 0). ' +
      'A blank score is left out and the weights of the present aspects are rescaled, as long as their share of the total weight is at least minCoverage (default 0.65, the rule of thumb of the JRC COIN Tool); below it the unit gets #N/A. ' +
      'An empty cell reads as blank on every platform. ' +
      'Errors: #VALUE! when scores do not have six columns, weights do not have six values, a cell holds text, or method is unknown; #NUM! for a negative weight, minCoverage outside 0–1, or a geometric mean with a score ≤ 0 (that unit only); #DIV/0! when all weights are 0; #N/A for a unit below minCoverage.',
    zh:
      'scores：每个单位（产业、地区、年份）一行，六列依次为先进性、协同性、完整性、安全性、开放性、包容性(Huang 2024)。' +
      '单个单位也可以是一列六个值。可用任何统一的量纲(0–1、0–100、1–5)，结果与输入量纲相同。' +
      'weights：六个不小于 0 的权重，自动归一为和为 1；省略时等权。method:"arithmetic"（默认，完全可补偿）或 "geometric"（薄弱方面对得分的拖累更大；每个非空得分须大于 0）。' +
      '空白得分不参与计算，其余方面的权重重新归一，前提是非空方面的权重占比不低于 minCoverage（默认 0.65,JRC COIN Tool 的经验规则）；低于此值的单位返回 #N/A。' +
      '各平台上空单元格均按空白读取。' +
      '错误：scores 不是六列、weights 不是六个值、单元格含文本或 method 未知时返回 #VALUE!；权重为负、minCoverage 不在 0–1 之间或几何平均遇到不大于 0 的得分（仅该单位）时返回 #NUM!；权重全为 0 时返回 #DIV/0!；覆盖率不足的单位返回 #N/A。',
  },
  params: frameworkScoreParams(
    { en: 'advanced quality, synergy, completeness, security, openness, inclusiveness', zh: '先进性、协同性、完整性、安全性、开放性、包容性' },
    { en: 'six', zh: '六' },
  ),
  result: {
    shape: 'column',
    description: { en: 'One score per unit, on the scale of the scores.', zh: '每个单位一个得分，量纲与输入相同。' },
  },
  glossary: ['six-aspects', 'modernized-industrial-system', 'composite-index', 'weighted-aggregation'],
  examples: [
    {
      title: { en: 'Two regions, equal weights (0–100 scale)', zh: '两个地区，等权（0–100 分）' },
      args: [
        [
          [80, 70, 90, 60, 75, 65],
          [50, 60, 70, 80, 90, 100],
        ],
      ],
      expected: [[73.33333333333333], [75]],
      source: 'derived by hand: 440 / 6 and 450 / 6',
    },
    {
      title: { en: 'Analyst weights', zh: '分析者设定的权重' },
      args: [[[80, 70, 90, 60, 75, 65]], [[0.3, 0.2, 0.1, 0.2, 0.1, 0.1]]],
      expected: [[73]],
      source: 'derived by hand: 0.3·80 + 0.2·70 + 0.1·90 + 0.2·60 + 0.1·75 + 0.1·65 = 73',
    },
    {
      title: { en: 'Arithmetic and geometric aggregation', zh: '算术与几何加总' },
      args: [[[0.2, 0.5, 0.8, 1, 1, 1]], [[0.5, 0.3, 0.2, 0, 0, 0]], 'geometric'],
      expected: [[0.3473953464439374]],
      source: 'tests/fixtures/vectors/normalise_aggregate_tfp.json, case arith_vs_geo (weights 0 on the last three aspects)',
    },
    {
      title: {
        en: 'Blank aspects: 5 of 6 present is enough; 3 of 6 is below 65% and gives #N/A',
        zh: '空白方面：六个中有五个足够；六个中只有三个低于 65%，返回 #N/A',
      },
      args: [
        [
          [80, null, 90, 60, 75, 65],
          [80, '', '', null, 75, 65],
        ],
      ],
      expected: [[74], [{ error: '#N/A' }]],
      source: 'derived by hand: (80 + 90 + 60 + 75 + 65) / 5 = 74; coverage 3/6 = 50% < 65%',
    },
    {
      title: { en: 'One unit given as a column', zh: '单个单位以一列给出' },
      args: [[[0.6], [0.5], [0.9], [0.4], [0.7], [0.3]]],
      expected: [[0.5666666666666667]],
      source: 'derived by hand: 3.4 / 6',
    },
    {
      title: { en: 'Five columns are not the six aspects: #VALUE!', zh: '只有五列不是六个方面：#VALUE!' },
      args: [[[80, 70, 90, 60, 75]]],
      expected: [[{ error: '#VALUE!' }]],
      source: 'catalogue error table: shapes that do not match',
    },
    {
      title: { en: 'Geometric mean with a zero score: #NUM! for that unit only', zh: '几何平均遇到 0 分：仅该单位返回 #NUM!' },
      args: [
        [
          [0, 0.5, 0.8, 1, 1, 1],
          [0.5, 0.5, 0.5, 0.5, 0.5, 0.5],
        ],
        null,
        'geometric',
      ],
      expected: [[{ error: '#NUM!' }], [0.5]],
      source: 'catalogue: geometric requires every present score > 0',
    },
  ],
  compute: sixAspectScore,
};
