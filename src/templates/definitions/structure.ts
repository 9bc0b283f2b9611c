/**
 * Template 5: structure and synergy. Sector value added and employment over
 * the years → STRUCTURE_THEIL (rationalisation), STRUCTURE_DEVIATION,
 * STRUCTURE_ADVANCEMENT (ratio and hierarchy), and the coupling coordination
 * of the primary, secondary and tertiary sectors, with a line chart.
 */
import { type Block, type TemplateDef, formula, t } from '../model';
import { FRAMEWORK_SOURCE, aboutBlocks, titleBlocks } from './common';

/** An illustrative fictional economy: year, value added (primary, secondary, tertiary), employment (same order). */
const SERIES: number[][] = [
  [2014, 60.0, 430.0, 480.0, 230.0, 230.0, 310.0],
  [2015, 61.8, 451.5, 523.2, 220.8, 228.8, 317.8],
  [2016, 63.7, 474.1, 570.3, 212.0, 227.7, 325.7],
  [2017, 65.6, 497.8, 621.6, 203.5, 226.6, 333.8],
  [2018, 67.5, 522.7, 677.6, 195.3, 225.4, 342.2],
  [2019, 69.6, 548.8, 738.5, 187.5, 224.3, 350.7],
  [2020, 71.6, 576.2, 805.0, 180.0, 223.2, 359.5],
  [2021, 73.8, 605.1, 877.5, 172.8, 222.1, 368.5],
  [2022, 76.0, 635.3, 956.4, 165.9, 221.0, 377.7],
  [2023, 78.3, 667.1, 1042.5, 159.3, 219.9, 387.1],
];

const T = SERIES.length; // rows 6–15
const FIRST = 6;
const LAST = FIRST + T - 1;
const VA = `C${FIRST}:E${LAST}`;
const EMP = `F${FIRST}:H${LAST}`;
const CHART_HEAD = LAST + 3; // 18

const SECTORS = [t('Primary', '第一产业'), t('Secondary', '第二产业'), t('Tertiary', '第三产业')];

const about = aboutBlocks('U4', {
  purpose: t(
    'Purpose: measure the synergy aspect of the industrial system: how well output and employment are matched across sectors (rationalisation), how far the structure has moved towards services (advancement), and how well the sectors develop together (coupling coordination).',
    '用途：衡量产业体系的协同性：各产业产出与就业的匹配程度（合理化）、产业结构向服务业演进的程度（高级化），以及各产业协同发展的程度（耦合协调）。',
  ),
  steps: [
    t('Enter one year (or region) per row: value added of the primary, secondary and tertiary sectors (C6:E15) and their employment (F6:H15).', '每行一年（或一个地区）：第一、二、三产业增加值（C6:E15）及其就业人数（F6:H15）。'),
    t('For a quaternary (information) sector, insert a fourth column in both groups and widen the ranges of the formulas.', '如有第四产业（信息产业），请在两组中各插入第四列，并扩大公式的引用范围。'),
    t('The sector scores for the coupling are each sector\'s value added relative to its own maximum (x / max), so they lie in (0, 1].', '耦合所用的产业得分为各产业增加值与其自身最大值之比（x / max），取值在 (0, 1] 之间。'),
  ],
  functions: t(
    'Functions: NQP.STRUCTURE_THEIL (TL, 0 = equilibrium), NQP.STRUCTURE_DEVIATION (E), NQP.STRUCTURE_ADVANCEMENT (tertiary / secondary; hierarchy Σ i·share), NQP.NORMALIZE, NQP.COUPLING_COORDINATION, NQP.COORDINATION_LEVEL.',
    '函数：NQP.STRUCTURE_THEIL（泰尔指数 TL，0 为均衡）、NQP.STRUCTURE_DEVIATION（结构偏离度 E）、NQP.STRUCTURE_ADVANCEMENT（第三产业/第二产业；层次系数 Σ i·比重）、NQP.NORMALIZE、NQP.COUPLING_COORDINATION、NQP.COORDINATION_LEVEL。',
  ),
  sources: [
    FRAMEWORK_SOURCE,
    t('Methods: Gan Chunhui, Zheng Ruogu and Yu Dianfan (2011) for rationalisation (Theil) and advancement (tertiary / secondary).', '方法：合理化（泰尔指数）与高级化（第三产业/第二产业）参见干春晖、郑若谷、余典范（2011）。'),
  ],
  sample: 'illustrative',
});

const blocks: Block[] = [
  ...titleBlocks(t('Structure and synergy of the industrial system', '产业结构与协同性')),
  { at: 'C4', role: 'header', cells: [[t('Value added', '增加值'), null, null, t('Employment', '就业人数'), null, null]] },
  { at: 'B5', role: 'header', cells: [[t('Year', '年份'), ...SECTORS, ...SECTORS]] },
  { at: `B${FIRST}`, role: 'input', sample: true, cells: SERIES.map((r) => [r[0]]), numberFormat: '0' },
  {
    at: `C${FIRST}`,
    role: 'input',
    sample: true,
    cells: SERIES.map((r) => r.slice(1)),
    numberFormat: '#,##0.0',
    validation: { kind: 'decimal', min: 0, message: t('Enter your data: a value ≥ 0.', '请输入您的数据：≥ 0 的数值。') },
  },
  { at: 'J4', role: 'heading', cells: [[t('Structure', '产业结构')]] },
  {
    at: 'J5',
    role: 'header',
    cells: [
      [
        t('Theil index TL', '泰尔指数 TL'),
        t('Structural deviation E', '结构偏离度 E'),
        t('Advancement: tertiary / secondary', '高级化：三产/二产'),
        t('Advancement: hierarchy', '高级化：层次系数'),
      ],
    ],
  },
  { at: `J${FIRST}`, role: 'output', cells: [[formula(`=NQP.STRUCTURE_THEIL(${VA},${EMP})`)]], spill: { rows: T, cols: 1 }, numberFormat: '0.000' },
  { at: `K${FIRST}`, role: 'output', cells: [[formula(`=NQP.STRUCTURE_DEVIATION(${VA},${EMP})`)]], spill: { rows: T, cols: 1 }, numberFormat: '0.000' },
  { at: `L${FIRST}`, role: 'output', cells: [[formula(`=NQP.STRUCTURE_ADVANCEMENT(${VA})`)]], spill: { rows: T, cols: 1 }, numberFormat: '0.000' },
  {
    at: `M${FIRST}`,
    role: 'output',
    cells: [[formula(`=NQP.STRUCTURE_ADVANCEMENT(${VA},"hierarchy")`)]],
    spill: { rows: T, cols: 1 },
    numberFormat: '0.000',
  },
  { at: 'O4', role: 'heading', cells: [[t('Synergy of the sectors', '产业间协同')]] },
  {
    at: 'O5',
    role: 'header',
    cells: [
      [
        ...SECTORS.map((s) => t(`${s.en} (x / max)`, `${s.zh}（x / max）`)),
        t('Coupling coordination D', '耦合协调度 D'),
        t('Coordination class', '协调等级'),
      ],
    ],
  },
  { at: `O${FIRST}`, role: 'output', cells: [[formula(`=NQP.NORMALIZE(${VA},,"fracmax")`)]], spill: { rows: T, cols: 3 }, numberFormat: '0.000' },
  {
    at: `R${FIRST}`,
    role: 'output',
    cells: [[formula(`=NQP.COUPLING_COORDINATION(O${FIRST}:Q${LAST})`)]],
    spill: { rows: T, cols: 1 },
    numberFormat: '0.000',
  },
  {
    at: `S${FIRST}`,
    role: 'output',
    cells: [[formula((lang) => `=NQP.COORDINATION_LEVEL(R${FIRST}:R${LAST},"${lang}")`)]],
    spill: { rows: T, cols: 1 },
  },
  // Chart data.
  { at: `B${CHART_HEAD - 1}`, role: 'heading', cells: [[t('Indices over time (for the chart)', '各指数的变化（用于图表）')]] },
  {
    at: `C${CHART_HEAD}`,
    role: 'header',
    cells: [[t('Theil index TL', '泰尔指数 TL'), t('Tertiary / secondary', '三产/二产'), t('Coupling coordination D', '耦合协调度 D')]],
  },
  // The year, as a year (no decimals).
  { at: `B${CHART_HEAD + 1}`, role: 'output', cells: SERIES.map((_, i) => [formula(`=B${FIRST + i}`)]), numberFormat: '0' },
  {
    at: `C${CHART_HEAD + 1}`,
    role: 'output',
    cells: SERIES.map((_, i) => {
      const r = FIRST + i;
      return [formula(`=J${r}`), formula(`=L${r}`), formula(`=R${r}`)];
    }),
    numberFormat: '0.000',
  },
  ...about.blocks,
];

export const structure: TemplateDef = {
  id: 'structure-synergy',
  title: t('Structure and synergy', '产业结构与协同'),
  description: t(
    'Sector value added and employment: Theil rationalisation index, structural deviation, advancement (ratio and hierarchy), and the coupling coordination of the primary, secondary and tertiary sectors, with a line chart.',
    '各产业增加值与就业：泰尔合理化指数、结构偏离度、高级化（比值与层次系数），以及三次产业的耦合协调度和折线图。',
  ),
  glossary: ['synergy', 'structure-rationalisation', 'structural-deviation', 'structure-advancement', 'coupling-coordination', 'theil-index'],
  sample: 'illustrative',
  sheets: [
    {
      name: t('NQP Structure', 'NQP 产业结构'),
      widths: { A: 12, B: 60, C: 80, D: 80, E: 80, F: 80, G: 80, H: 80, I: 16, J: 90, K: 90, L: 110, M: 100, N: 16, O: 100, P: 100, Q: 100, R: 100, S: 150, T: 16 },
      freezeRows: 5,
      blocks,
      charts: [
        {
          type: 'LineMarkers',
          source: `B${CHART_HEAD}:E${CHART_HEAD + T}`,
          seriesBy: 'Columns',
          title: t('Rationalisation, advancement and coupling over time', '合理化、高级化与耦合协调的变化'),
          from: `G${CHART_HEAD}`,
          to: `O${CHART_HEAD + 18}`,
        },
      ],
    },
  ],
};
