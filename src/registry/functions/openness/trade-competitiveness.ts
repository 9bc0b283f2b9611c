import { tradeCompetitiveness } from '../../../core/openness/trade-competitiveness';
import { OPENNESS } from '../../categories';
import type { FunctionSpec } from '../../types';

export const tradeCompetitivenessSpec: FunctionSpec = {
  name: 'TRADE_COMPETITIVENESS',
  category: OPENNESS,
  description: {
    en: 'Trade competitiveness (net trade) index (X − M)/(X + M), from −1 (imports only) to 1 (exports only).',
    zh: '贸易竞争力指数（TC 指数）(X − M)/(X + M)，从 −1（只有进口）到 1（只有出口）。',
  },
  help: {
    en:
      'The net trade of a product or industry as a share of its total trade: positive for a net exporter, negative for a net importer, 0 when trade is balanced. ' +
      'Element-wise: give single values or equal-shaped ranges (for example columns of exports and imports by product) and the result spills in the same shape. ' +
      'A blank cell gives a blank result. ' +
      'Errors: #DIV/0! when exports and imports are both 0; #NUM! for a negative value; #VALUE! for text.',
    zh:
      '产品或产业的净贸易额占其贸易总额的比重：净出口为正，净进口为负，贸易平衡时为 0。' +
      '逐元素计算：输入单个值或形状相同的区域（例如按产品的出口列和进口列），结果按相同形状溢出。' +
      '空单元格返回空结果。' +
      '错误：出口和进口都为 0 时返回 #DIV/0!；有负值时返回 #NUM!；文本返回 #VALUE!。',
  },
  params: [
    { name: 'exports', type: 'number', shape: 'element', min: 0, description: { en: 'Exports X.', zh: '出口额 X。' } },
    { name: 'imports', type: 'number', shape: 'element', min: 0, description: { en: 'Imports M.', zh: '进口额 M。' } },
  ],
  result: { shape: 'element', description: { en: 'The index per cell, in [−1, 1].', zh: '逐单元格的指数，取值 [−1, 1]。' } },
  glossary: ['trade-competitiveness', 'openness'],
  examples: [
    {
      title: { en: 'A net importer', zh: '净进口' },
      args: [80, 120],
      expected: [[-0.2]],
      tolerance: 1e-12,
      source: 'tests/fixtures/vectors/trade_dependence.json, case tc_index (derived)',
    },
    {
      title: { en: 'A row of products; no trade at all is #DIV/0!', zh: '一行产品；完全没有贸易时返回 #DIV/0!' },
      args: [[[80, 50, 0]], [[120, 0, 0]]],
      expected: [[-0.2, 1, { error: '#DIV/0!' }]],
      tolerance: 1e-12,
      source: 'trade_dependence.json case tc_index and its edge case X + M = 0',
    },
  ],
  compute: tradeCompetitiveness,
};
