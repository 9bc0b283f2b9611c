import { DomainError } from '../../../src/core/shared/errors';
import { structureAdvancement } from '../../../src/core/synergy/structure-advancement';
import { expectDomainError } from '../../helpers/domain-error';


describe('structureAdvancement', () => {
  it('reproduces TS = 1.25 and H = 2.4 (derived: tests/fixtures/vectors/industrial_structure.json)', () => {
    expect(structureAdvancement([[10, 40, 50]])[0][0] as number).toBeCloseTo(1.25, 12);
    expect(structureAdvancement([[10, 40, 50]], 'ratio')[0][0] as number).toBeCloseTo(1.25, 12);
    expect(structureAdvancement([[10, 40, 50]], 'hierarchy')[0][0] as number).toBeCloseTo(2.4, 12);
  });
  it('gives one value per row and generalises the hierarchy to more sectors (derived by hand)', () => {
    const r = structureAdvancement([[5, 35, 60], [10, 40, 50]], 'hierarchy');
    expect(r[0][0] as number).toBeCloseTo(2.55, 12);
    expect(r[1][0] as number).toBeCloseTo(2.4, 12);
    expect(structureAdvancement([[10, 20, 30, 40]], 'hierarchy')[0][0] as number).toBeCloseTo((10 + 40 + 90 + 160) / 100, 12);
  });
  it('confines errors to the row', () => {
    const r = structureAdvancement([[10, 0, 50], [10, -1, 50], [null, 1, 2], [null, null, null]]);
    expect((r[0][0] as DomainError).kind).toBe('div0');
    expect((r[1][0] as DomainError).kind).toBe('num');
    expect((r[2][0] as DomainError).kind).toBe('na');
    expect(r[3][0]).toBe('');
    expect((structureAdvancement([[0, 0, 0]], 'hierarchy')[0][0] as DomainError).kind).toBe('div0');
  });
  it('requires three columns and a known kind', () => {
    expectDomainError(() => structureAdvancement([[10, 40]]), 'na', /^requires at least three columns/);
    expectDomainError(() => structureAdvancement([[10, 40, 50]], 'angle'), 'value', /kind/);
  });
});
