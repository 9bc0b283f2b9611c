import { betaConvergencePanel } from '../../../core/regional/beta-convergence-panel';
import { REGIONAL } from '../../categories';
import type { FunctionSpec } from '../../types';
import { CONVERGENCE_TABLE_NOTE } from './beta-convergence';

const HEADER = ['term', 'estimate', 'std error', 't', 'p'];

/** Four regions × 2019–2022 in long format. */
const PANEL = {
  units: [['A'], ['A'], ['A'], ['A'], ['B'], ['B'], ['B'], ['B'], ['C'], ['C'], ['C'], ['C'], ['D'], ['D'], ['D'], ['D']],
  periods: [[2019], [2020], [2021], [2022], [2019], [2020], [2021], [2022], [2019], [2020], [2021], [2022], [2019], [2020], [2021], [2022]],
  values: [[0.2], [0.23], [0.25], [0.28], [0.35], [0.37], [0.4], [0.41], [0.5], [0.51], [0.54], [0.55], [0.12], [0.15], [0.17], [0.2]],
};

export const betaConvergencePanelSpec: FunctionSpec = {
  name: 'BETA_CONVERGENCE_PANEL',
  category: REGIONAL,
  description: {
    en: 'Panel β-convergence: the growth from each period to the next regressed on the log level, with two-way, unit or no fixed effects (LSDV, conventional standard errors).',
    zh: '面板 β 收敛：各期到下一期的增长率对水平值对数回归，可含双向、个体或不含固定效应（LSDV，常规标准误）。',
  },
  help: {
    en:
      'The panel β-convergence regression that most regional papers run: ln(y_i,t+1 / y_it) = α + β ln y_it (+ γ\'X_it) + μ_i + η_t + ε_it, by OLS with dummy-variable fixed effects (LSDV). effects "twoway" (default): unit and period effects; "unit": unit effects only; "none": pooled OLS. lambda = −ln(1 + β) is the speed of convergence per period and half-life = ln 2/lambda, in periods. Without controls this is often called absolute β-convergence, with controls and two-way effects conditional β-convergence. ' +
      'The slopes, standard errors, t, p and R² are exactly those of R\'s lm(g ~ lny + X + factor(unit) + factor(period)) (and of Stata\'s regress g lny X i.unit i.period), with the LSDV residual degrees of freedom n − k − (units − 1) − (periods − 1) − 1 for "twoway" (one period effect fewer for each extra disconnected block of an unbalanced panel, as lm finds). They are computed without forming the dummies: the larger effect by the within transformation, the smaller as demeaned dummies (Frisch–Waugh–Lovell), so 2,800 counties × 12 years take a fraction of a second. R² is the LSDV R² (the one lm and regress report, including the fit of the dummies), not the within R² of Stata\'s xtreg, fe. The constant of a fixed-effects model is the mean of the fitted effects over the observations, ȳ − x̄\'b, with the standard error that Stata\'s xtreg, fe reports for _cons; for "none" it is the ordinary intercept. ' +
      'The panel is in long format: one row per unit and period, with aligned units, periods and values (and controls); rows may come in any order. Periods that are all numbers (years) are ordered by value; otherwise by their order of first appearance. A growth observation pairs a unit\'s values in two consecutive periods of the panel; a unit missing a period, or with a blank value in it, has no observation across the gap (unbalanced panels are fine), and n counts the observations used. Controls are taken at t (the row of y_it), and η_t is the effect of the start period. A blank value or control leaves the observations that need it out. An empty cell reads as blank on every platform. ' +
      CONVERGENCE_TABLE_NOTE.en +
      'Errors: #NUM! for a value ≤ 0; #VALUE! for columns of different lengths, a blank unit or period, a unit twice in one period, text in a data row of controls, an unknown effects, or a model of more than 20 million cells (observations × (levels of the smaller effect + regressors)); #N/A for fewer than 2 periods, too few observations for the coefficients and effects, or a regressor collinear with the effects (for instance a control that does not change within units, with unit effects). Checked against R 4.2.2 lm() on unbalanced panels with gaps and controls.',
    zh:
      '多数区域研究采用的面板 β 收敛回归：ln(y_i,t+1 / y_it) = α + β ln y_it (+ γ\'X_it) + μ_i + η_t + ε_it，用带虚拟变量固定效应的 OLS（LSDV）估计。effects 为 "twoway"（默认）时含个体和时期效应；"unit" 只含个体效应；"none" 为混合 OLS。lambda = −ln(1 + β) 为每期的收敛速度，half-life = ln 2/lambda 为以期数计的半衰期。不含控制变量时常称绝对 β 收敛，含控制变量和双向固定效应时称条件 β 收敛。' +
      '斜率、标准误、t、p 和 R² 与 R 的 lm(g ~ lny + X + factor(unit) + factor(period))（以及 Stata 的 regress g lny X i.unit i.period）完全一致，"twoway" 的残差自由度为 LSDV 自由度 n − k − (units − 1) − (periods − 1) − 1（非平衡面板每多一个互不相连的子块，时期效应就少一个，与 lm 相同）。计算时不生成虚拟变量：较多的一组效应用组内变换消去，较少的一组作为去均值的虚拟变量（Frisch–Waugh–Lovell 定理），因此 2800 个县 × 12 年只需不到一秒。R² 为 LSDV 的 R²（即 lm 和 regress 报告的、包含虚拟变量拟合的 R²），而不是 Stata xtreg, fe 的组内 R²。固定效应模型的常数项为各观测拟合效应的均值 ȳ − x̄\'b，其标准误与 Stata xtreg, fe 报告的 _cons 相同；"none" 时为普通截距。' +
      '面板采用长格式：每个单位每个时期一行，units、periods、values（及 controls）相互对应；行的顺序不限。时期全部为数字（年份）时按数值排序，否则按首次出现的顺序。一个增长观测由同一单位相邻两期的数值构成；某单位缺少某期或该期数值为空白时，不跨越该缺口计算增长（允许非平衡面板），n 为实际使用的观测数。控制变量取第 t 期（y_it 所在行）的值，η_t 为起始期的效应。数值或控制变量为空白时，需要它的观测不参与回归。各平台上空单元格均按空白读取。' +
      CONVERGENCE_TABLE_NOTE.zh +
      '错误：数值 ≤ 0 时返回 #NUM!；各列长度不同、单位或时期为空白、同一单位在同一时期出现两次、controls 的数据行中有文本、effects 取值未知，或模型超过 2000 万个单元格（观测数 × (较少一组效应的水平数 + 回归元个数)）时返回 #VALUE!；时期少于 2 个、观测数不足以估计系数和效应，或某回归元与固定效应共线（例如含个体效应时某控制变量在单位内部不变）时返回 #N/A。已在含缺口和控制变量的非平衡面板上与 R 4.2.2 的 lm() 核对。',
  },
  params: [
    {
      name: 'units',
      type: 'any',
      shape: 'vector',
      description: { en: 'The unit (name or number) of each row.', zh: '每行所属的单位（名称或编号）。' },
    },
    {
      name: 'periods',
      type: 'any',
      shape: 'vector',
      description: {
        en: 'The period of each row: numbers (years) are ordered by value, texts by first appearance.',
        zh: '每行所属的时期：数字（年份）按数值排序，文本按首次出现的顺序。',
      },
    },
    {
      name: 'values',
      type: 'number',
      shape: 'vector',
      description: { en: 'The level of each row, > 0 (e.g. the index score).', zh: '每行的水平值，> 0（如指数得分）。' },
    },
    {
      name: 'controls',
      type: 'any',
      shape: 'matrix',
      optional: true,
      description: {
        en: 'Control variables at t: one row per row of values, one column each, optionally under a header row of names; default none.',
        zh: '第 t 期的控制变量：每行数值对应一行，每个变量一列，可带一行名称作为表头；默认无。',
      },
    },
    {
      name: 'effects',
      type: 'option',
      shape: 'scalar',
      optional: true,
      default: 'twoway',
      options: ['twoway', 'unit', 'none'],
      description: {
        en: '"twoway" (default: unit and period fixed effects), "unit" or "none" (pooled OLS).',
        zh: '"twoway"（默认：个体和时期固定效应）、"unit"（个体固定效应）或 "none"（混合 OLS）。',
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
      title: { en: 'Four regions, 2019–2022, two-way fixed effects', zh: '4 个地区，2019—2022 年，双向固定效应' },
      args: [PANEL.units, PANEL.periods, PANEL.values],
      expected: [
        HEADER,
        ['constant', -0.317573094696367, 0.249856548125534, -1.2710217005672, 0.259641737382413],
        ['beta', -0.32318571723683, 0.197165678794116, -1.63915808883911, 0.162105469288147],
        ['R²', 0.89803005389536, '', '', ''],
        ['n', 12, '', '', ''],
        ['lambda', 0.390358367539318, '', '', ''],
        ['half-life', 1.77566881665507, '', '', ''],
      ],
      tolerance: 1e-9,
      source:
        'made-up data; R 4.2.2: summary(lm(g ~ lny + factor(unit) + factor(year))) on the 12 growth observations; the constant from the variables residualised on both factors plus their grand means (Stata xtreg, fe style), its SE rescaled to the LSDV degrees of freedom',
    },
    {
      title: { en: 'The same panel pooled (no fixed effects)', zh: '同一面板的混合回归（无固定效应）' },
      args: [PANEL.units, PANEL.periods, PANEL.values, null, 'none'],
      expected: [
        HEADER,
        ['constant', -0.0526714250413273, 0.0199373295001979, -2.64184955366286, 0.0246555771025144],
        ['beta', -0.114022431049015, 0.0146746693901734, -7.77001702848368, 1.51885252335538e-5],
        ['R²', 0.85790037930535, '', '', ''],
        ['n', 12, '', '', ''],
        ['lambda', 0.12106364590862, '', '', ''],
        ['half-life', 5.72547749869633, '', '', ''],
      ],
      tolerance: 1e-9,
      source: 'made-up data; R 4.2.2: summary(lm(g ~ lny)); lambda = −ln(1 + β), half-life = ln 2/lambda',
    },
    {
      title: { en: 'A unit twice in one period: #VALUE!', zh: '同一单位在同一时期出现两次：#VALUE!' },
      args: [[['A'], ['A'], ['B'], ['B']], [[2020], [2020], [2020], [2021]], [[1], [2], [3], [4]]],
      expected: [[{ error: '#VALUE!' }]],
      source: 'derived by hand: one row per unit and period is required',
    },
  ],
  compute: betaConvergencePanel,
};
