/** Arguments and help shared by the green family's functions (catalogue section 10). */
import type { ParamSpec, Text } from '../../types';
import { DDF_DIRECTIONS, DISPOSABILITIES, SBM_ORIENTATIONS, SBM_RTS } from '../../../core/green-productivity';
import { deaInputsParam, deaOutputsParam } from '../productivity';

export const greenInputsParam: ParamSpec = deaInputsParam;
export const greenOutputsParam: ParamSpec = {
  ...deaOutputsParam,
  description: {
    en: 'One row per unit (the same rows as inputs), one column per good (desirable) output, e.g. GDP; all ≥ 0, each unit with a positive output.',
    zh: '每个单位一行（与 inputs 的行对应），每种期望产出一列（如 GDP）；均不小于 0，每个单位至少有一项产出为正。',
  },
};

export const undesirableParam = (optional: boolean): ParamSpec => ({
  name: 'undesirable',
  type: 'number',
  shape: 'matrix',
  blanks: 'error',
  min: 0,
  ...(optional ? { optional: true } : {}),
  description: {
    en: `One row per unit (the same rows), one column per bad (undesirable) output, e.g. CO₂ and SO₂ emissions; all ≥ 0.${optional ? ' Omitted: no bad outputs.' : ''}`,
    zh: `每个单位一行（行与投入对应），每种非期望产出一列（如 CO₂、SO₂ 排放）；均不小于 0。${optional ? '省略时不含非期望产出。' : ''}`,
  },
});

export const sbmRtsParam: ParamSpec = {
  name: 'rts',
  type: 'option',
  shape: 'scalar',
  optional: true,
  default: 'crs',
  options: SBM_RTS,
  description: { en: 'Returns to scale: "crs" (default) or "vrs" (Σλ = 1).', zh: '规模报酬："crs"（默认，不变）或 "vrs"（可变，Σλ = 1）。' },
};

export const sbmOrientationParam: ParamSpec = {
  name: 'orientation',
  type: 'option',
  shape: 'scalar',
  optional: true,
  default: 'non',
  options: SBM_ORIENTATIONS,
  description: {
    en: '"non" (default: non-oriented, input and output slacks both count), "input" or "output".',
    zh: '"non"（默认，非导向：投入与产出松弛都计入）、"input"（投入导向）或 "output"（产出导向）。',
  },
};

export const superParam: ParamSpec = {
  name: 'super',
  type: 'boolean',
  shape: 'scalar',
  optional: true,
  default: false,
  description: {
    en: 'TRUE: super-SBM (Tone 2002) for the units with ρ = 1, so that they can be ranked (scores ≥ 1); the others keep their SBM ρ. Default FALSE.',
    zh: 'TRUE：对 ρ = 1 的单位计算超效率 SBM(Tone 2002)，使其可以排序（得分 ≥ 1）；其余单位保持 SBM 的 ρ。默认 FALSE。',
  },
};

export const directionParam: ParamSpec = {
  name: 'direction',
  type: 'option',
  shape: 'scalar',
  optional: true,
  default: 'outputs',
  options: DDF_DIRECTIONS,
  description: {
    en: '"outputs" (default: g = (0, y, b), expand good and contract bad outputs) or "all" (g = (x, y, b): contract inputs too).',
    zh: '"outputs"（默认，g = (0, y, b)：扩大期望产出、缩减非期望产出）或 "all"(g = (x, y, b)：同时缩减投入）。',
  },
};

export const disposabilityParam: ParamSpec = {
  name: 'disposability',
  type: 'option',
  shape: 'scalar',
  optional: true,
  default: 'weak',
  options: DISPOSABILITIES,
  description: {
    en: 'Of the bad outputs: "weak" (default: equalities, bad outputs fall only together with good ones) or "strong" (inequalities).',
    zh: '非期望产出的可处置性："weak"（默认，弱可处置：等式约束，非期望产出只能随期望产出一同减少）或 "strong"（强可处置：不等式约束）。',
  },
};

/** What the SBM functions do with zeros, in both languages. */
export const SBM_DATA_RULE: Text = {
  en:
    'Data rule: every value must be ≥ 0 (a negative value is #NUM! for the whole result) and every unit needs a positive input and a positive good output: a unit whose inputs are all 0 or whose good outputs are all 0 is #NUM! in its own cell (its row) only, with a message naming it, and is left out of the frontier, so the other units get the results they would get without it (kept in, a unit with no inputs would let the others\' outputs grow without bound). The slacks-based measure divides by the evaluated unit\'s own inputs (non- and input-oriented) and good and bad outputs (non- and output-oriented), so a zero there is #NUM! in that unit\'s cell only (other units still compute). ' +
    'What to do: check whether the zero is real data; for a true zero, replace it by a small positive value (deaR uses a small fraction of the column\'s smallest positive value) or leave that column out. A blank cell is #VALUE! naming the cell. ',
  zh:
    '数据规则：所有数值须不小于 0（负值使整个结果返回 #NUM!），且每个单位至少有一项投入和一项期望产出为正：投入全为 0 或期望产出全为 0 的单位仅在其单元格（其所在行）返回 #NUM!，并在提示信息中指出该单位；它不参与构成前沿，因此其他单位的结果与去掉它时相同（若保留，一个没有投入的单位会使其他单位的产出可以无限扩大）。SBM 要除以被评价单位自身的投入（非导向和投入导向）以及期望与非期望产出（非导向和产出导向），因此这些位置为 0 时，仅该单位的单元格返回 #NUM!（其他单位照常计算）。' +
    '处理办法：先确认该 0 是否为真实数据；若确为 0，可换成一个很小的正数（deaR 取该列最小正值的一小部分）或去掉该列。空白单元格返回 #VALUE! 并指出所在单元格。',
};
