/** The messages of src/core/shared, in Chinese: the ids and parameters of shared-messages.ts. */
import type { ChineseOf } from './messages';
import type { EN } from './shared-messages';

/** The Chinese of the column names of the framework scores (the help texts' terms); any other name stays as it is. */
const COLUMN_NAMES: Readonly<Record<string, string>> = {
  'new labourers': '新型劳动者',
  'new objects of labour': '新型劳动对象',
  'new means of labour': '新型劳动资料',
  'new infrastructure': '新型基础设施',
  'high-end': '高端化',
  'digitized (intelligent)': '数字化（智能化）',
  'green': '绿色化',
  'integrated': '融合化',
  'advanced quality': '先进性',
  'synergy': '协同性',
  'completeness': '完整性',
  'security': '安全性',
  'openness': '开放性',
  'inclusiveness': '包容性',
};

const columnNames = (names: string): string =>
  String(names)
    .split(', ')
    .map((name) => COLUMN_NAMES[name] ?? name)
    .join('、');

export const ZH: ChineseOf<typeof EN> = {
  // Weights and aggregation
  weightsLength: (p) => `要求 ${p.name} 为数据的每一列各给一个值（${p.columns} 个），而不是 ${p.count} 个`,
  blankWeight: (p) => `要求 ${p.name} 的每个单元格都为数值，而第 ${p.cell} 个单元格为空白`,
  negativeWeight: (p) => `${p.name} 不能为负`,
  zeroWeights: (p) => `${p.name} 全部为 0`,
  lowCoverage: (p) => `第 ${p.row} 行有值部分的权重占比为 ${p.coverage}，低于 minCoverage ${p.minCoverage}`,
  nonPositiveScore: (p) => `第 ${p.row} 行有 ≤ 0 的得分，无法按 "${p.method}" 方式加总`,
  scoresShape: (p) => `要求 scores 有 ${p.columns} 列（${columnNames(p.names)}），而不是 ${p.rows}×${p.cols}`,

  // The linear programming solver
  solverNotLoaded: (p) => `无法加载线性规划求解器（${p.detail}）`,
};
