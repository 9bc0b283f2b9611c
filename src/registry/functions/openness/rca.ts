import { rca } from '../../../core/openness/rca';
import { OPENNESS } from '../../categories';
import type { FunctionSpec } from '../../types';

export const rcaSpec: FunctionSpec = {
  name: 'RCA',
  category: OPENNESS,
  description: {
    en: 'Balassa revealed comparative advantage (x/X)/(xw/Xw); optionally the symmetric form (RCA − 1)/(RCA + 1).',
    zh: 'Balassa 显示性比较优势指数 (x/X)/(xw/Xw)；可选对称形式 (RCA − 1)/(RCA + 1)。',
  },
  help: {
    en:
      'RCA compares the share of a product in an economy\'s exports with the product\'s share in world exports: exports / totalExports divided by worldExports / worldTotalExports. Above 1 the economy reveals a comparative advantage in the product, below 1 a disadvantage. ' +
      'symmetric TRUE returns (RCA − 1)/(RCA + 1), which lies in [−1, 1) with 0 as the neutral point, so advantages and disadvantages are on the same scale (Laursen\'s revealed symmetric comparative advantage). ' +
      'Element-wise: give single values or equal-shaped ranges (a column of products with one total is typical: a single value is used for every cell). Use one classification, year and currency throughout; the "world" can be any reference group. ' +
      'A blank cell gives a blank result. ' +
      'Errors: #DIV/0! when totalExports, worldExports or worldTotalExports is 0; #NUM! for a negative value or a product\'s exports larger than the total they belong to; #VALUE! for text. Source: the definition of the World Bank WITS trade indicators.',
    zh:
      'RCA 比较某产品在一个经济体出口中的份额与该产品在世界出口中的份额：exports / totalExports 除以 worldExports / worldTotalExports。大于 1 表示该经济体在该产品上具有显示性比较优势，小于 1 表示处于劣势。' +
      'symmetric 为 TRUE 时返回 (RCA − 1)/(RCA + 1)，取值 [−1, 1)，以 0 为中性点，使优势与劣势处于同一尺度（Laursen 的对称显示性比较优势）。' +
      '逐元素计算：输入单个值或形状相同的区域（常见做法是一列产品配一个合计值：单个值会用于每个单元格）。全程使用同一分类、年份和货币；"世界"可以是任意参照组。' +
      '空单元格返回空结果。' +
      '错误：totalExports、worldExports 或 worldTotalExports 为 0 时返回 #DIV/0!；有负值或产品出口大于其所属合计时返回 #NUM!；文本返回 #VALUE!。来源：世界银行 WITS 贸易指标的定义。',
  },
  params: [
    { name: 'exports', type: 'number', shape: 'element', min: 0, description: { en: 'The economy\'s exports of the product, x.', zh: '该经济体该产品的出口额 x。' } },
    { name: 'totalExports', type: 'number', shape: 'element', min: 0, description: { en: 'The economy\'s total exports, X.', zh: '该经济体的出口总额 X。' } },
    { name: 'worldExports', type: 'number', shape: 'element', min: 0, description: { en: 'World exports of the product, xw.', zh: '世界该产品的出口额 xw。' } },
    { name: 'worldTotalExports', type: 'number', shape: 'element', min: 0, description: { en: 'World total exports, Xw.', zh: '世界出口总额 Xw。' } },
    {
      name: 'symmetric',
      type: 'boolean',
      shape: 'scalar',
      optional: true,
      default: false,
      description: { en: 'TRUE: (RCA − 1)/(RCA + 1). Default FALSE.', zh: 'TRUE：返回 (RCA − 1)/(RCA + 1)。默认 FALSE。' },
    },
  ],
  result: { shape: 'element', description: { en: 'RCA per cell.', zh: '逐单元格的 RCA。' } },
  glossary: ['rca', 'openness'],
  examples: [
    {
      title: { en: 'A 15% export share against a 5% world share', zh: '出口份额 15%，世界份额 5%' },
      args: [30, 200, 1000, 20000, null],
      expected: [[3]],
      tolerance: 1e-12,
      source: 'tests/fixtures/vectors/trade_dependence.json, case rca_balassa (derived; definition per WITS)',
    },
    {
      title: { en: 'Symmetric form', zh: '对称形式' },
      args: [30, 200, 1000, 20000, true],
      expected: [[0.5]],
      tolerance: 1e-12,
      source: 'tests/fixtures/vectors/trade_dependence.json, case rca_balassa (NRCA_symmetric)',
    },
    {
      title: { en: 'A column of products; no world trade in one is #DIV/0!', zh: '一列产品；其中一个产品世界出口为 0 时返回 #DIV/0!' },
      args: [[[30], [10]], 200, [[1000], [0]], 20000, null],
      expected: [[3], [{ error: '#DIV/0!' }]],
      tolerance: 1e-12,
      source: 'row 1: trade_dependence.json; row 2: the world share is 0',
    },
  ],
  compute: rca,
};
