import { indexSensitivity } from '../../../core/composite-workflow/index-sensitivity';
import { COMPOSITE_WORKFLOW } from '../../categories';
import type { FunctionSpec } from '../../types';

const SOURCE =
  'independent Python reimplementation of the documented procedure (mulberry32 design, normalisations, entropy and CRITIC weights, noise, RANK.EQ ranks, numpy.percentile = PERCENTILE.INC; Sobol indices by numpy from its own outputs): tests/fixtures/composite-workflow/tree-sensitivity.py';

const E3 = [
  [70.1, 3.4, 10.6, 54],
  [6.4, 71.1, 47.9, 43.5],
  [1.3, 6.5, 74.9, 84.1],
  [74.3, 82.2, 58.3, 73.1],
  [56.9, 12.2, 64.7, 39.8],
  [41.4, 66.9, 48.3, 93.9],
  [93.9, 22.7, 27.5, 46.9],
  [54, 98.9, 66.9, 23.5],
  [85, 77.3, 76.8, 78.7],
];

export const indexSensitivitySpec: FunctionSpec = {
  name: 'INDEX_SENSITIVITY',
  category: COMPOSITE_WORKFLOW,
  description: {
    en: 'Global uncertainty and sensitivity of a composite index to its methodological choices (normalisation, weighting, aggregation, weight noise), as COINr\'s get_sensitivity: the rank distribution of each unit, or the Sobol indices of each choice.',
    zh: '综合指数对方法选择（标准化、赋权、合成方式、权重扰动）的全局不确定性与敏感性分析（与 COINr 的 get_sensitivity 相同）：各单位的名次分布，或各项选择的 Sobol 指数。',
  },
  help: {
    en:
      'Each run rebuilds the index with choices drawn independently at random: the normalisation (min-max, z-score with the sample sd, or percentile rank, as NORMALIZE), the weighting (the given weights, or equal weights when omitted; entropy weights as ENTROPY_WEIGHTS; CRITIC weights as CRITIC_WEIGHTS), the aggregation (weighted arithmetic or geometric mean) and multiplicative weight noise of ±25% (each weight times its own factor in [0.75, 1.25], then rescaled to sum to 1). ' +
      'choices (optional): a row of the names "normalization", "weighting", "aggregation", "noise" (any case; blank cells skipped) limits which vary; the others stay at the nominal choice: min-max, the given or equal weights, arithmetic, no noise. The nominal index is COMPOSITE_SCORE(data, weights, directions) with its defaults, ranked as RANK.EQ ranks it. ' +
      'For the geometric mean the normalised values are put on a positive scale, as in COINr\'s sensitivity example: min-max and percentile ranks onto [1, 100], z-scores onto mean 10 and sd 2 (the arithmetic mean ranks the units the same on any such scale). A z-score more than 5 sd below its column\'s mean cannot be taken then: #NUM! when both can be drawn; treat the outliers first (TREAT_OUTLIERS) or leave "normalization" or "aggregation" out of choices. ' +
      'The design is COINr\'s (Saltelli): with N = runs, two matrices A and B of N random draws per choice, and for each varying choice i the matrix AB_i (A with choice i taken from B); the index is built N(d + 2) times for d varying choices. A draw u ∈ [0, 1) picks alternative floor(k·u) of a choice with k alternatives in the order listed above; the noise draw u seeds its own generator (seed floor(u·2³²)) whose draws give the factors, column by column. Random numbers come from mulberry32 seeded with seed (default 1), drawn run by run (A\'s draws, then B\'s, the choices in the order above), so the same inputs and seed give the same result on every computer. ' +
      'The output of a run is the mean absolute rank shift, the mean over the units of |rank − nominal rank| (COINr\'s target). output "ranks" (default): a header row, then per unit: nominal rank (rank 1 = best; ties share the best rank, as RANK.EQ), median rank, p5 and p95 (the 5th and 95th percentile ranks, PERCENTILE.INC) and mean abs shift (the mean of |rank − nominal rank|), over the 2N independent runs of A and B, as COINr\'s rank statistics; only those 2N runs are computed. ' +
      'output "indices": a header row, then one row per varying choice (in the order above): choice, first order S_i = mean(y_B(y_ABi − y_A))/V (Saltelli 2010) and total ST_i = Σ(y_A − y_ABi)²/(2N·V) (Jansen), with V the sample variance of the 2N outputs of A and B, the estimators of COINr\'s SA_estimate. They are estimates: with few runs S_i can be slightly negative and ST_i above 1; ST_i − S_i is the share due to interactions. If the ranks never move, V = 0 and the indices are #DIV/0!. ' +
      'runs: N, default 1000 (1 to 100,000; a fraction is truncated). The runs are computed asynchronously, so Excel stays responsive; 300 units × 30 indicators × 1,000 runs (6,000 builds) take under a second. At most 500,000,000 cells of data × builds (a few seconds), and 2 × runs × rows at most 10,000,000 for "ranks" (#VALUE! beyond, saying what to reduce). ' +
      'Blank cells are missing values: left out of the column\'s statistics and of the unit\'s mean, with the present weights rescaled; a unit with less than 65% of the (given or equal) weight present gets #N/A and is not ranked. An empty cell reads as blank on every platform. ' +
      'A column with weight 0 is left out of everything (entropy and CRITIC weights are computed without it); a column with a positive weight that is constant or blank throughout is #VALUE! naming it: remove it or give it weight 0. CRITIC weights need columns that are not all perfectly correlated (#DIV/0! otherwise: leave "weighting" out of choices). ' +
      'Other errors: an unknown or repeated name in choices, weights or directions of the wrong length #VALUE!; a negative weight or runs out of range #NUM!; fewer than 2 rows #N/A.',
    zh:
      '每次模拟独立随机抽取各项方法选择后重新构建指数：标准化方法（极差标准化、以样本标准差计算的 z 分数或百分位秩，与 NORMALIZE 相同）；赋权方法（给定权重，省略时为等权；熵权，与 ENTROPY_WEIGHTS 相同；CRITIC 权重，与 CRITIC_WEIGHTS 相同）；合成方式（加权算术平均或几何平均）；以及 ±25% 的乘性权重扰动（每个权重乘以各自在 [0.75, 1.25] 内的因子，再归一为和为 1）。' +
      'choices（可选）：由 "normalization"、"weighting"、"aggregation"、"noise" 组成的一行名称（不区分大小写，空白单元格跳过），限定哪些选择参与变化；其余保持基准设置：极差标准化、给定或等权、算术平均、无扰动。基准指数即按默认设置计算的 COMPOSITE_SCORE(data, weights, directions)，并按 RANK.EQ 的方式排名。' +
      '采用几何平均时，标准化值先变换到正数区间（与 COINr 敏感性分析示例相同）：极差标准化和百分位秩变换到 [1, 100]，z 分数变换为均值 10、标准差 2（算术平均在任何这类变换下排名不变）。若某值低于所在列均值 5 个标准差以上，则无法取对数：两者都可能被抽到时返回 #NUM!；请先处理异常值（TREAT_OUTLIERS），或在 choices 中去掉 "normalization" 或 "aggregation"。' +
      '抽样设计与 COINr 相同（Saltelli 设计）：设 N = runs，矩阵 A 和 B 各含每项选择的 N 个随机数；对每个参与变化的选择 i 构造矩阵 AB_i（A 中第 i 项换成 B 的值）；d 项选择共构建指数 N(d + 2) 次。随机数 u ∈ [0, 1) 对有 k 个备选的选择取第 floor(k·u) 个备选（顺序如上所列）；扰动的随机数 u 作为另一个生成器的种子（floor(u·2³²)），由其逐列产生扰动因子。随机数由以 seed（默认 1）为种子的 mulberry32 生成器按"逐次模拟、先 A 后 B、选择按上述顺序"产生，相同输入和种子在任何电脑上结果都相同。' +
      '每次模拟的输出为平均绝对名次变动，即各单位 |名次 − 基准名次| 的平均值（COINr 的目标量）。output 为 "ranks"（默认）：首行为表头，之后每个单位一行：nominal rank（基准名次，1 为最优，并列时取最好名次，同 RANK.EQ）、median rank（名次中位数）、p5 和 p95（名次的 5% 与 95% 分位数，按 PERCENTILE.INC）、mean abs shift（|名次 − 基准名次| 的平均值），均基于 A 和 B 的 2N 次独立模拟（与 COINr 的名次统计相同）；此时只计算这 2N 次。' +
      'output 为 "indices"：首行为表头，之后每个参与变化的选择一行（顺序如上）：choice、first order 一阶指数 S_i = mean(y_B(y_ABi − y_A))/V（Saltelli 2010）和 total 总效应指数 ST_i = Σ(y_A − y_ABi)²/(2N·V)（Jansen），V 为 A 和 B 共 2N 个输出的样本方差，与 COINr 的 SA_estimate 相同。它们是估计值：模拟次数少时 S_i 可能略小于 0，ST_i 可能大于 1；ST_i − S_i 为交互作用的份额。若名次从不变化，V = 0，指数返回 #DIV/0!。' +
      'runs：N，默认 1000（1 至 100000；小数部分舍去）。模拟以异步方式进行，Excel 保持响应；300 个单位 × 30 个指标 × 1000 次（共构建 6000 次）用时不到一秒。数据单元格数 × 构建次数最多 500000000（需数秒），"ranks" 时 2 × runs × 行数最多 10000000（超出返回 #VALUE! 并说明应减少什么）。' +
      '空白单元格为缺失值：不参与该列的统计和该单位的平均，现有权重重新归一；（给定或等权下）非空权重占比低于 65% 的单位返回 #N/A，不参与排名。各平台上空单元格均按空白读取。' +
      '权重为 0 的列完全不参与计算（熵权和 CRITIC 权重也不含该列）；权重为正的列若为常数列或全部为空白，返回 #VALUE! 并指明列号：请删除该列或把其权重设为 0。CRITIC 权重要求各列并非全部完全相关（否则返回 #DIV/0!：请在 choices 中去掉 "weighting"）。' +
      '其他错误：choices 中有未知或重复的名称、weights 或 directions 长度不符返回 #VALUE!；权重为负或 runs 超出范围返回 #NUM!；少于 2 行返回 #N/A。',
  },
  params: [
    {
      name: 'data',
      type: 'number',
      shape: 'matrix',
      blanks: 'missing',
      description: {
        en: 'Units in rows, indicators in columns; blank cells are missing.',
        zh: '单位为行，指标为列；空白单元格为缺失值。',
      },
    },
    {
      name: 'directions',
      type: 'direction',
      shape: 'vector',
      optional: true,
      description: {
        en: 'One per indicator: 1 / "+" / "benefit" or -1 / "-" / "cost"; omitted = all benefit.',
        zh: '每个指标一个：1 / "+" / "benefit"（正向）或 -1 / "-" / "cost"（负向）；省略时全部为正向。',
      },
    },
    {
      name: 'weights',
      type: 'number',
      shape: 'vector',
      optional: true,
      blanks: 'error',
      min: 0,
      description: {
        en: 'The nominal weights, one ≥ 0 per indicator (rescaled to sum to 1); omitted = equal. Weight 0 leaves a column out.',
        zh: '基准权重，每个指标一个不小于 0 的值（归一为和为 1）；省略时等权。权重为 0 的列不参与计算。',
      },
    },
    {
      name: 'choices',
      type: 'text',
      shape: 'vector',
      optional: true,
      description: {
        en: 'Which choices vary: a row of "normalization", "weighting", "aggregation", "noise"; omitted = all four.',
        zh: '参与变化的选择：由 "normalization"、"weighting"、"aggregation"、"noise" 组成的一行；省略时四项都变化。',
      },
    },
    {
      name: 'runs',
      type: 'number',
      shape: 'scalar',
      optional: true,
      default: 1000,
      min: 1,
      max: 100000,
      description: { en: 'N, the base runs of the design (default 1000): N(d + 2) builds of the index.', zh: '抽样设计的基础次数 N（默认 1000）：共构建指数 N(d + 2) 次。' },
    },
    {
      name: 'seed',
      type: 'number',
      shape: 'scalar',
      optional: true,
      default: 1,
      description: {
        en: 'Seed of the random numbers (default 1); the same seed gives the same result everywhere.',
        zh: '随机数种子（默认 1）；相同种子在任何环境下结果相同。',
      },
    },
    {
      name: 'output',
      type: 'option',
      shape: 'scalar',
      optional: true,
      default: 'ranks',
      options: ['ranks', 'indices'],
      description: {
        en: '"ranks" (default): the rank statistics per unit; "indices": the Sobol indices per choice.',
        zh: '"ranks"（默认）：各单位的名次统计；"indices"：各项选择的 Sobol 指数。',
      },
    },
  ],
  result: {
    shape: 'matrix',
    header: true,
    description: {
      en: 'A header row, then per unit: nominal rank, median rank, p5, p95, mean abs shift; or per choice: choice, first order, total.',
      zh: '首行为表头，之后每个单位一行：nominal rank、median rank、p5、p95、mean abs shift；或每项选择一行：choice、first order、total。',
    },
  },
  glossary: ['sensitivity-analysis', 'rank-uncertainty', 'composite-index', 'entropy-weight-method', 'critic'],
  examples: [
    {
      title: { en: 'Rank statistics: normalisation and weight noise vary (200 runs, seed 1)', zh: '名次统计：标准化方法与权重扰动变化（200 次，种子 1）' },
      args: [E3, null, null, [['noise', 'normalization']], 200, 1],
      expected: [
        ['nominal rank', 'median rank', 'p5', 'p95', 'mean abs shift'],
        [9, 9, 8.950000000000003, 9, 0.05],
        [8, 8, 6, 8.049999999999955, 0.2575],
        [5, 5, 5, 7, 0.49],
        [2, 2, 2, 2, 0],
        [7, 7, 6, 7.0499999999999545, 0.365],
        [3, 3, 3, 4, 0.16],
        [6, 6, 5, 8, 0.76],
        [4, 4, 3, 4.0499999999999545, 0.1925],
        [1, 1, 1, 1, 0],
      ],
      tolerance: 1e-9,
      source: SOURCE,
    },
    {
      title: { en: 'The Sobol indices of the same analysis', zh: '同一分析的 Sobol 指数' },
      args: [E3, null, null, [['noise', 'normalization']], 200, 1, 'indices'],
      expected: [
        ['choice', 'first order', 'total'],
        ['normalization', 0.21933956861996567, 0.40516892536743654],
        ['noise', 0.4508646688299294, 1.0235846535598396],
      ],
      tolerance: 1e-9,
      source: SOURCE,
    },
    {
      title: { en: 'All four choices, weights and a cost indicator (250 runs, seed 11)', zh: '四项选择全部变化，给定权重，一个负向指标（250 次，种子 11）' },
      args: [
        [
          [4.847, 5.962, 2.674, 9.808, 8.301],
          [5.087, 5.934, 5.191, 3.973, 0.627],
          [0.945, 1.01, 6.139, 6.042, 6.45],
          [8.814, 2.289, 8.712, 6.404, 3.317],
          [5.104, 4.685, 7.159, 0.771, 1.54],
          [6.863, 2.426, 5.001, 7.231, 9.462],
          [1.83, 6.943, 6.936, 1.785, 3.312],
          [0.945, 1.01, 6.139, 6.042, 6.45],
          [2.352, 2.211, 5.428, 4.325, 8.543],
          [7.406, 2.285, 7.076, 8.159, 7.638],
          [8.498, 3.07, 1.092, 3.651, 6.424],
          [7.442, 0.194, 7.016, 6.869, 9.435],
        ],
        [[1, 1, -1, 1, 1]],
        [[0.13, 0.29, 0.17, 0.23, 0.18]],
        null,
        250,
        11,
        'indices',
      ],
      expected: [
        ['choice', 'first order', 'total'],
        ['normalization', 0.48922193551683624, 0.5123285090184458],
        ['weighting', 0.16174601451126672, 0.3832504087680753],
        ['aggregation', 0.31313390986663947, 0.4633266376271014],
        ['noise', 0.04700992539982629, 0.3370372617648562],
      ],
      tolerance: 1e-9,
      source: SOURCE,
    },
    {
      title: { en: 'A constant column with a positive weight: #VALUE!', zh: '权重为正的常数列：#VALUE!' },
      args: [
        [
          [1, 5],
          [2, 5],
          [3, 5],
        ],
      ],
      expected: [[{ error: '#VALUE!' }]],
      source: 'catalogue section 11: a constant column with a positive weight is #VALUE! naming it',
    },
  ],
  compute: (data, directions, weights, choices, runs, seed, output) => indexSensitivity(data, directions, weights, choices, runs, seed, output),
};
