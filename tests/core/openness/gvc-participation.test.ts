import { gvcParticipation } from '../../../src/core/openness/gvc-participation';
import { expectDomainError } from '../../helpers/domain-error';


// derived by hand from the definitions in shared/reference/methods.md A10: FVA 20, DVX 30, E 100
describe('gvcParticipation', () => {
  it('gives the four kinds', () => {
    expect(gvcParticipation(20, 30, 100)).toBeCloseTo(0.5, 12);
    expect(gvcParticipation(20, 30, 100, 'total')).toBeCloseTo(0.5, 12);
    expect(gvcParticipation(20, 30, 100, 'backward')).toBeCloseTo(0.2, 12);
    expect(gvcParticipation(20, 30, 100, 'forward')).toBeCloseTo(0.3, 12);
    expect(gvcParticipation(20, 30, 100, 'position')).toBeCloseTo(Math.log(1.3) - Math.log(1.2), 12);
    expect(gvcParticipation(20, 30, 100, 'position')).toBeCloseTo(0.08004270767353637, 12);
  });
  it('gives position 0 when forward and backward are equal', () => {
    expect(gvcParticipation(25, 25, 100, 'position')).toBeCloseTo(0, 12);
  });
  it('rejects zero exports, negatives and unknown kinds', () => {
    expectDomainError(() => gvcParticipation(20, 30, 0), 'div0');
    expectDomainError(() => gvcParticipation(-20, 30, 100), 'num');
    expectDomainError(() => gvcParticipation(20, 30, 100, 'sideways'), 'value', /kind/);
  });
});
