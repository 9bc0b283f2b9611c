import { fourNewScore } from '../../../core/framework-scores/four-new-score';
import { FRAMEWORK_SCORES } from '../../categories';
import type { FunctionSpec } from '../../types';
import { frameworkScoreParams } from './framework-score-params';

export const fourNewScoreSpec: FunctionSpec = {
  name: 'FOUR_NEW_SCORE',
  category: FRAMEWORK_SCORES,
  description: {
    en: 'Composite score of the four new modernizations (high-end, digitized, green, integrated), one per unit (row).',
    zh: '"四化"（高端化、数字化/智能化、绿色化、融合化）的综合得分，每个单位（行）一个。',
  },
  help: {
    en:
      'The advanced quality of an industrial system shows in four directions of change (Huang 2024): high-end, digitized (intelligent), green and integrated. ' +
      'scores: one row per unit and four columns in this fixed order; a single unit may also be a column of four. Any common scale works (0–1, 0–100, 1–5); the result is on the same scale. ' +
      'weights: four values ≥ 0, rescaled to sum to 1; omitted = equal. method: "arithmetic" (default, fully compensatory) or "geometric" (a weak direction pulls the score down more; every present score must be > 0). ' +
      'A blank score is left out and the weights of the present ones are rescaled while their share of the weight is at least minCoverage (default 0.65, the JRC COIN Tool rule of thumb); below it the unit gets #N/A. ' +
      'An empty cell reads as blank on every platform. ' +
      'Errors: #VALUE! when scores do not have four columns, weights do not have four values, a cell holds text, or method is unknown; #NUM! for a negative weight or a geometric mean with a score ≤ 0 (that unit only); #DIV/0! when all weights are 0; #N/A for a unit below minCoverage. ' +
      'Same rules as SIX_ASPECT_SCORE; use its result with WEAKEST_ASPECT to find the short board.',
    zh:
      '产业体系的先进性体现在四个方向(Huang 2024)：高端化、数字化（智能化）、绿色化、融合化。' +
      'scores：每个单位一行，四列依次为上述四个方向；单个单位也可以是一列四个值。可用任何统一的量纲(0–1、0–100、1–5)，结果与输入量纲相同。' +
      'weights：四个不小于 0 的权重，自动归一为和为 1；省略时等权。method:"arithmetic"（默认，完全可补偿）或 "geometric"（薄弱方向拖累更大；每个非空得分须大于 0）。' +
      '空白得分不参与计算，其余权重重新归一，前提是非空权重占比不低于 minCoverage（默认 0.65,JRC COIN Tool 的经验规则）；否则该单位返回 #N/A。' +
      '各平台上空单元格均按空白读取。' +
      '错误：scores 不是四列、weights 不是四个值、含文本或 method 未知时返回 #VALUE!；权重为负或几何平均遇到不大于 0 的得分（仅该单位）时返回 #NUM!；权重全为 0 时返回 #DIV/0!；覆盖率不足的单位返回 #N/A。' +
      '规则与 SIX_ASPECT_SCORE 相同；配合 WEAKEST_ASPECT 可找出短板。',
  },
  params: frameworkScoreParams(
    { en: 'high-end, digitized (intelligent), green, integrated', zh: '高端化、数字化（智能化）、绿色化、融合化' },
    { en: 'four', zh: '四' },
  ),
  result: {
    shape: 'column',
    description: { en: 'One score per unit, on the scale of the scores.', zh: '每个单位一个得分，量纲与输入相同。' },
  },
  glossary: ['four-new-modernizations', 'advanced-quality', 'composite-index', 'weighted-aggregation'],
  examples: [
    {
      title: { en: 'Two industries, equal weights (0–100 scale)', zh: '两个产业，等权（0–100 分）' },
      args: [
        [
          [70, 55, 80, 60],
          [50, 60, 70, 80],
        ],
      ],
      expected: [[66.25], [65]],
      source: 'derived by hand: 265 / 4 and 260 / 4',
    },
    {
      title: { en: 'Analyst weights, one unit given as a column', zh: '分析者设定的权重，单个单位以一列给出' },
      args: [[[70], [55], [80], [60]], [[0.4, 0.3, 0.2, 0.1]]],
      expected: [[66.5]],
      source: 'derived by hand: 0.4·70 + 0.3·55 + 0.2·80 + 0.1·60 = 66.5',
    },
    {
      title: {
        en: 'Geometric mean: a zero score gives #NUM! for that unit only',
        zh: '几何平均：0 分仅使该单位返回 #NUM!',
      },
      args: [
        [
          [0, 0.5, 0.8, 0.5],
          [0.2, 0.5, 0.8, 0.5],
        ],
        null,
        'geometric',
      ],
      expected: [[{ error: '#NUM!' }], [0.4472135954999579]],
      source: 'derived by hand: (0.2·0.5·0.8·0.5)^(1/4) = 0.04^(1/4) = √0.2',
    },
    {
      title: {
        en: 'A blank score is left out (3 of 4 present = 75% ≥ 65%)',
        zh: '空白得分不参与计算（四个中有三个，75% ≥ 65%）',
      },
      args: [[[70, null, 80, 60]]],
      expected: [[70]],
      source: 'derived by hand: (70 + 80 + 60) / 3',
    },
    {
      title: { en: 'Three columns are not the four modernizations: #VALUE!', zh: '只有三列：#VALUE!' },
      args: [[[70, 55, 80]]],
      expected: [[{ error: '#VALUE!' }]],
      source: 'catalogue error table: shapes that do not match',
    },
  ],
  compute: (scores, weights, method, minCoverage) => fourNewScore(scores, weights, method, minCoverage),
};
