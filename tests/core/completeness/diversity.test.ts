import { diversity } from '../../../src/core/completeness/diversity';
import { expectDomainError } from '../../helpers/domain-error';


describe('diversity', () => {
  it('Shannon evenness H / ln N (derived with numpy: values 10, 20, 30, 40 → 0.9232196723355078)', () => {
    expect(diversity([10, 20, 30, 40])).toBeCloseTo(0.9232196723355078, 12);
    expect(diversity([10, 20, 30, 40], 'shannon')).toBeCloseTo(0.9232196723355078, 12);
  });
  it('1 − HHI (derived with numpy: 0.7)', () => {
    expect(diversity([10, 20, 30, 40], 'hhi')).toBeCloseTo(0.7, 12);
  });
  it('is 1 for an even spread and 0 when one category has everything', () => {
    expect(diversity([5, 5, 5])).toBeCloseTo(1, 12);
    expect(diversity([9, 0, 0])).toBeCloseTo(0, 12);
    expect(diversity([9, 0, 0], 'hhi')).toBeCloseTo(0, 12);
  });
  it('handles blanks, too few categories, negatives and zero sums', () => {
    expect(diversity([10, null, 20, 30, 40])).toBeCloseTo(0.9232196723355078, 12);
    expectDomainError(() => diversity([5]), 'na', /two categories/);
    expect(diversity([5], 'hhi')).toBe(0);
    expectDomainError(() => diversity([5, -1]), 'num');
    expectDomainError(() => diversity([0, 0]), 'div0');
    expectDomainError(() => diversity([1, 2], 'gini'), 'value');
  });
});
