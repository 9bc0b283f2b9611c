/**
 * The methods of regional differences and dynamics (catalogue section 9): the
 * Dagum decomposition, kernel densities, spatial weights and autocorrelation,
 * σ and β convergence, traditional and spatial Markov chains. Each term says
 * where the tools it is computed with (R, Stata, PySAL, GeoDa, MATLAB) differ.
 */
import type { Term } from './types';

const TEMPLATE = 'regional-dynamics';

export const regionalTerms: Term[] = [
  // Regional differences
  {
    id: 'dagum-gini',
    category: 'method',
    name: { en: 'Dagum Gini coefficient and its decomposition', zh: 'Dagum 基尼系数及其分解' },
    definition: {
      en: 'The Gini coefficient of units split into groups (e.g. East, Central, West), written as within-group inequality + net between-group inequality + transvariation: G = Gw + Gnb + Gt.',
      zh: '把单元分成若干组（如东部、中部、西部）后的基尼系数，写成组内差距、组间净差距与超变密度之和：G = Gw + Gnb + Gt。',
    },
    explanation: {
      en: 'G is the mean absolute difference over all pairs of units divided by twice the mean. Gw adds up each group\'s own Gini (G_jj), weighted by the group\'s share of units times its share of the total value. The Gini between two groups (G_jh) compares every member of one with every member of the other; the relative affluence D_jh splits it into a net part, due to the gap between the group means, and transvariation, due to their overlap. Gnb equals the unit-weighted Gini of the group means, and the three shares of G sum to 1. Every unit counts once (no population weights); NQP papers usually report a yearly table and a line chart of G, the G_jj, the G_jh and the three shares. Some circulating scripts weight the groups by mean ratios instead of value shares and do not add up to G.',
      zh: 'G 为所有单元两两之差绝对值的平均数除以均值的两倍。Gw 把各组自身的基尼系数（G_jj）加总，权重为该组单元数占比乘以其数值总量占比。两组之间的基尼系数（G_jh）比较一组中每个成员与另一组中每个成员；相对经济影响 D_jh 把它分成两部分：由组均值差距引起的净差距，以及由两组重叠引起的超变密度。Gnb 等于各组均值按单元数加权的基尼系数，三部分占 G 的比重之和为 1。每个单元计一次（不加人口权重）；新质生产力文献通常逐年列表并画出 G、各 G_jj、各 G_jh 及三项贡献率的折线图。流传的某些脚本用均值之比而非数值占比给各组加权，其结果加总不等于 G。',
    },
    source: 'Dagum (1997)',
    related: ['gini', 'transvariation', 'theil-index', 'kernel-density', 'sigma-convergence'],
    functions: ['DAGUM_GINI'],
    templates: [TEMPLATE],
    aliases: ['dagum', 'dagum-gini-coefficient', 'gini-decomposition'],
    keywords: ['Dagum', 'decomposition', 'within-group', 'between-group', 'contribution rate', 'regional gap', '达格姆', '达古姆', '基尼系数分解', '区域内差异', '区域间差异', '贡献率', '区域差异'],
  },
  {
    id: 'transvariation',
    category: 'method',
    name: { en: 'Transvariation (intensity of overlap)', zh: '超变密度' },
    definition: {
      en: 'The part of between-group inequality in the Dagum decomposition that comes from overlap: members of the lower-mean group who exceed members of the higher-mean group.',
      zh: 'Dagum 分解中由组间交叉重叠引起的那部分组间差距：均值较低组中有成员高于均值较高组中的成员。',
    },
    explanation: {
      en: 'For two groups, with j the one of higher mean, d_jh averages the amounts by which members of j exceed members of h over all pairs, and p_jh the amounts by which members of h exceed members of j. D_jh = (d_jh − p_jh)/(d_jh + p_jh) lies between 0 and 1, and Gt = Σ G_jh (p_j s_h + p_h s_j)(1 − D_jh). Groups that do not overlap have Gt = 0; groups with equal means have all their between-group inequality as transvariation. A large share of Gt warns that the regional labels rank units poorly: many units of the "lagging" region outperform units of the "leading" one.',
      zh: '对两组而言（j 为均值较高的组），d_jh 是所有配对中 j 组成员高出 h 组成员的数额的平均，p_jh 则是 h 组成员高出 j 组成员的数额的平均。D_jh = (d_jh − p_jh)/(d_jh + p_jh) 介于 0 与 1 之间，Gt = Σ G_jh (p_j s_h + p_h s_j)(1 − D_jh)。两组不重叠时 Gt = 0；两组均值相等时，组间差距全部表现为超变密度。Gt 占比较大说明按地区划分难以区分单元的高低：“落后”地区的不少单元反而高于“领先”地区的单元。',
    },
    source: 'Dagum (1997); the notion of transvariation goes back to Gini (1916)',
    related: ['dagum-gini', 'gini'],
    functions: ['DAGUM_GINI'],
    templates: [TEMPLATE],
    aliases: ['intensity-of-transvariation', 'overlap-term'],
    keywords: ['Gt', 'overlap', 'relative economic affluence', 'Djh', '超变密度', '交叉重叠', '相对经济影响'],
  },
  // Dynamic evolution
  {
    id: 'kernel-density',
    category: 'method',
    name: { en: 'Kernel density estimation', zh: '核密度估计' },
    definition: {
      en: 'A smooth estimate of a distribution: the average of kernels centred on the observations, f(x) = (1/(n·h)) Σ K((x − x_i)/h).',
      zh: '对分布的平滑估计：以各观测值为中心的核函数的平均，f(x) = (1/(n·h)) Σ K((x − x_i)/h)。',
    },
    explanation: {
      en: 'Drawn for several years on one common grid, the curves show how a distribution evolves: a main peak moving right means a general rise, a lower and wider peak more dispersion, a long right tail a few leaders pulling away, and several peaks polarisation. The Gaussian kernel is the usual choice; Stata\'s kdensity defaults to the Epanechnikov kernel. The add-in sums over every observation exactly; R\'s density() bins the data first, so its values differ slightly. The picture depends on the bandwidth: say which rule was used.',
      zh: '把若干年份的曲线画在同一网格上，可以看出分布如何演进：主峰右移表示整体提升，峰值降低、峰宽变大表示离散程度增加，右拖尾表示少数领先者拉开距离，出现多个峰表示极化。通常使用高斯核；Stata 的 kdensity 默认使用 Epanechnikov 核。本工具对每个观测值精确求和；R 的 density() 先分箱，因此其数值略有不同。图形取决于带宽：应说明所用的规则。',
    },
    source: 'Silverman (1986); Rosenblatt (1956); Parzen (1962)',
    related: ['bandwidth', 'dagum-gini', 'markov-chain', 'sigma-convergence'],
    functions: ['KERNEL_DENSITY'],
    templates: [TEMPLATE],
    aliases: ['kde', 'kernel-density-estimation'],
    keywords: ['KDE', 'density', 'dynamic evolution', 'peak', 'polarisation', 'Gaussian', 'Epanechnikov', '核密度', '动态演进', '分布动态', '主峰', '拖尾', '极化'],
  },
  {
    id: 'bandwidth',
    category: 'method',
    name: { en: 'Bandwidth (kernel smoothing)', zh: '带宽（窗宽）' },
    definition: {
      en: 'The width h of the kernel, which decides how smooth an estimated density is.',
      zh: '核函数的宽度 h，决定估计的密度曲线有多平滑。',
    },
    explanation: {
      en: 'Too small a bandwidth shows spurious peaks; too large a one hides real ones. The rules of thumb differ between tools: R\'s bw.nrd0 (the add-in\'s "silverman", also Stata\'s rule, which divides the IQR by 1.349) takes 0.9·min(sd, IQR/1.34)·n^(−1/5); R\'s bw.nrd takes 1.06 instead of 0.9; scipy\'s default is sd·n^(−1/5), and its own "silverman" option is close to 1.06·sd·n^(−1/5); MATLAB\'s ksdensity uses (MAD/0.6745)·(4/(3n))^(1/5). A count of peaks that holds under two rules is more convincing than one that does not.',
      zh: '带宽过小会出现虚假的峰，过大则会掩盖真实的峰。各软件的经验规则不同：R 的 bw.nrd0（即本工具的 "silverman"，也是 Stata 的规则，Stata 用 IQR/1.349）取 0.9·min(sd, IQR/1.34)·n^(−1/5)；R 的 bw.nrd 把 0.9 换成 1.06；scipy 的默认规则是 sd·n^(−1/5)，其 "silverman" 选项约为 1.06·sd·n^(−1/5)；MATLAB 的 ksdensity 使用 (MAD/0.6745)·(4/(3n))^(1/5)。在两种规则下都成立的峰数结论比只在一种规则下成立的更可信。',
    },
    source: 'Silverman (1986); Scott (1992)',
    related: ['kernel-density'],
    functions: ['KERNEL_DENSITY'],
    templates: [TEMPLATE],
    aliases: ['kernel-bandwidth', 'window-width'],
    keywords: ['bandwidth', 'bw.nrd0', 'bw.nrd', 'Silverman', 'Scott', 'rule of thumb', 'ksdensity', 'gaussian_kde', '窗宽', '带宽', '经验法则'],
  },
  // Spatial autocorrelation
  {
    id: 'spatial-weights',
    category: 'method',
    name: { en: 'Spatial weights matrix', zh: '空间权重矩阵' },
    definition: {
      en: 'An n×n matrix W with a zero diagonal whose entry w_ij says how much unit j counts as a neighbour of unit i.',
      zh: '对角线为零的 n×n 矩阵 W，元素 w_ij 表示单元 j 作为单元 i 的邻居的程度。',
    },
    explanation: {
      en: 'Provincial studies use 0/1 contiguity (a shared border; Hainan is usually linked to Guangdong), inverse distance between capitals (1/d or 1/d²), the k nearest neighbours, a distance threshold, economic distance 1/|x_i − x_j|, or products of these. Row standardisation makes each row sum to 1, so that the spatial lag Σ_j w_ij y_j is the weighted mean of a unit\'s neighbours. Moran\'s I, LISA and the spatial Markov chain all depend on the choice of W, so report it. The add-in builds weights from latitude and longitude by great-circle distance (a sphere of 6,371 km); contiguity cannot be derived from points and is entered as a 0/1 range. A unit without neighbours keeps a zero row.',
      zh: '省级研究常用 0/1 邻接矩阵（有共同边界；海南通常与广东相连）、省会之间的反距离（1/d 或 1/d²）、k 近邻、距离阈值、经济距离 1/|x_i − x_j| 或它们的嵌套形式。行标准化使每行之和为 1，从而空间滞后 Σ_j w_ij y_j 是某单元邻居的加权平均。Moran 指数、LISA 和空间马尔可夫链都取决于 W 的选择，应予说明。本工具由经纬度按大圆距离（半径 6371 千米的球面）构造权重；邻接关系无法由点位得出，需以 0/1 区域输入。没有邻居的单元保留全零行。',
    },
    source: 'Cliff & Ord (1981); Anselin (1988)',
    related: ['morans-i', 'gearys-c', 'lisa', 'spatial-markov'],
    functions: ['SPATIAL_WEIGHTS', 'MORAN_I', 'GEARY_C', 'LOCAL_MORAN', 'MARKOV_TRANSITION'],
    templates: [TEMPLATE],
    aliases: ['weights-matrix', 'spatial-weight-matrix', 'spatial-lag'],
    keywords: ['W', 'contiguity', 'inverse distance', 'k nearest', 'knn', 'row-standardised', 'economic distance', 'spatial lag', '空间权重', '邻接矩阵', '地理距离', '经济距离', '行标准化', '空间滞后'],
  },
  {
    id: 'morans-i',
    category: 'method',
    name: { en: "Moran's I (global)", zh: '全局莫兰指数（Moran’s I）' },
    definition: {
      en: 'Global spatial autocorrelation: I = (n/S0) Σ_i Σ_j w_ij z_i z_j / Σ_i z_i², with z = y − ȳ and S0 the sum of the weights.',
      zh: '全局空间自相关：I = (n/S0) Σ_i Σ_j w_ij z_i z_j / Σ_i z_i²，其中 z = y − ȳ，S0 为权重之和。',
    },
    explanation: {
      en: 'I above its expectation E[I] = −1/(n − 1) means that similar values cluster in space; below it, that neighbours tend to differ. Its z-score uses the variance under normality or under randomisation (the add-in\'s default, as R spdep\'s moran.test and PySAL\'s esda report it); the add-in\'s p is two-sided, while spdep by default tests one-sided for positive autocorrelation. Row-standardised and binary weights give the same I only when every unit has as many neighbours. Papers report a yearly table of I, E[I], its standard deviation, z and p.',
      zh: 'I 高于其期望 E[I] = −1/(n − 1) 表示相似的数值在空间上集聚；低于期望则表示相邻单元倾向于不同。其 z 值使用正态假设或随机化假设下的方差（本工具默认随机化假设，与 R spdep 的 moran.test 和 PySAL esda 的报告一致）；本工具的 p 值为双侧，而 spdep 默认只检验正自相关（单侧）。行标准化权重和 0/1 权重只有在每个单元邻居数相同时才给出相同的 I。文献通常逐年列出 I、E[I]、标准差、z 和 p。',
    },
    source: 'Moran (1950); Cliff & Ord (1981)',
    related: ['spatial-weights', 'gearys-c', 'lisa', 'spatial-markov'],
    functions: ['MORAN_I'],
    templates: [TEMPLATE],
    aliases: ['moran-i', 'global-moran', 'spatial-autocorrelation'],
    keywords: ['Moran', "Moran's I", 'spatial autocorrelation', 'clustering', 'randomisation', '莫兰', '莫兰指数', '空间自相关', '空间集聚'],
  },
  {
    id: 'gearys-c',
    category: 'method',
    name: { en: "Geary's C", zh: '吉尔里指数（Geary’s C）' },
    definition: {
      en: "Global spatial autocorrelation from squared differences between neighbours: C = (n − 1) Σ_i Σ_j w_ij (y_i − y_j)² / (2 S0 Σ_i z_i²).",
      zh: '由相邻单元之差的平方度量的全局空间自相关：C = (n − 1) Σ_i Σ_j w_ij (y_i − y_j)² / (2 S0 Σ_i z_i²)。',
    },
    explanation: {
      en: "Its expectation is 1: C below 1 means positive autocorrelation (neighbours alike), above 1 negative. It weighs differences between neighbours more than Moran's I does, so the two can disagree on data with local contrasts. The sign of its z-score differs between tools: the add-in, like R spdep, reports z = (1 − C)/sd, so that a positive z means positive autocorrelation as for Moran's I; PySAL's esda reports (C − 1)/sd, the opposite sign, with a one-sided p.",
      zh: '其期望为 1：C 小于 1 表示正自相关（相邻单元相似），大于 1 表示负自相关。与 Moran 指数相比，它更看重相邻单元之间的差异，因此在局部反差明显的数据上两者可能不一致。各软件 z 值的符号不同：本工具与 R spdep 一样报告 z = (1 − C)/sd，使正的 z 与 Moran 指数一样表示正自相关；PySAL 的 esda 报告 (C − 1)/sd，符号相反，且 p 值为单侧。',
    },
    source: 'Geary (1954)',
    related: ['morans-i', 'spatial-weights', 'lisa'],
    functions: ['GEARY_C'],
    templates: [TEMPLATE],
    aliases: ['geary-c', 'geary'],
    keywords: ['Geary', "Geary's C", 'contiguity ratio', '吉尔里', '空间自相关'],
  },
  {
    id: 'lisa',
    category: 'method',
    name: { en: "Local Moran's I (LISA)", zh: '局部莫兰指数（LISA）' },
    definition: {
      en: "A local indicator of spatial association: for each unit, I_i = z_i Σ_j w_ij z_j / m₂, which places it in one of four quadrants (HH, LH, LL, HL) of the Moran scatter plot.",
      zh: '局部空间关联指标：对每个单元计算 I_i = z_i Σ_j w_ij z_j / m₂，并据此把它归入 Moran 散点图的四个象限之一（HH、LH、LL、HL）。',
    },
    explanation: {
      en: "The Moran scatter plot puts each unit's value (as a deviation from the mean) against its spatial lag; with row-standardised weights the slope of the fitted line is Moran's I. HH is a high unit among high neighbours (a hot spot), LL a low one among low neighbours (a cold spot), LH and HL are outliers: low among high and high among low. Value and lag are compared with the mean, and 0 counts as low. Conventions differ: PySAL and GeoDa take m₂ = Σz²/(n − 1), R spdep Σz²/n, so spdep's I_i are n/(n − 1) times larger; PySAL numbers the quadrants 1 HH, 2 LH, 3 LL, 4 HL and GeoDa 1 HH, 2 LL, 3 LH, 4 HL (the add-in writes the letters). Significance comes from analytic moments or from conditional permutations (GeoDa's 999 draws, a pseudo p-value); with one test per unit, a few units are significant by chance.",
      zh: 'Moran 散点图把每个单元的数值（与均值之差）与其空间滞后对应作图；在行标准化权重下，拟合直线的斜率就是 Moran 指数。HH 为高值单元被高值邻居包围（热点），LL 为低值单元被低值邻居包围（冷点），LH 与 HL 为异常：高值包围中的低值、低值包围中的高值。数值与滞后均与均值比较，等于均值计为低。各软件约定不同：PySAL 和 GeoDa 取 m₂ = Σz²/(n − 1)，R spdep 取 Σz²/n，因此 spdep 的 I_i 是前者的 n/(n − 1) 倍；PySAL 把象限编号为 1 HH、2 LH、3 LL、4 HL，GeoDa 则为 1 HH、2 LL、3 LH、4 HL（本工具直接写字母）。显著性来自解析矩或条件置换（GeoDa 默认 999 次，给出伪 p 值）；每个单元各做一次检验，总会有少数单元偶然显著。',
    },
    source: 'Anselin (1995)',
    related: ['morans-i', 'spatial-weights', 'gearys-c', 'spatial-markov'],
    functions: ['LOCAL_MORAN'],
    templates: [TEMPLATE],
    aliases: ['local-moran', 'local-morans-i', 'moran-scatter-plot', 'lisa-quadrants'],
    keywords: ['LISA', 'local Moran', 'Moran scatter plot', 'hot spot', 'cold spot', 'HH', 'LL', 'HL', 'LH', 'cluster', '局部莫兰', '莫兰散点图', '集聚', '热点', '冷点', '象限'],
  },
  // Convergence
  {
    id: 'sigma-convergence',
    category: 'method',
    name: { en: 'σ-convergence', zh: 'σ 收敛' },
    definition: {
      en: 'Convergence as falling dispersion: the spread of a variable across units (the standard deviation of its logarithm or its coefficient of variation) decreases over time.',
      zh: '以离散程度下降定义的收敛：某变量在各单元之间的离散程度（对数的标准差或变异系数）随时间减小。',
    },
    explanation: {
      en: 'Each year gives one number; a falling series is σ-convergence, a rising one divergence. The coefficient of variation has no unit, and the standard deviation of logs does not change when every value is scaled; some papers use the Gini or Theil index instead. Dividing by n or by n − 1 shifts the level but hardly the trend: say which. β-convergence is necessary for σ-convergence but does not imply it, since shocks can keep the spread constant while the laggards catch up.',
      zh: '每年得到一个数值；序列下降即为 σ 收敛，上升则为发散。变异系数没有量纲，对数的标准差在所有数值同比例缩放时不变；也有文献用基尼系数或泰尔指数作为离散程度的度量。除以 n 还是 n − 1 会改变水平但几乎不改变趋势：应予说明。β 收敛是 σ 收敛的必要条件而非充分条件，因为即使落后者在追赶，随机冲击也可能使离散程度保持不变。',
    },
    source: 'Barro & Sala-i-Martin (1992); Sala-i-Martin (1996)',
    related: ['beta-convergence', 'convergence-speed', 'dagum-gini', 'theil-index', 'coefficient-of-variation-weights'],
    functions: ['SIGMA_CONVERGENCE'],
    templates: [TEMPLATE],
    aliases: ['sigma'],
    keywords: ['sigma', 'dispersion', 'coefficient of variation', 'CV', 'convergence', 'divergence', 'σ收敛', '收敛', '变异系数', '离散程度'],
  },
  {
    id: 'beta-convergence',
    category: 'method',
    name: { en: 'β-convergence (absolute and conditional)', zh: 'β 收敛（绝对与条件）' },
    definition: {
      en: 'Convergence as catching up: units that start lower grow faster, i.e. a negative coefficient β on the initial level (in logarithms) in a regression of growth.',
      zh: '以追赶定义的收敛：起点较低的单元增长较快，即在增长率回归中初始水平（取对数）的系数 β 为负。',
    },
    explanation: {
      en: 'Absolute β-convergence regresses growth on the initial level alone: all units head for the same level. Conditional β-convergence adds controls (industrial structure, openness, human capital …) or fixed effects: each unit heads for its own steady state. The cross-section form regresses the average yearly growth ln(y_T/y_0)/T on ln y_0; the panel form, which most NQP papers use, regresses each year\'s growth ln(y_t+1/y_t) on ln y_t, usually with unit and year effects (conditional β in those papers). With few years the fixed-effects β is biased downward (Nickell 1981), which overstates the speed. The add-in reports conventional OLS standard errors; cluster-robust ones (Stata\'s vce(cluster)) are often larger.',
      zh: '绝对 β 收敛只把增长率对初始水平回归：所有单元趋向同一水平。条件 β 收敛加入控制变量（产业结构、开放度、人力资本等）或固定效应：各单元趋向各自的稳态。截面形式把年均增长率 ln(y_T/y_0)/T 对 ln y_0 回归；多数新质生产力文献采用面板形式，把每年的增长率 ln(y_t+1/y_t) 对 ln y_t 回归，通常加入个体和时间固定效应（这些文献称之为条件 β 收敛）。年份较少时固定效应估计的 β 向下偏（Nickell 1981），从而高估收敛速度。本工具报告普通 OLS 标准误；聚类稳健标准误（Stata 的 vce(cluster)）往往更大。',
    },
    source: 'Barro & Sala-i-Martin (1992)',
    related: ['convergence-speed', 'sigma-convergence', 'dagum-gini'],
    functions: ['BETA_CONVERGENCE', 'BETA_CONVERGENCE_PANEL'],
    templates: [TEMPLATE],
    aliases: ['beta', 'absolute-beta-convergence', 'conditional-beta-convergence', 'catch-up'],
    keywords: ['beta', 'absolute convergence', 'conditional convergence', 'catching up', 'fixed effects', 'panel', 'β收敛', '绝对收敛', '条件收敛', '追赶效应', '双向固定效应'],
  },
  {
    id: 'convergence-speed',
    category: 'method',
    name: { en: 'Convergence speed and half-life', zh: '收敛速度与半衰期' },
    definition: {
      en: 'The speed λ = −ln(1 + β·T)/T at which gaps close each year, and the half-life ln 2/λ: the years it takes for half of a gap to close.',
      zh: '差距每年缩小的速度 λ = −ln(1 + β·T)/T，以及半衰期 ln 2/λ：差距缩小一半所需的年数。',
    },
    explanation: {
      en: 'In the year-on-year panel regression T = 1 and λ = −ln(1 + β). Papers that do not divide growth by T estimate β\' = β·T and still get the same λ = −ln(1 + β\')/T, so check which form a β comes from before comparing. When β ≥ 0 nothing converges and the speed is undefined (#N/A), as it is when 1 + β·T ≤ 0. For scale: a speed of 2 % a year, the classic cross-country estimate, means a half-life of about 35 years.',
      zh: '在逐年面板回归中 T = 1，λ = −ln(1 + β)。不把增长率除以 T 的文献估计的是 β′ = β·T，所得 λ = −ln(1 + β′)/T 不变，因此比较 β 之前要先弄清它来自哪种形式。β ≥ 0 时不存在收敛，速度无定义（#N/A）；1 + β·T ≤ 0 时亦然。作为参照：经典的跨国估计约为每年 2%，对应半衰期约 35 年。',
    },
    source: 'Barro & Sala-i-Martin (1992)',
    related: ['beta-convergence', 'sigma-convergence'],
    functions: ['BETA_CONVERGENCE', 'BETA_CONVERGENCE_PANEL'],
    templates: [TEMPLATE],
    aliases: ['half-life', 'lambda', 'speed-of-convergence'],
    keywords: ['lambda', 'speed', 'half-life', 'convergence rate', '收敛速度', '半衰期', '半生命周期'],
  },
  // Markov chains
  {
    id: 'markov-chain',
    category: 'method',
    name: { en: 'Markov transition matrix', zh: '马尔可夫转移概率矩阵' },
    definition: {
      en: 'The probabilities p_ij = n_ij/n_i that a unit in class i in one period is in class j in the next, estimated from the transitions counted over all units and periods.',
      zh: '某期处于类型 i 的单元下一期处于类型 j 的概率 p_ij = n_ij/n_i，由所有单元和时期统计的转移次数估计。',
    },
    explanation: {
      en: 'The classes are usually quartiles (low, lower-middle, upper-middle, high): each year\'s own quantiles track relative positions, quantiles pooled over all years track absolute levels, and fixed cut points are a third choice. Quantiles are interpolated linearly (Excel\'s PERCENTILE.INC, R\'s type 7, as giddy and mapclassify compute them), and a value equal to a cut point falls in the lower class. The diagonal is the chance of staying put; above it, moving up; below, moving down. The steady (ergodic) distribution gives the long-run share of each class if the matrix stays the same. The method assumes that the next class depends only on the current one; a class with no transitions has a row of zeros.',
      zh: '类型通常按四分位数划分（低、中低、中高、高）：按每年各自的分位数划分反映相对位置，按全部年份合并的分位数划分反映绝对水平，固定切点是第三种选择。分位数用线性插值（即 Excel 的 PERCENTILE.INC、R 的第 7 类，与 giddy 和 mapclassify 一致），等于切点的数值归入较低的类型。对角线是保持原类型的概率，其上方为向上转移，下方为向下转移。稳态（遍历）分布给出矩阵不变时各类型的长期占比。该方法假定下一期的类型只取决于当期；没有转移的类型其行全为零。',
    },
    source: 'Quah (1993); Rey (2001)',
    related: ['spatial-markov', 'kernel-density', 'sigma-convergence'],
    functions: ['MARKOV_TRANSITION'],
    templates: [TEMPLATE],
    aliases: ['markov', 'markov-transition', 'transition-matrix', 'traditional-markov-chain'],
    keywords: ['Markov', 'transition probability', 'quartile', 'mobility', 'steady state', 'ergodic', 'giddy', '马尔可夫', '马尔科夫', '转移概率', '传统马尔可夫链', '稳态分布', '状态转移'],
  },
  {
    id: 'spatial-markov',
    category: 'method',
    name: { en: 'Spatial Markov chain', zh: '空间马尔可夫链' },
    definition: {
      en: "Markov transition matrices conditioned on the class of each unit's spatial lag (the weighted mean of its neighbours) at the start of the transition.",
      zh: '以每次转移起始时单元空间滞后（其邻居的加权平均）所属类型为条件的马尔可夫转移概率矩阵。',
    },
    explanation: {
      en: "There is one matrix per lag class. If a unit's chances of moving up or down change with the class of its neighbours, space matters: rich neighbours pull up, poor ones hold back. Bickenbach and Bode's homogeneity tests compare the conditional matrices with the pooled one (LR and Q, chi-square with Σ_i (b_i − 1)(A_i − 1) degrees of freedom); a small p-value means that the neighbourhood changes the transitions. The add-in, like giddy, classes the lag by the lag's own quantiles; many Chinese papers reuse the variable's quartile thresholds for the lag, which gives other matrices.",
      zh: '每个滞后类型对应一个矩阵。若单元向上或向下转移的概率随其邻居类型而变，说明空间因素起作用：富裕的邻居带动向上，贫困的邻居拖累。Bickenbach 与 Bode 的同质性检验把条件矩阵与整体矩阵比较（LR 和 Q 统计量，服从自由度为 Σ_i (b_i − 1)(A_i − 1) 的卡方分布）；p 值很小说明邻域改变了转移概率。本工具与 giddy 一样按空间滞后自身的分位数划分滞后类型；许多中文文献沿用变量本身的四分位切点来划分滞后，得到的矩阵不同。',
    },
    source: 'Rey (2001); Bickenbach & Bode (2003)',
    related: ['markov-chain', 'spatial-weights', 'morans-i', 'lisa'],
    functions: ['MARKOV_TRANSITION'],
    templates: [TEMPLATE],
    aliases: ['spatial-markov-chain', 'homogeneity-test'],
    keywords: ['spatial Markov', 'spatial lag', 'conditional', 'homogeneity', 'LR', 'Q', 'Bickenbach', '空间马尔可夫', '空间马尔科夫', '空间滞后', '同质性检验', '邻域'],
  },
];
