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
      'Errors: #VALUE! when D is above 1: a degree cannot exceed 1, so it is on another scale (a D in per cent, or one computed from scores on a 0–100 scale); the message says to divide it by 100 or to compute it from scores in [0, 1] with NQP.COUPLING_COORDINATION (a rounding error above 1 counts as 1). #NUM! when D is negative; #VALUE! for text or an unknown lang.',
    zh:
      '逐元素计算：输入一个 D 或一个区域（例如 NQP.COUPLING_COORDINATION 的结果），类型标签按相同形状溢出。' +
      '十个等宽 0.1 的区间，含下界：[0, 0.1) 极度失调衰退类，[0.1, 0.2) 严重失调衰退类，[0.2, 0.3) 中度失调衰退类，[0.3, 0.4) 轻度失调衰退类，[0.4, 0.5) 濒临失调衰退类，[0.5, 0.6) 勉强协调发展类，[0.6, 0.7) 初级协调发展类，[0.7, 0.8) 中级协调发展类，[0.8, 0.9) 良好协调发展类，[0.9, 1] 优质协调发展类。仅因舍入误差略低于边界的值视为在边界上。' +
      '这些分界点只是示意性约定（中文文献中最常用的划分），并非标准：也有 4、5、7 级的划分，报告等级时请说明所用方案。标签依据 R 包 mathmodels。lang 为 "zh" 时返回中文标签。' +
      '空单元格返回空结果。' +
      '错误：D 大于 1 时返回 #VALUE!：耦合协调度不可能超过 1，说明它采用了别的量纲（以百分数表示的 D，或由 0–100 量纲的得分算出的 D）；提示信息建议将其除以 100，或用 NQP.COUPLING_COORDINATION 由 [0, 1] 内的得分计算（仅因舍入误差略大于 1 的值按 1 计）。D 为负时返回 #NUM!；文本或未知的 lang 返回 #VALUE!。',
  },
  params: [
    {
      name: 'd',
      type: 'number',
      shape: 'element',
      // No max: a D above 1 is on another scale, which the core names (#VALUE!) rather than a bare #NUM!.
      min: 0,
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
      title: { en: 'D above 1 is on another scale: #VALUE!', zh: 'D 大于 1 说明量纲不对：#VALUE!' },
      args: [65.1, null],
      expected: [[{ error: '#VALUE!' }]],
      source: 'D is defined on [0, 1]; a D above 1 is on another scale (catalogue error table: a value on the wrong scale)',
    },
    {
      title: { en: 'A negative D is #NUM!', zh: 'D 为负时返回 #NUM!' },
      args: [-0.2, null],
      expected: [[{ error: '#NUM!' }]],
      source: 'D is defined on [0, 1]',
    },
  ],
  compute: coordinationLevel,
};
