/**
 * Template 1: the six-aspect assessment of the modernized industrial system
 * (Huang 2024): units × the six aspect scores, weights, the composite
 * (SIX_ASPECT_SCORE), a rank, the weakest aspect, and a radar chart of a
 * chosen unit against the average.
 */
import { type Block, type TemplateDef, formula, t } from '../model';
import { FRAMEWORK_SOURCE, aboutBlocks, titleBlocks } from './common';

export const SIX_ASPECT_LABELS = [
  t('Advanced quality', '先进性'),
  t('Synergy', '协同性'),
  t('Completeness', '完整性'),
  t('Security', '安全性'),
  t('Openness', '开放性'),
  t('Inclusiveness', '包容性'),
];

/** Fictional regions and illustrative scores (0–100), not real statistics. */
const SAMPLE: [string, string, number[]][] = [
  ['Region A', '地区 A', [78, 64, 82, 58, 71, 66]],
  ['Region B', '地区 B', [62, 70, 75, 66, 64, 57]],
  ['Region C', '地区 C', [85, 72, 68, 49, 80, 61]],
  ['Region D', '地区 D', [54, 58, 88, 74, 46, 69]],
  ['Region E', '地区 E', [69, 81, 71, 63, 67, 77]],
  ['Region F', '地区 F', [41, 52, 60, 71, 45, 58]],
  ['Region G', '地区 G', [73, 66, 79, 55, 75, 63]],
  ['Region H', '地区 H', [58, 61, 49, 68, 62, 80]],
  ['Region I', '地区 I', [81, 75, 84, 62, 77, 70]],
  ['Region J', '地区 J', [51, 42, 66, 59, 48, 55]],
];

const N = SAMPLE.length; // units: rows 5–14
const FIRST = 5;
const LAST = FIRST + N - 1;
const DATA = `C${FIRST}:H${LAST}`;
const WEIGHTS_ROW = LAST + 2; // 16
const AVERAGE_ROW = WEIGHTS_ROW + 1; // 17
const CHOOSER_ROW = AVERAGE_ROW + 3; // 20
const CHART_ROW = CHOOSER_ROW + 2; // 22
const COLS = ['C', 'D', 'E', 'F', 'G', 'H'];

const about = aboutBlocks('N4', {
  purpose: t(
    'Purpose: score industries or regions on the six aspects of a modernized industrial system (advanced quality, synergy, completeness, security, openness, inclusiveness), combine them, rank the units and find each one\'s weakest aspect ("short board").',
    '用途：从现代化产业体系的六个方面（先进性、协同性、完整性、安全性、开放性、包容性）为行业或地区打分，加权合成、排序，并找出每个单位的最弱方面（“短板”）。',
  ),
  steps: [
    t('Enter one unit per row (B5:B14) and its six aspect scores on a common 0–100 scale (C5:H14).', '每行一个单位（B5:B14），在 C5:H14 填入六个方面的得分（统一的 0–100 分制）。'),
    t('Set the weights in C16:H16 (any non-negative numbers; they are rescaled to sum to 1).', '在 C16:H16 设置权重（任意非负数，自动归一化为合计 1）。'),
    t('Pick the unit to show in the radar chart in C20.', '在 C20 选择要在雷达图中显示的单位。'),
    t('A blank score is left out while the present weights cover at least 65%; below that the unit shows #N/A.', '空白得分不参与计算，只要其余权重合计不低于 65%；否则该单位显示 #N/A。'),
  ],
  functions: t(
    'Functions: NQP.SIX_ASPECT_SCORE (weighted composite), NQP.WEAKEST_ASPECT (lowest aspect); Excel RANK.EQ, AVERAGE, INDEX/MATCH.',
    '函数：NQP.SIX_ASPECT_SCORE（加权综合得分）、NQP.WEAKEST_ASPECT（最弱方面）；Excel 的 RANK.EQ、AVERAGE、INDEX/MATCH。',
  ),
  sources: [FRAMEWORK_SOURCE],
  sample: 'illustrative',
});

const blocks: Block[] = [
  ...titleBlocks(t('Six-aspect assessment of the modernized industrial system', '现代化产业体系六个方面评估')),
  // The input table: units × six aspects.
  {
    at: 'B4',
    role: 'header',
    cells: [[t('Unit', '单位'), ...SIX_ASPECT_LABELS]],
  },
  { at: `B${FIRST}`, role: 'input', sample: true, cells: SAMPLE.map(([en, zh]) => [t(en, zh)]), bold: true },
  {
    at: `C${FIRST}`,
    role: 'input',
    sample: true,
    cells: SAMPLE.map(([, , v]) => v),
    numberFormat: '0.0',
    validation: { kind: 'decimal', min: 0, max: 100, message: t('Enter your data: a score from 0 to 100.', '请输入您的数据：0–100 的得分。') },
  },
  // Outputs beside the table.
  {
    at: 'J4',
    role: 'header',
    cells: [[t('Six-aspect score', '六方面综合得分'), t('Rank', '排名'), t('Weakest aspect', '最弱方面')]],
  },
  {
    at: `J${FIRST}`,
    role: 'output',
    cells: [[formula(`=NQP.SIX_ASPECT_SCORE(${DATA},C${WEIGHTS_ROW}:H${WEIGHTS_ROW})`)]],
    spill: { rows: N, cols: 1 },
    numberFormat: '0.0',
  },
  {
    at: `K${FIRST}`,
    role: 'output',
    cells: Array.from({ length: N }, (_, i) => [formula(`=IFERROR(RANK.EQ(J${FIRST + i},$J$${FIRST}:$J$${LAST}),"")`)]),
    numberFormat: '0',
  },
  {
    at: `L${FIRST}`,
    role: 'output',
    cells: [[formula((lang) => `=NQP.WEAKEST_ASPECT(${DATA},,"${lang}")`)]],
    spill: { rows: N, cols: 1 },
  },
  // Weights and the average.
  { at: `B${WEIGHTS_ROW}`, role: 'label', cells: [[t('Weights', '权重')]], bold: true },
  {
    at: `C${WEIGHTS_ROW}`,
    role: 'input',
    cells: [[1, 1, 1, 1, 1, 1]],
    numberFormat: '0.00',
    validation: { kind: 'decimal', min: 0, message: t('Enter your data: a weight ≥ 0 (rescaled to sum to 1).', '请输入您的数据：权重 ≥ 0（自动归一化）。') },
  },
  { at: `B${AVERAGE_ROW}`, role: 'label', cells: [[t('Average of the units', '各单位平均')]], bold: true },
  {
    at: `C${AVERAGE_ROW}`,
    role: 'output',
    cells: [COLS.map((c) => formula(`=IFERROR(AVERAGE(${c}${FIRST}:${c}${LAST}),"")`))],
    numberFormat: '0.0',
  },
  {
    at: `J${AVERAGE_ROW}`,
    role: 'output',
    cells: [[formula(`=IFERROR(AVERAGE(J${FIRST}:J${LAST}),"")`)]],
    numberFormat: '0.0',
  },
  // The radar: a chosen unit against the average.
  { at: `B${CHOOSER_ROW - 1}`, role: 'heading', cells: [[t('Radar chart: one unit against the average', '雷达图：单个单位与平均水平对比')]] },
  { at: `B${CHOOSER_ROW}`, role: 'label', cells: [[t('Unit to show', '显示的单位')]], bold: true },
  {
    at: `C${CHOOSER_ROW}`,
    role: 'input',
    cells: [[t(SAMPLE[0][0], SAMPLE[0][1])]],
    validation: { kind: 'list', source: `=$B$${FIRST}:$B$${LAST}`, message: t('Choose one of the units in B5:B14.', '从 B5:B14 的单位中选择一个。') },
  },
  { at: `C${CHART_ROW}`, role: 'header', cells: [SIX_ASPECT_LABELS] },
  {
    at: `B${CHART_ROW + 1}`,
    role: 'output',
    cells: [
      [
        formula(`=$C$${CHOOSER_ROW}`),
        ...COLS.map((c) => formula(`=IFERROR(INDEX(${c}$${FIRST}:${c}$${LAST},MATCH($C$${CHOOSER_ROW},$B$${FIRST}:$B$${LAST},0)),"")`)),
      ],
      [t('Average', '平均'), ...COLS.map((c) => formula(`=${c}${AVERAGE_ROW}`))],
    ],
    numberFormat: '0.0',
  },
  ...about.blocks,
];

export const sixAspects: TemplateDef = {
  id: 'six-aspects',
  title: t('Six-aspect assessment', '六个方面评估'),
  description: t(
    'Industries or regions scored on the six aspects of the modernized industrial system: weighted composite, rank, weakest aspect and a radar chart against the average.',
    '按现代化产业体系六个方面为行业或地区评分：加权综合、排名、最弱方面，以及与平均水平对比的雷达图。',
  ),
  glossary: ['six-aspects', 'modernized-industrial-system', 'short-board', 'composite-index'],
  sample: 'illustrative',
  sheets: [
    {
      name: t('NQP Six aspects', 'NQP 六个方面'),
      widths: { A: 12, B: 150, C: 80, D: 80, E: 80, F: 80, G: 80, H: 80, I: 12, J: 100, K: 50, L: 130, M: 20 },
      freezeRows: 4,
      blocks,
      tables: [`B4:H${LAST}`],
      charts: [
        {
          type: 'Radar',
          source: `B${CHART_ROW}:H${CHART_ROW + 2}`,
          seriesBy: 'Rows',
          title: t('Six aspects: chosen unit vs average', '六个方面：所选单位与平均'),
          from: `B${CHART_ROW + 4}`,
          to: `H${CHART_ROW + 22}`,
          min: 0,
          max: 100,
        },
      ],
    },
  ],
};
