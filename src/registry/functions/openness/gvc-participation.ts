import { gvcParticipation } from '../../../core/openness/gvc-participation';
import { OPENNESS } from '../../categories';
import type { FunctionSpec } from '../../types';

export const gvcParticipationSpec: FunctionSpec = {
  name: 'GVC_PARTICIPATION',
  category: OPENNESS,
  description: {
    en: 'Global value chain participation from a decomposition of gross exports: total (default), backward, forward, or the GVC position index.',
    zh: '基于总出口分解的全球价值链参与度：总参与度（默认）、后向、前向参与度，或 GVC 地位指数。',
  },
  help: {
    en:
      'Inputs come from a value-added decomposition of gross exports E (OECD TiVA, or the method of Koopman et al.): foreignVA (FVA) is the foreign value added embodied in the economy\'s exports, domesticVAInForeignExports (DVX) the economy\'s value added embodied in other economies\' exports. ' +
      'kind "total" (default) = (FVA + DVX)/E; "backward" = FVA/E (use of foreign inputs, TiVA EXGR_FVASH); "forward" = DVX/E (supply of inputs to others); "position" = ln(1 + DVX/E) − ln(1 + FVA/E), positive when the economy sits upstream (supplies more value added to others\' exports than it uses). ' +
      'Element-wise: give single values or equal-shaped ranges (for example industries in a column). All three flows must be in the same currency and year. Gross exports double-count value that crosses borders several times, which is why Borin, Mancini and Taglioni (World Bank Policy Research Working Paper 9785) prefer other denominators; the gross-exports form here is the common one in the literature. ' +
      'A blank cell gives a blank result. ' +
      'Errors: #DIV/0! when grossExports is 0; #NUM! for a negative value; #VALUE! for text or an unknown kind.',
    zh:
      '输入来自总出口 E 的增加值分解（OECD TiVA，或 Koopman 等人的方法）：foreignVA(FVA)为本经济体出口中包含的国外增加值，domesticVAInForeignExports(DVX)为其他经济体出口中包含的本经济体增加值。' +
      'kind 为 "total"（默认）= (FVA + DVX)/E;"backward" = FVA/E（使用国外中间投入，即 TiVA 的 EXGR_FVASH）;"forward" = DVX/E（向他国出口提供中间投入）;"position" = ln(1 + DVX/E) − ln(1 + FVA/E)，为正表示该经济体处于上游（为他国出口提供的增加值多于其使用的国外增加值）。' +
      '逐元素计算：输入单个值或形状相同的区域（例如一列产业）。三项流量须采用同一货币和年份。总出口会重复计算多次跨境的价值，因此 Borin、Mancini 和 Taglioni（世界银行政策研究工作论文 9785）主张改用其他分母；这里采用文献中常见的总出口形式。' +
      '空单元格返回空结果。' +
      '错误：grossExports 为 0 时返回 #DIV/0!；有负值时返回 #NUM!；文本或未知的 kind 返回 #VALUE!。',
  },
  params: [
    { name: 'foreignVA', type: 'number', shape: 'element', min: 0, description: { en: 'Foreign value added in gross exports, FVA.', zh: '总出口中的国外增加值 FVA。' } },
    {
      name: 'domesticVAInForeignExports',
      type: 'number',
      shape: 'element',
      min: 0,
      description: { en: 'Domestic value added in other economies\' exports, DVX.', zh: '其他经济体出口中的本国增加值 DVX。' },
    },
    { name: 'grossExports', type: 'number', shape: 'element', min: 0, description: { en: 'Gross exports E.', zh: '总出口 E。' } },
    {
      name: 'kind',
      type: 'option',
      shape: 'scalar',
      optional: true,
      default: 'total',
      options: ['total', 'backward', 'forward', 'position'],
      description: {
        en: '"total" (default), "backward", "forward" or "position".',
        zh: '"total"（默认）、"backward"（后向）、"forward"（前向）或 "position"（地位指数）。',
      },
    },
  ],
  result: { shape: 'element', description: { en: 'The participation measure per cell.', zh: '逐单元格的参与度指标。' } },
  glossary: ['gvc-participation', 'openness'],
  examples: [
    {
      title: { en: 'Total participation', zh: '总参与度' },
      args: [20, 30, 100, null],
      expected: [[0.5]],
      tolerance: 1e-12,
      source: 'by hand from the definitions in shared/reference/methods.md A10: (20 + 30) / 100',
    },
    {
      title: { en: 'Backward participation', zh: '后向参与度' },
      args: [20, 30, 100, 'backward'],
      expected: [[0.2]],
      tolerance: 1e-12,
      source: 'by hand: 20 / 100',
    },
    {
      title: { en: 'GVC position of two industries', zh: '两个产业的 GVC 地位指数' },
      args: [[[20], [25]], [[30], [25]], 100, 'position'],
      expected: [[0.08004270767353637], [0]],
      tolerance: 1e-12,
      source: 'by hand: ln(1.3) − ln(1.2); equal FVA and DVX give 0',
    },
    {
      title: { en: 'Zero gross exports are #DIV/0!', zh: '总出口为 0 时返回 #DIV/0!' },
      args: [20, 30, 0, null],
      expected: [[{ error: '#DIV/0!' }]],
      source: 'the shares are undefined when E = 0',
    },
  ],
  compute: gvcParticipation,
};
