import { localMoran } from '../../../core/regional/local-moran';
import { REGIONAL } from '../../categories';
import type { FunctionSpec } from '../../types';
import { CAPITALS, DESMITH_W, DESMITH_Y } from './moran-i';
import { spatialWeightsParam, standardizeParam, WEIGHTS_NOTE } from './spatial-weights';

const HEADER = ['Ii', 'E[Ii]', 'Var[Ii]', 'z', 'p', 'quadrant'];

export const localMoranSpec: FunctionSpec = {
  name: 'LOCAL_MORAN',
  category: REGIONAL,
  description: {
    en: "Local Moran's I (LISA) of each unit with its expectation, variance, z, p and Moran-scatterplot quadrant (HH, LH, LL, HL).",
    zh: '各单位的局部莫兰指数（LISA）及其期望、方差、z 值、p 值与莫兰散点图象限（HH、LH、LL、HL）。',
  },
  help: {
    en:
      "Local Moran's I (Anselin 1995): I_i = z_i Σ_j w_ij z_j / m₂, z = y − mean(y). scaling \"n-1\" (default) takes m₂ = Σz²/(n − 1), as PySAL esda's Moran_Local and GeoDa; \"n\" takes m₂ = Σz²/n, as R spdep's localmoran (its I_i are n/(n − 1) times larger). " +
      'permutations 0 (default): analytic moments under total randomisation as PySAL reports them: E[Ii] = −w_i/(n − 1) and Var[Ii] = w_i(2)(n − b₂)/(n − 1) + (w_i² − w_i(2))(2b₂ − n)/((n − 1)(n − 2)) − E[Ii]², with w_i the row sum, w_i(2) the sum of squared weights and b₂ = (Σz⁴/n)/(Σz²/n)² (Sokal, Oden & Thomson 1998); z = (Ii − E[Ii])/√Var[Ii] and p two-sided normal. These moments are the same for both scalings (they are derived for m₂ = Σz²/n; PySAL reports them beside its n − 1 Ii). spdep\'s default localmoran reports the conditional expectation and variance instead, so its E, Var and z differ. ' +
      'permutations 99 to 99,999: conditional permutations, as GeoDa and PySAL run them: for each unit its own value stays and its neighbours receive values drawn at random without replacement from the other n − 1 units; E[Ii] and Var[Ii] are then the mean and variance of the simulated Ii, z = (Ii − mean)/sd, and p is the folded pseudo p-value (L + 1)/(P + 1), with L the number of simulated Ii at least as large as Ii, or the number below it when that is smaller (one-sided, at most 0.5, the smallest 1/(P + 1)). Papers usually take LISA significance from 999 permutations. ' +
      'seed (default 1): the draws come from the mulberry32 generator seeded with it, unit by unit, so the same inputs and seed give the same p on every computer and in every Excel; GeoDa\'s and PySAL\'s own draws are not reproduced, so their pseudo p-values differ by the simulation noise (about ±0.01 at p = 0.05 with 999 permutations). ' +
      'The permutations cost permutations × the number of positive weights random draws (about 10 ns each): with dense weights (coordinates, inverse distance) that is n² per permutation, so at most 1,000,000,000 draws are allowed (2,800 units: 99 permutations with inverse-distance weights; up to 99,999 with a contiguity, knn or threshold matrix of about 6 neighbours). The work runs in slices so Excel stays responsive. ' +
      'quadrant of the Moran scatterplot: "HH" (the unit\'s value above the mean and the spatial lag Σ w_ij z_j above 0), "LH", "LL", "HL"; 0 counts as low, as in PySAL (its q codes 1 = HH, 2 = LH, 3 = LL, 4 = HL; GeoDa numbers them 1 = HH, 2 = LL, 3 = LH, 4 = HL). The quadrant does not depend on significance: filter on p for a cluster map. ' +
      WEIGHTS_NOTE.en +
      'An island (no neighbours) gets Ii = 0, E[Ii] = 0, Var[Ii] = 0, #N/A in z and p, and the quadrant of a lag of 0 (low). ' +
      'Result: a header row Ii, E[Ii], Var[Ii], z, p, quadrant, then one row per unit. ' +
      'Blank cells: a blank value is #VALUE!. ' +
      'Errors: constant values #DIV/0!; fewer than 3 units #N/A; permutations other than 0 or a whole number from 99 to 99,999 #NUM!; more than 1,000,000,000 draws #VALUE!; weights not n×n nor n×2, text, or an unknown option #VALUE!; a negative weight, a non-zero diagonal or a latitude outside [−90, 90] #NUM!.',
    zh:
      '局部莫兰指数（Anselin 1995）：I_i = z_i Σ_j w_ij z_j / m₂，z = y − mean(y)。scaling 为 "n-1"（默认）时 m₂ = Σz²/(n − 1)，同 PySAL esda 的 Moran_Local 与 GeoDa；"n" 时 m₂ = Σz²/n，同 R spdep 的 localmoran（其 I_i 是前者的 n/(n − 1) 倍）。' +
      'permutations 为 0（默认）时给出 PySAL 所报告的总体随机化解析矩：E[Ii] = −w_i/(n − 1)，Var[Ii] = w_i(2)(n − b₂)/(n − 1) + (w_i² − w_i(2))(2b₂ − n)/((n − 1)(n − 2)) − E[Ii]²，其中 w_i 为行和，w_i(2) 为权重平方和，b₂ = (Σz⁴/n)/(Σz²/n)²（Sokal、Oden 与 Thomson 1998）；z = (Ii − E[Ii])/√Var[Ii]，p 为双侧正态 p 值。两种 scaling 下这两个矩相同（它们按 m₂ = Σz²/n 推导；PySAL 把它们与 n − 1 口径的 Ii 一起报告）。spdep 的 localmoran 默认报告条件期望与条件方差，因此其 E、Var 与 z 不同。' +
      'permutations 为 99 至 99,999 时采用条件置换（与 GeoDa 和 PySAL 相同）：每个单位保留自身数值，其邻居的数值从其余 n − 1 个单位中不放回随机抽取；此时 E[Ii] 与 Var[Ii] 为模拟 Ii 的均值与方差，z = (Ii − 均值)/标准差，p 为折叠的伪 p 值 (L + 1)/(P + 1)，L 为不小于 Ii 的模拟值个数，若小于 Ii 的个数更少则取后者（单侧，不超过 0.5，最小为 1/(P + 1)）。论文通常以 999 次置换判断 LISA 的显著性。' +
      'seed（默认 1）：随机数由以其为种子的 mulberry32 生成器逐个单位产生，相同输入和种子在任何电脑、任何 Excel 上得到相同的 p；本函数并不复现 GeoDa 与 PySAL 自身的抽样，因此伪 p 值与它们相差模拟误差（999 次置换、p = 0.05 附近约 ±0.01）。' +
      '置换的计算量为 permutations × 正权重个数次随机抽取（每次约 10 纳秒）：稠密权重（坐标、反距离）每次置换需 n² 次，因此最多允许 1,000,000,000 次抽取（2800 个单位：反距离权重下 99 次置换；约 6 个邻居的邻接、knn 或阈值矩阵可到 99,999 次）。计算分段进行，Excel 保持响应。' +
      'quadrant 为莫兰散点图象限："HH"（该单位数值高于均值且空间滞后 Σ w_ij z_j 大于 0）、"LH"、"LL"、"HL"；0 视为低，与 PySAL 相同（其 q 编码为 1 = HH、2 = LH、3 = LL、4 = HL；GeoDa 的编号为 1 = HH、2 = LL、3 = LH、4 = HL）。象限与显著性无关：绘制聚类图时请再按 p 筛选。' +
      WEIGHTS_NOTE.zh +
      '孤岛（没有邻居）的 Ii = 0、E[Ii] = 0、Var[Ii] = 0，z 与 p 返回 #N/A，象限按滞后为 0（低）判定。' +
      '结果：表头 Ii、E[Ii]、Var[Ii]、z、p、quadrant，之后每个单位一行。' +
      '空白单元格：空白数值返回 #VALUE!。' +
      '错误：数值为常数返回 #DIV/0!；单位少于 3 个返回 #N/A；permutations 不是 0 或 99 至 99,999 的整数返回 #NUM!；抽取次数超过 1,000,000,000 返回 #VALUE!；weights 既不是 n×n 也不是 n×2、含文本或选项未知返回 #VALUE!；权重为负、对角线非 0 或纬度不在 [−90, 90] 内返回 #NUM!。',
  },
  params: [
    {
      name: 'values',
      type: 'number',
      shape: 'vector',
      blanks: 'missing',
      description: { en: 'One value per unit (a column or a row).', zh: '每个单位一个数值（一列或一行）。' },
    },
    spatialWeightsParam,
    standardizeParam,
    {
      name: 'permutations',
      type: 'number',
      shape: 'scalar',
      optional: true,
      default: 0,
      min: 0,
      max: 99999,
      description: {
        en: '0 (default: analytic moments) or 99 to 99,999 conditional permutations (pseudo p-value).',
        zh: '0（默认，解析矩）或 99 至 99,999 次条件置换（伪 p 值）。',
      },
    },
    {
      name: 'seed',
      type: 'number',
      shape: 'scalar',
      optional: true,
      default: 1,
      description: {
        en: 'Seed of the permutations (default 1); the same seed gives the same result everywhere.',
        zh: '置换的随机数种子（默认 1）；相同种子在任何环境下结果相同。',
      },
    },
    {
      name: 'scaling',
      type: 'option',
      shape: 'scalar',
      optional: true,
      default: 'n-1',
      options: ['n-1', 'n'],
      description: {
        en: '"n-1" (default: m₂ = Σz²/(n − 1), PySAL and GeoDa) or "n" (m₂ = Σz²/n, R spdep).',
        zh: '"n-1"（默认，m₂ = Σz²/(n − 1)，PySAL 与 GeoDa）或 "n"（m₂ = Σz²/n，R spdep）。',
      },
    },
  ],
  result: {
    shape: 'matrix',
    header: true,
    description: {
      en: 'Header Ii, E[Ii], Var[Ii], z, p, quadrant; one row per unit.',
      zh: '表头 Ii、E[Ii]、Var[Ii]、z、p、quadrant；每个单位一行。',
    },
  },
  glossary: ['lisa', 'morans-i', 'spatial-weights'],
  examples: [
    {
      title: { en: 'de Smith example: 10 units, 0/1 contiguity, row-standardised', zh: 'de Smith 示例：10 个单位，0/1 邻接矩阵，行标准化' },
      args: [DESMITH_Y, DESMITH_W],
      expected: [
        HEADER,
        [-0.114092771044, -0.111111111111, 0.394432104968, -0.004747576601929411, 0.9962119961580387, 'HL'],
        [-0.199405425678, -0.111111111111, 0.394432104968, -0.14058746849012888, 0.8881958486025321, 'HL'],
        [-0.133514084849, -0.111111111111, 0.394432104968, -0.03567134962172785, 0.9715444156969598, 'HL'],
        [-0.517703832045, -0.111111111111, 0.14804321091, -1.0567331982518842, 0.29063336924390615, 'LH'],
        [0.480950090494, -0.111111111111, 0.14804321091, 1.5387651940666889, 0.12386162992190747, 'LL'],
        [0.12208113114, -0.111111111111, 0.394432104968, 0.37130258239894565, 0.7104121747495113, 'LL'],
        [1.191482981379, -0.111111111111, 0.394432104968, 2.074067926486833, 0.038073002812089904, 'HH'],
        [-0.581443045477, -0.111111111111, 0.230172842263, -0.9803415887251881, 0.3269175321994875, 'HL'],
        [0.071013828081, -0.111111111111, 0.230172842263, 0.3796141388415865, 0.704231863876325, 'LL'],
        [0.343143007993, -0.111111111111, 0.394432104968, 0.7232904742476369, 0.4695014439094213, 'LL'],
      ],
      tolerance: 1e-9,
      source:
        'tests/fixtures/vectors/analysis/spatial_autocorrelation.json, case desmith, local_row_standardised (Ii_esda, EIi and VIi total randomisation, PySAL quadrants 4,4,4,2,3,3,1,4,3,3); z and p by an independent numpy computation of the same formulas',
    },
    {
      title: { en: 'Six northern capitals, weights from their coordinates', zh: '北方六个省会城市，权重由坐标生成' },
      args: [[[0.62], [0.48], [0.31], [0.27], [0.25], [0.35]], CAPITALS],
      expected: [
        HEADER,
        [-0.015906520329498023, -0.2, 0.12484848691676462, 0.5210108469697798, 0.602359215149123, 'HL'],
        [0.33479962577149697, -0.2, 0.1329182293085933, 1.4668943003902175, 0.14240481124504842, 'HH'],
        [-0.058439766791434415, -0.2, 0.08210024458138662, 0.4940478844745912, 0.6212723622649536, 'LH'],
        [-0.004241889976204406, -0.2, 0.09779270704014296, 0.6259887514205759, 0.5313223194265044, 'LH'],
        [-0.1453894185330744, -0.2, 0.06400383905393556, 0.21586080309552882, 0.8290962513639852, 'LH'],
        [-0.05199273531136125, -0.2, 0.05706392731582058, 0.6195868668620358, 0.5355298153731304, 'LH'],
      ],
      tolerance: 1e-9,
      source: 'illustrative scores; expected values by an independent numpy computation of the formulas (haversine inverse distances, row-standardised; total-randomisation moments)',
    },
    {
      title: { en: '98 permutations: #NUM!', zh: '置换 98 次：#NUM!' },
      args: [DESMITH_Y, DESMITH_W, 'row', 98],
      expected: [[{ error: '#NUM!' }]],
      source: 'catalogue section 9: permutations 0 or 99 to 99,999',
    },
  ],
  compute: localMoran,
};
