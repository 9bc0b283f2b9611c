import { structureAdvancement } from '../../../core/synergy/structure-advancement';
import { SYNERGY } from '../../categories';
import type { FunctionSpec } from '../../types';

export const structureAdvancementSpec: FunctionSpec = {
  name: 'STRUCTURE_ADVANCEMENT',
  category: SYNERGY,
  description: {
    en: 'Advancement of the industrial structure for each unit (row): tertiary over secondary value added (default), or the hierarchy coefficient Σ i·share_i.',
    zh: '每个单元（行）的产业结构高级化：第三产业与第二产业增加值之比（默认），或层次系数 Σ i·份额_i。',
  },
  help: {
    en:
      'valueAdded: one unit per row; columns in the order primary, secondary, tertiary, and further sectors after them if you have them (for example an information sector). ' +
      'kind "ratio" (default): TS = tertiary / secondary value added (column 3 over column 2), the measure of Gan, Zheng and Yu (2011); it grows as services gain on industry. ' +
      'kind "hierarchy": H = Σ i·(Yi/Y), sector i weighted by its position, from 1 (everything primary) to the number of columns (everything in the last sector); 3 sectors give a value in [1, 3]. ' +
      'Row-wise: one value per row. A fully blank row gives a blank result; a row with some blank cells gives #N/A in that row. ' +
      'Errors, confined to the row: #DIV/0! when secondary value added is 0 ("ratio") or the row sums to 0 ("hierarchy"); #NUM! for a negative value. For the whole call: #N/A with fewer than three columns; #VALUE! for text or an unknown kind.',
    zh:
      'valueAdded：每行一个单元；各列依次为第一、第二、第三产业，如有更多产业（例如信息产业）放在其后。' +
      'kind 为 "ratio"（默认）时：TS = 第三产业增加值 / 第二产业增加值（第 3 列除以第 2 列），即干春晖、郑若谷、余典范(2011)的度量；服务业相对工业的比重上升时增大。' +
      'kind 为 "hierarchy" 时：H = Σ i·(Yi/Y)，按产业序号加权，从 1（全部为第一产业）到列数（全部在最后一个产业）；三次产业时取值 [1, 3]。' +
      '逐行计算：每行返回一个值。整行空白时结果为空；部分单元格空白的行返回 #N/A。' +
      '仅影响该行的错误：第二产业增加值为 0("ratio")或该行合计为 0("hierarchy")时返回 #DIV/0!；有负值时返回 #NUM!。影响整个调用的错误：少于三列返回 #N/A；文本或未知的 kind 返回 #VALUE!。',
  },
  params: [
    {
      name: 'valueAdded',
      type: 'number',
      shape: 'matrix',
      description: {
        en: 'Value added: units in rows; columns primary, secondary, tertiary[, more].',
        zh: '增加值：单元为行；各列依次为第一、第二、第三产业[及更多]。',
      },
    },
    {
      name: 'kind',
      type: 'option',
      shape: 'scalar',
      optional: true,
      default: 'ratio',
      options: ['ratio', 'hierarchy'],
      description: {
        en: '"ratio" (default) tertiary / secondary, or "hierarchy" Σ i·share_i.',
        zh: '"ratio"（默认）第三产业 / 第二产业，或 "hierarchy" Σ i·份额_i。',
      },
    },
  ],
  result: { shape: 'column', description: { en: 'One value per unit.', zh: '每个单元一个值。' } },
  glossary: ['structure-advancement', 'synergy'],
  examples: [
    {
      title: { en: 'Tertiary over secondary value added', zh: '第三产业与第二产业增加值之比' },
      args: [[[10, 40, 50], [5, 35, 60]], null],
      expected: [[1.25], [60 / 35]],
      tolerance: 1e-12,
      source: 'row 1: tests/fixtures/vectors/industrial_structure.json (TS, derived); row 2 by hand: 60 / 35',
    },
    {
      title: { en: 'Hierarchy coefficient', zh: '层次系数' },
      args: [[[10, 40, 50]], 'hierarchy'],
      expected: [[2.4]],
      tolerance: 1e-12,
      source: 'tests/fixtures/vectors/industrial_structure.json (H, derived)',
    },
    {
      title: { en: 'No secondary value added: #DIV/0! in that row', zh: '第二产业增加值为 0：该行返回 #DIV/0!' },
      args: [[[10, 0, 50]], 'ratio'],
      expected: [[{ error: '#DIV/0!' }]],
      source: 'methods.md A7 edge case: Y2 = 0 leaves TS undefined',
    },
  ],
  compute: structureAdvancement,
};
