import { theilIndex } from '../../../core/inclusiveness/theil-index';
import { INCLUSIVENESS } from '../../categories';
import type { FunctionSpec } from '../../types';

export const theilIndexSpec: FunctionSpec = {
  name: 'THEIL_INDEX',
  category: INCLUSIVENESS,
  description: {
    en: 'Theil-T inequality index; with groups, its split into within-group and between-group inequality.',
    zh: '泰尔 T 不平等指数；给出分组时，分解为组内与组间不平等。',
  },
  help: {
    en:
      'T = (1/n) Σ (xi/x̄) ln(xi/x̄): 0 when all values are equal, ln n when one unit has everything. A zero value adds 0 (the limit of x ln x), so zeros are allowed. ' +
      'groups: a label per value (for example "east", "central", "west" beside each province), compared without regard to case or surrounding spaces. The result is then a 2×3 table: a header row, then total, within-group and between-group inequality, with total = within + between. ' +
      'Within = Σg sg Tg, each group\'s own Theil-T weighted by its share sg of the grand total; between = Σg sg ln(x̄g / x̄), the Theil-T of the group means. A group whose values are all 0 adds nothing to either part. ' +
      'values and groups: a row or a column each, the same length. Blank values are left out together with their label. An empty cell reads as blank on every platform. ' +
      'Errors: #NUM! for a negative value; #DIV/0! when the values sum to 0; #N/A with no values; #VALUE! for text in values, groups of another length, or a blank label beside a value.',
    zh:
      'T = (1/n) Σ (xi/x̄) ln(xi/x̄)：所有值相等时为 0，一个单元占有全部时为 ln n。零值贡献为 0（x ln x 的极限），因此允许为 0。' +
      'groups：每个数值一个组标签（例如每个省份旁标注 "east"、"central"、"west"），比较时不区分大小写、忽略首尾空格。此时结果为 2×3 的表：一行标题，然后是总体、组内与组间不平等，且总体 = 组内 + 组间。' +
      '组内 = Σg sg Tg，即各组自身的泰尔 T 按其占总量的份额 sg 加权；组间 = Σg sg ln(x̄g / x̄)，即各组均值的泰尔 T。数值全为 0 的组对两部分都没有贡献。' +
      'values 和 groups 各为一行或一列，长度相同。空白数值连同其标签一起不计入。各平台上空单元格均按空白读取。' +
      '错误：有负值时返回 #NUM!；数值合计为 0 时返回 #DIV/0!；没有数值时返回 #N/A;values 中有文本、groups 长度不符，或数值旁的标签为空时返回 #VALUE!。',
  },
  params: [
    { name: 'values', type: 'number', shape: 'vector', min: 0, description: { en: 'Values ≥ 0 (a row or a column).', zh: '数值，≥ 0（一行或一列）。' } },
    {
      name: 'groups',
      type: 'text',
      shape: 'vector',
      optional: true,
      description: { en: 'A group label per value; gives the within/between split.', zh: '每个数值的组标签；给出时进行组内/组间分解。' },
    },
  ],
  result: {
    // One value, or with groups a 2×3 table: a header row, then total, within-group, between-group.
    shape: 'matrix',
    header: true,
    description: {
      en: 'T; with groups a header row and total, within-group, between-group.',
      zh: 'T；给出分组时为一行标题加总体、组内、组间。',
    },
  },
  glossary: ['theil-index', 'inclusiveness'],
  examples: [
    {
      title: { en: 'Six regions', zh: '六个地区' },
      args: [[[1], [2], [3], [4], [10], [20]], null],
      expected: [[0.4320751419297202]],
      tolerance: 1e-12,
      source: 'derived with numpy from T = (1/n) Σ (x/x̄) ln(x/x̄)',
    },
    {
      title: { en: 'Split into two groups', zh: '分为两组' },
      args: [
        [[1], [2], [3], [4], [10], [20]],
        [['west'], ['west'], ['west'], ['east'], ['east'], ['east']],
      ],
      expected: [
        ['total', 'within-group', 'between-group'],
        [0.4320751419297202, 0.16163704917576566, 0.2704380927539544],
      ],
      tolerance: 1e-12,
      source: 'derived with numpy: within = Σ s_g T_g, between = Σ s_g ln(s_g / (n_g/n)); they add up to the total',
    },
    {
      title: { en: 'Values that sum to 0 are #DIV/0!', zh: '数值合计为 0 时返回 #DIV/0!' },
      args: [[[0, 0, 0]], null],
      expected: [[{ error: '#DIV/0!' }]],
      source: 'the mean is 0, so x / x̄ is undefined',
    },
  ],
  compute: theilIndex,
};
