import { isicTitle } from '../../../src/core/completeness/isic-title';
import { expectDomainError } from '../../helpers/domain-error';
import { loadIsic } from '../../../src/core/completeness/isic-index';

// The classification is a lazy chunk in the bundle: loaded first, as the adapter does (FunctionSpec.prepare).
beforeAll(() => loadIsic());


// Titles: shared/data/isic-rev4-structure.csv (UNSD)
describe('isicTitle', () => {
  it('returns the official title at every level', () => {
    expect(isicTitle('C')).toBe('Manufacturing');
    expect(isicTitle('10')).toBe('Manufacture of food products');
    expect(isicTitle('0111')).toBe('Growing of cereals (except rice), leguminous crops and oil seeds');
    expect(isicTitle(111)).toBe('Growing of cereals (except rice), leguminous crops and oil seeds');
    expect(isicTitle(' c ')).toBe('Manufacturing');
  });
  it('gives #N/A for an unknown code and "" for a blank', () => {
    expectDomainError(() => isicTitle('1234'), 'na', /"1234"/);
    expectDomainError(() => isicTitle(10), 'na', /"0010"/);
    expect(isicTitle(null)).toBe('');
    expect(isicTitle('')).toBe('');
  });
  it('gives #VALUE! for a value that cannot be a code', () => {
    expectDomainError(() => isicTitle(true), 'value');
    expectDomainError(() => isicTitle(-5), 'value');
  });
});
