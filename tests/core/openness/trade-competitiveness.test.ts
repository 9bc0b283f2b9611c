import { tradeCompetitiveness } from '../../../src/core/openness/trade-competitiveness';
import { expectDomainError } from '../../helpers/domain-error';


describe('tradeCompetitiveness', () => {
  it('reproduces −0.2 (derived: tests/fixtures/vectors/trade_dependence.json, tc_index)', () => {
    expect(tradeCompetitiveness(80, 120)).toBeCloseTo(-0.2, 12);
  });
  it('spans [−1, 1]', () => {
    expect(tradeCompetitiveness(10, 0)).toBe(1);
    expect(tradeCompetitiveness(0, 10)).toBe(-1);
  });
  it('gives #DIV/0! when X + M = 0 (tc_index edge case) and #NUM! for negatives', () => {
    expectDomainError(() => tradeCompetitiveness(0, 0), 'div0');
    expectDomainError(() => tradeCompetitiveness(-1, 3), 'num');
  });
});
