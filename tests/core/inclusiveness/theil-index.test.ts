import type { Cell } from '../../../src/core/shared/errors';
import { theilIndex } from '../../../src/core/inclusiveness/theil-index';
import { expectDomainError } from '../../helpers/domain-error';


describe('theilIndex', () => {
  it('Theil-T (derived with numpy: 1, 2, 3, 4, 10, 20 → 0.4320751419297202)', () => {
    expect(theilIndex([1, 2, 3, 4, 10, 20]) as number).toBeCloseTo(0.4320751419297202, 12);
  });
  it('is 0 for equal values and ln n when one unit has everything (0·ln 0 = 0)', () => {
    expect(theilIndex([3, 3, 3]) as number).toBeCloseTo(0, 12);
    expect(theilIndex([0, 0, 0, 9]) as number).toBeCloseTo(Math.log(4), 12);
  });
  it('decomposes into within- and between-group parts that add up (derived with numpy)', () => {
    const t = theilIndex([1, 2, 3, 4, 10, 20], ['a', 'a', 'A ', 'b', 'b', 'b']) as Cell[][];
    expect(t[0]).toEqual(['total', 'within-group', 'between-group']);
    expect(t[1][0] as number).toBeCloseTo(0.4320751419297202, 12);
    expect(t[1][1] as number).toBeCloseTo(0.16163704917576566, 12);
    expect(t[1][2] as number).toBeCloseTo(0.2704380927539544, 12);
    expect((t[1][1] as number) + (t[1][2] as number)).toBeCloseTo(t[1][0] as number, 12);
  });
  it('accepts numeric group labels and a group whose total is 0', () => {
    const t = theilIndex([0, 0, 4, 6], [1, 1, 2, 2]) as Cell[][];
    expect((t[1][1] as number) + (t[1][2] as number)).toBeCloseTo(t[1][0] as number, 12);
  });
  it('handles blanks and errors', () => {
    expect(theilIndex([1, null, 2, 3, 4, 10, 20]) as number).toBeCloseTo(0.4320751419297202, 12);
    expectDomainError(() => theilIndex([null]), 'na');
    expectDomainError(() => theilIndex([0, 0]), 'div0');
    expectDomainError(() => theilIndex([1, -2]), 'num');
    expectDomainError(() => theilIndex([1, 2], ['a']), 'value', /groups has 1/);
    expectDomainError(() => theilIndex([1, 2], ['a', null]), 'value', /item 2/);
  });
});
