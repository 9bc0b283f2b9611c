import { capitalStock } from '../../../core/productivity/capital-stock';
import { PRODUCTIVITY } from '../../categories';
import type { FunctionSpec } from '../../types';

export const capitalStockSpec: FunctionSpec = {
  name: 'CAPITAL_STOCK',
  category: PRODUCTIVITY,
  description: {
    en: 'Capital stock by the perpetual inventory method: K0 = I0/(g + δ), Kt = Kt−1(1 − δ) + It, for each period of an investment series.',
    zh: '永续盘存法计算资本存量：K0 = I0/(g + δ),Kt = Kt−1(1 − δ) + It，对投资序列的每一期给出结果。',
  },
  help: {
    en:
      'investment: investment (e.g. gross fixed capital formation) per period, in a row or a column, oldest first, with no gaps. ' +
      'deflator (optional): a price index of investment per period, the same length; investment is then restated in first-period prices as It · P0 / Pt. Without it investment is taken as already in constant prices. ' +
      'The first stock is K0 = I0 / (g + δ), the stock that steady growth of investment at rate g would have built up by the end of the first period; each later stock keeps (1 − δ) of the previous one and adds that period\'s investment. ' +
      'depreciation δ, a fraction from 0 to below 1, for example 0.096, the rate Zhang Jun et al. (2004) use for China (a convention: check it against your source). Rates are fractions: 9.6 % is 0.096 or 9.6% typed with the percent sign. ' +
      'growth g, a fraction between −1 and 1: if omitted, the average geometric growth rate of real investment over the series, (I_last / I_first)^(1/(T − 1)) − 1; many studies use the growth of the first 5 or 10 years instead: give it explicitly then. The initial stock matters less the longer the series. ' +
      'The result is a column, one stock per period (use TRANSPOSE for a row), in first-period prices when a deflator is given. ' +
      'Blank cells: a gap in investment or in the deflator is #N/A, because the recursion cannot pass it. ' +
      'Errors: #VALUE! for δ of 1 or more, or g of 1 or more (or −1 or less): a percentage typed as a number (9.6 for 9.6 %), since no perpetual inventory scraps the whole stock each period and no steady growth doubles investment each period; the message names the fraction to use (0.096, or 9.6%). #NUM! when g + δ ≤ 0, for negative investment, a deflator ≤ 0, a negative δ, or when g is omitted and the first or last real investment is not positive; #N/A for a gap, or a single period without growth; #VALUE! for text or a deflator of another length.',
    zh:
      'investment：各期投资（例如固定资本形成总额），为一行或一列，按时间先后排列，不能有缺口。' +
      'deflator（可选）：各期投资价格指数，长度相同；此时投资按 It · P0 / Pt 换算为第一期价格。不提供时视投资已为不变价。' +
      '第一期存量 K0 = I0 / (g + δ)，即投资以增长率 g 稳定增长时到第一期末积累的存量；以后各期保留上一期存量的 (1 − δ) 并加上当期投资。' +
      'depreciation δ 为不小于 0 且小于 1 的小数，例如 0.096，即张军等(2004)对中国采用的折旧率（这是一种约定，请与所用资料核对）。比率须以小数输入：9.6% 应输入 0.096，或带百分号输入 9.6%。' +
      'growth g 为介于 −1 与 1 之间的小数：省略时取序列中实际投资的平均几何增长率 （I_末期 / I_首期）^(1/(T − 1)) − 1；许多研究改用前 5 年或 10 年的增长率，此时请明确给出。序列越长，初始存量的影响越小。' +
      '结果为每期一个存量组成的一列（需要行时可用 TRANSPOSE）；给出价格指数时以第一期价格计。' +
      '空单元格：投资或价格指数中有缺口时返回 #N/A，因为递推无法跨过缺口。' +
      '错误：δ 不小于 1，或 g 不小于 1（或不大于 −1）时返回 #VALUE!：这是把百分数当作数值输入了（如用 9.6 表示 9.6%），因为永续盘存法不会每期报废全部存量，稳定增长也不会每期使投资翻番；提示信息给出应输入的小数（0.096，或 9.6%）。g + δ ≤ 0、投资为负、价格指数 ≤ 0、δ 为负，或省略 g 而首期或末期实际投资不为正时返回 #NUM!；有缺口，或只有一期且未给出 g 时返回 #N/A；文本或价格指数长度不符返回 #VALUE!。',
  },
  params: [
    {
      name: 'investment',
      type: 'number',
      shape: 'vector',
      min: 0,
      description: { en: 'Investment per period (a row or a column, oldest first).', zh: '各期投资（一行或一列，按时间先后）。' },
    },
    {
      name: 'depreciation',
      type: 'number',
      shape: 'scalar',
      // No max: δ ≥ 1 is a percentage typed as a number, which the core names (#VALUE!) rather than a bare #NUM!.
      min: 0,
      description: { en: 'Depreciation rate δ, a fraction below 1, e.g. 0.096 (not 9.6).', zh: '折旧率 δ，小于 1 的小数，例如 0.096（而非 9.6）。' },
    },
    {
      name: 'growth',
      type: 'number',
      shape: 'scalar',
      optional: true,
      description: {
        en: 'Growth rate g of investment before the series, a fraction (0.1, not 10); omitted: the average geometric growth of real investment.',
        zh: '序列之前投资的增长率 g，以小数表示（0.1 而非 10）；省略时取实际投资的平均几何增长率。',
      },
    },
    {
      name: 'deflator',
      type: 'number',
      shape: 'vector',
      optional: true,
      description: { en: 'Investment price index per period, > 0; omitted: investment is already real.', zh: '各期投资价格指数，> 0；省略时视投资已为不变价。' },
    },
  ],
  result: { shape: 'column', description: { en: 'The capital stock per period.', zh: '各期资本存量。' } },
  glossary: ['perpetual-inventory', 'capital-stock', 'tfp'],
  examples: [
    {
      title: { en: 'δ = 9.6%, g = 10%', zh: 'δ = 9.6%,g = 10%' },
      args: [[[10], [11], [12]], 0.096, 0.1, null],
      expected: [[51.0204081632653], [57.12244897959184], [63.63869387755102]],
      tolerance: 1e-9,
      source: 'tests/fixtures/vectors/normalise_aggregate_tfp.json, case perpetual_inventory (derived)',
    },
    {
      title: { en: 'Deflated investment, g from the series', zh: '平减后的投资，g 取自序列' },
      args: [[[10, 12, 15]], 0.1, null, [[1, 1.1, 1.25]]],
      expected: [[51.16525935923931], [56.95782433240628], [63.26204189916565]],
      tolerance: 1e-9,
      source: 'derived with numpy: real I = (10, 10.909, 12), g = (12/10)^(1/2) − 1',
    },
    {
      title: { en: 'g + δ ≤ 0 is #NUM!', zh: 'g + δ ≤ 0 时返回 #NUM!' },
      args: [[[10], [11]], 0.05, -0.05, null],
      expected: [[{ error: '#NUM!' }]],
      source: 'catalogue: g + δ ≤ 0 → #NUM!',
    },
    {
      title: { en: 'A depreciation rate typed as 9.6 (meaning 9.6 %) is #VALUE!', zh: '折旧率输入为 9.6（本意 9.6%）时返回 #VALUE!' },
      args: [[[10], [11], [12]], 9.6, 0.1, null],
      expected: [[{ error: '#VALUE!' }]],
      source: 'catalogue error table: a rate of 1 or more where a fraction is required (use 0.096 or 9.6%)',
    },
  ],
  compute: capitalStock,
};
