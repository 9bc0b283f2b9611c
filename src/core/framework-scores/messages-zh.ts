/** The messages of the framework-scores family, in Chinese: the ids and parameters of messages.ts. */
import type { ChineseOf } from '../shared/messages';
import type { EN } from './messages';

export const ZH: ChineseOf<typeof EN> = {
  labelsLength: (p) => `要求 labels 为 scores 的每一列各给一个名称（共 ${p.columns} 个），而不是 ${p.labels} 个`,
  labelsRequired: (p) => `要求 scores 为 ${p.columns} 列时提供 labels（默认名称只有六个方面和“四化”两套，分别对应 6 列和 4 列）`,
  noScore: (p) => `scores 的第 ${p.row} 行没有任何得分`,
};
