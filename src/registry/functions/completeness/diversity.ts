import { diversity } from '../../../core/completeness/diversity';
import { COMPLETENESS } from '../../categories';
import type { FunctionSpec } from '../../types';

export const diversitySpec: FunctionSpec = {
  name: 'DIVERSITY',
  category: COMPLETENESS,
  description: {
    en: 'Structural diversity of output across categories: Shannon evenness H / ln N (default) or 1 − HHI.',
    zh: '产出在各类别间分布的结构多样性：香农均匀度 H / ln N（默认）或 1 − HHI。',
  },
  help: {
    en:
      'values: output (or value added, employment) per category, in a row or a column; they are turned into shares s = value / total. ' +
      'kind "shannon" (default): Shannon entropy H = −Σ s ln s divided by its maximum ln N, so 1 means output is spread evenly over the N categories and 0 that one category has it all (a zero share adds 0, the limit of s ln s). ' +
      'kind "hhi": 1 − Σ s², the probability that two random units of output come from different categories; its maximum is 1 − 1/N. ' +
      'N counts every category given, zeros included, so list the full set of categories you compare against (for example all divisions in scope). ' +
      'Blank cells are left out. ' +
      'Errors: #N/A with fewer than two categories for "shannon" (ln 1 = 0) or none for "hhi"; #NUM! for a negative value; #DIV/0! when the values sum to 0; #VALUE! for text or an unknown kind.',
    zh:
      'values：各类别的产出（或增加值、就业），放在一行或一列；函数先换算成份额 s = 数值 / 合计。' +
      'kind 为 "shannon"（默认）时返回香农熵 H = −Σ s ln s 除以其最大值 ln N:1 表示产出在 N 个类别间均匀分布，0 表示全部集中于一个类别（份额为 0 的项按极限 s ln s = 0 计）。' +
      'kind 为 "hhi" 时返回 1 − Σ s²，即随机抽取的两单位产出来自不同类别的概率，最大值为 1 − 1/N。' +
      'N 计入所给的每个类别（包括 0 值），因此请列出用于比较的完整类别集合（例如范围内的全部大类）。' +
      '空单元格不计入。' +
      '错误："shannon" 少于两个类别(ln 1 = 0)或 "hhi" 没有数值时返回 #N/A；有负值时返回 #NUM!；合计为 0 时返回 #DIV/0!；文本或未知的 kind 返回 #VALUE!。',
  },
  params: [
    {
      name: 'values',
      type: 'number',
      shape: 'vector',
      min: 0,
      description: { en: 'Output per category (a row or a column), ≥ 0.', zh: '各类别的产出（一行或一列），≥ 0。' },
    },
    {
      name: 'kind',
      type: 'option',
      shape: 'scalar',
      optional: true,
      default: 'shannon',
      options: ['shannon', 'hhi'],
      description: { en: '"shannon" (default) H / ln N, or "hhi" 1 − HHI.', zh: '"shannon"（默认）H / ln N，或 "hhi" 1 − HHI。' },
    },
  ],
  result: { shape: 'scalar', description: { en: 'The diversity index.', zh: '多样性指数。' } },
  glossary: ['diversity', 'shannon-entropy', 'hhi', 'completeness'],
  examples: [
    {
      title: { en: 'Shannon evenness of four categories', zh: '四个类别的香农均匀度' },
      args: [[[10], [20], [30], [40]], null],
      expected: [[0.9232196723355078]],
      tolerance: 1e-12,
      source: 'derived with numpy: −Σ s ln s / ln 4 for s = (0.1, 0.2, 0.3, 0.4)',
    },
    {
      title: { en: '1 − HHI', zh: '1 − HHI' },
      args: [[[10, 20, 30, 40]], 'hhi'],
      expected: [[0.7]],
      tolerance: 1e-12,
      source: 'by hand: 1 − (0.01 + 0.04 + 0.09 + 0.16)',
    },
    {
      title: { en: 'One category cannot be diverse: #N/A for "shannon"', zh: '只有一个类别："shannon" 返回 #N/A' },
      args: [[[25]], null],
      expected: [[{ error: '#N/A' }]],
      source: 'ln N = 0 when N = 1',
    },
  ],
  compute: diversity,
};
