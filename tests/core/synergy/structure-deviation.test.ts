import { DomainError } from '../../../src/core/shared/errors';
import { structureDeviation } from '../../../src/core/synergy/structure-deviation';
import { expectDomainError } from '../../helpers/domain-error';


describe('structureDeviation', () => {
  it('reproduces E = 1.25 (derived: tests/fixtures/vectors/industrial_structure.json)', () => {
    expect(structureDeviation([[10, 40, 50]], [[30, 30, 40]])[0][0] as number).toBeCloseTo(1.25, 12);
  });
  it('gives one value per row (derived with numpy: 1.3) and 0 at equilibrium', () => {
    const r = structureDeviation([[5, 35, 60], [20, 30, 50]], [[25, 30, 45], [2, 3, 5]]);
    expect(r[0][0] as number).toBeCloseTo(1.3, 12);
    expect(r[1][0] as number).toBeCloseTo(0, 12);
  });
  it('leaves out a sector absent from both series and counts Y_i = 0 as |0 − 1|', () => {
    expect(structureDeviation([[0, 50, 50]], [[0, 50, 50]])[0][0] as number).toBeCloseTo(0, 12);
    expect(structureDeviation([[0, 50, 50]], [[20, 40, 40]])[0][0] as number).toBeCloseTo(1 + 0.25 + 0.25, 12);
  });
  it('gives #DIV/0! in the row when L_i = 0 with Y_i > 0', () => {
    expect((structureDeviation([[10, 40, 50]], [[0, 60, 40]])[0][0] as DomainError).kind).toBe('div0');
    expectDomainError(() => structureDeviation([[1, 2]], [[1, 2], [3, 4]]), 'value');
  });
});
