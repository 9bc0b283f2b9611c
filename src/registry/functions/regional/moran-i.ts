import { moranI } from '../../../core/regional/moran-i';
import { REGIONAL } from '../../categories';
import type { FunctionSpec, ParamSpec } from '../../types';
import { spatialWeightsParam, standardizeParam, WEIGHTS_NOTE } from './spatial-weights';

/** `values` of MORAN_I and GEARY_C: n units × T columns. */
export const spatialValuesParam: ParamSpec = {
  name: 'values',
  type: 'number',
  shape: 'matrix',
  blanks: 'missing',
  description: {
    en: 'n×1 values, or n×T (one column per period): one result row per column.',
    zh: 'n×1 数值，或 n×T（每期一列）：每列一行结果。',
  },
};

export const assumptionParam: ParamSpec = {
  name: 'assumption',
  type: 'option',
  shape: 'scalar',
  optional: true,
  default: 'randomization',
  options: ['randomization', 'normality'],
  description: {
    en: '"randomization" (default) or "normality": the null hypothesis behind the variance.',
    zh: '"randomization"（默认，随机化假设）或 "normality"（正态假设）：方差所依据的原假设。',
  },
};

/** Six provincial capitals (Beijing, Tianjin, Shijiazhuang, Taiyuan, Hohhot, Shenyang): latitude, longitude. */
export const CAPITALS = [
  [39.904, 116.407],
  [39.084, 117.201],
  [38.042, 114.515],
  [37.87, 112.549],
  [40.842, 111.749],
  [41.805, 123.431],
];
export const CAPITAL_SCORES = [[0.62, 0.7], [0.48, 0.52], [0.31, 0.33], [0.27, 0.3], [0.25, 0.26], [0.35, 0.41]];

/** The desmith example (de Smith, Goodchild & Longley 2015, Fig. 5-31): values and the 0/1 contiguity matrix. */
export const DESMITH_Y = [[2.24], [3.1], [4.55], [-5.15], [-4.39], [0.46], [5.54], [9.02], [-2.09], [-3.06]];
const DESMITH_NEIGHBOURS = [[2, 4], [1, 5], [4, 7], [1, 3, 5, 8], [2, 4, 6, 9], [5, 10], [3, 8], [4, 7, 9], [5, 8, 10], [6, 9]];
export const DESMITH_W = DESMITH_NEIGHBOURS.map((nb) => Array.from({ length: 10 }, (_, j) => (nb.includes(j + 1) ? 1 : 0)));

export const moranISpec: FunctionSpec = {
  name: 'MORAN_I',
  category: REGIONAL,
  description: {
    en: "Global Moran's I of spatial autocorrelation with its expectation, variance, z and two-sided p, one row per column of values.",
    zh: '全局莫兰指数（Moran\'s I）及其期望、方差、z 值和双侧 p 值，每列数值一行结果。',
  },
  help: {
    en:
      "Global Moran's I (Moran 1950; Cliff & Ord 1981): I = (n/S0) Σ_ij w_ij z_i z_j / Σ z_i², z = y − mean(y), S0 = Σ w_ij; E[I] = −1/(n − 1). " +
      'assumption "randomization" (default) gives the variance under randomisation (it uses the kurtosis b2 = n Σz⁴/(Σz²)²), "normality" the variance under normality; both as PySAL esda\'s Moran (VI_rand, VI_norm) and R spdep\'s moran.test (randomisation = TRUE / FALSE), which agree to 1e-9 on the reference data. z = (I − E[I])/√Var[I], p two-sided: 2(1 − Φ(|z|)), as esda (two_tailed = True); spdep reports a one-sided p unless alternative = "two.sided". ' +
      'values: n×1, or n×T with one column per period (a yearly table of I, as papers report it): one result row per column; a single row of n values is read as one column when the weights have n rows. ' +
      WEIGHTS_NOTE.en +
      'Result: a header row I, E[I], Var[I], z, p, then one row per column of values. ' +
      'Blank cells: a blank value makes its column\'s row #VALUE! (the statistic needs every unit). ' +
      'Errors: a constant column #DIV/0! in its row; fewer than 4 units #N/A (the randomisation variance needs (n − 1)(n − 2)(n − 3) > 0); weights not n×n nor n×2, text, or an unknown option #VALUE!; a negative weight, a non-zero diagonal or a latitude outside [−90, 90] #NUM!; all weights 0 #DIV/0!; weights under which I cannot vary (e.g. binary weights linking every pair) #DIV/0! in z and p.',
    zh:
      '全局莫兰指数（Moran 1950；Cliff 与 Ord 1981）：I = (n/S0) Σ_ij w_ij z_i z_j / Σ z_i²，其中 z = y − mean(y)，S0 = Σ w_ij；E[I] = −1/(n − 1)。' +
      'assumption 为 "randomization"（默认）时给出随机化假设下的方差（用到峰度 b2 = n Σz⁴/(Σz²)²），"normality" 给出正态假设下的方差；两者与 PySAL esda 的 Moran（VI_rand、VI_norm）及 R spdep 的 moran.test（randomisation = TRUE / FALSE）一致，二者在参考数据上相差不超过 1e-9。z = (I − E[I])/√Var[I]，p 为双侧：2(1 − Φ(|z|))，同 esda（two_tailed = True）；spdep 默认报告单侧 p，须设 alternative = "two.sided"。' +
      'values：n×1，或 n×T（每期一列，即论文中逐年的 I 表）：每列一行结果；若只有一行 n 个数值且 weights 有 n 行，则按一列读取。' +
      WEIGHTS_NOTE.zh +
      '结果：表头 I、E[I]、Var[I]、z、p，之后每列数值一行。' +
      '空白单元格：某列有空白时该列对应行返回 #VALUE!（统计量需要每个单位的数值）。' +
      '错误：某列为常数时该行返回 #DIV/0!；单位少于 4 个返回 #N/A（随机化方差要求 (n − 1)(n − 2)(n − 3) > 0）；weights 既不是 n×n 也不是 n×2、含文本或选项未知返回 #VALUE!；权重为负、对角线非 0 或纬度不在 [−90, 90] 内返回 #NUM!；权重全为 0 返回 #DIV/0!；在该权重下 I 不可能变化（如任意两单位都相连的二元权重）时 z 与 p 返回 #DIV/0!。',
  },
  params: [spatialValuesParam, spatialWeightsParam, standardizeParam, assumptionParam],
  result: {
    shape: 'matrix',
    header: true,
    description: { en: 'Header I, E[I], Var[I], z, p; one row per column of values.', zh: '表头 I、E[I]、Var[I]、z、p；每列数值一行。' },
  },
  glossary: ['morans-i', 'spatial-weights'],
  examples: [
    {
      title: { en: 'de Smith example: 10 units, 0/1 contiguity, row-standardised', zh: 'de Smith 示例：10 个单位，0/1 邻接矩阵，行标准化' },
      args: [DESMITH_Y, DESMITH_W],
      expected: [
        ['I', 'E[I]', 'Var[I]', 'z', 'p'],
        [0.073612431111, -0.111111111111, 0.062966998835, 0.736149041272, 0.461640000355],
      ],
      tolerance: 1e-9,
      source: 'tests/fixtures/vectors/analysis/spatial_autocorrelation.json, case desmith, row_standardised (PySAL esda and R spdep agree to 1e-9)',
    },
    {
      title: {
        en: 'Two years of scores of six northern capitals, weights from their coordinates',
        zh: '北方六个省会城市两年的得分，权重由坐标生成',
      },
      args: [CAPITAL_SCORES, CAPITALS],
      expected: [
        ['I', 'E[I]', 'Var[I]', 'z', 'p'],
        [0.01176585896598491, -0.2, 0.01155352904937268, 1.970146919016349, 0.04882153496438821],
        [-0.0008057657084025478, -0.2, 0.011230390768722065, 1.87966012969084, 0.06015441267262484],
      ],
      tolerance: 1e-9,
      source: 'illustrative scores; expected values by an independent numpy computation of the formulas (haversine inverse distances, row-standardised; randomisation variance)',
    },
    {
      title: { en: 'Constant values: #DIV/0!', zh: '数值为常数：#DIV/0!' },
      args: [[[1], [1], [1], [1]], [[0, 1, 0, 0], [1, 0, 1, 0], [0, 1, 0, 1], [0, 0, 1, 0]]],
      expected: [
        ['I', 'E[I]', 'Var[I]', 'z', 'p'],
        [{ error: '#DIV/0!' }, { error: '#DIV/0!' }, { error: '#DIV/0!' }, { error: '#DIV/0!' }, { error: '#DIV/0!' }],
      ],
      source: 'catalogue section 9: constant values → #DIV/0!',
    },
    {
      title: { en: 'Three units: #N/A', zh: '只有三个单位：#N/A' },
      args: [[[1], [2], [4]], [[0, 1, 0], [1, 0, 1], [0, 1, 0]]],
      expected: [[{ error: '#N/A' }]],
      source: 'catalogue section 9: n < 4 → #N/A',
    },
  ],
  compute: moranI,
};
