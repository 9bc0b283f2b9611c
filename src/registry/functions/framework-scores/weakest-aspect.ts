import { weakestAspect } from '../../../core/framework-scores/weakest-aspect';
import { FRAMEWORK_SCORES } from '../../categories';
import type { FunctionSpec } from '../../types';
import { langParam } from '../shared/lang-param';

export const weakestAspectSpec: FunctionSpec = {
  name: 'WEAKEST_ASPECT',
  category: FRAMEWORK_SCORES,
  description: {
    en: 'The label of each unit\'s lowest score: its "short board".',
    zh: '每个单位得分最低的一项的名称，即其"短板"。',
  },
  help: {
    en:
      'scores: one row per unit. With 6 columns the default labels are the six aspects of the modernized industrial system (advanced quality, synergy, completeness, security, openness, inclusiveness); ' +
      'with 4 columns, the four new modernizations (high-end, digitized (intelligent), green, integrated) (Huang 2024). For any other number of columns give labels, one per column. ' +
      'A single unit may also be given as a column when its length matches the labels. lang: "en" (default) or "zh" for the default labels. ' +
      'Blank scores are left out; a unit with no score at all is #N/A. An empty cell reads as blank on every platform. ' +
      'Ties: the first lowest in column order, as INDEX(labels, MATCH(MIN(row), row, 0)) would give. ' +
      'Errors: #VALUE! when labels are missing for a column count other than 4 or 6, or do not match the columns.',
    zh:
      'scores：每个单位一行。六列时默认名称为现代化产业体系的六个方面（先进性、协同性、完整性、安全性、开放性、包容性）；' +
      '四列时为"四化"（高端化、数字化（智能化）、绿色化、融合化）(Huang 2024)。其他列数须给出 labels，每列一个。' +
      '单个单位也可以是一列，只要长度与名称个数一致。lang:"en"（默认）或 "zh"，决定默认名称的语言。' +
      '空白得分不参与比较；一个得分都没有的单位返回 #N/A。各平台上空单元格均按空白读取。' +
      '并列最低时取列序中的第一个，与 INDEX(labels, MATCH(MIN(row), row, 0)) 的结果一致。' +
      '错误：列数不是 4 或 6 而未给 labels，或 labels 个数与列数不符时返回 #VALUE!。',
  },
  params: [
    {
      name: 'scores',
      type: 'number',
      shape: 'matrix',
      blanks: 'missing',
      description: { en: 'Units in rows, one column per aspect.', zh: '单位为行，每个方面一列。' },
    },
    {
      name: 'labels',
      type: 'text',
      shape: 'vector',
      optional: true,
      description: {
        en: 'One label per column; omitted = the six aspects (6 columns) or the four new modernizations (4 columns).',
        zh: '每列一个名称；省略时为六个方面（6 列）或"四化"（4 列）。',
      },
    },
    { ...langParam, description: { en: 'Language of the default labels: "en" (default) or "zh".', zh: '默认名称的语言："en"（默认）或 "zh"。' } },
  ],
  result: {
    shape: 'column',
    description: { en: 'One label per unit.', zh: '每个单位一个名称。' },
  },
  glossary: ['short-board', 'six-aspects', 'four-new-modernizations'],
  examples: [
    {
      title: { en: 'Six aspects, two regions', zh: '六个方面，两个地区' },
      args: [
        [
          [0.8, 0.7, 0.9, 0.3, 0.6, 0.5],
          [0.2, 0.7, 0.9, 0.3, 0.6, 0.5],
        ],
      ],
      expected: [['security'], ['advanced quality']],
      source: 'derived by hand: the minimum of each row is in column 4 and column 1',
    },
    {
      title: { en: 'The four new modernizations, in Chinese', zh: '"四化"，中文名称' },
      args: [[[70, 55, 80, 60]], null, 'zh'],
      expected: [['数字化（智能化）']],
      source: 'derived by hand: 55 is the lowest, column 2',
    },
    {
      title: { en: 'Own labels for three indicators', zh: '三个指标，自定义名称' },
      args: [[[3, 1, 2]], [['R&D', 'patents', 'talent']]],
      expected: [['patents']],
      source: 'derived by hand',
    },
    {
      title: { en: 'Five columns need labels: #VALUE!', zh: '五列须给出 labels:#VALUE!' },
      args: [[[3, 1, 2, 4, 5]]],
      expected: [[{ error: '#VALUE!' }]],
      source: 'catalogue section 1: otherwise labels is required',
    },
  ],
  compute: (scores, labels, lang) => weakestAspect(scores, labels, lang),
};
