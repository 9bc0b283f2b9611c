import { sbmEfficiency } from '../../../core/green-productivity/sbm-efficiency';
import type { FunctionSpec, Text } from '../../types';
import { GREEN_PRODUCTIVITY } from '../../categories';
import { DEA_SOLVER_NOTE } from '../productivity';
import { greenInputsParam, greenOutputsParam, sbmOrientationParam, sbmRtsParam, SBM_DATA_RULE, superParam, undesirableParam } from './green-params';
import { TONE_INPUTS, TONE_OUTPUTS, TONE_SOURCE } from './tone-2001-example';

/** The model, in both languages: SBM_EFFICIENCY's help and SBM_DETAILS's share it. */
export const SBM_MODEL: Text = {
  en:
    'Tone\'s slacks-based measure (SBM, 2001) scores a unit by all its slacks at once rather than by one radial factor: with s⁻ the input excesses and sᵍ the good-output shortfalls against the frontier, ρ = (1 − (1/m) Σ s⁻/x) / (1 + (1/s) Σ sᵍ/y), in (0, 1], and 1 only when no slack remains (strong efficiency). ' +
    'With undesirable (bad outputs b, Tone 2003), a bad output in excess counts like an input excess: ρ = (1 − (1/m) Σ s⁻/x) / (1 + (1/(s₁ + s₂)) (Σ sᵍ/y + Σ sᵇ/b)), with the frontier constraints x = Xλ + s⁻, y = Yλ − sᵍ, b = Bλ + sᵇ (bad outputs are thus strongly disposable, as in deaR and MaxDEA\'s "SBM-Undesirable"). ' +
    'orientation "non" (default) counts both sides; "input" only the input slacks, ρ = 1 − (1/m) Σ s⁻/x; "output" only the output slacks, ρ = 1/(1 + (1/(s₁ + s₂)) (Σ sᵍ/y + Σ sᵇ/b)). rts "crs" (default) or "vrs" (Σλ = 1). The fractional programme is solved exactly by the Charnes–Cooper transformation. ' +
    'super TRUE: every unit with ρ = 1 is scored instead by super-SBM (Tone 2002) against the frontier of the other units, ρ* = (1 + (1/m) Σ s⁻/x) / (1 − (1/(s₁ + s₂)) (Σ s⁺/y + Σ sᵇ/b)) ≥ 1, with Σ_{j≠o} λx − s⁻ ≤ x, Σ_{j≠o} λy + s⁺ ≥ y, Σ_{j≠o} λb − sᵇ ≤ b; units with ρ < 1 keep ρ. This is the "super-efficiency SBM with undesirable outputs" of the green TFP literature (MaxDEA\'s and DEA-SOLVER\'s Super-SBM report the same combination), so that every unit can be ranked. Input-oriented super-SBM keeps the good and bad outputs where they are (Σλy ≥ y, Σλb ≤ b) and output-oriented keeps the inputs (Σλx ≤ x). Under "vrs", and in input orientation with bad outputs even under "crs" (for a unit with the best ratio of good to bad outputs), the super-SBM model of an extreme unit can have no solution: #N/A in its cell. ',
  zh:
    'Tone 的基于松弛的效率测度(SBM,2001)用全部松弛而不是单一径向比例评价单位：记 s⁻ 为相对前沿的投入冗余、sᵍ 为期望产出不足，ρ = (1 − (1/m) Σ s⁻/x) / (1 + (1/s) Σ sᵍ/y)，位于 (0, 1]，仅当没有任何松弛时为 1（强有效）。' +
    '给出 undesirable（非期望产出 b,Tone 2003)时，非期望产出的超额与投入冗余同样计入：ρ = (1 − (1/m) Σ s⁻/x) / (1 + (1/(s₁ + s₂)) (Σ sᵍ/y + Σ sᵇ/b))，前沿约束为 x = Xλ + s⁻、y = Yλ − sᵍ、b = Bλ + sᵇ（即非期望产出强可处置，与 deaR 和 MaxDEA 的 "SBM-Undesirable" 一致）。' +
    'orientation 为 "non"（默认）时两侧都计入；"input" 只计投入松弛，ρ = 1 − (1/m) Σ s⁻/x;"output" 只计产出松弛，ρ = 1/(1 + (1/(s₁ + s₂)) (Σ sᵍ/y + Σ sᵇ/b))。rts 为 "crs"（默认）或 "vrs"(Σλ = 1)。分式规划通过 Charnes–Cooper 变换精确求解。' +
    'super 为 TRUE 时，ρ = 1 的单位改用超效率 SBM(Tone 2002)相对其他单位构成的前沿评价：ρ* = (1 + (1/m) Σ s⁻/x) / (1 − (1/(s₁ + s₂)) (Σ s⁺/y + Σ sᵇ/b)) ≥ 1，约束为 Σ_{j≠o} λx − s⁻ ≤ x、Σ_{j≠o} λy + s⁺ ≥ y、Σ_{j≠o} λb − sᵇ ≤ b;ρ < 1 的单位保持 ρ。这就是绿色全要素生产率文献中的"考虑非期望产出的超效率 SBM"(MaxDEA 和 DEA-SOLVER 的 Super-SBM 报告同样的组合)，使所有单位都能排序。投入导向的超效率 SBM 保持期望与非期望产出不变(Σλy ≥ y、Σλb ≤ b)，产出导向保持投入不变(Σλx ≤ x)。在 "vrs" 下，以及含非期望产出的投入导向下（即使为 "crs"，期望与非期望产出之比最优的单位也如此），极端单位的超效率 SBM 模型可能无解：该单位的单元格返回 #N/A。',
};

export const sbmEfficiencySpec: FunctionSpec = {
  name: 'SBM_EFFICIENCY',
  category: GREEN_PRODUCTIVITY,
  description: {
    en: "Tone's slacks-based measure (SBM) of each unit, with bad outputs (e.g. emissions) and, on request, super-SBM for the efficient units.",
    zh: '每个单位的 Tone 基于松弛的效率测度(SBM)，可含非期望产出（如排放），并可对有效单位计算超效率 SBM。',
  },
  help: {
    en:
      SBM_MODEL.en +
      SBM_DATA_RULE.en +
      'SBM_DETAILS gives the slacks, targets and peers behind each score. ' +
      'Errors: #VALUE! when inputs, outputs and undesirable have different numbers of rows, a cell holds text or is blank, an option is unknown, or there are more than 5,000 units; #N/A with fewer than 2 units, and in a unit\'s cell when its model has no solution; #NUM! as above. ' +
      DEA_SOLVER_NOTE.en,
    zh:
      SBM_MODEL.zh +
      SBM_DATA_RULE.zh +
      'SBM_DETAILS 给出每个得分背后的松弛、目标值和参照单位。' +
      '错误：inputs、outputs 与 undesirable 行数不同、单元格含文本或为空、选项未知或单位超过 5000 个时返回 #VALUE!；单位少于 2 个时返回 #N/A，某单位的模型无解时该单元格返回 #N/A;#NUM! 见上。' +
      DEA_SOLVER_NOTE.zh,
  },
  params: [greenInputsParam, greenOutputsParam, undesirableParam(true), sbmRtsParam, sbmOrientationParam, superParam],
  result: {
    shape: 'column',
    description: { en: 'One ρ per unit: in (0, 1], or ≥ 1 for super-SBM units.', zh: '每个单位一个 ρ：位于 (0, 1]，超效率 SBM 单位 ≥ 1。' },
  },
  glossary: ['sbm', 'undesirable-output', 'super-efficiency', 'green-tfp', 'dea'],
  examples: [
    {
      title: { en: 'Tone (2001): five units, two inputs, two outputs (CRS, non-oriented)', zh: 'Tone(2001)：五个单位、两种投入、两种产出(CRS，非导向）' },
      args: [TONE_INPUTS, TONE_OUTPUTS],
      expected: [[0.797979798], [0.5681818182], [1], [0.6666666667], [1]],
      tolerance: 1e-8,
      source: TONE_SOURCE,
    },
    {
      title: { en: 'The same units under VRS', zh: '同一组单位，VRS' },
      args: [TONE_INPUTS, TONE_OUTPUTS, null, 'vrs'],
      expected: [[0.8181818182], [0.6060606061], [1], [0.6666666667], [1]],
      tolerance: 1e-8,
      source: TONE_SOURCE,
    },
    {
      title: { en: 'super TRUE: the efficient units C and E are ranked by super-SBM', zh: 'super 为 TRUE：有效单位 C 和 E 按超效率 SBM 排序' },
      args: [TONE_INPUTS, TONE_OUTPUTS, null, 'crs', 'non', true],
      expected: [[0.797979798], [0.5681818182], [1.3333333333], [0.6666666667], [1.4545454545]],
      tolerance: 1e-8,
      source:
        'SBM scores: ' +
        TONE_SOURCE +
        '. Super-SBM of C derived by hand: without C, unit D (8, 1; 6, 1) is the nearest point, x̄ = (8, 1), ȳ = (6, 1), ρ* = ½(8/8 + 1/1) / ½(6/6 + 1/2) = 4/3; E = 16/11 from the independent lpSolve reference (tests/fixtures/green)',
    },
    {
      title: { en: 'A zero output divides by zero: #NUM! in that unit only', zh: '产出为 0 时出现除以零：仅该单位返回 #NUM!' },
      args: [[[1], [2], [3]], [[1, 1], [2, 0], [1, 1]]],
      expected: [[1], [{ error: '#NUM!' }], [0.3333333333]],
      tolerance: 1e-8,
      source: 'catalogue section 10: zero in a ratio → #NUM!; derived by hand: unit 3 (input 3, outputs 1, 1) is matched by unit 1 with its input 1, so s⁻ = 2 and ρ = 1 − 2/3 = 1/3',
    },
    {
      title: { en: 'Bad outputs with a different number of rows: #VALUE!', zh: '非期望产出行数不同：#VALUE!' },
      args: [TONE_INPUTS, TONE_OUTPUTS, [[1], [2]]],
      expected: [[{ error: '#VALUE!' }]],
      source: 'catalogue error table: shapes that do not match',
    },
  ],
  compute: sbmEfficiency,
};
