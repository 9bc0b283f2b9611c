import { malmquist } from '../../../core/productivity/malmquist';
import type { FunctionSpec } from '../../types';
import { PRODUCTIVITY } from '../../categories';
import { DEA_DATA_RULE, DEA_SOLVER_NOTE, deaInputsParam, deaOrientationParam, deaOutputsParam } from './dea-params';

const HEADER = ['unit', 'from', 'to', 'effch', 'techch', 'pech', 'sech', 'tfpch'];

/** Two units, one input, one output, two periods, rows deliberately out of order. */
const PANEL = {
  units: [['B'], ['A'], ['A'], ['B']],
  periods: [[2020], [2020], [2021], [2021]],
  inputs: [[2], [1], [1], [2]],
  outputs: [[1], [1], [2], [1]],
};

export const malmquistSpec: FunctionSpec = {
  name: 'MALMQUIST',
  category: PRODUCTIVITY,
  description: {
    en: 'Malmquist productivity index (DEA, Färe–Grosskopf–Norris–Zhang) of a balanced panel, with its decomposition, as DEAP reports it.',
    zh: '平衡面板的 Malmquist 生产率指数（DEA 方法，Färe–Grosskopf–Norris–Zhang）及其分解，口径与 DEAP 一致。',
  },
  help: {
    en:
      'The panel is in long format: one row per unit and period, with the unit in units, the period (a number such as a year) in periods, and the inputs and outputs in the same rows; rows may come in any order. ' +
      'The result is a table with a header row and one row per unit (in order of first appearance) and pair of consecutive periods: unit, from, to, effch (technical efficiency change), techch (technological change), pech (pure technical efficiency change), sech (scale efficiency change) and tfpch (total factor productivity change). ' +
      'As in DEAP 2.1 (Coelli 1996), following Färe, Grosskopf, Norris and Zhang (1994): each period has its own (contemporaneous) CRS frontier; with D^a(b) the CRS efficiency of a unit\'s period-b data against the period-a frontier, effch = D^{t+1}(t+1)/D^t(t), techch = √[D^t(t+1)/D^{t+1}(t+1) · D^t(t)/D^{t+1}(t)], pech is effch computed with VRS efficiencies, sech = effch/pech, and tfpch = effch × techch. ' +
      'Values above 1 mean progress and below 1 regress, in either orientation. orientation "input" (default) or "output" only changes pech and sech, since CRS efficiencies are the same in both orientations. ' +
      'A unit\'s data can lie where the other period\'s frontier has no solution (it makes an output that no unit made in that period): then techch and tfpch of that unit and pair are #N/A, and the other cells still compute. ' +
      'DEAP also prints geometric means by period and by unit; compute them with GEOMEAN over the columns of the result. ' +
      DEA_DATA_RULE.en +
      'Errors: #VALUE! when units, periods, inputs and outputs have different numbers of rows, a unit is blank, a period is blank or not a number, a unit appears twice in a period, the panel is not balanced (a unit misses a period), or there are more than 5,000 units or 100,000 rows; #N/A with fewer than 2 units or 2 periods; #NUM! as above. ' +
      DEA_SOLVER_NOTE.en,
    zh:
      '面板数据采用长格式：每个单位每个时期一行，units 为单位，periods 为时期（数字，如年份），inputs 和 outputs 位于相同的行；行的顺序不限。' +
      '结果为带表头的表格，每个单位（按首次出现的顺序）每对相邻时期一行：单位、起始期、结束期、effch（技术效率变化）、techch（技术进步）、pech（纯技术效率变化）、sech（规模效率变化）和 tfpch（全要素生产率变化）。' +
      '与 DEAP 2.1(Coelli 1996)一致，采用 Färe、Grosskopf、Norris 和 Zhang(1994)的方法：各期使用当期（同期）CRS 前沿；记 D^a(b) 为某单位第 b 期数据相对第 a 期前沿的 CRS 效率，则 effch = D^{t+1}(t+1)/D^t(t),techch = √[D^t(t+1)/D^{t+1}(t+1) · D^t(t)/D^{t+1}(t)],pech 为用 VRS 效率计算的 effch,sech = effch/pech,tfpch = effch × techch。' +
      '无论哪种导向，大于 1 表示进步，小于 1 表示退步。orientation 为 "input"（默认）或 "output"，只影响 pech 和 sech，因为 CRS 效率在两种导向下相同。' +
      '若某单位的数据相对另一期前沿无解（它生产了该期没有任何单位生产的产出），该单位该时期对的 techch 和 tfpch 为 #N/A，其余单元格照常计算。' +
      'DEAP 还会输出按时期和按单位的几何平均值；可对结果的各列使用 GEOMEAN 计算。' +
      DEA_DATA_RULE.zh +
      '错误：units、periods、inputs 和 outputs 行数不同，单位为空，时期为空或不是数字，同一单位在同一时期出现两次，面板不平衡（某单位缺少某一时期），或单位超过 5000 个、行数超过 100000 时返回 #VALUE!；单位少于 2 个或时期少于 2 个时返回 #N/A;#NUM! 见上。' +
      DEA_SOLVER_NOTE.zh,
  },
  params: [
    {
      name: 'units',
      type: 'any',
      shape: 'vector',
      description: { en: 'The unit (name or number) of each row.', zh: '每行所属的单位（名称或编号）。' },
    },
    {
      name: 'periods',
      type: 'number',
      shape: 'vector',
      blanks: 'error',
      description: { en: 'The period of each row, as a number (e.g. the year).', zh: '每行所属的时期，须为数字（如年份）。' },
    },
    {
      ...deaInputsParam,
      description: {
        en: 'One row per unit and period, one column per input; all ≥ 0, each row with a positive input.',
        zh: '每个单位每个时期一行，每种投入一列；均不小于 0，每行至少有一项投入为正。',
      },
    },
    {
      ...deaOutputsParam,
      description: {
        en: 'One row per unit and period (the same rows), one column per output; all ≥ 0, each row with a positive output.',
        zh: '每个单位每个时期一行（行与投入对应），每种产出一列；均不小于 0，每行至少有一项产出为正。',
      },
    },
    deaOrientationParam,
  ],
  result: {
    shape: 'matrix',
    header: true,
    description: {
      en: 'A header row, then per unit and pair of consecutive periods: unit, from, to, effch, techch, pech, sech, tfpch.',
      zh: '表头一行，随后每个单位每对相邻时期一行：单位、起始期、结束期、effch、techch、pech、sech、tfpch。',
    },
  },
  glossary: ['malmquist-index', 'total-factor-productivity', 'dea', 'technical-change', 'scale-efficiency'],
  examples: [
    {
      title: { en: 'Two units, two years, input orientation: A doubles its output', zh: '两个单位、两年，投入导向：A 的产出翻倍' },
      args: [PANEL.units, PANEL.periods, PANEL.inputs, PANEL.outputs],
      // Units in order of first appearance: B comes first in the rows.
      expected: [HEADER, ['B', 2020, 2021, 0.5, 2, 1, 0.5, 1], ['A', 2020, 2021, 1, 2, 1, 1, 2]],
      tolerance: 1e-9,
      source:
        'derived by hand: the best output/input ratio is 1 in 2020 and 2 in 2021, so CRS efficiencies are A 1, 1 and B 0.5, 0.25; cross-period A 2 and 0.5, B 0.5 and 0.25; techch = √(2/1 · 1/0.5) = 2 for A and √(0.5/0.25 · 0.5/0.25) = 2 for B; B\'s productivity y/x is 0.5 in both years, so its tfpch is 1. VRS input efficiency of B is 0.5 in both years (A makes as much with 1), so pech = 1',
    },
    {
      title: { en: 'The same panel in output orientation: only pech and sech change', zh: '同一面板，产出导向：只有 pech 和 sech 改变' },
      args: [PANEL.units, PANEL.periods, PANEL.inputs, PANEL.outputs, 'output'],
      expected: [HEADER, ['B', 2020, 2021, 0.5, 2, 0.5, 1, 1], ['A', 2020, 2021, 1, 2, 1, 1, 2]],
      tolerance: 1e-9,
      source:
        'derived by hand: VRS output efficiency of B is 1 in 2020 (no unit with input ≤ 2 makes more than 1) and 0.5 in 2021 (A makes 2 with input 1), so pech = 0.5 and sech = 0.5/0.5 = 1',
    },
    {
      title: {
        en: 'An output nobody made in 2020: techch and tfpch of that unit are #N/A',
        zh: '2020 年无人生产的产出：该单位的 techch 和 tfpch 为 #N/A',
      },
      args: [
        [['A'], ['B'], ['A'], ['B']],
        [[1], [1], [2], [2]],
        [[1], [1], [1], [1]],
        [
          [1, 0],
          [2, 0],
          [1, 1],
          [2, 0],
        ],
      ],
      expected: [
        HEADER,
        ['A', 1, 2, 2, { error: '#N/A' }, 1, 2, { error: '#N/A' }],
        ['B', 1, 2, 1, 1, 1, 1, 1],
      ],
      tolerance: 1e-9,
      source:
        'derived by hand: A\'s period-2 data make output 2, which no period-1 unit makes, so D^1(2) has no solution; A\'s CRS efficiency rises from 0.5 to 1 (B makes 2 with the same input in period 1; A makes output 2 alone in period 2), VRS stays 1; B is unchanged and on both frontiers',
    },
    {
      title: { en: 'A unit twice in one period: #VALUE!', zh: '同一单位在同一时期出现两次：#VALUE!' },
      args: [[['A'], ['B'], ['A'], ['A']], [[1], [1], [2], [2]], [[1], [1], [1], [1]], [[1], [2], [1], [2]]],
      expected: [[{ error: '#VALUE!' }]],
      source: 'issue 5: a duplicate (unit, period) is #VALUE! naming the row',
    },
    {
      title: { en: 'An unbalanced panel: #VALUE!', zh: '非平衡面板：#VALUE!' },
      args: [[['A'], ['B'], ['A'], ['C']], [[1], [1], [2], [2]], [[1], [1], [1], [1]], [[1], [2], [1], [2]]],
      expected: [[{ error: '#VALUE!' }]],
      source: 'issue 5: an unbalanced panel is #VALUE!',
    },
  ],
  compute: malmquist,
};
