import { correlationMatrix } from '../../../core/composite-workflow/correlation-matrix';
import { COMPOSITE_WORKFLOW } from '../../categories';
import type { FunctionSpec } from '../../types';
import { ALPHA_PCA_DATA } from './alpha-pca-example';

/** The cronbach_alpha_pca vector's data (8 units × 4 indicators). */
const DATA = ALPHA_PCA_DATA;

/** tests/fixtures/composite-workflow/checks.json, case sparse (its first 4 columns): columns 1 and 2 share 2 rows; column 4 is constant on the rows where column 3 has a value. */
const SPARSE = [
  [1, null, 2, 5],
  [2, null, 1, 5],
  [3, 4, 4, 5],
  [4, 1, null, 6],
  [null, 2, null, 8],
  [null, 3, 3, 5],
  [null, 6, 5, 5],
];

export const correlationMatrixSpec: FunctionSpec = {
  name: 'CORRELATION_MATRIX',
  category: COMPOSITE_WORKFLOW,
  description: {
    en: 'The m×m matrix of correlations between the indicators (columns), Pearson or Spearman, on pairwise-complete rows.',
    zh: '各指标（列）两两之间的 m×m 相关系数矩阵，Pearson 或 Spearman，按成对完整的行计算。',
  },
  help: {
    en:
      'method "pearson" (default): r = Σ (x − x̄)(y − ȳ) / √(Σ (x − x̄)² Σ (y − ȳ)²), Excel\'s CORREL and PEARSON. "spearman": Pearson\'s r of the ranks, tied values sharing the average of their ranks (Excel\'s RANK.AVG), so it measures any monotone relation and is unchanged by a log or other increasing transformation. ' +
      'Use: the collinearity check of a composite indicator (COINr\'s get_corr; the OECD/JRC Handbook, step 4): indicators that correlate above about 0.9 within a dimension count the same thing twice; an indicator that correlates negatively with its dimension may have the wrong direction. ' +
      'Blank cells: each pair of columns uses the rows where both have a value (pairwise-complete, as R\'s cor(use = "pairwise.complete.obs") and pandas), and for "spearman" the ranks are taken among those rows, as R does. So the matrix may not be positive semi-definite when there are blanks. An empty cell reads as blank on every platform. Text in data is #VALUE!. ' +
      'Each cell stands alone: a pair with fewer than 3 rows in common is #N/A in its cell (two points always correlate ±1), a pair where a column is constant on their common rows is #DIV/0! in its cell (as CORREL; R gives NA), values at the ends of the range of doubles (below 1e-100 or above 1e100) are scaled by a power of two first, which changes no correlation, and the diagonal is 1 for a column with at least 3 values that vary. Values are kept within −1 and 1. ' +
      'Errors of the whole result: fewer than 3 rows, #N/A; more than 500 columns, #VALUE! (the matrix would exceed what Excel on the web returns). ' +
      'Sources: methods-analysis.md §8; checked against R\'s cor (tests/fixtures/composite-workflow/checks.R) and numpy\'s corrcoef.',
    zh:
      'method 为 "pearson"（默认）时，r = Σ (x − x̄)(y − ȳ) / √(Σ (x − x̄)² Σ (y − ȳ)²)，同 Excel 的 CORREL 和 PEARSON。"spearman" 为秩的 Pearson 相关系数，相同数值取其秩的平均值（同 Excel 的 RANK.AVG），因此衡量任意单调关系，对取对数等递增变换保持不变。' +
      '用途：综合指标的共线性检验（COINr 的 get_corr；OECD/JRC《构建综合指标手册》第 4 步）：同一维度内相关系数高于约 0.9 的指标相当于重复计算；与所在维度负相关的指标，方向可能设反了。' +
      '空白单元格：每对列只用两列都有数值的行（成对完整，同 R 的 cor(use = "pairwise.complete.obs") 和 pandas），"spearman" 的秩也在这些行内计算，与 R 相同。因此有空白时矩阵不一定半正定。各平台上空单元格均按空白读取。data 中有文本时返回 #VALUE!。' +
      '各单元格互不影响：共同有数值的行少于 3 行的一对列在其单元格返回 #N/A（两个点的相关系数总是 ±1），在共同行上有一列为常数的一对列在其单元格返回 #DIV/0!（同 CORREL；R 给出 NA），处于双精度范围两端的数值（小于 1e-100 或大于 1e100）会先乘以 2 的幂缩放，这不改变任何相关系数，至少有 3 个不全相同数值的列对角线为 1。结果保持在 −1 与 1 之间。' +
      '整个结果的错误：少于 3 行时返回 #N/A；超过 500 列时返回 #VALUE!（矩阵将超出网页版 Excel 可返回的大小）。' +
      '来源：methods-analysis.md §8；已与 R 的 cor（tests/fixtures/composite-workflow/checks.R）及 numpy 的 corrcoef 核对。',
  },
  params: [
    {
      name: 'data',
      type: 'number',
      shape: 'matrix',
      blanks: 'missing',
      description: {
        en: 'Units in rows, indicators in columns (at least 3 rows); blank cells are missing, pair by pair.',
        zh: '单位为行，指标为列（至少 3 行）；空白单元格为缺失值，逐对剔除。',
      },
    },
    {
      name: 'method',
      type: 'option',
      shape: 'scalar',
      optional: true,
      default: 'pearson',
      options: ['pearson', 'spearman'],
      description: {
        en: '"pearson" (default) or "spearman" (rank correlation, ties at their average rank).',
        zh: '"pearson"（默认）或 "spearman"（秩相关，相同数值取平均秩）。',
      },
    },
  ],
  result: {
    shape: 'matrix',
    header: false,
    description: {
      en: 'An m×m symmetric matrix with 1 on the diagonal, indicators in the order of the columns.',
      zh: 'm×m 的对称矩阵，对角线为 1，指标顺序与列相同。',
    },
  },
  glossary: ['composite-index', 'critic'],
  examples: [
    {
      title: { en: 'Pearson correlations of 4 indicators', zh: '4 个指标的 Pearson 相关系数' },
      args: [DATA],
      expected: [
        [1, 0.954255912354945, 0.943535101876771, 0.852170621688769],
        [0.954255912354945, 1, 0.838196329624827, 0.774025242875216],
        [0.943535101876771, 0.838196329624827, 1, 0.835913595373006],
        [0.852170621688769, 0.774025242875216, 0.835913595373006, 1],
      ],
      tolerance: 1e-12,
      source: 'R cor(x): tests/fixtures/composite-workflow/checks.json, case vector (checks.R), on the data of composite_indicator_tools.json, case cronbach_alpha_pca',
    },
    {
      title: { en: 'Spearman rank correlations of the same data', zh: '同一数据的 Spearman 秩相关系数' },
      args: [DATA, 'spearman'],
      expected: [
        [1, 20 / 21, 41 / 42, 37 / 42],
        [20 / 21, 1, 13 / 14, 16 / 21],
        [41 / 42, 13 / 14, 1, 19 / 21],
        [37 / 42, 16 / 21, 19 / 21, 1],
      ],
      tolerance: 1e-12,
      source: 'R cor(x, method = "spearman") in checks.json, case vector; by hand, 1 − 6Σd²/(n(n² − 1)) with n = 8 (no ties): e.g. Σd² = 4 for columns 1 and 2',
    },
    {
      title: { en: 'Blanks pair by pair: too few common rows is #N/A, a column constant on them #DIV/0!', zh: '逐对剔除空白：共同行太少为 #N/A，某列在共同行上为常数为 #DIV/0!' },
      args: [SPARSE],
      expected: [
        [1, { error: '#N/A' }, 0.654653670707977, 0.774596669241483],
        [{ error: '#N/A' }, 1, 0.981980506061966, -0.578152861550952],
        [0.654653670707977, 0.981980506061966, 1, { error: '#DIV/0!' }],
        [0.774596669241483, -0.578152861550952, { error: '#DIV/0!' }, 1],
      ],
      tolerance: 1e-12,
      source:
        'R cor(x, use = "pairwise.complete.obs"): checks.json, case sparse, columns 1–4 (R gives −1 for columns 1 and 2 from their 2 common rows, and NA for columns 3 and 4: column 4 is 5 on every row where column 3 has a value)',
    },
  ],
  compute: (data, method) => correlationMatrix(data, method),
};
