import { entropyWeights } from '../../../core/composite/entropy-weights';
import { COMPOSITE } from '../../categories';
import type { FunctionSpec } from '../../types';
import { BLANKS_NOTE, dataParam, directionsParam } from './composite-params';

/** Hwang & Yoon (1981) aircraft data, tests/fixtures/vectors/entropy_weight.json. */
const AIRCRAFT = [
  [2.0, 1500, 20000, 5.5, 5, 9],
  [2.5, 2700, 18000, 6.5, 3, 5],
  [1.8, 2000, 21000, 4.5, 7, 7],
  [2.2, 1800, 20000, 5.0, 5, 5],
];

export const entropyWeightsSpec: FunctionSpec = {
  name: 'ENTROPY_WEIGHTS',
  category: COMPOSITE,
  description: {
    en: 'Entropy weights of the indicators (columns): a 1×m row that sums to 1.',
    zh: '各指标（列）的熵值法（熵权法）权重：一行 m 个值，和为 1。',
  },
  help: {
    en:
      'The entropy weight method gives more weight to an indicator whose values differ more across units. Per column j: p_ij = z_ij / Σ_i z_ij, e_j = −(1/ln n) Σ_i p_ij ln p_ij with 0·ln 0 = 0, d_j = 1 − e_j, w_j = d_j / Σ d. ' +
      'n is the number of rows with data in that column. normalization: "minmax" (default) z = min-max by direction, then + shift (default 0.0001, the usual Chinese convention; 0 is allowed and handled through 0·ln 0 = 0); ' +
      '"raw" z = the raw data, which must be ≥ 0, as in the international MCDM form (Hwang & Yoon; pymcdm) — directions and shift are ignored there. The shift changes the weights in the third or fourth decimal: report the one you used. ' +
      BLANKS_NOTE.en +
      'Panel data （"global" entropy, 加入时间变量的熵值法）: stack the units × years into one range and pass it whole; the statistics are then taken over all n·T rows, so k = 1/ln(n·T), and one set of weights serves every year. ' +
      'The weights depend on the data: adding or dropping a unit or a year changes every weight. ' +
      'A constant column carries no information and gets weight 0, and the scoring functions (COMPOSITE_SCORE, TOPSIS, OBSTACLE_DEGREE, RANK_UNCERTAINTY) leave a weight-0 column out, so the weights can be passed to them as they are. Errors: all columns constant #DIV/0!; a column with no value at all (an empty column selected with the data) #VALUE! naming it; fewer than 2 rows, or a column with a single value, #N/A; a negative value with "raw" #NUM!; directions that do not match the columns #VALUE!. ' +
      'Use the result as the weights of COMPOSITE_SCORE, TOPSIS, OBSTACLE_DEGREE or COMBINE_WEIGHTS. Sources: methods.md A2; Elsayed, Dawood & Karthikeyan (2017), reproduced to 6 decimals.',
    zh:
      '熵值法赋予在各单位间差异越大的指标越高的权重。对每列 j:p_ij = z_ij / Σ_i z_ij,e_j = −(1/ln n) Σ_i p_ij ln p_ij（约定 0·ln 0 = 0）,d_j = 1 − e_j,w_j = d_j / Σ d。' +
      'n 为该列有数据的行数。normalization:"minmax"（默认）z 为按方向的极差标准化再加 shift（默认 0.0001，国内常用做法；也可为 0，此时按 0·ln 0 = 0 处理）;' +
      '"raw" 直接用原始数据（须不小于 0），即国际 MCDM 文献的形式(Hwang & Yoon;pymcdm)，此时不使用 directions 与 shift。shift 会改变权重的第三、四位小数：请注明所用的值。' +
      BLANKS_NOTE.zh +
      '面板数据（"全局"熵值法，即加入时间变量的熵值法）：把单位 × 年份上下堆叠为一个区域整体传入，统计量取自全部 n·T 行，k = 1/ln(n·T)，各年共用一组权重。' +
      '权重取决于数据：增减一个单位或一个年份都会改变所有权重。' +
      '常数列不含信息，权重为 0；评分函数（COMPOSITE_SCORE、TOPSIS、OBSTACLE_DEGREE、RANK_UNCERTAINTY）会略去权重为 0 的列，因此权重可以直接传入。错误：所有列都是常数返回 #DIV/0!；某列完全没有数值（选区带进了空列）返回 #VALUE! 并指明列号；少于 2 行或某列只有 1 个数值返回 #N/A;"raw" 遇到负值返回 #NUM!;directions 与列数不符返回 #VALUE!。' +
      '结果可作为 COMPOSITE_SCORE、TOPSIS、OBSTACLE_DEGREE 或 COMBINE_WEIGHTS 的权重。来源：methods.md A2;Elsayed, Dawood & Karthikeyan (2017)，可复现到 6 位小数。',
  },
  params: [
    dataParam,
    directionsParam,
    {
      name: 'shift',
      type: 'number',
      shape: 'scalar',
      optional: true,
      default: 0.0001,
      min: 0,
      description: {
        en: 'Added after min-max normalising (default 0.0001); not used with "raw".',
        zh: '极差标准化后加上的平移量（默认 0.0001）；"raw" 时不使用。',
      },
    },
    {
      name: 'normalization',
      type: 'option',
      shape: 'scalar',
      optional: true,
      default: 'minmax',
      options: ['minmax', 'raw'],
      description: {
        en: '"minmax" (default: min-max by direction + shift) or "raw" (p = x / Σx on non-negative raw data).',
        zh: '"minmax"（默认：按方向极差标准化再加 shift）或 "raw"（对非负原始数据取 p = x / Σx）。',
      },
    },
  ],
  result: {
    shape: 'row',
    description: { en: 'One weight per indicator (1×m), summing to 1.', zh: '每个指标一个权重(1×m)，和为 1。' },
  },
  glossary: ['entropy-weight-method', 'min-max-normalisation', 'objective-weights', 'panel-normalisation', 'indicator-direction'],
  examples: [
    {
      title: { en: 'Elsayed et al. (2017): raw variant, 12 alternatives × 5 criteria', zh: 'Elsayed 等(2017)：原始数据形式，12 个方案 × 5 个准则' },
      args: [
        [
          [7.0, 312.0, 1891.0, 6613.0, 163.0],
          [72.0, 88.0, 728.0, 941804.0, 1078.0],
          [10.0, 252.0, 2594.0, 3466.0, 117471.0],
          [10.0, 145.0, 980.0, 2371.0, 86329.0],
          [65.0, 54.0, 350.0, 501.0, 29897.0],
          [29.0, 48.0, 380.0, 912.0, 34051.0],
          [7.0, 476.0, 3300.0, 78470.0, 2212.0],
          [70.0, 87.0, 650.0, 733.0, 819000.0],
          [4.0, 86.0, 591.0, 3015.0, 103.0],
          [12.0, 79.0, 579.0, 3240.0, 96098.0],
          [21.0, 45.0, 261.0, 1253.0, 453.0],
          [1.0, 72.0, 530.0, 4333.0, 0.1048],
        ],
        null,
        null,
        'raw',
      ],
      expected: [[0.104991, 0.069124, 0.071373, 0.449937, 0.304575]],
      tolerance: 5e-7,
      source:
        'published: Elsayed, Dawood & Karthikeyan (2017), Int. J. Eng. Trends Technol. 46(2):60-66, via tests/fixtures/vectors/entropy_weight.json (as encoded in pymcdm)',
    },
    {
      title: {
        en: 'Chinese convention: min-max by direction + 0.0001 (column 4 a cost)',
        zh: '国内惯例：按方向极差标准化 + 0.0001（第 4 列为负向）',
      },
      args: [AIRCRAFT, [[1, 1, 1, -1, 1, 1]]],
      expected: [[0.15595665, 0.17390894, 0.11912049, 0.12615234, 0.13433463, 0.29052695]],
      tolerance: 1e-7,
      source: 'tests/fixtures/vectors/entropy_weight.json, case cn_style_minmax_shift (derived with numpy)',
    },
    {
      title: { en: 'Without the shift (0·ln 0 = 0)', zh: '不加平移(0·ln 0 = 0)' },
      args: [AIRCRAFT, [['benefit', 'benefit', 'benefit', 'cost', 'benefit', 'benefit']], 0],
      expected: [[0.15593793, 0.17389258, 0.1191055, 0.12613444, 0.13432649, 0.29060305]],
      tolerance: 1e-7,
      source: 'tests/fixtures/vectors/entropy_weight.json, case cn_style_minmax_noshift_zero_handling (derived with numpy)',
    },
    {
      title: {
        en: 'Panel ("global") entropy: 3 regions × 2 years stacked, k = 1/ln 6',
        zh: '面板（"全局"）熵值法：3 个地区 × 2 年上下堆叠，k = 1/ln 6',
      },
      args: [[[1, 5], [2, 7], [4, 6], [2, 9], [3, 8], [6, 7]]],
      expected: [[0.5723785571837392, 0.42762144281626074]],
      tolerance: 1e-12,
      source: 'derived with numpy from methods.md A2 on the stacked 6 × 2 matrix, shift 0.0001',
    },
    {
      title: { en: 'A constant column gets weight 0', zh: '常数列的权重为 0' },
      args: [[[1, 5], [2, 5], [3, 5]], null, null, 'raw'],
      expected: [[1, 0]],
      source: 'tests/fixtures/vectors/entropy_weight.json, case edge_constant_column (raw variant)',
    },
    {
      title: { en: 'Every column constant: #DIV/0!', zh: '所有列都是常数：#DIV/0!' },
      args: [[[1, 5], [1, 5], [1, 5]]],
      expected: [[{ error: '#DIV/0!' }]],
      source: 'methods.md A2 edge cases: Σd = 0',
    },
    {
      title: { en: 'A single row: #N/A', zh: '只有一行：#N/A' },
      args: [[[1, 5, 3]]],
      expected: [[{ error: '#N/A' }]],
      source: 'methods.md A2 edge cases: n = 1 gives ln 1 = 0',
    },
  ],
  compute: (data, directions, shift, normalization) => [entropyWeights(data, directions, shift, normalization)],
};
