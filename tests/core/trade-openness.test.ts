import { DomainError } from '../../src/core/errors';
import { tradeOpenness } from '../../src/core/trade-openness';

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
