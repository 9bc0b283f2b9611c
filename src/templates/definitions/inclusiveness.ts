/**
 * Template 9: inclusiveness, the framework's sixth aspect. Per-capita income,
 * population and employment by region, and wages and employment by industry →
 * GINI (regions or industries as units, with population or employment
 * weights for grouped data), THEIL_INDEX split into within- and between-group
 * inequality, employment rates, shares and growth; charts of the
 * distributions and of the Theil split.
 */
import { type Block, type CellContent, type Text, type TemplateDef, formula, t } from '../model';
import { FRAMEWORK_SOURCE, aboutBlocks, titleBlocks } from './common';

const EAST = t('East', '东部');
const CENTRAL = t('Central', '中部');
const WEST = t('West', '西部');

/**
 * Twelve fictional regions (illustrative numbers, not statistics): per-capita
 * disposable income, population (million), employed persons (million),
 * working-age population (million), and the region group.
 */
const REGIONS: [string, string, number[], Text][] = [
  ['Region A', '地区 A', [68400, 24.5, 14.1, 17.0], EAST],
  ['Region B', '地区 B', [61200, 38.2, 22.0, 26.5], EAST],
  ['Region C', '地区 C', [55800, 45.6, 25.9, 31.6], EAST],
  ['Region D', '地区 D', [49500, 30.1, 16.6, 20.6], EAST],
  ['Region E', '地区 E', [38900, 52.3, 27.5, 35.4], CENTRAL],
  ['Region F', '地区 F', [36200, 41.8, 21.4, 28.2], CENTRAL],
  ['Region G', '地区 G', [34700, 58.6, 29.6, 39.9], CENTRAL],
  ['Region H', '地区 H', [32100, 27.4, 13.7, 18.7], CENTRAL],
  ['Region I', '地区 I', [35600, 33.5, 16.9, 22.6], WEST],
  ['Region J', '地区 J', [30800, 21.7, 10.5, 14.8], WEST],
  ['Region K', '地区 K', [28400, 39.8, 18.9, 27.3], WEST],
  ['Region L', '地区 L', [25900, 16.2, 7.4, 11.2], WEST],
];

const DIGITAL = t('Digital-intensive', '数字密集型');
const OTHER = t('Other', '其他');

/**
 * Industries of a fictional economy (illustrative numbers): average annual
 * wage, employment this year and a year earlier (thousand persons), group.
 */
const INDUSTRIES: [string, string, number[], Text][] = [
  ['Agriculture, forestry, animal husbandry and fishery', '农、林、牧、渔业', [52000, 1150, 1210], OTHER],
  ['Mining', '采矿业', [112000, 240, 255], OTHER],
  ['Manufacturing (excluding electronics)', '制造业（不含电子设备）', [96000, 3900, 4020], OTHER],
  ['Computer, communication and other electronic equipment', '计算机、通信和其他电子设备制造业', [128000, 820, 760], DIGITAL],
  ['Construction', '建筑业', [84000, 2600, 2700], OTHER],
  ['Wholesale and retail trade', '批发和零售业', [98000, 1700, 1740], OTHER],
  ['Accommodation and catering', '住宿和餐饮业', [54000, 880, 900], OTHER],
  ['Information transmission, software and IT services', '信息传输、软件和信息技术服务业', [224000, 560, 500], DIGITAL],
  ['Financial intermediation', '金融业', [176000, 420, 415], OTHER],
  ['Scientific research and technical services', '科学研究和技术服务业', [168000, 480, 450], DIGITAL],
];

// Regions: header row 5, data rows 6–17.
const R_HEAD = 5;
const R_FIRST = R_HEAD + 1;
const R_LAST = R_FIRST + REGIONS.length - 1; // 17
const R_SUMMARY = R_LAST + 2; // 19: heading; 20–23 results
const R_THEIL = R_SUMMARY + 6; // 25: heading; 26–27 the split; 28 the between share

// Industries: header row 32, data rows 33–42.
const I_HEAD = R_THEIL + 7; // 32
const I_FIRST = I_HEAD + 1;
const I_LAST = I_FIRST + INDUSTRIES.length - 1; // 42
const I_SUMMARY = I_LAST + 2; // 44: heading; 45–50 results
const I_THEIL = I_SUMMARY + 8; // 52: heading; 53–54 the split; 55 the between share
const CHART_HEAD = I_THEIL + 5; // 57: heading; 58 header; 59–60 data

const col = (c: string, first: number, last: number, abs = false): string =>
  abs ? `$${c}$${first}:$${c}$${last}` : `${c}${first}:${c}${last}`;

const INCOME = col('C', R_FIRST, R_LAST);
const POP = col('D', R_FIRST, R_LAST);
const R_GROUPS = col('G', R_FIRST, R_LAST);
const WAGE = col('C', I_FIRST, I_LAST);
const EMP = col('D', I_FIRST, I_LAST);
const EMP_BEFORE = col('E', I_FIRST, I_LAST);
const I_GROUPS = col('F', I_FIRST, I_LAST);

const nonNegative = { kind: 'decimal' as const, min: 0, message: t('Enter your data: a value ≥ 0.', '请输入您的数据：≥ 0 的数值。') };

const perRow = (n: number, first: number, make: (r: number) => string): CellContent[][] =>
  Array.from({ length: n }, (_, i) => [formula(make(first + i))]);

const about = aboutBlocks('U4', {
  purpose: t(
    'Purpose: measure the inclusiveness aspect (the sixth) of the industrial system: how evenly income is shared across regions and wages across industries, how much of the gap lies between groups (east, central, west; digital-intensive or not) rather than inside them, and where jobs are moving.',
    '用途：衡量产业体系的包容性（第六个方面）：收入在地区之间、工资在行业之间分配得是否均衡，差距有多少来自组间（东、中、西部；是否数字密集型）而非组内，以及就业向哪里转移。',
  ),
  steps: [
    t(
      `Regions (rows ${R_FIRST}–${R_LAST}): enter per-capita disposable income (or the average wage), population, employed persons and working-age population in C${R_FIRST}:F${R_LAST}, and a group label (e.g. East, Central, West) in G${R_FIRST}:G${R_LAST}. Use one currency and one year.`,
      `地区（第 ${R_FIRST}–${R_LAST} 行）：在 C${R_FIRST}:F${R_LAST} 填入人均可支配收入（或平均工资）、人口、就业人数和劳动年龄人口，在 G${R_FIRST}:G${R_LAST} 填入分组标签（如东部、中部、西部）。请统一货币和年份。`,
    ),
    t(
      `Industries (rows ${I_FIRST}–${I_LAST}): enter the average annual wage, employment this year and a year earlier, and a group label in C${I_FIRST}:F${I_LAST}; name the group to follow in C${I_SUMMARY + 4}.`,
      `行业（第 ${I_FIRST}–${I_LAST} 行）：在 C${I_FIRST}:F${I_LAST} 填入年平均工资、本年与上年就业人数及分组标签；在 C${I_SUMMARY + 4} 填写要跟踪的组。`,
    ),
    t(
      'For more rows, insert them inside the blocks (so that the formula ranges grow) or widen the ranges of the formulas.',
      '如需更多行，请在数据块内部插入行（公式范围随之扩大），或手动扩大公式的引用范围。',
    ),
    t(
      'The population-weighted Gini counts each region as its population\'s worth of people at the region\'s mean income: it leaves out inequality inside regions, so it is lower than a Gini from household data.',
      '人口加权基尼系数把每个地区视为按其人口数、均以该地区平均收入计的人群：它不包含地区内部的不平等，因此低于基于住户数据的基尼系数。',
    ),
    t(
      'THEIL_INDEX counts each row as one unit (unweighted); total = within-group + between-group, and the between-group share tells how much of the gap is between the groups\' means.',
      'THEIL_INDEX 把每一行视为一个单位（不加权）；总体 = 组内 + 组间，组间占比说明差距中有多少来自各组均值之间。',
    ),
  ],
  functions: t(
    'Functions: NQP.GINI (unweighted, population- or employment-weighted, small-sample corrected), NQP.THEIL_INDEX (Theil-T with groups: total, within-group, between-group); Excel SUM, SUMIF, SUMPRODUCT, IF.',
    '函数：NQP.GINI（不加权、按人口或就业加权、小样本修正）、NQP.THEIL_INDEX（给出分组的泰尔 T：总体、组内、组间）；Excel 的 SUM、SUMIF、SUMPRODUCT、IF。',
  ),
  sources: [
    FRAMEWORK_SOURCE,
    t(
      'Methods: Gini (1912); Theil (1967), and Shorrocks (1980) for the additive within/between decomposition of the Theil-T index.',
      '方法：基尼（1912）；泰尔（1967），泰尔 T 指数组内/组间可加分解参见 Shorrocks（1980）。',
    ),
  ],
  sample: 'illustrative',
});

const blocks: Block[] = [
  ...titleBlocks(t('Inclusiveness: income, wages and employment', '包容性：收入、工资与就业')),

  // Regions.
  { at: `B${R_HEAD - 1}`, role: 'heading', cells: [[t('Income and employment by region', '各地区收入与就业')]] },
  {
    at: `B${R_HEAD}`,
    role: 'header',
    cells: [
      [
        t('Region', '地区'),
        t('Per-capita disposable income', '人均可支配收入'),
        t('Population (million)', '人口（百万）'),
        t('Employed persons (million)', '就业人数（百万）'),
        t('Working-age population (million)', '劳动年龄人口（百万）'),
        t('Group', '分组'),
      ],
    ],
  },
  { at: `B${R_FIRST}`, role: 'input', sample: true, cells: REGIONS.map(([en, zh]) => [t(en, zh)]), bold: true },
  { at: `C${R_FIRST}`, role: 'input', sample: true, cells: REGIONS.map(([, , v]) => [v[0]]), numberFormat: '#,##0', validation: nonNegative },
  { at: `D${R_FIRST}`, role: 'input', sample: true, cells: REGIONS.map(([, , v]) => v.slice(1)), numberFormat: '#,##0.0', validation: nonNegative },
  { at: `G${R_FIRST}`, role: 'input', sample: true, cells: REGIONS.map(([, , , g]) => [g]) },
  {
    at: `I${R_HEAD}`,
    role: 'header',
    cells: [[t('Employment rate (employed / working-age)', '就业率（就业人数 / 劳动年龄人口）'), t('Income relative to the population-weighted mean', '收入相对于人口加权均值')]],
  },
  { at: `I${R_FIRST}`, role: 'output', cells: perRow(REGIONS.length, R_FIRST, (r) => `=IF(F${r}>0,E${r}/F${r},"")`), numberFormat: '0.0%' },
  {
    at: `J${R_FIRST}`,
    role: 'output',
    cells: perRow(REGIONS.length, R_FIRST, (r) => `=C${r}*SUM(${col('D', R_FIRST, R_LAST, true)})/SUMPRODUCT(${col('C', R_FIRST, R_LAST, true)},${col('D', R_FIRST, R_LAST, true)})`),
    numberFormat: '0.00',
  },

  { at: `B${R_SUMMARY}`, role: 'heading', cells: [[t('Inequality of per-capita income across regions', '地区间人均收入的不平等')]] },
  {
    at: `B${R_SUMMARY + 1}`,
    role: 'label',
    cells: [
      [t('Gini, regions as units', '基尼系数（以地区为单位）')],
      [t('Gini, weighted by population (grouped data)', '基尼系数（按人口加权，分组数据）')],
      [t('Gini, regions as units, small-sample corrected', '基尼系数（以地区为单位，小样本修正）')],
      [t('Employment rate, all regions', '全部地区就业率')],
    ],
    bold: true,
  },
  {
    at: `C${R_SUMMARY + 1}`,
    role: 'output',
    cells: [[formula(`=NQP.GINI(${INCOME})`)], [formula(`=NQP.GINI(${INCOME},${POP})`)], [formula(`=NQP.GINI(${INCOME},,TRUE)`)]],
    numberFormat: '0.000',
  },
  { at: `C${R_SUMMARY + 4}`, role: 'output', cells: [[formula(`=SUM(${col('E', R_FIRST, R_LAST)})/SUM(${col('F', R_FIRST, R_LAST)})`)]], numberFormat: '0.0%' },

  { at: `B${R_THEIL}`, role: 'heading', cells: [[t('Theil-T of per-capita income, split by region group', '人均收入的泰尔 T 指数：按地区分组分解')]] },
  { at: `C${R_THEIL + 1}`, role: 'output', cells: [[formula(`=NQP.THEIL_INDEX(${INCOME},${R_GROUPS})`)]], spill: { rows: 2, cols: 3 }, numberFormat: '0.000' },
  {
    at: `B${R_THEIL + 2}`,
    role: 'label',
    cells: [[t('Theil-T, regions as units', '泰尔 T（以地区为单位）')], [t('Share of the total between the groups', '组间差距占总体的比重')]],
    bold: true,
  },
  { at: `C${R_THEIL + 3}`, role: 'output', cells: [[formula(`=IF(C${R_THEIL + 2}>0,E${R_THEIL + 2}/C${R_THEIL + 2},0)`)]], numberFormat: '0.0%' },

  // Industries.
  { at: `B${I_HEAD - 1}`, role: 'heading', cells: [[t('Wages and employment by industry', '各行业工资与就业')]] },
  {
    at: `B${I_HEAD}`,
    role: 'header',
    cells: [
      [
        t('Industry', '行业'),
        t('Average annual wage', '年平均工资'),
        t('Employment (thousand)', '就业人数（千人）'),
        t('Employment a year earlier (thousand)', '上年就业人数（千人）'),
        t('Group', '分组'),
      ],
    ],
  },
  { at: `B${I_FIRST}`, role: 'input', sample: true, cells: INDUSTRIES.map(([en, zh]) => [t(en, zh)]), bold: true },
  { at: `C${I_FIRST}`, role: 'input', sample: true, cells: INDUSTRIES.map(([, , v]) => v), numberFormat: '#,##0', validation: nonNegative },
  { at: `F${I_FIRST}`, role: 'input', sample: true, cells: INDUSTRIES.map(([, , , g]) => [g]) },
  {
    at: `H${I_HEAD}`,
    role: 'header',
    cells: [[t('Employment share', '就业比重'), t('Employment growth', '就业增长率'), t('Wage relative to the employment-weighted mean', '工资相对于就业加权均值')]],
  },
  { at: `H${I_FIRST}`, role: 'output', cells: perRow(INDUSTRIES.length, I_FIRST, (r) => `=D${r}/SUM(${col('D', I_FIRST, I_LAST, true)})`), numberFormat: '0.0%' },
  { at: `I${I_FIRST}`, role: 'output', cells: perRow(INDUSTRIES.length, I_FIRST, (r) => `=IF(E${r}>0,D${r}/E${r}-1,"")`), numberFormat: '0.0%' },
  {
    at: `J${I_FIRST}`,
    role: 'output',
    cells: perRow(INDUSTRIES.length, I_FIRST, (r) => `=C${r}*SUM(${col('D', I_FIRST, I_LAST, true)})/SUMPRODUCT(${col('C', I_FIRST, I_LAST, true)},${col('D', I_FIRST, I_LAST, true)})`),
    numberFormat: '0.00',
  },

  { at: `B${I_SUMMARY}`, role: 'heading', cells: [[t('Wage inequality and employment across industries', '行业间工资不平等与就业')]] },
  {
    at: `B${I_SUMMARY + 1}`,
    role: 'label',
    cells: [
      [t('Gini of average wages, industries as units', '平均工资基尼系数（以行业为单位）')],
      [t('Gini of wages per worker (weighted by employment)', '按就业加权的工资基尼系数')],
      [t('The same, weighted by employment a year earlier', '同上，按上年就业加权')],
      [t('Group to follow', '跟踪的组')],
      [t('Its share of employment', '该组就业比重')],
      [t('Its share of employment a year earlier', '该组上年就业比重')],
    ],
    bold: true,
  },
  {
    at: `C${I_SUMMARY + 1}`,
    role: 'output',
    cells: [[formula(`=NQP.GINI(${WAGE})`)], [formula(`=NQP.GINI(${WAGE},${EMP})`)], [formula(`=NQP.GINI(${WAGE},${EMP_BEFORE})`)]],
    numberFormat: '0.000',
  },
  { at: `C${I_SUMMARY + 4}`, role: 'input', cells: [[DIGITAL]] },
  {
    at: `C${I_SUMMARY + 5}`,
    role: 'output',
    cells: [
      [formula(`=SUMIF(${col('F', I_FIRST, I_LAST, true)},$C$${I_SUMMARY + 4},${col('D', I_FIRST, I_LAST, true)})/SUM(${col('D', I_FIRST, I_LAST, true)})`)],
      [formula(`=SUMIF(${col('F', I_FIRST, I_LAST, true)},$C$${I_SUMMARY + 4},${col('E', I_FIRST, I_LAST, true)})/SUM(${col('E', I_FIRST, I_LAST, true)})`)],
    ],
    numberFormat: '0.0%',
  },

  { at: `B${I_THEIL}`, role: 'heading', cells: [[t('Theil-T of average wages, split by industry group', '平均工资的泰尔 T 指数：按行业分组分解')]] },
  { at: `C${I_THEIL + 1}`, role: 'output', cells: [[formula(`=NQP.THEIL_INDEX(${WAGE},${I_GROUPS})`)]], spill: { rows: 2, cols: 3 }, numberFormat: '0.000' },
  {
    at: `B${I_THEIL + 2}`,
    role: 'label',
    cells: [[t('Theil-T, industries as units', '泰尔 T（以行业为单位）')], [t('Share of the total between the groups', '组间差距占总体的比重')]],
    bold: true,
  },
  { at: `C${I_THEIL + 3}`, role: 'output', cells: [[formula(`=IF(C${I_THEIL + 2}>0,E${I_THEIL + 2}/C${I_THEIL + 2},0)`)]], numberFormat: '0.0%' },

  // Chart data: the within/between split of both.
  { at: `B${CHART_HEAD}`, role: 'heading', cells: [[t('Within and between groups (for the chart)', '组内与组间（用于图表）')]] },
  { at: `C${CHART_HEAD + 1}`, role: 'header', cells: [[t('Within groups', '组内'), t('Between groups', '组间')]] },
  { at: `B${CHART_HEAD + 2}`, role: 'label', cells: [[t('Income across regions', '地区间收入')], [t('Wages across industries', '行业间工资')]], bold: true },
  {
    at: `C${CHART_HEAD + 2}`,
    role: 'output',
    cells: [
      [formula(`=D${R_THEIL + 2}`), formula(`=E${R_THEIL + 2}`)],
      [formula(`=D${I_THEIL + 2}`), formula(`=E${I_THEIL + 2}`)],
    ],
    numberFormat: '0.000',
  },
  ...about.blocks,
];

export const inclusiveness: TemplateDef = {
  id: 'inclusiveness',
  title: t('Inclusiveness: income, wages and employment', '包容性：收入、工资与就业'),
  description: t(
    'Per-capita income and employment by region, wages and employment by industry: Gini coefficients (unweighted, population- or employment-weighted), the Theil-T index split into within- and between-group inequality, employment rates, shares and growth, with charts.',
    '各地区人均收入与就业、各行业工资与就业：基尼系数（不加权、按人口或就业加权）、分解为组内与组间的泰尔 T 指数、就业率、就业比重与增长率，并附图表。',
  ),
  glossary: ['inclusiveness', 'gini', 'theil-index', 'technology-for-good', 'digital-economy'],
  sample: 'illustrative',
  sheets: [
    {
      name: t('NQP Inclusiveness', 'NQP 包容性'),
      widths: { A: 12, B: 270, C: 110, D: 95, E: 100, F: 110, G: 90, H: 100, I: 110, J: 130, K: 16, T: 16 },
      freezeRows: 2,
      blocks,
      charts: [
        {
          type: 'ColumnClustered',
          source: `B${R_HEAD}:C${R_LAST}`,
          seriesBy: 'Columns',
          title: t('Per-capita disposable income by region', '各地区人均可支配收入'),
          from: `L${R_HEAD - 1}`,
          to: `S${R_THEIL + 3}`,
        },
        {
          type: 'BarClustered',
          source: `B${I_HEAD}:C${I_LAST}`,
          seriesBy: 'Columns',
          title: t('Average annual wage by industry', '各行业年平均工资'),
          from: `L${I_HEAD - 1}`,
          to: `S${I_THEIL - 1}`,
          reverseCategories: true,
        },
        {
          type: 'ColumnClustered',
          source: `B${CHART_HEAD + 1}:D${CHART_HEAD + 3}`,
          seriesBy: 'Columns',
          title: t('Theil-T: inequality within and between groups', '泰尔 T：组内与组间不平等'),
          from: `L${I_THEIL}`,
          to: `S${CHART_HEAD + 14}`,
        },
      ],
    },
  ],
};
