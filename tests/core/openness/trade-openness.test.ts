import { tradeOpenness } from '../../../src/core/openness/trade-openness';
import { expectDomainError } from '../../helpers/domain-error';


describe('tradeOpenness', () => {
  it('reproduces 0.35 (derived: tests/fixtures/vectors/trade_dependence.json, trade_openness)', () => {
    expect(tradeOpenness(2, 1.5, 10)).toBeCloseTo(0.35, 12);
  });
  it('rejects a zero or negative GDP and negative trade', () => {
    expectDomainError(() => tradeOpenness(2, 1.5, 0), 'div0');
    expectDomainError(() => tradeOpenness(2, 1.5, -10), 'num');
    expectDomainError(() => tradeOpenness(-2, 1.5, 10), 'num', /exports/);
  });
});
