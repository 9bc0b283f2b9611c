import { ddfEfficiency } from '../../../core/green-productivity/ddf-efficiency';
import type { FunctionSpec, Text } from '../../types';
import { GREEN_PRODUCTIVITY } from '../../categories';
import { DEA_SOLVER_NOTE } from '../productivity';
import { directionParam, disposabilityParam, greenInputsParam, greenOutputsParam, sbmRtsParam, undesirableParam } from './green-params';
import { APZ, APZ_SOURCE, column } from './apz-example';

/** The model, in both languages: DDF_EFFICIENCY's help and MALMQUIST_LUENBERGER's share it. */
export const DDF_MODEL: Text = {
  en:
    'The directional distance function with bad outputs (Chung, Färe & Grosskopf 1997) is the largest β for which the unit could move, in proportion to its own values, along the direction g and stay within the technology spanned by all the units: max β such that Σλx ≤ x − β gˣ, Σλy ≥ y + β gʸ and Σλb = b − β gᵇ, λ ≥ 0. ' +
    'direction "outputs" (default) is g = (0, y, b): expand the good outputs and contract the bad ones at the same rate; "all" is g = (x, y, b): contract the inputs as well. ' +
    'disposability "weak" (default) keeps the bad outputs as equalities (weak disposability: they can be cut only together with the good outputs, the assumption of Chung, Färe & Grosskopf and of deaR\'s model_dir); "strong" makes them inequalities Σλb ≤ b − β gᵇ (as in Aparicio, Pastor & Zofío 2013 and DataEnvelopmentAnalysis.jl). The two can differ: a unit may be on the frontier under one and not under the other. rts "crs" (default) or "vrs" (Σλ = 1). ',
  zh:
    '含非期望产出的方向性距离函数(Chung、Färe 与 Grosskopf 1997)是单位沿方向 g 按自身数值成比例移动、且仍留在全部单位构成的技术集内的最大 β:max β，约束为 Σλx ≤ x − β gˣ、Σλy ≥ y + β gʸ、Σλb = b − β gᵇ,λ ≥ 0。' +
    'direction 为 "outputs"（默认）时 g = (0, y, b)：以相同比例扩大期望产出、缩减非期望产出；"all" 时 g = (x, y, b)：同时缩减投入。' +
    'disposability 为 "weak"（默认）时非期望产出取等式约束（弱可处置性：只能与期望产出一同减少，即 Chung、Färe 与 Grosskopf 以及 deaR 的 model_dir 的假定）；"strong" 时取不等式 Σλb ≤ b − β gᵇ(与 Aparicio、Pastor 与 Zofío 2013 及 DataEnvelopmentAnalysis.jl 一致）。两者结果可能不同：同一单位可能在一种假定下位于前沿、在另一种下不在。rts 为 "crs"（默认）或 "vrs"(Σλ = 1)。',
};

export const ddfEfficiencySpec: FunctionSpec = {
  name: 'DDF_EFFICIENCY',
  category: GREEN_PRODUCTIVITY,
  description: {
    en: 'Directional distance β ≥ 0 of each unit with bad outputs (0 = on the frontier): how far good outputs could grow and bad outputs shrink together.',
    zh: '含非期望产出时每个单位的方向性距离 β ≥ 0(0 表示位于前沿）：期望产出可同时扩大、非期望产出可同时缩减的比例。',
  },
  help: {
    en:
      DDF_MODEL.en +
      'β = 0 means the unit is on the frontier; β = 0.25 means it could make 25 % more good output with 25 % less bad output (direction "outputs"). The efficiency 1/(1 + β) is what MALMQUIST_LUENBERGER builds on. ' +
      'Data rule: every value must be ≥ 0 (a negative value is #NUM! for the whole result) and every unit needs a positive input and a positive good output: a unit whose inputs are all 0 or whose good outputs are all 0 is #NUM! in its own cell only, with a message naming it, and is left out of the frontier, so the other units get the β they would get without it. Other zeros are allowed: the model divides by nothing (a zero bad output simply cannot be contracted). A blank cell is #VALUE! naming the cell. ' +
      'Errors: #VALUE! when inputs, outputs and undesirable have different numbers of rows, undesirable is omitted, a cell holds text or is blank, an option is unknown, or there are more than 5,000 units; #N/A with fewer than 2 units, and in a unit\'s cell when its model has no solution (possible under "vrs"); #NUM! as above. ' +
      DEA_SOLVER_NOTE.en,
    zh:
      DDF_MODEL.zh +
      'β = 0 表示该单位位于前沿；β = 0.25 表示它可以多生产 25% 的期望产出、同时少排放 25% 的非期望产出（方向 "outputs"）。效率 1/(1 + β) 是 MALMQUIST_LUENBERGER 的基础。' +
      '数据规则：所有数值须不小于 0（负值使整个结果返回 #NUM!），每个单位至少有一项投入和一项期望产出为正：投入全为 0 或期望产出全为 0 的单位仅在其单元格返回 #NUM!，并在提示信息中指出该单位；它不参与构成前沿，因此其他单位的 β 与去掉它时相同。其他位置允许为 0：模型不做除法（某单位为 0 的非期望产出无法再缩减）。空白单元格返回 #VALUE! 并指出所在单元格。' +
      '错误：inputs、outputs 与 undesirable 行数不同、省略 undesirable、单元格含文本或为空、选项未知或单位超过 5000 个时返回 #VALUE!；单位少于 2 个时返回 #N/A，某单位的模型无解时（"vrs" 下可能出现）该单元格返回 #N/A;#NUM! 见上。' +
      DEA_SOLVER_NOTE.zh,
  },
  params: [greenInputsParam, greenOutputsParam, undesirableParam(false), directionParam, sbmRtsParam, disposabilityParam],
  result: {
    shape: 'column',
    description: { en: 'One directional distance β ≥ 0 per unit.', zh: '每个单位一个方向性距离 β ≥ 0。' },
  },
  glossary: ['directional-distance-function', 'undesirable-output', 'weak-disposability', 'strong-disposability', 'green-tfp'],
  examples: [
    {
      title: {
        en: 'Five units, one input, GDP and an emission; strong disposability (DataEnvelopmentAnalysis.jl)',
        zh: '五个单位、一种投入、GDP 与一种排放；强可处置性(DataEnvelopmentAnalysis.jl)',
      },
      args: [column(APZ.x), column(APZ.y[0]), column(APZ.b[0]), 'outputs', 'crs', 'strong'],
      expected: [[0], [0.4], [0.8260869565], [0.5555555556], [0.2727272727]],
      tolerance: 1e-8,
      source: APZ_SOURCE,
    },
    {
      title: { en: 'Omitting the bad outputs: #VALUE!', zh: '省略非期望产出：#VALUE!' },
      args: [column(APZ.x), column(APZ.y[0])],
      expected: [[{ error: '#VALUE!' }]],
      source: 'catalogue section 10: undesirable is required by DDF_EFFICIENCY',
    },
  ],
  compute: ddfEfficiency,
};
