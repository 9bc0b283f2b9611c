/** The messages of the security family, in Chinese: the ids and parameters of messages.ts. */
import type { ChineseOf } from '../shared/messages';
import { joined, type EN } from './messages';

export const ZH: ChineseOf<typeof EN> = {
  thresholdsNotAscending: (p) => `要求 thresholds 为 ${p.count} 个递增的分界点，例如 ${joined(p.defaults, '、')}`,

  negativeFlows: () => '进口额、出口额与产出不得为负',
  consumptionNotPositive: () => '表观消费量（output + imports − exports）不为正',
  zeroOutput: () => 'output 为 0',

  negativeValue: (p) => `values 的第 ${p.item} 项为负数（${p.value}）`,
  noValues: () => '要求至少有一个数值',
  valuesSumZero: () => 'values 的合计为 0',

  dependenceNotNumber: () => 'dependence 必须是数值',
  dependencePercent: (p) =>
    `要求 dependence 为比率，而不是 ${p.value}：是否输入了百分数？请改用 ${p.value}% 或 ${p.ratio}` +
    '（由转口造成的 2 或以上的真实比率属于最高等级：请对 MIN(dependence, 1) 分级）',

  frontierRatioNotNumber: () => 'frontierRatio 必须是数值',
  negativeFrontierRatio: () => 'frontierRatio 必须 ≥ 0',

  negativeTechSpending: () => '技术引进经费与国内研发经费不得为负',
  zeroTechSpending: () => '技术引进经费与国内研发经费均为 0',
};
