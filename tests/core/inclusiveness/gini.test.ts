import { gini } from '../../../src/core/inclusiveness/gini';
import { expectDomainError } from '../../helpers/domain-error';


describe('gini', () => {
  it('reproduces 0.3076923 (published: R phylotools 0.1.2 gini() example; tests/fixtures/vectors/gini.json)', () => {
    expect(Math.abs(gini([1, 3, 2, 1, 1, 1, 4]) - 0.3076923)).toBeLessThan(5e-8);
    expect(gini([1, 3, 2, 1, 1, 1, 4], null, true)).toBeCloseTo(0.358974359, 9);
  });
  it('reproduces the acid income vector (derived: gini.json): 0.46209113, corrected 0.513434589', () => {
    const x = [541, 1463, 2445, 3438, 4437, 5401, 6392, 8304, 11904, 22261];
    expect(gini(x)).toBeCloseTo(0.46209113, 8);
    expect(gini(x, null, true)).toBeCloseTo(0.513434589, 8);
  });
  it('equals the pairwise definition Σ|xi − xj| / (2 n² mean) (derived by hand)', () => {
    const x = [4, 0, 7, 2, 2];
    let s = 0;
    for (const a of x) for (const b of x) s += Math.abs(a - b);
    expect(gini(x)).toBeCloseTo(s / (2 * 25 * 3), 12);
  });
  it('weights each value by its population (derived with numpy: x 3, 1, 5, 2, w 2, 1, 1, 4 → 0.225)', () => {
    expect(gini([3, 1, 5, 2], [2, 1, 1, 4])).toBeCloseTo(0.225, 12);
    // the same as repeating each value w times
    expect(gini([3, 3, 1, 5, 2, 2, 2, 2])).toBeCloseTo(0.225, 12);
  });
  it('edge cases of gini.json: all equal 0, a single value 0, zero sum #DIV/0!, negative #NUM!', () => {
    expect(gini([5, 5, 5])).toBeCloseTo(0, 12);
    expect(gini([5])).toBe(0);
    expectDomainError(() => gini([0, 0]), 'div0');
    expectDomainError(() => gini([3, -1]), 'num', /item 2/);
  });
  it('leaves blanks out', () => {
    expect(gini([1, null, 3, 2, 1, 1, 1, 4])).toBeCloseTo(0.307692308, 8);
    expect(gini([3, null, 1, 5, 2], [2, 7, 1, 1, 4])).toBeCloseTo(0.225, 12);
  });
  it('rejects mismatched or blank weights, corrected with weights, and too few values', () => {
    expectDomainError(() => gini([1, 2], [1]), 'value', /weights has 1/);
    expectDomainError(() => gini([1, 2], [1, null]), 'value', /item 2/);
    expectDomainError(() => gini([1, 2], [1, -1]), 'num');
    expectDomainError(() => gini([1, 2], [0, 0]), 'div0');
    expectDomainError(() => gini([1, 2], [1, 1], true), 'value', /unweighted/);
    expectDomainError(() => gini([null]), 'na', /^requires at least one value$/);
    expectDomainError(() => gini([5], null, true), 'na', /two values/);
  });
});
