/** The messages of the completeness family, in Chinese: the ids and parameters of messages.ts. */
import type { ChineseOf } from '../shared/messages';
import type { EN, Place } from './messages';

/** "codes 的第 2 行第 1 列", "codes 的第 3 项", "codes". */
const whereZh = (p: Place): string => (p.row && p.column ? `${p.name} 的第 ${p.row} 行第 ${p.column} 列` : p.item ? `${p.name} 的第 ${p.item} 项` : p.name);

export const ZH: ChineseOf<typeof EN> = {
  unknownKind: (p) => `kind 必须为 "shannon" 或 "hhi"，而不是 "${p.kind}"`,
  negativeValue: (p) => `values 的第 ${p.item} 项为负数（${p.value}）`,
  tooFewForShannon: () => '要求至少有两个类别，才能计算 "shannon"（ln 1 = 0）',
  noValues: () => '要求至少有一个数值',
  valuesSumZero: () => 'values 的合计为 0',

  numberNotCode: (p) => `${whereZh(p)}：${p.value} 不是 ISIC 第4版代码（数字按四位数的小类代码读取）`,
  valueNotCode: (p) => `${whereZh(p)}：应为 ISIC 第4版代码，而不是 ${p.value}`,

  unknownLevel: (p) => `level 必须为 "section"、"division"、"group" 或 "class"，而不是 "${p.level}"`,
  unknownCode: (p) => `${whereZh(p)}：未知的 ISIC 第4版代码 "${p.code}"`,

  unknownScope: (p) =>
    `scope："${p.part}" 不是门类，也不是门类范围；请使用 "all"、A 到 U 的门类字母（"C"）、门类范围（"B-E"）或门类列表（"B,C,D"）`,

  nothingMissing: () => '所有类别都已存在',

  notIsicCode: (p) => `代码 "${p.code}" 不是 ISIC 第4版代码`,
};
