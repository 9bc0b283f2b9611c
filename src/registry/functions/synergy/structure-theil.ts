import { structureTheil } from '../../../core/synergy/structure-theil';
import { SYNERGY } from '../../categories';
import type { FunctionSpec, ParamSpec } from '../../types';

/** The arguments STRUCTURE_THEIL and STRUCTURE_DEVIATION share. */
export const sectorParams: ParamSpec[] = [
  {
    name: 'valueAdded',
    type: 'number',
    shape: 'matrix',
    description: {
      en: 'Value added by sector: units (regions, years) in rows, sectors in columns (e.g. primary, secondary, tertiary).',
      zh: '分产业增加值：单元（地区、年份）为行，产业为列（例如第一、二、三产业）。',
    },
  },
  {
    name: 'employment',
    type: 'number',
    shape: 'matrix',
    description: {
      en: 'Employment by sector, the same shape as valueAdded.',
      zh: '分产业就业人数，形状与 valueAdded 相同。',
    },
  },
];

/** Help text on rows, blanks and errors that STRUCTURE_THEIL and STRUCTURE_DEVIATION share. */
export const sectorRowsHelp = {
  en:
    'Row-wise: one unit per row, one value per row; the sectors are the columns (three for primary, secondary and tertiary, or more if you split services). Units of value added and of employment cancel out, only shares matter. ' +
    'A fully blank row gives a blank result; a row with some blank cells gives #N/A in that row. ' +
    'Errors, confined to the row: #DIV/0! when a sector has value added but no employment, or a row\'s total value added or employment is 0; #NUM! for a negative value. For the whole call: #VALUE! for text or when the two ranges differ in shape; #N/A with fewer than two sector columns.',
  zh:
    '逐行计算：每行一个单元，每行返回一个值；各列为产业（第一、二、三产业三列，或把服务业细分为更多列）。增加值和就业的单位会相互抵消，只有份额起作用。' +
    '整行空白时结果为空；部分单元格空白的行返回 #N/A。' +
    '仅影响该行的错误：某产业有增加值但就业为 0，或该行增加值合计或就业合计为 0 时返回 #DIV/0!；有负值时返回 #NUM!。影响整个调用的错误：文本或两个区域形状不同返回 #VALUE!；少于两列产业返回 #N/A。',
};

export const structureTheilSpec: FunctionSpec = {
  name: 'STRUCTURE_THEIL',
  category: SYNERGY,
  description: {
    en: 'Theil index of structural rationalisation TL for each unit (row): 0 when every sector\'s labour productivity equals the average; larger means a less rational structure.',
    zh: '每个单元（行）的产业结构合理化泰尔指数 TL：各产业劳动生产率均等于平均水平时为 0，数值越大结构越不合理。',
  },
  help: {
    en:
      'TL = Σ (Yi/Y) · ln[(Yi/Li) / (Y/L)] over the sectors i, where Y is value added and L employment: the value-added-weighted log gap between each sector\'s labour productivity and the economy\'s. It is 0 at equilibrium and never negative. ' +
      'A sector with no value added adds 0 (the limit of y ln y). ' +
      sectorRowsHelp.en +
      ' Source: Gan Chunhui, Zheng Ruogu and Yu Dianfan (2011), Economic Research Journal, formula as restated in later papers. See also NQP.STRUCTURE_DEVIATION.',
    zh:
      'TL = Σ (Yi/Y) · ln[(Yi/Li) / (Y/L)]，对各产业 i 求和，Y 为增加值，L 为就业：以增加值份额加权的各产业劳动生产率与整体劳动生产率之比的对数。均衡时为 0，且不会为负。' +
      '增加值为 0 的产业贡献为 0（y ln y 的极限）。' +
      sectorRowsHelp.zh +
      '来源：干春晖、郑若谷、余典范（2011,《经济研究》），公式依据后续文献的转述。另见 NQP.STRUCTURE_DEVIATION。',
  },
  params: sectorParams,
  result: { shape: 'column', description: { en: 'TL for each unit.', zh: '每个单元的 TL。' } },
  glossary: ['structure-rationalisation', 'theil-index', 'synergy'],
  examples: [
    {
      title: { en: 'Three sectors', zh: '三次产业' },
      args: [[[10, 40, 50]], [[30, 30, 40]]],
      expected: [[0.1167833758]],
      tolerance: 1e-9,
      source: 'tests/fixtures/vectors/industrial_structure.json (derived from the formula of Gan, Zheng and Yu 2011)',
    },
    {
      title: { en: 'Two regions; a sector with value added but no employment is #DIV/0! in its row', zh: '两个地区；有增加值但无就业的产业使该行返回 #DIV/0!' },
      args: [
        [[10, 40, 50], [10, 40, 50]],
        [[30, 30, 40], [0, 60, 40]],
      ],
      expected: [[0.1167833758], [{ error: '#DIV/0!' }]],
      tolerance: 1e-9,
      source: 'row 1: industrial_structure.json; row 2: methods.md A7 edge case L_i = 0 with Y_i > 0',
    },
    {
      title: { en: 'Ranges of different shapes are #VALUE!', zh: '区域形状不同时返回 #VALUE!' },
      args: [[[10, 40, 50]], [[30, 30]]],
      expected: [[{ error: '#VALUE!' }]],
      source: 'catalogue error table: shapes that do not match',
    },
  ],
  compute: structureTheil,
};
