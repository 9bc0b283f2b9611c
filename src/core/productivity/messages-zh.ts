/** The messages of the productivity family, in Chinese: the ids and parameters of messages.ts. */
import type { ChineseOf } from '../shared/messages';
import type { EN, Who } from './messages';

/** "第 3 行", '单位 "A"', '单位 "A" 在时期 2020' (as whoEn in messages.ts). */
const whoZh = (w: Who): string =>
  w.row !== undefined ? `第 ${w.row} 行` : w.name !== undefined ? `单位 "${w.name}"` : `单位 ${w.unit} 在时期 ${w.period}`;

/** The unit before 的, with a space after a quote or a number: "第 3 行的", '单位 "A" 的'. */
const whose = (w: Who): string => {
  const who = whoZh(w);
  return /[\u4e00-\u9fff）]$/.test(who) ? `${who}的` : `${who} 的`;
};

const quoted = (options: readonly string[]): string => Array.from(options, (o) => `"${o}"`).join('、');

/** A value found where a number belongs, after 是: '文本 "x"', "逻辑值 TRUE", or (with a space) the value as English shows it. */
const valueZh = (v: unknown): string =>
  typeof v === 'string' ? `文本 ${JSON.stringify(v)}` : typeof v === 'boolean' ? `逻辑值 ${v ? 'TRUE' : 'FALSE'}` : ` ${JSON.stringify(v)}`;

export const ZH: ChineseOf<typeof EN> = {
  // CAPITAL_STOCK
  noInvestment: () => '要求至少一期投资',
  depreciationNegative: (p) => `depreciation（${p.value}）必须在 [0, 1] 之内`,
  depreciationPercent: (p) => `要求 depreciation 为小于 1 的小数，而不是 ${p.value}：是否输入了百分数？请使用 ${p.fraction}（或 ${p.value}%）`,
  growthPercent: (p) => `要求 growth 为介于 −1 与 1 之间的小数，而不是 ${p.value}：是否输入了百分数？请使用 ${p.fraction}（或 ${p.value}%）`,
  investmentMissing: (p) => `第 ${p.period} 期的 investment 缺失`,
  investmentNegative: (p) => `第 ${p.period} 期的 investment 为负（${p.value}）`,
  deflatorLength: (p) => `deflator 有 ${p.values} 个值，而 investment 有 ${p.periods} 个`,
  deflatorMissing: (p) => `第 ${p.period} 期的 deflator 缺失`,
  deflatorNotPositive: (p) => `第 ${p.period} 期的 deflator 必须 > 0（${p.value}）`,
  growthNeeded: () => '要求在序列只有一期时给出 growth',
  growthUndefined: () => '计算投资的平均增长率需要首期和末期投资为正；请给出 growth',
  growthPlusDepreciation: (p) => `growth + depreciation 必须 > 0（此处为 ${p.sum}）`,

  // TFP_GROWTH and TFP_INDEX
  unknownMethod: (p) => `method 必须为 "log" 或 "simple"，而不是 "${p.method}"`,
  seriesLengths: (p) => `output、capital 与 labour 的长度必须相同（${p.output}、${p.capital}、${p.labour}）`,
  tooFewGrowthPeriods: () => '要求至少两个时期',
  noPeriods: () => '要求至少一个时期',
  shareCountGrowth: (p) => `capitalShare 必须为一个值或 ${p.steps} 个值（每个增长步一个），而不是 ${p.count} 个`,
  shareCountIndex: (p) => `capitalShare 必须为一个值或 ${p.periods} 个值（每期一个），而不是 ${p.count} 个`,
  shareBlank: (p) => `capitalShare 的第 ${p.item} 项为空白`,
  sharePercent: (p) =>
    `要求 capitalShare 为小于 1 的份额，而不是 ${p.value}（第 ${p.item} 项）：是否输入了百分数？请使用 ${p.fraction}（或 ${p.value}%）`,
  shareOutside: (p) => `capitalShare 的第 ${p.item} 项（${p.value}）必须严格介于 0 与 1 之间`,
  logNeedsPositive: (p) => `第 ${p.from} 期至第 ${p.to} 期：对数法要求各水平值 > 0`,
  levelNegative: (p) => `第 ${p.from} 期至第 ${p.to} 期：有水平值为负`,
  levelZero: (p) => `第 ${p.from} 期至第 ${p.to} 期：第 ${p.from} 期有水平值为 0`,
  baseMissing: () => '要求第一期有 output、capital 和 labour（指数的基期）',
  baseNotPositive: () => '第一期的 output、capital 和 labour 必须 > 0',
  levelNotPositive: (p) => `第 ${p.period} 期：output、capital 和 labour 必须 > 0`,

  // The options and data of the DEA functions
  unknownOption: (p) => `要求 ${p.name} 为 ${quoted(p.options)} 之一，而不是 ${JSON.stringify(p.value)}`,
  notRange: (p) => `要求 ${p.name} 为数值区域`,
  notRectangular: (p) => `要求 ${p.name} 为矩形区域`,
  blankNumber: (p) => `要求 ${p.name} 的第 ${p.row} 行第 ${p.column} 列为数值，而该单元格为空白`,
  notNumber: (p) => `要求 ${p.name} 为数值，而第 ${p.row} 行第 ${p.column} 列是${valueZh(p.value)}`,
  notFinite: (p) => `要求 ${p.name} 为有限数值，而第 ${p.row} 行第 ${p.column} 列是 ${p.value}`,
  rowsMismatch: (p) => `要求 inputs 与 outputs 的行数（单位数）相同：inputs 有 ${p.inputs} 行，outputs 有 ${p.outputs} 行`,
  tooManyUnits: (p) => `要求最多 ${p.max} 个单位（行），而不是 ${p.units} 个`,
  tooFewUnits: () => '要求至少 2 个单位（行）才能构成前沿',
  negativeValue: (p) => `第 ${p.row} 行的投入或产出有负值`,
  allInputsZero: (p) => `${whose(p)}投入全为 0：其效率无定义，且不参与构成前沿`,
  allOutputsZero: (p) => `${whose(p)}产出全为 0：其效率无定义，且不参与构成前沿`,
  tooFewRatedUnits: (p) => `要求至少 2 个单位（行）各有一项为正的投入和一项为正的产出才能构成前沿，而不是 ${p.units} 个`,
  slackModelFailed: () => '第二阶段（松弛）模型无法求解',
  modelFailed: (p) => `${whose(p)}模型无法求解`,
  namesLength: (p) => `要求 names 每个单位一项：有 ${p.units} 个单位，却有 ${p.names} 个名称`,

  // The long panel of MALMQUIST
  missingArgument: (p) => `要求提供 ${p.name}`,
  panelRowsMismatch: (p) => {
    const names = Array.from(p.names);
    const counts = Array.from(p.counts);
    const listed = names.map((name, k) => `${name} 有 ${counts[k]} 行`).join('，');
    return `要求 ${names.slice(0, -1).join('、')} 与 ${names[names.length - 1]} 的行数相同：${listed}`;
  },
  tooManyPanelRows: (p) => `要求最多 ${p.max} 行，而不是 ${p.rows} 行`,
  blankUnit: (p) => `要求第 ${p.row} 行有单位，而该单元格为空白`,
  unitNotNameOrNumber: (p) => `要求第 ${p.row} 行的单位为名称或编号`,
  blankPeriod: (p) => `要求第 ${p.row} 行有时期，而该单元格为空白`,
  periodNotNumber: (p) => `要求时期为数值，而第 ${p.row} 行是${valueZh(p.value)}`,
  repeatedRow: (p) => `第 ${p.row} 行重复了单位 ${p.unit} 在时期 ${p.period} 的数据（首次出现在第 ${p.first} 行）`,
  tooManyPanelUnits: (p) => `要求最多 ${p.max} 个单位，而不是 ${p.units} 个`,
  tooFewPanelUnits: () => '要求至少 2 个单位才能构成前沿',
  tooFewPanelPeriods: () => '要求至少 2 个时期',
  unbalancedPanel: (p) => `要求平衡面板：单位 ${p.unit} 没有时期 ${p.period} 的行`,
  tooFewRatedPanelUnits: (p) =>
    `要求每个时期至少有 2 个单位各有一项为正的投入和一项为正的产出，而时期 ${p.period} 只有 ${p.units} 个`,
  crossPeriodInfeasible: (p) => `单位 ${p.unit} 的跨期模型（时期 ${p.data} 的数据对照时期 ${p.frontier} 的前沿）无解`,
};
