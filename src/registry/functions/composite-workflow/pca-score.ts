import { pcaScore } from '../../../core/composite-workflow/pca-score';
import { COMPOSITE_WORKFLOW } from '../../categories';
import type { FunctionSpec } from '../../types';
import { ALPHA_PCA_DATA } from './alpha-pca-example';

/** The cronbach_alpha_pca vector's data (8 units × 4 indicators). */
const DATA = ALPHA_PCA_DATA;

/** The same with row 4, column 3 blank (tests/fixtures/composite-workflow/checks.json, case vector_one_blank). */
const ONE_BLANK = DATA.map((row, i) => row.map((x, j) => (i === 3 && j === 2 ? null : x)));

export const pcaScoreSpec: FunctionSpec = {
  name: 'PCA_SCORE',
  category: COMPOSITE_WORKFLOW,
  description: {
    en: 'Principal component analysis of the indicators (columns) on their correlation matrix: a composite score per unit weighted by the eigenvalues, or the component scores, loadings or eigenvalues.',
    zh: '基于相关系数矩阵对各指标（列）做主成分分析：按特征值加权的每个单位的综合得分，或主成分得分、载荷、特征值。',
  },
  help: {
    en:
      'Each column is standardised, z = (x − mean)/sd with the sample sd (n − 1, STDEV.S), so the analysis is that of the correlation matrix R (R\'s prcomp(center = TRUE, scale. = TRUE), SPSS and Stata\'s pca on correlations). R = V Λ V\', eigenvalues λ₁ ≥ λ₂ ≥ … and unit eigenvectors v_k; the component scores are F_k = Z v_k, as the literature computes them from the loadings (prcomp\'s x). ' +
      'Sign: an eigenvector\'s sign is arbitrary (prcomp gives the first component of the example below all negative), so each is signed so that its largest-magnitude entry is positive; entries within 10⁻⁹ of the largest magnitude count as tied and the first of them (the leftmost column) decides. ' +
      'components: how many components to keep, a whole number from 1 to the number of columns; omitted, those with an eigenvalue above 1 (Kaiser\'s rule). An eigenvalue within 10⁻¹⁰·m of 1 counts as 1 and is not kept, so that rounding never decides. When no eigenvalue is above 1 the columns are uncorrelated, every direction is as principal as another, and the result is #N/A: give components. ' +
      'output "score" (default): one composite per unit, F = Σ (λ_k / Σλ) F_k, both sums over the kept components (the weighting of the Chinese literature\'s 主成分综合得分); "components": the n×k scores F_k; "loadings": the m×k eigenvectors (one row per indicator; multiply by √λ_k for the correlations of the indicators with the components); "eigenvalues": a header row component, eigenvalue, share, cumulative, then one row for every component (share = λ_k / Σλ, the part of the total variance Σλ = m; components is ignored). ' +
      'Eigenvalues below 10⁻¹⁰·m are reported as 0: with fewer complete rows than columns, or collinear columns, the correlation matrix is singular (n rows give at most n − 1 positive eigenvalues), and its zero eigenvalues come out of any solver as ±10⁻¹⁶. The eigenvectors of zero eigenvalues are not determined by the data, so components beyond the positive eigenvalues are #NUM!. Likewise, the eigenvectors of two (nearly) equal eigenvalues are not unique: any rotation within their plane fits the data as well, so their loadings and scores, and a score that keeps either, may differ from another program\'s; the eigenvalues do not. ' +
      'Blank cells: a row with a blank cell is left out (complete rows only, R\'s na.omit) and its cells of "score" and "components" are blank. An empty cell reads as blank on every platform. Text in data is #VALUE!. ' +
      'Errors: fewer than 2 columns, or fewer than 3 rows without a blank, #N/A; a column constant on those rows (sd 0), #DIV/0! naming it: remove it; components not a whole number from 1 to the number of columns, or beyond the positive eigenvalues, #NUM! (values at the ends of the range of doubles, below 1e-100 or above 1e100, are scaled by a power of two first, which changes nothing); more than 500 columns, #VALUE!. ' +
      'Method: Householder tridiagonalisation and the implicit QL algorithm, accurate to about 10⁻¹⁵. Sources: methods-analysis.md §8 (COINr\'s get_PCA uses prcomp\'s raw first-component loadings as weights); checked against R\'s prcomp and numpy (tests/fixtures/composite-workflow/checks.R).',
    zh:
      '先对每列标准化，z = (x − 均值)/标准差，标准差为样本标准差（n − 1，同 STDEV.S），因此分析的是相关系数矩阵 R（与 R 的 prcomp(center = TRUE, scale. = TRUE)、SPSS 以及 Stata 基于相关矩阵的 pca 相同）。R = V Λ V\'，特征值 λ₁ ≥ λ₂ ≥ …，v_k 为单位特征向量；主成分得分 F_k = Z v_k，与文献由载荷计算得分的做法相同（即 prcomp 的 x）。' +
      '符号：特征向量的符号是任意的（对下面的示例，prcomp 给出的第一主成分全为负），因此每个特征向量都取使其绝对值最大的分量为正的符号；与最大绝对值相差不超过 10⁻⁹ 的分量视为并列，由其中第一个（最左边的列）决定。' +
      'components：保留的主成分个数，为 1 到列数之间的整数；省略时保留特征值大于 1 的主成分（Kaiser 准则）。与 1 相差不超过 10⁻¹⁰·m 的特征值视为等于 1，不予保留，因而舍入误差不会影响取舍。没有特征值大于 1 时各列互不相关，任何方向都同样是主方向，结果为 #N/A：请给出 components。' +
      'output 为 "score"（默认）时，每个单位一个综合得分 F = Σ (λ_k / Σλ) F_k，两个求和都只对保留的主成分（即中文文献中的主成分综合得分）；"components" 返回 n×k 的主成分得分 F_k；"loadings" 返回 m×k 的特征向量（每个指标一行；乘以 √λ_k 即为指标与主成分的相关系数）；"eigenvalues" 返回表头 component、eigenvalue、share、cumulative，随后每个主成分一行（share = λ_k / Σλ，即占总方差 Σλ = m 的比例；此时忽略 components）。' +
      '小于 10⁻¹⁰·m 的特征值报告为 0：完整行少于列数或各列共线时，相关系数矩阵是奇异的（n 行至多给出 n − 1 个正特征值），任何求解器算出的零特征值都是 ±10⁻¹⁶ 量级。零特征值的特征向量不由数据决定，因此 components 超过正特征值个数时返回 #NUM!。同理，两个（几乎）相等的特征值的特征向量也不唯一：在它们所张成的平面内任意旋转都同样拟合数据，因此这两个主成分的载荷和得分（以及保留其中之一的综合得分）可能与其他软件不同；特征值则不受影响。' +
      '空白单元格：含空白单元格的行不参与分析（只用完整行，同 R 的 na.omit），其 "score" 和 "components" 结果为空白。各平台上空单元格均按空白读取。data 中有文本时返回 #VALUE!。' +
      '错误：少于 2 列，或没有空白的行少于 3 行时返回 #N/A；某列在这些行上为常数（标准差为 0）时返回 #DIV/0! 并指出该列，请删除该列；components 不是 1 到列数之间的整数或超过正特征值的个数时返回 #NUM!（处于双精度范围两端的数值，即小于 1e-100 或大于 1e100，会先乘以 2 的幂缩放，这不改变任何结果）；超过 500 列时返回 #VALUE!。' +
      '算法：Householder 三对角化与隐式 QL 算法，精度约为 10⁻¹⁵。来源：methods-analysis.md §8（COINr 的 get_PCA 以 prcomp 第一主成分的原始载荷为权重）；已与 R 的 prcomp 和 numpy 核对（tests/fixtures/composite-workflow/checks.R）。',
  },
  params: [
    {
      name: 'data',
      type: 'number',
      shape: 'matrix',
      blanks: 'missing',
      description: {
        en: 'Units in rows, indicators in columns (at least 2 columns and 3 rows without a blank); a row with a blank cell is left out.',
        zh: '单位为行，指标为列（至少 2 列、3 个没有空白的行）；含空白单元格的行不参与计算。',
      },
    },
    {
      name: 'components',
      type: 'number',
      shape: 'scalar',
      optional: true,
      min: 1,
      description: {
        en: 'The number of components to keep; omitted, those with an eigenvalue above 1 (Kaiser).',
        zh: '保留的主成分个数；省略时保留特征值大于 1 的主成分（Kaiser 准则）。',
      },
    },
    {
      name: 'output',
      type: 'option',
      shape: 'scalar',
      optional: true,
      default: 'score',
      options: ['score', 'components', 'loadings', 'eigenvalues'],
      description: {
        en: '"score" (default: the composite per unit), "components" (the scores F_k), "loadings" (the eigenvectors) or "eigenvalues" (with shares, header row).',
        zh: '"score"（默认：每个单位的综合得分）、"components"（主成分得分 F_k）、"loadings"（特征向量）或 "eigenvalues"（含方差贡献率，带表头）。',
      },
    },
  ],
  result: {
    shape: 'column',
    perUnit: { option: 'output', rows: ['score', 'components'], header: [] },
    description: {
      en: 'One score per unit (blank for a row with a blank cell); n×k component scores; m×k loadings; or the eigenvalue table under its header row.',
      zh: '每个单位一个得分（含空白单元格的行为空白）；n×k 的主成分得分；m×k 的载荷；或带表头的特征值表。',
    },
  },
  glossary: ['objective-weights', 'composite-index', 'z-score'],
  examples: [
    {
      title: { en: 'Eigenvalues and shares of 8 units × 4 indicators', zh: '8 个单位 × 4 个指标的特征值与方差贡献率' },
      args: [DATA, null, 'eigenvalues'],
      expected: [
        ['component', 'eigenvalue', 'share', 'cumulative'],
        [1, 3.60213576535217, 0.900533941338042, 0.900533941338042],
        [2, 0.243324624527024, 0.0608311561317559, 0.961365097469798],
        [3, 0.142325246816524, 0.0355813117041311, 0.996946409173929],
        [4, 0.0122143633042829, 0.00305359082607073, 1],
      ],
      tolerance: 1e-12,
      source:
        'tests/fixtures/vectors/analysis/composite_indicator_tools.json, case cronbach_alpha_pca (sdev² and var_explained, R prcomp); full digits from R prcomp in tests/fixtures/composite-workflow/checks.json, case vector',
    },
    {
      title: { en: 'Loadings of the first component (prcomp\'s, signed positive)', zh: '第一主成分的载荷（prcomp 的结果，符号取正）' },
      args: [DATA, 1, 'loadings'],
      expected: [[0.5211223148], [0.4956943266], [0.5026979027], [0.4795972125]],
      tolerance: 1e-9,
      source: 'tests/fixtures/vectors/analysis/composite_indicator_tools.json, case cronbach_alpha_pca, pc1_loadings (all negative there) times −1 by the sign rule',
    },
    {
      title: { en: 'Composite scores, Kaiser keeps one component; the row with a blank is blank', zh: '综合得分，Kaiser 准则保留一个主成分；含空白的行为空白' },
      args: [ONE_BLANK],
      expected: [[1.30604514497471], [-0.956449891450687], [0.663133120760443], [''], [-1.58256561047987], [2.92007640959891], [0.355020406454632], [-2.70525957985814]],
      tolerance: 1e-12,
      source: 'R prcomp(na.omit(x), scale. = TRUE): tests/fixtures/composite-workflow/checks.json, case vector_one_blank (checks.R)',
    },
    {
      title: { en: 'A constant column cannot be standardised: #DIV/0!', zh: '常数列无法标准化：#DIV/0!' },
      args: [DATA.map((row) => [row[0], 1, row[2]])],
      expected: [[{ error: '#DIV/0!' }]],
      source: 'catalogue error table: a zero denominator (sd 0)',
    },
  ],
  compute: (data, components, output) => pcaScore(data, components, output),
};
