import { sbmDetails } from '../../../core/green-productivity/sbm-details';
import type { FunctionSpec } from '../../types';
import { GREEN_PRODUCTIVITY } from '../../categories';
import { DEA_SOLVER_NOTE } from '../productivity';
import { greenInputsParam, greenOutputsParam, sbmOrientationParam, sbmRtsParam, SBM_DATA_RULE, superParam, undesirableParam } from './green-params';
import { SBM_MODEL } from './sbm-efficiency';
import { TONE_INPUTS, TONE_OUTPUTS, TONE_SOURCE } from './tone-2001-example';

const HEADER = ['name', 'efficiency', 'slack x1', 'slack x2', 'slack y1', 'slack y2', 'target x1', 'target x2', 'target y1', 'target y2', 'peers'];

export const sbmDetailsSpec: FunctionSpec = {
  name: 'SBM_DETAILS',
  category: GREEN_PRODUCTIVITY,
  description: {
    en: 'The full SBM report of each unit: efficiency, the slack of every input, good and bad output, the targets, and the peers with their λ.',
    zh: '每个单位完整的 SBM 报告：效率、每种投入与期望和非期望产出的松弛、目标值，以及参照单位及其 λ。',
  },
  help: {
    en:
      'A header row, then one row per unit: name (from names, or the row number), efficiency (ρ as SBM_EFFICIENCY gives it with the same arguments), the slack of every input (slack x1, …), good output (slack y1, …) and bad output (slack b1, …), the targets (target x1, …, target y1, …, target b1, …), and the peers: the units with λ > 0 and their λ, as "B 0.50; E 0.29". ' +
      'For an SBM unit the targets are its projection on the frontier, x − s⁻, y + sᵍ and b − sᵇ: how much less input and bad output, and how much more good output, would make it efficient. For a unit scored by super-SBM (super TRUE, ρ ≥ 1) the slacks are those of the super-SBM model — how far its inputs and bad outputs could rise and its good outputs fall before it would leave the frontier of the other units — and the targets are that point, x + s⁻, y − s⁺ and b + sᵇ. ' +
      'Where the optimal slacks are not unique (a degenerate programme, common among efficient units), the solver\'s optimal solution is reported, as deaR and DEA-SOLVER do; ρ is always unique. Without undesirable there are no b columns. ' +
      SBM_MODEL.en +
      SBM_DATA_RULE.en +
      'A unit whose model fails shows its error in every cell of its row but the name. Errors otherwise as SBM_EFFICIENCY, and #VALUE! when names do not have one entry per unit. ' +
      DEA_SOLVER_NOTE.en,
    zh:
      '返回带表头的表格，每个单位一行：name（取自 names，或行号）、efficiency（ρ，与相同参数下的 SBM_EFFICIENCY 相同）、每种投入的松弛(slack x1, …)、每种期望产出的松弛(slack y1, …)和每种非期望产出的松弛(slack b1, …)、目标值(target x1, …, target y1, …, target b1, …)，以及参照单位：λ > 0 的单位及其 λ，如 "B 0.50; E 0.29"。' +
      '对 SBM 单位，目标值是其在前沿上的投影 x − s⁻、y + sᵍ 和 b − sᵇ：投入和非期望产出减少多少、期望产出增加多少即可有效。对按超效率 SBM 评价的单位（super 为 TRUE,ρ ≥ 1)，松弛取自超效率 SBM 模型——其投入和非期望产出还能增加多少、期望产出还能减少多少而不离开其他单位构成的前沿——目标值即该点 x + s⁻、y − s⁺ 和 b + sᵇ。' +
      '最优松弛不唯一时（退化规划，在有效单位中常见），报告求解器给出的最优解，与 deaR 和 DEA-SOLVER 一致；ρ 总是唯一的。未给出 undesirable 时没有 b 列。' +
      SBM_MODEL.zh +
      SBM_DATA_RULE.zh +
      '某单位的模型失败时，该行除名称外的每个单元格都显示其错误。其他错误同 SBM_EFFICIENCY;names 的个数与单位数不符时返回 #VALUE!。' +
      DEA_SOLVER_NOTE.zh,
  },
  params: [
    greenInputsParam,
    greenOutputsParam,
    undesirableParam(true),
    sbmRtsParam,
    sbmOrientationParam,
    superParam,
    {
      name: 'names',
      type: 'text',
      shape: 'vector',
      optional: true,
      description: { en: 'One name per unit, for the name and peers columns; omitted = row numbers.', zh: '每个单位一个名称，用于 name 列和参照单位列；省略时用行号。' },
    },
  ],
  result: {
    shape: 'matrix',
    header: true,
    description: {
      en: 'A header row, then per unit: name, efficiency, slacks, targets, peers.',
      zh: '表头一行，随后每个单位一行：名称、效率、松弛、目标值、参照单位。',
    },
  },
  glossary: ['sbm', 'undesirable-output', 'super-efficiency', 'dea-slacks'],
  examples: [
    {
      title: { en: 'Tone (2001), CRS: slacks, targets and peers', zh: 'Tone(2001),CRS：松弛、目标值和参照单位' },
      args: [TONE_INPUTS, TONE_OUTPUTS, null, null, null, null, [['A'], ['B'], ['C'], ['D'], ['E']]],
      expected: [
        HEADER,
        ['A', 0.797979798, 0, 0.3571428571, 0.7142857143, 0, 4, 2.6428571429, 2.7142857143, 3, 'C 0.36; E 0.57'],
        ['B', 0.5681818182, 0, 0.6428571429, 2.2857142857, 0, 6, 2.3571428571, 4.2857142857, 3, 'C 0.64; E 0.43'],
        ['C', 1, 0, 0, 0, 0, 8, 1, 6, 2, 'C 1.00'],
        ['D', 0.6666666667, 0, 0, 0, 1, 8, 1, 6, 2, 'C 1.00'],
        ['E', 1, 0, 0, 0, 0, 2, 4, 1, 4, 'E 1.00'],
      ],
      tolerance: 1e-8,
      source:
        TONE_SOURCE +
        ' (ρ, the slacks of every unit, unique here, and λ of A = (0, 0, 0.357, 0, 0.571)); the targets are x − s⁻ and y + s⁺; the λ of B and D, derived by hand from their slacks: B\'s target (6, 2.357; 4.286, 3) = 0.643 C + 0.429 E, D\'s (8, 1; 6, 2) = C',
    },
    {
      title: { en: 'Names that do not match the units: #VALUE!', zh: '名称个数与单位数不符：#VALUE!' },
      args: [TONE_INPUTS, TONE_OUTPUTS, null, null, null, null, [['A'], ['B']]],
      expected: [[{ error: '#VALUE!' }]],
      source: 'catalogue error table: shapes that do not match',
    },
  ],
  compute: sbmDetails,
};
