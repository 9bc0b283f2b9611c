/** Parameters and help shared by the DEA functions (DEA_EFFICIENCY, DEA_DETAILS, MALMQUIST). */
import type { ParamSpec, Text } from '../../types';
import { DEA_ORIENTATIONS, DEA_RTS } from '../../../core/productivity/dea-model';

export const deaInputsParam: ParamSpec = {
  name: 'inputs',
  type: 'number',
  shape: 'matrix',
  blanks: 'error',
  min: 0,
  description: {
    en: 'One row per unit, one column per input; all ≥ 0, each unit with a positive input.',
    zh: '每个单位一行，每种投入一列；均不小于 0，每个单位至少有一项投入为正。',
  },
};

export const deaOutputsParam: ParamSpec = {
  name: 'outputs',
  type: 'number',
  shape: 'matrix',
  blanks: 'error',
  min: 0,
  description: {
    en: 'One row per unit (the same rows as inputs), one column per output; all ≥ 0, each unit with a positive output.',
    zh: '每个单位一行（与 inputs 的行对应），每种产出一列；均不小于 0，每个单位至少有一项产出为正。',
  },
};

export const deaRtsParam: ParamSpec = {
  name: 'rts',
  type: 'option',
  shape: 'scalar',
  optional: true,
  default: 'crs',
  options: DEA_RTS,
  description: {
    en: 'Returns to scale: "crs" (default, CCR), "vrs" (BCC), "nirs" or "ndrs".',
    zh: '规模报酬："crs"（默认，CCR 模型）、"vrs"（BCC 模型）、"nirs"（非递增）或 "ndrs"（非递减）。',
  },
};

export const deaOrientationParam: ParamSpec = {
  name: 'orientation',
  type: 'option',
  shape: 'scalar',
  optional: true,
  default: 'input',
  options: DEA_ORIENTATIONS,
  description: {
    en: '"input" (default) or "output"; output efficiency is reported as 1/φ ≤ 1, as DEAP does.',
    zh: '"input"（默认，投入导向）或 "output"（产出导向）；产出导向效率按 DEAP 的做法报告为 1/φ ≤ 1。',
  },
};

/** The data rule and the #NUM! it gives, in both languages. */
export const DEA_DATA_RULE: Text = {
  en:
    'Data rule: every input and output must be ≥ 0; a negative value is #NUM! for the whole result. A unit whose inputs are all 0, or whose outputs are all 0, has no efficiency (with no inputs it would make output from nothing; with no outputs there is nothing to rate): it is #NUM! in its own cell only, with a message naming it, and it is left out of the frontier, so the other units get the results they would get without it (in a panel, the unit is left out of that period only): kept in, a unit with no inputs would let any output be made from nothing and every other unit could score 0. Fewer than 2 units with a positive input and a positive output (in a period, for a panel) are #N/A. ' +
    'A blank cell is #VALUE! naming the cell. ' +
    'Too few units for the number of inputs and outputs make most units efficient, since each can be best on some ratio: a common rule of thumb asks for at least max(m × s, 3 (m + s)) units for m inputs and s outputs (Cooper, Seiford and Tone 2007). ',
  zh:
    '数据规则：所有投入和产出都须不小于 0；出现负值时整个结果返回 #NUM!。投入全为 0 或产出全为 0 的单位没有效率值（没有投入就等于凭空产出；没有产出则无可评价）：仅该单位的单元格返回 #NUM!，并在提示信息中指出该单位；该单位不参与构成前沿，因此其他单位的结果与去掉它时相同（面板数据中只在该时期剔除）：若保留，一个没有投入的单位意味着任何产出都可以凭空得到，其他单位的效率都可能变成 0。投入和产出均有正值的单位少于 2 个（面板数据中指某一时期）时返回 #N/A。' +
    '空白单元格返回 #VALUE! 并指出所在单元格。' +
    '相对于投入和产出的个数，单位太少时多数单位都会显示为有效（每个单位总能在某个比率上最优）：常用的经验规则是 m 项投入、s 项产出时至少需要 max(m × s, 3 (m + s)) 个单位（Cooper、Seiford 与 Tone 2007）。',
};

export const DEA_SOLVER_NOTE: Text = {
  en: 'The linear programmes are solved by HiGHS (a proven open-source LP solver, compiled to WebAssembly), loaded the first time a DEA function is used. ',
  zh: '线性规划由 HiGHS（成熟的开源线性规划求解器，编译为 WebAssembly）求解，在首次使用 DEA 函数时加载。',
};
