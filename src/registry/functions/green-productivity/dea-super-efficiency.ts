import { deaSuperEfficiency } from '../../../core/green-productivity/super-efficiency';
import type { FunctionSpec } from '../../types';
import { GREEN_PRODUCTIVITY } from '../../categories';
import { DEA_SOLVER_NOTE, deaInputsParam, deaOrientationParam, deaOutputsParam, deaRtsParam } from '../productivity';

const EG1_INPUTS = [
  [2, 5],
  [2, 4],
  [6, 6],
  [3, 2],
  [6, 2],
];
const EG1_OUTPUTS = [[1], [2], [3], [1], [2]];

export const deaSuperEfficiencySpec: FunctionSpec = {
  name: 'DEA_SUPER_EFFICIENCY',
  category: GREEN_PRODUCTIVITY,
  description: {
    en: 'Radial super-efficiency (Andersen–Petersen) of each unit: DEA against the frontier of the other units, so efficient units score ≥ 1 and can be ranked.',
    zh: '每个单位的径向超效率(Andersen–Petersen)：相对除自身以外其他单位构成的前沿做 DEA，有效单位得分 ≥ 1，从而可以排序。',
  },
  help: {
    en:
      'Radial DEA marks many units efficient (score 1), and they cannot be told apart. Andersen and Petersen (1993) evaluate each unit against the frontier spanned by all the other units: an inefficient unit keeps its DEA_EFFICIENCY score, and an efficient one scores how far its inputs could grow (input orientation) before it would leave the frontier, ≥ 1. ' +
      'The arguments and conventions are those of DEA_EFFICIENCY: rts "crs" (default), "vrs", "nirs" or "ndrs"; orientation "input" (default, θ) or "output" (reported as 1/φ, as DEAP reports output efficiency, so that efficient units again score ≥ 1). ' +
      'Under "vrs" (and "nirs", "ndrs") the model of an extreme unit can have no solution — for instance, in output orientation, a unit that uses less of some input than any other unit: no combination of the others uses as little. That unit\'s cell is #N/A, with the message; the others still compute. Under "crs" every model has a solution. ' +
      'Data rule as DEA_EFFICIENCY: inputs and outputs ≥ 0, else #NUM! for the whole result; a unit whose inputs are all 0 or whose outputs are all 0 is #NUM! in its own cell only, with a message naming it, and is left out of every other unit\'s frontier, so the others score as they would without it; a blank cell is #VALUE! naming it. ' +
      'Errors: #VALUE! when inputs and outputs have different numbers of rows, a cell holds text or is blank, an option is unknown, or there are more than 5,000 units; #N/A with fewer than 2 units with a positive input and a positive output. ' +
      DEA_SOLVER_NOTE.en,
    zh:
      '径向 DEA 常把许多单位评为有效（得分 1），无法区分。Andersen 和 Petersen(1993)把每个单位与除自身以外全部单位构成的前沿比较：无效单位的得分与 DEA_EFFICIENCY 相同，有效单位的得分表示其投入还能增加多少（投入导向）而仍留在前沿上，不小于 1。' +
      '参数与口径同 DEA_EFFICIENCY:rts 为 "crs"（默认）、"vrs"、"nirs" 或 "ndrs";orientation 为 "input"（默认，报告 θ）或 "output"（按 DEAP 报告产出效率的做法报告 1/φ，因此有效单位的得分同样 ≥ 1）。' +
      '在 "vrs"（以及 "nirs"、"ndrs"）下，极端单位的模型可能无解——例如产出导向下，某单位某项投入比其他所有单位都少，其他单位的任何组合都达不到这么少的投入。该单位的单元格返回 #N/A 并给出说明，其余单位照常计算。"crs" 下所有模型都有解。' +
      '数据规则同 DEA_EFFICIENCY：投入和产出不小于 0，否则整个结果返回 #NUM!；投入全为 0 或产出全为 0 的单位仅在其单元格返回 #NUM!，并在提示信息中指出该单位；它不参与构成其他单位的前沿，因此其他单位的得分与去掉它时相同；空白单元格返回 #VALUE! 并指出所在单元格。' +
      '错误：inputs 与 outputs 行数不同、单元格含文本或为空、选项未知或单位超过 5000 个时返回 #VALUE!；投入和产出均有正值的单位少于 2 个时返回 #N/A。' +
      DEA_SOLVER_NOTE.zh,
  },
  params: [deaInputsParam, deaOutputsParam, deaRtsParam, deaOrientationParam],
  result: {
    shape: 'column',
    description: { en: 'One super-efficiency per unit (≥ 1 for the efficient units).', zh: '每个单位一个超效率值（有效单位 ≥ 1）。' },
  },
  glossary: ['super-efficiency', 'dea', 'ccr-model', 'bcc-model', 'technical-efficiency'],
  examples: [
    {
      title: { en: 'DEAP example 1 (CRS, input orientation): the two efficient firms become 2 and 2', zh: 'DEAP 示例 1(CRS，投入导向）：两家有效企业的超效率均为 2' },
      args: [EG1_INPUTS, EG1_OUTPUTS],
      expected: [[0.5], [2], [0.8333333333333334], [0.7142857142857143], [2]],
      tolerance: 1e-9,
      source:
        'inefficient firms: Coelli (1996) DEAP 2.1 example EG1 (0.500, 0.833, 0.714; exact 5/6 and 5/7). Efficient firms derived by hand: every other firm uses at least 2 of input 1 per unit of output, so firm 2 (input 1 = 2, output 2) needs θ ≥ 4/2 = 2, reached by 2/3 of firm 3; every other firm uses at least 1 of input 2 per unit of output, so firm 5 (input 2 = 2, output 2) needs θ ≥ 2, reached by firm 2',
    },
    {
      title: { en: 'VRS, output orientation: firms 2 and 4 cannot be enveloped by the others (#N/A)', zh: 'VRS，产出导向：其他企业无法包络企业 2 和企业 4(#N/A)' },
      args: [EG1_INPUTS, EG1_OUTPUTS, 'vrs', 'output'],
      expected: [[0.5], [{ error: '#N/A' }], [1.5], [{ error: '#N/A' }], [2]],
      tolerance: 1e-9,
      source:
        'derived by hand: firm 1 keeps its DEA_EFFICIENCY score 0.5 (firm 2 makes twice its output with no more input). Firm 2 (inputs 2, 4): only firm 1 has input 1 ≤ 2, and its input 2 is 5, so no convex combination of the others fits (infeasible). Firm 4 (3, 2): only firm 5 has input 2 ≤ 2, and its input 1 is 6 (infeasible). Firm 3 (6, 6): every other firm fits, the most output among them is 2, so φ = 2/3 and 1/φ = 1.5. Firm 5 (6, 2): only firm 4 fits, with output 1, so φ = 1/2 and 1/φ = 2',
    },
    {
      title: { en: 'One unit is no frontier: #N/A', zh: '只有一个单位无法构成前沿：#N/A' },
      args: [[[2, 5]], [[1]]],
      expected: [[{ error: '#N/A' }]],
      source: 'catalogue error table: too few units',
    },
  ],
  compute: deaSuperEfficiency,
};
