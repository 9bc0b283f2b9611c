import { DomainError } from '../../../src/core/shared/errors';
import { structureTheil } from '../../../src/core/synergy/structure-theil';
import { expectDomainError } from '../../helpers/domain-error';


describe('structureTheil', () => {
  it('reproduces TL = 0.1167833758 (derived: tests/fixtures/vectors/industrial_structure.json)', () => {
    expect(structureTheil([[10, 40, 50]], [[30, 30, 40]])[0][0] as number).toBeCloseTo(0.1167833758, 9);
  });
  it('gives one value per row (derived with numpy: Y 5, 35, 60, L 25, 30, 45 → 0.14609008578890392)', () => {
    const r = structureTheil([[10, 40, 50], [5, 35, 60]], [[30, 30, 40], [25, 30, 45]]);
    expect(r).toHaveLength(2);
    expect(r[1][0] as number).toBeCloseTo(0.14609008578890392, 12);
  });
  it('is 0 at equilibrium and takes the Y_i = 0 term as its limit 0', () => {
    expect(structureTheil([[20, 30, 50]], [[2, 3, 5]])[0][0] as number).toBeCloseTo(0, 12);
    // derived by hand: y = (0, .5, .5), l = (.2, .4, .4) → 2 · 0.5 ln(1.25)
    expect(structureTheil([[0, 50, 50]], [[20, 40, 40]])[0][0] as number).toBeCloseTo(Math.log(1.25), 12);
  });
  it('confines errors to the row: L_i = 0 with Y_i > 0, negatives, blanks', () => {
    const r = structureTheil([[10, 40, 50], [10, 40, 50], [-1, 40, 50], [null, 40, 50], [null, null, null]], [[30, 30, 40], [0, 30, 40], [30, 30, 40], [30, 30, 40], [null, null, null]]);
    expect((r[1][0] as DomainError).kind).toBe('div0');
    expect((r[1][0] as DomainError).message).toMatch(/^row 2: employment in column 1 is 0/);
    expect((r[2][0] as DomainError).kind).toBe('num');
    expect((r[3][0] as DomainError).kind).toBe('na');
    expect(r[4][0]).toBe('');
  });
  it('rejects mismatched shapes and a single sector', () => {
    expectDomainError(() => structureTheil([[10, 40, 50]], [[30, 30]]), 'value', /same shape/);
    expectDomainError(() => structureTheil([[10]], [[30]]), 'na', /two sectors/);
  });
});
