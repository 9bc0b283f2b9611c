import { isicCoverage } from '../../../src/core/completeness/isic-coverage';
import { isicScope } from '../../../src/core/completeness/isic-scope';
import { isicCode } from '../../../src/core/completeness/isic-code';
import { expectDomainError } from '../../helpers/domain-error';
import { loadIsic } from '../../../src/core/completeness/isic-index';

// The classification is a lazy chunk in the bundle: loaded first, as the adapter does (FunctionSpec.prepare).
beforeAll(() => loadIsic());


// Counts from shared/data/README.md and the embedded file: 88 divisions, 21 sections; C has 24 divisions (10–33).
describe('isicCoverage', () => {
  it('is 0 with no codes and 1 with every division', () => {
    expect(isicCoverage([[null]])).toBe(0);
    expect(isicCoverage([['01'], ['02']])).toBeCloseTo(2 / 88, 12);
  });
  it('counts a class for its group, division and section', () => {
    expect(isicCoverage([['1010']], 'division', 'C')).toBeCloseTo(1 / 24, 12);
    expect(isicCoverage([['1010']], 'group', 'C')).toBeCloseTo(1 / 71, 12);
    expect(isicCoverage([['1010']], 'section')).toBeCloseTo(1 / 21, 12);
  });
  it('does not let a coarser code fill finer levels', () => {
    expect(isicCoverage([['C']], 'division', 'C')).toBe(0);
    expect(isicCoverage([['10']], 'class', 'C')).toBe(0);
  });
  it('reads a number as a 4-digit class with leading zeros restored', () => {
    expect(isicCode(111, 'codes')).toBe('0111');
    expect(isicCoverage([[111]], 'division', 'A')).toBeCloseTo(1 / 3, 12);
    expect(isicCoverage(111, 'class', 'A')).toBeCloseTo(1 / 38, 12);
  });
  it('takes text codes as written: "011" is a group, "0111" a class', () => {
    expect(isicCoverage([['011']], 'group', 'A')).toBeGreaterThan(0);
    expect(isicCoverage([['011']], 'class', 'A')).toBe(0);
  });
  it('ignores codes outside the scope and duplicates', () => {
    expect(isicCoverage([['0111', '1010', '1010', '1020']], 'division', 'C')).toBeCloseTo(1 / 24, 12);
  });
  it('accepts every form of scope', () => {
    expect(isicScope('all')).toHaveLength(21);
    expect(isicScope(null)).toHaveLength(21);
    expect(isicScope('c')).toEqual(['C']);
    expect(isicScope('B-E')).toEqual(['B', 'C', 'D', 'E']);
    expect(isicScope('B, C,D')).toEqual(['B', 'C', 'D']);
    expect(isicScope('A,C-D')).toEqual(['A', 'C', 'D']);
    // B–D: 30 divisions (shared/data/README.md); one division of C present
    expect(isicCoverage([['10']], 'division', 'B-D')).toBeCloseTo(1 / 30, 12);
    expect(isicCoverage([['10']], 'class', 'B-E')).toBe(0);
  });
  it('is 1 when every category in scope is present', () => {
    const divisionsOfC = Array.from({ length: 24 }, (_, i) => [String(10 + i)]);
    expect(isicCoverage(divisionsOfC, 'division', 'C')).toBe(1);
  });
  it('rejects an unknown code, naming it and its cell', () => {
    expectDomainError(() => isicCoverage([['10'], ['1234']]), 'value', /"1234".*|row 2, column 1/);
    expectDomainError(() => isicCoverage([[10]]), 'value', /unknown ISIC Rev.4 code "0010"/);
    expectDomainError(() => isicCoverage([[10.5]]), 'value', /row 1, column 1/);
    expectDomainError(() => isicCoverage([[true]]), 'value');
  });
  it('rejects an unknown level or scope', () => {
    expectDomainError(() => isicCoverage([['10']], 'industry'), 'value', /level/);
    expectDomainError(() => isicCoverage([['10']], 'division', 'Z'), 'value', /scope: "Z"/);
    expectDomainError(() => isicCoverage([['10']], 'division', 'E-B'), 'value', /scope/);
  });
});
