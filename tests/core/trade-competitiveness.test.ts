import { DomainError } from '../../src/core/errors';
import { tradeCompetitiveness } from '../../src/core/trade-competitiveness';

function expectDomainError(run: () => unknown, kind: string, message?: RegExp): void {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    expect((e as DomainError).kind).toBe(kind);
    if (message) expect((e as DomainError).message).toMatch(message);
    return;
  }
  throw new Error("expected a DomainError");
}

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
