/** The messages of the inclusiveness family, in Chinese: the ids and parameters of messages.ts. */
import type { ChineseOf } from '../shared/messages';
import type { EN } from './messages';

export const ZH: ChineseOf<typeof EN> = {
  weightsLength: (p) => `weights 有 ${p.weights} 个值，而 values 有 ${p.values} 个`,
  correctedWithWeights: () => 'corrected 仅适用于未加权的数据：请省略 weights，或将 corrected 设为 FALSE',
  negativeWeight: (p) => `weights 的第 ${p.item} 项为负数（${p.value}）`,
  blankWeight: (p) => `weights 的第 ${p.item} 项为空白，而 values 中对应的数值不为空白`,
  tooFewForCorrected: () => '要求至少有两个数值，才能计算小样本修正的基尼系数',
  weightsSumZero: () => 'weights 的合计为 0',

  groupsLength: (p) => `groups 有 ${p.groups} 个标签，而 values 有 ${p.values} 个值`,
  blankGroup: (p) => `groups 的第 ${p.item} 项为空白，而 values 中对应的数值不为空白`,

  negativeValue: (p) => `values 的第 ${p.item} 项为负数（${p.value}）`,
  noValues: () => '要求至少有一个数值',
  valuesSumZero: () => 'values 的合计为 0',
};
