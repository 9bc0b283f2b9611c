/** The messages of the green-productivity family, in Chinese: the ids and parameters of messages.ts. */
import type { ChineseOf } from '../shared/messages';
import type { EN, Evaluated, RatioColumn } from './messages';

/** "第 3 行", '单位 "A"', '单位 "A" 在时期 2020': a unit as the productivity family's Chinese names it. */
const whoZh = (w: Evaluated): string =>
  w.row !== undefined ? `第 ${w.row} 行` : w.name !== undefined ? `单位 "${w.name}"` : `单位 ${w.unit} 在时期 ${w.period}`;

/** '单位 "A"（时期 2020 的数据对照时期 2021 的前沿）', '单位 "A" 在时期 2020（对照全局前沿）', '第 3 行（超效率 SBM，不含自身）'. */
const evaluatedZh = (e: Evaluated): string => {
  if (e.frontier !== undefined) return `单位 ${e.unit}（时期 ${e.period} 的数据对照时期 ${e.frontier} 的前沿）`;
  const who = whoZh(e);
  return e.global ? `${who}（对照全局前沿）` : e.superSbm ? `${who}（超效率 SBM，不含自身）` : who;
};

/** What is evaluated, before 的, with a space after a quote or a number: "第 3 行的", '单位 "A" 的'. */
const whose = (e: Evaluated): string => {
  const what = evaluatedZh(e);
  return /[\u4e00-\u9fff）]$/.test(what) ? `${what}的` : `${what} 的`;
};

const columnZh = (c: RatioColumn): string =>
  `第 ${c.index} 项${c.column === 'input' ? '投入' : c.column === 'output' ? '期望产出' : '非期望产出'}`;

/** '"crs" 或 "vrs"', '"non"、"input" 或 "output"'. */
const choicesZh = (options: readonly string[]): string => {
  const list = Array.from(options, (o) => `"${o}"`);
  return `${list.slice(0, -1).join('、')} 或 ${list[list.length - 1]}`;
};

export const ZH: ChineseOf<typeof EN> = {
  // Options and data
  unknownChoice: (p) => `要求 ${p.name} 为 ${choicesZh(p.options)}，而不是 ${JSON.stringify(p.value)}`,
  notFlag: (p) => `要求 ${p.name} 为 TRUE 或 FALSE，而不是 ${JSON.stringify(p.value)}`,
  undesirableRequired: () => '要求提供 undesirable：非期望产出，每个单位一行（如排放）',
  undesirableRows: (p) => `要求 undesirable 每个单位一行：有 ${p.units} 个单位，却有 ${p.rows} 行`,
  negativeUndesirable: (p) => `第 ${p.row} 行的非期望产出有负值`,
  rowsMismatch: (p) => `要求 inputs 与 outputs 的行数（单位数）相同：inputs 有 ${p.inputs} 行，outputs 有 ${p.outputs} 行`,
  tooManyUnits: (p) => `要求最多 ${p.max} 个单位（行），而不是 ${p.units} 个`,
  tooFewUnits: () => '要求至少 2 个单位（行）才能构成前沿',
  noOutputs: () => '要求至少有一种产出',
  tooFewRatedPanelUnits: (p) =>
    `要求每个时期至少有 2 个单位各有一项为正的投入和一项为正的期望产出，而时期 ${p.period} 只有 ${p.units} 个`,

  // A unit's model
  modelInfeasible: (p) => `${whose(p)}模型无解（参照单位的任何组合都不能构成其前沿）`,
  modelUnbounded: (p) => `${whose(p)}模型无界`,
  modelFailed: (p) => `${whose(p)}模型无法求解`,
  zeroInRatio: (p) => `${whose(p)}${columnZh(p)}为 0，而基于松弛的测度要除以该值`,
  distanceTooLow: (p) => `${whose(p)}距离为 −1 或更小`,
};
