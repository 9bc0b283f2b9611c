/**
 * Template 4: TFP and productivity. Growth accounting on a time series
 * (CAPITAL_STOCK from investment by perpetual inventory, TFP_GROWTH,
 * TFP_INDEX, the decomposition of output growth, a line chart of indices),
 * and, when the DEA functions are registered, a second sheet with a panel of
 * units: DEA_EFFICIENCY, DEA_DETAILS and the MALMQUIST index.
 */
import { specByName } from '../../registry';
import { type Block, type SheetDef, type TemplateDef, formula, t } from '../model';
import { FRAMEWORK_SOURCE, aboutBlocks, titleBlocks } from './common';

/** An illustrative fictional economy, 2010–2023: year, real output, nominal investment, investment price index, labour. */
const SERIES: [number, number, number, number, number][] = [
  [2010, 1000.0, 450.0, 100.0, 500.0],
  [2011, 1085.0, 490.5, 103.5, 503.0],
  [2012, 1171.8, 532.2, 105.6, 505.5],
  [2013, 1262.0, 574.8, 107.2, 507.5],
  [2014, 1355.4, 615.0, 108.2, 509.6],
  [2015, 1450.3, 651.9, 107.1, 511.1],
  [2016, 1548.9, 687.8, 107.7, 512.6],
  [2017, 1655.8, 722.1, 110.9, 513.7],
  [2018, 1766.7, 754.6, 114.8, 514.2],
  [2019, 1872.7, 784.8, 116.5, 514.2],
  [2020, 1913.9, 800.5, 117.1, 511.6],
  [2021, 2069.0, 840.5, 121.8, 512.6],
  [2022, 2131.0, 865.8, 124.2, 511.6],
  [2023, 2241.8, 896.1, 123.0, 511.1],
];

const T = SERIES.length; // rows 5–18
const FIRST = 5;
const LAST = FIRST + T - 1;
const col = (c: string, from = FIRST): string => `${c}${from}:${c}${LAST}`;
/**
 * A result table with year columns (the Malmquist table's from and to years) among indices: years
 * without decimals, other values with 3 (the conditional sections show no minus sign, hence "-").
 */
const YEARS_3 = '[>=1000]0;[>=0]0.000;-0.000';
const ALPHA = '$P$5';
const DELTA = '$P$6';
const INDEX_HEAD = LAST + 3; // 21

const growthRows = (make: (r: number) => string) =>
  Array.from({ length: T - 1 }, (_, i) => [formula(make(FIRST + 1 + i))]);

const about = aboutBlocks(`O${12}`, {
  purpose: t(
    'Purpose: measure total factor productivity (TFP), the core sign of new quality productivity, by growth accounting: capital stock from investment (perpetual inventory), the Solow residual year by year, a TFP index, and how output growth splits into capital, labour and TFP.',
    '用途：用增长核算测算全要素生产率（TFP）——新质生产力的核心标志：以永续盘存法由投资推算资本存量，逐年计算索洛余值和 TFP 指数，并将产出增长分解为资本、劳动和 TFP 的贡献。',
  ),
  steps: [
    t('Enter one year per row: real output (constant prices), nominal investment, the investment price index and labour (B5:F18).', '每行一年：实际产出（不变价）、名义投资、投资价格指数和劳动投入（B5:F18）。'),
    t('Set the capital share α and the depreciation rate δ in P5:P6.', '在 P5:P6 设置资本份额 α 和折旧率 δ。'),
    t('The base-year capital stock uses the average growth of real investment; to fix it yourself, add g as the third argument of NQP.CAPITAL_STOCK in H5.', '基期资本存量按实际投资的平均增长率估计；如需自定，可在 H5 的 NQP.CAPITAL_STOCK 中加入第三个参数 g。'),
    t('If your investment is already in constant prices, fill the price index with 100 in every year.', '如投资已是不变价，价格指数每年填 100。'),
  ],
  functions: t(
    'Functions: NQP.CAPITAL_STOCK (perpetual inventory), NQP.TFP_GROWTH (Solow residual, log differences), NQP.TFP_INDEX (first year = 1); Excel LN.',
    '函数：NQP.CAPITAL_STOCK（永续盘存法）、NQP.TFP_GROWTH（索洛余值，对数差分）、NQP.TFP_INDEX（首年 = 1）；Excel 的 LN。',
  ),
  sources: [
    FRAMEWORK_SOURCE,
    t('Method: Solow (1957) growth accounting; perpetual inventory method for the capital stock.', '方法：Solow（1957）增长核算；资本存量采用永续盘存法。'),
  ],
  sample: 'illustrative',
});

const growthBlocks: Block[] = [
  ...titleBlocks(t('TFP and productivity: growth accounting', '全要素生产率：增长核算')),
  {
    at: 'B4',
    role: 'header',
    cells: [
      [
        t('Year', '年份'),
        t('Real output Y', '实际产出 Y'),
        t('Investment I (current prices)', '投资 I（当年价）'),
        t('Investment price index', '投资价格指数'),
        t('Labour L', '劳动 L'),
      ],
    ],
  },
  {
    at: `B${FIRST}`,
    role: 'input',
    sample: true,
    cells: SERIES.map((r) => [r[0]]),
    numberFormat: '0',
    validation: { kind: 'whole', min: 1900, max: 2100, message: t('Enter your data: a year.', '请输入您的数据：年份。') },
  },
  {
    at: `C${FIRST}`,
    role: 'input',
    sample: true,
    cells: SERIES.map((r) => r.slice(1)),
    numberFormat: '#,##0.0',
    validation: { kind: 'decimal', min: 0, message: t('Enter your data: a positive number.', '请输入您的数据：正数。') },
  },
  {
    at: 'H4',
    role: 'header',
    cells: [
      [
        t('Capital stock K', '资本存量 K'),
        t('TFP growth', 'TFP 增长率'),
        t('TFP index', 'TFP 指数'),
        t('Output growth Δln Y', '产出增长 Δln Y'),
        t('Capital contribution α·Δln K', '资本贡献 α·Δln K'),
        t('Labour contribution (1−α)·Δln L', '劳动贡献 (1−α)·Δln L'),
      ],
    ],
  },
  {
    at: `H${FIRST}`,
    role: 'output',
    cells: [[formula(`=NQP.CAPITAL_STOCK(${col('D')},${DELTA},,${col('E')})`)]],
    spill: { rows: T, cols: 1 },
    numberFormat: '#,##0.0',
  },
  {
    at: `I${FIRST + 1}`,
    role: 'output',
    cells: [[formula(`=NQP.TFP_GROWTH(${col('C')},${col('H')},${col('F')},${ALPHA})`)]],
    spill: { rows: T - 1, cols: 1 },
    numberFormat: '0.00%',
  },
  {
    at: `J${FIRST}`,
    role: 'output',
    cells: [[formula(`=NQP.TFP_INDEX(${col('C')},${col('H')},${col('F')},${ALPHA})`)]],
    spill: { rows: T, cols: 1 },
    numberFormat: '0.000',
  },
  {
    at: `K${FIRST + 1}`,
    role: 'output',
    cells: growthRows((r) => `=IFERROR(LN(C${r}/C${r - 1}),"")`).map((row, i) => [
      row[0],
      formula(`=IFERROR(${ALPHA}*LN(H${FIRST + 1 + i}/H${FIRST + i}),"")`),
      formula(`=IFERROR((1-${ALPHA})*LN(F${FIRST + 1 + i}/F${FIRST + i}),"")`),
    ]),
    numberFormat: '0.00%',
  },
  // Parameters.
  { at: 'O4', role: 'heading', cells: [[t('Parameters', '参数')]] },
  {
    at: 'O5',
    role: 'label',
    cells: [[t('Capital share α', '资本份额 α')], [t('Depreciation rate δ', '折旧率 δ')]],
    bold: true,
  },
  {
    at: 'P5',
    role: 'input',
    cells: [[0.5], [0.096]],
    numberFormat: '0.000',
    validation: { kind: 'decimal', min: 0.001, max: 0.999, message: t('Enter your data: a share between 0 and 1.', '请输入您的数据：0 到 1 之间的比例。') },
  },
  {
    at: 'O8',
    role: 'note',
    cells: [
      [t('α is often taken from the capital share of income (0.4–0.6 in many studies).', 'α 常取收入中的资本份额（多数研究取 0.4–0.6）。')],
      [t('δ = 9.6% is a common choice in studies of China\'s capital stock.', 'δ = 9.6% 是中国资本存量研究中的常用取值。')],
    ],
  },
  // Indices for the chart.
  { at: `B${INDEX_HEAD - 1}`, role: 'heading', cells: [[t('Indices, first year = 1 (for the chart)', '指数，首年 = 1（用于图表）')]] },
  {
    at: `C${INDEX_HEAD}`,
    role: 'header',
    cells: [[t('Output', '产出'), t('Capital', '资本'), t('Labour', '劳动'), t('TFP', '全要素生产率')]],
  },
  // The year, as a year (no decimals).
  { at: `B${INDEX_HEAD + 1}`, role: 'output', cells: SERIES.map((_, i) => [formula(`=B${FIRST + i}`)]), numberFormat: '0' },
  {
    at: `C${INDEX_HEAD + 1}`,
    role: 'output',
    cells: SERIES.map((_, i) => {
      const r = FIRST + i;
      return [
        formula(`=IFERROR(C${r}/C$${FIRST},"")`),
        formula(`=IFERROR(H${r}/H$${FIRST},"")`),
        formula(`=IFERROR(F${r}/F$${FIRST},"")`),
        formula(`=J${r}`),
      ];
    }),
    numberFormat: '0.000',
  },
  ...about.blocks,
];

const growthSheet: SheetDef = {
  name: t('NQP TFP', 'NQP 全要素生产率'),
  widths: { A: 12, B: 60, C: 90, D: 110, E: 100, F: 80, G: 16, H: 100, I: 80, J: 80, K: 100, L: 130, M: 140, N: 16, O: 150, P: 80 },
  freezeRows: 4,
  blocks: growthBlocks,
  charts: [
    {
      type: 'Line',
      source: `B${INDEX_HEAD}:F${INDEX_HEAD + T}`,
      seriesBy: 'Columns',
      title: t('Output, inputs and TFP (first year = 1)', '产出、投入与全要素生产率（首年 = 1）'),
      from: `H${INDEX_HEAD}`,
      to: `M${INDEX_HEAD + 20}`,
    },
  ],
};

// ---------------------------------------------------------------------------
// DEA and Malmquist on a panel (only when the DEA functions are registered)

/** Fictional regions, three years: capital, labour, output (illustrative). */
const PANEL_UNITS: [string, string][] = [
  ['Region A', '地区 A'],
  ['Region B', '地区 B'],
  ['Region C', '地区 C'],
  ['Region D', '地区 D'],
  ['Region E', '地区 E'],
];
const PANEL_YEARS = [2021, 2022, 2023];
const PANEL_DATA: number[][][] = [
  // per unit: per year [capital, labour, output]
  [[820, 410, 950], [880, 415, 1010], [930, 418, 1080]],
  [[600, 380, 640], [640, 382, 690], [690, 383, 720]],
  [[450, 300, 520], [470, 302, 545], [500, 300, 590]],
  [[1000, 520, 980], [1060, 525, 1020], [1120, 528, 1090]],
  [[300, 210, 360], [325, 212, 380], [350, 213, 405]],
];

const U = PANEL_UNITS.length;
const Y = PANEL_YEARS.length;
const P_FIRST = 5;
const P_LAST = P_FIRST + U * Y - 1; // rows 5–19, sorted by year then unit
const LATEST = P_LAST - U + 1; // first row of the latest year
const DETAILS_HEAD = P_LAST + 3; // 22
const DETAILS_COLS = 6 + 2 * 3 + 1; // name, efficiency, CRS, VRS, scale, RTS, 3 slacks, 3 targets, peers
const MALMQUIST_HEAD = DETAILS_HEAD + U + 4; // 31

const panelRows = PANEL_YEARS.flatMap((year, y) => PANEL_UNITS.map((u, i) => ({ unit: u, year, values: PANEL_DATA[i][y] })));

const deaAbout = aboutBlocks('P4', {
  purpose: t(
    'Purpose: frontier-based productivity of several units (regions, firms) from their inputs and outputs: DEA technical efficiency in the latest year, the full DEA table (scale efficiency, returns to scale, slacks, targets, peers), and the Malmquist TFP index between consecutive years split into efficiency change and technical change.',
    '用途：基于前沿的多单位（地区、企业）生产率：最新年份的 DEA 技术效率、完整 DEA 结果表（规模效率、规模报酬、松弛量、目标值、参照单位），以及相邻年份间的 Malmquist 全要素生产率指数及其效率变化与技术变化分解。',
  ),
  steps: [
    t('Enter a balanced panel in long format (B5:F19): one row per unit and year, sorted by year; every unit in every year.', '以长格式录入平衡面板（B5:F19）：每行一个单位一年，按年份排序；每个单位每年都有数据。'),
    t('Inputs (capital, labour) and the output must be ≥ 0, with at least one positive input and output per row.', '投入（资本、劳动）和产出须 ≥ 0，每行至少有一个正的投入和产出。'),
    t('The efficiency tables use the rows of the latest year (B15:F19); adjust their ranges if you add units or years.', '效率表使用最新年份的行（B15:F19）；增加单位或年份时请调整其引用范围。'),
  ],
  functions: t(
    'Functions: NQP.DEA_EFFICIENCY (CCR and BCC, input orientation), NQP.DEA_DETAILS, NQP.MALMQUIST (Färe, Grosskopf, Norris and Zhang 1994; values > 1 mean progress).',
    '函数：NQP.DEA_EFFICIENCY（CCR 与 BCC，投入导向）、NQP.DEA_DETAILS、NQP.MALMQUIST（Färe、Grosskopf、Norris 和 Zhang 1994；大于 1 表示进步）。',
  ),
  sources: [FRAMEWORK_SOURCE, t('Method: Charnes, Cooper and Rhodes (1978); Banker, Charnes and Cooper (1984); Färe et al. (1994).', '方法：Charnes、Cooper 和 Rhodes（1978）；Banker、Charnes 和 Cooper（1984）；Färe 等（1994）。')],
  sample: 'illustrative',
});

const deaBlocks: Block[] = [
  ...titleBlocks(t('TFP and productivity: DEA and Malmquist', '全要素生产率：DEA 与 Malmquist')),
  {
    at: 'B4',
    role: 'header',
    cells: [[t('Unit', '单位'), t('Year', '年份'), t('Capital', '资本'), t('Labour', '劳动'), t('Output', '产出')]],
  },
  {
    at: `B${P_FIRST}`,
    role: 'input',
    sample: true,
    cells: panelRows.map((r) => [t(r.unit[0], r.unit[1]), r.year]),
  },
  {
    at: `D${P_FIRST}`,
    role: 'input',
    sample: true,
    cells: panelRows.map((r) => r.values),
    numberFormat: '#,##0.0',
    validation: { kind: 'decimal', min: 0, message: t('Enter your data: a value ≥ 0.', '请输入您的数据：≥ 0 的数值。') },
  },
  {
    at: 'H4',
    role: 'header',
    cells: [[t('Unit (latest year)', '单位（最新年份）'), t('Efficiency, CRS (CCR)', '效率，不变规模报酬（CCR）'), t('Efficiency, VRS (BCC)', '效率，可变规模报酬（BCC）')]],
  },
  {
    at: 'H5',
    role: 'output',
    cells: PANEL_UNITS.map((_, i) => [formula(`=B${LATEST + i}`)]),
  },
  {
    at: 'I5',
    role: 'output',
    cells: [[formula(`=NQP.DEA_EFFICIENCY(D${LATEST}:E${P_LAST},F${LATEST}:F${P_LAST})`)]],
    spill: { rows: U, cols: 1 },
    numberFormat: '0.000',
  },
  {
    at: 'J5',
    role: 'output',
    cells: [[formula(`=NQP.DEA_EFFICIENCY(D${LATEST}:E${P_LAST},F${LATEST}:F${P_LAST},"vrs")`)]],
    spill: { rows: U, cols: 1 },
    numberFormat: '0.000',
  },
  { at: `B${DETAILS_HEAD - 1}`, role: 'heading', cells: [[t('DEA details, latest year (VRS, input orientation)', 'DEA 详细结果，最新年份（可变规模报酬，投入导向）')]] },
  {
    at: `B${DETAILS_HEAD}`,
    role: 'output',
    cells: [[formula(`=NQP.DEA_DETAILS(D${LATEST}:E${P_LAST},F${LATEST}:F${P_LAST},"vrs","input",B${LATEST}:B${P_LAST})`)]],
    spill: { rows: U + 1, cols: DETAILS_COLS },
    numberFormat: '0.000',
  },
  { at: `B${MALMQUIST_HEAD - 1}`, role: 'heading', cells: [[t('Malmquist productivity index between consecutive years', '相邻年份间的 Malmquist 生产率指数')]] },
  {
    at: `B${MALMQUIST_HEAD}`,
    role: 'output',
    cells: [[formula(`=NQP.MALMQUIST(B${P_FIRST}:B${P_LAST},C${P_FIRST}:C${P_LAST},D${P_FIRST}:E${P_LAST},F${P_FIRST}:F${P_LAST})`)]],
    spill: { rows: 1 + U * (Y - 1), cols: 8 },
    numberFormat: YEARS_3,
  },
  ...deaAbout.blocks,
];

const deaSheet: SheetDef = {
  name: t('NQP DEA Malmquist', 'NQP DEA 与 Malmquist'),
  widths: { A: 12, B: 80, C: 60, D: 80, E: 80, F: 80, G: 16, H: 110, I: 110, J: 110, O: 16 },
  freezeRows: 4,
  blocks: deaBlocks,
  charts: [
    {
      type: 'ColumnClustered',
      source: `H4:J${4 + U}`,
      seriesBy: 'Columns',
      title: t('DEA efficiency in the latest year', '最新年份的 DEA 效率'),
      from: 'L4',
      to: 'O18',
      min: 0,
      max: 1,
    },
  ],
};

/** The DEA sheet is part of the template only while its functions are in the registry. */
export const DEA_FUNCTIONS = ['DEA_EFFICIENCY', 'DEA_DETAILS', 'MALMQUIST'];
const deaAvailable = DEA_FUNCTIONS.every((name) => specByName.has(name));

export const tfp: TemplateDef = {
  id: 'tfp-productivity',
  title: t('TFP and productivity', '全要素生产率'),
  description: t(
    'Growth accounting from output, investment and labour: capital stock by perpetual inventory, TFP growth and index, the decomposition of output growth, a line chart; DEA efficiency and the Malmquist index for a panel of units.',
    '基于产出、投资和劳动的增长核算：永续盘存法资本存量、TFP 增长率与指数、产出增长分解及折线图；面板单位的 DEA 效率与 Malmquist 指数。',
  ),
  glossary: ['tfp', 'solow-residual', 'growth-accounting', 'perpetual-inventory', 'capital-stock', 'new-quality-productivity'],
  sample: 'illustrative',
  sheets: deaAvailable ? [growthSheet, deaSheet] : [growthSheet],
};
