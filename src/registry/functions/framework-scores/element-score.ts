import { elementScore } from '../../../core/framework-scores/element-score';
import { FRAMEWORK_SCORES } from '../../categories';
import type { FunctionSpec } from '../../types';
import { frameworkScoreParams } from './framework-score-params';

export const elementScoreSpec: FunctionSpec = {
  name: 'ELEMENT_SCORE',
  category: FRAMEWORK_SCORES,
  description: {
    en: 'Composite score of the four elements of new quality productivity, one per unit (row).',
    zh: '新质生产力四个要素的综合得分，每个单位（行）一个。',
  },
  help: {
    en:
      'New quality productivity can be read through four elements (Huang 2024): new labourers, new objects of labour, new means of labour and new infrastructure. ' +
      'scores: one row per unit and four columns in this fixed order; a single unit may also be a column of four. Any common scale works (0–1, 0–100, 1–5); the result is on the same scale. ' +
      'weights: four values ≥ 0, rescaled to sum to 1; omitted = equal. method: "arithmetic" (default, fully compensatory) or "geometric" (a weak element pulls the score down more; every present score must be > 0). ' +
      'A blank score is left out and the weights of the present ones are rescaled while their share of the weight is at least minCoverage (default 0.65, the JRC COIN Tool rule of thumb); below it the unit gets #N/A. ' +
      'An empty cell reads as blank on every platform. ' +
      'Errors: #VALUE! when scores do not have four columns, weights do not have four values, a cell holds text, or method is unknown; #NUM! for a negative weight or a geometric mean with a score ≤ 0 (that unit only); #DIV/0! when all weights are 0; #N/A for a unit below minCoverage. ' +
      'Same rules as SIX_ASPECT_SCORE. To build the element scores from raw indicators, use NORMALIZE or COMPOSITE_SCORE on each element\'s indicators first.',
    zh:
      '新质生产力可从四个要素理解(Huang 2024)：新型劳动者、新型劳动对象、新型劳动资料、新型基础设施。' +
      'scores：每个单位一行，四列依次为上述四个要素；单个单位也可以是一列四个值。可用任何统一的量纲(0–1、0–100、1–5)，结果与输入量纲相同。' +
      'weights：四个不小于 0 的权重，自动归一为和为 1；省略时等权。method:"arithmetic"（默认，完全可补偿）或 "geometric"（薄弱要素拖累更大；每个非空得分须大于 0）。' +
      '空白得分不参与计算，其余权重重新归一，前提是非空权重占比不低于 minCoverage（默认 0.65,JRC COIN Tool 的经验规则）；否则该单位返回 #N/A。' +
      '各平台上空单元格均按空白读取。' +
      '错误：scores 不是四列、weights 不是四个值、含文本或 method 未知时返回 #VALUE!；权重为负或几何平均遇到不大于 0 的得分（仅该单位）时返回 #NUM!；权重全为 0 时返回 #DIV/0!；覆盖率不足的单位返回 #N/A。' +
      '规则与 SIX_ASPECT_SCORE 相同。若要由原始指标得到各要素得分，先对每个要素的指标使用 NORMALIZE 或 COMPOSITE_SCORE。',
  },
  params: frameworkScoreParams(
    { en: 'new labourers, new objects of labour, new means of labour, new infrastructure', zh: '新型劳动者、新型劳动对象、新型劳动资料、新型基础设施' },
    { en: 'four', zh: '四' },
  ),
  result: {
    shape: 'column',
    description: { en: 'One score per unit, on the scale of the scores.', zh: '每个单位一个得分，量纲与输入相同。' },
  },
  glossary: ['nqp-elements', 'new-quality-productivity', 'composite-index', 'weighted-aggregation'],
  examples: [
    {
      title: { en: 'Three provinces, equal weights (0–1 scale)', zh: '三个省份，等权（0–1 分）' },
      args: [
        [
          [0.62, 0.48, 0.55, 0.71],
          [0.35, 0.4, 0.3, 0.39],
          [0.8, 0.9, 0.7, 0.6],
        ],
      ],
      expected: [[0.59], [0.36], [0.75]],
      source: 'derived by hand: 2.36 / 4, 1.44 / 4, 3.0 / 4',
    },
    {
      title: { en: 'Weights given as a column', zh: '权重以一列给出' },
      args: [[[0.62, 0.48, 0.55, 0.71]], [[0.4], [0.2], [0.2], [0.2]]],
      expected: [[0.596]],
      source: 'derived by hand: 0.4·0.62 + 0.2·(0.48 + 0.55 + 0.71) = 0.248 + 0.348',
    },
    {
      title: {
        en: 'Two of four elements blank: 50% < 65% gives #N/A; with minCoverage 0.5 it computes',
        zh: '四个要素缺两个：50% < 65% 返回 #N/A;minCoverage 取 0.5 时可计算',
      },
      args: [[[0.6, null, null, 0.2]], null, null, 0.5],
      expected: [[0.4]],
      source: 'derived by hand: (0.6 + 0.2) / 2',
    },
    {
      title: { en: 'Below the default coverage: #N/A', zh: '低于默认覆盖率：#N/A' },
      args: [[[0.6, null, null, 0.2]]],
      expected: [[{ error: '#N/A' }]],
      source: 'catalogue section 1: minCoverage default 0.65',
    },
    {
      title: { en: 'Weights of the wrong length: #VALUE!', zh: '权重个数不对：#VALUE!' },
      args: [[[0.62, 0.48, 0.55, 0.71]], [[0.5, 0.5]]],
      expected: [[{ error: '#VALUE!' }]],
      source: 'catalogue error table: shapes that do not match',
    },
  ],
  compute: (scores, weights, method, minCoverage) => elementScore(scores, weights, method, minCoverage),
};
