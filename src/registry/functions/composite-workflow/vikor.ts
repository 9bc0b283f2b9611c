import { vikor } from '../../../core/composite-workflow/vikor';
import { COMPOSITE_WORKFLOW } from '../../categories';
import type { FunctionSpec } from '../../types';
import {
  EIGHT_UNITS,
  EIGHT_UNITS_DIRECTIONS,
  EIGHT_UNITS_WEIGHTS,
  OPRICOVIC_TZENG,
  SCORING_BLANKS,
  scoringDataParam,
  scoringDirectionsParam,
  scoringWeightsParam,
} from './grey-relation';

export const vikorSpec: FunctionSpec = {
  name: 'VIKOR',
  category: COMPOSITE_WORKFLOW,
  description: {
    en: 'VIKOR compromise ranking (Opricovic & Tzeng 2004): for each unit the group utility S, the individual regret R and the compromise index Q (smaller is better).',
    zh: 'VIKOR 折衷排序法（Opricovic & Tzeng 2004）：各单位的群体效用 S、个体遗憾 R 与折衷指数 Q（越小越好）。',
  },
  help: {
    en:
      'With f* the best and f⁻ the worst value of each indicator among the values present (the maximum and minimum of a benefit, the other way round for a cost) and the weights w (default equal) rescaled to sum to 1: ' +
      'd = w (f* − f)/(f* − f⁻); S = Σ d (group utility), R = max d (individual regret), and Q = v (S − S*)/(S⁻ − S*) + (1 − v)(R − R*)/(R⁻ − R*), with S*, R* the smallest and S⁻, R⁻ the largest over the units. ' +
      'All three are smaller-is-better: rank the units by Q ascending. v (default 0.5) is the weight of the strategy of the majority of criteria, from 0 (only the regret counts) to 1 (only the group utility). ' +
      "Opricovic & Tzeng's conditions for a compromise solution are read from the table: acceptable advantage, Q of the second unit minus Q of the first ≥ DQ = 1/(n − 1), and acceptable stability, the first by Q also first by S or by R. " +
      'Result: a header row S, R, Q, then one row per unit. ' +
      SCORING_BLANKS.en +
      'A unit with a blank is also left out of S*, S⁻, R* and R⁻. When every unit has the same S (with v > 0) or the same R (with v < 1), to rounding (1e-12: S and R lie in [0, 1]), Q is 0/0: #DIV/0! in the Q column, with S and R still given; with v = 0 the S term drops out (and with v = 1 the R term), so a tie there does no harm. Fewer than 2 units without a blank: #N/A in the Q column. ' +
      'Other errors: v outside [0, 1] #NUM!; fewer than 2 rows, or a column with fewer than 2 values, #N/A; weights or directions not one per column #VALUE!; a negative weight #NUM!; all weights 0 #DIV/0!. ' +
      'Source: methods-analysis.md §7; checked against the Opricovic & Tzeng (2004) example (Q = 1, 0, 1, as encoded in the pymcdm tests) and against separately written R code.',
    zh:
      '记各指标非空值中的最优值为 f*、最差值为 f⁻（正向指标分别为最大值与最小值，负向指标相反），权重 w（默认等权）归一为和为 1：' +
      'd = w (f* − f)/(f* − f⁻)；S = Σ d（群体效用），R = max d（个体遗憾），Q = v (S − S*)/(S⁻ − S*) + (1 − v)(R − R*)/(R⁻ − R*)，其中 S*、R* 为各单位中的最小值，S⁻、R⁻ 为最大值。' +
      '三者都是越小越好：按 Q 从小到大排序。v（默认 0.5）为“多数准则”策略的权重，0 表示只看个体遗憾，1 表示只看群体效用。' +
      'Opricovic & Tzeng 的折衷解条件可从结果表中判断：可接受优势，即 Q 第二名减第一名 ≥ DQ = 1/(n − 1)；可接受稳定性，即 Q 的第一名按 S 或按 R 也是第一。' +
      '结果：首行为表头 S、R、Q，之后每个单位一行。' +
      SCORING_BLANKS.zh +
      '含空白单元格的单位也不参与 S*、S⁻、R* 与 R⁻ 的计算。若所有单位的 S 都相同（v > 0 时）或 R 都相同（v < 1 时），在舍入误差之内（1e-12，S 与 R 取值 [0, 1]），Q 为 0/0：Q 列返回 #DIV/0!，S 与 R 照常给出；v = 0 时 S 项不起作用（v = 1 时 R 项不起作用），此时该项相同并无影响。没有空白的单位少于 2 个时，Q 列返回 #N/A。' +
      '其他错误：v 不在 [0, 1] 内返回 #NUM!；少于 2 行或某列少于 2 个数值返回 #N/A；weights 或 directions 与列数不符返回 #VALUE!；权重为负返回 #NUM!；权重全为 0 返回 #DIV/0!。' +
      '来源：methods-analysis.md 第 7 节；已与 Opricovic & Tzeng(2004)的算例（Q = 1、0、1，见 pymcdm 的测试）及独立编写的 R 代码核对。',
  },
  params: [
    scoringDataParam,
    scoringWeightsParam,
    scoringDirectionsParam,
    {
      name: 'v',
      type: 'number',
      shape: 'scalar',
      optional: true,
      default: 0.5,
      min: 0,
      max: 1,
      description: {
        en: 'Weight of the strategy of the majority of criteria (group utility S against regret R), in [0, 1] (default 0.5).',
        zh: '“多数准则”策略的权重（群体效用 S 相对于个体遗憾 R），取值 [0, 1]（默认 0.5）。',
      },
    },
  ],
  result: {
    shape: 'matrix',
    header: true,
    description: {
      en: 'A header row S, R, Q, then one row per unit (all three smaller is better).',
      zh: '首行为表头 S、R、Q，之后每个单位一行（三者都是越小越好）。',
    },
  },
  glossary: ['vikor', 'ideal-solution', 'indicator-direction', 'min-max-normalisation'],
  examples: [
    {
      title: { en: 'Opricovic & Tzeng (2004): a cost and a benefit, equal weights', zh: 'Opricovic & Tzeng(2004)算例：一个负向指标与一个正向指标，等权' },
      args: [OPRICOVIC_TZENG, [[0.5, 0.5]], [['cost', 'benefit']]],
      expected: [
        ['S', 'R', 'Q'],
        [0.5, 0.5, 1],
        [0.375, 0.25, 0],
        [0.5, 0.5, 1],
      ],
      tolerance: 1e-12,
      source: 'published: Q = (1, 0, 1), Opricovic & Tzeng (2004) EJOR 156:445 as encoded in pymcdm test/test_mcdm.py; tests/fixtures/vectors/analysis/grey_relational_vikor.json, case vikor_opricovic_tzeng_2004',
    },
    {
      title: { en: 'Eight units, weights rescaled from 3, 1, 2.5, 1.5, 2, directions mixed, v = 0.5', zh: '8 个单位，权重 3、1、2.5、1.5、2 归一后使用，正负向指标混合，v = 0.5' },
      args: [EIGHT_UNITS, EIGHT_UNITS_WEIGHTS, EIGHT_UNITS_DIRECTIONS],
      expected: [
        ['S', 'R', 'Q'],
        [0.48227823649076, 0.145161290322581, 0.315155844350274],
        [0.590749611091167, 0.222352941176471, 0.724007021661106],
        [0.359677419354839, 0.201612903225806, 0.237068965517241],
        [0.53, 0.2, 0.550824817441111],
        [0.627424483306836, 0.3, 1],
        [0.411660256081508, 0.112903225806452, 0.097074522423128],
        [0.582235413781903, 0.201176470588235, 0.651515027099694],
        [0.523523343077423, 0.148235294117647, 0.400393373391025],
      ],
      tolerance: 1e-12,
      source: 'derived with separately written R code: tests/fixtures/composite-workflow/grey-vikor.R, vikor.D1_w1_v05',
    },
    {
      title: { en: 'Two units that tie on S and R: Q is 0/0', zh: '两个单位的 S 与 R 都相同：Q 为 0/0' },
      args: [[[1, 2], [2, 1]]],
      expected: [
        ['S', 'R', 'Q'],
        [0.5, 0.5, { error: '#DIV/0!' }],
        [0.5, 0.5, { error: '#DIV/0!' }],
      ],
      tolerance: 1e-12,
      source: 'derived by hand: each unit is best on one indicator and worst on the other, so d = (0.5, 0) or (0, 0.5), S = R = 0.5 for both',
    },
    {
      title: { en: 'A unit with a blank cell: #N/A in its row, left out of S*, S⁻, R*, R⁻', zh: '含空白单元格的单位：该行返回 #N/A，不参与 S*、S⁻、R*、R⁻' },
      args: [[[1, 10], [2, null], [3, 20], [4, 40]]],
      expected: [
        ['S', 'R', 'Q'],
        [1, 0.5, 1],
        [{ error: '#N/A' }, { error: '#N/A' }, { error: '#N/A' }],
        [0.5, 1 / 3, 7 / 12],
        [0, 0, 0],
      ],
      tolerance: 1e-12,
      source: 'derived by hand: equal weights 0.5; gaps (f* − f)/(f* − f⁻) of units 1, 3, 4: (1, 1), (1/3, 2/3), (0, 0), so S = 1, 1/2, 0 and R = 1/2, 1/3, 0; S* = R* = 0, S⁻ = 1, R⁻ = 1/2; Q of unit 3 = 0.5·(1/2) + 0.5·(1/3)/(1/2) = 7/12',
    },
  ],
  compute: (data, weights, directions, v) => vikor(data, weights, directions, v),
};
