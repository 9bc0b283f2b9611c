/**
 * The composite-indicator workflow (catalogue section 11): treating outliers,
 * filling gaps, the index structure, the checks of an indicator set (PCA,
 * Cronbach's alpha, correlations), grey relational analysis and VIKOR as
 * alternative rankings, and the variance-based sensitivity of the index to
 * its methodological choices. Each term says which option of the functions
 * reproduces which convention of COINr, the JRC COIN Tool and the papers.
 */
import type { Term } from './types';

/** The template that shows the treatment, interpolation, structure and sensitivity steps. */
const TEMPLATE = 'nqp-index';
const COINR = 'COINr (Becker et al. 2022)';
const HANDBOOK = 'OECD & JRC (2008)';

export const workflowTerms: Term[] = [
  // Treatment and gaps
  {
    id: 'winsorisation',
    category: 'method',
    name: { en: 'Winsorisation (outlier treatment)', zh: '缩尾处理（异常值处理）' },
    definition: {
      en: 'Pulling the most extreme values of an indicator in to the next value, so that a few outliers do not dominate its normalised scores and its weight.',
      zh: '把指标中最极端的数值收缩到相邻的次极值，使少数异常值不致主导该指标的标准化得分及其权重。',
    },
    explanation: {
      en: 'Min-max scores and entropy weights are driven by the extremes: one region far ahead squeezes every other region towards 0 and inflates the indicator\'s weight. TREAT_OUTLIERS follows COINr\'s default rule, column by column. A column is treated only when it fails the skewness-kurtosis test (|skew| ≥ 2 and excess kurtosis ≥ 3.5). Then, on the side of the skew (the top for positive skew, the bottom for negative), the values at the extreme are set to the next value in, step by step, until the column passes or maxPoints values (default 5) have been moved; tied values count one by one, as COINr counts them. If the column still fails, the winsorised values are discarded and the original column is log-transformed instead: ln(x − min + 0.01·(max − min)), COINr\'s log_CT. Both treatments keep the order of the values, so directions still hold. output "report" lists per column the statistics before and after, how many values were winsorised and whether the log was used. Fixed-percentile clipping (Stata\'s winsor2 at 1% and 99%, common in panel regressions) is a different rule: it touches every column, skewed or not.',
      zh: '极差标准化得分和熵权都由极端值决定：一个遥遥领先的地区会把其他地区都压向 0，并抬高该指标的权重。TREAT_OUTLIERS 按 COINr 的默认规则逐列处理。只有未通过偏度–峰度检验（|偏度| ≥ 2 且超额峰度 ≥ 3.5）的列才处理。处理时，在偏斜一侧（正偏为最大端，负偏为最小端）把处于极值的数值逐步设为向内的下一个数值，直到该列通过或已移动 maxPoints 个数值（默认 5）；与 COINr 一样，并列的数值逐个计数。若仍未通过，则放弃缩尾结果，改对原始列取对数：ln(x − min + 0.01·(max − min))，即 COINr 的 log_CT。两种处理都不改变数值的大小顺序，因此指标方向仍然适用。output 取 "report" 时逐列给出处理前后的统计量、缩尾的个数以及是否取对数。按固定分位数截尾（如面板回归中常用的 Stata winsor2 在 1% 和 99% 处截尾）是另一种规则：它对每一列都处理，不论是否偏斜。',
    },
    source: `Dixon (1960); ${COINR}; ${HANDBOOK}`,
    related: ['skewness-kurtosis-rule', 'min-max-normalisation', 'entropy-weight-method', 'imputation', 'composite-index'],
    functions: ['TREAT_OUTLIERS'],
    templates: [TEMPLATE],
    aliases: ['winsorization', 'outlier-treatment', 'winsorising', 'log-transformation'],
    keywords: ['winsorise', 'winsorize', 'outlier', 'outliers', 'treatment', 'log_CT', 'winsor2', 'extreme values', '缩尾处理', '缩尾', '异常值', '离群值', '极端值', '对数变换'],
  },
  {
    id: 'skewness-kurtosis-rule',
    category: 'method',
    name: { en: 'Skewness and kurtosis rule (outlier test)', zh: '偏度与峰度判别规则（异常值检验）' },
    definition: {
      en: 'The test that decides whether an indicator needs outlier treatment: it does when |skewness| ≥ 2 and excess kurtosis ≥ 3.5 at the same time.',
      zh: '判断指标是否需要异常值处理的检验：当 |偏度| ≥ 2 且超额峰度 ≥ 3.5 同时成立时需要处理。',
    },
    explanation: {
      en: 'With d = x − x̄ over the n values of a column, skew = √n·Σd³/(Σd²)^(3/2) · √(n(n−1))/(n−2) and excess kurtosis = ((n+1)(r − 3) + 6)(n−1)/((n−2)(n−3)), where r = n·Σd⁴/(Σd²)². These are the bias-adjusted sample statistics (type 2 of R\'s e1071, which COINr uses; scipy with bias=False; SAS and SPSS), and they equal Excel\'s SKEW and KURT, so a column can be checked by hand. A column passes when either statistic is below its threshold: a long tail alone, or a peaked but symmetric distribution, is left as it is. The thresholds are the skewness and kurtosis arguments of TREAT_OUTLIERS (defaults 2 and 3.5, COINr\'s). Skewness needs at least 3 values and kurtosis at least 4; with a dozen or so regions one outlier is enough to fail the test.',
      zh: '设 d = x − x̄（一列共 n 个值），偏度 = √n·Σd³/(Σd²)^(3/2) · √(n(n−1))/(n−2)，超额峰度 = ((n+1)(r − 3) + 6)(n−1)/((n−2)(n−3))，其中 r = n·Σd⁴/(Σd²)²。这是经偏差校正的样本统计量（R 包 e1071 的第 2 类，COINr 采用；scipy 取 bias=False；SAS 与 SPSS 亦同），与 Excel 的 SKEW 和 KURT 相等，因此可以手工核对。只要有一个统计量低于其阈值，该列即通过检验：只有长尾、或尖峰但对称的分布都保持不变。阈值即 TREAT_OUTLIERS 的 skewness 和 kurtosis 参数（默认 2 和 3.5，与 COINr 相同）。偏度至少需要 3 个值，峰度至少需要 4 个值；只有十几个地区时，一个异常值就足以使检验不通过。',
    },
    source: `Joanes & Gill (1998); ${COINR}`,
    related: ['winsorisation', 'z-score'],
    functions: ['TREAT_OUTLIERS'],
    templates: [TEMPLATE],
    aliases: ['skewness', 'kurtosis', 'skew-kurtosis-test'],
    keywords: ['skewness', 'kurtosis', 'excess kurtosis', 'e1071', 'type 2', 'SKEW', 'KURT', 'check_SkewKurt', '偏度', '峰度', '超额峰度', '偏态'],
  },
  {
    id: 'imputation',
    category: 'method',
    name: { en: 'Imputation of missing values', zh: '缺失值插补' },
    definition: {
      en: 'Filling the blank cells of an indicator table with an estimate, here the mean or median of the indicator, over all units or within the unit\'s group.',
      zh: '用估计值填补指标表中的空白单元格，这里取该指标的均值或中位数，可在全部单位中或在单位所属的组内计算。',
    },
    explanation: {
      en: 'IMPUTE fills each blank of a column with that column\'s "mean" (default) or "median"; "group-mean" and "group-median" use only the units of the same group (for example the region), as COINr\'s i_mean_grp and i_median_grp do. A column or group with no value at all gives #N/A in its blanks. Filled cells shrink the spread of the indicator and so change the entropy and CRITIC weights: say how many cells were imputed, and prefer the median for skewed indicators. For a series over time, INTERPOLATE between the neighbouring years is usually the better estimate. An empty cell reads as blank on every platform.',
      zh: 'IMPUTE 用该列的 "mean"（均值，默认）或 "median"（中位数）填补该列的每个空白；"group-mean" 和 "group-median" 只用同组单位（如同一地区）的数值，与 COINr 的 i_mean_grp、i_median_grp 一致。某列或某组没有任何数值时，其空白处为 #N/A。填补会缩小指标的离散程度，从而改变熵权和 CRITIC 权重：应说明插补了多少个单元格，偏斜的指标宜用中位数。对时间序列，在相邻年份之间用 INTERPOLATE 插值通常是更好的估计。各平台上空单元格均按空白读取。',
    },
    source: `${HANDBOOK}; ${COINR}`,
    related: ['interpolation', 'winsorisation', 'composite-index', 'weighted-aggregation'],
    functions: ['IMPUTE'],
    templates: [],
    aliases: ['missing-values', 'mean-imputation', 'missing-data'],
    keywords: ['impute', 'missing', 'blank', 'mean imputation', 'median', 'group mean', 'i_mean', '缺失值插补', '缺失值', '插补', '均值插补', '中位数', '组均值'],
  },
  {
    id: 'interpolation',
    category: 'method',
    name: { en: 'Linear interpolation of time series', zh: '线性插值（时间序列）' },
    definition: {
      en: 'Filling a missing year of a unit\'s series on the straight line between the nearest known years before and after it.',
      zh: '用某单位前后最近的已知年份之间的直线填补其序列中缺失的年份。',
    },
    explanation: {
      en: 'A blank k rows after a known value a and j rows before the next known value b gets a + (b − a)·k/(k + j). INTERPOLATE takes one row per period in order, so rows count as equally spaced periods: a missing year must keep its row. With units (a long panel, one row per unit and year) each unit\'s rows are filled separately and never from another unit; several columns are filled independently. The ends option says what happens before the first and after the last known value: "blank" (default) leaves them blank, "nearest" repeats the first or last known value (COINr\'s linear-constant panel imputation), "extrapolate" continues the line through the two nearest known values, which can leave the indicator\'s range (a negative share, for example). Interpolation is a common way for NQP papers to fill gaps in provincial yearbook series before building the index.',
      zh: '某空白位于已知值 a 之后 k 行、下一个已知值 b 之前 j 行时，取 a + (b − a)·k/(k + j)。INTERPOLATE 要求每期一行并按时间排序，各行视为等间隔的时期：缺失的年份也必须保留其行。给出 units 时（长面板，每个单位每年一行），各单位的行分别填补，绝不借用其他单位的数值；多列则各自独立填补。ends 选项规定首个已知值之前和末个已知值之后的处理："blank"（默认）保持空白，"nearest" 重复首个或末个已知值（即 COINr 面板插补的 linear-constant），"extrapolate" 沿最近两个已知值连成的直线外推，可能超出指标的取值范围（例如出现负的占比）。新质生产力文献在构建指数前，常用插值法补齐省级统计年鉴序列中的缺口。',
    },
    source: `${COINR}; common practice of provincial panel studies`,
    related: ['imputation', 'panel-normalisation', 'composite-index'],
    functions: ['INTERPOLATE'],
    templates: [TEMPLATE],
    aliases: ['linear-interpolation', 'panel-interpolation'],
    keywords: ['interpolate', 'linear interpolation', 'gap filling', 'extrapolate', 'time series', 'long panel', 'impute_panel', '线性插值', '插值法', '外推', '面板数据', '缺失年份'],
  },
  // Structure
  {
    id: 'index-structure',
    category: 'method',
    name: { en: 'Index structure (indicator system)', zh: '指标体系（层级结构）' },
    definition: {
      en: 'The tree of an index: indicators grouped into dimensions (pillars) and the dimensions into the index, each node the weighted mean of its children.',
      zh: '指数的树状结构：指标归入维度（准则层），维度再合成指数（目标层），每个节点是其下级节点的加权平均。',
    },
    explanation: {
      en: 'An NQP index typically has three levels: indicators → the four elements (new labourers, new objects of labour, new means of labour, new infrastructure) → NQP. INDEX_TREE takes a structure table with one row per indicator and one column per level above it, naming the indicator\'s parent there. Indicators are normalised first (normalization "minmax" by direction, or "none" for scores already normalised); the weights of the children of each node are rescaled to sum to 1 within that node, and the nodes of one level combine with equal weight (COINr\'s hierarchical aggregation). method "arithmetic" lets strengths offset weaknesses, "geometric" only partly. The result has one column per node, lowest level first and the index last. This is not the same as one flat weighted sum: COMPOSITE_SCORE with entropy weights gives each element the sum of its indicators\' weights, while INDEX_TREE gives the four elements equal weight. Papers use both; say which.',
      zh: '新质生产力指数通常分三层：指标 → 四要素（新型劳动者、新型劳动对象、新型劳动资料、新型基础设施）→ 新质生产力。INDEX_TREE 接受一张结构表：每个指标一行，其上每一层一列，写明该指标在该层的上级节点。指标先标准化（normalization 取 "minmax" 时按方向做极差标准化，已标准化的得分取 "none"）；各节点下级的权重在该节点内重新归一为 1，同一层的节点之间等权合成（即 COINr 的分层合成）。method 取 "arithmetic" 时强项可以完全弥补弱项，取 "geometric" 时只能部分弥补。结果每个节点一列，最低层在前，指数在最后。这与一次性的加权求和不同：COMPOSITE_SCORE 用熵权时各要素的权重为其指标权重之和，而 INDEX_TREE 对四要素等权。文献两种做法都有，应说明所用的做法。',
    },
    source: `${HANDBOOK}; ${COINR}; the elements as in Huang (2024)`,
    related: ['composite-index', 'weighted-aggregation', 'nqp-elements', 'min-max-normalisation', 'cronbach-alpha', 'correlation-check'],
    functions: ['INDEX_TREE'],
    templates: [TEMPLATE],
    aliases: ['indicator-system', 'hierarchical-aggregation', 'index-tree'],
    keywords: ['indicator framework', 'hierarchy', 'pillar', 'dimension', 'sub-index', 'tree', 'levels', '指标体系', '一级指标', '二级指标', '三级指标', '准则层', '目标层', '分层合成'],
  },
  // Checks of the indicator set
  {
    id: 'pca-weighting',
    category: 'method',
    name: { en: 'Principal component analysis (PCA score)', zh: '主成分分析（主成分综合得分）' },
    definition: {
      en: 'A composite built from the principal components of the standardised indicators, each component weighted by its share of the explained variance.',
      zh: '由标准化指标的主成分构成的综合得分，各主成分按其解释方差的份额加权。',
    },
    explanation: {
      en: 'PCA_SCORE standardises each indicator with the sample standard deviation, so the analysis is of the correlation matrix, and takes its eigenvalues λ_k and unit eigenvectors v_k. It keeps the components with λ > 1 (Kaiser\'s rule), or the number given in components. The component scores are F_k = Z·v_k and the composite is F = Σ (λ_k/Σλ)·F_k, both sums over the kept components: the form of the Chinese evaluation literature. SPSS shows loadings a_jk = v_jk·√λ_k; dividing a column by √λ_k gives the eigenvector, which output "loadings" returns. The sign of an eigenvector is arbitrary and differs between programs, so each is signed with its largest-magnitude entry positive; check that the first component then rises with development. PCA_SCORE has no directions: turn cost indicators round first. F has mean 0, so negative scores are normal. COINr instead uses the raw first-component loadings as indicator weights, which it warns can be negative.',
      zh: 'PCA_SCORE 用样本标准差标准化各指标，因此分析的是相关系数矩阵，并求出其特征值 λ_k 和单位特征向量 v_k。保留 λ > 1 的主成分（Kaiser 准则），或按 components 给定的个数保留。主成分得分为 F_k = Z·v_k，综合得分为 F = Σ (λ_k/Σλ)·F_k，两处求和都只对保留的主成分：这是中文评价文献的做法。SPSS 给出的载荷为 a_jk = v_jk·√λ_k，把一列除以 √λ_k 即得特征向量，output 取 "loadings" 时返回的就是它。特征向量的符号是任意的，各软件不同，因此统一令每个特征向量中绝对值最大的元素为正；应检查第一主成分是否随发展水平上升。PCA_SCORE 没有方向参数：应先把负向指标转为正向。F 的均值为 0，出现负分是正常的。COINr 则把第一主成分的原始载荷直接作为指标权重，并提示其可能为负。',
    },
    source: 'Pearson (1901); Hotelling (1933); Kaiser (1960)',
    related: ['objective-weights', 'correlation-check', 'cronbach-alpha', 'z-score', 'composite-index'],
    functions: ['PCA_SCORE'],
    templates: [],
    aliases: ['pca', 'principal-component-analysis', 'pca-score', 'pca-weights'],
    keywords: ['PCA', 'principal components', 'eigenvalue', 'Kaiser', 'loadings', 'variance explained', 'factor analysis', '主成分分析', '主成分', '特征值', '载荷', '方差贡献率', '因子分析'],
  },
  {
    id: 'cronbach-alpha',
    category: 'method',
    name: { en: "Cronbach's alpha", zh: '克朗巴哈系数（Cronbach’s α）' },
    definition: {
      en: 'A measure of how consistently the indicators of one dimension move together: α = k/(k − 1)·(1 − Σ s_j²/s_T²).',
      zh: '衡量同一维度各指标变动一致程度的系数：α = k/(k − 1)·(1 − Σ s_j²/s_T²)。',
    },
    explanation: {
      en: 'k is the number of indicators, s_j² the variance of indicator j and s_T² the variance of the units\' totals over the k indicators; equivalently α = k²·(mean covariance between two different indicators)/(sum of all entries of the covariance matrix). CRONBACH_ALPHA computes this raw alpha on the data as given, as COINr\'s get_cronbach and the raw_alpha of R\'s psych do, but over complete rows only: those tools use pairwise covariances, which differ when there are blanks. Indicators on very different scales let the largest one dominate; normalise them first (with z-scores the raw alpha equals the standardised alpha). Values of about 0.7 or more are usually read as acceptable. A low alpha is a reason to look at the correlations, not proof of a bad dimension: the elements of an index are built from complementary indicators, which need not move together.',
      zh: 'k 为指标个数，s_j² 为指标 j 的方差，s_T² 为各单位 k 个指标之和的方差；等价地，α = k²·（两个不同指标之间协方差的平均）/（协方差矩阵全部元素之和）。CRONBACH_ALPHA 对原样给出的数据计算这一原始 α，与 COINr 的 get_cronbach 和 R 包 psych 的 raw_alpha 相同，但只用完整的行：这些工具使用成对协方差，有空白时结果不同。量纲差别很大的指标会使最大的指标起主导作用，应先标准化（用 z 分数时原始 α 等于标准化 α）。通常认为 0.7 左右及以上可以接受。α 偏低是查看相关系数的理由，而不能证明该维度不当：指数的要素由互补的指标构成，它们不一定同向变动。',
    },
    source: 'Cronbach (1951); Nunnally (1978)',
    related: ['correlation-check', 'index-structure', 'pca-weighting'],
    functions: ['CRONBACH_ALPHA'],
    templates: [],
    aliases: ['cronbachs-alpha', 'reliability', 'internal-consistency'],
    keywords: ['Cronbach', 'alpha', 'reliability', 'internal consistency', 'get_cronbach', 'psych', '克朗巴哈系数', '信度', '内部一致性', '信度检验'],
  },
  {
    id: 'correlation-check',
    category: 'method',
    name: { en: 'Correlation check of indicators', zh: '指标相关性检验' },
    definition: {
      en: 'Looking at the correlations between indicators to find duplicates, wrong directions and indicators that do not belong to their dimension.',
      zh: '通过指标之间的相关系数发现重复的指标、方向设错的指标以及不属于其维度的指标。',
    },
    explanation: {
      en: 'CORRELATION_MATRIX gives the m×m Pearson correlations ("pearson", default) or Spearman rank correlations ("spearman": Pearson of the ranks, robust to outliers and to monotone transformations), each pair over the rows where both values are present. Within a dimension, a correlation near 1 means two indicators measure the same thing and double-count it (COINr\'s get_corr_flags flags |r| ≥ 0.9 by default); a negative correlation between indicators of the same direction suggests a direction set wrongly or a trade-off worth reporting. Indicators that correlate more with another dimension than with their own may sit in the wrong place of the structure. CRITIC weights build on the same Pearson correlations. Treat outliers first: one extreme region can make an otherwise weak Pearson correlation look strong.',
      zh: 'CORRELATION_MATRIX 给出 m×m 的 Pearson 相关系数（"pearson"，默认）或 Spearman 秩相关系数（"spearman"：对秩计算 Pearson 相关，不受异常值和单调变换的影响），每一对指标只用两者都有数值的行。在同一维度内，相关系数接近 1 说明两个指标度量的是同一事物，会重复计算（COINr 的 get_corr_flags 默认标记 |r| ≥ 0.9）；同方向指标之间出现负相关，说明方向可能设错，或存在值得报告的此消彼长。与其他维度的相关性高于与本维度的指标，可能放错了位置。CRITIC 权重也以同样的 Pearson 相关系数为基础。应先处理异常值：一个极端地区就可能使原本很弱的 Pearson 相关显得很强。',
    },
    source: `Pearson (1895); Spearman (1904); ${HANDBOOK}`,
    related: ['critic', 'cronbach-alpha', 'index-structure', 'pca-weighting', 'indicator-direction', 'winsorisation'],
    functions: ['CORRELATION_MATRIX'],
    templates: [],
    aliases: ['correlation-matrix', 'correlation-analysis', 'collinearity'],
    keywords: ['correlation', 'Pearson', 'Spearman', 'rank correlation', 'collinearity', 'multicollinearity', 'redundancy', 'get_corr', '相关性检验', '相关系数', '相关分析', '共线性', '多重共线性'],
  },
  // Alternative rankings
  {
    id: 'grey-relational-analysis',
    category: 'method',
    name: { en: 'Grey relational analysis (GRA)', zh: '灰色关联分析' },
    definition: {
      en: 'Deng\'s measure of how closely one series follows another, point by point: ξ = (Δmin + ρΔmax)/(Δ + ρΔmax), averaged into a grade.',
      zh: '邓聚龙提出的、逐点衡量一个序列与另一序列接近程度的方法：ξ = (Δmin + ρΔmax)/(Δ + ρΔmax)，再平均为关联度。',
    },
    explanation: {
      en: 'Δ is the absolute difference between a series and the reference at one point, Δmin and Δmax the smallest and largest Δ over the whole comparison, and ρ the distinguishing coefficient, 0.5 by convention (any value in (0, 1]). The grade is the weighted (or plain) mean of the coefficients ξ. It has two uses, one function each. Evaluation, GREY_RELATION: the units are compared with the ideal unit, the best value of each indicator after min-max normalisation by direction, and the grade Σ w·ξ ranks them, like TOPSIS closeness. Correlation, GREY_CORRELATION (the grey correlation degree of the Chinese papers): a reference series, such as the NQP index or a coupling coordination degree over the years, is compared with candidate factor series, each first divided by its mean ("mean", default) or its first value ("initial"), or min-max normalised; the grades rank the factors as drivers. Some scripts (pyDecision) divide the grade by the number of alternatives: the ranks are the same, the values not.',
      zh: 'Δ 为某序列与参考序列在某一点上差值的绝对值，Δmin 和 Δmax 为整个比较中 Δ 的最小值和最大值，ρ 为分辨系数，惯例取 0.5（可取 (0, 1] 中任意值）。关联度为各关联系数 ξ 的加权（或简单）平均。它有两种用途，各对应一个函数。评价用途，GREY_RELATION：把各单位与理想单位（按方向极差标准化后各指标的最优值）比较，以关联度 Σ w·ξ 排序，作用类似 TOPSIS 贴近度。关联用途，GREY_CORRELATION（灰色关联度）：把参考序列（如历年新质生产力指数或耦合协调度）与候选因素序列比较，各序列先除以其均值（"mean"，默认）或首期值（"initial"），或做极差标准化；按关联度给各因素的驱动作用排序。有些脚本（如 pyDecision）把关联度除以备选方案个数：排名不变，数值不同。',
    },
    source: 'Deng (1982); Deng (1989)',
    related: ['topsis', 'ideal-solution', 'vikor', 'obstacle-degree', 'coupling-coordination', 'min-max-normalisation'],
    functions: ['GREY_RELATION', 'GREY_CORRELATION'],
    templates: [],
    aliases: ['gra', 'grey-relational-grade', 'grey-correlation', 'grey-relation', 'gray-relational-analysis'],
    keywords: ['GRA', 'grey relational grade', 'gray relational', 'distinguishing coefficient', 'rho', 'Deng', 'drivers', '灰色关联分析', '灰色关联度', '灰色关联', '关联系数', '分辨系数', '影响因素'],
  },
  {
    id: 'vikor',
    category: 'method',
    name: { en: 'VIKOR', zh: 'VIKOR 法（多准则妥协排序）' },
    definition: {
      en: 'A compromise ranking that balances a unit\'s total shortfall from the best values (S) against its worst single shortfall (R): Q = v·S̃ + (1 − v)·R̃, smaller is better.',
      zh: '兼顾单位与最优值的总差距（S）和其最大单项差距（R）的妥协排序：Q = v·S̃ + (1 − v)·R̃，越小越好。',
    },
    explanation: {
      en: 'With f*_j and f⁻_j the best and worst value of indicator j over the units (by direction), S_i = Σ_j w_j (f*_j − f_ij)/(f*_j − f⁻_j) is the group utility, R_i = max_j of the same terms the individual regret, and Q_i = v(S_i − S*)/(S⁻ − S*) + (1 − v)(R_i − R*)/(R⁻ − R*), with S*, S⁻, R*, R⁻ the best and worst S and R. v = 0.5 (default) weighs both equally; a larger v favours the majority of indicators, a smaller v punishes a unit\'s single weak spot, which makes VIKOR a short-board view of the ranking. VIKOR returns S, R and Q; Opricovic and Tzeng accept the best Q as a compromise if it leads the second by at least 1/(n − 1) and is also best by S or R, a check to make by hand. If all units tie on S or on R the ratio is 0/0.',
      zh: '设 f*_j 和 f⁻_j 为指标 j 在各单位中的最优值和最差值（按方向），S_i = Σ_j w_j (f*_j − f_ij)/(f*_j − f⁻_j) 为群体效用，R_i 为同样各项中的最大值，即个体遗憾，Q_i = v(S_i − S*)/(S⁻ − S*) + (1 − v)(R_i − R*)/(R⁻ − R*)，其中 S*、S⁻、R*、R⁻ 为 S 与 R 的最优值和最差值。v = 0.5（默认）对二者等权；v 越大越看重多数指标，v 越小越惩罚单位的单项短板，因此 VIKOR 给出的是一种“短板”视角的排序。VIKOR 返回 S、R 和 Q；按 Opricovic 与 Tzeng 的条件，Q 最优者领先第二名至少 1/(n − 1)，且按 S 或 R 也最优，才接受为妥协解，这一检验需手工完成。所有单位的 S 或 R 都相同时，比值为 0/0。',
    },
    source: 'Opricovic (1998); Opricovic & Tzeng (2004)',
    related: ['topsis', 'ideal-solution', 'grey-relational-analysis', 'short-board', 'entropy-weight-method'],
    functions: ['VIKOR'],
    templates: [],
    aliases: ['vikor-method', 'compromise-ranking'],
    keywords: ['VIKOR', 'compromise', 'group utility', 'individual regret', 'MCDM', 'multi-criteria', 'VIKOR法', '妥协解', '群体效用', '个体遗憾', '多准则决策'],
  },
  // Sensitivity
  {
    id: 'sobol-indices',
    category: 'method',
    name: { en: 'Sobol sensitivity indices (first order and total)', zh: 'Sobol 敏感性指数（一阶与总效应）' },
    definition: {
      en: 'The shares of the variance of a result due to each uncertain input alone (first order, S_i) and together with its interactions (total, S_Ti).',
      zh: '结果的方差中由各不确定输入单独引起的份额（一阶，S_i）和连同其交互作用引起的份额（总效应，S_Ti）。',
    },
    explanation: {
      en: 'S_i = Var(E[Y | X_i])/Var(Y) and S_Ti = E[Var(Y | X_~i)]/Var(Y). INDEX_SENSITIVITY follows COINr\'s get_sensitivity: each run draws, independently, the normalisation (min-max, z-score, percentile rank), the weighting (the given or equal weights, entropy, CRITIC), the aggregation (arithmetic, geometric) and a ±25% noise on each weight, and Y is the mean absolute shift of the units\' ranks from the nominal index. Output "ranks" is the uncertainty analysis: each unit\'s nominal rank, its median and 5th–95th percentile rank over the runs, and its mean shift. Output "indices" is the sensitivity analysis: S_i with the estimator of Saltelli et al. (2010) and S_Ti with Jansen\'s, on the A, B and AB_i sample matrices. With runs = N and d varying choices the indices take N(d + 2) builds of the index, the ranks 2N. Σ S_i ≤ 1, and S_Ti − S_i measures interactions; a choice with S_Ti near 0 does not matter for the ranking. With few runs S_i can come out slightly negative and S_Ti above 1: that is estimator noise, so raise runs. The same seed gives the same result everywhere; choices limits which of the four vary.',
      zh: 'S_i = Var(E[Y | X_i])/Var(Y)，S_Ti = E[Var(Y | X_~i)]/Var(Y)。INDEX_SENSITIVITY 采用 COINr 的 get_sensitivity 思路：每次运行独立抽取标准化方法（极差、z 分数、百分位秩）、赋权方法（给定权重或等权、熵权、CRITIC）、合成方法（算术、几何）以及各权重 ±25% 的扰动，Y 为各单位名次相对于基准指数的平均绝对变动。output 取 "ranks" 为不确定性分析：各单位的基准名次、各次运行中名次的中位数与 5%–95% 分位数及平均变动。取 "indices" 为敏感性分析：用 Saltelli 等（2010）的估计量求 S_i，用 Jansen 的估计量求 S_Ti，基于 A、B 与 AB_i 样本矩阵。设 runs = N、参与变动的选择有 d 项，则 indices 需构建指数 N(d + 2) 次，ranks 需 2N 次。Σ S_i ≤ 1，S_Ti − S_i 衡量交互作用；S_Ti 接近 0 的选择对排名无关紧要。运行次数较少时，S_i 可能略小于 0、S_Ti 可能大于 1：这是估计误差，应增加 runs。相同的 seed 在各处给出相同结果；choices 限定四项中哪些参与变动。',
    },
    source: 'Sobol′ (1993); Jansen (1999); Saltelli et al. (2010); Saisana, Saltelli & Tarantola (2005)',
    related: ['sensitivity-analysis', 'rank-uncertainty', 'composite-index', 'min-max-normalisation', 'entropy-weight-method', 'critic', 'weighted-aggregation'],
    functions: ['INDEX_SENSITIVITY'],
    templates: [TEMPLATE],
    aliases: ['sobol', 'global-sensitivity-analysis', 'variance-based-sensitivity', 'total-effect-index'],
    keywords: ['Sobol', 'first order', 'total effect', 'Saltelli', 'Jansen', 'global sensitivity', 'uncertainty analysis', 'Monte Carlo', 'get_sensitivity', 'Sobol指数', '敏感性分析', '不确定性分析', '全局敏感性', '一阶效应', '总效应'],
  },
];
