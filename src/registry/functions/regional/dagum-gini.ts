import { dagumGini } from '../../../core/regional/dagum-gini';
import { REGIONAL } from '../../categories';
import type { FunctionSpec } from '../../types';

const SUMMARY = ['G', 'Gw', 'Gnb', 'Gt', 'Gw share', 'Gnb share', 'Gt share'];

/** The mussard974 example data (weights dropped): three groups that do not overlap. */
const MUSSARD = {
  values: [[2000], [2500], [3000], [3500], [4000], [4500]],
  groups: [['A'], ['A'], ['B'], ['B'], ['C'], ['C']],
};

export const dagumGiniSpec: FunctionSpec = {
  name: 'DAGUM_GINI',
  category: REGIONAL,
  description: {
    en: 'Dagum (1997) Gini coefficient and its decomposition into within-group, net between-group and transvariation parts, one row per period.',
    zh: 'Dagum（1997）基尼系数及其分解：组内差距、组间净差距和超变密度，每个时期一行。',
  },
  help: {
    en:
      'Dagum (1997): G = Σj Σh Σi Σr |yji − yhr| / (2 n² μ) splits exactly into G = Gw + Gnb + Gt. Gw = Σj Gjj pj sj is the within-group part, with Gjj = Σ Σ |yji − yjr| / (2 nj² μj) the Gini of group j, pj = nj/n its share of units and sj = nj μj/(n μ) its share of the total. ' +
      'Between groups j and h, Gjh = Σ Σ |yji − yhr| / (nj nh (μj + μh)); Gnb = Σ Gjh (pj sh + ph sj) Djh is the net between-group part and Gt = Σ Gjh (pj sh + ph sj)(1 − Djh) the transvariation (the overlap of the groups), where Djh = (djh − pjh)/(djh + pjh) is the relative economic affluence with j the group of the higher mean, djh the mean of max(yji − yhr, 0) and pjh the mean of max(yhr − yji, 0). ' +
      'Gnb equals Σ pj ph |μj − μh| / μ over the pairs, the Gini of the group means. This is the form of the NQP papers and of the R code AQUUQA/ginisufe and the Python code mussard974/weighted_Gini_decomposition (unweighted); every value counts once (no population weights). ' +
      'groups: one label per value (for example East, Central, West beside each province); periods (optional): one label per value (for example the year), the panel in long format, one row per unit and period. Labels are reported in order of first appearance; texts are compared ignoring case ("East" and "east" are one group), numbers by value. ' +
      'output "summary" (default): period (with periods), G, Gw, Gnb, Gt and their shares of G (Gw share, Gnb share, Gt share, 0–1, summing to 1); "within": the Gjj of each group, columns headed by the group labels; "between": the Gjh of each pair of groups, columns headed "A–B" (with an en dash; the first-appearing group first); "all": summary, within and between side by side. With periods every output starts with the period column. ' +
      'Sums of absolute differences are computed by sorting (n log n), never pair by pair, so county panels (thousands of units, many years) are fast. ' +
      'A blank value leaves its row out, with its group and period. ' +
      'A single group gives Gw = G and Gnb = Gt = 0; a group with a single value has Gjj = 0; groups that do not overlap give Gt = 0; groups with equal means give Gnb = 0. ' +
      'Errors: #NUM! for a negative value; #VALUE! for text in values, a blank group or period label beside a value, or groups or periods of another length; #N/A in a period\'s row when it has fewer than 2 values, and in the cells of a group (or pair) that has no values in that period; #DIV/0! in a period\'s row when its mean is 0, in the Gjj cell of a group whose mean is 0 (its members are all 0, and it adds 0 to Gw), and in the shares when G is 0. Without periods such an error is the result.',
    zh:
      'Dagum（1997）：G = Σj Σh Σi Σr |yji − yhr| / (2 n² μ)，可精确分解为 G = Gw + Gnb + Gt。Gw = Σj Gjj pj sj 为组内差距，其中 Gjj = Σ Σ |yji − yjr| / (2 nj² μj) 为第 j 组的基尼系数，pj = nj/n 为其单位数占比，sj = nj μj/(n μ) 为其总量占比。' +
      '第 j 组与第 h 组之间 Gjh = Σ Σ |yji − yhr| / (nj nh (μj + μh))；Gnb = Σ Gjh (pj sh + ph sj) Djh 为组间净差距，Gt = Σ Gjh (pj sh + ph sj)(1 − Djh) 为超变密度（组间交叠），其中 Djh = (djh − pjh)/(djh + pjh) 为相对经济影响，j 取均值较高的组，djh 为 max(yji − yhr, 0) 的平均数，pjh 为 max(yhr − yji, 0) 的平均数。' +
      'Gnb 等于各组对 pj ph |μj − μh| / μ 之和，即各组均值的基尼系数。此形式与新质生产力文献以及 R 代码 AQUUQA/ginisufe、Python 代码 mussard974/weighted_Gini_decomposition（不加权）一致；每个数值计一次（无人口权重）。' +
      'groups：每个数值一个组标签（例如每个省份旁标注东部、中部、西部）；periods（可选）：每个数值一个时期标签（例如年份），即长格式面板，每个单位每个时期一行。标签按首次出现的顺序报告；文本比较时不区分大小写（"East" 与 "east" 为同一组），数字按数值比较。' +
      'output 为 "summary"（默认）：period（有时期时）、G、Gw、Gnb、Gt 及其占 G 的份额（Gw share、Gnb share、Gt share，介于 0 和 1 之间，合计为 1）；"within"：各组的 Gjj，列标题为组标签；"between"：各组对的 Gjh，列标题为 "A–B"（连接号为 en dash，先出现的组在前）；"all"：summary、within 和 between 并排。有时期时每种输出的第一列都是 period。' +
      '绝对差之和通过排序计算（n log n），不逐对计算，因此县级面板（数千个单位、多年）也很快。' +
      '空白数值所在的行（连同其组和时期）不计入。' +
      '只有一个组时 Gw = G，Gnb = Gt = 0；只有一个数值的组 Gjj = 0；互不交叠的组 Gt = 0；均值相等的组 Gnb = 0。' +
      '错误：有负值时返回 #NUM!；values 中有文本、有数值的行组标签或时期标签为空，或 groups、periods 长度不符时返回 #VALUE!；某时期数值少于 2 个时该时期一行返回 #N/A，某组在该时期没有数值时该组（或组对）的单元格返回 #N/A；某时期均值为 0 时该行返回 #DIV/0!，某组均值为 0 时其 Gjj 单元格返回 #DIV/0!（其成员均为 0，对 Gw 的贡献为 0），G 为 0 时各份额返回 #DIV/0!。无时期时，上述错误即为结果。',
  },
  params: [
    {
      name: 'values',
      type: 'number',
      shape: 'vector',
      min: 0,
      description: { en: 'Values ≥ 0 (a row or a column); a blank leaves its row out.', zh: '数值，≥ 0（一行或一列）；空白所在的行不计入。' },
    },
    {
      name: 'groups',
      type: 'any',
      shape: 'vector',
      description: { en: 'The group (region) label of each value.', zh: '每个数值所属的组（地区）标签。' },
    },
    {
      name: 'periods',
      type: 'any',
      shape: 'vector',
      optional: true,
      description: { en: 'The period (e.g. year) of each value; one result row per period. Default: one row.', zh: '每个数值所属的时期（如年份）；每个时期一行结果。默认只有一行。' },
    },
    {
      name: 'output',
      type: 'option',
      shape: 'scalar',
      optional: true,
      default: 'summary',
      options: ['summary', 'within', 'between', 'all'],
      description: {
        en: '"summary" (default): G, Gw, Gnb, Gt and shares; "within": Gjj per group; "between": Gjh per pair; "all".',
        zh: '"summary"（默认）：G、Gw、Gnb、Gt 及份额；"within"：各组 Gjj；"between"：各组对 Gjh；"all"：全部。',
      },
    },
  ],
  result: {
    shape: 'matrix',
    header: true,
    description: {
      en: 'A header row, then one row per period (a single row without periods).',
      zh: '表头一行，随后每个时期一行（无时期时只有一行）。',
    },
  },
  glossary: ['dagum-gini', 'transvariation', 'gini'],
  examples: [
    {
      title: { en: 'Three groups that do not overlap: no transvariation', zh: '三个互不交叠的组：超变密度为 0' },
      args: [MUSSARD.values, MUSSARD.groups],
      expected: [SUMMARY, [0.14957264957264957, 0.012820512820512822, 0.13675213675213677, 0, 0.08571428571428572, 0.9142857142857143, 0]],
      tolerance: 1e-12,
      source:
        'tests/fixtures/vectors/analysis/dagum_gini.json, case mussard_example_unweighted (the mussard974/weighted_Gini_decomposition example data without weights; numpy from the formulas and mussard974 agree)',
    },
    {
      title: { en: 'Equal group means: within-group and between-group Gini', zh: '各组均值相等：组内与组间基尼系数' },
      args: [[[1], [3], [2], [2], [0.5], [3.5]], [['A'], ['A'], ['B'], ['B'], ['C'], ['C']], null, 'all'],
      expected: [
        [...SUMMARY, 'A', 'B', 'C', 'A–B', 'A–C', 'B–C'],
        [0.2916666666666667, 0.06944444444444445, 0, 0.2222222222222222, 0.23809523809523808, 0, 0.7619047619047619, 0.25, 0, 0.375, 0.25, 0.375, 0.375],
      ],
      tolerance: 1e-12,
      source: 'tests/fixtures/vectors/analysis/dagum_gini.json, case equal_means (all between-group inequality is transvariation)',
    },
    {
      title: { en: 'Two years in long format, groups East and West', zh: '长格式的两年数据，分东部、西部两组' },
      args: [
        [[5], [2], [8], [6], [3], [7], [2], [9]],
        [['East'], ['West'], ['East'], ['West'], ['East'], ['West'], ['East'], ['West']],
        [[2020], [2020], [2020], [2020], [2021], [2021], [2021], [2021]],
      ],
      expected: [
        ['period', ...SUMMARY],
        [2020, 0.2261904761904762, 0.08333333333333334, 0.11904761904761904, 0.0238095238095238, 0.3684210526315789, 0.5263157894736842, 0.10526315789473684],
        [2021, 0.2976190476190476, 0.03571428571428571, 0.2619047619047619, 0, 0.12, 0.88, 0],
      ],
      tolerance: 1e-12,
      source: 'derived with numpy: the pairwise formulas of Dagum (1997) written out with n² loops, per year',
    },
    {
      title: { en: 'A negative value is #NUM!', zh: '有负值时返回 #NUM!' },
      args: [[[3], [-1], [2]], [['A'], ['B'], ['B']]],
      expected: [[{ error: '#NUM!' }]],
      source: 'catalogue: values ≥ 0, a negative value → #NUM!',
    },
  ],
  compute: dagumGini,
};
