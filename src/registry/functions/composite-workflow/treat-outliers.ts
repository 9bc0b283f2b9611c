import { treatOutliers, TREAT_REPORT_HEADER } from '../../../core/composite-workflow/treat-outliers';
import { COMPOSITE_WORKFLOW } from '../../categories';
import type { FunctionSpec } from '../../types';

/** The reference vectors treat_x1 and treat_x2 (tests/fixtures/vectors/analysis/composite_indicator_tools.json). */
const X1 = [1.2, 1.5, 1.7, 2, 2.1, 2.3, 2.4, 2.8, 3, 3.1, 3.3, 3.9, 4.2, 5, 14.5, 22];
const X2 = [0.5, 0.6, 0.7, 0.8, 0.9, 1, 1.1, 1.2, 1.3, 1.4, 1.5, 60, 80, 95, 120, 150, 170, 200];
const HEADER = [...TREAT_REPORT_HEADER];

export const treatOutliersSpec: FunctionSpec = {
  name: 'TREAT_OUTLIERS',
  category: COMPOSITE_WORKFLOW,
  description: {
    en: "COINr's default outlier treatment, indicator by indicator: winsorise the values that make a column too skewed and heavy-tailed, or log-transform it; the treated data or a report.",
    zh: 'COINr 默认的异常值处理，逐个指标进行：对偏度和峰度过大的列做缩尾处理，不行则做对数变换；返回处理后的数据或处理报告。',
  },
  help: {
    en:
      "COINr's default treatment (Treat: winsorise, then log_CT, judged by check_SkewKurt), column by column on the values present. " +
      "Skewness and excess kurtosis as COINr computes them (e1071 type 2, the same as Excel's SKEW and KURT): with d = x − mean over the n values present, skewness = √n Σd³ / (Σd²)^(3/2) × √(n(n − 1)) / (n − 2) (n ≥ 3), kurtosis = ((n + 1)(r − 3) + 6)(n − 1) / ((n − 2)(n − 3)) with r = n Σd⁴ / (Σd²)² (n ≥ 4). " +
      'A column passes when |skewness| < skewness (default 2) or kurtosis < kurtosis (default 3.5), so it is treated while |skewness| ≥ skewness and kurtosis ≥ kurtosis. ' +
      'Winsorising: on the side of the skew (skewness ≥ 0: the highest values, otherwise the lowest), every value tied at the extreme is set to the next value in; this is repeated until the column passes or maxPoints (default 5) values have been winsorised. Values are counted one by one, tied values included, as COINr counts them, so a step that moves several tied values can take the count past maxPoints. ' +
      "If the column still fails, the winsorising is dropped and the original column is log-transformed with COINr's log_CT, ln(x − min + 0.01 (max − min)); that is the result even if it still fails the test (as in COINr; the report shows it). " +
      'output "data" (default): the treated data, the same shape as data. output "report": a header row column, skewness before, kurtosis before, winsorised, log, skewness after, kurtosis after, then one row per column of data: its number (1 for the first column), the statistics before and after, the number of values winsorised (0 when the log was used) and whether log_CT was used (TRUE/FALSE). ' +
      'Left untreated, as COINr leaves them: a column with fewer than 3 values, a constant column, and a column that winsorising would make constant (every value tied, skewness 0/0: look at it by hand). A column of 3 values has no kurtosis and always passes (|skewness| < 2). In the report an undefined statistic is an error in its own cell: #N/A for fewer than 3 values (skewness) or 4 (kurtosis), #DIV/0! for a constant column; a column left untreated because winsorising would tie every value has #DIV/0! in its winsorised cell. ' +
      'Blank cells are missing: they are left out of the statistics and stay blank in the result. An empty cell reads as blank on every platform. Text in data is #VALUE!, never 0. ' +
      'Errors: skewness below 0, or maxPoints not a whole number ≥ 0, #NUM!; an unknown output #VALUE!. ' +
      'Checked against the reference vectors treat_x1 and treat_x2 (COINr code) and an independent R computation with e1071 and the COINr rules written out (tests/fixtures/composite-workflow/treatment.R). Source: COINr v1.1.14 (bluefoxr/COINr), R/treat.R; JRC COIN Tool.',
    zh:
      'COINr 的默认处理方法（Treat：先缩尾 winsorise，再对数变换 log_CT，以 check_SkewKurt 判断），逐列对非空数值进行。' +
      '偏度与超额峰度按 COINr 的算法（e1071 的 type 2，与 Excel 的 SKEW 和 KURT 相同）：d = x − 均值（对 n 个非空值），偏度 = √n Σd³ / (Σd²)^(3/2) × √(n(n − 1)) / (n − 2)（n ≥ 3），峰度 = ((n + 1)(r − 3) + 6)(n − 1) / ((n − 2)(n − 3))，其中 r = n Σd⁴ / (Σd²)²（n ≥ 4）。' +
      '当 |偏度| < skewness（默认 2）或峰度 < kurtosis（默认 3.5）时该列通过，即在 |偏度| ≥ skewness 且峰度 ≥ kurtosis 时进行处理。' +
      '缩尾：在偏斜的一侧（偏度 ≥ 0 时为最大值一侧，否则为最小值一侧），把所有并列于极值的数值改为向内的下一个数值；重复进行，直到该列通过或已缩尾 maxPoints（默认 5）个数值。计数与 COINr 相同，逐个计算，并列的数值各计一次，因此一次移动多个并列数值可能使计数超过 maxPoints。' +
      '若仍未通过，则放弃缩尾，对原始列做 COINr 的 log_CT 变换 ln(x − min + 0.01 (max − min))；即使变换后仍未通过也返回该结果（与 COINr 相同，报告中可以看到）。' +
      'output 为 "data"（默认）时返回处理后的数据，形状与 data 相同。output 为 "report" 时返回表头 column、skewness before、kurtosis before、winsorised、log、skewness after、kurtosis after，随后 data 的每列一行：列号（第一列为 1）、处理前后的统计量、缩尾的数值个数（采用对数变换时为 0）以及是否采用了 log_CT（TRUE/FALSE）。' +
      '与 COINr 一样不作处理的情形：非空值少于 3 个的列、常数列，以及缩尾会使所有数值相同的列（偏度为 0/0，请人工检查）。只有 3 个数值的列没有峰度，且总能通过（|偏度| < 2）。报告中无定义的统计量只在其所在单元格返回错误：数值少于 3 个（偏度）或 4 个（峰度）时为 #N/A，常数列为 #DIV/0!；因缩尾会使所有数值相同而未处理的列，其 winsorised 单元格为 #DIV/0!。' +
      '空白单元格为缺失值：不参与统计，在结果中仍为空白。各平台上空单元格均按空白读取。data 中出现文本时返回 #VALUE!，绝不当作 0。' +
      '错误：skewness 小于 0，或 maxPoints 不是不小于 0 的整数时返回 #NUM!；output 无法识别时返回 #VALUE!。' +
      '已与参考向量 treat_x1 和 treat_x2（COINr 代码）以及用 e1071 和逐条写出的 COINr 规则在 R 中独立计算的结果核对（tests/fixtures/composite-workflow/treatment.R）。来源：COINr v1.1.14（bluefoxr/COINr）R/treat.R；JRC COIN Tool。',
  },
  params: [
    {
      name: 'data',
      type: 'number',
      shape: 'matrix',
      blanks: 'missing',
      description: {
        en: 'Units in rows, indicators in columns; each column is treated on its own; blank cells are missing and stay blank.',
        zh: '单位为行，指标为列；每列单独处理；空白单元格为缺失值，结果中仍为空白。',
      },
    },
    {
      name: 'skewness',
      type: 'number',
      shape: 'scalar',
      optional: true,
      default: 2,
      min: 0,
      description: {
        en: 'The limit on |skewness| (default 2): a column whose |skewness| is below it passes.',
        zh: '|偏度| 的临界值（默认 2）：|偏度| 低于它的列通过。',
      },
    },
    {
      name: 'kurtosis',
      type: 'number',
      shape: 'scalar',
      optional: true,
      default: 3.5,
      description: {
        en: 'The limit on the excess kurtosis (default 3.5): a column whose kurtosis is below it passes.',
        zh: '超额峰度的临界值（默认 3.5）：峰度低于它的列通过。',
      },
    },
    {
      name: 'maxPoints',
      type: 'number',
      shape: 'scalar',
      optional: true,
      default: 5,
      min: 0,
      description: {
        en: 'The most values winsorised in a column before the log is used instead (default 5; 0: the log at once).',
        zh: '每列最多缩尾的数值个数，超过后改用对数变换（默认 5；为 0 时直接做对数变换）。',
      },
    },
    {
      name: 'output',
      type: 'option',
      shape: 'scalar',
      optional: true,
      default: 'data',
      options: ['data', 'report'],
      description: {
        en: '"data" (default: the treated data) or "report" (one row per column: what was done).',
        zh: '"data"（默认，处理后的数据）或 "report"（每列一行，说明所作处理）。',
      },
    },
  ],
  result: {
    shape: 'matrix',
    header: false,
    description: {
      en: 'The treated data, same shape as data; or, with output "report", a header row and one row per column.',
      zh: '处理后的数据，形状与 data 相同；output 为 "report" 时为表头加每列一行。',
    },
  },
  glossary: ['winsorisation', 'skewness-kurtosis-rule', 'min-max-normalisation', 'composite-index'],
  examples: [
    {
      title: { en: 'Two high outliers: winsorised to the next value in, 5', zh: '两个偏高的异常值：缩尾至向内的下一个数值 5' },
      args: [X1.map((x) => [x])],
      expected: [1.2, 1.5, 1.7, 2, 2.1, 2.3, 2.4, 2.8, 3, 3.1, 3.3, 3.9, 4.2, 5, 5, 5].map((x) => [x]),
      tolerance: 1e-12,
      source: 'tests/fixtures/vectors/analysis/composite_indicator_tools.json, case treat_x1 (COINr code = Python re-implementation); R in tests/fixtures/composite-workflow/treatment.R agrees',
    },
    {
      title: {
        en: 'The report for two columns (the first with two blanks): two values winsorised; the second passes untouched',
        zh: '两列的处理报告（第一列有两个空白）：缩尾两个数值；第二列不经处理即通过',
      },
      args: [[...X1, null, null].map((x, i) => [x, X2[i]]), null, null, null, 'report'],
      expected: [
        HEADER,
        [1, 2.63621197078196, 6.66814223146002, 2, false, 0.390582477975627, -1.04295998391015],
        [2, 1.09409243134922, -0.224728237471586, 0, false, 1.09409243134922, -0.224728237471586],
      ],
      tolerance: 1e-12,
      source:
        'composite_indicator_tools.json, cases treat_x1 and treat_x2 (skewness, kurtosis, nwin); statistics after from e1071::skewness and kurtosis (type 2) in tests/fixtures/composite-workflow/treatment.R',
    },
    {
      title: {
        en: 'maxPoints 1: one value is not enough, so log_CT of the original column',
        zh: 'maxPoints 为 1：缩尾一个数值不够，因此对原始列做 log_CT 变换',
      },
      args: [X1.map((x) => [x]), null, null, 1, 'report'],
      expected: [HEADER, [1, 2.63621197078196, 6.66814223146002, 0, true, 0.393844304412934, 0.950365181437735]],
      tolerance: 1e-12,
      source: 'tests/fixtures/composite-workflow/treatment.R, case x1_maxpoints_1 (R with e1071; the same treated values as COINr b9682034 Treat.numeric with winmax = 1)',
    },
    {
      title: {
        en: 'Three values (no kurtosis: #N/A) and a constant column (0/0: #DIV/0!), both untreated',
        zh: '3 个数值（没有峰度，#N/A）与常数列（0/0，#DIV/0!），均不作处理',
      },
      args: [[[1, 4], [2, 4], [10, 4]], null, null, null, 'report'],
      expected: [
        HEADER,
        [1, 1.65231674033299, { error: '#N/A' }, 0, false, 1.65231674033299, { error: '#N/A' }],
        [2, { error: '#DIV/0!' }, { error: '#N/A' }, 0, false, { error: '#DIV/0!' }, { error: '#N/A' }],
      ],
      tolerance: 1e-12,
      source: 'tests/fixtures/composite-workflow/treatment.R, cases n3 and constant (e1071::skewness type 2 of 1, 2, 10; COINr returns NA for the rest)',
    },
  ],
  compute: treatOutliers,
};
