/**
 * The distributions behind the second stage's p-values, against scipy 1.17.1
 * (scipy.special.erfc, gammaln; scipy.stats.norm.sf, 2·t.sf(|t|), chi2.sf):
 * tests/fixtures/vectors/analysis/distributions_scipy.json, written by a
 * one-off script from scipy on this machine. Relative tolerance, so the far
 * tails keep their digits.
 */
import ref from '../../fixtures/vectors/analysis/distributions_scipy.json';
import { chiSquareUpper, erfc, logGamma, normalCdf, normalTwoSided, normalUpper, studentTTwoSided } from '../../../src/core/shared/distributions';

const close = (actual: number, expected: number, rel: number) => {
  if (expected === 0) expect(Math.abs(actual)).toBeLessThan(1e-14);
  else expect(Math.abs(actual - expected) / Math.abs(expected)).toBeLessThan(rel);
};

describe('distributions against scipy', () => {
  it.each(ref.erfc)('erfc(%p)', (x, e) => close(erfc(x), e, 5e-13));
  it.each(ref.normUpper)('1 − Φ(%p)', (x, e) => close(normalUpper(x), e, 5e-13));
  it.each(ref.lgamma)('ln Γ(%p)', (x, e) => close(logGamma(x), e, 1e-13));
  it.each(ref.t2)('two-sided t p-value, t = %p, dof = %p', (t, d, e) => close(studentTTwoSided(t, d), e, 1e-11));
  it.each(ref.chi2)('chi-square upper tail, x = %p, dof = %p', (x, d, e) => close(chiSquareUpper(x, d), e, 1e-11));

  it('Φ and the two-sided normal p-value follow from the upper tail', () => {
    for (const [x, upper] of ref.normUpper) {
      close(normalCdf(-x), upper, 5e-13);
      if (x >= 0) close(normalTwoSided(x), Math.min(1, 2 * upper), 5e-13);
    }
    expect(normalTwoSided(0)).toBe(1);
  });
});
