import { couplingCoordination } from '../../../core/synergy/coupling-coordination';
import { SYNERGY } from '../../categories';
import type { FunctionSpec } from '../../types';

export const couplingCoordinationSpec: FunctionSpec = {
  name: 'COUPLING_COORDINATION',
  category: SYNERGY,
  description: {
    en: 'Coupling coordination of k ≥ 2 subsystems for each unit (row): the degree D (default), the coupling C, the development level T, or all three.',
    zh: '每个单元（行）k ≥ 2 个子系统的耦合协调：耦合协调度 D（默认）、耦合度 C、综合发展指数 T，或三者全部。',
  },
  help: {
    en:
      'scores: one unit (region, year) per row and one subsystem per column, each a composite score already normalised to [0, 1] (for example from NQP.COMPOSITE_SCORE). ' +
      'Standard form: C = (U1·U2·…·Uk)^(1/k) / ((U1 + … + Uk)/k), the geometric mean over the arithmetic mean, written in many papers as C = k·[ΠU / (ΣU)^k]^(1/k); C = 1 when all subsystems score the same. The coefficient k matters: forms that drop it cap C at 1/k. ' +
      'T = Σ αi Ui with weights α (default equal, rescaled to sum to 1; they enter T only, never C), and D = √(C·T). C alone measures balance, not coordination: report D. ' +
      'output "D" (default), "C" or "T" gives one column; "all" gives three columns C, T, D under a header row. Classify D with NQP.COORDINATION_LEVEL. ' +
      'formula: only "standard" is available. The "modified" coupling degree of Wang Shujia et al. (2021, Journal of Natural Resources 36(3)) is reserved: it returns #VALUE! until its formula has been checked against the paper. ' +
      'Any U = 0 gives C = D = 0. A row with every U = 0 gives #DIV/0! for C and D (0/0) and T = 0. A fully blank row gives a blank result; a row with some blank scores gives #N/A in that row. ' +
      'Errors: #VALUE! in a row with a score above 1, which is on another scale (most often 0–100): the message names the cell and the fix, divide the scores by 100 or normalise them with NQP.NORMALIZE (a score a rounding error above 1 counts as 1); #NUM! in a row with a negative score; #N/A with fewer than two columns; #VALUE! for text, weights of another length, or an unknown option; #NUM! for a negative weight, #DIV/0! for weights summing to 0.',
    zh:
      'scores：每行一个单元（地区、年份），每列一个子系统，各为已归一化到 [0, 1] 的综合得分（例如 NQP.COMPOSITE_SCORE 的结果）。' +
      '标准形式：C = (U1·U2·…·Uk)^(1/k) / ((U1 + … + Uk)/k)，即几何平均数与算术平均数之比，许多文献写作 C = k·[ΠU / (ΣU)^k]^(1/k)；各子系统得分相同时 C = 1。系数 k 不可省略：省略后 C 的上限变为 1/k。' +
      'T = Σ αi Ui，权重 α 默认相等（重新缩放为和为 1；只用于 T，不用于 C），D = √(C·T)。C 只反映均衡程度而非协调水平，应报告 D。' +
      'output 为 "D"（默认）、"C" 或 "T" 时返回一列；"all" 返回带标题行的三列 C、T、D。可用 NQP.COORDINATION_LEVEL 对 D 分级。' +
      'formula：目前只提供 "standard"。王淑佳等(2021,《自然资源学报》36(3))的修正耦合度 "modified" 为保留选项：在其公式与原文核对之前返回 #VALUE!。' +
      '任一 U = 0 时 C = D = 0。某行全部 U = 0 时 C 和 D 为 #DIV/0!(0/0),T = 0。整行空白时结果为空；部分得分空白的行返回 #N/A。' +
      '错误：某行得分大于 1 时该行返回 #VALUE!：得分采用了别的量纲（多为 0–100），提示信息指出所在单元格和改正办法——将得分除以 100，或用 NQP.NORMALIZE 归一化（仅因舍入误差略大于 1 的得分按 1 计）；某行得分为负时该行返回 #NUM!；少于两列时返回 #N/A；文本、权重个数不符或未知选项返回 #VALUE!；权重为负返回 #NUM!，权重合计为 0 返回 #DIV/0!。',
  },
  params: [
    {
      name: 'scores',
      type: 'number',
      shape: 'matrix',
      description: {
        en: 'Subsystem scores in [0, 1]: units in rows, k ≥ 2 subsystems in columns.',
        zh: '子系统得分，取值 [0, 1]：单元为行，k ≥ 2 个子系统为列。',
      },
    },
    {
      name: 'weights',
      type: 'number',
      shape: 'vector',
      optional: true,
      min: 0,
      description: { en: 'k weights ≥ 0 for T; default equal.', zh: '计算 T 的 k 个权重，≥ 0；默认相等。' },
    },
    {
      name: 'formula',
      type: 'option',
      shape: 'scalar',
      optional: true,
      default: 'standard',
      options: ['standard', 'modified'],
      description: {
        en: '"standard" (default). "modified" (Wang Shujia et al. 2021) is not yet available.',
        zh: '"standard"（默认）。"modified"（王淑佳等 2021）暂不可用。',
      },
    },
    {
      name: 'output',
      type: 'option',
      shape: 'scalar',
      optional: true,
      default: 'd',
      options: ['d', 'c', 't', 'all'],
      description: {
        en: '"D" (default), "C", "T", or "all" (C, T, D with a header row).',
        zh: '"D"（默认）、"C"、"T"，或 "all"（带标题行的 C、T、D）。',
      },
    },
  ],
  result: {
    shape: 'column',
    perUnit: { option: 'output', rows: ['d', 'c', 't'], header: ['all'] },
    description: {
      en: 'One value per unit; with output "all" a table of C, T and D under a header row.',
      zh: '每个单元一个值；output 为 "all" 时为带标题行的 C、T、D 表。',
    },
  },
  glossary: ['coupling-coordination', 'coupling-degree', 'synergy'],
  examples: [
    {
      title: { en: 'D for two regions with two subsystems', zh: '两个地区、两个子系统的 D' },
      args: [[[0.3, 0.6], [0.5, 0.5]], null, null, null],
      expected: [[0.65135556], [0.70710678]],
      tolerance: 1e-8,
      source: 'tests/fixtures/vectors/coupling_coordination.json, cases U = (0.3, 0.6) and (0.5, 0.5), original form (derived)',
    },
    {
      title: { en: 'C, T and D of three subsystems; equal scores give C = 1', zh: '三个子系统的 C、T、D；得分相同时 C = 1' },
      args: [[[0.2, 0.4, 0.6], [0.7, 0.7, 0.7]], null, 'standard', 'all'],
      expected: [
        ['C', 'T', 'D'],
        [0.9085603, 0.4, 0.60284668],
        [1, 0.7, Math.sqrt(0.7)],
      ],
      tolerance: 1e-7,
      source: 'row 2: tests/fixtures/vectors/coupling_coordination.json, case U = (0.2, 0.4, 0.6); row 3 by hand: geometric = arithmetic mean, D = √0.7',
    },
    {
      title: { en: 'Weights enter T only', zh: '权重只用于 T' },
      args: [[[0.2, 0.4, 0.6]], [[0.5, 0.3, 0.2]], null, 'T'],
      expected: [[0.34]],
      tolerance: 1e-12,
      source: 'by hand: 0.5·0.2 + 0.3·0.4 + 0.2·0.6',
    },
    {
      title: { en: 'Scores on a 0–100 scale are #VALUE! in their row, naming the fix', zh: '0–100 量纲的得分在所在行返回 #VALUE!，并提示改正办法' },
      args: [[[0.3, 0.6], [63.5, 70]], null, null, null],
      expected: [[0.65135556], [{ error: '#VALUE!' }]],
      tolerance: 1e-8,
      source: 'row 1: tests/fixtures/vectors/coupling_coordination.json, case U = (0.3, 0.6); row 2: a score above 1 is on another scale (catalogue error table: a value on the wrong scale)',
    },
    {
      title: { en: 'The modified form is not yet available', zh: '修正形式暂不可用' },
      args: [[[0.3, 0.6]], null, 'modified', null],
      expected: [[{ error: '#VALUE!' }]],
      source: 'shared/reference/methods.md A6 marks the Wang et al. (2021) formula unverified; the add-in refuses it until it is checked',
    },
  ],
  compute: couplingCoordination,
};
