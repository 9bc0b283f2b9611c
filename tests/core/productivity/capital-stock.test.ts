import { capitalStock } from '../../../src/core/productivity/capital-stock';
import { expectDomainError } from '../../helpers/domain-error';


describe('capitalStock', () => {
  it('reproduces K = 51.02, 57.12, 63.64 (derived: tests/fixtures/vectors/normalise_aggregate_tfp.json, perpetual_inventory)', () => {
    const k = capitalStock([10, 11, 12], 0.096, 0.1);
    const expected = [51.0204081632653, 57.12244897959184, 63.63869387755102];
    expected.forEach((v, i) => expect(k[i][0] as number).toBeCloseTo(v, 10));
  });
  it('deflates to first-period prices and infers g from real investment (derived with numpy)', () => {
    const k = capitalStock([10, 12, 15], 0.1, null, [1, 1.1, 1.25]);
    const expected = [51.16525935923931, 56.95782433240628, 63.26204189916565];
    expected.forEach((v, i) => expect(k[i][0] as number).toBeCloseTo(v, 10));
  });
  it('infers g as the average geometric growth of investment (derived by hand: g = 0.1, K = 500, 560, 625)', () => {
    const k = capitalStock([100, 110, 121], 0.1, null);
    [500, 560, 625].forEach((v, i) => expect(k[i][0] as number).toBeCloseTo(v, 9));
  });
  it('rejects g + δ ≤ 0 and other invalid input', () => {
    expectDomainError(() => capitalStock([10, 11], 0.05, -0.05), 'num', /growth \+ depreciation/);
    expectDomainError(() => capitalStock([10], 0.05), 'na', /^requires growth/);
    expectDomainError(() => capitalStock([10, null, 12], 0.05, 0.1), 'na', /period 2/);
    expectDomainError(() => capitalStock([10, -1], 0.05, 0.1), 'num');
    expectDomainError(() => capitalStock([0, 10], 0.05), 'num', /positive first and last/);
    expectDomainError(() => capitalStock([10, 11], -0.1, 0.1), 'num', /depreciation/);
    expectDomainError(() => capitalStock([10, 11], 0.1, 0.1, [1]), 'value', /deflator has 1/);
    expectDomainError(() => capitalStock([10, 11], 0.1, 0.1, [1, 0]), 'num');
  });
});
