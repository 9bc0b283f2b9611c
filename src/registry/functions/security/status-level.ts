import { statusLevel } from '../../../core/security/status-level';
import { SECURITY } from '../../categories';
import type { FunctionSpec } from '../../types';
import { langParam } from '../shared/lang-param';

export const statusLevelSpec: FunctionSpec = {
  name: 'STATUS_LEVEL',
  category: SECURITY,
  description: {
    en: 'The CAE status class of an indicator from its ratio to the world frontier: world-leading, world-advanced, large gap or huge gap.',
    zh: '按指标与世界前沿之比给出中国工程院评估所用的地位等级：世界领先、世界先进、差距大、差距巨大。',
  },
  help: {
    en:
      'Element-wise: give one ratio or a range. frontierRatio is the indicator divided by the value of the world frontier (the leading country or firm), so 1 means at the frontier; for an indicator where less is better, divide the frontier by the indicator instead. ' +
      'With the default cut points 0.6, 0.8 and 1.0: from 1.0 "World-leading", from 0.8 "World-advanced", from 0.6 "Large gap", below 0.6 "Huge gap"; a ratio equal to a cut point belongs to the class above. ' +
      'These cut points are an illustrative convention of this add-in: the Chinese Academy of Engineering published how many of 26 manufacturing industries it put in each class in 2019 (5, 6, 10 and 5), not the thresholds it used. Set your own with thresholds (three ascending numbers) and report them. lang "zh" returns the Chinese labels. ' +
      'A blank cell gives a blank result. ' +
      'Errors: #NUM! for a negative ratio; #VALUE! for text, thresholds that are not three ascending numbers, or an unknown lang. Labels: CAE (Zhou Ji, 2019).',
    zh:
      '逐元素计算：输入一个比值或一个区域。frontierRatio 为指标值除以世界前沿（领先国家或企业）的值，1 表示达到前沿；对越小越好的指标，请改用前沿值除以指标值。' +
      '默认分界点为 0.6、0.8、1.0：达到 1.0 为"世界领先"，达到 0.8 为"世界先进"，达到 0.6 为"差距大"，低于 0.6 为"差距巨大"；恰好等于分界点时归入较高一级。' +
      '这些分界点只是本插件的示意性约定：中国工程院 2019 年只公布了 26 类制造业在各等级中的数量(5、6、10、5)，没有公布所用阈值。可用 thresholds 输入自己的三个递增分界点并在报告中说明。lang 为 "zh" 时返回中文标签。' +
      '空单元格返回空结果。' +
      '错误：比值为负时返回 #NUM!；文本、thresholds 不是三个递增数值或 lang 未知时返回 #VALUE!。等级名称来源：中国工程院（周济，2019）。',
  },
  params: [
    {
      name: 'frontierRatio',
      type: 'number',
      shape: 'element',
      min: 0,
      description: { en: 'The indicator divided by the world frontier (1 = at the frontier), ≥ 0.', zh: '指标值与世界前沿之比（1 表示达到前沿），≥ 0。' },
    },
    {
      name: 'thresholds',
      type: 'number',
      shape: 'vector',
      optional: true,
      description: {
        en: 'Three ascending cut points; default 0.6, 0.8, 1.0 (an illustrative convention, not CAE\'s).',
        zh: '三个递增的分界点；默认 0.6、0.8、1.0（示意性约定，并非中国工程院标准）。',
      },
    },
    langParam,
  ],
  result: {
    shape: 'element',
    description: { en: 'The status class, one label per input cell.', zh: '地位等级，每个输入单元格一个标签。' },
  },
  glossary: ['world-frontier', 'cae-status-class', 'advanced-quality'],
  examples: [
    {
      title: { en: 'A row of ratios to the frontier', zh: '一行前沿比值' },
      args: [[[1.05, 0.8, 0.65, 0.3]], null, null],
      expected: [['World-leading', 'World-advanced', 'Large gap', 'Huge gap']],
      source: 'labels: shared/data/cae-26-industries.json (status_classes); classes by hand with the catalogue default cut points 0.6, 0.8, 1.0',
    },
    {
      title: { en: 'Chinese label', zh: '中文标签' },
      args: [0.9, null, 'zh'],
      expected: [['世界先进']],
      source: 'by hand: 0.8 ≤ 0.9 < 1.0; label from shared/data/cae-26-industries.json',
    },
    {
      title: { en: 'A negative ratio is #NUM!', zh: '比值为负时返回 #NUM!' },
      args: [-0.2, null, null],
      expected: [[{ error: '#NUM!' }]],
      source: 'a ratio to the frontier cannot be negative',
    },
  ],
  compute: statusLevel,
};
