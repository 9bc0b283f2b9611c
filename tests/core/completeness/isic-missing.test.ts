import { isicMissing } from '../../../src/core/completeness/isic-missing';
import { expectDomainError } from '../../helpers/domain-error';
import { loadIsic } from '../../../src/core/completeness/isic-index';

// The classification is a lazy chunk in the bundle: loaded first, as the adapter does (FunctionSpec.prepare).
beforeAll(() => loadIsic());


describe('isicMissing', () => {
  it('lists the absent categories under a header row', () => {
    const divisionsOfB = [['05'], ['06'], ['07'], ['08']]; // B has divisions 05–09
    expect(isicMissing(divisionsOfB, 'division', 'B')).toEqual([
      ['code', 'title'],
      ['09', 'Mining support service activities'],
    ]);
  });
  it('lists every section when no code is given', () => {
    const table = isicMissing([[null]], 'section');
    expect(table).toHaveLength(22);
    expect(table[1]).toEqual(['A', 'Agriculture, forestry and fishing']);
  });
  it('gives #N/A "every category is present" when none is missing', () => {
    expectDomainError(() => isicMissing([['0510'], ['0520'], ['06'], ['07'], ['08'], ['09']], 'division', 'B'), 'na', /^every category is present$/);
  });
});
