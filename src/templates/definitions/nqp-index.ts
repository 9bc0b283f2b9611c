/**
 * Template 3: an NQP index. Units × indicators grouped by the four NQP
 * elements (new labourers, new objects of labour, new means of labour, new
 * infrastructure), a direction row, entropy weights, the composite score and
 * TOPSIS, element scores and their coupling coordination, the obstacle degree,
 * the rank uncertainty, and a ranked bar chart.
 *
 * The workflow steps below the results (issue #17): the raw indicators are
 * treated for outliers (COINr's rule) and the treated block feeds the whole
 * chain above (weights, scores, TOPSIS, elements, obstacles, rank
 * uncertainty), with the treatment report beside it; a small long panel with
 * gaps filled by linear interpolation; the index structure (indicator →
 * element → NQP) computed as a tree; and the sensitivity of the ranking to
 * the methodological choices (ranks and Sobol indices, 200 runs, seed 1).
 */
import { type Block, type CellContent, type Text, type TemplateDef, columnName, formula, lines, t } from '../model';
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

/**
 * Fictional regions; illustrative values, not real statistics. Region A's invention patents (150) are an
 * outlier on purpose: the treatment step winsorises them to the next value in.
 */
const SAMPLE: [string, string, number[]][] = [
  ['Region A', '地区 A', [175, 36.5, 11.8, 21.0, 11.2, 0.38, 410, 4.3, 150, 43, 55, 53]],
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

/**
 * Step 2's long panel: R&D spending (% of GDP) and 5G base stations per 10,000 people of Regions A–C,
 * 2019–2024, with gaps (null) for INTERPOLATE to fill; the 2024 values are those of the table above.
 * Fictional, like the rest of the sample.
 */
const PANEL_YEARS = [2019, 2020, 2021, 2022, 2023, 2024];
const PANEL: [string, string, (number | null)[], (number | null)[]][] = [
  ['Region A', '地区 A', [3.6, 3.8, null, 4.0, null, 4.3], [8, 17, 26, null, 37, 43]],
  ['Region B', '地区 B', [null, 1.6, 1.7, 1.8, null, 2.0], [5, null, 16, 22, 28, 33]],
  ['Region C', '地区 C', [1.0, 1.1, 1.2, null, 1.3, 1.4], [2, 5, null, null, 15, 19]],
];
const PANEL_ROWS = PANEL.flatMap(([en, zh, rd, fiveG]) => PANEL_YEARS.map((year, y) => ({ unit: t(en, zh), year, rd: rd[y], fiveG: fiveG[y] })));

const INDICATORS = ELEMENTS.flatMap((e) => e.indicators);
const M = INDICATORS.length; // 12: columns C–N
const N = SAMPLE.length; // 10 units: rows 7–16
const FIRST = 7;
const LAST = FIRST + N - 1;
const C0 = 2; // column C
const col = (j: number): string => columnName(C0 + j);
const LAST_COL = col(M - 1); // N
/** The raw indicators, as entered. */
const RAW = `C${FIRST}:${LAST_COL}${LAST}`;
const DIRS = `C6:${LAST_COL}6`;
const WEIGHTS_ROW = LAST + 2; // 18
const WEIGHTS = `C${WEIGHTS_ROW}:${LAST_COL}${WEIGHTS_ROW}`;
const OBSTACLE_HEAD = WEIGHTS_ROW + 4; // 22
const UNCERTAINTY_HEAD = OBSTACLE_HEAD + N + 3; // 35
const RANKED_HEAD = WEIGHTS_ROW + 3; // 21, columns P–Q

// The workflow steps, below the results.
/** Step 1, outlier treatment: heading, two lines of instructions, then the treated block (header row, N rows). */
const STEP_TREAT = UNCERTAINTY_HEAD + N + 3; // 48
const TREAT_HEAD = STEP_TREAT + 3; // 51
const TREAT_FIRST = TREAT_HEAD + 1; // 52
const TREAT_LAST = TREAT_FIRST + N - 1; // 61
/** The treated indicators: what the weights, scores, rankings and the later steps read. */
const DATA = `C${TREAT_FIRST}:${LAST_COL}${TREAT_LAST}`;
/** The treatment report: a header row and one row per indicator, in columns C–I. */
const REPORT_HEAD = TREAT_LAST + 3; // 64
const REPORT_COLS = 7;
/** Step 2, interpolation: a long panel of two indicators for three of the regions over six years. */
const STEP_INTERPOLATE = REPORT_HEAD + M + 3; // 79
const PANEL_HEAD = STEP_INTERPOLATE + 3; // 82
const PANEL_FIRST = PANEL_HEAD + 1; // 83
const PANEL_N = PANEL.length * PANEL_YEARS.length; // 18
const PANEL_LAST = PANEL_FIRST + PANEL_N - 1; // 100
/** Step 3, structure: one row per indicator (its element, the top node) in B–D, the tree index in F–K. */
const STEP_TREE = PANEL_LAST + 2; // 102
const TREE_HEAD = STEP_TREE + 3; // 105
const STRUCTURE = `C${TREE_HEAD + 1}:D${TREE_HEAD + M}`;
/** The top node of the structure, and the name of the index's last column. */
export const TOP_NODE = 'NQP';
/** Step 4, sensitivity: the ranks (B–G) and the Sobol indices (I–K) over a small number of runs. */
const STEP_SENSITIVITY = TREE_HEAD + M + 2; // 119
const SENS_HEAD = STEP_SENSITIVITY + 4; // 123
export const SENSITIVITY_RUNS = 200;
const SENSITIVITY_SEED = 1;
/** The methodological choices INDEX_SENSITIVITY varies by default (one row of its "indices" output each). */
const CHOICES = 4;

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
    t(
      `Rename indicators in row 5 freely; keep three per element or adjust the element formulas (S7:V7) and the structure (${STRUCTURE}).`,
      `可自由修改第 5 行的指标名称；每个要素保持三个指标，否则需调整要素公式（S7:V7）和指标体系（${STRUCTURE}）。`,
    ),
    t(
      `Step 1 (row ${STEP_TREAT}) treats outliers; the treated indicators (C${TREAT_FIRST}:${LAST_COL}${TREAT_LAST}) feed the weights (row ${WEIGHTS_ROW}), scores, ranks, obstacles and rank uncertainty, which update by themselves.`,
      `第 1 步（第 ${STEP_TREAT} 行）处理异常值；处理后的指标（C${TREAT_FIRST}:${LAST_COL}${TREAT_LAST}）用于权重（第 ${WEIGHTS_ROW} 行）、得分、排名、障碍度和排序不确定性，它们会自动更新。`,
    ),
    t(
      `Step 2 (row ${STEP_INTERPOLATE}) fills gaps in a long panel by linear interpolation; step 3 (row ${STEP_TREE}) computes the index from its structure; step 4 (row ${STEP_SENSITIVITY}) tests how much the ranking depends on the methodological choices.`,
      `第 2 步（第 ${STEP_INTERPOLATE} 行）用线性插值填补长格式面板中的缺口；第 3 步（第 ${STEP_TREE} 行）按指标体系计算指数；第 4 步（第 ${STEP_SENSITIVITY} 行）检验排名在多大程度上依赖于方法选择。`,
    ),
  ],
  functions: t(
    'Functions: NQP.TREAT_OUTLIERS, NQP.ENTROPY_WEIGHTS, NQP.COMPOSITE_SCORE (min-max, weighted arithmetic), NQP.TOPSIS, NQP.COUPLING_COORDINATION, NQP.COORDINATION_LEVEL, NQP.OBSTACLE_DEGREE, NQP.RANK_UNCERTAINTY, NQP.INTERPOLATE, NQP.INDEX_TREE, NQP.INDEX_SENSITIVITY; Excel RANK.EQ, SORTBY.',
    '函数：NQP.TREAT_OUTLIERS、NQP.ENTROPY_WEIGHTS、NQP.COMPOSITE_SCORE（极差标准化、加权算术平均）、NQP.TOPSIS、NQP.COUPLING_COORDINATION、NQP.COORDINATION_LEVEL、NQP.OBSTACLE_DEGREE、NQP.RANK_UNCERTAINTY、NQP.INTERPOLATE、NQP.INDEX_TREE、NQP.INDEX_SENSITIVITY；Excel 的 RANK.EQ、SORTBY。',
  ),
  sources: [
    FRAMEWORK_SOURCE,
    t(
      'Elements: the official reading of NQP as the leap of labourers, means of labour, objects of labour and their optimised combination (Politburo study session, 31 January 2024), with new infrastructure as in Huang (2024).',
      '要素：官方将新质生产力的基本内涵表述为劳动者、劳动资料、劳动对象及其优化组合的跃升（中央政治局集体学习，2024 年 1 月 31 日），新型基础设施依黄群慧（2024）。',
    ),
    t(
      'Workflow: outlier treatment, structure and sensitivity as in COINr (Becker et al. 2022, Journal of Open Source Software 7(78), 4567) and the OECD & JRC Handbook on Constructing Composite Indicators (2008); Sobol indices with the estimators of Saltelli et al. (2010) and Jansen (1999).',
      '流程：异常值处理、指标体系与敏感性分析依 COINr（Becker 等，2022，Journal of Open Source Software 7(78)，4567）和 OECD 与 JRC《综合指标构建手册》（2008）；Sobol 指数采用 Saltelli 等（2010）和 Jansen（1999）的估计量。',
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
      cells: [[formula(`=NQP.COMPOSITE_SCORE(${a}${TREAT_FIRST}:${b}${TREAT_LAST},${a}${WEIGHTS_ROW}:${b}${WEIGHTS_ROW},${a}6:${b}6)`)]],
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
  // Step 1: outlier treatment. The treated block is what every formula above reads.
  {
    at: `B${STEP_TREAT}`,
    role: 'heading',
    cells: [[t('Step 1. Outlier treatment: the treated indicators, which the weights, scores and rankings above use', '第 1 步：异常值处理。处理后的指标，即上方权重、得分和排名所用的数据')]],
  },
  {
    at: `B${STEP_TREAT + 1}`,
    role: 'text',
    cells: lines(
      t(
        `Each indicator of C${FIRST}:${LAST_COL}${LAST} is checked as COINr does: if |skewness| ≥ 2 and excess kurtosis ≥ 3.5, its most extreme values on the side of the skew are set to the next value in, up to 5 values; if that is not enough, the column is log-transformed instead. Other columns are copied unchanged.`,
        `对 C${FIRST}:${LAST_COL}${LAST} 的每个指标按 COINr 的规则检验：若 |偏度| ≥ 2 且超额峰度 ≥ 3.5，则把偏斜一侧最极端的数值设为向内的下一个数值，最多 5 个；若仍不够，则改为对该列取对数。其他列原样复制。`,
      ),
      t(
        'In the sample, Region A\'s invention patents are an outlier and are winsorised to the next value. To skip the treatment, point the formulas above at the raw data instead; the report below says what was done.',
        '示例中地区 A 的发明专利拥有量是异常值，被缩尾为下一个数值。如不需处理，可把上方公式改为引用原始数据；下方报告说明了所作的处理。',
      ),
    ),
  },
  { at: `B${TREAT_HEAD}`, role: 'header', cells: [[t('Unit', '单位'), ...INDICATORS.map((i) => i.name)]] },
  { at: `B${TREAT_FIRST}`, role: 'output', cells: unitNames(), bold: true },
  {
    at: `C${TREAT_FIRST}`,
    role: 'output',
    cells: [[formula(`=NQP.TREAT_OUTLIERS(${RAW})`)]],
    spill: { rows: N, cols: M },
    numberFormat: '#,##0.00',
  },
  {
    at: `B${REPORT_HEAD - 1}`,
    role: 'heading',
    cells: [[t('Treatment report: one row per indicator (its column number, the statistics before and after, what was done)', '处理报告：每个指标一行（列号、处理前后的统计量、所作处理）')]],
  },
  { at: `B${REPORT_HEAD}`, role: 'header', cells: [[t('Indicator', '指标')]] },
  { at: `B${REPORT_HEAD + 1}`, role: 'label', cells: INDICATORS.map((i) => [i.name]) },
  {
    at: `C${REPORT_HEAD}`,
    role: 'output',
    cells: [[formula(`=NQP.TREAT_OUTLIERS(${RAW},,,,"report")`)]],
    spill: { rows: M + 1, cols: REPORT_COLS },
  },

  // Step 2: interpolation of gaps in a long panel.
  {
    at: `B${STEP_INTERPOLATE}`,
    role: 'heading',
    cells: [[t('Step 2. Interpolation: gaps in a unit\'s series over the years, filled on the line between the neighbouring years', '第 2 步：插值。某单位历年序列中的缺口，用相邻年份之间的直线填补')]],
  },
  {
    at: `B${STEP_INTERPOLATE + 1}`,
    role: 'text',
    cells: lines(
      t(
        'Enter a long panel: one row per unit and year, each unit\'s years in order with no year left out (a missing value stays as a blank cell).',
        '输入长格式面板：每个单位每年一行，各单位的年份按顺序排列且不缺年份（缺失值留为空白单元格）。',
      ),
      t(
        'Each unit is filled from its own years only. "nearest" repeats the first or last known value at the ends; "blank" would leave them empty, "extrapolate" would continue the line. Fill the table above from such a panel before the index is built.',
        '每个单位只用其自身年份的数值填补。"nearest" 在两端重复首个或末个已知值；"blank" 则保持空白，"extrapolate" 则沿直线外推。构建指数前可用这样填补后的面板数据填写上方的表格。',
      ),
    ),
  },
  {
    at: `B${PANEL_HEAD}`,
    role: 'header',
    cells: [
      [
        t('Unit', '单位'),
        t('Year', '年份'),
        INDICATORS[7].name,
        INDICATORS[9].name,
        t(`${INDICATORS[7].name.en}, interpolated`, `${INDICATORS[7].name.zh}（插值后）`),
        t(`${INDICATORS[9].name.en}, interpolated`, `${INDICATORS[9].name.zh}（插值后）`),
      ],
    ],
  },
  { at: `B${PANEL_FIRST}`, role: 'input', sample: true, cells: PANEL_ROWS.map((r) => [r.unit]), bold: true },
  {
    at: `C${PANEL_FIRST}`,
    role: 'input',
    sample: true,
    cells: PANEL_ROWS.map((r) => [r.year]),
    numberFormat: '0',
    validation: { kind: 'whole', min: 1900, max: 2100, message: t('Enter your data: a year.', '请输入您的数据：年份。') },
  },
  {
    at: `D${PANEL_FIRST}`,
    role: 'input',
    sample: true,
    cells: PANEL_ROWS.map((r) => [r.rd, r.fiveG]),
    numberFormat: '#,##0.00',
    validation: { kind: 'decimal', message: t('Enter your data: a number (leave blank if missing).', '请输入您的数据：数值（缺失则留空）。') },
  },
  {
    at: `F${PANEL_FIRST}`,
    role: 'output',
    cells: [[formula(`=NQP.INTERPOLATE(D${PANEL_FIRST}:E${PANEL_LAST},B${PANEL_FIRST}:B${PANEL_LAST},"nearest")`)]],
    spill: { rows: PANEL_N, cols: 2 },
    numberFormat: '#,##0.00',
  },

  // Step 3: the index structure, indicator → element → NQP.
  {
    at: `B${STEP_TREE}`,
    role: 'heading',
    cells: [[t('Step 3. Index structure: indicator → element → NQP, each node the weighted mean of its children', '第 3 步：指标体系。指标 → 要素 → 新质生产力，每个节点为其下级的加权平均')]],
  },
  {
    at: `B${STEP_TREE + 1}`,
    role: 'text',
    cells: lines(
      t(
        `For each indicator, name its element (column C) and the top node (column D). Within an element the entropy weights (row ${WEIGHTS_ROW}) are rescaled to sum to 1; the four elements count equally in NQP.`,
        `为每个指标写明其所属要素（C 列）和顶层节点（D 列）。在每个要素内，熵权（第 ${WEIGHTS_ROW} 行）重新归一为 1；四个要素在新质生产力中等权。`,
      ),
      t(
        'The element columns equal the element scores S–V above; the NQP column is their plain mean, whereas the composite score in column P weights each element by the sum of its entropy weights.',
        '各要素列与上方 S–V 列的要素得分相同；新质生产力列是它们的简单平均，而 P 列的综合得分以各要素熵权之和为该要素的权重。',
      ),
    ),
  },
  {
    at: `B${TREE_HEAD}`,
    role: 'header',
    cells: [[t('Indicator', '指标'), t('Element (level 1)', '要素（第 1 层）'), t('Index (level 2)', '指数（第 2 层）')]],
  },
  { at: `B${TREE_HEAD + 1}`, role: 'label', cells: INDICATORS.map((i) => [i.name]) },
  { at: `C${TREE_HEAD + 1}`, role: 'input', cells: ELEMENTS.flatMap((e) => e.indicators.map(() => [e.name])) },
  { at: `D${TREE_HEAD + 1}`, role: 'input', cells: INDICATORS.map(() => [TOP_NODE]) },
  { at: `F${TREE_HEAD}`, role: 'header', cells: [[t('Unit', '单位')]] },
  { at: `F${TREE_HEAD + 1}`, role: 'output', cells: unitNames(), bold: true },
  {
    at: `G${TREE_HEAD}`,
    role: 'output',
    cells: [[formula(`=NQP.INDEX_TREE(${DATA},${STRUCTURE},${WEIGHTS},,,${DIRS})`)]],
    spill: { rows: N + 1, cols: ELEMENTS.length + 1 },
    numberFormat: '0.000',
  },

  // Step 4: sensitivity of the ranking to the methodological choices.
  {
    at: `B${STEP_SENSITIVITY}`,
    role: 'heading',
    cells: [
      [
        t(
          `Step 4. Sensitivity: ranks when the normalisation, weighting, aggregation and weights vary (${SENSITIVITY_RUNS} runs, seed ${SENSITIVITY_SEED})`,
          `第 4 步：敏感性分析。标准化、赋权、合成方法和权重变动时的排名（${SENSITIVITY_RUNS} 次，种子 ${SENSITIVITY_SEED}）`,
        ),
      ],
    ],
  },
  {
    at: `B${STEP_SENSITIVITY + 1}`,
    role: 'text',
    cells: lines(
      t(
        'Each run draws a normalisation (min-max, z-score, percentile rank), a weighting (the entropy weights above or equal weights, entropy, CRITIC), an aggregation (arithmetic, geometric) and a ±25% noise on each weight, and ranks the units.',
        '每次运行随机抽取一种标准化方法（极差、z 分数、百分位秩）、一种赋权方法（上方熵权或等权、熵权、CRITIC）、一种合成方法（算术、几何），并对各权重施加 ±25% 的扰动，再对各单位排名。',
      ),
      t(
        'A wide p5–p95 band means the rank depends on the choices. The Sobol indices say which choice moves the ranks most, alone (first order) and with its interactions (total). Raise the runs (e.g. 1,000) for the final figures.',
        'p5–p95 区间越宽，名次越依赖于这些选择。Sobol 指数说明哪项选择对名次的影响最大：单独作用（一阶）以及连同交互作用（总效应）。最终结果宜增加运行次数（如 1000 次）。',
      ),
    ),
  },
  { at: `B${SENS_HEAD - 1}`, role: 'label', cells: [[t('Ranks over the runs (1 = best)', '各次运行中的名次（1 为最好）')]], bold: true },
  { at: `I${SENS_HEAD - 1}`, role: 'label', cells: [[t('Sobol indices of the mean rank shift', '平均名次变动的 Sobol 指数')]], bold: true },
  { at: `B${SENS_HEAD}`, role: 'header', cells: [[t('Unit', '单位')]] },
  { at: `B${SENS_HEAD + 1}`, role: 'output', cells: unitNames(), bold: true },
  {
    at: `C${SENS_HEAD}`,
    role: 'output',
    cells: [[formula(`=NQP.INDEX_SENSITIVITY(${DATA},${DIRS},${WEIGHTS},,${SENSITIVITY_RUNS},${SENSITIVITY_SEED},"ranks")`)]],
    spill: { rows: N + 1, cols: 5 },
    numberFormat: '0.0',
  },
  {
    at: `I${SENS_HEAD}`,
    role: 'output',
    cells: [[formula(`=NQP.INDEX_SENSITIVITY(${DATA},${DIRS},${WEIGHTS},,${SENSITIVITY_RUNS},${SENSITIVITY_SEED},"indices")`)]],
    spill: { rows: CHOICES + 1, cols: 3 },
    numberFormat: '0.000',
  },
  ...about.blocks,
];

export const nqpIndex: TemplateDef = {
  id: 'nqp-index',
  title: t('NQP index', '新质生产力指数'),
  description: t(
    'Indicators grouped by the four NQP elements: outlier treatment, entropy weights, composite score, TOPSIS, element scores and their coupling coordination, obstacle degree, rank uncertainty, a ranked bar chart; interpolation of a panel\'s gaps, the index computed from its structure, and its sensitivity to the methodological choices.',
    '按新质生产力四要素分组的指标：异常值处理、熵权、综合得分、TOPSIS、要素得分及其耦合协调度、障碍度、排序不确定性、排名条形图；面板缺口的插值、按指标体系计算的指数及其对方法选择的敏感性。',
  ),
  glossary: [
    'new-quality-productivity',
    'nqp-elements',
    'entropy-weight-method',
    'composite-index',
    'topsis',
    'coupling-coordination',
    'obstacle-degree',
    'rank-uncertainty',
    'winsorisation',
    'skewness-kurtosis-rule',
    'interpolation',
    'index-structure',
    'sensitivity-analysis',
    'sobol-indices',
  ],
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
