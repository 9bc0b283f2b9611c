import { isicTitle } from '../../../core/completeness/isic-title';
import { loadIsic } from '../../../core/completeness/isic-index';
import { COMPLETENESS } from '../../categories';
import type { FunctionSpec } from '../../types';

export const isicTitleSpec: FunctionSpec = {
  name: 'ISIC_TITLE',
  category: COMPLETENESS,
  description: {
    en: 'The official English title of an ISIC Rev.4 section, division, group or class.',
    zh: '返回 ISIC 第4版门类、大类、中类或小类的官方英文名称。',
  },
  help: {
    en:
      'Element-wise: give one code or a range of codes and the titles spill in the same shape. ' +
      'A text code is read as written ("C", "10", "101", "1010"; spaces around it are dropped, a lowercase section letter is accepted); a number is read as a 4-digit class with its leading zeros restored (111 = "0111"), so type divisions and groups as text. ' +
      'A blank cell gives a blank result. ' +
      'Errors: #N/A for a code that is not in ISIC Rev.4; #VALUE! for a logical value or a number that cannot be a code (negative, fractional, above 9999). ' +
      'Titles: ISIC Rev.4 structure, United Nations Statistics Division, embedded in the add-in.',
    zh:
      '逐元素计算：输入一个代码或一组代码，名称按相同形状溢出。' +
      '文本代码按原样读取（"C"、"10"、"101"、"1010"；去掉首尾空格，门类字母可小写）；数字按四位数的小类读取并补回前导零(111 = "0111")，因此大类和中类请以文本输入。' +
      '空单元格返回空结果。' +
      '错误：不在 ISIC 第4版中的代码返回 #N/A；逻辑值或不可能是代码的数字（负数、小数、大于 9999）返回 #VALUE!。' +
      '名称来源：联合国统计司(UNSD)发布的 ISIC 第4版结构表，已内置于插件中。',
  },
  params: [
    {
      name: 'code',
      type: 'any',
      shape: 'element',
      description: { en: 'An ISIC Rev.4 code, or a range of codes.', zh: 'ISIC 第4版代码，单个或区域。' },
    },
  ],
  result: { shape: 'element', description: { en: 'The title of each code.', zh: '每个代码的名称。' } },
  glossary: ['isic'],
  examples: [
    {
      title: { en: 'A section, a division and a class (given as a number)', zh: '一个门类、一个大类和一个小类（以数字给出）' },
      args: [[['C'], ['10'], [111]]],
      expected: [['Manufacturing'], ['Manufacture of food products'], ['Growing of cereals (except rice), leguminous crops and oil seeds']],
      source: 'embedded ISIC Rev.4 structure (United Nations Statistics Division), titles as published',
    },
    {
      title: { en: 'An unknown code is #N/A in its own cell', zh: '未知代码只在其单元格返回 #N/A' },
      args: [[['2610', '2699']]],
      expected: [['Manufacture of electronic components and boards', { error: '#N/A' }]],
      source: 'embedded ISIC Rev.4 structure (UNSD): 2610 exists, 2699 does not',
    },
  ],
  compute: isicTitle,
  // The classification is a chunk of its own, loaded on the first call (src/core/completeness/isic-index.ts).
  prepare: loadIsic,
};
