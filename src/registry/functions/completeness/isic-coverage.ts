import { isicCoverage } from '../../../core/completeness/isic-coverage';
import { loadIsic } from '../../../core/completeness/isic-index';
import { COMPLETENESS } from '../../categories';
import type { FunctionSpec, ParamSpec } from '../../types';

/** The arguments ISIC_COVERAGE and ISIC_MISSING share. */
export const isicComparisonParams: ParamSpec[] = [
  {
    name: 'codes',
    type: 'any',
    shape: 'matrix',
    description: {
      en: 'ISIC Rev.4 codes of the activities present (any range): text as written ("C", "10", "101", "1010"), or numbers read as 4-digit classes (111 = "0111").',
      zh: '经济体中存在的活动的 ISIC 第4版代码（任意区域）：文本按原样读取("C"、"10"、"101"、"1010")，数字按四位数的"级"读取(111 = "0111")。',
    },
  },
  {
    name: 'level',
    type: 'option',
    shape: 'scalar',
    optional: true,
    default: 'division',
    options: ['section', 'division', 'group', 'class'],
    description: {
      en: '"section", "division" (default), "group" or "class".',
      zh: '"section"（门类）、"division"（大类，默认）、"group"（中类）或 "class"（小类）。',
    },
  },
  {
    name: 'scope',
    type: 'text',
    shape: 'scalar',
    optional: true,
    default: 'all',
    description: {
      en: '"all" (default), a section ("C"), a range ("B-E") or a list ("B,C,D").',
      zh: '"all"（默认）、一个门类("C")、门类范围("B-E")或门类列表("B,C,D")。',
    },
  },
];

/** Help text shared by the ISIC functions: how codes are read, and the attribution. */
export const isicCodesHelp = {
  en:
    'Codes: a text code is read as written, so "011" is group 011 and "0111" class 0111 (spaces around it are dropped and a lowercase section letter is accepted); a number is read as a 4-digit class with its leading zeros restored, so 111 is class "0111" and 10 is "0010", which does not exist: type a division as text ("10", or format the cells as Text). ' +
    'A code counts for all its parents (class 1010 makes group 101, division 10 and section C present), but a coarser code does not fill finer levels (division 10 alone does not make any class present). ' +
    'Blank cells in codes are ignored, so a list with empty rows is fine. Codes outside the scope are ignored. ' +
    'The classification is ISIC Rev.4 (United Nations Statistics Division), embedded in the add-in: 21 sections, 88 divisions, 238 groups, 419 classes; English titles.',
  zh:
    '代码读取方式：文本代码按原样读取，"011" 是中类 011,"0111" 是小类 0111（去掉首尾空格，门类字母可小写）；数字按四位数的小类读取并补回前导零，因此 111 是小类 "0111",10 会被读作并不存在的 "0010"：大类请以文本输入（"10"，或把单元格设为文本格式）。' +
    '一个代码同时使其所有上级类别"存在"（小类 1010 使中类 101、大类 10 和门类 C 都算作存在），但较粗的代码不会填充更细的层级（只有大类 10 并不使任何小类存在）。' +
    'codes 中的空单元格会被忽略，因此列表中有空行也无妨。范围之外的代码会被忽略。' +
    '所用分类为联合国统计司(UNSD)发布的 ISIC 第4版（《所有经济活动的国际标准行业分类》），已内置于插件中：21 个门类、88 个大类、238 个中类、419 个小类；名称为英文。',
};

export const isicCoverageSpec: FunctionSpec = {
  name: 'ISIC_COVERAGE',
  category: COMPLETENESS,
  description: {
    en: 'The share of the ISIC Rev.4 categories at a level (within a scope) that the given codes contain: a measure of how complete an industrial system is.',
    zh: '所给代码覆盖某一层级（及范围内）ISIC 第4版类别的比例，用于衡量产业体系的完整性。',
  },
  help: {
    en:
      'Returns the number of categories at level within scope that are present, divided by the number of categories at that level in scope (for example 30 divisions in sections B–D, 162 classes in B–E). ' +
      isicCodesHelp.en +
      ' Note that China\'s own classification GB/T 4754-2017 is finer than ISIC; map national codes to ISIC first. ' +
      'Errors: #VALUE! for an unknown code (the message names it and its cell), a number that cannot be a code, an unknown level, or a scope that is not made of section letters A–U.',
    zh:
      '返回范围内该层级中"存在"的类别数除以该层级在范围内的类别总数（例如 B–D 门类共 30 个大类，B–E 门类共 162 个小类）。' +
      isicCodesHelp.zh +
      '注意中国的《国民经济行业分类》(GB/T 4754-2017)比 ISIC 更细，请先把国内代码对应到 ISIC。' +
      '错误：未知代码（消息中会给出该代码及其单元格）、不可能是代码的数字、未知的 level、或 scope 不是由 A–U 门类字母构成时返回 #VALUE!。',
  },
  params: isicComparisonParams,
  result: { shape: 'scalar', description: { en: 'A share in [0, 1].', zh: '比例，取值 [0, 1]。' } },
  glossary: ['isic', 'completeness', 'industrial-system'],
  examples: [
    {
      title: { en: 'Two food classes cover 1 of the 24 manufacturing divisions', zh: '两个食品小类覆盖制造业 24 个大类中的 1 个' },
      args: [[['1010'], ['1020']], 'division', 'C'],
      expected: [[1 / 24]],
      source: 'by hand from the embedded ISIC Rev.4 structure (UNSD): section C has divisions 10–33; both classes belong to division 10',
    },
    {
      title: { en: 'A class counts for its section; a number is a 4-digit class (111 = 0111)', zh: '小类计入其门类；数字按四位小类读取(111 = 0111)' },
      args: [[[111, '1010']], 'section', null],
      expected: [[2 / 21]],
      source: 'by hand: 0111 is in section A and 1010 in section C, of 21 sections (ISIC Rev.4, UNSD)',
    },
    {
      title: { en: 'An unknown code is #VALUE!', zh: '未知代码返回 #VALUE!' },
      args: [[['1010'], ['1234']], null, null],
      expected: [[{ error: '#VALUE!' }]],
      source: 'catalogue: an unknown code is #VALUE! naming it; 1234 is not an ISIC Rev.4 class',
    },
  ],
  compute: isicCoverage,
  // The classification is a chunk of its own, loaded on the first call (src/core/completeness/isic-index.ts).
  prepare: loadIsic,
};
