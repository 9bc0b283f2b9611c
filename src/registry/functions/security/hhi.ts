import { hhi } from '../../../core/security/hhi';
import { SECURITY } from '../../categories';
import type { FunctionSpec } from '../../types';

export const hhiSpec: FunctionSpec = {
  name: 'HHI',
  category: SECURITY,
  description: {
    en: 'Herfindahl–Hirschman concentration index Σ s² of the shares of import sources, export products or partners; optionally normalised to [0, 1].',
    zh: '赫芬达尔—赫希曼集中度指数 Σ s²，用于进口来源、出口产品或贸易伙伴的份额；可选归一化到 [0, 1]。',
  },
  help: {
    en:
      'values are amounts (imports by source country, exports by product…), one per category in a row or column; they are turned into shares s = value / total, so values that are already shares need not sum exactly to 1. ' +
      'HHI = Σ s² lies between 1/N (an even spread over N categories) and 1 (a single category). It is a share, not the antitrust 0–10,000 scale: multiply by 10,000 for that. ' +
      'normalized TRUE returns (HHI − 1/N) / (1 − 1/N), from 0 (even) to 1 (one category); with a single category it is 1. ' +
      'N counts every category given, zeros included: a zero is a category with no trade. Blank cells are left out. ' +
      'Errors: #N/A with no values; #NUM! for a negative value; #DIV/0! when the values sum to 0; #VALUE! for text. Source: the definition used by the World Bank WITS trade indicators.',
    zh:
      'values 为各类别的数额（按来源国的进口额、按产品的出口额等），放在一行或一列；函数会先换算成份额 s = 数额 / 合计，因此已是份额的数据不必恰好合计为 1。' +
      'HHI = Σ s² 介于 1/N（在 N 个类别间均匀分布）与 1（只有一个类别）之间。结果是份额形式而非反垄断常用的 0–10000 尺度，需要时乘以 10000。' +
      'normalized 为 TRUE 时返回 (HHI − 1/N) / (1 − 1/N)，从 0（均匀）到 1（单一类别）；只有一个类别时为 1。' +
      'N 计入所给的每个类别，包括 0 值（即没有贸易的类别）。空单元格不计入。' +
      '错误：没有数值时返回 #N/A；有负值时返回 #NUM!；数值合计为 0 时返回 #DIV/0!；文本返回 #VALUE!。来源：世界银行 WITS 贸易指标所用定义。',
  },
  params: [
    {
      name: 'values',
      type: 'number',
      shape: 'vector',
      min: 0,
      description: { en: 'Amounts per category (a row or a column), ≥ 0.', zh: '各类别的数额（一行或一列），≥ 0。' },
    },
    {
      name: 'normalized',
      type: 'boolean',
      shape: 'scalar',
      optional: true,
      default: false,
      description: { en: 'TRUE: (HHI − 1/N)/(1 − 1/N). Default FALSE.', zh: 'TRUE：返回 (HHI − 1/N)/(1 − 1/N)。默认 FALSE。' },
    },
  ],
  result: { shape: 'scalar', description: { en: 'The concentration index.', zh: '集中度指数。' } },
  glossary: ['hhi', 'concentration', 'security'],
  examples: [
    {
      title: { en: 'Three import sources with shares 50%, 30%, 20%', zh: '三个进口来源，份额分别为 50%、30%、20%' },
      args: [[[50], [30], [20]], null],
      expected: [[0.38]],
      tolerance: 1e-12,
      source: 'tests/fixtures/vectors/trade_dependence.json, case hhi (derived; definition per WITS)',
    },
    {
      title: { en: 'Normalised', zh: '归一化' },
      args: [[[0.5, 0.3, 0.2]], true],
      expected: [[0.07]],
      tolerance: 1e-12,
      source: 'tests/fixtures/vectors/trade_dependence.json, case hhi',
    },
    {
      title: { en: 'Values that sum to 0 are #DIV/0!', zh: '数值合计为 0 时返回 #DIV/0!' },
      args: [[[0], [0]], null],
      expected: [[{ error: '#DIV/0!' }]],
      source: 'shares are undefined when the total is 0',
    },
  ],
  compute: (values: (number | null)[], normalized: boolean) => hhi(values, normalized),
};
