/**
 * Template 3: an NQP index. Units × indicators grouped by the four NQP
 * elements (new labourers, new objects of labour, new means of labour, new
 * infrastructure), a direction row, entropy weights, the composite score and
 * TOPSIS, element scores and their coupling coordination, the obstacle degree,
 * the rank uncertainty, and a ranked bar chart.
 */
import { type Block, type CellContent, type Text, type TemplateDef, columnName, formula, t } from '../model';
import { FRAMEWORK_SOURCE, aboutBlocks, titleBlocks } from './common';

interface Indicator {
  name: Text;
  cost?: boolean;
}

const ELEMENTS: { name: Text; indicators: Indicator[] }[] = [
  {
    name: t('New labourers', '新型劳动者'),
    indicators: [
      { name: t('R&D personnel per 10,000 employed', '每万名就业人员 R&D 人员') },
      { name: t('Tertiary-educated share of employed (%)', '就业人员中高等教育占比（%）') },
      { name: t('Average years of schooling', '平均受教育年限') },
    ],
  },
  {
    name: t('New objects of labour', '新型劳动对象'),
    indicators: [
      { name: t('Strategic emerging industries (% of value added)', '战略性新兴产业增加值占比（%）') },
      { name: t('New materials (% of industrial output)', '新材料产值占工业产值比重（%）') },
      { name: t('Energy use per unit of GDP (tce / 10,000 yuan)', '单位 GDP 能耗（吨标准煤/万元）'), cost: true },
    ],
  },
  {
    name: t('New means of labour', '新型劳动资料'),
    indicators: [
      { name: t('Industrial robots per 10,000 manufacturing workers', '每万名制造业工人工业机器人数') },
      { name: t('R&D spending (% of GDP)', 'R&D 经费投入强度（% GDP）') },
      { name: t('Invention patents per 10,000 people', '每万人发明专利拥有量') },
    ],
  },
  {
    name: t('New infrastructure', '新型基础设施'),
    indicators: [
      { name: t('5G base stations per 10,000 people', '每万人 5G 基站数') },
      { name: t('Data-centre racks per 10,000 people', '每万人数据中心机架数') },
      { name: t('Broadband users per 100 people', '每百人宽带用户数') },
    ],
  },
];

/** Fictional regions; illustrative values, not real statistics. */
const SAMPLE: [string, string, number[]][] = [
  ['Region A', '地区 A', [175, 36.5, 11.8, 21.0, 11.2, 0.38, 410, 4.3, 58, 43, 55, 53]],
  ['Region B', '地区 B', [120, 28.0, 10.9, 16.5, 8.1, 0.52, 160, 2.0, 18, 33, 28, 46]],
  ['Region C', '地区 C', [60, 15.1, 9.7, 10.2, 3.9, 0.79, 110, 1.4, 9, 19, 9, 34]],
  ['Region D', '地区 D', [95, 24.1, 10.4, 18.0, 9.5, 0.5, 190, 2.3, 20, 30, 30, 45]],
  ['Region E', '地区 E', [150, 32.7, 11.3, 19.2, 9.8, 0.44, 350, 3.8, 47, 39, 44, 54]],
  ['Region F', '地区 F', [48, 17.3, 9.9, 8.7, 4.6, 0.76, 85, 1.6, 7, 16, 11, 36]],
  ['Region G', '地区 G', [90, 22.0, 10.3, 15.1, 7.7, 0.57, 230, 2.6, 26, 41, 50, 52]],
  ['Region H', '地区 H', [75, 20.9, 9.5, 11.9, 5.2, 0.83, 150, 1.9, 14, 23, 12, 33]],
  ['Region I', '地区 I', [135, 30.4, 11.1, 17.8, 11.6, 0.36, 300, 3.3, 39, 36, 40, 48]],
  ['Region J', '地区 J', [140, 31.0, 11.0, 12.6, 6.1, 0.66, 170, 2.1, 17, 25, 15, 40]],
];

const INDICATORS = ELEMENTS.flatMap((e) => e.indicators);
const M = INDICATORS.length; // 12: columns C–N
const N = SAMPLE.length; // 10 units: rows 7–16
const FIRST = 7;
const LAST = FIRST + N - 1;
const C0 = 2; // column C
const col = (j: number): string => columnName(C0 + j);
const LAST_COL = col(M - 1); // N
const DATA = `C${FIRST}:${LAST_COL}${LAST}`;
const DIRS = `C6:${LAST_COL}6`;
const WEIGHTS_ROW = LAST + 2; // 18
const WEIGHTS = `C${WEIGHTS_ROW}:${LAST_COL}${WEIGHTS_ROW}`;
const OBSTACLE_HEAD = WEIGHTS_ROW + 4; // 22
const UNCERTAINTY_HEAD = OBSTACLE_HEAD + N + 3; // 35
const RANKED_HEAD = WEIGHTS_ROW + 3; // 21, columns P–Q

/** The columns of element k: its first and last indicator. */
function elementColumns(k: number): [string, string] {
  const start = ELEMENTS.slice(0, k).reduce((s, e) => s + e.indicators.length, 0);
  return [col(start), col(start + ELEMENTS[k].indicators.length - 1)];
}

const RESULT_HEADERS: Text[] = [
  t('Composite score (entropy weights)', '综合得分（熵权）'),
  t('TOPSIS closeness', 'TOPSIS 贴近度'),
  t('Rank', '排名'),
  ...ELEMENTS.map((e) => e.name),
  t('Coupling coordination D', '耦合协调度 D'),
  t('Coordination class', '协调等级'),
];

/** The unit names again, for a result table below the data. */
const unitNames = (): CellContent[][] => Array.from({ length: N }, (_, i) => [formula(`=B${FIRST + i}`)]);

const about = aboutBlocks(`Z4`, {
  purpose: t(
    'Purpose: build a new-quality-productivity index from indicators grouped by the four NQP elements (new labourers, new objects of labour, new means of labour, new infrastructure): objective weights, composite score and TOPSIS ranking, how well the four elements are coordinated, what holds each unit back, and how robust the ranking is.',
    '用途：以新质生产力四要素（新型劳动者、新型劳动对象、新型劳动资料、新型基础设施）分组的指标构建新质生产力指数：客观赋权、综合得分与 TOPSIS 排序、四要素的耦合协调程度、各单位的主要障碍因素，以及排序的稳健性。',
  ),
  steps: [
    t('Enter the units in B7:B16 and their indicator values in C7:N16 (one column per indicator, grouped by element).', '在 B7:B16 填入单位，在 C7:N16 填入指标值（每列一个指标，按要素分组）。'),
    t('Set each indicator\'s direction in row 6: "benefit" if larger is better, "cost" if smaller is better.', '在第 6 行设置每个指标的方向：越大越好为“正向”，越小越好为“负向”。'),
    t('Rename indicators in row 5 freely; keep three per element or adjust the element formulas (S7:V7).', '可自由修改第 5 行的指标名称；每个要素保持三个指标，否则需调整要素公式（S7:V7）。'),
    t('Weights (row 18), scores, ranks, obstacles and rank uncertainty update by themselves.', '权重（第 18 行）、得分、排名、障碍度和排序不确定性会自动更新。'),
  ],
  functions: t(
    'Functions: NQP.ENTROPY_WEIGHTS, NQP.COMPOSITE_SCORE (min-max, weighted arithmetic), NQP.TOPSIS, NQP.COUPLING_COORDINATION, NQP.COORDINATION_LEVEL, NQP.OBSTACLE_DEGREE, NQP.RANK_UNCERTAINTY; Excel RANK.EQ, SORTBY.',
    '函数：NQP.ENTROPY_WEIGHTS、NQP.COMPOSITE_SCORE（极差标准化、加权算术平均）、NQP.TOPSIS、NQP.COUPLING_COORDINATION、NQP.COORDINATION_LEVEL、NQP.OBSTACLE_DEGREE、NQP.RANK_UNCERTAINTY；Excel 的 RANK.EQ、SORTBY。',
  ),
  sources: [
    FRAMEWORK_SOURCE,
    t(
      'Elements: the official reading of NQP as the leap of labourers, means of labour, objects of labour and their optimised combination (Politburo study session, 31 January 2024), with new infrastructure as in Huang (2024).',
      '要素：官方将新质生产力的基本内涵表述为劳动者、劳动资料、劳动对象及其优化组合的跃升（中央政治局集体学习，2024 年 1 月 31 日），新型基础设施依黄群慧（2024）。',
    ),
  ],
  sample: 'illustrative',
});

// Element headers: the element's name above its first indicator.
const elementRow: CellContent[] = ELEMENTS.flatMap((e) => [e.name, ...e.indicators.slice(1).map(() => null)]);

const blocks: Block[] = [
  ...titleBlocks(t('New quality productivity index', '新质生产力指数')),
  { at: 'C4', role: 'header', cells: [elementRow] },
  { at: 'B5', role: 'header', cells: [[t('Unit', '单位'), ...INDICATORS.map((i) => i.name)]] },
  { at: 'B6', role: 'label', cells: [[t('Direction', '方向')]], bold: true },
  {
    at: 'C6',
    role: 'input',
    cells: [INDICATORS.map((i) => (i.cost ? t('cost', '负向') : t('benefit', '正向')))],
    validation: {
      kind: 'list',
      source: t('benefit,cost', '正向,负向'),
      message: t('Enter your data: "benefit" (larger is better) or "cost" (smaller is better).', '请输入您的数据：“正向”（越大越好）或“负向”（越小越好）。'),
    },
  },
  { at: `B${FIRST}`, role: 'input', sample: true, cells: SAMPLE.map(([en, zh]) => [t(en, zh)]), bold: true },
  {
    at: `C${FIRST}`,
    role: 'input',
    sample: true,
    cells: SAMPLE.map(([, , v]) => v),
    numberFormat: '#,##0.00',
    validation: { kind: 'decimal', message: t('Enter your data: a number (leave blank if missing).', '请输入您的数据：数值（缺失则留空）。') },
  },

  // Results beside the data.
  { at: 'P4', role: 'heading', cells: [[t('Results', '结果')]] },
  { at: 'P5', role: 'header', cells: [RESULT_HEADERS] },
  {
    at: `P${FIRST}`,
    role: 'output',
    cells: [[formula(`=NQP.COMPOSITE_SCORE(${DATA},${WEIGHTS},${DIRS})`)]],
    spill: { rows: N, cols: 1 },
    numberFormat: '0.000',
  },
  {
    at: `Q${FIRST}`,
    role: 'output',
    cells: [[formula(`=NQP.TOPSIS(${DATA},${WEIGHTS},${DIRS})`)]],
    spill: { rows: N, cols: 1 },
    numberFormat: '0.000',
  },
  {
    at: `R${FIRST}`,
    role: 'output',
    cells: Array.from({ length: N }, (_, i) => [formula(`=IFERROR(RANK.EQ(P${FIRST + i},$P$${FIRST}:$P$${LAST}),"")`)]),
    numberFormat: '0',
  },
  ...ELEMENTS.map((_, k): Block => {
    const [a, b] = elementColumns(k);
    return {
      at: `${columnName(18 + k)}${FIRST}`, // S–V
      role: 'output',
      cells: [[formula(`=NQP.COMPOSITE_SCORE(${a}${FIRST}:${b}${LAST},${a}${WEIGHTS_ROW}:${b}${WEIGHTS_ROW},${a}6:${b}6)`)]],
      spill: { rows: N, cols: 1 },
      numberFormat: '0.000',
    };
  }),
  {
    at: `W${FIRST}`,
    role: 'output',
    cells: [[formula(`=NQP.COUPLING_COORDINATION(S${FIRST}:V${LAST})`)]],
    spill: { rows: N, cols: 1 },
    numberFormat: '0.000',
  },
  {
    at: `X${FIRST}`,
    role: 'output',
    cells: [[formula((lang) => `=NQP.COORDINATION_LEVEL(W${FIRST}:W${LAST},"${lang}")`)]],
    spill: { rows: N, cols: 1 },
  },

  // Weights.
  { at: `B${WEIGHTS_ROW}`, role: 'label', cells: [[t('Entropy weights', '熵权')]], bold: true },
  {
    at: `C${WEIGHTS_ROW}`,
    role: 'output',
    cells: [[formula(`=NQP.ENTROPY_WEIGHTS(${DATA},${DIRS})`)]],
    spill: { rows: 1, cols: M },
    numberFormat: '0.000',
  },
  { at: `B${WEIGHTS_ROW + 1}`, role: 'label', cells: [[t('Weight of the element', '要素权重')]], bold: true },
  {
    at: `C${WEIGHTS_ROW + 1}`,
    role: 'output',
    cells: [
      ELEMENTS.flatMap((e, k) => {
        const [a, b] = elementColumns(k);
        return [formula(`=SUM(${a}${WEIGHTS_ROW}:${b}${WEIGHTS_ROW})`), ...e.indicators.slice(1).map(() => null)];
      }),
    ],
    numberFormat: '0.0%',
  },

  // Obstacle degree.
  {
    at: `B${OBSTACLE_HEAD - 1}`,
    role: 'heading',
    cells: [[t('Obstacle degree: each indicator\'s share of the unit\'s shortfall', '障碍度：各指标在该单位差距中的占比')]],
  },
  { at: `B${OBSTACLE_HEAD}`, role: 'header', cells: [[t('Unit', '单位'), ...INDICATORS.map((i) => i.name), t('Main obstacle', '主要障碍因素')]] },
  { at: `B${OBSTACLE_HEAD + 1}`, role: 'output', cells: unitNames(), bold: true },
  {
    at: `C${OBSTACLE_HEAD + 1}`,
    role: 'output',
    cells: [[formula(`=NQP.OBSTACLE_DEGREE(${DATA},${WEIGHTS},${DIRS})`)]],
    spill: { rows: N, cols: M },
    numberFormat: '0.0%',
  },
  {
    at: `O${OBSTACLE_HEAD + 1}`,
    role: 'output',
    cells: Array.from({ length: N }, (_, i) => {
      const r = OBSTACLE_HEAD + 1 + i;
      return [formula(`=IFERROR(INDEX($C$${OBSTACLE_HEAD}:$${LAST_COL}$${OBSTACLE_HEAD},MATCH(MAX(C${r}:${LAST_COL}${r}),C${r}:${LAST_COL}${r},0)),"")`)];
    }),
  },

  // Rank uncertainty.
  {
    at: `B${UNCERTAINTY_HEAD - 1}`,
    role: 'heading',
    cells: [[t('Rank uncertainty: ranks when each weight varies by ±25% (1,000 runs, seed 1)', '排序不确定性：各权重在 ±25% 内变动时的排名（1000 次，种子 1）')]],
  },
  { at: `B${UNCERTAINTY_HEAD}`, role: 'header', cells: [[t('Unit', '单位')]] },
  { at: `B${UNCERTAINTY_HEAD + 1}`, role: 'output', cells: unitNames(), bold: true },
  {
    at: `C${UNCERTAINTY_HEAD}`,
    role: 'output',
    cells: [[formula(`=NQP.RANK_UNCERTAINTY(${DATA},${WEIGHTS},${DIRS})`)]],
    spill: { rows: N + 1, cols: 4 },
    numberFormat: '0.0',
  },

  // Ranked composite scores for the bar chart.
  { at: `P${RANKED_HEAD - 1}`, role: 'heading', cells: [[t('Ranking (for the chart)', '排名（用于图表）')]] },
  { at: `P${RANKED_HEAD}`, role: 'header', cells: [[t('Unit', '单位'), t('Composite score', '综合得分')]] },
  {
    at: `P${RANKED_HEAD + 1}`,
    role: 'output',
    cells: [[formula(`=SORTBY(B${FIRST}:B${LAST},P${FIRST}:P${LAST},-1)`)]],
    spill: { rows: N, cols: 1 },
  },
  {
    at: `Q${RANKED_HEAD + 1}`,
    role: 'output',
    cells: [[formula(`=SORTBY(P${FIRST}:P${LAST},P${FIRST}:P${LAST},-1)`)]],
    spill: { rows: N, cols: 1 },
    numberFormat: '0.000',
  },
  ...about.blocks,
];

export const nqpIndex: TemplateDef = {
  id: 'nqp-index',
  title: t('NQP index', '新质生产力指数'),
  description: t(
    'Indicators grouped by the four NQP elements: entropy weights, composite score, TOPSIS, element scores and their coupling coordination, obstacle degree, rank uncertainty and a ranked bar chart.',
    '按新质生产力四要素分组的指标：熵权、综合得分、TOPSIS、要素得分及其耦合协调度、障碍度、排序不确定性和排名条形图。',
  ),
  glossary: ['new-quality-productivity', 'nqp-elements', 'entropy-weight-method', 'composite-index', 'topsis', 'coupling-coordination', 'obstacle-degree', 'rank-uncertainty'],
  sample: 'illustrative',
  sheets: [
    {
      name: t('NQP Index', 'NQP 新质生产力指数'),
      widths: {
        A: 12,
        B: 110,
        ...Object.fromEntries(INDICATORS.map((_, j) => [col(j), 78])),
        O: 120,
        P: 90,
        Q: 90,
        R: 45,
        S: 80,
        T: 80,
        U: 80,
        V: 80,
        W: 90,
        X: 150,
        Y: 16,
      },
      freezeRows: 6,
      blocks,
      charts: [
        {
          type: 'BarClustered',
          source: `P${RANKED_HEAD}:Q${RANKED_HEAD + N}`,
          seriesBy: 'Columns',
          title: t('NQP index: units ranked by composite score', '新质生产力指数：按综合得分排名'),
          from: `S${RANKED_HEAD - 1}`,
          to: `X${RANKED_HEAD + 18}`,
          min: 0,
          max: 1,
          reverseCategories: true,
        },
      ],
    },
  ],
};
