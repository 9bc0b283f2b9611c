import { obstacleDegree } from '../../../core/composite/obstacle-degree';
import { COMPOSITE } from '../../categories';
import type { FunctionSpec } from '../../types';
import { BLANKS_NOTE, dataParam, directionsParam, SCORING_NOTE, weightsParam } from './composite-params';

/** Hwang & Yoon (1981) aircraft data; column 4 is a cost. */
const AIRCRAFT = [
  [2.0, 1500, 20000, 5.5, 5, 9],
  [2.5, 2700, 18000, 6.5, 3, 5],
  [1.8, 2000, 21000, 4.5, 7, 7],
  [2.2, 1800, 20000, 5.0, 5, 5],
];

export const obstacleDegreeSpec: FunctionSpec = {
  name: 'OBSTACLE_DEGREE',
  category: COMPOSITE,
  description: {
    en: "Obstacle degree: each indicator's share of a unit's shortfall from the best; n×m, each row sums to 1.",
    zh: '障碍度：各指标在单位与最优水平差距中所占的份额；n×m，每行和为 1。',
  },
  help: {
    en:
      'The obstacle degree model, reported beside composite and coupling scores in the Chinese literature, finds which indicators hold a unit back. ' +
      'With z = min-max by direction (1 = the best unit in the data) and weights w (rescaled to sum to 1): O_ij = w_j (1 − z_ij) / Σ_k w_k (1 − z_ik). ' +
      'Each row sums to 1; multiply by 100 for the percentages papers print. An indicator where the unit is the best, or with weight 0, has obstacle 0. ' +
      'Typical use: weights = ENTROPY_WEIGHTS(data, directions), then the largest values of a row name the unit\'s main obstacles. ' +
      BLANKS_NOTE.en +
      'A blank cell stays blank and the row\'s shares are taken over the indicators present. A unit at the best value of every weighted indicator has no shortfall: #DIV/0! in its row. ' +
      SCORING_NOTE.en +
      'Other errors: fewer than 2 rows #N/A; a negative weight #NUM!. Source: methods.md A6.',
    zh:
      '障碍度模型常与综合得分、耦合协调度一起报告，用于识别制约单位发展的指标。' +
      '设 z 为按方向的极差标准化（1 为数据中的最优单位），权重 w 归一为和为 1:O_ij = w_j (1 − z_ij) / Σ_k w_k (1 − z_ik)。' +
      '每行和为 1；乘以 100 即为论文中常见的百分比。单位在某指标上已是最优，或该指标权重为 0，则障碍度为 0。' +
      '常见用法：weights = ENTROPY_WEIGHTS(data, directions)，每行中数值最大的几项即该单位的主要障碍因子。' +
      BLANKS_NOTE.zh +
      '空白单元格在结果中仍为空白，该行份额只在非空指标间分配。单位在所有有权重的指标上都是最优时没有差距可分：该行返回 #DIV/0!。' +
      SCORING_NOTE.zh +
      '其他错误：少于 2 行返回 #N/A；权重为负返回 #NUM!。来源：methods.md A6。',
  },
  params: [dataParam, weightsParam(false), directionsParam],
  result: {
    shape: 'matrix',
    header: false,
    description: { en: 'One obstacle share per unit and indicator (n×m).', zh: '每个单位、每个指标一个障碍度(n×m)。' },
  },
  glossary: ['obstacle-degree', 'min-max-normalisation', 'indicator-direction', 'entropy-weight-method'],
  examples: [
    {
      title: { en: 'Four units × six indicators, analyst weights', zh: '四个单位 × 六个指标，分析者设定的权重' },
      args: [AIRCRAFT, [[0.2, 0.1, 0.1, 0.1, 0.2, 0.3]], [[1, 1, 1, -1, 1, 1]]],
      expected: [
        [0.335195530726257, 0.2346368715083799, 0.07821229050279331, 0.11731843575418995, 0.2346368715083799, 0.0],
        [0.0, 0.0, 0.14285714285714288, 0.14285714285714288, 0.28571428571428575, 0.4285714285714286],
        [0.489795918367347, 0.14285714285714285, 0.0, 0.0, 0.0, 0.3673469387755102],
        [0.1384615384615384, 0.12115384615384617, 0.053846153846153856, 0.04038461538461539, 0.16153846153846155, 0.48461538461538456],
      ],
      tolerance: 1e-12,
      source: 'derived with numpy from methods.md A6',
    },
    {
      title: { en: 'With weights = ENTROPY_WEIGHTS of the same data', zh: 'weights = 同一数据的 ENTROPY_WEIGHTS' },
      args: [
        AIRCRAFT,
        // ENTROPY_WEIGHTS(AIRCRAFT, {1,1,1,-1,1,1}).
        [[0.1559566488481152, 0.17390894288673983, 0.11912048956757446, 0.1261523357901395, 0.13433462929209058, 0.29052695361534037]],
        [[1, 1, 1, -1, 1, 1]],
      ],
      expected: [
        [0.24469176791239738, 0.38200180503394743, 0.08721852036667277, 0.1385507242501799, 0.14753718243680247, 0.0],
        [0.0, 0.0, 0.1777561159349444, 0.1882493037728428, 0.2004592327080448, 0.433535347584168],
        [0.3873092291145281, 0.2519374100225577, 0.0, 0.0, 0.0, 0.36075336086291404],
        [0.10673515621571694, 0.2082876688233209, 0.06340822493855039, 0.0503634747053759, 0.10726014166972042, 0.46394533364731544],
      ],
      tolerance: 1e-12,
      source: 'derived with numpy from methods.md A6 with the entropy weights of entropy_weight.json, case cn_style_minmax_shift',
    },
    {
      title: {
        en: 'A unit best on every indicator: #DIV/0! in its row; a blank stays blank',
        zh: '在所有指标上都最优的单位：该行返回 #DIV/0!；空白保持空白',
      },
      args: [[[3, 3], [1, null], [2, 1]], [[1, 1]]],
      expected: [
        [{ error: '#DIV/0!' }, { error: '#DIV/0!' }],
        [1, ''],
        [0.3333333333333333, 0.6666666666666666],
      ],
      tolerance: 1e-12,
      source: 'derived by hand: row 3 has z = (0.5, 0), gaps 0.5 and 1',
    },
  ],
  compute: (data, weights, directions) => obstacleDegree(data, weights, directions),
};
