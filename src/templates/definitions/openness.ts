/**
 * Template 6: openness and dependence. Economy-wide trade openness,
 * competitiveness and GVC participation; per product group the trade
 * competitiveness index, revealed comparative advantage, import dependence
 * and self-sufficiency; the concentration (HHI) of one product's import
 * sources; a bar chart of RCA.
 */
import { type Block, type TemplateDef, formula, t } from '../model';
import { FRAMEWORK_SOURCE, aboutBlocks, titleBlocks } from './common';

/** Illustrative product groups of a fictional economy: exports, imports, world exports of the product, domestic output. */
const PRODUCTS: [string, string, number[]][] = [
  ['Electrical machinery and electronics', '机电与电子产品', [950, 720, 5200, 4200]],
  ['Machinery', '机械设备', [520, 260, 2600, 3100]],
  ['Transport equipment', '运输设备', [210, 190, 2100, 2300]],
  ['Chemicals', '化工产品', [260, 300, 2400, 2900]],
  ['Textiles and clothing', '纺织服装', [310, 40, 900, 1500]],
  ['Metals', '金属制品', [220, 130, 1500, 2600]],
  ['Agricultural products', '农产品', [90, 210, 1700, 2200]],
  ['Mineral fuels', '矿物燃料', [60, 420, 2300, 1300]],
];

const SOURCES: [string, string, number][] = [
  ['Partner 1', '伙伴 1', 180],
  ['Partner 2', '伙伴 2', 140],
  ['Partner 3', '伙伴 3', 120],
  ['Partner 4', '伙伴 4', 90],
  ['Partner 5', '伙伴 5', 60],
  ['Partner 6', '伙伴 6', 40],
];

const N = PRODUCTS.length;
const P_HEAD = 13;
const FIRST = P_HEAD + 1; // 14
const LAST = FIRST + N - 1; // 21
const S_HEAD = LAST + 4; // 25
const S_FIRST = S_HEAD + 1;
const S_LAST = S_FIRST + SOURCES.length - 1;
const r = (c: string): string => `${c}${FIRST}:${c}${LAST}`;

const about = aboutBlocks('N4', {
  purpose: t(
    'Purpose: measure the openness aspect of the industrial system and the external dependence that comes with it: how open the economy is, where it has a comparative advantage, how much it relies on imports for each product group, and how concentrated the sources of a key import are.',
    '用途：衡量产业体系的开放性及随之而来的对外依赖：经济的开放程度、比较优势所在、各产品组对进口的依赖程度，以及关键进口产品来源的集中程度。',
  ),
  steps: [
    t('Enter the economy-wide totals in C5:C10 (same currency and year throughout).', '在 C5:C10 填入全经济总量（统一货币和年份）。'),
    t('Enter each product group\'s exports, imports, world exports and domestic output in C14:F21.', '在 C14:F21 填入各产品组的出口、进口、世界出口和国内产出。'),
    t('Enter the imports of one key product by source country in C26:C31.', '在 C26:C31 填入某一关键产品按来源国划分的进口额。'),
  ],
  functions: t(
    'Functions: NQP.TRADE_OPENNESS, NQP.TRADE_COMPETITIVENESS, NQP.GVC_PARTICIPATION, NQP.RCA (Balassa), NQP.DEPENDENCE_RATIO, NQP.SELF_SUFFICIENCY, NQP.HHI.',
    '函数：NQP.TRADE_OPENNESS、NQP.TRADE_COMPETITIVENESS、NQP.GVC_PARTICIPATION、NQP.RCA（Balassa）、NQP.DEPENDENCE_RATIO、NQP.SELF_SUFFICIENCY、NQP.HHI。',
  ),
  sources: [
    FRAMEWORK_SOURCE,
    t('Methods: Balassa (1965) for RCA; Koopman, Wang and Wei (2014) for GVC participation and position.', '方法：显示性比较优势见 Balassa（1965）；全球价值链参与度与地位见 Koopman、Wang 和 Wei（2014）。'),
  ],
  sample: 'illustrative',
});

const blocks: Block[] = [
  ...titleBlocks(t('Openness and external dependence', '开放性与对外依赖')),
  { at: 'B4', role: 'heading', cells: [[t('Economy-wide', '全经济')]] },
  {
    at: 'B5',
    role: 'label',
    cells: [
      [t('Total exports X', '出口总额 X')],
      [t('Total imports M', '进口总额 M')],
      [t('GDP', '国内生产总值 GDP')],
      [t('World total exports', '世界出口总额')],
      [t('Foreign value added in gross exports (FVA)', '出口中的国外增加值（FVA）')],
      [t('Domestic value added in partners\' exports (DVX)', '伙伴国出口中的本国增加值（DVX）')],
    ],
    bold: true,
  },
  {
    at: 'C5',
    role: 'input',
    sample: true,
    cells: [[3500], [2800], [17000], [24000], [560], [630]],
    numberFormat: '#,##0',
    validation: { kind: 'decimal', min: 0, message: t('Enter your data: a value ≥ 0.', '请输入您的数据：≥ 0 的数值。') },
  },
  {
    at: 'E5',
    role: 'label',
    cells: [
      [t('Trade openness (X + M) / GDP', '贸易开放度 (X + M) / GDP')],
      [t('Trade competitiveness (X − M) / (X + M)', '贸易竞争力 (X − M) / (X + M)')],
      [t('GVC participation (FVA + DVX) / X', '全球价值链参与度 (FVA + DVX) / X')],
      [t('GVC backward participation FVA / X', '后向参与度 FVA / X')],
      [t('GVC forward participation DVX / X', '前向参与度 DVX / X')],
      [t('GVC position', '全球价值链地位指数')],
    ],
    bold: true,
  },
  {
    at: 'F5',
    role: 'output',
    cells: [
      [formula('=NQP.TRADE_OPENNESS(C5,C6,C7)')],
      [formula('=NQP.TRADE_COMPETITIVENESS(C5,C6)')],
      [formula('=NQP.GVC_PARTICIPATION(C9,C10,C5)')],
      [formula('=NQP.GVC_PARTICIPATION(C9,C10,C5,"backward")')],
      [formula('=NQP.GVC_PARTICIPATION(C9,C10,C5,"forward")')],
      [formula('=NQP.GVC_PARTICIPATION(C9,C10,C5,"position")')],
    ],
    numberFormat: '0.000',
  },

  // Product groups.
  { at: `B${P_HEAD - 1}`, role: 'heading', cells: [[t('By product group', '按产品组')]] },
  {
    at: `B${P_HEAD}`,
    role: 'header',
    cells: [[t('Product group', '产品组'), t('Exports X', '出口 X'), t('Imports M', '进口 M'), t('World exports of the product', '该产品世界出口'), t('Domestic output Q', '国内产出 Q')]],
  },
  { at: `B${FIRST}`, role: 'input', sample: true, cells: PRODUCTS.map(([en, zh]) => [t(en, zh)]), bold: true },
  {
    at: `C${FIRST}`,
    role: 'input',
    sample: true,
    cells: PRODUCTS.map(([, , v]) => v),
    numberFormat: '#,##0',
    validation: { kind: 'decimal', min: 0, message: t('Enter your data: a value ≥ 0.', '请输入您的数据：≥ 0 的数值。') },
  },
  {
    at: `H${P_HEAD}`,
    role: 'header',
    cells: [[t('Product group', '产品组'), t('RCA', '显示性比较优势 RCA'), t('Trade competitiveness', '贸易竞争力指数'), t('Import dependence M/(Q+M−X)', '进口依存度 M/(Q+M−X)'), t('Self-sufficiency Q/(Q+M−X)', '自给率 Q/(Q+M−X)')]],
  },
  { at: `H${FIRST}`, role: 'output', cells: PRODUCTS.map((_, i) => [formula(`=B${FIRST + i}`)]) },
  {
    at: `I${FIRST}`,
    role: 'output',
    cells: [[formula(`=NQP.RCA(${r('C')},$C$5,${r('E')},$C$8)`)]],
    spill: { rows: N, cols: 1 },
    numberFormat: '0.00',
  },
  {
    at: `J${FIRST}`,
    role: 'output',
    cells: [[formula(`=NQP.TRADE_COMPETITIVENESS(${r('C')},${r('D')})`)]],
    spill: { rows: N, cols: 1 },
    numberFormat: '0.00',
  },
  {
    at: `K${FIRST}`,
    role: 'output',
    cells: [[formula(`=NQP.DEPENDENCE_RATIO(${r('D')},${r('F')},${r('C')})`)]],
    spill: { rows: N, cols: 1 },
    numberFormat: '0.0%',
  },
  {
    at: `L${FIRST}`,
    role: 'output',
    cells: [[formula(`=NQP.SELF_SUFFICIENCY(${r('F')},${r('D')},${r('C')})`)]],
    spill: { rows: N, cols: 1 },
    numberFormat: '0.0%',
  },

  // Import sources of one key product.
  { at: `B${S_HEAD - 1}`, role: 'heading', cells: [[t('Import sources of one key product', '某一关键产品的进口来源')]] },
  { at: `B${S_HEAD}`, role: 'header', cells: [[t('Source', '来源'), t('Imports from it', '自该来源进口额')]] },
  { at: `B${S_FIRST}`, role: 'input', sample: true, cells: SOURCES.map(([en, zh, v]) => [t(en, zh), v]), numberFormat: '#,##0' },
  {
    at: `E${S_FIRST}`,
    role: 'label',
    cells: [[t('HHI of import sources (1/N … 1)', '进口来源 HHI（1/N … 1）')], [t('Normalised HHI (0 … 1)', '标准化 HHI（0 … 1）')]],
    bold: true,
  },
  {
    at: `F${S_FIRST}`,
    role: 'output',
    cells: [[formula(`=NQP.HHI(C${S_FIRST}:C${S_LAST})`)], [formula(`=NQP.HHI(C${S_FIRST}:C${S_LAST},TRUE)`)]],
    numberFormat: '0.000',
  },
  ...about.blocks,
];

export const openness: TemplateDef = {
  id: 'openness-dependence',
  title: t('Openness and dependence', '开放性与对外依赖'),
  description: t(
    'Trade flows → trade openness, RCA, trade competitiveness, GVC participation and position, import dependence and self-sufficiency by product group, and the HHI of import sources, with a bar chart of RCA.',
    '由贸易流量计算贸易开放度、显示性比较优势、贸易竞争力、全球价值链参与度与地位、各产品组进口依存度与自给率，以及进口来源 HHI，并绘制 RCA 条形图。',
  ),
  glossary: ['openness', 'trade-openness', 'rca', 'trade-competitiveness', 'gvc-participation', 'external-dependence', 'hhi'],
  sample: 'illustrative',
  sheets: [
    {
      name: t('NQP Openness', 'NQP 开放性'),
      widths: { A: 12, B: 250, C: 90, D: 90, E: 200, F: 100, G: 16, H: 220, I: 90, J: 110, K: 130, L: 130, M: 16 },
      freezeRows: 2,
      blocks,
      charts: [
        {
          type: 'BarClustered',
          source: `H${P_HEAD}:I${LAST}`,
          seriesBy: 'Columns',
          title: t('Revealed comparative advantage by product group (1 = world average)', '各产品组显示性比较优势（1 = 世界平均）'),
          from: `H${S_HEAD - 1}`,
          to: `L${S_HEAD + 16}`,
          reverseCategories: true,
        },
      ],
    },
  ],
};
