import { techDependence } from '../../../core/security/tech-dependence';
import type { FunctionSpec } from '../../types';
import { SECURITY } from '../../categories';

export const techDependenceSpec: FunctionSpec = {
  name: 'TECH_DEPENDENCE',
  category: SECURITY,
  description: {
    en: 'Technology dependence: spending on imported technology over imported technology plus domestic R&D, T / (T + R&D).',
    zh: '对外技术依存度：技术引进经费除以技术引进经费与国内研发经费之和，T / (T + R&D)。',
  },
  help: {
    en:
      'Element-wise: single values or equal-shaped ranges; the result spills in the same shape. Use the same currency and year for both. ' +
      'A blank cell gives a blank result. ' +
      'Errors: #DIV/0! when both are 0; #NUM! when either is negative; #VALUE! for text. The ratio follows Chinese official statistical usage.',
    zh:
      '逐元素计算：可输入单个值或形状相同的区域，结果按相同形状溢出。两者须使用相同币种和年份。' +
      '单元格为空时结果为空。' +
      '错误：两者均为 0 时返回 #DIV/0!；任一为负返回 #NUM!；文本返回 #VALUE!。该比率采用中国官方统计口径。',
  },
  params: [
    {
      name: 'techImports',
      type: 'number',
      shape: 'element',
      min: 0,
      description: { en: 'Spending on imported technology T.', zh: '技术引进经费 T。' },
    },
    {
      name: 'domesticRD',
      type: 'number',
      shape: 'element',
      min: 0,
      description: { en: 'Domestic R&D spending, in the same units.', zh: '国内研发经费，单位相同。' },
    },
  ],
  result: { shape: 'element', description: { en: 'The technology dependence ratio, one per cell.', zh: '技术依存度，逐单元格。' } },
  glossary: ['technology-dependence', 'security'],
  examples: [
    {
      title: { en: 'Imports 30, R&D 70', zh: '技术引进 30，研发 70' },
      args: [30, 70],
      expected: [[0.3]],
      source: 'derived by hand: 30 / (30 + 70)',
    },
    {
      title: { en: 'A row of years; both zero is #DIV/0! in that cell', zh: '按年份排成一行；两者均为 0 的单元格返回 #DIV/0!' },
      args: [[[10, 0, 25]], [[40, 0, 75]]],
      expected: [[0.2, { error: '#DIV/0!' }, 0.25]],
      source: 'derived by hand: 10/50, 0/0, 25/100',
    },
    {
      title: { en: 'A negative spending is #NUM!', zh: '经费为负返回 #NUM!' },
      args: [-5, 70],
      expected: [[{ error: '#NUM!' }]],
      source: 'catalogue error table: negative where not allowed',
    },
  ],
  compute: techDependence,
};
