import { rca } from '../../../src/core/openness/rca';
import { expectDomainError } from '../../helpers/domain-error';


describe('rca', () => {
  it('reproduces RCA 3 and symmetric 0.5 (derived: tests/fixtures/vectors/trade_dependence.json, rca_balassa)', () => {
    expect(rca(30, 200, 1000, 20000)).toBeCloseTo(2.9999999999999996, 12);
    expect(rca(30, 200, 1000, 20000, true)).toBeCloseTo(0.49999999999999994, 12);
  });
  it('is 1 (symmetric 0) at the world share and symmetric −1 with no exports', () => {
    expect(rca(5, 100, 50, 1000)).toBeCloseTo(1, 12);
    expect(rca(5, 100, 50, 1000, true)).toBeCloseTo(0, 12);
    expect(rca(0, 100, 50, 1000, true)).toBeCloseTo(-1, 12);
  });
  it('gives #DIV/0! for zero totals and #NUM! for negatives or a part above its total', () => {
    expectDomainError(() => rca(30, 0, 1000, 20000), 'div0', /totalExports/);
    expectDomainError(() => rca(30, 200, 0, 20000), 'div0');
    expectDomainError(() => rca(30, 200, 1000, 0), 'div0');
    expectDomainError(() => rca(-1, 200, 1000, 20000), 'num');
    expectDomainError(() => rca(300, 200, 1000, 20000), 'num', /exceed/);
  });
});
