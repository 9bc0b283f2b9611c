/**
 * Template 7: completeness against ISIC Rev.4. A checklist of the 162 ISIC
 * classes of the industrial sections B–E: the analyst marks the classes
 * present; ISIC_COVERAGE by level and ISIC_MISSING (divisions and classes)
 * follow; the GB/T 4754 counts are shown for reference.
 */
import { ISIC_REV4, ISIC_REV4_SOURCE } from '../../data/isic-rev4';
import { type Block, type TemplateDef, formula, t } from '../model';
import { FRAMEWORK_SOURCE, aboutBlocks, titleBlocks } from './common';

const SCOPE = 'B-E';
const SCOPE_SECTIONS = ['B', 'C', 'D', 'E'];

/** The ISIC Rev.4 categories of sections B–E, by level. */
function inScope(): { code: string; title: string }[] {
  const out: { code: string; title: string }[] = [];
  let section = '';
  for (const [code, title] of ISIC_REV4) {
    if (/^[A-Z]$/.test(code)) section = code;
    else if (SCOPE_SECTIONS.includes(section)) out.push({ code, title });
  }
  return out;
}

const CATEGORIES = inScope();
const CLASSES = CATEGORIES.filter((c) => c.code.length === 4);
const DIVISIONS = CATEGORIES.filter((c) => c.code.length === 2).length;
const GROUPS = CATEGORIES.filter((c) => c.code.length === 3).length;

/** Classes an illustrative fictional economy lacks (whole divisions 09, 12 and 39 among them). */
const ABSENT = new Set([
  '0721', '0892', '0910', '0990', '1200', '1394', '1512', '1623', '2030', '2396',
  '2652', '2660', '3011', '3030', '3040', '3092', '3211', '3240', '3830', '3900',
]);

const N = CLASSES.length; // 162: rows 5–166
const FIRST = 5;
const LAST = FIRST + N - 1;
const PRESENT = `E${FIRST}:E${LAST}`;
const MISSING_HEAD = 13;

const about = aboutBlocks('S4', {
  purpose: t(
    'Purpose: measure the completeness aspect of the industrial system: which ISIC Rev.4 industrial categories (sections B–E: mining, manufacturing, utilities, water and waste) the economy has, by level, and which are missing.',
    '用途：衡量产业体系的完整性：经济体拥有哪些 ISIC Rev.4 工业门类（B–E 门类：采矿业、制造业、电力燃气、水与废弃物处理），按层级统计覆盖率，并列出缺失类别。',
  ),
  steps: [
    t('Put an x in column D for every class the economy has (for example, classes with positive output); leave it blank if absent.', '在 D 列为经济体拥有的每个小类填 x（例如产出为正的小类），没有则留空。'),
    t('Column E turns the marks into codes; coverage and the lists of missing divisions and classes update by themselves.', 'E 列将标记转为代码；覆盖率以及缺失的大类、小类清单会自动更新。'),
    t('A class counts for its group, division and section; if every category is present, the missing lists show #N/A "every category is present".', '一个小类同时计入其所属的中类、大类和门类；如全部齐全，缺失清单显示 #N/A“every category is present”。'),
  ],
  functions: t(
    'Functions: NQP.ISIC_COVERAGE (share of the categories present, by level and scope), NQP.ISIC_MISSING (the absent categories, code and title); Excel IF.',
    '函数：NQP.ISIC_COVERAGE（按层级和范围计算的类别覆盖率）、NQP.ISIC_MISSING（缺失类别的代码和名称）；Excel 的 IF。',
  ),
  sources: [
    t(
      `Classification: ${ISIC_REV4_SOURCE}; titles are UNSD's official English titles. Sample marks are illustrative, for a fictional economy.`,
      `分类：联合国统计司（UNSD）ISIC Rev.4 结构；类别名称为联合国统计司的官方英文名称。示例标记仅为虚构经济体的示意。`,
    ),
    t(
      'GB/T 4754-2017 (with Amendment No. 1 of 2019): China\'s national classification of economic activities; counts as published.',
      'GB/T 4754-2017（含 2019 年第 1 号修改单）：《国民经济行业分类》；数量按公布口径。',
    ),
    FRAMEWORK_SOURCE,
  ],
  sample: 'illustrative',
});

const blocks: Block[] = [
  ...titleBlocks(t('Completeness of the industrial system against ISIC Rev.4', '对照 ISIC Rev.4 的产业体系完整性')),
  {
    at: 'B4',
    role: 'header',
    cells: [[t('ISIC Rev.4 class', 'ISIC Rev.4 小类'), t('Title (UNSD)', '名称（联合国统计司）'), t('Present? (x)', '是否拥有（x）'), t('Code if present', '拥有的代码')]],
  },
  // Codes are text ("0510"): the text number format is set before the values are written.
  { at: `B${FIRST}`, role: 'label', cells: CLASSES.map((c) => [c.code, t(c.title, c.title)]), numberFormat: '@' },
  {
    at: `D${FIRST}`,
    role: 'input',
    sample: true,
    cells: CLASSES.map((c) => [ABSENT.has(c.code) ? null : 'x']),
    validation: { kind: 'list', source: 'x', message: t('Enter your data: x if the economy has this class, blank if not.', '请输入您的数据：拥有该小类填 x，否则留空。') },
  },
  {
    at: `E${FIRST}`,
    role: 'output',
    cells: CLASSES.map((_, i) => [formula(`=IF(D${FIRST + i}="","",B${FIRST + i})`)]),
  },

  // Coverage by level.
  { at: 'G4', role: 'heading', cells: [[t('Coverage of ISIC Rev.4, sections B–E', 'ISIC Rev.4 B–E 门类覆盖率')]] },
  {
    at: 'G5',
    role: 'header',
    cells: [[t('Level', '层级'), t('Categories in B–E', 'B–E 类别数'), t('Share present', '覆盖率')]],
  },
  {
    at: 'G6',
    role: 'label',
    cells: [
      [t('Section', '门类'), SCOPE_SECTIONS.length],
      [t('Division', '大类'), DIVISIONS],
      [t('Group', '中类'), GROUPS],
      [t('Class', '小类'), N],
    ],
  },
  {
    at: 'I6',
    role: 'output',
    cells: ['section', 'division', 'group', 'class'].map((level) => [formula(`=NQP.ISIC_COVERAGE(${PRESENT},"${level}","${SCOPE}")`)]),
    numberFormat: '0.0%',
  },

  // What is missing.
  { at: `G${MISSING_HEAD - 1}`, role: 'heading', cells: [[t('Divisions with no class present', '没有任何小类的大类')]] },
  {
    at: `G${MISSING_HEAD}`,
    role: 'output',
    cells: [[formula(`=NQP.ISIC_MISSING(${PRESENT},"division","${SCOPE}")`)]],
    spill: { rows: DIVISIONS + 1, cols: 2 },
  },
  { at: `J${MISSING_HEAD - 1}`, role: 'heading', cells: [[t('Classes missing', '缺失的小类')]] },
  {
    at: `J${MISSING_HEAD}`,
    role: 'output',
    cells: [[formula(`=NQP.ISIC_MISSING(${PRESENT},"class","${SCOPE}")`)]],
    spill: { rows: N + 1, cols: 2 },
  },

  // Reference counts.
  { at: 'M4', role: 'heading', cells: [[t('For reference: the size of the classifications', '参考：分类体系的规模')]] },
  {
    at: 'M5',
    role: 'header',
    cells: [[t('Classification', '分类'), t('Sections', '门类'), t('Divisions', '大类'), t('Groups', '中类'), t('Classes', '小类')]],
  },
  {
    at: 'M6',
    role: 'label',
    cells: [
      [t('ISIC Rev.4, all', 'ISIC Rev.4 全部'), 21, 88, 238, 419],
      [t('ISIC Rev.4, B–E (this sheet)', 'ISIC Rev.4 B–E（本表）'), SCOPE_SECTIONS.length, DIVISIONS, GROUPS, N],
      [t('GB/T 4754-2017, all (1,382 classes after the 2019 amendment)', 'GB/T 4754-2017 全部（2019 年修改后为 1382 个小类）'), 20, 97, 473, 1380],
      [t('GB/T 4754, industry B–D (with its 2019 amendment)', 'GB/T 4754 工业 B–D（含 2019 年修改单）'), 3, 41, 207, 666],
    ],
    numberFormat: '#,##0',
  },
  {
    at: 'M10',
    role: 'note',
    cells: [[t('China\'s 666 industrial classes cover every industrial category of ISIC Rev.4 (sections B–D: 30 divisions, 154 classes).', '中国的 666 个工业小类覆盖了 ISIC Rev.4 的全部工业类别（B–D 门类：30 个大类、154 个小类）。')]],
  },
  ...about.blocks,
];

export const isicCompleteness: TemplateDef = {
  id: 'isic-completeness',
  title: t('Completeness against ISIC Rev.4', '对照 ISIC Rev.4 的完整性'),
  description: t(
    'A checklist of the 162 industrial classes of ISIC Rev.4 (sections B–E): mark those present to get the coverage by level and the missing divisions and classes, with the GB/T 4754 counts for reference.',
    'ISIC Rev.4 工业部分（B–E 门类）162 个小类的核对清单：标记已有小类，得到各层级覆盖率和缺失的大类、小类，并附 GB/T 4754 的数量作参考。',
  ),
  glossary: ['completeness', 'isic', 'industrial-system'],
  sample: 'illustrative',
  sheets: [
    {
      name: t('NQP ISIC completeness', 'NQP 产业完整性'),
      widths: { A: 12, B: 70, C: 330, D: 80, E: 80, F: 16, G: 70, H: 330, I: 80, J: 70, K: 330, L: 16, M: 300, N: 60, O: 60, P: 60, Q: 60 },
      freezeRows: 4,
      blocks,
    },
  ],
};
