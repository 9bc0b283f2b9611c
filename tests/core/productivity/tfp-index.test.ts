import { DomainError } from '../../../src/core/shared/errors';
import { tfpIndex } from '../../../src/core/productivity/tfp-index';
import { expectDomainError } from '../../helpers/domain-error';


describe('tfpIndex', () => {
  it('reproduces 1.0273219758222454 (derived: tests/fixtures/vectors/normalise_aggregate_tfp.json, tfp_index_ratio)', () => {
    const r = tfpIndex([100, 108], [300, 330], [50, 51], 0.4);
    expect(r[0][0]).toBe(1);
    expect(r[1][0] as number).toBeCloseTo(1.0273219758222454, 12);
  });
  it('agrees with the exponentiated cumulative log growth (derived with numpy: 1.0503233176183928)', () => {
    const r = tfpIndex([100, 108, 115], [300, 330, 360], [50, 51, 51.5], [0.4]);
    expect(r[2][0] as number).toBeCloseTo(1.0503233176183928, 12);
  });
  it('takes one α per period', () => {
    const r = tfpIndex([100, 108], [300, 330], [50, 51], [0.4, 0.5]);
    const a0 = 100 / (300 ** 0.4 * 50 ** 0.6), a1 = 108 / (330 ** 0.5 * 51 ** 0.5);
    expect(r[1][0] as number).toBeCloseTo(a1 / a0, 12);
  });
  it('confines gaps and bad levels to their periods; the base period must be complete', () => {
    const r = tfpIndex([100, null, 115, -1], [300, 330, 360, 300], [50, 51, 51.5, 50], 0.4);
    expect(r[1][0]).toBe('');
    expect((r[3][0] as DomainError).kind).toBe('num');
    expectDomainError(() => tfpIndex([null, 1], [1, 1], [1, 1], 0.4), 'na', /first period/);
    expectDomainError(() => tfpIndex([0, 1], [1, 1], [1, 1], 0.4), 'num');
    expectDomainError(() => tfpIndex([1, 1], [1, 1], [1, 1], [0.3, 0.3, 0.3]), 'value');
    expectDomainError(() => tfpIndex([1, 1], [1, 1], [1, 1], 0), 'num');
  });
});
