/**
 * Template 8: the four industrial bases and the new infrastructure. A 1–5
 * assessment of each base and of each of the seven new-infrastructure areas
 * per unit (data validation on the inputs), a weighted score, the weakest
 * item, and radar charts.
 */
import { type Block, type Text, type TemplateDef, formula, t } from '../model';
import { FRAMEWORK_SOURCE, aboutBlocks, titleBlocks } from './common';

const BASES: Text[] = [
  t('Core basic components and parts', '核心基础零部件（元器件）'),
  t('Key basic materials', '关键基础材料'),
  t('Advanced basic processes', '先进基础工艺'),
  t('Industrial technology foundations', '产业技术基础'),
];

const AREAS: Text[] = [
  t('Ultra-high-voltage transmission', '特高压'),
  t('New-energy-vehicle charging', '新能源汽车充电桩'),
  t('5G base stations', '5G 基站'),
  t('Big-data centres', '大数据中心'),
  t('Artificial intelligence', '人工智能'),
  t('Industrial internet', '工业互联网'),
  t('Intercity high-speed and urban rail', '城际高速铁路和城市轨道交通'),
];

/** Fictional units and illustrative 1–5 assessments (not real evaluations). */
const UNITS: [string, string, number[], number[]][] = [
  ['Region A', '地区 A', [3, 4, 3, 4], [5, 4, 5, 4, 3, 4, 4]],
  ['Region B', '地区 B', [2, 3, 3, 2], [3, 4, 4, 3, 2, 3, 3]],
  ['Region C', '地区 C', [4, 3, 4, 3], [4, 3, 4, 5, 4, 5, 3]],
  ['Region D', '地区 D', [2, 2, 3, 3], [4, 2, 3, 2, 2, 2, 4]],
];

const N = UNITS.length;
const B_HEAD = 4;
const B_FIRST = B_HEAD + 1; // 5
const B_LAST = B_FIRST + N - 1; // 8
const B_WEIGHTS = B_LAST + 1; // 9
const A_HEAD = B_WEIGHTS + 3; // 12
const A_FIRST = A_HEAD + 1; // 13
const A_LAST = A_FIRST + N - 1; // 16
const A_WEIGHTS = A_LAST + 1; // 17

const rating = {
  kind: 'whole' as const,
  min: 1,
  max: 5,
  message: t('Enter your data: a whole number from 1 (very weak) to 5 (world-leading).', '请输入您的数据：1（很弱）到 5（世界领先）的整数。'),
};
const weight = {
  kind: 'decimal' as const,
  min: 0,
  message: t('Enter your data: a weight ≥ 0 (rescaled to sum to 1).', '请输入您的数据：权重 ≥ 0（自动归一化）。'),
};

const about = aboutBlocks('P4', {
  purpose: t(
    'Purpose: an industrial basic-capability assessment in the spirit of the industrial foundation re-engineering project: rate each of the four industrial bases and each of the seven new-infrastructure areas, combine the ratings, and find the weakest link.',
    '用途：按产业基础再造工程的思路开展产业基础能力评估：为“工业四基”和七大新型基础设施领域逐项打分，加权合成，并找出最薄弱环节。',
  ),
  steps: [
    t('Name the units in B5:B8 (regions, industries or firms); the infrastructure table repeats them.', '在 B5:B8 填写单位名称（地区、行业或企业）；基础设施表会自动引用。'),
    t('Rate each item from 1 (very weak) to 5 (world-leading) in C5:F8 and C13:I16; agree the scale with your experts first.', '在 C5:F8 和 C13:I16 为每项打 1（很弱）到 5（世界领先）分；请先与专家统一评分标准。'),
    t('Set weights in rows 9 and 17 (equal by default).', '在第 9 行和第 17 行设置权重（默认相等）。'),
    t('Huang (2024) reads new infrastructure more broadly (information, convergence and innovation infrastructure): add columns for other areas and widen the ranges.', '黄群慧（2024）对新型基础设施作更宽的理解（信息、融合、创新基础设施）：可增加其他领域的列并扩大引用范围。'),
  ],
  functions: t(
    'Functions: NQP.COMPOSITE_SCORE (normalization "none": the weighted mean on the 1–5 scale), NQP.WEAKEST_ASPECT (the lowest-rated item).',
    '函数：NQP.COMPOSITE_SCORE（normalization 取 "none"：1–5 分制上的加权平均）、NQP.WEAKEST_ASPECT（得分最低的项目）。',
  ),
  sources: [
    FRAMEWORK_SOURCE,
    t('The four industrial bases are the targets of China\'s industrial foundation re-engineering project; the seven areas are the common capital-market list of new infrastructure.', '“工业四基”是产业基础再造工程的对象；七个领域是资本市场常用的新型基础设施清单。'),
  ],
  sample: 'illustrative',
});

const blocks: Block[] = [
  ...titleBlocks(t('Four industrial bases and new infrastructure', '工业四基与新型基础设施')),
  // The four bases.
  { at: `B${B_HEAD}`, role: 'header', cells: [[t('Unit', '单位'), ...BASES]] },
  { at: `B${B_FIRST}`, role: 'input', sample: true, cells: UNITS.map(([en, zh]) => [t(en, zh)]), bold: true },
  { at: `C${B_FIRST}`, role: 'input', sample: true, cells: UNITS.map((u) => u[2]), numberFormat: '0', validation: rating },
  { at: `B${B_WEIGHTS}`, role: 'label', cells: [[t('Weights', '权重')]], bold: true },
  { at: `C${B_WEIGHTS}`, role: 'input', cells: [BASES.map(() => 1)], numberFormat: '0.00', validation: weight },
  { at: `H${B_HEAD}`, role: 'header', cells: [[t('Four-bases score (1–5)', '工业四基得分（1–5）'), t('Weakest base', '最薄弱环节')]] },
  {
    at: `H${B_FIRST}`,
    role: 'output',
    cells: [[formula(`=NQP.COMPOSITE_SCORE(C${B_FIRST}:F${B_LAST},C${B_WEIGHTS}:F${B_WEIGHTS},,"arithmetic","none")`)]],
    spill: { rows: N, cols: 1 },
    numberFormat: '0.00',
  },
  {
    at: `I${B_FIRST}`,
    role: 'output',
    cells: [[formula((lang) => `=NQP.WEAKEST_ASPECT(C${B_FIRST}:F${B_LAST},C${B_HEAD}:F${B_HEAD},"${lang}")`)]],
    spill: { rows: N, cols: 1 },
  },

  // The seven areas of new infrastructure.
  { at: `B${A_HEAD - 1}`, role: 'heading', cells: [[t('New infrastructure: the seven areas', '新型基础设施：七大领域')]] },
  { at: `B${A_HEAD}`, role: 'header', cells: [[t('Unit', '单位'), ...AREAS]] },
  { at: `B${A_FIRST}`, role: 'output', cells: UNITS.map((_, i) => [formula(`=B${B_FIRST + i}`)]), bold: true },
  { at: `C${A_FIRST}`, role: 'input', sample: true, cells: UNITS.map((u) => u[3]), numberFormat: '0', validation: rating },
  { at: `B${A_WEIGHTS}`, role: 'label', cells: [[t('Weights', '权重')]], bold: true },
  { at: `C${A_WEIGHTS}`, role: 'input', cells: [AREAS.map(() => 1)], numberFormat: '0.00', validation: weight },
  {
    at: `K${A_HEAD}`,
    role: 'header',
    cells: [[t('New-infrastructure score (1–5)', '新型基础设施得分（1–5）'), t('Weakest area', '最薄弱领域')]],
  },
  {
    at: `K${A_FIRST}`,
    role: 'output',
    cells: [[formula(`=NQP.COMPOSITE_SCORE(C${A_FIRST}:I${A_LAST},C${A_WEIGHTS}:I${A_WEIGHTS},,"arithmetic","none")`)]],
    spill: { rows: N, cols: 1 },
    numberFormat: '0.00',
  },
  {
    at: `L${A_FIRST}`,
    role: 'output',
    cells: [[formula((lang) => `=NQP.WEAKEST_ASPECT(C${A_FIRST}:I${A_LAST},C${A_HEAD}:I${A_HEAD},"${lang}")`)]],
    spill: { rows: N, cols: 1 },
  },
  ...about.blocks,
];

export const fourBases: TemplateDef = {
  id: 'four-bases-infrastructure',
  title: t('Four industrial bases and new infrastructure', '工业四基与新型基础设施'),
  description: t(
    'A 1–5 assessment of the four industrial bases and the seven areas of new infrastructure per unit, with weighted scores, the weakest item and radar charts.',
    '按单位对工业四基和七大新型基础设施领域进行 1–5 分评估，给出加权得分、最薄弱环节和雷达图。',
  ),
  glossary: ['four-industrial-bases', 'new-infrastructure', 'short-board', 'composite-index'],
  sample: 'illustrative',
  sheets: [
    {
      name: t('NQP Four bases', 'NQP 工业四基'),
      widths: { A: 12, B: 90, C: 95, D: 95, E: 95, F: 95, G: 95, H: 95, I: 95, J: 16, K: 110, L: 170, M: 16 },
      freezeRows: B_HEAD,
      blocks,
      charts: [
        {
          type: 'Radar',
          source: `B${B_HEAD}:F${B_LAST}`,
          seriesBy: 'Rows',
          title: t('Four industrial bases (1–5)', '工业四基（1–5）'),
          from: `B${A_WEIGHTS + 2}`,
          to: `F${A_WEIGHTS + 22}`,
          min: 0,
          max: 5,
        },
        {
          type: 'Radar',
          source: `B${A_HEAD}:I${A_LAST}`,
          seriesBy: 'Rows',
          title: t('New infrastructure (1–5)', '新型基础设施（1–5）'),
          from: `G${A_WEIGHTS + 2}`,
          to: `L${A_WEIGHTS + 22}`,
          min: 0,
          max: 5,
        },
      ],
    },
  ],
};
