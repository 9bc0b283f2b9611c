import { securityLevel } from '../../../core/security/security-level';
import { SECURITY } from '../../categories';
import type { FunctionSpec } from '../../types';
import { langParam } from '../shared/lang-param';

export const securityLevelSpec: FunctionSpec = {
  name: 'SECURITY_LEVEL',
  category: SECURITY,
  description: {
    en: 'The chain-security class of the CAE assessment for an external-dependence ratio: autonomous and controllable, secure and controllable, high or extremely high external dependence.',
    zh: '按对外依存度给出中国工程院评估所用的产业链安全等级：自主可控、安全可控、对外依赖度高、对外依赖度极高。',
  },
  help: {
    en:
      'Element-wise: give one ratio or a range of ratios (for example the result of NQP.DEPENDENCE_RATIO) and the labels spill in the same shape. ' +
      'A ratio below the first cut point is "Autonomous and controllable", from the first "Secure and controllable", from the second "High external dependence", from the third "Extremely high external dependence"; a ratio equal to a cut point belongs to the class above it (a value a rounding error below counts as equal). ' +
      'The default cut points 0.1, 0.3 and 0.5 are an illustrative convention of this add-in, not the Chinese Academy of Engineering\'s: in its 2019 comparison of 26 manufacturing industries CAE published only how many industries fell in each class (6, 10, 2 and 8), not the thresholds behind them. Set your own with thresholds, three ascending numbers in a row or column, and report them with your results. ' +
      'Negative ratios (a net exporter\'s net dependence) fall in the first class. lang "zh" returns the Chinese labels. ' +
      'Ratios, not percentages: 35 % is 0.35 (or 35% typed with the percent sign). A dependence of 2 or more is taken for a percentage typed as a number and gives #VALUE! naming the fix (use 35% or 0.35), as long as every cut point is 1 or less (the defaults are). No real ratio is lost by this: the net ratio (M − X)/(Q + M − X) never exceeds 1, and the gross ratio M/(Q + M − X) exceeds 1 only with re-exports (exports above domestic output) and reaches 2 only when the re-exports beyond domestic output are half the imports or more, a ratio that is in the top class under any such cut points: classify MIN(ratio, 1), which gives the same class. A percentage from 1 % to 2 % typed as 1 to 2 cannot be told from a ratio with re-exports and is classified as given. With cut points above 1 (your own scale, for instance percentages 10, 30, 50, or cut points for the import-to-output ratio M/Q) every value is classified as given. ' +
      'A blank cell gives a blank result. ' +
      'Errors: #VALUE! for a dependence of 2 or more with cut points of 1 or less (a percentage, as above), for text, for thresholds that are not three ascending numbers, or for an unknown lang. Labels: CAE (Zhou Ji, National Manufacturing Power Construction Expert Forum, 2019).',
    zh:
      '逐元素计算：输入一个依存度或一组依存度（例如 NQP.DEPENDENCE_RATIO 的结果），等级标签按相同形状溢出。' +
      '低于第一个分界点为"自主可控"，达到第一个为"安全可控"，达到第二个为"对外依赖度高"，达到第三个为"对外依赖度极高"；恰好等于分界点时归入较高一级（仅因舍入误差略低于分界点的值视为相等）。' +
      '默认分界点 0.1、0.3、0.5 只是本插件的示意性约定，并非中国工程院的标准：中国工程院在 2019 年对 26 类制造业的比较中只公布了各等级的产业数量(6、10、2、8)，没有公布划分阈值。可用 thresholds 输入自己的三个递增分界点（一行或一列），并在报告结果时一并说明。' +
      '负的依存度（净出口产业的净依存度）归入第一级。lang 为 "zh" 时返回中文标签。' +
      '依存度须为比率而非百分数：35% 应输入 0.35（或带百分号输入 35%）。只要所有分界点都不大于 1（默认分界点即如此），不小于 2 的依存度即视为把百分数当作数值输入，返回 #VALUE! 并提示改正办法（输入 35% 或 0.35）。这不会拒绝任何真实的比率：净依存度 (M − X)/(Q + M − X) 不会超过 1；总依存度 M/(Q + M − X) 只有在存在转口（出口超过国内产出）时才会超过 1，只有当超出国内产出的转口达到进口的一半及以上时才会达到 2，而这样的比率在上述任何分界点下都属于最高一级：可对 MIN(D, 1) 分级（D 为该依存度），结果相同。以 1 到 2 输入的 1%–2% 的百分数无法与含转口的比率区分，按输入值分级。分界点大于 1 时（自定的量纲，例如百分数 10、30、50，或进口与产出之比 M/Q 的分界点），所有数值均按输入值分级。' +
      '空单元格返回空结果。' +
      '错误：分界点均不大于 1 而依存度不小于 2（如上，视为百分数）、文本、thresholds 不是三个递增数值、或 lang 未知时返回 #VALUE!。等级名称来源：中国工程院（周济，2019 年国家制造强国建设专家论坛）。',
  },
  params: [
    {
      name: 'dependence',
      type: 'number',
      shape: 'element',
      description: {
        en: 'An external-dependence ratio (0.35, not 35), or a range of them (e.g. imports / apparent consumption).',
        zh: '对外依存度（0.35 而非 35），单个值或区域（例如进口额 / 表观消费量）。',
      },
    },
    {
      name: 'thresholds',
      type: 'number',
      shape: 'vector',
      optional: true,
      description: {
        en: 'Three ascending cut points; default 0.1, 0.3, 0.5 (an illustrative convention, not CAE\'s).',
        zh: '三个递增的分界点；默认 0.1、0.3、0.5（示意性约定，并非中国工程院标准）。',
      },
    },
    langParam,
  ],
  result: {
    shape: 'element',
    description: { en: 'The security class, one label per input cell.', zh: '安全等级，每个输入单元格一个标签。' },
  },
  glossary: ['chain-security', 'external-dependence', 'security'],
  examples: [
    {
      title: { en: 'A column of dependence ratios, default cut points', zh: '一列依存度，默认分界点' },
      args: [[[0.05], [0.1], [0.42857142857142855], [0.8]], null, null],
      expected: [['Autonomous and controllable'], ['Secure and controllable'], ['High external dependence'], ['Extremely high external dependence']],
      source: 'labels: shared/data/cae-26-industries.json (security_classes); classes by hand with the default cut points 0.1, 0.3, 0.5; 0.4286 is the gross dependence of trade_dependence.json case dependence_normal',
    },
    {
      title: { en: 'Own cut points, Chinese labels', zh: '自定义分界点，中文标签' },
      args: [0.25, [[0.2, 0.4, 0.6]], 'zh'],
      expected: [['安全可控']],
      source: 'by hand: 0.2 ≤ 0.25 < 0.4; label from shared/data/cae-26-industries.json',
    },
    {
      title: { en: 'A dependence typed as 35 (meaning 35 %) is #VALUE!; a real ratio above 1 (re-exports) is classified', zh: '依存度输入为 35（本意 35%）时返回 #VALUE!；大于 1 的真实比率（存在转口）照常分级' },
      args: [[[35], [1.4], [0.35]], null, null],
      expected: [[{ error: '#VALUE!' }], ['Extremely high external dependence'], ['High external dependence']],
      source: 'catalogue error table: a dependence that can only be a percentage (2 or more with cut points of 1 or less); 1.4 = 70 / (50 + 70 − 70), a gross dependence with re-exports; 0.35 by hand with the default cut points',
    },
    {
      title: { en: 'Cut points that are not ascending are #VALUE!', zh: '分界点不递增时返回 #VALUE!' },
      args: [0.25, [[0.5, 0.3, 0.1]], null],
      expected: [[{ error: '#VALUE!' }]],
      source: 'catalogue: thresholds are three ascending cut points',
    },
  ],
  compute: securityLevel,
};
