/**
 * Template 11: green total factor productivity, as the green-TFP papers
 * measure it. One long panel (unit, year, capital stock, labour, energy, GDP,
 * CO₂, SO₂; sorted by year, then unit) → super-SBM efficiency with the bad
 * outputs, one formula per year over that year's rows (each year's own
 * frontier) → the same efficiencies as a unit × year table → the global
 * Malmquist–Luenberger index (GML, SBM, one frontier over all years) with its
 * efficiency change and technical change → the cumulative GML per unit (the
 * running product of its yearly GML, first year = 1) and a line chart of it.
 *
 * The tables built from the results pick them by position (the panel in
 * blocks of one year; the GML table in blocks of one unit, pairs of years in
 * order, as MALMQUIST_LUENBERGER returns it), which keeps their formulas plain
 * references.
 */
import { type Block, type CellContent, type TemplateDef, type Text, columnName, formula, parseCell, t } from '../model';
import { FRAMEWORK_SOURCE, aboutBlocks, titleBlocks } from './common';

const YEARS = [2018, 2019, 2020, 2021, 2022, 2023];

/**
 * Ten fictional provinces (illustrative numbers, not statistics): for each year, capital stock
 * (100 million yuan), labour (10,000 persons), energy use (10,000 t of standard coal equivalent),
 * GDP (100 million yuan), CO₂ and SO₂ emissions (10,000 t). Built from a 2018 level and yearly
 * growth rates (one set for 2019–2020, another for 2021–2023; GDP four points lower in 2020 and
 * two higher in 2021 everywhere), rounded. A and C are the green leaders, H turns greener from
 * 2021, D cuts coal from 2021, G keeps growing on capital, energy and emissions (its cumulative
 * GML falls below 1), B barely improves.
 */
const UNITS: { en: string; zh: string; values: number[][] }[] = [
  {
    en: 'Province A',
    zh: '甲省',
    values: [[95000, 6800, 32000, 93000, 62000, 18.5], [99750, 6820, 32320, 99045, 62248, 16.28], [104738, 6841, 32643, 101521, 62497, 14.33], [109451, 6841, 32806, 109643, 61247, 12.89], [114376, 6841, 32970, 116221, 60022, 11.6], [119523, 6841, 33135, 123195, 58822, 10.44]],
  },
  {
    en: 'Province B',
    zh: '乙省',
    values: [[78000, 5200, 38000, 62000, 78000, 32.0], [84240, 5200, 39520, 65100, 81510, 31.04], [90979, 5200, 41101, 65751, 85178, 30.11], [97803, 5200, 42539, 70025, 88159, 29.51], [105138, 5200, 44028, 73176, 91245, 28.92], [113023, 5200, 45569, 76469, 94438, 28.34]],
  },
  {
    en: 'Province C',
    zh: '丙省',
    values: [[42000, 3100, 14500, 40000, 26000, 8.2], [44520, 3131, 14572, 42800, 25480, 6.97], [47191, 3162, 14645, 44084, 24970, 5.92], [50023, 3188, 14792, 47390, 24821, 5.45], [53024, 3213, 14940, 49997, 24672, 5.01], [56205, 3239, 15089, 52747, 24524, 4.61]],
  },
  {
    en: 'Province D',
    zh: '丁省',
    values: [[36000, 2400, 21000, 17000, 52000, 28.0], [38520, 2376, 22050, 17595, 55120, 27.72], [41216, 2352, 23152, 17507, 58427, 27.44], [43277, 2329, 23384, 18645, 57259, 24.15], [45441, 2305, 23618, 19484, 56113, 21.25], [47713, 2282, 23854, 20361, 54991, 18.7]],
  },
  {
    en: 'Province E',
    zh: '戊省',
    values: [[48000, 4700, 22000, 37000, 38000, 21.0], [51360, 4714, 22550, 39220, 38760, 19.32], [54955, 4728, 23114, 40004, 39535, 17.77], [58802, 4742, 23692, 43005, 40326, 16.71], [62918, 4757, 24284, 45370, 41132, 15.71], [67322, 4771, 24891, 47865, 41955, 14.76]],
  },
  {
    en: 'Province F',
    zh: '己省',
    values: [[18000, 1900, 8200, 15500, 14500, 7.5], [19620, 1928, 8528, 16740, 14935, 7.05], [21386, 1957, 8869, 17410, 15383, 6.63], [23311, 1987, 9224, 19064, 15921, 6.36], [25408, 2017, 9593, 20493, 16479, 6.11], [27695, 2047, 9977, 22030, 17055, 5.86]],
  },
  {
    en: 'Province G',
    zh: '庚省',
    values: [[21000, 1500, 12500, 11000, 29000, 14.0], [23100, 1492, 13250, 11440, 31030, 14.14], [25410, 1485, 14045, 11440, 33202, 14.28], [28205, 1478, 15028, 12012, 35858, 14.57], [31308, 1470, 16080, 12372, 38727, 14.86], [34752, 1463, 17206, 12744, 41825, 15.16]],
  },
  {
    en: 'Province H',
    zh: '辛省',
    values: [[52000, 4100, 17800, 41000, 31000, 12.5], [54600, 4100, 17978, 42845, 31310, 11.88], [57330, 4100, 18158, 43059, 31623, 11.28], [59910, 4100, 18249, 46935, 30674, 9.93], [62606, 4100, 18340, 50220, 29754, 8.74], [65423, 4100, 18432, 53735, 28862, 7.69]],
  },
  {
    en: 'Province I',
    zh: '壬省',
    values: [[24000, 2600, 10500, 17500, 19500, 10.0], [25920, 2621, 10815, 18550, 19988, 9.5], [27994, 2642, 11139, 18921, 20487, 9.03], [30233, 2663, 11474, 20435, 20999, 8.57], [32652, 2684, 11818, 21661, 21524, 8.15], [35264, 2706, 12172, 22960, 22062, 7.74]],
  },
  {
    en: 'Province J',
    zh: '癸省',
    values: [[39000, 3900, 19000, 30000, 36000, 16.5], [41535, 3888, 19380, 31500, 36540, 15.34], [44235, 3877, 19768, 31815, 37088, 14.27], [46889, 3865, 20064, 34106, 37274, 12.99], [49702, 3853, 20365, 35879, 37460, 11.82], [52684, 3842, 20671, 37745, 37647, 10.75]],
  },
];

const N = UNITS.length;
const T = YEARS.length;

// The long panel: header row 5, one row per year and unit (sorted by year, then unit), rows 6–65.
const P_HEAD = 5;
const P_FIRST = P_HEAD + 1;
const P_LAST = P_FIRST + N * T - 1;
const panelRow = (unit: number, year: number): number => P_FIRST + year * N + unit;
const UNIT_COL = `B${P_FIRST}:B${P_LAST}`;
const YEAR_COL = `C${P_FIRST}:C${P_LAST}`;
const INPUTS = `D${P_FIRST}:F${P_LAST}`;
const GOOD = `G${P_FIRST}:G${P_LAST}`;
const BAD = `H${P_FIRST}:I${P_LAST}`;

// The GML table: header row 5, then one row per unit and pair of consecutive years (unit by unit), L…Q.
const G_HEAD = 5;
const G_FIRST = G_HEAD + 1;
const G_ROWS = N * (T - 1);
const gmlRow = (unit: number, pair: number): number => G_FIRST + unit * (T - 1) + pair;

// The efficiency table (unit × year) and the cumulative GML, in columns S…AB.
const E_HEAD = 5; // header row; rows 6–15 the units; 16 the mean
const E_FIRST = E_HEAD + 1;
const C_HEAD = E_FIRST + N + 4; // 20: the years; 21–30 one row per unit
const C_FIRST = C_HEAD + 1;
const CHART_TOP = C_FIRST + N + 2; // 33
const yearCol = (y: number): string => columnName(parseCell('T1').col + y);
const LAST_YEAR_COL = yearCol(T - 1);

/** Results whose first columns hold years among indices: the years without decimals, the rest with 4. */
const YEARS_4 = '[>=1000]0;[>=0]0.0000;-0.0000';

const positive = {
  kind: 'decimal' as const,
  min: 0,
  message: t('Enter your data: a number greater than 0 (the SBM needs strictly positive data).', '请输入您的数据：大于 0 的数（SBM 要求数据严格为正）。'),
};

/** A formula per row: `make` gets the 0-based row index. */
const column = (n: number, make: (i: number) => string): CellContent[][] => Array.from({ length: n }, (_, i) => [formula(make(i))]);
/** `=IF(X="","",X)`: the cell, or blank while it is empty (so that cleared data do not turn into zeros). */
const pick = (address: string): string => `=IF(${address}="","",${address})`;

const sbmFormula = (year: number): string => {
  const a = panelRow(0, year);
  const b = panelRow(N - 1, year);
  return `=NQP.SBM_EFFICIENCY(D${a}:F${b},G${a}:G${b},H${a}:I${b},"crs","non",TRUE)`;
};
const GLOBAL_SBM = `=NQP.SBM_EFFICIENCY(${INPUTS},${GOOD},${BAD},"crs","non",TRUE)`;

const about = aboutBlocks('AD4', {
  purpose: t(
    'Purpose: green total factor productivity, the productivity that counts emissions as bad outputs, as the green-TFP papers measure it: the efficiency of each unit and year by the super-efficiency SBM with undesirable outputs, and productivity change by the global Malmquist–Luenberger (GML) index, split into efficiency change (EC) and technical change (TC), with its cumulative series. It links the TFP that marks new quality productivity with the green modernization of the framework.',
    '用途：按绿色全要素生产率文献的通行做法，测算把排放作为非期望产出计入的绿色全要素生产率：用含非期望产出的超效率 SBM 模型测算各单位各年份的效率，用全局 Malmquist–Luenberger（GML）指数测算生产率变化并分解为效率变化（EC）与技术进步（TC），并给出其累积序列。它把作为新质生产力标志的全要素生产率与框架中的绿色化联系起来。',
  ),
  steps: [
    t(
      `Enter your panel in long format in B${P_FIRST}:I${P_LAST}: one row per unit and year with the unit, the year, the inputs (capital stock, labour, energy), the good output (GDP, at constant prices) and the bad outputs (CO₂, SO₂). Sort it by year, then unit, with every unit in every year (a balanced panel) and the units in the same order each year. The sample is fictional: ${N} provinces × ${T} years.`,
      `在 B${P_FIRST}:I${P_LAST} 以长格式录入面板：每行一个单位一年，依次为单位、年份、投入（资本存量、劳动、能源）、期望产出（GDP，不变价）和非期望产出（二氧化碳、二氧化硫）。请按年份、再按单位排序，每个单位每年都有数据（平衡面板），且各年单位顺序相同。示例为虚构数据：${N} 个省份 × ${T} 年。`,
    ),
    t(
      'Every input and output must be strictly positive: the SBM divides each slack by the unit\'s own value, so a 0 gives #NUM!. For an emission that is truly zero, drop that column or enter a small positive value and say so in your report.',
      '所有投入和产出都必须严格为正：SBM 用单位自身的数值去除每一项松弛，出现 0 时返回 #NUM!。某项排放确实为 0 时，可删去该列，或填入一个很小的正数并在报告中说明。',
    ),
    t(
      `Column J: super-SBM efficiency with the bad outputs (Tone 2003; super-efficiency for the units on the frontier, Tone 2002), non-oriented, constant returns to scale, one formula per year over that year's ${N} rows, so each year is measured against its own (contemporaneous) frontier: efficient units score above 1 and can be ranked within the year. For one global frontier over all years (efficiencies comparable across years), delete the formulas of J${P_FIRST}:J${P_LAST} and enter ${GLOBAL_SBM} in J${P_FIRST}. "vrs" instead of "crs" gives variable returns to scale (a super-efficiency model may then have no solution: #N/A).`,
      `J 列：含非期望产出的超效率 SBM 效率（Tone 2003；前沿上的单位取超效率，Tone 2002），非导向、规模报酬不变，每年一个公式，覆盖该年的 ${N} 行，因此每年以其自身的（当期）前沿衡量：有效单位得分大于 1，可在年内排序。如需以全部年份构成的单一全局前沿衡量（各年效率可比），请删除 J${P_FIRST}:J${P_LAST} 中的公式，并在 J${P_FIRST} 输入 ${GLOBAL_SBM}。把 "crs" 换成 "vrs" 即为规模报酬可变（此时超效率模型可能无解：#N/A）。`,
    ),
    t(
      `The GML table (L${G_HEAD}): one frontier over all years (Oh 2010), SBM with the bad outputs, non-oriented, constant returns to scale. GML = ρ of the later year / ρ of the earlier year on the global frontier; EC compares each year's efficiency on its own frontier (plain SBM, not super); TC = GML / EC is the change in the gap to the global best practice. Above 1 means progress. Options: "contemporaneous" instead of "global" gives the ML index of Chung, Färe and Grosskopf (1997), whose cells may be #N/A where a unit lies beyond the other year's frontier; "ddf" instead of "sbm" uses the directional distance function with weakly disposable bad outputs.`,
      `GML 表（L${G_HEAD}）：以全部年份构成的单一前沿（Oh 2010），含非期望产出的 SBM，非导向，规模报酬不变。GML = 全局前沿上后一年的 ρ / 前一年的 ρ；EC 比较各年在其自身前沿上的效率（普通 SBM，而非超效率）；TC = GML / EC，是与全局最佳实践之间差距的变化。大于 1 表示进步。可选项：把 "global" 换成 "contemporaneous" 即为 Chung、Färe 和 Grosskopf（1997）的 ML 指数，某单位位于另一年前沿之外时其单元格可能为 #N/A；把 "sbm" 换成 "ddf" 则使用非期望产出弱可处置的方向性距离函数。`,
    ),
    t(
      `The cumulative GML (S${C_HEAD}): for each unit, the product of its yearly GML up to each year, the first year = 1; the global index can be chained, so the last column equals the GML of the last year against the first. It and the efficiency table (S${E_HEAD}) pick the results by position: keep the panel sorted by year, then unit, and the GML table in its order (unit by unit, pairs of years in order).`,
      `累积 GML（S${C_HEAD}）：每个单位截至各年的逐年 GML 之积，首年 = 1；全局指数可以连乘，因此最后一列等于末年相对首年的 GML。它与效率表（S${E_HEAD}）都按位置取用结果：请保持面板按年份、再按单位排序，GML 表保持其原有顺序（逐个单位，年份对依次排列）。`,
    ),
    t(
      'With more units or years: insert rows inside the panel, give each year\'s formula in column J the rows of its year, extend the ranges of the GML formula and the tables built from it; with dynamic arrays the results spill by themselves.',
      '单位或年份更多时：在面板内部插入行，使 J 列每个年份的公式覆盖该年的行，并扩展 GML 公式及由其生成的表格的引用范围；在动态数组版 Excel 中结果会自动溢出。',
    ),
  ],
  functions: t(
    'Functions: NQP.SBM_EFFICIENCY (SBM with undesirable outputs, super TRUE), NQP.MALMQUIST_LUENBERGER ("global", "sbm"); Excel IF, AVERAGE, PRODUCT, GEOMEAN, ISNUMBER, IFERROR.',
    '函数：NQP.SBM_EFFICIENCY（含非期望产出的 SBM，super 取 TRUE）、NQP.MALMQUIST_LUENBERGER（"global"、"sbm"）；Excel 的 IF、AVERAGE、PRODUCT、GEOMEAN、ISNUMBER、IFERROR。',
  ),
  sources: [
    FRAMEWORK_SOURCE,
    t(
      'Methods: Tone (2001, 2003) for the SBM and undesirable outputs; Tone (2002) for super-SBM; Chung, Färe and Grosskopf (1997) for the Malmquist–Luenberger index; Oh (2010) for the global index.',
      '方法：SBM 与非期望产出见 Tone（2001、2003）；超效率 SBM 见 Tone（2002）；Malmquist–Luenberger 指数见 Chung、Färe 和 Grosskopf（1997）；全局指数见 Oh（2010）。',
    ),
  ],
  sample: 'illustrative',
});

const panelRows = YEARS.flatMap((year, y) => UNITS.map((u) => ({ u, year, values: u.values[y] })));

const MEAN: Text = t('Mean', '平均');

const blocks: Block[] = [
  ...titleBlocks(t('Green TFP: super-SBM efficiency and the global Malmquist–Luenberger index', '绿色全要素生产率：超效率 SBM 与全局 Malmquist–Luenberger 指数')),

  // The long panel (the input) and the efficiency of each year.
  {
    at: `B${P_HEAD - 1}`,
    role: 'heading',
    cells: [[t('Your panel, long format (one row per year and unit); the sample is fictional', '您的面板数据：长格式（每行一年一个单位）；示例为虚构数据')]],
  },
  {
    at: `B${P_HEAD}`,
    role: 'header',
    cells: [
      [
        t('Unit', '单位'),
        t('Year', '年份'),
        t('Capital stock (100 million yuan)', '资本存量（亿元）'),
        t('Labour (10,000 persons)', '劳动（万人）'),
        t('Energy (10,000 tce)', '能源消费（万吨标准煤）'),
        t('GDP (100 million yuan)', 'GDP（亿元）'),
        t('CO₂ (10,000 t)', '二氧化碳（万吨）'),
        t('SO₂ (10,000 t)', '二氧化硫（万吨）'),
        t('Super-SBM efficiency (each year\'s frontier)', '超效率 SBM 效率（当年前沿）'),
      ],
    ],
  },
  { at: `B${P_FIRST}`, role: 'input', sample: true, cells: panelRows.map((r) => [t(r.u.en, r.u.zh)]) },
  {
    at: `C${P_FIRST}`,
    role: 'input',
    sample: true,
    cells: panelRows.map((r) => [r.year]),
    numberFormat: '0',
    validation: { kind: 'whole', min: 1900, max: 2100, message: t('Enter your data: a year.', '请输入您的数据：年份。') },
  },
  { at: `D${P_FIRST}`, role: 'input', sample: true, cells: panelRows.map((r) => r.values.slice(0, 5)), numberFormat: '#,##0', validation: positive },
  { at: `I${P_FIRST}`, role: 'input', sample: true, cells: panelRows.map((r) => [r.values[5]]), numberFormat: '0.00', validation: positive },
  ...YEARS.map(
    (_, y): Block => ({
      at: `J${panelRow(0, y)}`,
      role: 'output',
      cells: [[formula(sbmFormula(y))]],
      spill: { rows: N, cols: 1 },
      numberFormat: '0.0000',
    }),
  ),
  {
    at: `B${P_LAST + 2}`,
    role: 'note',
    cells: [
      [t(`Sorted by year, then unit: each formula of column J covers the ${N} rows of one year.`, `按年份、再按单位排序：J 列的每个公式覆盖某一年的 ${N} 行。`)],
      [
        t(
          'Super-SBM scores ≥ 1 on the frontier (how far the unit is ahead of the others), below 1 the plain SBM score: the share of slack a unit could remove.',
          '超效率 SBM 得分 ≥ 1 表示位于前沿上（数值表示领先其他单位的程度），小于 1 为普通 SBM 得分，即该单位可消除的松弛比例。',
        ),
      ],
    ],
  },

  // The GML table.
  {
    at: `L${G_HEAD - 1}`,
    role: 'heading',
    cells: [[t('Global Malmquist–Luenberger index (SBM, global frontier): GML = EC × TC', '全局 Malmquist–Luenberger 指数（SBM，全局前沿）：GML = EC × TC')]],
  },
  {
    at: `L${G_HEAD}`,
    role: 'output',
    cells: [[formula(`=NQP.MALMQUIST_LUENBERGER(${UNIT_COL},${YEAR_COL},${INPUTS},${GOOD},${BAD},"global","sbm")`)]],
    spill: { rows: 1 + G_ROWS, cols: 6 },
    numberFormat: YEARS_4,
  },
  {
    at: `L${G_FIRST + G_ROWS + 1}`,
    role: 'note',
    cells: [
      [t('ML: the GML index; EC: efficiency change (catching up with the year\'s own frontier); TC: technical change (the frontier moving towards the global best practice). Above 1: progress.', 'ML 为 GML 指数；EC 为效率变化（追赶当年自身的前沿）；TC 为技术进步（前沿向全局最佳实践推进）。大于 1 表示进步。')],
      [t('The global frontier pools all years: every pair computes, and the yearly indices can be chained.', '全局前沿合并了所有年份：每一对年份都可计算，逐年指数可以连乘。')],
    ],
  },

  // Efficiency by unit and year.
  { at: `S${E_HEAD - 1}`, role: 'heading', cells: [[t('Super-SBM efficiency by unit and year (from column J)', '各单位各年份的超效率 SBM 效率（取自 J 列）')]] },
  { at: `S${E_HEAD}`, role: 'header', cells: [[t('Unit', '单位')]] },
  { at: `T${E_HEAD}`, role: 'output', cells: [YEARS.map((_, y) => formula(pick(`C${panelRow(0, y)}`)))], numberFormat: '0', bold: true },
  { at: `S${E_FIRST}`, role: 'output', cells: column(N, (i) => pick(`B${panelRow(i, 0)}`)), bold: true },
  {
    at: `T${E_FIRST}`,
    role: 'output',
    cells: UNITS.map((_, i) => YEARS.map((_y, y) => formula(pick(`J${panelRow(i, y)}`)))),
    numberFormat: '0.0000',
  },
  { at: `S${E_FIRST + N}`, role: 'label', cells: [[MEAN]], bold: true },
  {
    at: `T${E_FIRST + N}`,
    role: 'output',
    cells: [YEARS.map((_, y) => formula(`=IFERROR(AVERAGE(${yearCol(y)}${E_FIRST}:${yearCol(y)}${E_FIRST + N - 1}),"")`))],
    numberFormat: '0.0000',
  },

  // The cumulative GML.
  {
    at: `S${C_HEAD - 1}`,
    role: 'heading',
    cells: [[t('Cumulative GML by unit: the product of the yearly GML, first year = 1 (for the chart)', '各单位的累积 GML：逐年 GML 的连乘积，首年 = 1（用于图表）')]],
  },
  {
    at: `T${C_HEAD}`,
    role: 'output',
    cells: [[formula(pick(`M${gmlRow(0, 0)}`)), ...Array.from({ length: T - 1 }, (_, k) => formula(pick(`N${gmlRow(0, k)}`)))]],
    numberFormat: '0',
    bold: true,
  },
  { at: `S${C_FIRST}`, role: 'output', cells: column(N, (i) => pick(`L${gmlRow(i, 0)}`)), bold: true },
  {
    at: `T${C_FIRST}`,
    role: 'output',
    cells: UNITS.map((_, i) => [
      formula(`=IF(ISNUMBER(O${gmlRow(i, 0)}),1,"")`),
      ...Array.from({ length: T - 1 }, (_, k) => formula(`=IFERROR(PRODUCT(O${gmlRow(i, 0)}:O${gmlRow(i, k)}),"")`)),
    ]),
    numberFormat: '0.0000',
  },
  {
    at: `Z${C_HEAD}`,
    role: 'header',
    cells: [[t('GML, geometric mean', 'GML 几何平均'), t('EC, geometric mean', 'EC 几何平均'), t('TC, geometric mean', 'TC 几何平均')]],
  },
  {
    at: `Z${C_FIRST}`,
    role: 'output',
    cells: UNITS.map((_, i) => ['O', 'P', 'Q'].map((c) => formula(`=IFERROR(GEOMEAN(${c}${gmlRow(i, 0)}:${c}${gmlRow(i, T - 2)}),"")`))),
    numberFormat: '0.0000',
  },
  {
    at: `S${C_FIRST + N}`,
    role: 'note',
    cells: [[t(`The last column (${LAST_YEAR_COL}) is each unit's GML from ${YEARS[0]} to ${YEARS[T - 1]}: above 1, green productivity rose over the period.`, `最后一列（${LAST_YEAR_COL}）为各单位 ${YEARS[0]} 年至 ${YEARS[T - 1]} 年的 GML：大于 1 表示绿色生产率在此期间提高。`)]],
  },
  ...about.blocks,
];

export const greenTfp: TemplateDef = {
  id: 'green-tfp',
  title: t('Green TFP', '绿色全要素生产率'),
  description: t(
    'A long panel of provinces with capital, labour, energy, GDP, CO₂ and SO₂: super-SBM efficiency with undesirable outputs by year, the global Malmquist–Luenberger (GML) index split into efficiency change and technical change, and the cumulative GML per unit with a line chart.',
    '包含资本、劳动、能源、GDP、二氧化碳和二氧化硫的省级长面板：逐年含非期望产出的超效率 SBM 效率、分解为效率变化与技术进步的全局 Malmquist–Luenberger（GML）指数，以及各单位的累积 GML 与折线图。',
  ),
  glossary: [
    'green-tfp',
    'sbm',
    'undesirable-output',
    'super-efficiency',
    'global-malmquist-luenberger',
    'malmquist-luenberger',
    'efficiency-change',
    'technical-change',
    'directional-distance-function',
    'weak-disposability',
    'strong-disposability',
    'tfp',
    'green-transformation',
  ],
  sample: 'illustrative',
  sheets: [
    {
      name: t('NQP Green TFP', 'NQP 绿色全要素生产率'),
      widths: {
        A: 12,
        B: 70,
        C: 45,
        D: 95,
        E: 80,
        F: 80,
        G: 85,
        H: 75,
        I: 75,
        J: 110,
        K: 16,
        L: 70,
        M: 45,
        N: 45,
        O: 60,
        P: 60,
        Q: 60,
        R: 16,
        S: 80,
        ...Object.fromEntries(Array.from({ length: T }, (_, y) => [yearCol(y), 55])),
        Z: 80,
        AA: 80,
        AB: 80,
        AC: 16,
      },
      freezeRows: P_HEAD,
      blocks,
      charts: [
        {
          type: 'LineMarkers',
          source: `S${C_HEAD}:${LAST_YEAR_COL}${C_HEAD + N}`,
          seriesBy: 'Rows',
          title: t('Cumulative GML by unit (first year = 1)', '各单位累积 GML（首年 = 1）'),
          from: `S${CHART_TOP}`,
          to: `AB${CHART_TOP + 20}`,
        },
      ],
    },
  ],
};
