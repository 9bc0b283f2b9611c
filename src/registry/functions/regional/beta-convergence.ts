import { betaConvergence } from '../../../core/regional/beta-convergence';
import { REGIONAL } from '../../categories';
import type { FunctionSpec, Text } from '../../types';

const HEADER = ['term', 'estimate', 'std error', 't', 'p'];

/** What BETA_CONVERGENCE and BETA_CONVERGENCE_PANEL say about their result table and controls. */
export const CONVERGENCE_TABLE_NOTE: Text = {
  en:
    'Result: a header row term, estimate, std error, t, p; then the rows constant, beta, one row per control (headed by the controls\' header row, or control 1, control 2, …), and R², n, lambda, half-life with their value in the estimate column (the other cells of those rows are blank). Standard errors are the conventional OLS ones, σ² = RSS/(n − k), t = estimate / std error, p two-sided from Student\'s t with the residual degrees of freedom, as R\'s lm and Stata\'s regress report them (no robust or clustered variant). Numbers are not rounded. ' +
    'controls: one column per control variable, one row per unit (per row of the values); when its first row holds text it is a header row, and its texts name the rows of the result. A blank control leaves that unit (observation) out. ' +
    'beta ≥ 0 means no convergence: lambda and half-life are then #N/A (the other rows still compute); when 1 + beta·years ≤ 0 they are #NUM!. A regressor without variation of its own or collinear with the others (or with the fixed effects) is #N/A, as are too few observations (no more than the coefficients). An exact fit (every residual exactly 0) gives standard errors of 0 and #DIV/0! for t and p; equal growth rates everywhere give #DIV/0! for R². ',
  zh:
    '结果：表头为 term、estimate、std error、t、p；随后依次为 constant（常数项）、beta、每个控制变量一行（行名取自 controls 的表头行，没有表头时为 control 1、control 2 …），以及 R²、n、lambda、half-life（数值在 estimate 列，该行其余单元格为空）。标准误为常规 OLS 标准误，σ² = RSS/(n − k)，t = 估计值/标准误，p 为按残差自由度的学生 t 分布双侧 p 值，与 R 的 lm 和 Stata 的 regress 相同（不提供稳健或聚类标准误）。数值不作舍入。' +
    'controls：每个控制变量一列，每个单位（每行数值）一行；若第一行含文本即为表头行，其文本作为结果中各行的名称。控制变量空白时该单位（观测）不参与回归。' +
    'beta ≥ 0 表示不收敛：此时 lambda 和 half-life 为 #N/A（其余各行照常计算）；1 + beta·years ≤ 0 时二者为 #NUM!。某个回归元自身无变化或与其他回归元（或固定效应）共线时返回 #N/A；观测数不多于系数个数时也返回 #N/A。完全拟合（所有残差恰为 0）时标准误为 0，t 和 p 为 #DIV/0!；所有增长率都相等时 R² 为 #DIV/0!。',
};

const Y0 = [[0.4], [0.33], [0.28], [0.22], [0.19], [0.15], [0.12], [0.1], [0.08], [0.06]];
const YT = [[0.462416], [0.409154], [0.35595], [0.294014], [0.256473], [0.213927], [0.178126], [0.153726], [0.126094], [0.100922]];

export const betaConvergenceSpec: FunctionSpec = {
  name: 'BETA_CONVERGENCE',
  category: REGIONAL,
  description: {
    en: 'Absolute or conditional β-convergence across units: OLS of the annual growth rate on the log of the initial level, with the speed of convergence and the half-life.',
    zh: '截面的绝对 β 收敛或条件 β 收敛：年均增长率对初期水平对数的 OLS 回归，并给出收敛速度和半衰期。',
  },
  help: {
    en:
      'The cross-section β-convergence regression (Barro & Sala-i-Martin 1992): ln(final/initial)/years = α + β ln(initial) + γ\'controls + ε, one observation per unit, by ordinary least squares. Without controls this is absolute β-convergence; with controls (n×c) conditional β-convergence. Convergence means β < 0 and significant. ' +
      'lambda, the speed of convergence, is −ln(1 + β·years)/years and half-life is ln 2/lambda (the years it takes to close half the gap). With years = 1 the dependent variable is the total log growth, β′ = β·years, and lambda is then the speed over the whole span (divide it by the years for the annual speed). ' +
      'initial and final: a row or a column each, aligned, values > 0 (their log is taken). A unit with a blank in initial, final or a control is left out (as lm\'s default na.omit); n is the number of units used. An empty cell reads as blank on every platform. ' +
      CONVERGENCE_TABLE_NOTE.en +
      'Errors: #NUM! for a value ≤ 0 or years ≤ 0; #VALUE! when initial and final differ in length, controls have another number of rows, or text or a logical value stands in a data row of controls; #N/A as above. Checked against R 4.2.2 lm() and statsmodels.',
    zh:
      '截面 β 收敛回归（Barro 与 Sala-i-Martin 1992）：ln(final/initial)/years = α + β ln(initial) + γ\'controls + ε，每个单位一个观测，用普通最小二乘法估计。不含控制变量时为绝对 β 收敛；含控制变量（n×c）时为条件 β 收敛。β < 0 且显著即存在收敛。' +
      'lambda 为收敛速度 −ln(1 + β·years)/years，half-life 为半衰期 ln 2/lambda（差距缩小一半所需的年数）。years = 1 时因变量为总的对数增长，β′ = β·years，此时 lambda 是整个时段的速度（除以年数即得年均速度）。' +
      'initial 和 final：各为一行或一列，相互对应，数值须 > 0（要取对数）。initial、final 或某个控制变量为空白的单位不参与回归（与 lm 默认的 na.omit 相同）；n 为实际使用的单位数。各平台上空单元格均按空白读取。' +
      CONVERGENCE_TABLE_NOTE.zh +
      '错误：数值 ≤ 0 或 years ≤ 0 时返回 #NUM!；initial 与 final 长度不同、controls 行数不符、controls 的数据行中出现文本或逻辑值时返回 #VALUE!；#N/A 见上。已与 R 4.2.2 的 lm() 和 statsmodels 核对。',
  },
  params: [
    {
      name: 'initial',
      type: 'number',
      shape: 'vector',
      description: { en: 'The initial level of each unit, > 0 (a row or a column).', zh: '各单位的初期水平，> 0（一行或一列）。' },
    },
    {
      name: 'final',
      type: 'number',
      shape: 'vector',
      description: { en: 'The final level of each unit, > 0, aligned with initial.', zh: '各单位的末期水平，> 0，与 initial 对应。' },
    },
    {
      name: 'years',
      type: 'number',
      shape: 'scalar',
      optional: true,
      default: 1,
      above: 0,
      description: { en: 'Years between initial and final (> 0); default 1.', zh: '初期与末期相隔的年数（> 0）；默认 1。' },
    },
    {
      name: 'controls',
      type: 'any',
      shape: 'matrix',
      optional: true,
      description: {
        en: 'Control variables for conditional convergence: n×c, one row per unit, optionally under a header row of names; default none.',
        zh: '条件收敛的控制变量：n×c，每个单位一行，可带一行名称作为表头；默认无。',
      },
    },
  ],
  result: {
    shape: 'matrix',
    header: true,
    description: {
      en: 'A header row (term, estimate, std error, t, p), then constant, beta, the controls, R², n, lambda and half-life.',
      zh: '表头一行（term、estimate、std error、t、p），随后为 constant、beta、各控制变量、R²、n、lambda 和 half-life。',
    },
  },
  glossary: ['beta-convergence', 'convergence-speed'],
  examples: [
    {
      title: { en: 'Absolute β-convergence of 10 regions over 5 years', zh: '10 个地区 5 年间的绝对 β 收敛' },
      args: [Y0, YT, 5],
      expected: [
        HEADER,
        ['constant', -0.00066414227753514, 0.0023139439175759, -0.287017447782788, 0.781392624657532],
        ['beta', -0.0372626572297945, 0.00121232271573863, -30.7365825502093, 1.36391996587933e-9],
        ['R²', 0.991603143633636, '', '', ''],
        ['n', 10, '', '', ''],
        ['lambda', 0.041235971896176, '', '', ''],
        ['half-life', 16.8092844350838, '', '', ''],
      ],
      tolerance: 1e-9,
      source:
        'tests/fixtures/vectors/analysis/convergence.json, case absolute_beta_cross_section (statsmodels 0.15 and R 4.2.2 lm agree); the constant\'s SE, t, p and the other digits from R 4.2.2: summary(lm(log(yT/y0)/5 ~ log(y0)))',
    },
    {
      title: { en: 'Conditional β-convergence with two named controls', zh: '带两个具名控制变量的条件 β 收敛' },
      args: [
        [[1.2], [0.8], [2.5], [1.9], [0.6], [3.1], [1.4], [0.95], [2.2], [1.65], [0.7], [2.8]],
        [[1.9], [1.5], [3.1], [2.6], [1.3], [3.5], [2.2], [1.7], [2.9], [2.3], [1.45], [3.3]],
        8,
        [
          ['capital', 'school'],
          [0.21, 9.1],
          [0.18, 8.2],
          [0.25, 10.5],
          [0.3, 9.8],
          [0.15, 7.9],
          [0.27, 11.2],
          [0.22, 9.0],
          [0.19, 8.5],
          [0.24, 10.1],
          [0.26, 9.6],
          [0.12, 7.5],
          [0.29, 10.8],
        ],
      ],
      expected: [
        HEADER,
        ['constant', 0.115063020095045, 0.0296272429090184, 3.88368976648922, 0.00465048093108857],
        ['beta', -0.0357814344678216, 0.00748364831887474, -4.78128219595464, 0.00138839027259081],
        ['capital', -0.0484046621970945, 0.0296956325510342, -1.63002630484154, 0.141743313916525],
        ['school', -0.00412953665468951, 0.00346959062741799, -1.19020861483092, 0.268082937718572],
        ['R²', 0.994595004788019, '', '', ''],
        ['n', 12, '', '', ''],
        ['lambda', 0.0421530732005437, '', '', ''],
        ['half-life', 16.443574048855, '', '', ''],
      ],
      tolerance: 1e-9,
      source:
        'made-up data; R 4.2.2: summary(lm(log(yT/y0)/8 ~ log(y0) + capital + school)); lambda = −ln(1 + 8β)/8 and half-life = ln 2/lambda from R\'s β',
    },
    {
      title: { en: 'A level of 0 has no log: #NUM!', zh: '水平值为 0 无法取对数：#NUM!' },
      args: [[[1], [0], [3]], [[2], [3], [4]]],
      expected: [[{ error: '#NUM!' }]],
      source: 'catalogue: values ≤ 0 → #NUM!',
    },
  ],
  compute: betaConvergence,
};
