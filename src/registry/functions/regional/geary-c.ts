import { gearyC } from '../../../core/regional/geary-c';
import { REGIONAL } from '../../categories';
import type { FunctionSpec } from '../../types';
import { assumptionParam, CAPITALS, CAPITAL_SCORES, DESMITH_W, DESMITH_Y, spatialValuesParam } from './moran-i';
import { spatialWeightsParam, standardizeParam, WEIGHTS_NOTE } from './spatial-weights';

export const gearyCSpec: FunctionSpec = {
  name: 'GEARY_C',
  category: REGIONAL,
  description: {
    en: "Geary's C of spatial autocorrelation with its expectation, variance, z = (1 − C)/sd and two-sided p, one row per column of values.",
    zh: '吉尔里指数（Geary\'s C）及其期望、方差、z = (1 − C)/sd 和双侧 p 值，每列数值一行结果。',
  },
  help: {
    en:
      "Geary's C (Geary 1954; Cliff & Ord 1981): C = (n − 1) Σ_ij w_ij (y_i − y_j)² / (2 S0 Σ z_i²), S0 = Σ w_ij; E[C] = 1. C below 1 means neighbours are alike (positive spatial autocorrelation), above 1 unlike. " +
      'assumption "randomization" (default) or "normality": the variances of PySAL esda\'s Geary (VC_rand, VC_norm) and R spdep\'s geary.test (randomisation = TRUE / FALSE). ' +
      'z = (1 − C)/√Var[C], so that a positive z means positive spatial autocorrelation, as for MORAN_I and as spdep reports it; PySAL reports z = (C − 1)/√Var[C], the opposite sign (same p). p is two-sided, 2(1 − Φ(|z|)); PySAL\'s reported Geary p-value is one-sided. ' +
      'values: n×1, or n×T with one column per period: one result row per column. ' +
      WEIGHTS_NOTE.en +
      'Result: a header row C, E[C], Var[C], z, p, then one row per column of values. ' +
      'Blank cells: a blank value makes its column\'s row #VALUE!. ' +
      'Errors: a constant column #DIV/0! in its row; fewer than 4 units #N/A; weights not n×n nor n×2, text, or an unknown option #VALUE!; a negative weight, a non-zero diagonal or a latitude outside [−90, 90] #NUM!; all weights 0 #DIV/0!.',
    zh:
      '吉尔里指数（Geary 1954；Cliff 与 Ord 1981）：C = (n − 1) Σ_ij w_ij (y_i − y_j)² / (2 S0 Σ z_i²)，S0 = Σ w_ij；E[C] = 1。C 小于 1 表示相邻单位相似（正空间自相关），大于 1 表示相异。' +
      'assumption 为 "randomization"（默认）或 "normality"：方差与 PySAL esda 的 Geary（VC_rand、VC_norm）及 R spdep 的 geary.test（randomisation = TRUE / FALSE）一致。' +
      'z = (1 − C)/√Var[C]，使 z 为正表示正空间自相关，与 MORAN_I 及 spdep 的报告一致；PySAL 报告的是 z = (C − 1)/√Var[C]，符号相反（p 相同）。p 为双侧，2(1 − Φ(|z|))；PySAL 报告的 Geary p 值为单侧。' +
      'values：n×1，或 n×T（每期一列）：每列一行结果。' +
      WEIGHTS_NOTE.zh +
      '结果：表头 C、E[C]、Var[C]、z、p，之后每列数值一行。' +
      '空白单元格：某列有空白时该列对应行返回 #VALUE!。' +
      '错误：某列为常数时该行返回 #DIV/0!；单位少于 4 个返回 #N/A；weights 既不是 n×n 也不是 n×2、含文本或选项未知返回 #VALUE!；权重为负、对角线非 0 或纬度不在 [−90, 90] 内返回 #NUM!；权重全为 0 返回 #DIV/0!。',
  },
  params: [spatialValuesParam, spatialWeightsParam, standardizeParam, assumptionParam],
  result: {
    shape: 'matrix',
    header: true,
    description: { en: 'Header C, E[C], Var[C], z, p; one row per column of values.', zh: '表头 C、E[C]、Var[C]、z、p；每列数值一行。' },
  },
  glossary: ['gearys-c', 'spatial-weights'],
  examples: [
    {
      title: { en: 'de Smith example: 10 units, 0/1 contiguity, row-standardised', zh: 'de Smith 示例：10 个单位，0/1 邻接矩阵，行标准化' },
      args: [DESMITH_Y, DESMITH_W],
      expected: [
        ['C', 'E[C]', 'Var[C]', 'z', 'p'],
        [0.912970758483, 1, 0.054054268554, 0.374326178927, 0.708161657532],
      ],
      tolerance: 1e-9,
      source: 'tests/fixtures/vectors/analysis/spatial_autocorrelation.json, case desmith, row_standardised (z is minus zC_rand_esda)',
    },
    {
      title: { en: 'Six northern capitals, weights from their coordinates', zh: '北方六个省会城市，权重由坐标生成' },
      args: [CAPITAL_SCORES, CAPITALS],
      expected: [
        ['C', 'E[C]', 'Var[C]', 'z', 'p'],
        [0.8997901549368262, 1, 0.017397421046786054, 0.7597451800663592, 0.44740691691683965],
        [0.9095910427076188, 1, 0.017866471212035936, 0.6763820419448155, 0.49879811590899825],
      ],
      tolerance: 1e-9,
      source: 'illustrative scores; expected values by an independent numpy computation of the formulas (haversine inverse distances, row-standardised; randomisation variance)',
    },
    {
      title: { en: 'A negative weight: #NUM!', zh: '权重为负：#NUM!' },
      args: [[[1], [2], [4], [3]], [[0, 1, 0, 0], [1, 0, -1, 0], [0, 1, 0, 1], [0, 0, 1, 0]]],
      expected: [[{ error: '#NUM!' }]],
      source: 'methods-analysis §3: negative weights → #NUM!',
    },
  ],
  compute: gearyC,
};
