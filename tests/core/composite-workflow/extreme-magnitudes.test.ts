/**
 * Data near the ends of the range of doubles (found by the fuzz test): values
 * around 1e-301 have deviations whose squares underflow to 0, values around
 * 1e300 squares that overflow. Correlations do not depend on a column's scale
 * and Cronbach's α not on a common one, so the data multiplied by a power of
 * ten must give what the data itself gives (never a blank or NaN cell).
 */
import { correlationMatrix } from '../../../src/core/composite-workflow/correlation-matrix';
import { cronbachAlpha } from '../../../src/core/composite-workflow/cronbach-alpha';
import vectors from '../../fixtures/vectors/analysis/composite_indicator_tools.json';

const data = (vectors.cases.find((c) => c.id === 'cronbach_alpha_pca')!.inputs as { data: number[][] }).data;
const factors = [1e-301, 1e-200, 1e200, 1e300];

describe.each(factors)('data × %s', (factor) => {
  const scaled = data.map((r) => r.map((x) => x * factor));

  it.each(['pearson', 'spearman'] as const)('CORRELATION_MATRIX %s equals that of the data', async (method) => {
    const want = await correlationMatrix(data, method);
    const got = await correlationMatrix(scaled, method);
    got.forEach((row, i) => row.forEach((v, j) => expect(v as number).toBeCloseTo(want[i][j] as number, 12)));
  });

  it('one column scaled alone: the correlations still equal those of the data', async () => {
    const one = data.map((r) => [r[0] * factor, ...r.slice(1)]);
    const want = await correlationMatrix(data);
    (await correlationMatrix(one)).forEach((row, i) => row.forEach((v, j) => expect(v as number).toBeCloseTo(want[i][j] as number, 12)));
  });

  it('CRONBACH_ALPHA equals that of the data', () => {
    expect(cronbachAlpha(scaled)).toBeCloseTo(cronbachAlpha(data), 12);
  });
});
