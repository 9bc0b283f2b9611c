import { selfSufficiency } from '../../../core/security/self-sufficiency';
import type { FunctionSpec } from '../../types';
import { exportsParam } from './dependence-ratio';
import { SECURITY } from '../../categories';

export const selfSufficiencySpec: FunctionSpec = {
  name: 'SELF_SUFFICIENCY',
  category: SECURITY,
  description: {
    en: 'Self-sufficiency ratio: domestic output over apparent consumption, Q / (Q + M − X).',
    zh: '自给率：国内产出除以表观消费量，Q / (Q + M − X)。',
  },
  help: {
    en:
      'Element-wise: single values or equal-shaped ranges; the result spills in the same shape. Above 1 means the economy produces more than it uses (a net exporter). ' +
      'An omitted or blank exports value counts as 0; a blank output or imports cell gives a blank result. ' +
      'Errors: #NUM! when apparent consumption Q + M − X is zero or negative or a flow is negative; #VALUE! for text.',
    zh:
      '逐元素计算：可输入单个值或形状相同的区域，结果按相同形状溢出。大于 1 表示产出多于消费（净出口）。' +
      '出口省略或为空时按 0 计；产出或进口单元格为空时结果为空。' +
      '错误：表观消费量 Q + M − X 为零或负数、或某项流量为负时返回 #NUM!；文本返回 #VALUE!。',
  },
  params: [
    { name: 'output', type: 'number', shape: 'element', min: 0, description: { en: 'Domestic output Q.', zh: '国内产出 Q。' } },
    { name: 'imports', type: 'number', shape: 'element', min: 0, description: { en: 'Imports M, in the same units.', zh: '进口额 M，单位相同。' } },
    exportsParam,
  ],
  result: { shape: 'element', description: { en: 'The self-sufficiency ratio, one per cell.', zh: '自给率，逐单元格。' } },
  glossary: ['self-sufficiency', 'apparent-consumption', 'security'],
  examples: [
    {
      title: { en: 'Output 100, imports 60, exports 20', zh: '产出 100，进口 60，出口 20' },
      args: [100, 60, 20],
      expected: [[0.7142857142857143]],
      source: 'tests/fixtures/vectors/trade_dependence.json, case dependence_normal (FAO SSR definition)',
    },
    {
      title: { en: 'A net exporter is above 1; no exports given', zh: '净出口时大于 1；未给出口' },
      args: [[[120, 50]], [[30, 50]]],
      expected: [[0.8, 0.5]],
      source: 'derived by hand: 120 / 150 = 0.8; 50 / 100 = 0.5',
    },
    {
      title: { en: 'Negative apparent consumption is #NUM!', zh: '表观消费量为负返回 #NUM!' },
      args: [10, 5, 30],
      expected: [[{ error: '#NUM!' }]],
      source: 'tests/fixtures/vectors/trade_dependence.json, case dependence_negative_apparent_consumption',
    },
  ],
  compute: selfSufficiency,
};
