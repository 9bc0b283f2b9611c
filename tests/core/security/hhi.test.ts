import { hhi } from '../../../src/core/security/hhi';
import { expectDomainError } from '../../helpers/domain-error';


describe('hhi', () => {
  it('reproduces tests/fixtures/vectors/trade_dependence.json (hhi): 0.38, normalised 0.07', () => {
    expect(hhi([0.5, 0.3, 0.2])).toBeCloseTo(0.38, 12);
    expect(hhi([0.5, 0.3, 0.2], true)).toBeCloseTo(0.07, 12);
  });
  it('rescales values to shares (derived: 50, 30, 20 are the same shares)', () => {
    expect(hhi([50, 30, 20])).toBeCloseTo(0.38, 12);
  });
  it('is 1/N for equal values and 1 for one category', () => {
    expect(hhi([4, 4, 4, 4])).toBeCloseTo(0.25, 12);
    expect(hhi([4, 4, 4, 4], true)).toBeCloseTo(0, 12);
    expect(hhi([7])).toBe(1);
    expect(hhi([7], true)).toBe(1); // N = 1: normalised defined as 1 (trade_dependence.json edge note)
  });
  it('leaves blanks out and counts zeros as categories', () => {
    expect(hhi([50, null, 30, 20])).toBeCloseTo(0.38, 12);
    // derived: shares (0.5, 0.3, 0.2, 0), N = 4: (0.38 − 0.25)/(0.75)
    expect(hhi([50, 30, 20, 0], true)).toBeCloseTo(0.13 / 0.75, 12);
  });
  it('rejects no values, negatives and a zero sum', () => {
    expectDomainError(() => hhi([null, null]), 'na', /^requires at least one value$/);
    expectDomainError(() => hhi([3, -1]), 'num', /item 2/);
    expectDomainError(() => hhi([0, 0]), 'div0');
  });
});
