import { structureDeviation } from '../../../core/synergy/structure-deviation';
import { SYNERGY } from '../../categories';
import type { FunctionSpec } from '../../types';
import { sectorParams, sectorRowsHelp } from './structure-theil';

export const structureDeviationSpec: FunctionSpec = {
  name: 'STRUCTURE_DEVIATION',
  category: SYNERGY,
  description: {
    en: 'Structural deviation E = Σ |(Yi/Y)/(Li/L) − 1| for each unit (row): 0 when each sector\'s share of value added equals its share of employment.',
    zh: '每个单元（行）的结构偏离度 E = Σ |(Yi/Y)/(Li/L) − 1|：各产业增加值份额等于其就业份额时为 0。',
  },
  help: {
    en:
      'E adds up, over the sectors, how far each sector\'s relative labour productivity (its share of value added over its share of employment) is from 1. Unlike NQP.STRUCTURE_THEIL it weights every sector equally, so small sectors with extreme productivity gaps weigh as much as large ones. ' +
      'A sector with no value added adds |0 − 1| = 1; a sector with neither value added nor employment is taken as absent and adds nothing. ' +
      sectorRowsHelp.en +
      ' Source: the structural deviation degree used alongside the Theil index of Gan, Zheng and Yu (2011).',
    zh:
      'E 对各产业的相对劳动生产率（增加值份额除以就业份额）与 1 的差距求和。与 NQP.STRUCTURE_THEIL 不同，它对每个产业同等对待，因此生产率差距极端的小产业与大产业权重相同。' +
      '增加值为 0 的产业贡献 |0 − 1| = 1；增加值和就业都为 0 的产业视为不存在，不计入。' +
      sectorRowsHelp.zh +
      '来源：与干春晖、郑若谷、余典范(2011)泰尔指数配合使用的结构偏离度。',
  },
  params: sectorParams,
  result: { shape: 'column', description: { en: 'E for each unit.', zh: '每个单元的 E。' } },
  glossary: ['structural-deviation', 'structure-rationalisation', 'synergy'],
  examples: [
    {
      title: { en: 'Three sectors', zh: '三次产业' },
      args: [[[10, 40, 50]], [[30, 30, 40]]],
      expected: [[1.25]],
      tolerance: 1e-12,
      source: 'tests/fixtures/vectors/industrial_structure.json (derived)',
    },
    {
      title: { en: 'Two units, one at equilibrium', zh: '两个单元，其一处于均衡' },
      args: [
        [[5, 35, 60], [20, 30, 50]],
        [[25, 30, 45], [2, 3, 5]],
      ],
      expected: [[1.3], [0]],
      tolerance: 1e-12,
      source: 'derived with numpy: |0.05/0.25 − 1| + |0.35/0.30 − 1| + |0.60/0.45 − 1| = 1.3; row 2 has equal shares',
    },
    {
      title: { en: 'A negative value is #NUM! in its row', zh: '负值使该行返回 #NUM!' },
      args: [[[10, -40, 50]], [[30, 30, 40]]],
      expected: [[{ error: '#NUM!' }]],
      source: 'value added and employment cannot be negative',
    },
  ],
  compute: structureDeviation,
};
