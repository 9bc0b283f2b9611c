import { deaDetails } from '../../../core/productivity/dea-details';
import type { FunctionSpec } from '../../types';
import { PRODUCTIVITY } from '../../categories';
import { DEA_DATA_RULE, DEA_SOLVER_NOTE, deaInputsParam, deaOrientationParam, deaOutputsParam, deaRtsParam } from './dea-params';

const HEADER = [
  'unit',
  'efficiency',
  'crs te',
  'vrs te',
  'scale efficiency',
  'returns to scale',
  'slack input 1',
  'slack input 2',
  'slack output 1',
  'target input 1',
  'target input 2',
  'target output 1',
  'peers',
];

export const deaDetailsSpec: FunctionSpec = {
  name: 'DEA_DETAILS',
  category: PRODUCTIVITY,
  description: {
    en: "DEAP's full DEA report per unit: efficiency, CRS and VRS efficiency, scale efficiency, returns to scale, slacks, targets and peers.",
    zh: '按 DEAP 的格式逐单位给出完整的 DEA 结果：效率、CRS 与 VRS 技术效率、规模效率、规模报酬、松弛、目标值和参照单位。',
  },
  help: {
    en:
      'A table with a header row and one row per unit: unit (its name, or its row number), efficiency under the chosen rts and orientation, CRS technical efficiency, VRS technical efficiency, scale efficiency = CRS TE / VRS TE, returns to scale, then the slack of every input and every output, the target of every input and every output, and the peers. ' +
      'It follows DEAP 2.1 (Coelli 1996). Returns to scale come from the NIRS test: "crs" when scale efficiency is 1; otherwise "drs" when the NIRS efficiency equals the VRS efficiency, else "irs" (1e-6 tolerance). ' +
      'Slacks are found in a second phase (the two-stage method): with the radial efficiency fixed, the sum of all input and output slacks, in the data\'s own units, is maximised. A unit with efficiency 1 and a positive slack is only weakly efficient. ' +
      'Targets are the radial projection less the input slacks and plus the output slacks (input orientation: θx − s⁻ and y + s⁺; output orientation: x − s⁻ and φy + s⁺). ' +
      'Peers are the units with λ > 0 in the second-phase solution, in row order, with their weights: "B 0.50; E 0.29" (two decimals; weights under 0.01 with two significant digits). ' +
      'Slacks, targets and peers are those of the chosen rts and orientation; CRS TE, VRS TE, scale efficiency and returns to scale use the chosen orientation. ' +
      'names: one label per unit (a row or a column); omitted, units are shown by row number. ' +
      DEA_DATA_RULE.en +
      'Errors: #VALUE! when inputs and outputs have different numbers of rows, names do not have one entry per unit, a cell holds text or is blank, an option is unknown, or there are more than 5,000 units; #N/A with fewer than 2 units; #NUM! as above. ' +
      DEA_SOLVER_NOTE.en,
    zh:
      '返回带表头的表格，每个单位一行：单位（名称或行号）、所选 rts 与导向下的效率、CRS 技术效率、VRS 技术效率、规模效率 = CRS TE / VRS TE、规模报酬，随后依次为每种投入和每种产出的松弛、每种投入和每种产出的目标值，以及参照单位。' +
      '遵循 DEAP 2.1(Coelli 1996)的口径。规模报酬由 NIRS 检验判断：规模效率为 1 时为 "crs"；否则若 NIRS 效率等于 VRS 效率则为 "drs"（规模报酬递减），否则为 "irs"（规模报酬递增）（容差 1e-6）。' +
      '松弛在第二阶段求得（两阶段法）：固定径向效率，最大化全部投入和产出松弛之和（按数据原单位计）。效率为 1 但松弛为正的单位只是弱有效。' +
      '目标值为径向投影减去投入松弛、加上产出松弛（投入导向：θx − s⁻ 和 y + s⁺；产出导向：x − s⁻ 和 φy + s⁺）。' +
      '参照单位为第二阶段解中 λ > 0 的单位，按行序列出并附权重："B 0.50; E 0.29"（两位小数；小于 0.01 的权重保留两位有效数字）。' +
      '松弛、目标值和参照单位对应所选的 rts 和导向；CRS TE、VRS TE、规模效率和规模报酬采用所选导向。' +
      'names：每个单位一个标签（一行或一列）；省略时以行号表示单位。' +
      DEA_DATA_RULE.zh +
      '错误：inputs 与 outputs 行数不同、names 的个数与单位数不符、单元格含文本或为空、选项未知或单位超过 5000 个时返回 #VALUE!；单位少于 2 个时返回 #N/A;#NUM! 见上。' +
      DEA_SOLVER_NOTE.zh,
  },
  params: [
    deaInputsParam,
    deaOutputsParam,
    deaRtsParam,
    deaOrientationParam,
    {
      name: 'names',
      type: 'text',
      shape: 'vector',
      optional: true,
      description: { en: 'One name per unit, for the unit and peers columns; omitted = row numbers.', zh: '每个单位一个名称，用于单位列和参照单位列；省略时用行号。' },
    },
  ],
  result: {
    shape: 'matrix',
    header: true,
    description: {
      en: 'A header row, then per unit: unit, efficiency, crs te, vrs te, scale efficiency, returns to scale, slacks, targets, peers.',
      zh: '表头一行，随后每个单位一行：单位、效率、CRS 技术效率、VRS 技术效率、规模效率、规模报酬、松弛、目标值、参照单位。',
    },
  },
  glossary: ['dea', 'ccr-model', 'bcc-model', 'scale-efficiency', 'slacks', 'returns-to-scale', 'technical-efficiency'],
  examples: [
    {
      title: { en: 'DEAP example 1 with names: CRS, input orientation', zh: 'DEAP 示例 1（带名称）:CRS，投入导向' },
      args: [
        [
          [2, 5],
          [2, 4],
          [6, 6],
          [3, 2],
          [6, 2],
        ],
        [[1], [2], [3], [1], [2]],
        'crs',
        'input',
        [['A'], ['B'], ['C'], ['D'], ['E']],
      ],
      expected: [
        HEADER,
        ['A', 0.5, 0.5, 1, 0.5, 'irs', 0, 0.5, 0, 1, 2, 1, 'B 0.50'],
        ['B', 1, 1, 1, 1, 'crs', 0, 0, 0, 2, 4, 2, 'B 1.00'],
        ['C', 0.8333333333333334, 0.8333333333333334, 1, 0.8333333333333334, 'drs', 0, 0, 0, 5, 5, 3, 'B 1.00; E 0.50'],
        ['D', 0.7142857142857143, 0.7142857142857143, 1, 0.7142857142857143, 'irs', 0, 0, 0, 2.142857142857143, 1.4285714285714286, 1, 'B 0.21; E 0.29'],
        ['E', 1, 1, 1, 1, 'crs', 0, 0, 0, 6, 2, 2, 'E 1.00'],
      ],
      tolerance: 1e-6,
      source:
        'Coelli (1996) A Guide to DEAP Version 2.1, example EG1 (published TE, input slacks, input targets and peers with weights, to 3 decimals), via tests/fixtures/vectors/dea_ccr_bcc.json; VRS TE, scale efficiency and returns to scale derived by hand (firm 3 alone makes 3 units; no firm uses less of both inputs than firms 1 and 4)',
    },
    {
      title: { en: 'A radially efficient unit with slack (weakly efficient): unit 6', zh: '径向有效但有松弛的单位（弱有效）：第 6 个单位' },
      args: [
        [
          [4, 3],
          [7, 3],
          [8, 1],
          [4, 2],
          [2, 4],
          [10, 1],
        ],
        [[1], [1], [1], [1], [1], [1]],
      ],
      expected: [
        HEADER,
        [1, 0.8571428571428571, 0.8571428571428571, 0.8571428571428571, 1, 'crs', 0, 0, 0, 3.4285714285714284, 2.5714285714285716, 1, '4 0.71; 5 0.29'],
        [2, 0.631578947368421, 0.631578947368421, 0.631578947368421, 1, 'crs', 0, 0, 0, 4.421052631578947, 1.894736842105263, 1, '3 0.11; 4 0.89'],
        [3, 1, 1, 1, 1, 'crs', 0, 0, 0, 8, 1, 1, '3 1.00'],
        [4, 1, 1, 1, 1, 'crs', 0, 0, 0, 4, 2, 1, '4 1.00'],
        [5, 1, 1, 1, 1, 'crs', 0, 0, 0, 2, 4, 1, '5 1.00'],
        [6, 1, 1, 1, 1, 'crs', 2, 0, 0, 8, 1, 1, '3 1.00'],
      ],
      tolerance: 1e-6,
      source:
        'tests/fixtures/vectors/dea_ccr_bcc.json, case two_input_unit_output_weak_efficiency (Cooper, Seiford & Tone ch. 3 layout; θ = 6/7 and 12/19 derived by hand; unit 6 (10, 1) has slack 2 in input 1 against unit 3 (8, 1)); targets and λ derived by hand from the facets D–E and C–D',
    },
    {
      title: { en: 'names with the wrong number of entries: #VALUE!', zh: 'names 的个数与单位数不符：#VALUE!' },
      args: [[[2, 5], [2, 4], [6, 6]], [[1], [2], [3]], null, null, [['A', 'B']]],
      expected: [[{ error: '#VALUE!' }]],
      source: 'catalogue error table: shapes that do not match',
    },
    {
      title: { en: 'A blank input cell: #VALUE!', zh: '投入单元格为空：#VALUE!' },
      args: [[[2, 5], [2, null], [6, 6]], [[1], [2], [3]]],
      expected: [[{ error: '#VALUE!' }]],
      source: 'issue 5: blank cells in DEA data are #VALUE! naming the cell',
    },
  ],
  compute: deaDetails,
};
