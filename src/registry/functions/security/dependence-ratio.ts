import { dependenceRatio } from '../../../core/security/dependence-ratio';
import type { FunctionSpec, ParamSpec } from '../../types';
import { SECURITY } from '../../categories';

/** Exports X, shared with SELF_SUFFICIENCY: omitted or blank = 0. */
export const exportsParam: ParamSpec = {
  name: 'exports',
  type: 'number',
  shape: 'element',
  optional: true,
  default: 0,
  blanks: 'default',
  min: 0,
  description: { en: 'Exports X; omitted or blank = 0.', zh: '出口额 X；省略或为空时为 0。' },
};

export const dependenceRatioSpec: FunctionSpec = {
  name: 'DEPENDENCE_RATIO',
  category: SECURITY,
  description: {
    en: 'External (import) dependence of an industry: imports over apparent consumption (output + imports − exports).',
    zh: '产业对外（进口）依存度：进口额除以表观消费量（产出 + 进口 − 出口）。',
  },
  help: {
    en:
      'Element-wise: give single values or equal-shaped ranges (a single value is used for every cell) and the result spills in the same shape. ' +
      'kind "gross" (default) = M / (Q + M − X); "net" = (M − X) / (Q + M − X), negative for a net exporter (the FAO import dependency ratio); ' +
      '"output" = M / Q, the import-to-output ratio, which does not use apparent consumption. Output, imports and exports must be in the same units and period. ' +
      'An omitted or blank exports value counts as 0. A blank imports or output cell gives a blank result. ' +
      'Errors: #NUM! when apparent consumption Q + M − X is zero or negative (stock draw-down, re-exports, or production and customs data that do not cover the same goods) or when a flow is negative; #DIV/0! when output is 0 for kind "output"; #VALUE! for text or an unknown kind.',
    zh:
      '逐元素计算：可输入单个值或形状相同的区域（单个值会用于每个单元格），结果按相同形状溢出。' +
      'kind 为 "gross"（默认）时 = M / (Q + M − X);"net" = (M − X) / (Q + M − X)，净出口时为负（即 FAO 的进口依存率）；' +
      '"output" = M / Q，即进口与产出之比，不使用表观消费量。产出、进口和出口须采用相同的单位和时期。' +
      '出口省略或为空时按 0 计。进口或产出单元格为空时结果为空。' +
      '错误：表观消费量 Q + M − X 为零或负数（库存减少、转口，或生产与海关数据口径不一致）或某项流量为负时返回 #NUM!;kind 为 "output" 且产出为 0 时返回 #DIV/0!；文本或未知的 kind 返回 #VALUE!。',
  },
  params: [
    {
      name: 'imports',
      type: 'number',
      shape: 'element',
      min: 0,
      description: { en: 'Imports M (a value or a range).', zh: '进口额 M（单个值或区域）。' },
    },
    {
      name: 'output',
      type: 'number',
      shape: 'element',
      min: 0,
      description: { en: 'Domestic output Q, in the same units as imports.', zh: '国内产出 Q，与进口额单位相同。' },
    },
    exportsParam,
    {
      name: 'kind',
      type: 'option',
      shape: 'scalar',
      optional: true,
      default: 'gross',
      options: ['gross', 'net', 'output'],
      description: {
        en: '"gross" (default) M/(Q+M−X), "net" (M−X)/(Q+M−X), or "output" M/Q.',
        zh: '"gross"（默认）M/(Q+M−X),"net"(M−X)/(Q+M−X)，或 "output" M/Q。',
      },
    },
  ],
  result: {
    shape: 'element',
    description: { en: 'The dependence ratio, one per cell of the inputs.', zh: '依存度，与输入逐单元格对应。' },
  },
  glossary: ['external-dependence', 'apparent-consumption', 'security'],
  examples: [
    {
      title: { en: 'Gross import dependence', zh: '总进口依存度' },
      args: [60, 100, 20],
      expected: [[0.42857142857142855]],
      source: 'tests/fixtures/vectors/trade_dependence.json, case dependence_normal (derived from the FAO definitions)',
    },
    {
      title: { en: 'Net import dependence', zh: '净进口依存度' },
      args: [60, 100, 20, 'net'],
      expected: [[0.2857142857142857]],
      source: 'tests/fixtures/vectors/trade_dependence.json, case dependence_normal',
    },
    {
      title: { en: 'Import-to-output ratio', zh: '进口与产出之比' },
      args: [60, 100, 20, 'output'],
      expected: [[0.6]],
      source: 'tests/fixtures/vectors/trade_dependence.json, case dependence_normal',
    },
    {
      title: {
        en: 'A column of industries spills; negative apparent consumption is #NUM! in its own cell; a blank export is 0',
        zh: '一列产业结果溢出；表观消费量为负的单元格单独返回 #NUM!；空白出口按 0 计',
      },
      args: [[[60], [5], [30]], [[100], [10], [90]], [[20], [30], [null]]],
      expected: [[0.42857142857142855], [{ error: '#NUM!' }], [0.25]],
      source: 'trade_dependence.json cases dependence_normal and dependence_negative_apparent_consumption; row 3 by hand: 30 / (90 + 30 − 0) = 0.25',
    },
    {
      title: { en: 'An unknown kind is #VALUE!', zh: '未知的 kind 返回 #VALUE!' },
      args: [60, 100, 20, 'ratio'],
      expected: [[{ error: '#VALUE!' }]],
      source: 'catalogue error table: unknown option',
    },
  ],
  compute: dependenceRatio,
};
