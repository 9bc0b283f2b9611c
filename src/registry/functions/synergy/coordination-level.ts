import { coordinationLevel } from '../../../core/synergy/coordination-level';
import { SYNERGY } from '../../categories';
import type { FunctionSpec } from '../../types';
import { langParam } from '../shared/lang-param';

export const coordinationLevelSpec: FunctionSpec = {
  name: 'COORDINATION_LEVEL',
  category: SYNERGY,
  description: {
    en: 'The class of a coupling coordination degree D in the common ten-band scheme, from "extreme imbalance" to "high-quality coordination".',
    zh: '按常用的十等级划分给出耦合协调度 D 的类型，从"极度失调衰退类"到"优质协调发展类"。',
  },
  help: {
    en:
      'Element-wise: give one D or a range (for example the result of NQP.COUPLING_COORDINATION) and the labels spill in the same shape. ' +
      'Ten bands of width 0.1, lower edge included: [0, 0.1) Extreme imbalance, [0.1, 0.2) Serious imbalance, [0.2, 0.3) Moderate imbalance, [0.3, 0.4) Mild imbalance, [0.4, 0.5) On the verge of imbalance, [0.5, 0.6) Barely coordinated, [0.6, 0.7) Primary coordination, [0.7, 0.8) Intermediate coordination, [0.8, 0.9) Good coordination, [0.9, 1] High-quality coordination. A value a rounding error below an edge counts as on it. ' +
      'The cut points are an illustrative convention, the scheme most used in Chinese papers, not a standard: schemes of 4, 5 or 7 bands also circulate, so state the scheme when you report classes. Labels follow the R package mathmodels. lang "zh" returns the Chinese labels （极度失调衰退类 … 优质协调发展类）. ' +
      'A blank cell gives a blank result. ' +
      'Errors: #NUM! when D is outside [0, 1]; #VALUE! for text or an unknown lang.',
    zh:
      '逐元素计算：输入一个 D 或一个区域（例如 NQP.COUPLING_COORDINATION 的结果），类型标签按相同形状溢出。' +
      '十个等宽 0.1 的区间，含下界：[0, 0.1) 极度失调衰退类，[0.1, 0.2) 严重失调衰退类，[0.2, 0.3) 中度失调衰退类，[0.3, 0.4) 轻度失调衰退类，[0.4, 0.5) 濒临失调衰退类，[0.5, 0.6) 勉强协调发展类，[0.6, 0.7) 初级协调发展类，[0.7, 0.8) 中级协调发展类，[0.8, 0.9) 良好协调发展类，[0.9, 1] 优质协调发展类。仅因舍入误差略低于边界的值视为在边界上。' +
      '这些分界点只是示意性约定（中文文献中最常用的划分），并非标准：也有 4、5、7 级的划分，报告等级时请说明所用方案。标签依据 R 包 mathmodels。lang 为 "zh" 时返回中文标签。' +
      '空单元格返回空结果。' +
      '错误：D 超出 [0, 1] 时返回 #NUM!；文本或未知的 lang 返回 #VALUE!。',
  },
  params: [
    {
      name: 'd',
      type: 'number',
      shape: 'element',
      min: 0,
      max: 1,
      description: { en: 'A coupling coordination degree D in [0, 1], or a range.', zh: '耦合协调度 D，取值 [0, 1]，单个值或区域。' },
    },
    langParam,
  ],
  result: { shape: 'element', description: { en: 'The class label of each D.', zh: '每个 D 的类型标签。' } },
  glossary: ['coupling-coordination', 'synergy'],
  examples: [
    {
      title: { en: 'A column of D values', zh: '一列 D 值' },
      args: [[[0.05], [0.54772256], [0.65135556], [0.9]], null],
      expected: [['Extreme imbalance'], ['Barely coordinated'], ['Primary coordination'], ['High-quality coordination']],
      source: 'bands and labels: tests/fixtures/vectors/coupling_coordination.json (d_bands_10_level_uniform, from the R package mathmodels); D values from its cases',
    },
    {
      title: { en: 'Chinese label', zh: '中文标签' },
      args: [0.72, 'zh'],
      expected: [['中级协调发展类']],
      source: 'tests/fixtures/vectors/coupling_coordination.json, band [0.7, 0.8)',
    },
    {
      title: { en: 'D above 1 is #NUM!', zh: 'D 大于 1 时返回 #NUM!' },
      args: [1.3, null],
      expected: [[{ error: '#NUM!' }]],
      source: 'D is defined on [0, 1]',
    },
  ],
  compute: coordinationLevel,
};
