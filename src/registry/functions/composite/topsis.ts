import { topsis } from '../../../core/composite/topsis';
import { COMPOSITE } from '../../categories';
import type { FunctionSpec } from '../../types';
import { BLANKS_NOTE, dataParam, directionsParam, SCORING_NOTE, weightsParam } from './composite-params';

/** Hwang & Yoon (1981) fighter-aircraft example; column 4 (price) is a cost. */
const AIRCRAFT = [
  [2.0, 1500, 20000, 5.5, 5, 9],
  [2.5, 2700, 18000, 6.5, 3, 5],
  [1.8, 2000, 21000, 4.5, 7, 7],
  [2.2, 1800, 20000, 5.0, 5, 5],
];

export const topsisSpec: FunctionSpec = {
  name: 'TOPSIS',
  category: COMPOSITE,
  description: {
    en: 'TOPSIS closeness coefficient of each unit (row) to the ideal solution, between 0 and 1 (larger is better).',
    zh: '各单位（行）与理想解的 TOPSIS 相对贴近度，介于 0 与 1 之间（越大越好）。',
  },
  help: {
    en:
      'TOPSIS (Hwang & Yoon 1981) ranks units by their distances S⁺ to the ideal and S⁻ to the anti-ideal: C = S⁻ / (S⁺ + S⁻). ' +
      'normalization: "minmax" (default, as in Chinese entropy-TOPSIS papers) r = min-max by direction, so every column is a benefit; "vector" (Hwang & Yoon) r = x / √Σx², with the direction deciding whether the ideal is the column maximum or minimum. ' +
      'distance (weights rescaled to sum to 1): "euclidean" (default) v = w·r, S = √Σ (v − v*)²; "weighted" S = √Σ w (r − r*)², the form of many entropy-TOPSIS papers, where the weights enter linearly rather than squared — it can swap the ranks of close units. ' +
      'The ideal and anti-ideal are the best and worst values in the data (not fixed at 1 and 0). ' +
      'Entropy-TOPSIS: pass ENTROPY_WEIGHTS(data, directions) as weights. ' +
      BLANKS_NOTE.en +
      'A unit with a blank cell cannot be placed: #N/A for that unit (the ideal points come from the values present). ' +
      SCORING_NOTE.en +
      'Other errors: fewer than 2 rows #N/A; a negative weight #NUM!. Source: methods.md A4.',
    zh:
      'TOPSIS(Hwang & Yoon 1981)按各单位到正理想解的距离 S⁺ 与到负理想解的距离 S⁻ 排序：C = S⁻ / (S⁺ + S⁻)。' +
      'normalization:"minmax"（默认，国内熵权-TOPSIS 论文的做法）按方向极差标准化，所有列都化为正向；"vector"(Hwang & Yoon)r = x / √Σx²，由方向决定理想解取列最大值还是最小值。' +
      'distance（权重归一为和为 1）:"euclidean"（默认）v = w·r,S = √Σ (v − v*)²;"weighted" S = √Σ w (r − r*)²，即许多熵权-TOPSIS 论文的写法，权重以一次方而非平方进入，可能使相近单位的名次互换。' +
      '正、负理想解取数据中的最优与最差值（而非固定为 1 和 0）。' +
      '熵权-TOPSIS：把 ENTROPY_WEIGHTS(data, directions) 作为 weights 传入。' +
      BLANKS_NOTE.zh +
      '含空白单元格的单位无法定位：该单位返回 #N/A（理想解由非空值确定）。' +
      SCORING_NOTE.zh +
      '其他错误：少于 2 行返回 #N/A；权重为负返回 #NUM!。来源：methods.md A4。',
  },
  params: [
    dataParam,
    weightsParam(true),
    directionsParam,
    {
      name: 'normalization',
      type: 'option',
      shape: 'scalar',
      optional: true,
      default: 'minmax',
      options: ['minmax', 'vector'],
      description: {
        en: '"minmax" (default) or "vector" (x / √Σx², Hwang & Yoon).',
        zh: '"minmax"（默认，极差法）或 "vector"（向量归一化 x / √Σx²）。',
      },
    },
    {
      name: 'distance',
      type: 'option',
      shape: 'scalar',
      optional: true,
      default: 'euclidean',
      options: ['euclidean', 'weighted'],
      description: {
        en: '"euclidean" (default, on v = w·r) or "weighted" (√Σ w (r − r*)²).',
        zh: '"euclidean"（默认，基于 v = w·r）或 "weighted"(√Σ w (r − r*)²)。',
      },
    },
  ],
  result: {
    shape: 'column',
    description: { en: 'One closeness coefficient per unit, in [0, 1].', zh: '每个单位一个贴近度，取值 [0, 1]。' },
  },
  glossary: ['topsis', 'ideal-solution', 'min-max-normalisation', 'indicator-direction', 'entropy-weight-method'],
  examples: [
    {
      title: { en: 'Hwang & Yoon form: vector normalisation, Euclidean distance', zh: 'Hwang & Yoon 形式：向量归一化，欧氏距离' },
      args: [AIRCRAFT, [[0.2, 0.1, 0.1, 0.1, 0.2, 0.3]], [[1, 1, 1, -1, 1, 1]], 'vector'],
      expected: [[0.6432770005532701], [0.26838356771941185], [0.6135422900072309], [0.31229106558175435]],
      tolerance: 1e-12,
      source: 'derived with numpy from methods.md A4; rounds to 0.643, 0.268, 0.614, 0.312 (Hwang & Yoon 1981 aircraft example)',
    },
    {
      title: { en: 'Min-max normalisation (default), Euclidean distance', zh: '极差法（默认），欧氏距离' },
      args: [AIRCRAFT, [[0.2, 0.1, 0.1, 0.1, 0.2, 0.3]], [[1, 1, 1, -1, 1, 1]]],
      expected: [[0.6127481841818694], [0.3660254037844387], [0.530641941323763], [0.35168953377730144]],
      tolerance: 1e-12,
      source: 'derived with numpy from methods.md A4',
    },
    {
      title: {
        en: 'Entropy-TOPSIS: weights = ENTROPY_WEIGHTS of the same data, weighted distance',
        zh: '熵权-TOPSIS:weights = 同一数据的 ENTROPY_WEIGHTS，加权距离',
      },
      args: [
        AIRCRAFT,
        // ENTROPY_WEIGHTS(AIRCRAFT, {1,1,1,-1,1,1}).
        [[0.1559566488481152, 0.17390894288673983, 0.11912048956757446, 0.1261523357901395, 0.13433462929209058, 0.29052695361534037]],
        [[1, 1, 1, -1, 1, 1]],
        'minmax',
        'weighted',
      ],
      expected: [[0.529809252407893], [0.41231668546810657], [0.5642297398921762], [0.40540478231137095]],
      tolerance: 1e-12,
      source: 'derived with numpy from methods.md A4 with the entropy weights of entropy_weight.json, case cn_style_minmax_shift',
    },
    {
      title: { en: 'A unit with a blank cell: #N/A for that unit only', zh: '含空白单元格的单位：仅该单位返回 #N/A' },
      args: [[[1, 1], [0.5, null], [0.5, 0.2], [0, 0]]],
      expected: [[1], [{ error: '#N/A' }], [0.36339238639203586], [0]],
      tolerance: 1e-12,
      source: 'derived by hand: unit 3 has r = (0.5, 0.2), S⁺ = ½√0.89, S⁻ = ½√0.29',
    },
    {
      title: { en: 'A constant column: #VALUE!', zh: '常数列：#VALUE!' },
      args: [[[1, 5], [2, 5], [3, 5]]],
      expected: [[{ error: '#VALUE!' }]],
      source: 'catalogue section 8: in scoring functions a constant column cannot be normalised',
    },
    {
      title: { en: 'The same constant column with weight 0 (as ENTROPY_WEIGHTS gives it) is left out', zh: '同一常数列权重为 0（ENTROPY_WEIGHTS 即如此赋权）时不参与计算' },
      args: [[[1, 5], [2, 5], [3, 5]], [[1, 0]]],
      expected: [[0], [0.5], [1]],
      tolerance: 1e-12,
      source: 'catalogue section 8, the constant-column rule; derived by hand: with column 1 alone, r = 0, 0.5, 1, so S⁺ = 1 − r and S⁻ = r, C = r',
    },
  ],
  compute: (data, weights, directions, normalization, distance) => topsis(data, weights, directions, normalization, distance),
};
