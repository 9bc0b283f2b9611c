import { spatialWeights } from '../../../core/regional/spatial-weights';
import { REGIONAL } from '../../categories';
import type { FunctionSpec, ParamSpec, Text } from '../../types';

/** The `weights` argument of MORAN_I, GEARY_C and LOCAL_MORAN (the catalogue's convention for section 9). */
export const spatialWeightsParam: ParamSpec = {
  name: 'weights',
  type: 'number',
  shape: 'matrix',
  blanks: 'missing',
  description: {
    en: 'n×n spatial weights (non-negative, zero diagonal, units in the order of values), or n×2 coordinates (latitude, longitude in degrees) for row-standardised inverse-distance weights.',
    zh: 'n×n 空间权重矩阵（非负，对角线为 0，单位顺序与 values 一致），或 n×2 坐标（纬度、经度，单位为度），据此构造行标准化的反距离权重。',
  },
};

export const standardizeParam: ParamSpec = {
  name: 'standardize',
  type: 'option',
  shape: 'scalar',
  optional: true,
  default: 'row',
  options: ['row', 'binary', 'none'],
  description: {
    en: '"row" (default: each row sums to 1), "binary" (any positive weight → 1) or "none" (as given).',
    zh: '"row"（默认，每行之和为 1）、"binary"（正权重一律取 1）或 "none"（按原值）。',
  },
};

/** What the help of MORAN_I, GEARY_C and LOCAL_MORAN says about `weights` and `standardize`. */
export const WEIGHTS_NOTE: Text = {
  en:
    'weights: either an n×n matrix in the order of the values (row i holds the weights of unit i\'s neighbours; non-negative, zero diagonal; a blank cell is 0), or n×2 coordinates (latitude, longitude in degrees), from which the function builds row-standardised inverse great-circle-distance weights 1/d exactly as SPATIAL_WEIGHTS(coordinates) does. ' +
    'At county scale pass coordinates, not a SPATIAL_WEIGHTS matrix: 2,800 units make a 7.8-million-cell matrix, beyond what Excel can pass to a function (a contiguity matrix up to about 1,400 units fits). ' +
    'With 2 units a 2×2 range is read as the matrix. ' +
    'standardize "row" (default) divides each row by its sum, as PySAL\'s transform "r" and spdep\'s style "W"; "binary" sets every positive weight to 1 (PySAL "b", spdep "B"); "none" uses the weights as given (coordinates are then already row-standardised). ' +
    'A unit with no neighbours (an island: a zero row) keeps its zero row: it stays in n, the mean and the variance of the values but adds nothing to the cross-products, as in PySAL and spdep with zero.policy = TRUE (spdep\'s global tests also drop islands from n by default, adjust.n = TRUE, so their values then differ). ',
  zh:
    'weights：可以是与 values 顺序一致的 n×n 矩阵（第 i 行为单位 i 各邻居的权重；非负，对角线为 0；空白单元格视为 0），也可以是 n×2 坐标（纬度、经度，单位为度），函数据此构造行标准化的反大圆距离权重 1/d，与 SPATIAL_WEIGHTS(coordinates) 完全相同。' +
    '县域规模请直接传入坐标，不要传入 SPATIAL_WEIGHTS 矩阵：2800 个单位的矩阵有 780 万个单元格，超出 Excel 向函数传递数据的上限（邻接矩阵约 1400 个单位以内可以）。' +
    '只有 2 个单位时，2×2 区域按矩阵读取。' +
    'standardize 为 "row"（默认）时每行除以其行和，同 PySAL 的 transform "r" 与 spdep 的 style "W"；"binary" 把正权重一律设为 1（PySAL "b"，spdep "B"）；"none" 按原值使用（坐标生成的权重本身已行标准化）。' +
    '没有邻居的单位（孤岛，即全零行）保留零行：它仍计入 n、均值和方差，但不进入交叉乘积，与 PySAL 及 spdep 的 zero.policy = TRUE 相同（spdep 的全局检验默认还会把孤岛从 n 中剔除，即 adjust.n = TRUE，此时结果不同）。',
};

const CITIES = [
  [39.904, 116.407],
  [39.084, 117.201],
  [38.042, 114.515],
  [37.87, 112.549],
];

export const spatialWeightsSpec: FunctionSpec = {
  name: 'SPATIAL_WEIGHTS',
  category: REGIONAL,
  description: {
    en: 'An n×n spatial weights matrix (zero diagonal) from coordinates: inverse distance, k nearest neighbours, distance band, or economic distance.',
    zh: '由坐标构造 n×n 空间权重矩阵（对角线为 0）：反距离、k 近邻、距离阈值或经济距离。',
  },
  help: {
    en:
      'coordinates: n×2 latitude and longitude in degrees (latitude first); distances are great-circle kilometres on a sphere of radius 6,371 km (GeoDa\'s and libpysal\'s arc distance). For kind "economic" coordinates is instead an n×1 column of values (e.g. the period-mean GDP per capita). ' +
      'kind "inverse-distance" (default): w_ij = 1/d_ij^param (param default 1; 2 gives the gravity form 1/d²). "knn": 1 for the param nearest units (default 4; ties at the k-th distance go to the unit higher up the range), as libpysal\'s KNN and spdep\'s knearneigh. "threshold": 1 for every unit within param km (distance ≤ param); with param omitted, the smallest band in which every unit has at least one neighbour (the largest nearest-neighbour distance, as GeoDa\'s and libpysal\'s min_threshold_distance suggest). "economic": w_ij = 1/abs(x_i − x_j)^param (param default 1), the economic-distance matrix of the Chinese literature. ' +
      'standardize "row" (default: each row divided by its sum, so rows sum to 1, as PySAL\'s transform "r" and spdep\'s style "W") or "none". A unit with no neighbour (possible with "threshold") keeps a zero row. ' +
      'MORAN_I, GEARY_C and LOCAL_MORAN accept the coordinates themselves as their weights argument and build SPATIAL_WEIGHTS(coordinates) inside: at county scale do that instead of passing this matrix (2,800 units make a 7.8-million-cell result, far beyond what Excel on the web can return, about 5 MB per call). ' +
      'Blank cells: a blank coordinate or value is #VALUE!. ' +
      'Errors: #VALUE! when coordinates is not n×2 (n×1 for "economic"), holds text or blanks, or an option is unknown; #NUM! for a latitude outside [−90, 90] (columns swapped?), a power or band ≤ 0, or k not a whole number from 1 to n − 1; #DIV/0! when two units are at the same place ("inverse-distance") or have the same value ("economic").',
    zh:
      'coordinates：n×2 的纬度与经度（单位为度，纬度在前）；距离为半径 6371 公里球面上的大圆距离（公里），同 GeoDa 与 libpysal 的弧距离。kind 为 "economic" 时 coordinates 改为 n×1 的数值列（如各期人均 GDP 的均值）。' +
      'kind 为 "inverse-distance"（默认）时 w_ij = 1/d_ij^param（param 默认 1；取 2 即引力形式 1/d²）；"knn" 对最近的 param 个单位取 1（默认 4；第 k 个距离出现并列时取区域中靠上的单位），同 libpysal 的 KNN 与 spdep 的 knearneigh；"threshold" 对距离不超过 param 公里的单位取 1，省略 param 时取使每个单位至少有一个邻居的最小阈值（即最大的最近邻距离，与 GeoDa 和 libpysal 的 min_threshold_distance 一致）；"economic" 时 w_ij = 1/abs(x_i − x_j)^param（param 默认 1），即国内文献常用的经济距离矩阵。' +
      'standardize 为 "row"（默认，每行除以行和，使各行之和为 1，同 PySAL 的 transform "r" 与 spdep 的 style "W"）或 "none"。没有邻居的单位（"threshold" 下可能出现）保留全零行。' +
      'MORAN_I、GEARY_C 与 LOCAL_MORAN 的 weights 参数可以直接接受坐标，并在内部构造 SPATIAL_WEIGHTS(coordinates)：县域规模请这样做，而不要传入本函数的矩阵（2800 个单位的结果有 780 万个单元格，远超网页版 Excel 每次调用约 5 MB 的返回上限）。' +
      '空白单元格：空白坐标或数值返回 #VALUE!。' +
      '错误：coordinates 不是 n×2（"economic" 时不是 n×1）、含文本或空白、选项未知时返回 #VALUE!；纬度不在 [−90, 90] 内（可能两列颠倒）、幂或阈值 ≤ 0、k 不是 1 到 n − 1 的整数时返回 #NUM!；两个单位位置相同（"inverse-distance"）或数值相同（"economic"）时返回 #DIV/0!。',
  },
  params: [
    {
      name: 'coordinates',
      type: 'number',
      shape: 'matrix',
      blanks: 'missing',
      description: {
        en: 'n×2 latitude, longitude (degrees); for "economic" an n×1 column of values.',
        zh: 'n×2 的纬度、经度（度）；"economic" 时为 n×1 的数值列。',
      },
    },
    {
      name: 'kind',
      type: 'option',
      shape: 'scalar',
      optional: true,
      default: 'inverse-distance',
      options: ['inverse-distance', 'knn', 'threshold', 'economic'],
      description: {
        en: '"inverse-distance" (default), "knn", "threshold" or "economic".',
        zh: '"inverse-distance"（默认）、"knn"、"threshold" 或 "economic"。',
      },
    },
    {
      name: 'param',
      type: 'number',
      shape: 'scalar',
      optional: true,
      description: {
        en: 'The power (inverse-distance, economic; default 1), k (knn; default 4) or the band in km (threshold; default: the smallest band giving every unit a neighbour).',
        zh: '幂（inverse-distance、economic，默认 1）、k（knn，默认 4）或距离阈值（公里，threshold；默认使每个单位都有邻居的最小阈值）。',
      },
    },
    {
      name: 'standardize',
      type: 'option',
      shape: 'scalar',
      optional: true,
      default: 'row',
      options: ['row', 'none'],
      description: { en: '"row" (default: rows sum to 1) or "none".', zh: '"row"（默认，各行之和为 1）或 "none"。' },
    },
  ],
  result: {
    shape: 'matrix',
    header: false,
    description: { en: 'The n×n weights matrix, zero diagonal, units in the order of the rows.', zh: 'n×n 权重矩阵，对角线为 0，单位顺序与输入行一致。' },
  },
  glossary: ['spatial-weights'],
  examples: [
    {
      title: {
        en: 'Row-standardised inverse-distance weights of Beijing, Tianjin, Shijiazhuang and Taiyuan',
        zh: '北京、天津、石家庄、太原的行标准化反距离权重',
      },
      args: [CITIES],
      expected: [
        [0, 0.5835420082154532, 0.2517434804709265, 0.16471451131362025],
        [0.5870905537227404, 0, 0.2563405821786733, 0.15656886409858636],
        [0.28300878119044537, 0.2864349960489006, 0, 0.4305562227606541],
        [0.23419312559384786, 0.2212660151180103, 0.5445408592881418, 0],
      ],
      tolerance: 1e-9,
      source: 'city-centre coordinates (degrees, 3 decimals); expected values by an independent numpy computation (haversine distances, R = 6,371 km, 1/d, rows divided by their sums)',
    },
    {
      title: { en: 'Nearest neighbour (knn, k = 1) of the same four cities', zh: '同样四个城市的最近邻（knn，k = 1）' },
      args: [CITIES, 'knn', 1],
      expected: [
        [0, 1, 0, 0],
        [1, 0, 0, 0],
        [0, 0, 0, 1],
        [0, 0, 1, 0],
      ],
      source: 'derived from the great-circle distances (Beijing–Tianjin 114 km, Shijiazhuang–Taiyuan 173 km, the nearest pairs)',
    },
    {
      title: { en: 'Economic distance 1/|x_i − x_j|, row-standardised', zh: '经济距离 1/|x_i − x_j|，行标准化' },
      args: [[[1], [2], [4]], 'economic'],
      expected: [
        [0, 0.75, 0.25],
        [0.6666666666666666, 0, 0.3333333333333333],
        [0.4, 0.6, 0],
      ],
      tolerance: 1e-12,
      source: 'derived by hand: row 1 has 1/1 and 1/3 (sum 4/3), row 2 has 1/1 and 1/2 (sum 3/2), row 3 has 1/3 and 1/2 (sum 5/6)',
    },
    {
      title: { en: 'Two units with the same value: economic distance 0, #DIV/0!', zh: '两个单位数值相同：经济距离为 0，返回 #DIV/0!' },
      args: [[[1], [2], [2]], 'economic'],
      expected: [[{ error: '#DIV/0!' }]],
      source: 'catalogue section 9: equal values → #DIV/0!',
    },
  ],
  compute: spatialWeights,
};
