import { sum } from '../../../src/core/shared/numeric';

describe('sum (compensated)', () => {
  it('keeps small terms that a naive sum loses', () => {
    // 1e16 + 1 + 1 - 1e16: a naive left-to-right sum gives 0 (each +1 is lost); the exact sum is 2.
    expect(sum([1e16, 1, 1, -1e16])).toBe(2);
  });
  it('sums an empty list to 0', () => {
    expect(sum([])).toBe(0);
  });
});
