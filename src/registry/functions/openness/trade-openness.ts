import { tradeOpenness } from '../../../core/openness/trade-openness';
import { OPENNESS } from '../../categories';
import type { FunctionSpec } from '../../types';

export const tradeOpennessSpec: FunctionSpec = {
  name: 'TRADE_OPENNESS',
  category: OPENNESS,
  description: {
    en: 'Trade openness (trade dependence) (X + M) / GDP.',
    zh: '贸易开放度（外贸依存度）(X + M) / GDP。',
  },
  help: {
    en:
      'Element-wise: give single values or equal-shaped ranges (a single value is used for every cell), for example a column of years or regions, and the result spills in the same shape. ' +
      'Exports, imports and GDP must be in the same currency and period (convert customs data in US dollars at the period\'s exchange rate). The ratio can exceed 1 for small economies with much re-export. For export or import dependence alone, divide by GDP directly. ' +
      'A blank cell gives a blank result. ' +
      'Errors: #DIV/0! when GDP is 0; #NUM! for a negative value; #VALUE! for text or ranges of different shapes.',
    zh:
      '逐元素计算：输入单个值或形状相同的区域（单个值会用于每个单元格），例如一列年份或地区，结果按相同形状溢出。' +
      '出口、进口和 GDP 须采用相同货币和时期（以美元计的海关数据须按当期汇率换算）。转口贸易多的小型经济体该比值可大于 1。若只需出口依存度或进口依存度，直接除以 GDP 即可。' +
      '空单元格返回空结果。' +
      '错误：GDP 为 0 时返回 #DIV/0!；有负值时返回 #NUM!；文本或区域形状不同返回 #VALUE!。',
  },
  params: [
    { name: 'exports', type: 'number', shape: 'element', min: 0, description: { en: 'Exports X.', zh: '出口额 X。' } },
    { name: 'imports', type: 'number', shape: 'element', min: 0, description: { en: 'Imports M.', zh: '进口额 M。' } },
    { name: 'gdp', type: 'number', shape: 'element', min: 0, description: { en: 'GDP, in the same currency and period.', zh: 'GDP，货币和时期与进出口相同。' } },
  ],
  result: { shape: 'element', description: { en: 'The openness ratio per cell.', zh: '逐单元格的开放度。' } },
  glossary: ['openness', 'trade-openness'],
  examples: [
    {
      title: { en: 'One economy', zh: '一个经济体' },
      args: [2, 1.5, 10],
      expected: [[0.35]],
      tolerance: 1e-12,
      source: 'tests/fixtures/vectors/trade_dependence.json, case trade_openness (derived)',
    },
    {
      title: { en: 'A column of years with one GDP of 0', zh: '一列年份，其中一年 GDP 为 0' },
      args: [[[2], [3]], [[1.5], [1]], [[10], [0]]],
      expected: [[0.35], [{ error: '#DIV/0!' }]],
      tolerance: 1e-12,
      source: 'row 1: trade_dependence.json; row 2: division by a zero GDP',
    },
  ],
  compute: tradeOpenness,
};
