import { coordinationLevel } from '../../../src/core/synergy/coordination-level';
import { expectDomainError } from '../../helpers/domain-error';


// Bands and labels: tests/fixtures/vectors/coupling_coordination.json (d_bands_10_level_uniform)
describe('coordinationLevel', () => {
  it('uses ten bands of width 0.1, lower edge included, 1 in the top band', () => {
    expect(coordinationLevel(0)).toBe('Extreme imbalance');
    expect(coordinationLevel(0.0999)).toBe('Extreme imbalance');
    expect(coordinationLevel(0.1)).toBe('Serious imbalance');
    expect(coordinationLevel(0.45)).toBe('On the verge of imbalance');
    expect(coordinationLevel(0.5)).toBe('Barely coordinated');
    expect(coordinationLevel(0.65135556)).toBe('Primary coordination');
    expect(coordinationLevel(0.7)).toBe('Intermediate coordination');
    expect(coordinationLevel(0.9)).toBe('High-quality coordination');
    expect(coordinationLevel(1)).toBe('High-quality coordination');
  });
  it('treats a value a rounding error below an edge as on it', () => {
    expect(coordinationLevel(0.7 - 1e-15)).toBe('Intermediate coordination');
    expect(coordinationLevel(0.1 + 0.2)).toBe('Mild imbalance');
  });
  it('speaks Chinese', () => {
    expect(coordinationLevel(0.05, 'zh')).toBe('极度失调衰退类');
    expect(coordinationLevel(0.55, 'zh')).toBe('勉强协调发展类');
    expect(coordinationLevel(0.95, 'zh')).toBe('优质协调发展类');
  });
  it('gives #NUM! below 0', () => {
    expectDomainError(() => coordinationLevel(-0.01), 'num');
  });
});
