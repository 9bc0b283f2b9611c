/**
 * The methods of green productivity (catalogue section 10): slacks-based
 * efficiency with undesirable outputs, super-efficiency, the directional
 * distance function and the disposability of bad outputs, and the
 * Malmquist–Luenberger index with its global form. Each term says which
 * convention of the software and papers the functions' options reproduce.
 *
 * Efficiency change and technical change (`greenChangeTerms`) are the parts
 * of both the Malmquist and the Malmquist–Luenberger index.
 */
import type { Term } from './types';

const TEMPLATE = 'green-tfp';

export const greenTerms: Term[] = [
  {
    id: 'sbm',
    category: 'method',
    name: { en: 'Slacks-based measure (SBM)', zh: '基于松弛的效率测度（SBM）' },
    definition: {
      en: 'A non-radial DEA efficiency that scores a unit by the average proportional input excess and output shortfall it could remove: ρ = (1 − (1/m) Σ s⁻/x) / (1 + (1/s) Σ s⁺/y).',
      zh: '一种非径向 DEA 效率：按某单元可消除的投入冗余和产出不足的平均比例打分，ρ = (1 − (1/m) Σ s⁻/x) / (1 + (1/s) Σ s⁺/y)。',
    },
    explanation: {
      en: 'Radial DEA shrinks all inputs by one factor and reports leftover slacks separately; SBM puts every slack into the score, so ρ lies in (0, 1] and equals 1 only for a unit with no slack at all (strongly efficient). The fractional programme is solved as a linear one after the Charnes–Cooper change of variables. The add-in\'s default is the non-oriented model with constant returns to scale, as in Tone (2001) and the SBM models of deaR; rts "vrs" adds Σλ = 1, and orientation "input" or "output" keeps only the numerator or only the denominator of ρ. Every ratio divides by the unit\'s own data, so inputs and outputs must be strictly positive: a zero gives #NUM! (deaR instead replaces a zero output by a small number). SBM_DETAILS adds the slacks, the targets on the frontier and the peers with their weights.',
      zh: '径向 DEA 让全部投入按同一比例缩减，剩余的松弛另行报告；SBM 则把每一项松弛都计入得分，因此 ρ 介于 0 与 1 之间（不含 0），只有完全没有松弛的单元（强有效）才等于 1。该分式规划经 Charnes–Cooper 变换后按线性规划求解。本工具默认采用非导向、规模报酬不变的模型，与 Tone（2001）及 deaR 的 SBM 模型一致；rts 取 "vrs" 时加入 Σλ = 1，orientation 取 "input" 或 "output" 时只保留 ρ 的分子或分母。每个比值都以该单元自身的数据为分母，所以投入和产出必须严格为正：出现 0 时返回 #NUM!（deaR 则把为 0 的产出换成一个很小的数）。SBM_DETAILS 另外给出各项松弛、前沿上的目标值以及参照单元及其权重。',
    },
    source: 'Tone (2001)',
    related: ['dea', 'dea-slacks', 'undesirable-output', 'super-efficiency', 'technical-efficiency', 'global-malmquist-luenberger'],
    functions: ['SBM_EFFICIENCY', 'SBM_DETAILS', 'MALMQUIST_LUENBERGER'],
    templates: [TEMPLATE],
    aliases: ['slacks-based-measure', 'sbm-efficiency', 'sbm-model'],
    keywords: ['SBM', 'slacks-based', 'non-radial', 'Tone', 'rho', 'Charnes-Cooper', 'deaR', 'MaxDEA', 'DEA-SOLVER', '松弛', '非径向', 'SBM模型', 'SBM效率'],
  },
  {
    id: 'undesirable-output',
    category: 'method',
    name: { en: 'Undesirable (bad) outputs', zh: '非期望产出' },
    definition: {
      en: 'By-products of production that society wants less of, such as CO₂, SO₂ or waste water, modelled as outputs to be reduced rather than raised.',
      zh: '生产过程中社会希望减少的副产品，如二氧化碳、二氧化硫或废水，建模时作为应减少而非增加的产出。',
    },
    explanation: {
      en: 'In the SBM of Tone (2003) the bad outputs b get their own slacks, which count as inefficiency just as a shortfall of good output does: ρ = (1 − (1/m) Σ s⁻/x) / (1 + (1/(s₁ + s₂)) (Σ sᵍ/yᵍ + Σ sᵇ/yᵇ)), with the constraint b = Bλ + sᵇ, so that the frontier emits less than the unit. This is the form the undesirable argument of SBM_EFFICIENCY and SBM_DETAILS takes, and deaR\'s undesirable outputs reproduce it. In the directional distance function the bad outputs are contracted along the direction g = (0, y, b) while the good ones expand. Some papers instead enter emissions as an extra input; that gives other numbers (the emission ratio is then averaged with the inputs) and is done by passing them among the inputs. Emissions must be strictly positive.',
      zh: '在 Tone（2003）的 SBM 中，非期望产出 b 有各自的松弛，与期望产出不足一样计为无效率：ρ = (1 − (1/m) Σ s⁻/x) / (1 + (1/(s₁ + s₂)) (Σ sᵍ/yᵍ + Σ sᵇ/yᵇ))，约束为 b = Bλ + sᵇ，即前沿上的排放少于该单元。SBM_EFFICIENCY 和 SBM_DETAILS 的 undesirable 参数采用这一形式，deaR 的非期望产出设置与之一致。在方向性距离函数中，非期望产出沿方向 g = (0, y, b) 收缩，期望产出则同时扩张。也有文献把排放作为额外的投入处理；这样得到的数值不同（排放比值与各项投入一起平均），如需这种做法，可把排放放入投入区域。排放数据必须严格为正。',
    },
    source: 'Tone (2003); Färe, Grosskopf, Lovell & Pasurka (1989)',
    related: ['sbm', 'directional-distance-function', 'weak-disposability', 'strong-disposability', 'green-tfp', 'green-transformation'],
    functions: ['SBM_EFFICIENCY', 'SBM_DETAILS', 'DDF_EFFICIENCY', 'MALMQUIST_LUENBERGER'],
    templates: [TEMPLATE],
    aliases: ['undesirable-outputs', 'bad-output', 'bad-outputs'],
    keywords: ['bad output', 'emissions', 'pollution', 'CO2', 'SO2', 'carbon', 'SBM-Undesirable', '非期望产出', '坏产出', '污染排放', '碳排放', '二氧化硫'],
  },
  {
    id: 'super-efficiency',
    category: 'method',
    name: { en: 'Super-efficiency (radial and super-SBM)', zh: '超效率（径向超效率与超效率 SBM）' },
    definition: {
      en: 'The efficiency of a unit measured against the frontier of all the other units, so that efficient units score above 1 and can be ranked.',
      zh: '以除自身以外所有单元构成的前沿来衡量某单元的效率，使有效单元的得分大于 1，从而可以排序。',
    },
    explanation: {
      en: 'Ordinary DEA gives every frontier unit 1. Andersen and Petersen (1993) drop the unit from its own reference set: in the radial model its θ then says by how much its inputs could grow (θ ≥ 1) before it leaves the frontier; DEA_SUPER_EFFICIENCY takes the arguments of DEA_EFFICIENCY. Tone (2002) does the same for SBM: super-SBM δ = ((1/m) Σ x̄/x) / ((1/s) Σ ȳ/y), the smallest mean distance from the unit to a point that the other units can produce. With bad outputs the usual form is ρ* = (1 + (1/m) Σ s⁻/x) / (1 − (1/(s₁ + s₂)) (Σ sᵍ/yᵍ + Σ sᵇ/yᵇ)). SBM_EFFICIENCY with super TRUE reports what MaxDEA, DEA-SOLVER and deaR (with compute_rho) call super-SBM: δ for units with ρ = 1 and plain SBM for the others. Under variable returns to scale a super-efficiency model can have no solution (for instance for the largest unit): that unit\'s cell is #N/A.',
      zh: '普通 DEA 中前沿上的单元得分都是 1。Andersen 与 Petersen（1993）把被评价单元从其参照集中剔除：在径向模型中，θ 表示该单元的投入还能增加多少（θ ≥ 1）才会离开前沿；DEA_SUPER_EFFICIENCY 的参数与 DEA_EFFICIENCY 相同。Tone（2002）把同样的思路用于 SBM：超效率 SBM δ = ((1/m) Σ x̄/x) / ((1/s) Σ ȳ/y)，即该单元到其他单元可生产的某一点的最小平均距离。含非期望产出时常用的形式为 ρ* = (1 + (1/m) Σ s⁻/x) / (1 − (1/(s₁ + s₂)) (Σ sᵍ/yᵍ + Σ sᵇ/yᵇ))。SBM_EFFICIENCY 的 super 取 TRUE 时，报告 MaxDEA、DEA-SOLVER 和 deaR（compute_rho）所说的超效率 SBM：对 ρ = 1 的单元给出 δ，对其余单元给出普通 SBM 值。规模报酬可变时超效率模型可能无解（例如规模最大的单元）：该单元的单元格为 #N/A。',
    },
    source: 'Andersen & Petersen (1993); Tone (2002)',
    related: ['sbm', 'dea', 'undesirable-output', 'technical-efficiency', 'bcc-model'],
    functions: ['DEA_SUPER_EFFICIENCY', 'SBM_EFFICIENCY', 'SBM_DETAILS'],
    templates: [TEMPLATE],
    aliases: ['super-sbm', 'super-efficiency-sbm', 'andersen-petersen'],
    keywords: ['super efficiency', 'super-SBM', 'Andersen-Petersen', 'ranking efficient units', 'MaxDEA', '超效率', '超效率SBM', '超效率DEA', '有效单元排序'],
  },
  {
    id: 'directional-distance-function',
    category: 'method',
    name: { en: 'Directional distance function (DDF)', zh: '方向性距离函数（DDF）' },
    definition: {
      en: 'The largest step β ≥ 0 a unit can take along a chosen direction g, expanding good outputs and contracting bad ones, and still stay inside the technology.',
      zh: '某单元沿选定方向 g 扩张期望产出、收缩非期望产出时，仍处于生产技术之内所能迈出的最大步长 β ≥ 0。',
    },
    explanation: {
      en: 'D(x, y, b; g) = max β subject to Xλ ≤ x − β gˣ, Yλ ≥ y + β gʸ and Bλ (= or ≤) b − β gᵇ, with λ ≥ 0 (and Σλ = 1 under VRS). β = 0 means the unit is on the frontier; some papers report 1/(1 + β) as an efficiency. DDF_EFFICIENCY\'s default direction "outputs", g = (0, y, b), raises GDP and cuts emissions by the same share of their own levels, as in Chung, Färe and Grosskopf (1997); "all", g = (x, y, b), also cuts the inputs. The disposability argument decides whether the bad-output constraint is an equality (weak, the default) or an inequality (strong). When a unit is compared with another period\'s frontier β may be negative (the unit lies beyond that frontier); the add-in keeps such values, where deaR gives NA because its solver forbids negative variables.',
      zh: 'D(x, y, b; g) = max β，约束为 Xλ ≤ x − β gˣ、Yλ ≥ y + β gʸ、Bλ（= 或 ≤）b − β gᵇ，λ ≥ 0（规模报酬可变时加 Σλ = 1）。β = 0 表示该单元位于前沿上；有些文献以 1/(1 + β) 作为效率值报告。DDF_EFFICIENCY 的默认方向 "outputs" 即 g = (0, y, b)，让 GDP 与排放按各自水平的相同比例分别增加和减少，与 Chung、Färe 和 Grosskopf（1997）一致；"all" 即 g = (x, y, b)，同时缩减投入。disposability 参数决定非期望产出约束取等式（弱可处置，默认）还是不等式（强可处置）。把某单元与另一时期的前沿比较时 β 可能为负（该单元位于那一前沿之外）；本工具保留这样的值，而 deaR 因其求解器不允许变量为负而返回 NA。',
    },
    source: 'Chung, Färe & Grosskopf (1997); Chambers, Chung & Färe (1996)',
    related: ['undesirable-output', 'weak-disposability', 'strong-disposability', 'malmquist-luenberger', 'dea'],
    functions: ['DDF_EFFICIENCY', 'MALMQUIST_LUENBERGER'],
    templates: [TEMPLATE],
    aliases: ['ddf', 'directional-distance', 'environmental-ddf'],
    keywords: ['DDF', 'directional distance', 'direction vector', 'beta', 'Luenberger', 'environmental DEA', '方向性距离函数', '方向距离函数', '方向向量', '环境技术'],
  },
  {
    id: 'weak-disposability',
    category: 'method',
    name: { en: 'Weak disposability of bad outputs', zh: '非期望产出的弱可处置性' },
    definition: {
      en: 'The assumption that bad outputs cannot be cut for free: reducing emissions is possible only together with a proportional reduction of good output.',
      zh: '假定非期望产出不能无代价地减少：只有同时按比例减少期望产出，才能减少排放。',
    },
    explanation: {
      en: 'In the environmental technology of Färe, Grosskopf and co-authors the bad outputs enter the DEA constraints as equalities, Bλ = b − β gᵇ: a unit cannot claim to be inefficient merely because it could emit more, and abatement has an opportunity cost in good output. It usually comes with null-jointness (no good output without some bad output). This is the default disposability "weak" of DDF_EFFICIENCY and of MALMQUIST_LUENBERGER with model "ddf", and the treatment in Chung, Färe and Grosskopf (1997) and in deaR\'s directional model with undesirable outputs. Equalities make mixed-period programmes more often infeasible, which shows as #N/A in the ML and TC cells.',
      zh: '在 Färe、Grosskopf 等人的环境生产技术中，非期望产出在 DEA 约束中取等式 Bλ = b − β gᵇ：单元不能仅因为还可以多排放就被判为无效率，减排要以期望产出为机会成本。该假定通常与零结合性（没有非期望产出就不能生产期望产出）一起使用。这是 DDF_EFFICIENCY 以及 model 为 "ddf" 时 MALMQUIST_LUENBERGER 的默认 disposability "weak"，也是 Chung、Färe 和 Grosskopf（1997）以及 deaR 含非期望产出的方向性模型的处理方式。等式约束使跨期规划更常出现无解，表现为 ML 和 TC 单元格中的 #N/A。',
    },
    source: 'Shephard (1970); Färe, Grosskopf, Lovell & Pasurka (1989); Chung, Färe & Grosskopf (1997)',
    related: ['strong-disposability', 'undesirable-output', 'directional-distance-function', 'malmquist-luenberger'],
    functions: ['DDF_EFFICIENCY', 'MALMQUIST_LUENBERGER'],
    templates: [TEMPLATE],
    aliases: ['weak-disposal', 'null-jointness'],
    keywords: ['weak disposability', 'weakly disposable', 'null-jointness', 'equality constraint', 'environmental technology', '弱可处置性', '弱处置', '零结合性', '环境技术'],
  },
  {
    id: 'strong-disposability',
    category: 'method',
    name: { en: 'Strong (free) disposability of bad outputs', zh: '非期望产出的强可处置性' },
    definition: {
      en: 'The assumption that bad outputs can be disposed of at no cost, so that they enter the DEA constraints as inequalities.',
      zh: '假定非期望产出可以无代价地处置，因此在 DEA 约束中以不等式出现。',
    },
    explanation: {
      en: 'With Bλ ≤ b − β gᵇ the frontier may emit less than the unit without giving up any good output. Aparicio, Pastor and Zofío (2013) use this form to avoid inconsistencies of the Malmquist–Luenberger index under weak disposability, and DataEnvelopmentAnalysis.jl\'s environmental model follows them; it is disposability "strong" in DDF_EFFICIENCY and MALMQUIST_LUENBERGER. Weak and strong disposability give different numbers: a unit can be on the frontier under one and not under the other, so say which was used. The SBM with undesirable outputs of Tone (2003) is of this kind: its constraint b = Bλ + sᵇ lets the frontier emit less, and it has no weak option.',
      zh: '在 Bλ ≤ b − β gᵇ 下，前沿可以比该单元排放更少而不必放弃任何期望产出。Aparicio、Pastor 和 Zofío（2013）采用这一形式，以避免弱可处置性下 Malmquist–Luenberger 指数的不一致，DataEnvelopmentAnalysis.jl 的环境模型也照此处理；在 DDF_EFFICIENCY 和 MALMQUIST_LUENBERGER 中即 disposability 取 "strong"。弱可处置与强可处置给出的数值不同：同一单元可能在一种假定下位于前沿、在另一种假定下不在，因此应说明所用的假定。Tone（2003）含非期望产出的 SBM 也属于这一类：其约束 b = Bλ + sᵇ 允许前沿排放更少，且没有弱可处置的选项。',
    },
    source: 'Aparicio, Pastor & Zofío (2013)',
    related: ['weak-disposability', 'undesirable-output', 'directional-distance-function', 'malmquist-luenberger', 'sbm'],
    functions: ['DDF_EFFICIENCY', 'MALMQUIST_LUENBERGER', 'SBM_EFFICIENCY'],
    templates: [TEMPLATE],
    aliases: ['free-disposability', 'strong-disposal'],
    keywords: ['strong disposability', 'free disposability', 'inequality constraint', 'Aparicio', 'Pastor', 'Zofio', '强可处置性', '强处置', '自由处置'],
  },
  {
    id: 'malmquist-luenberger',
    category: 'method',
    name: { en: 'Malmquist–Luenberger productivity index (ML)', zh: 'Malmquist–Luenberger 生产率指数（ML 指数）' },
    definition: {
      en: 'A productivity index between two periods that credits a unit for more good output and for fewer bad outputs, built from directional distance functions.',
      zh: '由方向性距离函数构造的两期生产率指数，既计入期望产出的增加，也计入非期望产出的减少。',
    },
    explanation: {
      en: 'With Dᵃ(b) the directional distance of the period-b data to the period-a frontier, ML = √{[(1 + Dᵗ(t)) / (1 + Dᵗ(t+1))] · [(1 + Dᵗ⁺¹(t)) / (1 + Dᵗ⁺¹(t+1))]}, the geometric mean of the indices on the two periods\' own (contemporaneous) frontiers. It splits into efficiency change EC = (1 + Dᵗ(t)) / (1 + Dᵗ⁺¹(t+1)) and technical change TC = ML / EC; above 1 means progress. This is frontier "contemporaneous", the default of MALMQUIST_LUENBERGER, with model "ddf" (the directional distance with g = (0, y, b)). A unit beyond the other period\'s frontier can make that mixed-period programme infeasible: its ML and TC are then #N/A, while EC still computes. ML is not circular: chaining the yearly indices need not equal the direct comparison of the first and last year; the global index removes both problems.',
      zh: '记 Dᵃ(b) 为第 b 期数据到第 a 期前沿的方向性距离，则 ML = √{[(1 + Dᵗ(t)) / (1 + Dᵗ(t+1))] · [(1 + Dᵗ⁺¹(t)) / (1 + Dᵗ⁺¹(t+1))]}，即分别以两期各自（当期）前沿计算的指数的几何平均。它可分解为效率变化 EC = (1 + Dᵗ(t)) / (1 + Dᵗ⁺¹(t+1)) 与技术进步 TC = ML / EC；大于 1 表示进步。这对应 MALMQUIST_LUENBERGER 的默认 frontier "contemporaneous"，model 为 "ddf"（方向 g = (0, y, b) 的方向性距离）。某单元若位于另一时期前沿之外，该跨期规划可能无解：其 ML 和 TC 为 #N/A，EC 仍可计算。ML 指数不满足循环性：逐年指数连乘不一定等于首末两年的直接比较；全局指数可同时解决这两个问题。',
    },
    source: 'Chung, Färe & Grosskopf (1997)',
    related: ['global-malmquist-luenberger', 'malmquist-index', 'directional-distance-function', 'undesirable-output', 'green-tfp', 'weak-disposability'],
    functions: ['MALMQUIST_LUENBERGER'],
    templates: [TEMPLATE],
    aliases: ['ml-index', 'malmquist-luenberger-index', 'ml'],
    keywords: ['ML', 'ML index', 'Malmquist-Luenberger', 'Luenberger', 'MLEC', 'MLTC', 'contemporaneous frontier', 'ML指数', '马姆奎斯特-卢恩伯格', '当期前沿', '绿色全要素生产率指数'],
  },
  {
    id: 'global-malmquist-luenberger',
    category: 'method',
    name: { en: 'Global Malmquist–Luenberger index (GML)', zh: '全局 Malmquist–Luenberger 指数（GML 指数）' },
    definition: {
      en: 'The Malmquist–Luenberger index computed against one global frontier built from all periods together, so that it is always feasible and can be chained.',
      zh: '以全部时期数据共同构建的单一全局前沿计算的 Malmquist–Luenberger 指数，因而总有解，并且可以连乘。',
    },
    explanation: {
      en: 'Oh (2010) pools every period into one reference set. With the directional distance, GML = (1 + Dᴳ(t)) / (1 + Dᴳ(t+1)); with SBM efficiencies, as in the common "SBM-GML" of green TFP papers, GML = ρᴳ(t+1) / ρᴳ(t). EC is still measured on each period\'s own frontier, and TC = GML / EC is the change in the gap between the period\'s frontier and the global best practice. Every unit belongs to the global set, so no programme is infeasible; and because the global frontier is the same for all pairs, the index is circular: the product of the yearly GML equals the GML of the first against the last year, which makes cumulative series meaningful. MALMQUIST_LUENBERGER with frontier "global" computes it, with model "sbm" (non-oriented SBM with undesirable outputs) or "ddf". Adding a period changes the global frontier, and so every index.',
      zh: 'Oh（2010）把所有时期合并为一个参照集。用方向性距离时 GML = (1 + Dᴳ(t)) / (1 + Dᴳ(t+1))；用 SBM 效率时（即绿色全要素生产率文献常用的 “SBM-GML”）GML = ρᴳ(t+1) / ρᴳ(t)。EC 仍以各期自身的前沿衡量，TC = GML / EC 是当期前沿与全局最佳实践之间差距的变化。每个单元都属于全局参照集，因此不会出现无解的规划；又因各对年份使用同一全局前沿，该指数满足循环性：逐年 GML 的连乘积等于首年对末年的 GML，累积序列因而有意义。MALMQUIST_LUENBERGER 的 frontier 取 "global" 即计算该指数，model 可取 "sbm"（含非期望产出的非导向 SBM）或 "ddf"。增加一个时期会改变全局前沿，从而改变所有指数。',
    },
    source: 'Oh (2010); Pastor & Lovell (2005)',
    related: ['malmquist-luenberger', 'sbm', 'green-tfp', 'malmquist-index', 'undesirable-output'],
    functions: ['MALMQUIST_LUENBERGER'],
    templates: [TEMPLATE],
    aliases: ['gml', 'gml-index', 'global-ml', 'sbm-gml'],
    keywords: ['GML', 'global frontier', 'global Malmquist', 'SBM-GML', 'circular', 'cumulative', 'best-practice gap', 'GML指数', '全局前沿', '全局参比', '累积', '最佳实践差距'],
  },
  {
    id: 'green-tfp',
    category: 'method',
    name: { en: 'Green total factor productivity (green TFP)', zh: '绿色全要素生产率' },
    definition: {
      en: 'Total factor productivity that counts pollution and carbon as undesirable outputs, so that growth bought with more emissions is not counted as progress.',
      zh: '把污染和碳排放作为非期望产出计入的全要素生产率，以更多排放换来的增长不被算作进步。',
    },
    explanation: {
      en: 'In Huang (2024) a large rise in TFP marks new quality productivity, and green development is one of the four new modernizations of an advanced industrial system; green TFP joins the two. The usual measurement treats capital, labour and energy as inputs, GDP as the good output and CO₂ or SO₂ as bad outputs, and computes efficiency with the SBM with undesirable outputs (often super-SBM, to rank the efficient provinces) and productivity change with the ML or GML index, split into efficiency change and technical change. Papers report the yearly index, its cumulative product (first year = 1) and regional means. The Green TFP template lays this out for a panel.',
      zh: '在黄群慧（2024）的论述中，全要素生产率大幅提升是新质生产力的标志，绿色化是先进产业体系“四化”之一；绿色全要素生产率把二者结合起来。通常的测算以资本、劳动和能源为投入，GDP 为期望产出，二氧化碳或二氧化硫为非期望产出，用含非期望产出的 SBM 模型测算效率（常用超效率 SBM，以便对有效省份排序），用 ML 或 GML 指数测算生产率变化，并分解为效率变化与技术进步。文献通常报告逐年指数、其累积乘积（首年 = 1）以及分区域均值。“绿色全要素生产率”模板以面板数据展示了这一流程。',
    },
    source: 'Huang (2024); Chung, Färe & Grosskopf (1997); Tone (2003); Oh (2010)',
    related: ['tfp', 'green-transformation', 'green-manufacturing', 'new-quality-productivity', 'undesirable-output', 'sbm', 'global-malmquist-luenberger', 'malmquist-luenberger'],
    functions: ['SBM_EFFICIENCY', 'DDF_EFFICIENCY', 'MALMQUIST_LUENBERGER'],
    templates: [TEMPLATE],
    aliases: ['green-total-factor-productivity', 'gtfp', 'environmental-tfp'],
    keywords: ['green TFP', 'GTFP', 'environmental productivity', 'low carbon', 'emissions', 'green growth', '绿色全要素生产率', '绿色TFP', '绿色发展', '环境全要素生产率', '低碳'],
  },
];

/** Efficiency change and technical change, the parts of the Malmquist and the Malmquist–Luenberger indices. */
export const greenChangeTerms: Term[] = [
  {
    id: 'efficiency-change',
    category: 'method',
    name: { en: 'Efficiency change (EC, catching up)', zh: '效率变化（EC，追赶效应）' },
    definition: {
      en: 'The part of a productivity index due to a unit moving closer to, or further from, the frontier of its own period.',
      zh: '生产率指数中由单元相对本期前沿靠近或远离所引起的部分。',
    },
    explanation: {
      en: 'EC compares the unit\'s efficiency on each period\'s own frontier: effch = Dᵗ⁺¹(t+1)/Dᵗ(t) in the radial Malmquist index, (1 + Dᵗ(t))/(1 + Dᵗ⁺¹(t+1)) in the directional ML index, and ρᵗ⁺¹(t+1)/ρᵗ(t) with SBM. Above 1 the unit catches up with the best practice of its time. It needs no mixed-period programme, so it always computes, and it is the same under the contemporaneous and the global frontier. A unit on the frontier in both periods has EC = 1.',
      zh: 'EC 比较单元在各期自身前沿上的效率：径向 Malmquist 指数中 effch = Dᵗ⁺¹(t+1)/Dᵗ(t)，方向性 ML 指数中为 (1 + Dᵗ(t))/(1 + Dᵗ⁺¹(t+1))，SBM 下为 ρᵗ⁺¹(t+1)/ρᵗ(t)。大于 1 表示该单元在追赶同期的最佳实践。它不需要跨期规划，因而总能计算，在当期前沿与全局前沿下也相同。两期都位于前沿上的单元 EC = 1。',
    },
    source: 'Färe, Grosskopf, Norris & Zhang (1994); Chung, Färe & Grosskopf (1997); Oh (2010)',
    related: ['technical-change', 'malmquist-index', 'malmquist-luenberger', 'global-malmquist-luenberger', 'technical-efficiency'],
    functions: ['MALMQUIST', 'MALMQUIST_LUENBERGER'],
    templates: [TEMPLATE],
    aliases: ['ec', 'effch', 'catching-up'],
    keywords: ['EC', 'effch', 'GEC', 'MLEC', 'catch-up', 'efficiency change', '效率变化', '技术效率变化', '追赶效应'],
  },
  {
    id: 'technical-change',
    category: 'method',
    name: { en: 'Technical change (TC, frontier shift)', zh: '技术进步（TC，前沿移动）' },
    definition: {
      en: 'The part of a productivity index due to the frontier itself moving between two periods.',
      zh: '生产率指数中由前沿本身在两期之间移动所引起的部分。',
    },
    explanation: {
      en: 'TC measures how far the best practice moved at the unit\'s input and output mix, as the geometric mean of the shifts seen from the two periods\' data (techch in the Malmquist index, MLTC in the ML index). Above 1 the frontier advanced. It needs the unit\'s data evaluated against the other period\'s frontier, which can be infeasible (#N/A) under contemporaneous frontiers. With the global frontier, TC = GML/EC is the change in the gap between the period\'s frontier and the global one (best-practice gap change), and always computes.',
      zh: 'TC 衡量在该单元的投入产出组合处最佳实践移动了多少，为分别以两期数据观察到的移动的几何平均（Malmquist 指数中的 techch，ML 指数中的 MLTC）。大于 1 表示前沿向前推进。它需要把单元数据放到另一时期的前沿上评价，在当期前沿下可能无解（#N/A）。采用全局前沿时，TC = GML/EC 是当期前沿与全局前沿之间差距的变化（最佳实践差距变化），总能计算。',
    },
    source: 'Färe, Grosskopf, Norris & Zhang (1994); Chung, Färe & Grosskopf (1997); Oh (2010)',
    related: ['efficiency-change', 'malmquist-index', 'malmquist-luenberger', 'global-malmquist-luenberger'],
    functions: ['MALMQUIST', 'MALMQUIST_LUENBERGER'],
    templates: [TEMPLATE],
    aliases: ['tc', 'techch', 'frontier-shift', 'technological-change'],
    keywords: ['TC', 'techch', 'GTC', 'MLTC', 'frontier shift', 'technological progress', 'best-practice gap', '技术进步', '技术变化', '前沿移动', '技术进步指数'],
  },
];
