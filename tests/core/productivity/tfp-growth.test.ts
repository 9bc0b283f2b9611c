import { DomainError } from '../../../src/core/shared/errors';
import { tfpGrowth } from '../../../src/core/productivity/tfp-growth';
import { expectDomainError } from '../../helpers/domain-error';


describe('tfpGrowth', () => {
  it('reproduces g_A = 0.02695539283669058 (derived: tests/fixtures/vectors/normalise_aggregate_tfp.json, solow_residual)', () => {
    const r = tfpGrowth([100, 108], [300, 330], [50, 51], 0.4);
    expect(r).toHaveLength(1);
    expect(r[0][0] as number).toBeCloseTo(0.02695539283669058, 12);
    expect(tfpGrowth([100, 108], [300, 330], [50, 51], [0.4], 'log')[0][0] as number).toBeCloseTo(0.02695539283669058, 12);
  });
  it('gives T − 1 rates, log and simple (derived with numpy)', () => {
    const y = [100, 108, 115], k = [300, 330, 360], l = [50, 51, 51.5];
    const log = tfpGrowth(y, k, l, [0.4]);
    expect(log[1][0] as number).toBeCloseTo(0.022142645475959365, 12);
    const simple = tfpGrowth(y, k, l, [0.4], 'simple');
    expect(simple[0][0] as number).toBeCloseTo(0.028, 12);
    expect(simple[1][0] as number).toBeCloseTo(0.02256882551000198, 12);
  });
  it('takes one α per growth period', () => {
    const r = tfpGrowth([100, 108, 115], [300, 330, 360], [50, 51, 51.5], [0.4, 0.5]);
    const expected = Math.log(115 / 108) - 0.5 * Math.log(360 / 330) - 0.5 * Math.log(51.5 / 51);
    expect(r[1][0] as number).toBeCloseTo(expected, 12);
  });
  it('confines gaps and bad levels to their steps', () => {
    const r = tfpGrowth([100, null, 115, 120], [300, 330, 360, 0], [50, 51, 51.5, 52], 0.4);
    expect(r[0][0]).toBe('');
    expect(r[1][0]).toBe('');
    expect((r[2][0] as DomainError).kind).toBe('num');
    const s = tfpGrowth([100, 110], [0, 10], [50, 51], 0.4, 'simple');
    expect((s[0][0] as DomainError).kind).toBe('div0');
  });
  it('rejects bad shapes, α and methods', () => {
    expectDomainError(() => tfpGrowth([1, 2], [1, 2, 3], [1, 2], 0.4), 'value', /same length/);
    expectDomainError(() => tfpGrowth([1], [1], [1], 0.4), 'na', /^requires at least two periods$/);
    expectDomainError(() => tfpGrowth([1, 2, 3], [1, 2, 3], [1, 2, 3], [0.4, 0.4, 0.4]), 'value', /capitalShare/);
    expectDomainError(() => tfpGrowth([1, 2], [1, 2], [1, 2], 1), 'num');
    expectDomainError(() => tfpGrowth([1, 2], [1, 2], [1, 2], [null]), 'value');
    expectDomainError(() => tfpGrowth([1, 2], [1, 2], [1, 2], 0.4, 'ols'), 'value', /method/);
  });
});
