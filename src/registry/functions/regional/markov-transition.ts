import { markovTransition } from '../../../core/regional/markov-transition';
import { REGIONAL } from '../../categories';
import type { FunctionSpec } from '../../types';
import { spatialWeightsParam } from './spatial-weights';

/** giddy's docstring sequences (rows = units, columns = periods) with the classes a, b, c written 1, 2, 3. */
const TOY = [
  [2, 1, 3],
  [3, 3, 1],
  [3, 2, 3],
  [1, 1, 2],
  [1, 2, 3],
];

/** Four units on a line (1–2–3–4) over four periods. */
const LINE_VALUES = [
  [1, 2, 2, 3],
  [2, 1, 3, 3],
  [3, 4, 1, 2],
  [4, 3, 4, 1],
];
const LINE_W = [
  [0, 1, 0, 0],
  [1, 0, 1, 0],
  [0, 1, 0, 1],
  [0, 0, 1, 0],
];

export const markovTransitionSpec: FunctionSpec = {
  name: 'MARKOV_TRANSITION',
  category: REGIONAL,
  description: {
    en: 'Markov transition probabilities between quantile classes from one period to the next: the traditional chain, the spatial Markov chain (Rey 2001), its steady state and the Bickenbach–Bode homogeneity test.',
    zh: '各分位类型从一期到下一期的马尔可夫转移概率：传统马尔可夫链、空间马尔可夫链（Rey 2001）、稳态分布及 Bickenbach–Bode 同质性检验。',
  },
  help: {
    en:
      'values is a wide panel: one row per unit, one column per period, oldest first. Each value is put in one of k classes, 1 the lowest. classes k (default 4) makes quantile classes, with the quantiles of Excel\'s PERCENTILE.INC (linear interpolation: R\'s quantile type 7, numpy\'s and scipy\'s default); a row of k − 1 ascending cut points sets them instead (a single number is always k: for two classes by one cut point, add a second cut point above every value). A value equal to a cut point falls in the lower class (upper-inclusive, as PySAL mapclassify and giddy, and R\'s findInterval(left.open = TRUE)). classing "per-period" (default) takes each period\'s own quantiles (a unit\'s relative position), "pooled" the quantiles of all periods together (giddy\'s fixed = True). ' +
      'Transitions are counted from each period to the next over all units; p_ij = n_ij / n_i. Result without weights: a header row class, n, 1 … k, then one row per class: the class, n (transitions out of it) and the probabilities of moving to each class (headed by the numbers 1 … k). A class with no transitions out has n = 0 and a row of zeros. ' +
      'With weights (the spatial Markov chain of Rey 2001, as giddy\'s Spatial_Markov): each unit\'s spatial lag in each period, the weighted mean of its neighbours\' values (Σ w_ij y_jt / Σ w_ij: the row-standardised lag), is classed into k classes by the lag\'s own quantiles (per period or pooled, as classing; giddy pools them), and each transition from t counts in the matrix of the unit\'s lag class at t. Result: a header row lag class, class, n, 1 … k, then k matrices of k rows, lag class 1 first. weights: an n×n matrix in the order of the values (non-negative, zero diagonal, a blank cell is 0) or n×2 coordinates (latitude, longitude in degrees) for row-standardised inverse-distance weights, exactly as SPATIAL_WEIGHTS(coordinates); at county scale pass coordinates (a 2,800 × 2,800 matrix is beyond what Excel passes to a function). A unit with no neighbours (an island) has no lag: its transitions are left out of the conditional matrices and of the test (they stay in the steady state); likewise a unit whose neighbours are all blank in that period. ' +
      'output "steady": the steady state (ergodic distribution) of the pooled matrix, a 1×k row, with or without weights: π = πP with Σπ = 1 (giddy\'s steady_state). Transient classes and classes that never occur get 0. When the chain has several closed classes its steady state is not unique (giddy and quantecon then return one distribution per class): #N/A naming them; a class entered but never left (it occurs only in the last period) is #N/A too. output "test" (with weights): the Bickenbach–Bode (2003) homogeneity test of the k conditional matrices against the pooled one, as giddy reports it: a header row LR, Q, dof, p LR, p Q; LR = 2 Σ n_lij ln(P_l[i,j]/p_ij), Q = Σ n_li (P_l[i,j] − p_ij)²/p_ij, dof = Σ_i (b_i − 1)(A_i − 1) with b_i the lag classes with transitions out of class i and A_i the positive cells of row i of the pooled matrix; p-values from chi-square (CHISQ.DIST.RT); dof 0 gives #N/A p-values. ' +
      'Ties, and k larger than the number of distinct values: tied quantiles leave the classes between them empty (n = 0, a row of zeros, 0 in the steady state); the table keeps its k classes (mapclassify instead merges classes and warns). Blank cells: a blank value has no class, its transitions in and out are not counted, and it is left out of the quantiles. An empty cell reads as blank on every platform. ' +
      'Errors: #N/A with fewer than 2 periods, no transitions, every unit an island, or no unique steady state; #NUM! for a k that is not a whole number from 2 to 100; #VALUE! for cut points that are not ascending or have a blank, output "test" without weights, weights that are neither n×n nor n×2, text in values. Checked against giddy\'s published examples (US state incomes 1929–2009: LR = 170.659, Q = 200.624, dof = 60) and separately written R code.',
    zh:
      'values 为宽格式面板：每个单位一行，每期一列，最早的一期在前。每个数值归入 k 个类型之一，1 为最低。classes 为 k（默认 4）时按分位数分类，分位数与 Excel 的 PERCENTILE.INC 相同（线性插值，即 R 的 quantile type 7、numpy 和 scipy 的默认方法）；也可给出一行 k − 1 个递增的分界点（单个数字总是被视为 k：若要用一个分界点分两类，请再加一个高于所有数值的分界点）。等于分界点的数值归入较低的类型（上闭区间，与 PySAL mapclassify、giddy 及 R 的 findInterval(left.open = TRUE) 相同）。classing 为 "per-period"（默认）时用各期自身的分位数（单位的相对位置），"pooled" 时用所有时期合并后的分位数（giddy 的 fixed = True）。' +
      '对所有单位统计每期到下一期的转移次数；p_ij = n_ij / n_i。不带 weights 时的结果：表头为 class、n、1 … k，随后每个类型一行：类型、n（从该类型转出的次数）以及转移到各类型的概率（列标题为数字 1 … k）。没有转出的类型 n = 0，概率全为 0。' +
      '带 weights 时为空间马尔可夫链（Rey 2001，与 giddy 的 Spatial_Markov 相同）：每个单位每期的空间滞后为其邻居数值的加权平均（Σ w_ij y_jt / Σ w_ij，即行标准化的空间滞后），按空间滞后自身的分位数分为 k 类（按 classing 逐期或合并计算；giddy 采用合并），每次从 t 期开始的转移计入该单位 t 期滞后类型对应的矩阵。结果：表头为 lag class、class、n、1 … k，随后是 k 个 k 行的矩阵，滞后类型 1 在前。weights：与 values 顺序一致的 n×n 矩阵（非负，对角线为 0，空白单元格视为 0），或 n×2 坐标（纬度、经度，单位为度），据此构造行标准化的反距离权重，与 SPATIAL_WEIGHTS(coordinates) 完全相同；县域规模请传入坐标（2800 × 2800 的矩阵超出 Excel 向函数传递数据的上限）。没有邻居的单位（孤岛）没有空间滞后：其转移不计入各条件矩阵和检验（仍计入稳态分布）；某期邻居数值全为空白的单位同样处理。' +
      'output 为 "steady" 时返回合并转移矩阵的稳态（遍历）分布，1×k 一行，带不带 weights 均可：π = πP 且 Σπ = 1（giddy 的 steady_state）。暂态类型和从未出现的类型取 0。若链有多个闭类，稳态分布不唯一（giddy 和 quantecon 会为每个闭类各给一个分布）：返回 #N/A 并列出这些闭类；有转入但从未转出的类型（只出现在最后一期）也返回 #N/A。output 为 "test"（须带 weights）时返回 Bickenbach–Bode（2003）同质性检验，即 k 个条件矩阵与合并矩阵的比较，与 giddy 相同：表头为 LR、Q、dof、p LR、p Q；LR = 2 Σ n_lij ln(P_l[i,j]/p_ij)，Q = Σ n_li (P_l[i,j] − p_ij)²/p_ij，dof = Σ_i (b_i − 1)(A_i − 1)，其中 b_i 为从类型 i 有转出的滞后类型数，A_i 为合并矩阵第 i 行的正值个数；p 值按卡方分布（CHISQ.DIST.RT）计算；dof 为 0 时 p 值为 #N/A。' +
      '结与 k 大于不同数值的个数：相等的分位数之间的类型为空（n = 0，概率全为 0，稳态中为 0）；表格仍保留 k 个类型（mapclassify 则会合并类型并给出警告）。空白单元格：空白数值没有类型，转入和转出它的转移都不计，也不参与分位数计算。各平台上空单元格均按空白读取。' +
      '错误：少于 2 期、没有任何转移、所有单位都是孤岛或稳态分布不唯一时返回 #N/A；k 不是 2 到 100 之间的整数时返回 #NUM!；分界点不递增或有空白、output 为 "test" 却没有 weights、weights 既不是 n×n 也不是 n×2、values 中有文本时返回 #VALUE!。已与 giddy 公布的示例（1929—2009 年美国各州收入：LR = 170.659，Q = 200.624，dof = 60）及独立编写的 R 代码核对。',
  },
  params: [
    {
      name: 'values',
      type: 'number',
      shape: 'matrix',
      description: {
        en: 'A wide panel: one row per unit, one column per period, oldest first (at least 2 periods).',
        zh: '宽格式面板：每个单位一行，每期一列，最早的一期在前（至少 2 期）。',
      },
    },
    {
      name: 'classes',
      type: 'number',
      shape: 'vector',
      optional: true,
      default: 4,
      description: {
        en: 'k quantile classes (default 4), or a row of k − 1 ascending cut points.',
        zh: 'k 个分位类型（默认 4），或一行 k − 1 个递增的分界点。',
      },
    },
    {
      name: 'classing',
      type: 'option',
      shape: 'scalar',
      optional: true,
      default: 'per-period',
      options: ['per-period', 'pooled'],
      description: {
        en: '"per-period" (default: each period\'s own quantiles) or "pooled" (the quantiles of all periods).',
        zh: '"per-period"（默认：各期自身的分位数）或 "pooled"（所有时期合并的分位数）。',
      },
    },
    {
      ...spatialWeightsParam,
      optional: true,
      description: {
        en: 'For the spatial Markov chain: n×n spatial weights in the order of values, or n×2 coordinates (latitude, longitude); default none.',
        zh: '空间马尔可夫链所用：与 values 顺序一致的 n×n 空间权重，或 n×2 坐标（纬度、经度）；默认无。',
      },
    },
    {
      name: 'output',
      type: 'option',
      shape: 'scalar',
      optional: true,
      default: 'matrix',
      options: ['matrix', 'steady', 'test'],
      description: {
        en: '"matrix" (default), "steady" (the steady state) or "test" (the homogeneity test; needs weights).',
        zh: '"matrix"（默认，转移矩阵）、"steady"（稳态分布）或 "test"（同质性检验，须带 weights）。',
      },
    },
  ],
  result: {
    shape: 'matrix',
    header: true,
    description: {
      en: 'The transition matrix with a header row (or the k conditional matrices with weights); the steady state as a 1×k row; or the test with its header row.',
      zh: '带表头的转移矩阵（带 weights 时为 k 个条件矩阵）；稳态分布为 1×k 一行；或带表头的检验结果。',
    },
  },
  glossary: ['markov-chain', 'spatial-markov', 'spatial-weights'],
  examples: [
    {
      title: { en: 'Five units, three periods, classes by the cut points 1.5 and 2.5', zh: '5 个单位、3 期，以 1.5 和 2.5 为分界点分类' },
      args: [TOY, [[1.5, 2.5]]],
      expected: [
        ['class', 'n', 1, 2, 3],
        [1, 4, 0.25, 0.5, 0.25],
        [2, 3, 1 / 3, 0, 2 / 3],
        [3, 3, 1 / 3, 1 / 3, 1 / 3],
      ],
      tolerance: 1e-12,
      source: 'published: pysal/giddy giddy/markov.py Markov docstring (classes a, b, c written 1, 2, 3); tests/fixtures/vectors/analysis/markov_chains.json, case toy_giddy_docstring',
    },
    {
      title: { en: 'The steady state of the same chain', zh: '同一马尔可夫链的稳态分布' },
      args: [TOY, [[1.5, 2.5]], null, null, 'steady'],
      expected: [[0.3076923077, 0.2884615385, 0.4038461538]],
      tolerance: 1e-9,
      source: 'published: giddy Markov docstring steady_state; markov_chains.json, case toy_giddy_docstring',
    },
    {
      title: { en: 'Spatial Markov: four units on a line, two classes (above or below the median)', zh: '空间马尔可夫链：一条线上的 4 个单位，两类（中位数以上或以下）' },
      args: [LINE_VALUES, 2, null, LINE_W],
      expected: [
        ['lag class', 'class', 'n', 1, 2],
        [1, 1, 3, 1, 0],
        [1, 2, 3, 2 / 3, 1 / 3],
        [2, 1, 3, 1 / 3, 2 / 3],
        [2, 2, 3, 0, 1],
      ],
      tolerance: 1e-12,
      source: 'derived with separately written R code: per-period medians (quantile type 7), findInterval(left.open = TRUE), lag = W y / rowSums(W), counts by lag class at t',
    },
    {
      title: { en: 'Its homogeneity test', zh: '其同质性检验' },
      args: [LINE_VALUES, 2, null, LINE_W, 'test'],
      expected: [
        ['LR', 'Q', 'dof', 'p LR', 'p Q'],
        [7.638170019537753, 6, 2, 0.021947873799725674, 0.049787068367863944],
      ],
      tolerance: 1e-12,
      source:
        'derived by hand from the four conditional rows above and the pooled matrix (4 2; 2 4)/6: LR = 2(6 ln 1.5 + 2 ln 2), Q = 4 × 1.5, dof = 2 × (2 − 1)(2 − 1); p = exp(−x/2) for 2 degrees of freedom',
    },
    {
      title: { en: 'The test needs weights: #VALUE!', zh: '检验须带 weights：#VALUE!' },
      args: [TOY, 3, null, null, 'test'],
      expected: [[{ error: '#VALUE!' }]],
      source: 'catalogue: output "test" is the spatial homogeneity test',
    },
  ],
  compute: markovTransition,
};
