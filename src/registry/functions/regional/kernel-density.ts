import { kernelDensity } from '../../../core/regional/kernel-density';
import { REGIONAL } from '../../categories';
import type { FunctionSpec } from '../../types';

const PEAKS = ['bandwidth', 'peaks', 'main peak x', 'main peak density', 'mean', 'sd'];

export const kernelDensitySpec: FunctionSpec = {
  name: 'KERNEL_DENSITY',
  category: REGIONAL,
  description: {
    en: 'Kernel density estimates of each period\'s values on one common grid (the dynamic-evolution curves), or the peaks of each period\'s density.',
    zh: '各时期数值在同一网格上的核密度估计（动态演进曲线），或各时期密度的峰值特征。',
  },
  help: {
    en:
      'f(x) = (1/(n h)) Σ K((x − Xi)/h), computed as exact sums over the values, never binned: R\'s density() bins the data on 512 points with an FFT and differs from the exact values in the third or fourth digit; ks::kde(binned = FALSE) and scipy\'s gaussian_kde give these values. ' +
      'periods (optional): one label per value (for example the year), a long panel: each period gets its own density. Periods are reported in order of first appearance. ' +
      'bandwidth, each period its own: "silverman" (default) 0.9·min(sd, IQR/1.34)·n^(−1/5), R\'s bw.nrd0 and the rule of Stata\'s kdensity (which divides the IQR by 1.349); "scott" 1.06·min(sd, IQR/1.34)·n^(−1/5), R\'s bw.nrd; "scipy" sd·n^(−1/5), scipy\'s gaussian_kde default; "matlab" (MAD/0.6745)·(4/(3n))^(1/5) with MAD the median absolute deviation from the median, MATLAB\'s ksdensity (1.1901 for x = 1, 3, 2, 5); or a positive number, the same for every period. sd with n − 1, IQR by linear interpolation (R\'s quantile type 7, Excel\'s QUARTILE.INC); when the IQR is 0 but sd is not, "silverman" and "scott" use sd, as R\'s bw.nrd0 does. ' +
      'kernel "gaussian" (default) or "epanechnikov": K(u) = 3/(4√5)(1 − u²/5) for |u| < √5, the Epanechnikov kernel scaled so that h is its standard deviation, as in R\'s density(), MATLAB\'s ksdensity and Stata\'s kdensity (not the 3/4(1 − u²) on |u| < 1 of Stata\'s epan2 and scikit-learn, which is the same curve with h √5 times larger). ' +
      'points: the number of grid points (default 100, at most 10,000), equally spaced over [min − 3h, max + 3h] with min and max over all periods and h the largest bandwidth (R uses cut = 3 too); or a range of at most 10,000 x values at which to estimate. ' +
      'output "density" (default): a header row (x, then one column per period headed by the period, or density without periods) and one row per point. "peaks": one row per period: period (with periods), bandwidth, peaks (the number of local maxima of the density), main peak x, main peak density, mean and sd (with n − 1). ' +
      'The peaks are counted on a fine grid over [min − 3h, max + 3h] of the period with a step of h/20 (at least 1,001 and at most 200,001 points); for the Epanechnikov kernel the grid also holds every point where the density changes formula (Xi ± √5 h) and the top of each piece, so its peaks are counted exactly. A peak counts when the density rises and then falls by more than 10⁻¹⁰ of its highest value (rounding is not a peak). The main peak x is then refined to the exact maximum (the root of the slope between the neighbouring grid points). ' +
      'A blank value leaves its row out, with its period. ' +
      'Errors: #N/A for a period with fewer than 2 values; #DIV/0! when the rule\'s spread is 0 (sd and IQR both 0, or the MAD 0 for "matlab"): give a bandwidth instead; #NUM! for a bandwidth ≤ 0 or a count of points that is not a whole number from 2 to 10,000; #VALUE! for text in values or points, an unknown bandwidth rule or kernel, a blank period beside a value, periods of another length, or more than 10,000 x values in points. A period\'s error stays in its column (density) or row (peaks); without periods it is the result.',
    zh:
      'f(x) = (1/(n h)) Σ K((x − Xi)/h)，按全部数值精确求和，不做分箱：R 的 density() 用 FFT 把数据分箱到 512 个点，与精确值在第三、四位有效数字上不同；ks::kde(binned = FALSE) 和 scipy 的 gaussian_kde 给出与本函数相同的值。' +
      'periods（可选）：每个数值一个时期标签（例如年份），即长格式面板，每个时期各自估计密度。时期按首次出现的顺序报告。' +
      'bandwidth（各时期各自计算）："silverman"（默认）0.9·min(sd, IQR/1.34)·n^(−1/5)，即 R 的 bw.nrd0，也是 Stata kdensity 的规则（Stata 用 IQR/1.349）；"scott" 1.06·min(sd, IQR/1.34)·n^(−1/5)，即 R 的 bw.nrd；"scipy" sd·n^(−1/5)，即 scipy gaussian_kde 的默认值；"matlab" (MAD/0.6745)·(4/(3n))^(1/5)，MAD 为相对中位数的绝对离差的中位数，即 MATLAB 的 ksdensity（x = 1, 3, 2, 5 时为 1.1901）；或一个正数，各时期相同。sd 的分母为 n − 1，IQR 用线性插值（R 的 quantile 第 7 类，即 Excel 的 QUARTILE.INC）；IQR 为 0 而 sd 不为 0 时，"silverman" 和 "scott" 改用 sd，与 R 的 bw.nrd0 相同。' +
      'kernel 为 "gaussian"（默认）或 "epanechnikov"：K(u) = 3/(4√5)(1 − u²/5)，|u| < √5，即把 Epanechnikov 核缩放为以 h 为标准差，与 R 的 density()、MATLAB 的 ksdensity 和 Stata 的 kdensity 一致（不是 Stata epan2 和 scikit-learn 的 3/4(1 − u²)、|u| < 1，后者相当于 h 放大 √5 倍）。' +
      'points：网格点数（默认 100，最多 10000），在 [min − 3h, max + 3h] 上等距分布，min 和 max 取所有时期，h 取最大的带宽（R 同样取 cut = 3）；或一组 x 值（最多 10000 个），在这些点上估计。' +
      'output 为 "density"（默认）：表头一行（x，随后每个时期一列，以时期为列标题，无时期时为 density），每个点一行。"peaks"：每个时期一行：period（有时期时）、bandwidth、peaks（密度局部极大值的个数）、main peak x、main peak density、mean 和 sd（分母 n − 1）。' +
      '峰值在该时期 [min − 3h, max + 3h] 上步长为 h/20 的细网格上计数（至少 1001 个点，至多 200001 个点）；Epanechnikov 核的网格还包含密度公式改变的每个点（Xi ± √5 h）及每段的顶点，因此其峰值计数是精确的。密度先上升、再下降，且幅度均超过其最大值的 10⁻¹⁰ 时才计为一个峰（舍入误差不算峰）。主峰位置随后精确求出（在相邻网格点之间求斜率的根）。' +
      '空白数值所在的行（连同其时期）不计入。' +
      '错误：某时期数值少于 2 个时返回 #N/A；规则所用的离散程度为 0（sd 和 IQR 均为 0，或 "matlab" 的 MAD 为 0）时返回 #DIV/0!，此时请直接给出带宽；带宽 ≤ 0，或点数不是 2 至 10000 的整数时返回 #NUM!；values 或 points 中有文本、带宽规则或核函数未知、有数值的行时期为空、periods 长度不符，或 points 中的 x 值超过 10000 个时返回 #VALUE!。某时期的错误只出现在该时期的列（density）或行（peaks）中；无时期时即为结果。',
  },
  params: [
    {
      name: 'values',
      type: 'number',
      shape: 'vector',
      description: { en: 'The values (a row or a column); a blank leaves its row out.', zh: '数值（一行或一列）；空白所在的行不计入。' },
    },
    {
      name: 'periods',
      type: 'any',
      shape: 'vector',
      optional: true,
      description: { en: 'The period (e.g. year) of each value; one density per period. Default: one density.', zh: '每个数值所属的时期（如年份）；每个时期一条密度曲线。默认只有一条。' },
    },
    {
      name: 'bandwidth',
      type: 'any',
      shape: 'scalar',
      optional: true,
      default: 'silverman',
      description: {
        en: '"silverman" (default), "scott", "scipy", "matlab", or a positive number.',
        zh: '"silverman"（默认）、"scott"、"scipy"、"matlab"，或一个正数。',
      },
    },
    {
      name: 'kernel',
      type: 'option',
      shape: 'scalar',
      optional: true,
      default: 'gaussian',
      options: ['gaussian', 'epanechnikov'],
      description: { en: '"gaussian" (default) or "epanechnikov".', zh: '"gaussian"（默认）或 "epanechnikov"。' },
    },
    {
      name: 'points',
      type: 'number',
      shape: 'vector',
      optional: true,
      default: 100,
      blanks: 'error',
      description: {
        en: 'The number of grid points (default 100), or a range of x values.',
        zh: '网格点数（默认 100），或一组 x 值。',
      },
    },
    {
      name: 'output',
      type: 'option',
      shape: 'scalar',
      optional: true,
      default: 'density',
      options: ['density', 'peaks'],
      description: { en: '"density" (default): the curves; "peaks": peaks per period.', zh: '"density"（默认）：密度曲线；"peaks"：各时期的峰值特征。' },
    },
  ],
  result: {
    shape: 'matrix',
    header: true,
    description: {
      en: 'A header row, then one row per point (density) or per period (peaks).',
      zh: '表头一行，随后每个点一行（density）或每个时期一行（peaks）。',
    },
  },
  glossary: ['kernel-density', 'bandwidth'],
  examples: [
    {
      title: { en: 'The MATLAB example: bandwidth 1.1901, one peak', zh: 'MATLAB 示例：带宽 1.1901，单峰' },
      args: [[[1], [3], [2], [5]], null, 'matlab', null, null, 'peaks'],
      expected: [PEAKS, [1.1901283347075327, 1, 2.1068482009550937, 0.20544537081908718, 2.75, 1.707825127659933]],
      tolerance: 1e-9,
      source:
        'MATLAB Answers 232493: ksdensity\'s bandwidth for m = [1, 3, 2, 5] is 1.1901 (tests/fixtures/vectors/analysis/kernel_density.json, case small); the peak by scipy.optimize.brentq on the slope of the exact Gaussian density',
    },
    {
      title: { en: 'Exact densities at given points (R\'s bw.nrd0)', zh: '给定点处的精确密度（R 的 bw.nrd0）' },
      args: [[[1], [3], [2], [5]], null, null, null, [[-0.737839037839], [2.06554024054], [3]]],
      expected: [['x', 'density'], [-0.737839037839, 0.017706352799], [2.06554024054, 0.231486322899], [3, 0.189596246966]],
      tolerance: 1e-9,
      source:
        'tests/fixtures/vectors/analysis/kernel_density.json, case small, density_gaussian_h_nrd0 (R bw.nrd0 with the exact Gaussian sum; ks::kde(binned = FALSE) and scipy agree)',
    },
    {
      title: { en: 'Two years in long format on a common grid of 5 points', zh: '长格式的两年数据，共同网格上 5 个点' },
      args: [[[0.2], [0.25], [0.3], [0.4], [0.3], [0.35], [0.38], [0.5]], [[2020], [2020], [2020], [2020], [2021], [2021], [2021], [2021]], null, null, 5],
      expected: [
        ['x', 2020, 2021],
        [0.0663850601350442, 0.025335509726475282, 5.365846708574445e-9],
        [0.20819253006752209, 3.9109350920328643, 0.12414884910234171],
        [0.35, 2.5727139778031285, 5.7248094713391895],
        [0.49180746993247787, 0.2677913233451204, 2.665975228895301],
        [0.6336149398649558, 2.3757626983106317e-6, 0.0038469604891654113],
      ],
      tolerance: 1e-9,
      source: 'derived with scipy.stats.gaussian_kde, each year\'s bandwidth by R\'s bw.nrd0 formula; grid over [min − 3h, max + 3h] with h the larger bandwidth (2020)',
    },
    {
      title: { en: 'A negative bandwidth is #NUM!', zh: '带宽为负时返回 #NUM!' },
      args: [[[1], [3], [2], [5]], null, -1],
      expected: [[{ error: '#NUM!' }]],
      source: 'catalogue: a bandwidth ≤ 0 → #NUM!',
    },
  ],
  compute: kernelDensity,
};
