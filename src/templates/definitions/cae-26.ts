/**
 * Template 2: the 26 representative manufacturing industries of the Chinese
 * Academy of Engineering's 2019 comparison with the world frontier: their
 * published status classes, the analyst's own trade data → DEPENDENCE_RATIO →
 * SECURITY_LEVEL, and the shares against Huang's 40/60 and 60/40 summary.
 *
 * CAE published only the NUMBER of industries in each security class, never
 * which ones: no security class is prefilled for any industry, and the trade
 * inputs are left empty for the analyst's own data.
 */
import { CAE_SECURITY_CLASSES, CAE_STATUS_CLASSES } from '../../data/cae-classes';
import { type Block, type CellContent, type TemplateDef, formula, t } from '../model';
import { FRAMEWORK_SOURCE, aboutBlocks, titleBlocks } from './common';

/** The 26 industries by status class, as published (shared/data/cae-26-industries.json). */
export const CAE_INDUSTRIES: readonly { status: string; en: string; zh: string }[] = [
  { status: 'world-leading', en: 'Communication equipment', zh: '通信设备' },
  { status: 'world-leading', en: 'Advanced rail transit equipment', zh: '先进轨道交通装备' },
  { status: 'world-leading', en: 'Power transmission and transformation equipment', zh: '输变电装备' },
  { status: 'world-leading', en: 'Textiles', zh: '纺织' },
  { status: 'world-leading', en: 'Household appliances', zh: '家电' },
  { status: 'world-advanced', en: 'Aerospace equipment', zh: '航天装备' },
  { status: 'world-advanced', en: 'New-energy vehicles', zh: '新能源汽车' },
  { status: 'world-advanced', en: 'Power generation equipment', zh: '发电装备' },
  { status: 'world-advanced', en: 'Steel', zh: '钢铁' },
  { status: 'world-advanced', en: 'Petrochemicals', zh: '石化' },
  { status: 'world-advanced', en: 'Building materials', zh: '建材' },
  { status: 'large-gap', en: 'Aircraft', zh: '飞机' },
  { status: 'large-gap', en: 'Airborne equipment and systems', zh: '航空机载设备及系统' },
  { status: 'large-gap', en: 'High-end CNC machine tools and basic manufacturing equipment', zh: '高档数控机床与基础制造装备' },
  { status: 'large-gap', en: 'Robots', zh: '机器人' },
  { status: 'large-gap', en: 'High-tech ships and marine engineering equipment', zh: '高技术船舶与海洋工程装备' },
  { status: 'large-gap', en: 'Energy-saving vehicles', zh: '节能汽车' },
  { status: 'large-gap', en: 'High-performance medical devices', zh: '高性能医疗器械' },
  { status: 'large-gap', en: 'New materials', zh: '新材料' },
  { status: 'large-gap', en: 'Biomedicine', zh: '生物医药' },
  { status: 'large-gap', en: 'Food', zh: '食品' },
  { status: 'huge-gap', en: 'Integrated circuits and special equipment', zh: '集成电路及专用设备' },
  { status: 'huge-gap', en: 'Operating systems and industrial software', zh: '操作系统与工业软件' },
  { status: 'huge-gap', en: 'Core information equipment for smart manufacturing', zh: '智能制造核心信息设备' },
  { status: 'huge-gap', en: 'Aero-engines', zh: '航空发动机' },
  { status: 'huge-gap', en: 'Agricultural equipment', zh: '农业装备' },
];

export const CAE_SOURCE = t(
  'Source of the industries and status classes: Chinese Academy of Engineering comparison of 26 representative manufacturing industries with the world frontier, presented by Zhou Ji (former CAE president) at the 2019 National Manufacturing Power Construction Expert Forum, Ningbo, 15 Oct 2019; reported by 21st Century Business Herald, 16 Oct 2019.',
  '行业及地位分类来源：中国工程院对 26 类代表性制造业与世界先进水平的对比，周济（中国工程院原院长）于 2019 年 10 月 15 日在宁波“2019 国家制造强国建设专家论坛”上发布；《21 世纪经济报道》2019 年 10 月 16 日报道。',
);

export const CAE_CAVEAT = t(
  'No security class is filled in for any industry: CAE published only how many industries fall in each security class (6 / 10 / 2 / 8), not which ones. The security column is computed from YOUR imports, output and exports.',
  '本表未给任何行业预填安全等级：中国工程院只公布了各安全等级的行业数量（6 / 10 / 2 / 8），未公布具体行业。安全等级一列由您填写的进口、产出和出口计算得出。',
);

const statusLabel = (id: string) => {
  const c = CAE_STATUS_CLASSES.find((x) => x.id === id);
  if (!c) throw new Error(`unknown CAE status class ${id}`);
  return t(c.en, c.zh);
};

const N = CAE_INDUSTRIES.length; // 26, rows 5–30
const FIRST = 5;
const LAST = FIRST + N - 1;
const range = (col: string): string => `${col}${FIRST}:${col}${LAST}`;

/** Status classes from the leaders down, security classes from the least dependent. */
const STATUS_ORDER = ['world-leading', 'world-advanced', 'large-gap', 'huge-gap'];
const STATUS_TOP = 10; // K10:K13
const SECURITY_TOP = 17; // K17:K20
const BENCH_TOP = 24; // K24:K27

const securityLabel = (i: number) => t(CAE_SECURITY_CLASSES[i].en, CAE_SECURITY_CLASSES[i].zh);

const yourCount = `SUM($N$${SECURITY_TOP}:$N$${SECURITY_TOP + 3})`;

const about = aboutBlocks(`B${LAST + 6}`, {
  purpose: t(
    'Purpose: review the 26 representative manufacturing industries of the CAE 2019 assessment: their published status against the world frontier, and their supply-chain security measured from your own trade data, set against the "about 40% leading or advanced, 60% behind; about 60% relatively secure, 40% highly dependent" summary (Huang 2024).',
    '用途：审视中国工程院 2019 年评估的 26 类代表性制造业：已公布的与世界先进水平相比的地位，以及由您自己的贸易数据测算的产业链安全状况，并与“约 40% 领先或先进、60% 落后；约 60% 相对安全、40% 高度依赖”的概括（黄群慧，2024）对照。',
  ),
  steps: [
    t('For each industry, enter imports, domestic output and exports in the same unit and year (E5:G30).', '为每个行业在 E5:G30 填入同一单位、同一年份的进口、国内产出和出口。'),
    t('Column H computes the import dependence M / (Q + M − X); column I its security class.', 'H 列计算进口依存度 M / (Q + M − X)；I 列给出安全等级。'),
    t('Adjust the three cut points in L6:N6 if your study uses others (the defaults are an illustrative convention; CAE published none).', '如研究采用其他分界点，可修改 L6:N6 的三个分界点（默认值只是示意性约定，中国工程院未公布分界点）。'),
    t('The tables on the right compare the shares with the CAE counts and the 40/60 and 60/40 benchmarks.', '右侧表格将各类占比与中国工程院公布的数量以及 40/60、60/40 基准进行比较。'),
  ],
  functions: t(
    'Functions: NQP.DEPENDENCE_RATIO (import dependence), NQP.SECURITY_LEVEL (the four CAE security classes); Excel COUNTIF.',
    '函数：NQP.DEPENDENCE_RATIO（进口依存度）、NQP.SECURITY_LEVEL（中国工程院四类安全等级）；Excel 的 COUNTIF。',
  ),
  sources: [CAE_SOURCE, FRAMEWORK_SOURCE],
  sample: 'empty',
});

const share = (countCell: string): CellContent => formula(`=${countCell}/${N}`);

const blocks: Block[] = [
  ...titleBlocks(t('26 representative industries: status and security', '26 类代表性制造业：地位与安全')),
  {
    at: 'B4',
    role: 'header',
    cells: [
      [
        t('No.', '序号'),
        t('Industry', '行业'),
        t('CAE status class (2019)', '中国工程院地位分类（2019）'),
        t('Imports M', '进口 M'),
        t('Output Q', '产出 Q'),
        t('Exports X', '出口 X'),
      ],
    ],
  },
  {
    at: `B${FIRST}`,
    role: 'label',
    cells: CAE_INDUSTRIES.map((ind, i) => [i + 1, t(ind.en, ind.zh), statusLabel(ind.status)]),
  },
  {
    at: `E${FIRST}`,
    role: 'input',
    cells: CAE_INDUSTRIES.map(() => [null, null, null]),
    numberFormat: '#,##0.0',
    validation: {
      kind: 'decimal',
      min: 0,
      message: t('Enter your data: a value ≥ 0, in the same unit and year for the whole row.', '请输入您的数据：≥ 0 的数值，同一行使用相同单位和年份。'),
    },
  },
  {
    at: 'H4',
    role: 'header',
    cells: [[t('Dependence M/(Q+M−X)', '进口依存度 M/(Q+M−X)'), t('Security class (your data)', '安全等级（您的数据）')]],
  },
  {
    at: `H${FIRST}`,
    role: 'output',
    cells: [[formula(`=NQP.DEPENDENCE_RATIO(${range('E')},${range('F')},${range('G')})`)]],
    spill: { rows: N, cols: 1 },
    numberFormat: '0.0%',
  },
  {
    at: `I${FIRST}`,
    role: 'output',
    cells: [[formula((lang) => `=NQP.SECURITY_LEVEL(${range('H')},$L$6:$N$6,"${lang}")`)]],
    spill: { rows: N, cols: 1 },
  },
  { at: `B${LAST + 2}`, role: 'source', cells: [[CAE_SOURCE]] },
  { at: `B${LAST + 3}`, role: 'note', cells: [[CAE_CAVEAT]] },

  // Cut points of SECURITY_LEVEL.
  { at: 'K4', role: 'heading', cells: [[t('Security cut points (illustrative)', '安全等级分界点（示意）')]] },
  {
    at: 'K5',
    role: 'header',
    cells: [[t('Cut points of dependence', '依存度分界点'), t('1st cut point', '第 1 个分界点'), t('2nd cut point', '第 2 个分界点'), t('3rd cut point', '第 3 个分界点')]],
  },
  { at: 'K6', role: 'label', cells: [[t('at or above', '不低于')]] },
  {
    at: 'L6',
    role: 'input',
    cells: [[0.1, 0.3, 0.5]],
    numberFormat: '0%',
    validation: { kind: 'decimal', min: 0, max: 1, message: t('Enter your data: three ascending cut points between 0 and 1.', '请输入您的数据：0 到 1 之间递增的三个分界点。') },
  },
  {
    at: 'K7',
    role: 'note',
    cells: [
      [
        t(
          'Dependence below the 1st cut point: the least dependent class; from the 3rd: the most dependent. An illustrative convention of the add-in, not CAE\'s: CAE published no thresholds.',
          '依存度低于第 1 个分界点为依赖程度最低的一档，达到第 3 个分界点为最高的一档。这是本加载项的示意性约定，并非中国工程院标准：中国工程院未公布分界点。',
        ),
      ],
    ],
  },

  // Status: the published classes.
  {
    at: `K${STATUS_TOP - 1}`,
    role: 'header',
    cells: [[t('Status class', '地位分类'), t('Industries (CAE 2019)', '行业数（工程院 2019）'), t('Share of 26', '占 26 类比重')]],
  },
  { at: `K${STATUS_TOP}`, role: 'label', cells: STATUS_ORDER.map((id) => [statusLabel(id)]) },
  {
    at: `L${STATUS_TOP}`,
    role: 'output',
    cells: STATUS_ORDER.map((_, i) => [formula(`=COUNTIF($D$${FIRST}:$D$${LAST},K${STATUS_TOP + i})`)]),
    numberFormat: '0',
  },
  { at: `M${STATUS_TOP}`, role: 'output', cells: STATUS_ORDER.map((_, i) => [share(`L${STATUS_TOP + i}`)]), numberFormat: '0.0%' },

  // Security: published counts (no industry names) and the analyst's own.
  {
    at: `K${SECURITY_TOP - 1}`,
    role: 'header',
    cells: [
      [
        t('Security class', '安全等级'),
        t('Industries (CAE 2019, counts only)', '行业数（工程院 2019，仅数量）'),
        t('Share of 26', '占 26 类比重'),
        t('Your data: industries', '您的数据：行业数'),
        t('Your data: share', '您的数据：比重'),
      ],
    ],
  },
  { at: `K${SECURITY_TOP}`, role: 'label', cells: CAE_SECURITY_CLASSES.map((_, i) => [securityLabel(i)]) },
  { at: `L${SECURITY_TOP}`, role: 'label', cells: CAE_SECURITY_CLASSES.map((c) => [c.count]) },
  { at: `M${SECURITY_TOP}`, role: 'output', cells: CAE_SECURITY_CLASSES.map((_, i) => [share(`L${SECURITY_TOP + i}`)]), numberFormat: '0.0%' },
  {
    at: `N${SECURITY_TOP}`,
    role: 'output',
    cells: CAE_SECURITY_CLASSES.map((_, i) => [formula(`=COUNTIF($I$${FIRST}:$I$${LAST},K${SECURITY_TOP + i})`)]),
    numberFormat: '0',
  },
  {
    at: `O${SECURITY_TOP}`,
    role: 'output',
    cells: CAE_SECURITY_CLASSES.map((_, i) => [formula(`=IF(${yourCount}=0,"",N${SECURITY_TOP + i}/${yourCount})`)]),
    numberFormat: '0.0%',
  },

  // The article's benchmarks.
  {
    at: `K${BENCH_TOP - 1}`,
    role: 'header',
    cells: [[t('Share of the 26 industries', '26 类行业中的占比'), t('Huang (2024): about', '黄群慧（2024）：约'), t('CAE 2019', '工程院 2019'), t('Your data', '您的数据')]],
  },
  {
    at: `K${BENCH_TOP}`,
    role: 'label',
    cells: [
      [t('Leading or advanced', '领先或先进'), 0.4],
      [t('Behind (large or huge gap)', '落后（差距大或巨大）'), 0.6],
      [t('Relatively secure (autonomous or secure and controllable)', '相对安全（自主可控或安全可控）'), 0.6],
      [t('Highly dependent (high or extremely high dependence)', '高度依赖（对外依赖度高或极高）'), 0.4],
    ],
    numberFormat: '0%',
  },
  {
    at: `M${BENCH_TOP}`,
    role: 'output',
    cells: [
      [formula(`=M${STATUS_TOP}+M${STATUS_TOP + 1}`), formula('=""')],
      [formula(`=M${STATUS_TOP + 2}+M${STATUS_TOP + 3}`), formula('=""')],
      [formula(`=M${SECURITY_TOP}+M${SECURITY_TOP + 1}`), formula(`=IF(${yourCount}=0,"",O${SECURITY_TOP}+O${SECURITY_TOP + 1})`)],
      [formula(`=M${SECURITY_TOP + 2}+M${SECURITY_TOP + 3}`), formula(`=IF(${yourCount}=0,"",O${SECURITY_TOP + 2}+O${SECURITY_TOP + 3})`)],
    ],
    numberFormat: '0.0%',
  },
  {
    at: `K${BENCH_TOP + 4}`,
    role: 'note',
    cells: [[t('Status is not computed from your data (use NQP.STATUS_LEVEL with frontier ratios for that).', '地位分类不由您的数据计算（如需计算，可用 NQP.STATUS_LEVEL 和与前沿的比值）。')]],
  },
  ...about.blocks,
];

export const cae26: TemplateDef = {
  id: 'cae-26-industries',
  title: t('26 industries: status and security', '26 类行业：地位与安全'),
  description: t(
    'The CAE 2019 list of 26 representative manufacturing industries with their published status classes; your imports, output and exports give each one\'s import dependence and security class, compared with the 40/60 and 60/40 benchmarks.',
    '中国工程院 2019 年 26 类代表性制造业及其已公布的地位分类；由您的进口、产出和出口计算各行业的进口依存度和安全等级，并与 40/60、60/40 基准比较。',
  ),
  glossary: ['cae-status-class', 'chain-security', 'external-dependence', 'apparent-consumption', 'security'],
  sample: 'empty',
  sheets: [
    {
      name: t('NQP 26 industries', 'NQP 26 类行业'),
      widths: { A: 12, B: 36, C: 250, D: 130, E: 80, F: 80, G: 80, H: 105, I: 170, J: 16, K: 260, L: 110, M: 100, N: 110, O: 100 },
      freezeRows: 4,
      blocks,
      tables: [`B4:G${LAST}`],
      charts: [
        {
          type: 'ColumnClustered',
          source: `K${BENCH_TOP - 1}:N${BENCH_TOP + 3}`,
          seriesBy: 'Columns',
          title: t('Shares of the 26 industries: benchmarks, CAE 2019 and your data', '26 类行业占比：基准、工程院 2019 与您的数据'),
          from: `K${BENCH_TOP + 6}`,
          to: `O${BENCH_TOP + 24}`,
          min: 0,
          max: 1,
        },
      ],
    },
  ],
};
