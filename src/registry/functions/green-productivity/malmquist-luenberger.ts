import { malmquistLuenberger } from '../../../core/green-productivity/malmquist-luenberger';
import type { FunctionSpec } from '../../types';
import { GREEN_PRODUCTIVITY } from '../../categories';
import { DEA_SOLVER_NOTE } from '../productivity';
import { disposabilityParam, greenInputsParam, greenOutputsParam, sbmRtsParam, undesirableParam } from './green-params';
import { APZ, APZ_SOURCE } from './apz-example';

const HEADER = ['unit', 'from', 'to', 'ML', 'EC', 'TC'];

/** The APZ example as a long panel: units 1–5 in period 1, then in period 2. */
const PANEL = {
  units: [1, 2, 3, 4, 5, 1, 2, 3, 4, 5].map((u) => [u]),
  periods: [1, 1, 1, 1, 1, 2, 2, 2, 2, 2].map((t) => [t]),
  inputs: [...APZ.x, ...APZ.x].map((v) => [v]),
  outputs: [...APZ.y[0], ...APZ.y[1]].map((v) => [v]),
  undesirable: [...APZ.b[0], ...APZ.b[1]].map((v) => [v]),
};

export const malmquistLuenbergerSpec: FunctionSpec = {
  name: 'MALMQUIST_LUENBERGER',
  category: GREEN_PRODUCTIVITY,
  description: {
    en: 'Malmquist–Luenberger (or global, GML) productivity index of a balanced panel with bad outputs, with its efficiency-change and technical-change parts.',
    zh: '含非期望产出的平衡面板的 Malmquist–Luenberger 生产率指数（或全局 GML 指数）及其效率变化和技术变化分解。',
  },
  help: {
    en:
      'The panel is in long format, as for MALMQUIST: one row per unit and period, with the unit in units, the period (a number such as a year) in periods, and the inputs, good outputs and bad outputs in the same rows, in any order; every unit needs every period. ' +
      'The result is a header row and one row per unit (in order of first appearance) and pair of consecutive periods: unit, from, to, ML, EC (efficiency change: catching up with the frontier) and TC (technical change: the shift of the frontier), with ML = EC × TC; above 1 is progress, below 1 regress. ' +
      'Write P^a(c) for the performance of a unit\'s period-c data against the frontier of period a: 1/(1 + β) with β the directional distance of DDF_EFFICIENCY (model "ddf", default, direction (0, y, b)), or the non-oriented SBM ρ with the bad outputs of SBM_EFFICIENCY (model "sbm"). ' +
      'frontier "contemporaneous" (default) is the ML index of Chung, Färe & Grosskopf (1997): each period has its own frontier, ML = √[P^t(t+1)/P^t(t) · P^{t+1}(t+1)/P^{t+1}(t)] (for "ddf" the usual √{[(1 + D^t(t))/(1 + D^t(t+1))]·[(1 + D^{t+1}(t))/(1 + D^{t+1}(t+1))]}), EC = P^{t+1}(t+1)/P^t(t) and TC = ML/EC. ' +
      'frontier "global" is the GML index of Oh (2010): one frontier of all periods\' data pooled, GML = P^G(t+1)/P^G(t), EC as above and TC = GML/EC, the change in the gap between the period\'s frontier and the global one. GML is always computable (every point belongs to the global frontier\'s data) and chains over periods: the product of a unit\'s GML over the years is its cumulative index, as papers report it. ' +
      'rts "crs" (default) or "vrs"; disposability of the bad outputs "weak" (default) or "strong" for model "ddf", as in DDF_EFFICIENCY (SBM treats bad outputs like inputs). ' +
      'The mixed-period models P^t(t+1) and P^{t+1}(t) can have no solution: a unit beyond the other period\'s frontier, which happens often under weak disposability and with SBM (which is why SBM papers use the global frontier). Then ML and TC of that row are #N/A with a message naming the unit and periods, and EC, which needs no mixed-period model, still computes. In a mixed-period model β may be negative (the point lies above the other frontier): that is a valid result, not an error. ' +
      'Data rule: every value ≥ 0 (else #NUM! for the whole result), each row with a positive input and a positive good output: a unit whose inputs or good outputs are all 0 in a period has ML, EC and TC #NUM! in its rows with that period, with a message naming it, and that row is left out of the frontiers (the period\'s and the global one), so the rest is as without it; fewer than 2 such units in a period are #N/A; with model "sbm" a zero in a row\'s own data is #NUM! in the cells that need that row (see SBM_EFFICIENCY). A blank cell is #VALUE! naming the cell. ' +
      'Errors: #VALUE! when the arguments have different numbers of rows, undesirable is omitted, a unit or period is blank, a period is not a number, a unit appears twice in a period, the panel is not balanced, an option is unknown, or there are more than 5,000 units or 100,000 rows; #N/A with fewer than 2 units or 2 periods. ' +
      DEA_SOLVER_NOTE.en,
    zh:
      '面板数据采用长格式，与 MALMQUIST 相同：每个单位每个时期一行，units 为单位，periods 为时期（数字，如年份），投入、期望产出和非期望产出位于相同的行，行的顺序不限；每个单位须有全部时期。' +
      '结果为带表头的表格，每个单位（按首次出现的顺序）每对相邻时期一行：unit、from、to、ML、EC（效率变化：向前沿追赶）和 TC（技术变化：前沿移动）,ML = EC × TC；大于 1 表示进步，小于 1 表示退步。' +
      '记 P^a(c) 为某单位第 c 期数据相对第 a 期前沿的表现：模型 "ddf"（默认，方向 (0, y, b)）时为 1/(1 + β),β 为 DDF_EFFICIENCY 的方向性距离；模型 "sbm" 时为含非期望产出的非导向 SBM 的 ρ（同 SBM_EFFICIENCY）。' +
      'frontier 为 "contemporaneous"（默认）时为 Chung、Färe 与 Grosskopf(1997)的 ML 指数：各期有各自的前沿，ML = √[P^t(t+1)/P^t(t) · P^{t+1}(t+1)/P^{t+1}(t)](对 "ddf" 即常见的 √{[(1 + D^t(t))/(1 + D^t(t+1))]·[(1 + D^{t+1}(t))/(1 + D^{t+1}(t+1))]}),EC = P^{t+1}(t+1)/P^t(t),TC = ML/EC。' +
      'frontier 为 "global" 时为 Oh(2010)的 GML 指数：用全部时期的数据构成一个全局前沿，GML = P^G(t+1)/P^G(t),EC 同上，TC = GML/EC，即当期前沿与全局前沿差距的变化。GML 总能计算（每个点都属于全局前沿的数据），且可跨期连乘：某单位各年 GML 的乘积即论文中报告的累积指数。' +
      'rts 为 "crs"（默认）或 "vrs"；模型 "ddf" 下非期望产出的可处置性为 "weak"（默认）或 "strong"，与 DDF_EFFICIENCY 相同(SBM 把非期望产出当作投入处理）。' +
      '跨期模型 P^t(t+1) 和 P^{t+1}(t) 可能无解：单位位于另一期前沿之外，这在弱可处置性和 SBM 下经常出现（这也是 SBM 文献使用全局前沿的原因）。此时该行的 ML 和 TC 返回 #N/A，并说明涉及的单位和时期；EC 不需要跨期模型，照常计算。跨期模型中 β 可以为负（该点位于另一期前沿之上），这是有效结果而非错误。' +
      '数据规则：所有数值不小于 0（否则整个结果返回 #NUM!），每行至少有一项投入和一项期望产出为正：某单位某期的投入全为 0 或期望产出全为 0 时，该单位涉及该期的各行 ML、EC 和 TC 返回 #NUM!，并在提示信息中指出该单位；该行数据不参与构成前沿（当期前沿和全局前沿），因此其余结果与去掉它时相同；某期满足条件的单位少于 2 个时返回 #N/A；模型 "sbm" 下某行自身数据为 0 时，需要该行的单元格返回 #NUM!（见 SBM_EFFICIENCY）。空白单元格返回 #VALUE! 并指出所在单元格。' +
      '错误：各参数行数不同、省略 undesirable、单位或时期为空、时期不是数字、同一单位在同一时期出现两次、面板不平衡、选项未知，或单位超过 5000 个、行数超过 100000 时返回 #VALUE!；单位少于 2 个或时期少于 2 个时返回 #N/A。' +
      DEA_SOLVER_NOTE.zh,
  },
  params: [
    { name: 'units', type: 'any', shape: 'vector', description: { en: 'The unit (name or number) of each row.', zh: '每行所属的单位（名称或编号）。' } },
    {
      name: 'periods',
      type: 'number',
      shape: 'vector',
      blanks: 'error',
      description: { en: 'The period of each row, as a number (e.g. the year).', zh: '每行所属的时期，须为数字（如年份）。' },
    },
    greenInputsParam,
    greenOutputsParam,
    undesirableParam(false),
    {
      name: 'frontier',
      type: 'option',
      shape: 'scalar',
      optional: true,
      default: 'contemporaneous',
      options: ['contemporaneous', 'global'],
      description: {
        en: '"contemporaneous" (default: ML, each period\'s own frontier) or "global" (GML, one frontier of all periods).',
        zh: '"contemporaneous"（默认，ML：各期当期前沿）或 "global"(GML：全部时期的全局前沿）。',
      },
    },
    {
      name: 'model',
      type: 'option',
      shape: 'scalar',
      optional: true,
      default: 'ddf',
      options: ['ddf', 'sbm'],
      description: {
        en: '"ddf" (default: directional distance, as DDF_EFFICIENCY) or "sbm" (non-oriented SBM with the bad outputs).',
        zh: '"ddf"（默认，方向性距离函数，同 DDF_EFFICIENCY）或 "sbm"（含非期望产出的非导向 SBM）。',
      },
    },
    sbmRtsParam,
    disposabilityParam,
  ],
  result: {
    shape: 'matrix',
    header: true,
    description: {
      en: 'A header row, then per unit and pair of consecutive periods: unit, from, to, ML, EC, TC.',
      zh: '表头一行，随后每个单位每对相邻时期一行：unit、from、to、ML、EC、TC。',
    },
  },
  glossary: ['malmquist-luenberger', 'global-malmquist-luenberger', 'efficiency-change', 'technical-change', 'directional-distance-function', 'green-tfp'],
  examples: [
    {
      title: {
        en: 'Five units, two periods, strong disposability (DataEnvelopmentAnalysis.jl)',
        zh: '五个单位、两期，强可处置性(DataEnvelopmentAnalysis.jl)',
      },
      args: [PANEL.units, PANEL.periods, PANEL.inputs, PANEL.outputs, PANEL.undesirable, null, null, null, 'strong'],
      expected: [
        HEADER,
        [1, 1, 2, 1.3702375781, 1, 1.3702375781],
        [2, 1, 2, 1.1, 0.9625, 1.1428571429],
        [3, 1, 2, 1.1259778359, 1.027173913, 1.0961900625],
        [4, 1, 2, 0.9162456946, 0.8263888889, 1.1087342859],
        [5, 1, 2, 1.2792042981, 0.9545454545, 1.3401187885],
      ],
      tolerance: 1e-8,
      source: APZ_SOURCE,
    },
    {
      title: { en: 'An unbalanced panel: #VALUE!', zh: '非平衡面板：#VALUE!' },
      args: [[['A'], ['B'], ['A'], ['C']], [[1], [1], [2], [2]], [[1], [1], [1], [1]], [[1], [2], [1], [2]], [[1], [1], [1], [1]]],
      expected: [[{ error: '#VALUE!' }]],
      source: 'catalogue conventions: a balanced long panel; a unit missing a period is #VALUE! naming it',
    },
  ],
  compute: malmquistLuenberger,
};
