/** The messages of the openness family, in Chinese: the ids and parameters of messages.ts. */
import type { ChineseOf } from '../shared/messages';
import type { EN } from './messages';

export const ZH: ChineseOf<typeof EN> = {
  negative: (p) => `${p.name} 为负（${p.value}）`,
  zero: (p) => `${p.name} 为 0`,
  tradeSumZero: () => 'exports 与 imports 之和为 0',
  exceedsTotal: (p) => `${p.part} 大于 ${p.total}`,
  unknownKind: (p) => `kind 必须为 "total"、"backward"、"forward" 或 "position"，而不是 "${p.kind}"`,
};
