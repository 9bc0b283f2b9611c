import { compositeScore } from '../../../core/composite/composite-score';
import { COMPOSITE } from '../../categories';
import type { FunctionSpec } from '../../types';
import { minCoverageParam } from '../shared/min-coverage-param';
import { BLANKS_NOTE, dataParam, directionsParam, SCORING_NOTE, weightsParam } from './composite-params';

/** Hwang & Yoon (1981) aircraft data, tests/fixtures/vectors/entropy_weight.json; column 4 is a cost. */
const AIRCRAFT = [
  [2.0, 1500, 20000, 5.5, 5, 9],
  [2.5, 2700, 18000, 6.5, 3, 5],
  [1.8, 2000, 21000, 4.5, 7, 7],
  [2.2, 1800, 20000, 5.0, 5, 5],
];

export const compositeScoreSpec: FunctionSpec = {
  name: 'COMPOSITE_SCORE',
  category: COMPOSITE,
  description: {
    en: 'A composite indicator: normalise the indicators, then aggregate them with weights, one score per unit (row).',
    zh: '综合指数：先对指标无量纲化，再加权汇总，每个单位（行）一个得分。',
  },
  help: {
    en:
      'Step 1, normalization: any NORMALIZE method by direction ("minmax" default, "zscore", "percentile", "fracmax"), or "none" for data already normalised and oriented (then directions must be omitted or all benefit). ' +
      'Step 2, aggregation with weights (default equal, rescaled to sum to 1): "arithmetic" (default) Σ w z, fully compensatory; "geometric" exp(Σ w ln z), partly compensatory, every present value > 0; "harmonic" Σ w / Σ (w / z), every present value > 0. ' +
      'Min-max gives the worst unit of each column an exact 0, which the geometric and harmonic means cannot take (#NUM! for that unit): normalise with NORMALIZE and a shift such as 0.0001, then pass the result with normalization "none". ' +
      'The usual Chinese pipeline is COMPOSITE_SCORE(NORMALIZE(data, directions, "minmax", 0.0001), ENTROPY_WEIGHTS(data, directions), , , "none"). ' +
      BLANKS_NOTE.en +
      'Missing cells as in SIX_ASPECT_SCORE: a blank is left out and the present weights rescaled while their share is at least minCoverage (default 0.65); below it the unit gets #N/A. ' +
      SCORING_NOTE.en +
      'Other errors: fewer than 2 rows to normalise #N/A; a negative weight #NUM!; all weights 0 #DIV/0!. Sources: methods.md A1, A5; OECD/JRC Handbook (2008); COINr.',
    zh:
      '第一步，无量纲化：按方向采用 NORMALIZE 的任一方法（"minmax" 默认、"zscore"、"percentile"、"fracmax"），或 "none" 表示数据已标准化且已统一方向（此时 directions 须省略或全为正向）。' +
      '第二步，用 weights（默认等权，自动归一为和为 1）汇总："arithmetic"（默认）Σ w z，完全可补偿；"geometric" exp(Σ w ln z)，部分可补偿，非空值须大于 0;"harmonic" Σ w / Σ (w / z)，非空值须大于 0。' +
      '极差法会使每列最差单位恰为 0，几何与调和平均无法处理（该单位返回 #NUM!）：请先用 NORMALIZE 加 0.0001 之类的平移，再以 normalization "none" 传入。' +
      '国内常见流程为 COMPOSITE_SCORE(NORMALIZE(data, directions, "minmax", 0.0001), ENTROPY_WEIGHTS(data, directions), , , "none")。' +
      BLANKS_NOTE.zh +
      '缺失值规则同 SIX_ASPECT_SCORE：空白不参与计算，其余权重重新归一，前提是非空权重占比不低于 minCoverage（默认 0.65）；否则该单位返回 #N/A。' +
      SCORING_NOTE.zh +
      '其他错误：需要标准化但少于 2 行返回 #N/A；权重为负返回 #NUM!；权重全为 0 返回 #DIV/0!。来源：methods.md A1、A5;OECD/JRC 手册(2008);COINr。',
  },
  params: [
    dataParam,
    weightsParam(true),
    directionsParam,
    {
      name: 'method',
      type: 'option',
      shape: 'scalar',
      optional: true,
      default: 'arithmetic',
      options: ['arithmetic', 'geometric', 'harmonic'],
      description: {
        en: '"arithmetic" (default), "geometric" or "harmonic".',
        zh: '"arithmetic"（默认，算术平均）、"geometric"（几何平均）或 "harmonic"（调和平均）。',
      },
    },
    {
      name: 'normalization',
      type: 'option',
      shape: 'scalar',
      optional: true,
      default: 'minmax',
      options: ['minmax', 'zscore', 'percentile', 'fracmax', 'none'],
      description: {
        en: '"minmax" (default), "zscore", "percentile", "fracmax", or "none" for data already normalised.',
        zh: '"minmax"（默认）、"zscore"、"percentile"、"fracmax"，或 "none"（数据已标准化）。',
      },
    },
    minCoverageParam,
  ],
  result: {
    shape: 'column',
    description: { en: 'One composite score per unit.', zh: '每个单位一个综合得分。' },
  },
  glossary: ['composite-index', 'min-max-normalisation', 'weighted-aggregation', 'indicator-direction', 'entropy-weight-method'],
  examples: [
    {
      title: { en: 'Min-max, analyst weights, column 4 a cost', zh: '极差法，分析者设定的权重，第 4 列为负向' },
      args: [AIRCRAFT, [[0.2, 0.1, 0.1, 0.1, 0.2, 0.3]], [[1, 1, 1, -1, 1, 1]]],
      expected: [[0.5738095238095238], [0.3], [0.5916666666666667], [0.38095238095238104]],
      tolerance: 1e-12,
      source: 'derived with numpy: Σ w z on min-max data by direction',
    },
    {
      title: {
        en: 'Entropy pipeline: data = NORMALIZE(…, "minmax", 0.0001), weights = ENTROPY_WEIGHTS of the same data, normalization "none"',
        zh: '熵值法流程：data = NORMALIZE(…, "minmax", 0.0001),weights = 同一数据的 ENTROPY_WEIGHTS,normalization 取 "none"',
      },
      args: [
        // NORMALIZE(AIRCRAFT, {1,1,1,-1,1,1}, "minmax", 0.0001), see the NORMALIZE examples.
        [
          [0.2858142857142857, 0.0001, 0.6667666666666666, 0.5001, 0.5001, 1.0001],
          [1.0001, 1.0001, 0.0001, 0.0001, 0.0001, 0.0001],
          [0.0001, 0.4167666666666667, 1.0001, 1.0001, 1.0001, 0.5001],
          [0.5715285714285714, 0.2501, 0.6667666666666666, 0.7501, 0.5001, 0.0001],
        ],
        // ENTROPY_WEIGHTS(AIRCRAFT, {1,1,1,-1,1,1}).
        [[0.1559566488481152, 0.17390894288673983, 0.11912048956757446, 0.1261523357901395, 0.13433462929209058, 0.29052695361534037]],
        null,
        null,
        'none',
      ],
      expected: [[0.54484314], [0.32996559], [0.59743299], [0.37389055]],
      tolerance: 1e-7,
      source: 'tests/fixtures/vectors/entropy_weight.json, case cn_style_minmax_shift, score_sum_w_z (derived with numpy)',
    },
    {
      title: { en: 'Arithmetic, geometric and harmonic means of (0.2, 0.5, 0.8)', zh: '(0.2, 0.5, 0.8) 的算术、几何与调和平均' },
      args: [[[0.2, 0.5, 0.8]], [[0.5, 0.3, 0.2]], null, 'harmonic', 'none'],
      expected: [[0.29850746268656714]],
      tolerance: 1e-12,
      source: 'tests/fixtures/vectors/normalise_aggregate_tfp.json, case arith_vs_geo (arithmetic 0.41, geometric 0.3474, harmonic 0.2985)',
    },
    {
      title: {
        en: 'Geometric after min-max: the unit at the minimum gets #NUM!',
        zh: '极差法后几何平均：处于最小值的单位返回 #NUM!',
      },
      args: [[[1, 2], [2, 4], [3, 3]], null, null, 'geometric'],
      expected: [[{ error: '#NUM!' }], [0.7071067811865476], [0.7071067811865476]],
      tolerance: 1e-12,
      source: 'derived by hand: z = (0, 0), (0.5, 1), (1, 0.5); √0.5',
    },
    {
      title: { en: 'A constant column: #VALUE!', zh: '常数列：#VALUE!' },
      args: [[[1, 5], [2, 5], [3, 5]]],
      expected: [[{ error: '#VALUE!' }]],
      source: 'catalogue section 8: in scoring functions a constant column cannot be normalised',
    },
  ],
  compute: (data, weights, directions, method, normalization, minCoverage) => compositeScore(data, weights, directions, method, normalization, minCoverage),
};
