/** The messages of the synergy family, in Chinese: the ids and parameters of messages.ts. */
import type { ChineseOf } from '../shared/messages';
import type { EN } from './messages';

export const ZH: ChineseOf<typeof EN> = {
  // COORDINATION_LEVEL
  dNotNumber: () => 'd 必须为数值',
  dNegative: () => 'd 必须在 [0, 1] 之内',
  dAboveOne: (p) =>
    `要求 d 在 [0, 1] 之内，而不是 ${p.d}：D 是否采用了 0–100 的量纲？请将其除以 100，或用 NQP.COUPLING_COORDINATION 由 [0, 1] 内的得分计算`,

  // COUPLING_COORDINATION
  weightsLength: (p) => `weights 有 ${p.count} 个值，而 scores 有 ${p.k} 列`,
  weightBlank: (p) => `weights 的第 ${p.item} 项为空白`,
  weightNotNumber: (p) => `weights 的第 ${p.item} 项不是数值`,
  weightNegative: (p) => `weights 的第 ${p.item} 项为负（${p.value}）`,
  weightsSumZero: () => 'weights 之和为 0',
  scoreMissing: (p) => `第 ${p.row} 行第 ${p.column} 列的得分缺失`,
  scoreNegative: (p) => `第 ${p.row} 行第 ${p.column} 列：得分 ${p.value} 不在 [0, 1] 之内`,
  scoreAboveOne: (p) =>
    `要求得分在 [0, 1] 之内，而不是 ${p.value}（第 ${p.row} 行第 ${p.column} 列）：得分是否采用了 0–100 的量纲？请将其除以 100，或用 NQP.NORMALIZE 归一化`,
  scoresAllZero: (p) => `第 ${p.row} 行：所有得分均为 0，C 为 0/0`,
  modifiedUnavailable: () => 'formula "modified" 暂不可用：王淑佳等（2021）公式的转录尚未核实；请使用 "standard"',
  unknownFormula: (p) => `formula 必须为 "standard"，而不是 "${p.formula}"`,
  unknownOutput: (p) => `output 必须为 "D"、"C"、"T" 或 "all"，而不是 "${p.output}"`,
  noScoreRows: () => '要求 scores 至少有一行',
  tooFewSubsystems: () => '要求至少两个子系统（scores 的列）',
  raggedRow: (p) => `${p.name} 的第 ${p.row} 行有 ${p.columns} 列，而不是 ${p.k} 列`,

  // The modified coupling degree
  modifiedTooFewSubsystems: () => '要求至少两个子系统',
  modifiedScoreOutside: (p) => `第 ${p.index} 个得分（${p.value}）不在 [0, 1] 之内`,
  modifiedScoresAllZero: () => '所有得分均为 0',

  // Sector rows
  sectorShapeMismatch: (p) =>
    `valueAdded（${p.rows}×${p.cols}）与 employment（${p.employmentRows}×${p.employmentCols}）的形状必须相同`,
  tooFewSectors: () => '要求至少两个产业（列）',
  valueMissing: (p) => `第 ${p.row} 行：${p.name} 第 ${p.column} 列的值缺失`,
  valueNegative: (p) => `第 ${p.row} 行：${p.name} 第 ${p.column} 列的值为负（${p.value}）`,
  employmentZero: (p) => `第 ${p.row} 行：employment 第 ${p.column} 列为 0，而该产业的增加值为正`,
  totalValueAddedZero: (p) => `第 ${p.row} 行：增加值合计为 0`,
  totalEmploymentZero: (p) => `第 ${p.row} 行：就业人数合计为 0`,

  // STRUCTURE_ADVANCEMENT
  unknownKind: (p) => `kind 必须为 "ratio" 或 "hierarchy"，而不是 "${p.kind}"`,
  tooFewColumns: () => '要求至少三列：第一、第二、第三产业增加值',
  secondaryZero: (p) => `第 ${p.row} 行：第二产业增加值（第 2 列）为 0`,
};
