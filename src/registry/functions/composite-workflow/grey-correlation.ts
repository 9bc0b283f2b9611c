import { greyCorrelation } from '../../../core/composite-workflow/grey-correlation';
import { COMPOSITE_WORKFLOW } from '../../categories';
import type { FunctionSpec } from '../../types';

/** A fictional NQP index over 2012–2023 (tests/fixtures/composite-workflow/grey-vikor.json, reference). */
const NQP_INDEX = [[0.212], [0.231], [0.248], [0.262], [0.285], [0.301], [0.322], [0.338], [0.351], [0.379], [0.402], [0.425]];

/** Four fictional drivers over the same years: R&D intensity, digital economy share, energy intensity, patents. */
const DRIVERS = [
  [1.98, 18.5, 0.72, 520],
  [2.08, 19.9, 0.7, 610],
  [2.05, 21.2, 0.69, 590],
  [2.11, 23, 0.66, 700],
  [2.21, 25.1, 0.64, 820],
  [2.13, 27, 0.61, 790],
  [2.19, 29.5, 0.59, 880],
  [2.24, 31.8, 0.57, 1010],
  [2.4, 33, 0.56, 1080],
  [2.44, 35.9, 0.54, 1050],
  [2.54, 37.5, 0.52, 1220],
  [2.64, 39.6, 0.5, 1310],
];

export const greyCorrelationSpec: FunctionSpec = {
  name: 'GREY_CORRELATION',
  category: COMPOSITE_WORKFLOW,
  description: {
    en: 'Grey relational grade of each factor series (column) to a reference series, e.g. of the drivers of an index over the years: one row of grades in (0, 1], larger is closer.',
    zh: '各因素序列（列）与参考序列的灰色关联度，例如指数各驱动因素历年的关联度：一行关联度，取值 (0, 1]，越大越接近。',
  },
  help: {
    en:
      'Grey relational analysis in its correlation use (Deng 1982), as NQP papers rank the drivers of an index: reference is the series explained (n values, a column or a row), factors one series per column with the same n rows (rows are observations, e.g. years in order). ' +
      'Every series is first normalised on its own values present: normalization "mean" (default) x / x̄, "initial" x / x(1) with x(1) the value in the first row (the base period), or "minmax" (x − min)/(max − min). ' +
      'Then Δ_j(t) = |y₀(t) − x_j(t)|, with Δmin and Δmax over all factors and rows together; the coefficient ξ = (Δmin + ρΔmax)/(Δ + ρΔmax), and each factor\'s grade is the mean of its ξ over the rows. rho (distinguishing coefficient) default 0.5, in (0, 1]. ' +
      'A grade measures how alike the shapes of two curves are and is never negative: it does not say whether a factor moves with the index or against it (a factor that falls as the index rises gets a low grade, not a negative one); to compare a falling factor as a driver, enter it reversed, e.g. as its negative with "minmax". ' +
      'Blank cells: a row where the reference is blank is left out for every factor, and a blank factor cell leaves that row out for that factor only; each series\' mean, minimum and maximum are taken over its values present. A factor without a value in any row where the reference has one: #N/A in its cell. ' +
      'An empty cell reads as blank on every platform. ' +
      'Since Δmin and Δmax are shared by all factors, a series that cannot be normalised fails the whole call, naming it: a zero mean ("mean") or a zero first value ("initial") #DIV/0!; a negative one #NUM! (dividing by it turns the series upside down: use "minmax"); a blank first value with "initial" #N/A; a constant series with "minmax" #DIV/0!. ' +
      'Other errors: reference and factors with different numbers of rows #VALUE!; fewer than 2 rows, or a series with fewer than 2 values, #N/A; every Δ = 0 (every factor equals the reference after normalisation, to rounding) #DIV/0!; rho outside (0, 1] #NUM!. ' +
      'Source: methods-analysis.md §7; checked against separately written R code (tests/fixtures/composite-workflow/grey-vikor.R).',
    zh:
      '灰色关联分析的关联用法（邓聚龙 1982），即 NQP 论文对指数驱动因素排序的做法：reference 为被解释的参考序列（n 个值，一列或一行），factors 每列一个因素序列，行数同为 n（行为观测，例如按顺序排列的年份）。' +
      '每个序列先以自身的非空值做无量纲化：normalization 为 "mean"（默认）时 x / x̄，"initial" 时 x / x(1)，x(1) 为第一行的值（基期），"minmax" 时 (x − min)/(max − min)。' +
      '然后 Δ_j(t) = |y₀(t) − x_j(t)|，Δmin 与 Δmax 取所有因素、所有行的最小值与最大值；关联系数 ξ = (Δmin + ρΔmax)/(Δ + ρΔmax)，各因素的关联度为其 ξ 在各行上的平均值。rho 为分辨系数，默认 0.5，取值 (0, 1]。' +
      '关联度衡量的是两条曲线形状的相似程度，且不会为负：它不说明因素与指数同向还是反向变化（指数上升而因素下降时，关联度低而不是为负）；若要把下降的因素作为驱动因素比较，请先把它反向，例如在 "minmax" 下取其相反数。' +
      '空白单元格：参考序列为空白的行对所有因素都不计入；因素序列的空白单元格只使该行对该因素不计入；各序列的均值、最小值与最大值取自其非空值。在参考序列有值的行中都没有值的因素，其单元格返回 #N/A。' +
      '各平台上空单元格均按空白读取。' +
      '由于 Δmin 与 Δmax 为所有因素共用，任何一个序列无法无量纲化都会使整个公式出错并指明该序列：均值为 0（"mean"）或首值为 0（"initial"）返回 #DIV/0!；为负返回 #NUM!（除以负数会使序列上下颠倒，请改用 "minmax"）；"initial" 下首值为空白返回 #N/A；"minmax" 下序列为常数返回 #DIV/0!。' +
      '其他错误：reference 与 factors 行数不同返回 #VALUE!；少于 2 行或某序列少于 2 个数值返回 #N/A；所有 Δ 都为 0（无量纲化后每个因素都与参考序列相同，舍入误差之内）返回 #DIV/0!；rho 不在 (0, 1] 内返回 #NUM!。' +
      '来源：methods-analysis.md 第 7 节；已与独立编写的 R 代码核对(tests/fixtures/composite-workflow/grey-vikor.R)。',
  },
  params: [
    {
      name: 'reference',
      type: 'number',
      shape: 'vector',
      blanks: 'missing',
      description: {
        en: 'The reference series, n values (a column, or a row), e.g. an index over the years; blank cells are missing.',
        zh: '参考序列，n 个值（一列或一行），例如历年的指数；空白单元格为缺失值。',
      },
    },
    {
      name: 'factors',
      type: 'number',
      shape: 'matrix',
      blanks: 'missing',
      description: {
        en: 'One factor series per column, n rows aligned with the reference; blank cells are missing.',
        zh: '每列一个因素序列，共 n 行，与参考序列逐行对应；空白单元格为缺失值。',
      },
    },
    {
      name: 'rho',
      type: 'number',
      shape: 'scalar',
      optional: true,
      default: 0.5,
      above: 0,
      max: 1,
      description: {
        en: 'The distinguishing coefficient ρ, in (0, 1] (default 0.5).',
        zh: '分辨系数 ρ，取值 (0, 1]（默认 0.5）。',
      },
    },
    {
      name: 'normalization',
      type: 'option',
      shape: 'scalar',
      optional: true,
      default: 'mean',
      options: ['mean', 'initial', 'minmax'],
      description: {
        en: '"mean" (default: x / mean), "initial" (x / the first value) or "minmax".',
        zh: '"mean"（默认，均值化 x / 均值）、"initial"（初值化 x / 首值）或 "minmax"（极差化）。',
      },
    },
  ],
  result: {
    shape: 'row',
    description: { en: 'One grey relational grade per factor, in (0, 1], as a row.', zh: '每个因素一个灰色关联度，取值 (0, 1]，排成一行。' },
  },
  glossary: ['grey-relational-analysis', 'composite-index'],
  examples: [
    {
      title: { en: 'An index over 12 years and four drivers, mean normalisation (default)', zh: '12 年的指数与 4 个驱动因素，均值化（默认）' },
      args: [NQP_INDEX, DRIVERS],
      expected: [[0.736681206973059, 0.916571297228463, 0.548880375161728, 0.822958989415459]],
      tolerance: 1e-12,
      source: 'derived with separately written R code: tests/fixtures/composite-workflow/grey-vikor.R, grey_correlation.mean_rho05',
    },
    {
      title: { en: 'The same, initial-value normalisation, ρ = 0.3', zh: '同上，初值化，ρ = 0.3' },
      args: [NQP_INDEX, DRIVERS, 0.3, 'initial'],
      expected: [[0.592454096846019, 0.861115082135088, 0.466377925776457, 0.6821411955502]],
      tolerance: 1e-12,
      source: 'derived with separately written R code: tests/fixtures/composite-workflow/grey-vikor.R, grey_correlation.initial_rho03',
    },
    {
      title: { en: 'The same, min-max normalisation, ρ = 1', zh: '同上，极差化，ρ = 1' },
      args: [NQP_INDEX, DRIVERS, 1, 'minmax'],
      expected: [[0.93430843732209, 0.9791914931918, 0.674927004814911, 0.961851160041557]],
      tolerance: 1e-12,
      source: 'derived with separately written R code: tests/fixtures/composite-workflow/grey-vikor.R, grey_correlation.minmax_rho1',
    },
    {
      title: { en: 'A proportional factor has grade 1', zh: '与参考序列成比例的因素关联度为 1' },
      args: [[[1], [2], [3]], [[2, 3], [4, 2], [6, 1]]],
      expected: [[1, 5 / 9]],
      tolerance: 1e-12,
      source: 'derived by hand: after x / x̄ the reference is (0.5, 1, 1.5), factor 1 the same (Δ = 0), factor 2 (1.5, 1, 0.5) (Δ = 1, 0, 1); Δmin = 0, Δmax = 1, so ξ₂ = (1/3, 1, 1/3), mean 5/9',
    },
    {
      title: { en: 'A first value of 0 with "initial": #DIV/0!', zh: '"initial" 下首值为 0：#DIV/0!' },
      args: [[[1], [2], [3]], [[0, 1], [1, 2], [2, 2]], null, 'initial'],
      expected: [[{ error: '#DIV/0!' }]],
      source: 'catalogue section 11 and methods-analysis.md §7: a zero initial value cannot divide the series',
    },
    {
      title: { en: 'Reference and factors with different numbers of rows: #VALUE!', zh: 'reference 与 factors 行数不同：#VALUE!' },
      args: [[[1], [2], [3]], [[1, 2], [2, 3]]],
      expected: [[{ error: '#VALUE!' }]],
      source: 'catalogue conventions: shapes that do not match are #VALUE!',
    },
  ],
  compute: (reference, factors, rho, normalization) => greyCorrelation(reference, factors, rho, normalization),
};
