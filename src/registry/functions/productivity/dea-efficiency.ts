import { deaEfficiency } from '../../../core/productivity/dea-efficiency';
import type { FunctionSpec } from '../../types';
import { PRODUCTIVITY } from '../../categories';
import { DEA_DATA_RULE, DEA_SOLVER_NOTE, deaInputsParam, deaOrientationParam, deaOutputsParam, deaRtsParam } from './dea-params';

const EG1_INPUTS = [
  [2, 5],
  [2, 4],
  [6, 6],
  [3, 2],
  [6, 2],
];
const EG1_OUTPUTS = [[1], [2], [3], [1], [2]];

export const deaEfficiencySpec: FunctionSpec = {
  name: 'DEA_EFFICIENCY',
  category: PRODUCTIVITY,
  description: {
    en: 'Technical efficiency of each unit (row) by radial data envelopment analysis (DEA), as DEAP reports it.',
    zh: '用径向数据包络分析(DEA)计算每个单位（行）的技术效率，口径与 DEAP 一致。',
  },
  help: {
    en:
      'Each unit (firm, region, industry, year) is compared with the best-practice frontier spanned by all the units: the envelopment form of the CCR and BCC models, following the conventions of DEAP 2.1 (Coelli 1996), which most papers replicate. ' +
      'rts "crs" (default) is constant returns to scale (CCR), "vrs" variable returns (BCC, Σλ = 1), "nirs" non-increasing (Σλ ≤ 1), "ndrs" non-decreasing (Σλ ≥ 1). ' +
      'orientation "input" (default) gives θ, the share to which all inputs could shrink with the outputs kept; "output" gives 1/φ, where φ is the factor by which all outputs could grow with the inputs kept. Both lie in (0, 1] and 1 means the unit is on the frontier (other tools, such as deaR or Benchmarking, report φ ≥ 1 instead). Under "crs" the two orientations agree. ' +
      'A score of 1 can still hide slacks (weak efficiency): DEA_DETAILS reports them with the targets and peers. ' +
      DEA_DATA_RULE.en +
      'Errors: #VALUE! when inputs and outputs have different numbers of rows, a cell holds text or is blank, an option is unknown, or there are more than 5,000 units; #N/A with fewer than 2 units; #NUM! as above. ' +
      DEA_SOLVER_NOTE.en,
    zh:
      '每个单位（企业、地区、产业、年份）与全部单位构成的最佳实践前沿比较：采用 CCR 和 BCC 模型的包络形式，遵循多数论文所复现的 DEAP 2.1(Coelli 1996)口径。' +
      'rts 为 "crs"（默认）时为规模报酬不变(CCR),"vrs" 为规模报酬可变(BCC,Σλ = 1),"nirs" 为规模报酬非递增(Σλ ≤ 1),"ndrs" 为规模报酬非递减(Σλ ≥ 1)。' +
      'orientation 为 "input"（默认）时返回 θ，即保持产出不变时所有投入可同比缩减到的比例；"output" 返回 1/φ,φ 为保持投入不变时所有产出可同比扩大的倍数。两者都在 (0, 1] 之间，1 表示该单位位于前沿上（deaR、Benchmarking 等工具则报告 φ ≥ 1）。在 "crs" 下两种导向结果相同。' +
      '效率为 1 仍可能存在松弛（弱有效）：DEA_DETAILS 会报告松弛、目标值和参照单位。' +
      DEA_DATA_RULE.zh +
      '错误：inputs 与 outputs 行数不同、单元格含文本或为空、选项未知或单位超过 5000 个时返回 #VALUE!；单位少于 2 个时返回 #N/A;#NUM! 见上。' +
      DEA_SOLVER_NOTE.zh,
  },
  params: [deaInputsParam, deaOutputsParam, deaRtsParam, deaOrientationParam],
  result: {
    shape: 'column',
    description: { en: 'One technical efficiency in (0, 1] per unit.', zh: '每个单位一个技术效率值，位于 (0, 1] 之间。' },
  },
  glossary: ['dea', 'ccr-model', 'bcc-model', 'technical-efficiency', 'total-factor-productivity'],
  examples: [
    {
      title: { en: 'DEAP example 1: five firms, two inputs, one output (CRS, input orientation)', zh: 'DEAP 示例 1：五家企业、两种投入、一种产出（CRS，投入导向）' },
      args: [EG1_INPUTS, EG1_OUTPUTS],
      expected: [[0.5], [1], [0.8333333333333334], [0.7142857142857143], [1]],
      tolerance: 1e-6,
      source: 'Coelli (1996) A Guide to DEAP Version 2.1, CEPA WP 96/08, example EG1 (published 0.500, 1.000, 0.833, 0.714, 1.000); exact values 5/6 and 5/7 via tests/fixtures/vectors/dea_ccr_bcc.json',
    },
    {
      title: { en: 'One input and one output: CRS efficiency is the output/input ratio over the best ratio', zh: '一种投入一种产出：CRS 效率等于产出投入比除以最佳比值' },
      args: [[[2], [3], [3], [4], [5], [5], [6], [8]], [[1], [3], [2], [3], [4], [2], [3], [5]]],
      expected: [[0.5], [1], [0.6666666666666666], [0.75], [0.8], [0.4], [0.5], [0.625]],
      tolerance: 1e-9,
      source: 'tests/fixtures/vectors/dea_ccr_bcc.json, case one_input_one_output_ratio (Cooper, Seiford & Tone 2007, ch. 1 layout; derived analytically: (y/x)/max(y/x))',
    },
    {
      title: { en: 'DEAP example 1 under VRS, output orientation', zh: 'DEAP 示例 1,VRS，产出导向' },
      args: [EG1_INPUTS, EG1_OUTPUTS, 'vrs', 'output'],
      expected: [[0.5], [1], [1], [1], [1]],
      tolerance: 1e-9,
      source:
        'derived by hand: firm 1 (inputs 2, 5; output 1) is outdone by firm 2 (inputs 2, 4; output 2), so φ = 2 and 1/φ = 0.5; firm 3 alone makes 3; firms 2, 4 and 5 cannot be reached by any convex combination with no more of either input',
    },
    {
      title: { en: 'A negative input is outside the DEA data rule: #NUM!', zh: '投入为负违反 DEA 数据规则：#NUM!' },
      args: [[[2, 5], [-2, 4], [6, 6]], [[1], [2], [3]]],
      expected: [[{ error: '#NUM!' }]],
      source: 'catalogue section 7: inputs and outputs ≥ 0, else #NUM!',
    },
    {
      title: {
        en: 'A unit whose outputs are all 0: #NUM! in its own cell; it is left out of the frontier and the others compute without it',
        zh: '某单位的产出全为 0：仅该单元格返回 #NUM!；该单位不参与构成前沿，其他单位按没有它的情形计算',
      },
      args: [[[2, 5], [2, 4], [6, 6]], [[1], [0], [3]]],
      expected: [[1], [{ error: '#NUM!' }], [1]],
      tolerance: 1e-9,
      source:
        'catalogue section 7: each unit needs at least one positive input and one positive output, a failure confined to that unit; derived by hand without row 2: row 1 (2, 5; 1) needs λ ≥ 1/3 of row 3 (6, 6; 3), which uses 2 of input 1, so θ = 1; row 3 makes the most output per input',
    },
    {
      title: { en: 'Inputs and outputs with different numbers of rows: #VALUE!', zh: 'inputs 与 outputs 行数不同：#VALUE!' },
      args: [[[2, 5], [2, 4], [6, 6]], [[1], [2]]],
      expected: [[{ error: '#VALUE!' }]],
      source: 'catalogue error table: shapes that do not match',
    },
    {
      title: { en: 'One unit is no frontier: #N/A', zh: '只有一个单位无法构成前沿：#N/A' },
      args: [[[2, 5]], [[1]]],
      expected: [[{ error: '#N/A' }]],
      source: 'catalogue error table: too few units',
    },
  ],
  compute: deaEfficiency,
};
