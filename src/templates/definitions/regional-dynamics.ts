/**
 * Template 10: regional differences and dynamics, the analyses that NQP
 * papers run on a composite index after scoring it. One long panel (unit,
 * region, year, index value, latitude, longitude) → a wide block built from
 * it by formulas (one row per unit, one column per year) → the Dagum Gini
 * decomposition by year, kernel density curves, global Moran's I and Geary's C
 * by year, the spatial weights, LISA quadrants of the last year with the
 * Moran scatter, σ-convergence, β-convergence (cross-section and panel),
 * the Markov transition matrices and the spatial Markov chain, with charts.
 *
 * The long panel is the only input: every analysis reads it, directly or
 * through the wide block, so that one edit changes everything. The wide block
 * picks the values by position (units in blocks of T rows, years in order),
 * which keeps its formulas plain references; the instructions say how to make
 * it order-independent with SUMIFS.
 */
import { type Block, type CellContent, type Text, type TemplateDef, columnName, formula, parseCell, t } from '../model';
import { FRAMEWORK_SOURCE, aboutBlocks, titleBlocks } from './common';

const EAST = t('East', '东部');
const CENTRAL = t('Central', '中部');
const WEST = t('West', '西部');

const YEARS = [2019, 2020, 2021, 2022, 2023, 2024];

/**
 * Twelve fictional provinces (illustrative numbers, not statistics): region,
 * latitude and longitude (degrees, plausible points inside China), and an NQP
 * index value for each year. Laggards grow faster (β-convergence), the spread
 * narrows (σ-convergence), neighbours resemble each other (positive Moran's I),
 * a few units change quartile, at the top too (Markov mobility), the
 * neighbours' level changes the transitions (spatial Markov), and the regions
 * overlap a little (transvariation).
 */
const UNITS: { en: string; zh: string; region: Text; lat: number; lon: number; values: number[] }[] = [
  { en: 'Province A', zh: '省份 A', region: EAST, lat: 39.1, lon: 117.2, values: [0.46, 0.49, 0.509, 0.544, 0.57, 0.617] },
  { en: 'Province B', zh: '省份 B', region: EAST, lat: 36.7, lon: 118.5, values: [0.39, 0.41, 0.428, 0.445, 0.462, 0.478] },
  { en: 'Province C', zh: '省份 C', region: EAST, lat: 31.9, lon: 119.6, values: [0.43, 0.468, 0.507, 0.53, 0.561, 0.577] },
  { en: 'Province D', zh: '省份 D', region: EAST, lat: 26.1, lon: 119.0, values: [0.34, 0.372, 0.405, 0.452, 0.458, 0.49] },
  { en: 'Province E', zh: '省份 E', region: CENTRAL, lat: 34.6, lon: 113.3, values: [0.3, 0.345, 0.358, 0.386, 0.394, 0.416] },
  { en: 'Province F', zh: '省份 F', region: CENTRAL, lat: 30.6, lon: 113.9, values: [0.27, 0.305, 0.329, 0.362, 0.392, 0.413] },
  { en: 'Province G', zh: '省份 G', region: CENTRAL, lat: 28.1, lon: 112.8, values: [0.21, 0.23, 0.258, 0.286, 0.305, 0.333] },
  { en: 'Province H', zh: '省份 H', region: CENTRAL, lat: 31.6, lon: 116.6, values: [0.24, 0.273, 0.306, 0.325, 0.34, 0.37] },
  { en: 'Province I', zh: '省份 I', region: WEST, lat: 30.7, lon: 104.1, values: [0.26, 0.299, 0.331, 0.363, 0.378, 0.403] },
  { en: 'Province J', zh: '省份 J', region: WEST, lat: 25.0, lon: 102.7, values: [0.15, 0.176, 0.202, 0.22, 0.241, 0.256] },
  { en: 'Province K', zh: '省份 K', region: WEST, lat: 34.3, lon: 108.9, values: [0.2, 0.232, 0.249, 0.275, 0.314, 0.336] },
  { en: 'Province L', zh: '省份 L', region: WEST, lat: 36.6, lon: 101.8, values: [0.13, 0.147, 0.177, 0.208, 0.226, 0.239] },
];

const N = UNITS.length;
const T = YEARS.length;

// The long panel: header row 5, one row per unit and year (sorted by unit, then year), rows 6–77.
const P_HEAD = 5;
const P_FIRST = P_HEAD + 1;
const P_LAST = P_FIRST + N * T - 1;
const panelRow = (unit: number, year: number): number => P_FIRST + unit * T + year;
const pcol = (c: string): string => `${c}${P_FIRST}:${c}${P_LAST}`;
const UNIT_COL = pcol('B');
const REGION_COL = pcol('C');
const YEAR_COL = pcol('D');
const VALUE_COL = pcol('E');

// The wide block: header row 5, one row per unit (rows 6–17): unit, latitude, longitude, one column per year (L…Q).
const W_HEAD = 5;
const W_FIRST = W_HEAD + 1;
const W_LAST = W_FIRST + N - 1;
const W_YEAR0 = parseCell('L1').col;
const yearCol = (y: number): string => columnName(W_YEAR0 + y);
const FIRST_YEAR_COL = yearCol(0);
const LAST_YEAR_COL = yearCol(T - 1);
const WIDE = `${FIRST_YEAR_COL}${W_FIRST}:${LAST_YEAR_COL}${W_LAST}`;
const COORDS = `J${W_FIRST}:K${W_LAST}`;
const LAST_VALUES = `${LAST_YEAR_COL}${W_FIRST}:${LAST_YEAR_COL}${W_LAST}`;
const FIRST_VALUES = `${FIRST_YEAR_COL}${W_FIRST}:${FIRST_YEAR_COL}${W_LAST}`;

// Sections of the analysis zone (columns I…W), each below the previous one.
const DAGUM = 20; // heading; 21–27 the table (period + 7 summary + 3 within + 3 between columns)
const DAGUM_COLS = 1 + 7 + 3 + 3;
const DAGUM_CHART = DAGUM + 10; // 30: heading; 31 header; 32–37 data
const POINTS = 41;
const KDE = DAGUM_CHART + 10; // 40: heading; 41 header; 42–82 the grid
const KDE_CHART = KDE + 9; // 49: heading; 50 header; 51–91 data
const MORAN = KDE_CHART + POINTS + 4; // 94: heading; 95 header; 96–101 one row per year
const WEIGHTS = MORAN + T + 3; // 103: heading; 104 header; 105–116 the matrix
const LISA = WEIGHTS + N + 3; // 118: heading; 119 header; 120–131 one row per unit; 133 the slope
const SIGMA = LISA + N + 5; // 135: heading; 136 header; 137–142 one row per year
const BETA = SIGMA + T + 4; // 145: heading; 146 years; 148 labels; 149–155 and 158–164 the tables
const MARKOV = BETA + 22; // 167: heading; 168 labels; 169–173 two matrices; 175 label; 176–192 the spatial Markov chain and its test; 194 notes

/**
 * Number formats of result tables whose first column is a year: the year without decimals, other
 * values with 4 (or 3) (the sections with conditions show no minus sign of their own, hence "-").
 */
const YEARS_4 = '[>=1000]0;[>=0]0.0000;-0.0000';
const YEARS_3 = '[>=1000]0;[>=0]0.000;-0.000';
/** Transition probabilities: an empty cell of the matrix shows as 0. */
const PROBABILITY = '0.000;-0.000;0';

const nonNegative = { kind: 'decimal' as const, min: 0, message: t('Enter your data: an index value ≥ 0.', '请输入您的数据：≥ 0 的指数值。') };

/** A formula per row: `make` gets the 0-based row index. */
const column = (n: number, make: (i: number) => string): CellContent[][] => Array.from({ length: n }, (_, i) => [formula(make(i))]);
/** `=IF(X="","",X)`: the cell, or blank while it is empty (so that cleared data do not turn into zeros). */
const pick = (address: string): string => `=IF(${address}="","",${address})`;

const about = aboutBlocks('AG4', {
  purpose: t(
    'Purpose: the second-stage analyses of an index (such as an NQP development index) across regions and years: how large the regional gaps are and where they lie (Dagum Gini decomposition), how the distribution moves (kernel density), whether neighbours resemble each other (Moran\'s I, Geary\'s C, LISA), whether the gaps close (σ- and β-convergence), and how units move between levels (Markov chain).',
    '用途：对某一指数（如新质生产力发展水平指数）做跨地区、跨年份的第二阶段分析：区域差距有多大、来自何处（Dagum 基尼系数分解），分布如何演进（核密度估计），相邻单元是否相似（Moran 指数、Geary 指数、LISA），差距是否缩小（σ 收敛与 β 收敛），以及单元如何在不同水平之间转移（马尔可夫链）。',
  ),
  steps: [
    t(
      `Enter your panel in long format in B${P_FIRST}:G${P_LAST}: one row per unit and year with the unit, its region group (e.g. East, Central, West), the year, the index value and the unit's latitude and longitude in degrees (e.g. of its capital). Sort it by unit, then year, with every unit in every year (a balanced panel). The sample has ${N} fictional provinces × ${T} years.`,
      `在 B${P_FIRST}:G${P_LAST} 以长格式录入面板：每行一个单位一年，依次为单位、所属区域（如东部、中部、西部）、年份、指数值以及该单位的纬度和经度（度，例如省会位置）。请按单位、再按年份排序，每个单位每年都有数据（平衡面板）。示例为 ${N} 个虚构省份 × ${T} 年。`,
    ),
    t(
      `The wide block I${W_FIRST}:${LAST_YEAR_COL}${W_LAST} (one row per unit, one column per year, oldest first) is built from the panel by position: the value of unit i in year t is in row ${P_FIRST} + ${T}·(i − 1) + (t − 1). To make it independent of the order, replace its values by =SUMIFS($E$${P_FIRST}:$E$${P_LAST},$B$${P_FIRST}:$B$${P_LAST},$I${W_FIRST},$D$${P_FIRST}:$D$${P_LAST},L$${W_HEAD}) and type the units and years into its first column and header row.`,
      `宽格式区 I${W_FIRST}:${LAST_YEAR_COL}${W_LAST}（每行一个单位，每列一年，由早到晚）按位置从面板取值：单位 i 在第 t 年的数值位于第 ${P_FIRST} + ${T}·(i − 1) + (t − 1) 行。如不想依赖排序，可把其中的数值换成 =SUMIFS($E$${P_FIRST}:$E$${P_LAST},$B$${P_FIRST}:$B$${P_LAST},$I${W_FIRST},$D$${P_FIRST}:$D$${P_LAST},L$${W_HEAD})，并在首列和标题行直接填写单位和年份。`,
    ),
    t(
      'With more units or years: insert rows inside the panel (so that its ranges grow), extend the wide block (one row per unit, one column per year) and the ranges of the formulas that read it, and enlarge the results: with dynamic arrays they spill by themselves.',
      '单位或年份更多时：在面板内部插入行（使其引用范围随之扩大），扩展宽格式区（每个单位一行、每年一列）及读取它的公式范围；在动态数组版 Excel 中结果会自动溢出。',
    ),
    t(
      `Spatial weights are row-standardised inverse great-circle distances built from the coordinates (the matrix W in J${WEIGHTS + 2}:U${WEIGHTS + 1 + N}). For contiguity (0/1), k nearest neighbours or economic distance, type your n×n matrix over W (zero diagonal, units in the order of the wide block) and give its range instead of the coordinates ${COORDS} to MORAN_I, GEARY_C, LOCAL_MORAN and MARKOV_TRANSITION.`,
      `空间权重为由经纬度构造的行标准化反大圆距离权重（即 J${WEIGHTS + 2}:U${WEIGHTS + 1 + N} 中的矩阵 W）。如需使用 0/1 邻接、k 近邻或经济距离权重，请把您的 n×n 矩阵（对角线为 0，单位顺序与宽格式区一致）覆盖填入 W，并在 MORAN_I、GEARY_C、LOCAL_MORAN 和 MARKOV_TRANSITION 中用它的区域替换坐标区域 ${COORDS}。`,
    ),
    t(
      `β-convergence across units compares the first and the last year: put the number of years between them in J${BETA + 1} (the cell beside it computes it from the panel, for checking). The panel regressions use every pair of consecutive years.`,
      `截面 β 收敛比较首末两年：请在 J${BETA + 1} 填写两者相隔的年数（其右侧单元格由面板计算该值，供核对）。面板回归使用每一对相邻年份。`,
    ),
    t(
      'The Moran scatter plots each unit\'s standardised value z (across) against the spatial lag Wz of its neighbours (up): both above 0 is HH, both below LL, mixed LH or HL, as in the quadrant column. The slope of its linear trend line (Chart Elements › Trendline) is Moran\'s I, as the slope cell below the table shows.',
      'Moran 散点图以每个单位的标准化值 z 为横轴、其邻居的空间滞后 Wz 为纵轴：两者都大于 0 为 HH，都小于 0 为 LL，一正一负为 LH 或 HL，与象限列一致。其线性趋势线（图表元素 › 趋势线）的斜率就是 Moran 指数，与表下方的斜率单元格一致。',
    ),
    t(
      'Options: KERNEL_DENSITY takes a bandwidth rule ("silverman", "scott", "scipy", "matlab" or a number) and a kernel; MORAN_I and GEARY_C "normality" instead of randomisation; LOCAL_MORAN permutations and R\'s "n" scaling; MARKOV_TRANSITION "pooled" classes or your own cut points. The help of each function says which tool\'s convention each option reproduces.',
      '可选项：KERNEL_DENSITY 可指定带宽规则（"silverman"、"scott"、"scipy"、"matlab" 或数值）和核函数；MORAN_I 和 GEARY_C 可改用 "normality"（正态假设）；LOCAL_MORAN 可设置置换次数及 R 的 "n" 标度；MARKOV_TRANSITION 可用 "pooled"（合并分位数）或自定切点。各函数的帮助说明每个选项对应哪种软件的约定。',
    ),
  ],
  functions: t(
    'Functions: NQP.DAGUM_GINI, NQP.KERNEL_DENSITY, NQP.SPATIAL_WEIGHTS, NQP.MORAN_I, NQP.GEARY_C, NQP.LOCAL_MORAN, NQP.SIGMA_CONVERGENCE, NQP.BETA_CONVERGENCE, NQP.BETA_CONVERGENCE_PANEL, NQP.MARKOV_TRANSITION; Excel IF, AVERAGE, STDEVP, MMULT, SLOPE, MAX, MIN.',
    '函数：NQP.DAGUM_GINI、NQP.KERNEL_DENSITY、NQP.SPATIAL_WEIGHTS、NQP.MORAN_I、NQP.GEARY_C、NQP.LOCAL_MORAN、NQP.SIGMA_CONVERGENCE、NQP.BETA_CONVERGENCE、NQP.BETA_CONVERGENCE_PANEL、NQP.MARKOV_TRANSITION；Excel 的 IF、AVERAGE、STDEVP、MMULT、SLOPE、MAX、MIN。',
  ),
  sources: [
    FRAMEWORK_SOURCE,
    t(
      'Methods: Dagum (1997) for the Gini decomposition; Silverman (1986) for kernel densities; Moran (1950), Geary (1954) and Anselin (1995) for spatial autocorrelation; Barro & Sala-i-Martin (1992) for convergence; Rey (2001) and Bickenbach & Bode (2003) for (spatial) Markov chains.',
      '方法：基尼系数分解见 Dagum（1997）；核密度估计见 Silverman（1986）；空间自相关见 Moran（1950）、Geary（1954）和 Anselin（1995）；收敛分析见 Barro 与 Sala-i-Martin（1992）；（空间）马尔可夫链见 Rey（2001）和 Bickenbach 与 Bode（2003）。',
    ),
  ],
  sample: 'illustrative',
});

const panelRows = UNITS.flatMap((u) => YEARS.map((year, y) => ({ u, year, value: u.values[y] })));

const blocks: Block[] = [
  ...titleBlocks(t('Regional differences and dynamics', '区域差异与动态演进')),

  // The long panel (the input).
  { at: `B${P_HEAD - 1}`, role: 'heading', cells: [[t('Your panel, long format (one row per unit and year)', '您的面板数据：长格式（每行一个单位一年）')]] },
  {
    at: `B${P_HEAD}`,
    role: 'header',
    cells: [[t('Unit', '单位'), t('Region', '区域'), t('Year', '年份'), t('Index value', '指数值'), t('Latitude', '纬度'), t('Longitude', '经度')]],
  },
  { at: `B${P_FIRST}`, role: 'input', sample: true, cells: panelRows.map((r) => [t(r.u.en, r.u.zh), r.u.region]) },
  {
    at: `D${P_FIRST}`,
    role: 'input',
    sample: true,
    cells: panelRows.map((r) => [r.year]),
    numberFormat: '0',
    validation: { kind: 'whole', min: 1900, max: 2100, message: t('Enter your data: a year.', '请输入您的数据：年份。') },
  },
  { at: `E${P_FIRST}`, role: 'input', sample: true, cells: panelRows.map((r) => [r.value]), numberFormat: '0.000', validation: nonNegative },
  {
    at: `F${P_FIRST}`,
    role: 'input',
    sample: true,
    cells: panelRows.map((r) => [r.u.lat]),
    numberFormat: '0.00',
    validation: { kind: 'decimal', min: -90, max: 90, message: t('Enter your data: a latitude in degrees (−90 to 90).', '请输入您的数据：纬度（度，−90 至 90）。') },
  },
  {
    at: `G${P_FIRST}`,
    role: 'input',
    sample: true,
    cells: panelRows.map((r) => [r.u.lon]),
    numberFormat: '0.00',
    validation: { kind: 'decimal', min: -180, max: 180, message: t('Enter your data: a longitude in degrees (−180 to 180).', '请输入您的数据：经度（度，−180 至 180）。') },
  },

  // The wide block, built from the panel.
  { at: `I${W_HEAD - 1}`, role: 'heading', cells: [[t('The same data, wide: one row per unit, one column per year (formulas)', '同一数据的宽格式：每行一个单位、每列一年（公式）')]] },
  { at: `I${W_HEAD}`, role: 'header', cells: [[t('Unit', '单位'), t('Latitude', '纬度'), t('Longitude', '经度')]] },
  { at: `L${W_HEAD}`, role: 'output', cells: [YEARS.map((_, y) => formula(pick(`D${panelRow(0, y)}`)))], numberFormat: '0', bold: true },
  { at: `I${W_FIRST}`, role: 'output', cells: column(N, (i) => pick(`B${panelRow(i, 0)}`)), bold: true },
  {
    at: `J${W_FIRST}`,
    role: 'output',
    cells: UNITS.map((_, i) => [formula(pick(`F${panelRow(i, 0)}`)), formula(pick(`G${panelRow(i, 0)}`))]),
    numberFormat: '0.00',
  },
  {
    at: `L${W_FIRST}`,
    role: 'output',
    cells: UNITS.map((_, i) => YEARS.map((_y, y) => formula(pick(`E${panelRow(i, y)}`)))),
    numberFormat: '0.000',
  },
  {
    at: `I${W_LAST + 1}`,
    role: 'note',
    cells: [[t(`Picked from the panel by position: keep it sorted by unit, then year, with all ${T} years of every unit.`, `按位置从面板取值：请保持按单位、再按年份排序，且每个单位都有全部 ${T} 年的数据。`)]],
  },

  // Dagum Gini decomposition.
  {
    at: `I${DAGUM}`,
    role: 'heading',
    cells: [[t('Regional differences: the Dagum Gini coefficient and its decomposition, by year', '区域差异：Dagum 基尼系数及其分解（逐年）')]],
  },
  {
    at: `I${DAGUM + 1}`,
    role: 'output',
    cells: [[formula(`=NQP.DAGUM_GINI(${VALUE_COL},${REGION_COL},${YEAR_COL},"all")`)]],
    spill: { rows: T + 1, cols: DAGUM_COLS },
    numberFormat: YEARS_4,
  },
  {
    at: `I${DAGUM + T + 2}`,
    role: 'note',
    cells: [
      [
        t(
          'G = Gw (within regions) + Gnb (net between regions) + Gt (transvariation: the overlap of the regions); the three shares sum to 1. Then each region\'s own Gini, and the Gini between each pair of regions.',
          'G = Gw（区域内）+ Gnb（区域间净差距）+ Gt（超变密度：区域之间的交叉重叠）；三项贡献率之和为 1。其后为各区域内部的基尼系数及每两个区域之间的基尼系数。',
        ),
      ],
    ],
  },
  { at: `I${DAGUM_CHART}`, role: 'heading', cells: [[t('The decomposition by year (for the chart)', '分解结果逐年汇总（用于图表）')]] },
  {
    at: `J${DAGUM_CHART + 1}`,
    role: 'header',
    cells: [[t('G, overall', 'G，总体'), t('Gw, within', 'Gw，区域内'), t('Gnb, net between', 'Gnb，区域间'), t('Gt, transvariation', 'Gt，超变密度')]],
  },
  { at: `I${DAGUM_CHART + 2}`, role: 'output', cells: column(T, (y) => `=I${DAGUM + 2 + y}`), numberFormat: '0', bold: true },
  {
    at: `J${DAGUM_CHART + 2}`,
    role: 'output',
    cells: YEARS.map((_, y) => ['J', 'K', 'L', 'M'].map((c) => formula(`=${c}${DAGUM + 2 + y}`))),
    numberFormat: '0.0000',
  },

  // Kernel density.
  {
    at: `I${KDE}`,
    role: 'heading',
    cells: [[t(`Dynamic evolution: kernel density by year on one grid (${POINTS} points, Gaussian, Silverman)`, `动态演进：各年份在同一网格上的核密度（${POINTS} 个点，高斯核，Silverman 带宽）`)]],
  },
  {
    at: `I${KDE + 1}`,
    role: 'output',
    cells: [[formula(`=NQP.KERNEL_DENSITY(${VALUE_COL},${YEAR_COL},,,${POINTS})`)]],
    spill: { rows: POINTS + 1, cols: T + 1 },
    numberFormat: YEARS_3,
  },
  { at: `Q${KDE}`, role: 'heading', cells: [[t('Peaks of each year\'s density', '各年份密度曲线的峰')]] },
  {
    at: `Q${KDE + 1}`,
    role: 'output',
    cells: [[formula(`=NQP.KERNEL_DENSITY(${VALUE_COL},${YEAR_COL},,,,"peaks")`)]],
    spill: { rows: T + 1, cols: 7 },
    numberFormat: YEARS_3,
  },
  { at: `Q${KDE_CHART}`, role: 'heading', cells: [[t('The density curves (for the chart)', '密度曲线（用于图表）')]] },
  { at: `R${KDE_CHART + 1}`, role: 'output', cells: [YEARS.map((_, y) => formula(`=${columnName(parseCell('J1').col + y)}${KDE + 1}`))], numberFormat: '0', bold: true },
  {
    at: `Q${KDE_CHART + 2}`,
    role: 'output',
    cells: Array.from({ length: POINTS }, (_, k) => Array.from({ length: T + 1 }, (_c, c) => formula(`=${columnName(parseCell('I1').col + c)}${KDE + 2 + k}`))),
    numberFormat: '0.000',
  },

  // Global spatial autocorrelation.
  {
    at: `I${MORAN}`,
    role: 'heading',
    cells: [[t('Spatial autocorrelation by year: global Moran\'s I and Geary\'s C (weights from the coordinates)', '逐年空间自相关：全局 Moran 指数与 Geary 指数（由经纬度构造权重）')]],
  },
  { at: `I${MORAN + 1}`, role: 'header', cells: [[t('Year', '年份')]] },
  { at: `I${MORAN + 2}`, role: 'output', cells: column(T, (y) => `=${yearCol(y)}${W_HEAD}`), numberFormat: '0', bold: true },
  { at: `J${MORAN + 1}`, role: 'output', cells: [[formula(`=NQP.MORAN_I(${WIDE},${COORDS})`)]], spill: { rows: T + 1, cols: 5 }, numberFormat: '0.0000' },
  { at: `P${MORAN + 1}`, role: 'output', cells: [[formula(`=NQP.GEARY_C(${WIDE},${COORDS})`)]], spill: { rows: T + 1, cols: 5 }, numberFormat: '0.0000' },

  // The weights matrix.
  {
    at: `I${WEIGHTS}`,
    role: 'heading',
    cells: [[t('Spatial weights W: inverse great-circle distance, rows summing to 1', '空间权重 W：反大圆距离，每行之和为 1')]],
  },
  { at: `J${WEIGHTS + 1}`, role: 'output', cells: [UNITS.map((_, i) => formula(`=I${W_FIRST + i}`))], bold: true },
  { at: `I${WEIGHTS + 2}`, role: 'output', cells: column(N, (i) => `=I${W_FIRST + i}`), bold: true },
  { at: `J${WEIGHTS + 2}`, role: 'output', cells: [[formula(`=NQP.SPATIAL_WEIGHTS(${COORDS})`)]], spill: { rows: N, cols: N }, numberFormat: '0.000' },

  // LISA and the Moran scatter in the last year.
  {
    at: `I${LISA}`,
    role: 'heading',
    cells: [[t('The last year: the Moran scatter (value z and spatial lag Wz) and local Moran (LISA) with its quadrant', '最后一年：Moran 散点（标准化值 z 与空间滞后 Wz）及局部 Moran 指数（LISA）与象限')]],
  },
  { at: `I${LISA + 1}`, role: 'header', cells: [[t('Unit', '单位'), t('Value z (standardised)', '标准化值 z'), t('Spatial lag Wz', '空间滞后 Wz')]] },
  { at: `I${LISA + 2}`, role: 'output', cells: column(N, (i) => `=I${W_FIRST + i}`), bold: true },
  {
    at: `J${LISA + 2}`,
    role: 'output',
    cells: column(N, (i) => `=IFERROR((${LAST_YEAR_COL}${W_FIRST + i}-AVERAGE($${LAST_YEAR_COL}$${W_FIRST}:$${LAST_YEAR_COL}$${W_LAST}))/STDEVP($${LAST_YEAR_COL}$${W_FIRST}:$${LAST_YEAR_COL}$${W_LAST}),"")`),
    numberFormat: '0.000',
  },
  {
    at: `K${LISA + 2}`,
    role: 'output',
    cells: [[formula(`=MMULT(J${WEIGHTS + 2}:${columnName(parseCell('J1').col + N - 1)}${WEIGHTS + 1 + N},J${LISA + 2}:J${LISA + 1 + N})`)]],
    spill: { rows: N, cols: 1 },
    numberFormat: '0.000',
  },
  {
    at: `L${LISA + 1}`,
    role: 'output',
    cells: [[formula(`=NQP.LOCAL_MORAN(${LAST_VALUES},${COORDS})`)]],
    spill: { rows: N + 1, cols: 6 },
    numberFormat: '0.0000',
  },
  { at: `I${LISA + N + 3}`, role: 'label', cells: [[t('Slope of Wz on z', 'Wz 对 z 的斜率')]], bold: true },
  { at: `J${LISA + N + 3}`, role: 'output', cells: [[formula(`=SLOPE(K${LISA + 2}:K${LISA + 1 + N},J${LISA + 2}:J${LISA + 1 + N})`)]], numberFormat: '0.0000' },
  {
    at: `K${LISA + N + 3}`,
    role: 'note',
    cells: [[t(`← equals Moran's I of the last year (J${MORAN + 1 + T}): the rows of W sum to 1.`, `← 等于最后一年的 Moran 指数（J${MORAN + 1 + T}）：W 的每行之和为 1。`)]],
  },

  // σ-convergence.
  { at: `I${SIGMA}`, role: 'heading', cells: [[t('σ-convergence: the spread across units, by year', 'σ 收敛：各单位之间的离散程度（逐年）')]] },
  {
    at: `I${SIGMA + 1}`,
    role: 'output',
    cells: [[formula(`=NQP.SIGMA_CONVERGENCE(${VALUE_COL},${YEAR_COL})`)]],
    spill: { rows: T + 1, cols: 6 },
    numberFormat: YEARS_4,
  },
  { at: `Q${SIGMA + 1}`, role: 'header', cells: [[t('Coefficient of variation', '变异系数'), t('SD of the logarithm', '对数标准差')]] },
  { at: `P${SIGMA + 2}`, role: 'output', cells: column(T, (y) => `=I${SIGMA + 2 + y}`), numberFormat: '0', bold: true },
  { at: `Q${SIGMA + 2}`, role: 'output', cells: YEARS.map((_, y) => [formula(`=M${SIGMA + 2 + y}`), formula(`=N${SIGMA + 2 + y}`)]), numberFormat: '0.0000' },

  // β-convergence.
  { at: `I${BETA}`, role: 'heading', cells: [[t('β-convergence: do units that start lower grow faster?', 'β 收敛：起点较低的单位是否增长更快？')]] },
  { at: `I${BETA + 1}`, role: 'label', cells: [[t('Years apart, first to last', '首末年份相隔年数')]], bold: true },
  {
    at: `J${BETA + 1}`,
    role: 'input',
    cells: [[T - 1]],
    numberFormat: '0',
    validation: { kind: 'whole', min: 1, max: 200, message: t('Enter your data: the number of years between the first and the last year.', '请输入您的数据：首末年份相隔的年数。') },
  },
  { at: `K${BETA + 1}`, role: 'output', cells: [[formula(`=MAX(${YEAR_COL})-MIN(${YEAR_COL})`)]], numberFormat: '0' },
  { at: `L${BETA + 1}`, role: 'note', cells: [[t('← from the panel\'s years, for checking', '← 由面板年份计算，供核对')]] },
  {
    at: `I${BETA + 3}`,
    role: 'label',
    cells: [[t('Across units, first to last year: absolute β', '截面（首年至末年）：绝对 β 收敛')]],
    bold: true,
  },
  {
    at: `I${BETA + 4}`,
    role: 'output',
    cells: [[formula(`=NQP.BETA_CONVERGENCE(${FIRST_VALUES},${LAST_VALUES},J${BETA + 1})`)]],
    spill: { rows: 7, cols: 5 },
    numberFormat: '0.0000',
  },
  { at: `O${BETA + 3}`, role: 'label', cells: [[t('Panel, year on year, pooled: absolute β', '面板（逐年），混合回归：绝对 β 收敛')]], bold: true },
  {
    at: `O${BETA + 4}`,
    role: 'output',
    cells: [[formula(`=NQP.BETA_CONVERGENCE_PANEL(${UNIT_COL},${YEAR_COL},${VALUE_COL},,"none")`)]],
    spill: { rows: 7, cols: 5 },
    numberFormat: '0.0000',
  },
  {
    at: `I${BETA + 12}`,
    role: 'label',
    cells: [[t('Panel, year on year, unit and year fixed effects: conditional β', '面板（逐年），个体与时间双向固定效应：条件 β 收敛')]],
    bold: true,
  },
  {
    at: `I${BETA + 13}`,
    role: 'output',
    cells: [[formula(`=NQP.BETA_CONVERGENCE_PANEL(${UNIT_COL},${YEAR_COL},${VALUE_COL})`)]],
    spill: { rows: 7, cols: 5 },
    numberFormat: '0.0000',
  },
  {
    at: `O${BETA + 13}`,
    role: 'note',
    cells: [
      [t('β < 0: convergence; lambda is the yearly speed and half-life the years to close half of a gap.', 'β < 0 表示收敛；lambda 为每年的收敛速度，half-life（半衰期）为差距缩小一半所需的年数。')],
      [t('Standard errors are conventional OLS ones; with few years, fixed effects overstate the speed.', '标准误为普通 OLS 标准误；年份较少时，固定效应会高估收敛速度。')],
    ],
  },

  // Markov chains.
  {
    at: `I${MARKOV}`,
    role: 'heading',
    cells: [[t('Markov chains: transition probabilities from one year to the next, between quartiles (class 1 lowest)', '马尔可夫链：相邻年份之间在四分位类型间的转移概率（类型 1 最低）')]],
  },
  { at: `I${MARKOV + 1}`, role: 'label', cells: [[t('Quartiles of each year: relative position', '按各年四分位数分类：相对位置')]], bold: true },
  { at: `I${MARKOV + 2}`, role: 'output', cells: [[formula(`=NQP.MARKOV_TRANSITION(${WIDE},4)`)]], spill: { rows: 5, cols: 6 }, numberFormat: PROBABILITY },
  { at: `P${MARKOV + 1}`, role: 'label', cells: [[t('Quartiles of all years together: absolute level', '按全部年份合并的四分位数分类：绝对水平')]], bold: true },
  { at: `P${MARKOV + 2}`, role: 'output', cells: [[formula(`=NQP.MARKOV_TRANSITION(${WIDE},4,"pooled")`)]], spill: { rows: 5, cols: 6 }, numberFormat: PROBABILITY },
  {
    at: `I${MARKOV + 8}`,
    role: 'label',
    cells: [[t('Spatial Markov chain: conditioned on the quartile of the neighbours\' lag at the start of each transition', '空间马尔可夫链：以每次转移起始时邻居空间滞后所处的四分位类型为条件')]],
    bold: true,
  },
  {
    at: `I${MARKOV + 9}`,
    role: 'output',
    cells: [[formula(`=NQP.MARKOV_TRANSITION(${WIDE},4,,${COORDS})`)]],
    spill: { rows: 4 * 4 + 1, cols: 7 },
    numberFormat: PROBABILITY,
  },
  { at: `Q${MARKOV + 9}`, role: 'label', cells: [[t('Does the neighbourhood matter? Homogeneity test', '邻域是否有影响？同质性检验')]], bold: true },
  { at: `Q${MARKOV + 10}`, role: 'output', cells: [[formula(`=NQP.MARKOV_TRANSITION(${WIDE},4,,${COORDS},"test")`)]], spill: { rows: 2, cols: 5 }, numberFormat: '0.000' },
  {
    at: `Q${MARKOV + 13}`,
    role: 'note',
    cells: [
      [t('A small p: the transitions differ with the neighbours\' class (Bickenbach & Bode 2003).', 'p 值较小：转移概率随邻居所处类型而不同（Bickenbach 与 Bode，2003）。')],
      [t('With few units many conditional rows are empty or rest on a few transitions.', '单位较少时，许多条件行为空或只基于少数几次转移。')],
    ],
  },
  {
    at: `I${MARKOV + 27}`,
    role: 'note',
    cells: [
      [t('n: transitions out of the class; each row sums to 1. The diagonal is the chance of staying, right of it of moving up, left of it of moving down.', 'n 为从该类型出发的转移次数；每行之和为 1。对角线为保持原类型的概率，其右侧为向上转移的概率，左侧为向下转移的概率。')],
      [
        t(
          'The steady distribution (output "steady") is close to equal shares with each year\'s quartiles, whose classes are equally large every year: it says more with pooled classes or your own cut points.',
          '按各年四分位数分类时各类型每年规模相同，稳态分布（输出 "steady"）接近均等：在合并分类或自定切点时更有意义。',
        ),
      ],
    ],
  },
  ...about.blocks,
];

const lastChartRow = (first: number, rows: number): string => `AE${first + rows}`;

export const regionalDynamics: TemplateDef = {
  id: 'regional-dynamics',
  title: t('Regional differences and dynamics', '区域差异与动态演进'),
  description: t(
    'A long panel of an index by unit, region and year with coordinates: the Dagum Gini decomposition by year, kernel density curves, global Moran\'s I and Geary\'s C, LISA quadrants with the Moran scatter, σ- and β-convergence (cross-section and panel) and the Markov transition matrix, with charts.',
    '按单位、区域和年份排列并带经纬度的指数长面板：逐年 Dagum 基尼系数分解、核密度曲线、全局 Moran 指数与 Geary 指数、LISA 象限与 Moran 散点、σ 收敛与 β 收敛（截面与面板）以及马尔可夫转移矩阵，并附图表。',
  ),
  glossary: [
    'dagum-gini',
    'transvariation',
    'kernel-density',
    'bandwidth',
    'spatial-weights',
    'morans-i',
    'gearys-c',
    'lisa',
    'sigma-convergence',
    'beta-convergence',
    'convergence-speed',
    'markov-chain',
    'gini',
  ],
  sample: 'illustrative',
  sheets: [
    {
      name: t('NQP Regional dynamics', 'NQP 区域差异与动态'),
      widths: {
        A: 12,
        B: 80,
        C: 60,
        D: 45,
        E: 70,
        F: 60,
        G: 65,
        H: 16,
        I: 150,
        ...Object.fromEntries(Array.from({ length: 14 }, (_, k) => [columnName(parseCell('J1').col + k), 66])),
        X: 16,
        AF: 16,
      },
      freezeRows: 2,
      blocks,
      charts: [
        {
          type: 'Line',
          source: `I${DAGUM_CHART + 1}:M${DAGUM_CHART + 1 + T}`,
          seriesBy: 'Columns',
          title: t('Dagum Gini decomposition by year', '逐年 Dagum 基尼系数分解'),
          from: `Y${DAGUM}`,
          to: lastChartRow(DAGUM, 18),
        },
        {
          type: 'Line',
          source: `Q${KDE_CHART + 1}:${columnName(parseCell('Q1').col + T)}${KDE_CHART + 1 + POINTS}`,
          seriesBy: 'Columns',
          title: t('Kernel density of the index, by year', '各年份指数的核密度'),
          from: `Y${KDE}`,
          to: lastChartRow(KDE, 20),
        },
        {
          // X: the unit's value z, Y: its neighbours' lag Wz; the quadrants are the four sides of the axes.
          type: 'XYScatter',
          source: `J${LISA + 1}:K${LISA + 1 + N}`,
          seriesBy: 'Columns',
          title: t('Moran scatter, last year: value z against the neighbours\' lag Wz (slope = Moran\'s I)', 'Moran 散点图（最后一年）：标准化值 z 与邻居空间滞后 Wz（斜率即 Moran 指数）'),
          from: `Y${LISA}`,
          to: lastChartRow(LISA, 18),
        },
        {
          type: 'Line',
          source: `P${SIGMA + 1}:R${SIGMA + 1 + T}`,
          seriesBy: 'Columns',
          title: t('σ-convergence: spread of the index by year', 'σ 收敛：指数离散程度的逐年变化'),
          from: `Y${SIGMA}`,
          to: lastChartRow(SIGMA, 16),
        },
      ],
    },
  ],
};
