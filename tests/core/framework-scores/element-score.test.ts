import type { DomainError } from '../../../src/core/shared/errors';
import { elementScore } from '../../../src/core/framework-scores/element-score';

// Derived by hand; the aggregation itself is aggregateScores (tested with SIX_ASPECT_SCORE).
describe('elementScore', () => {
  it('averages the four NQP elements per unit, equal weights by default', () => {
    const t = elementScore([[0.6, 0.8, 0.4, 0.2], [1, 1, 1, 1]]);
    expect(t[0] as number).toBeCloseTo(0.5, 14);
    expect(t[1] as number).toBeCloseTo(1, 14);
  });

  it('takes one unit as a 4×1 column, and weights rescaled to sum to 1', () => {
    const t = elementScore([[60], [80], [40], [20]], [4, 3, 2, 1]);
    // (240 + 240 + 80 + 20) / 10 = 58, on the scale of the scores.
    expect(t).toHaveLength(1);
    expect(t[0] as number).toBeCloseTo(58, 12);
  });

  it('aggregates geometrically (reference: normalise_aggregate_tfp.json arith_vs_geo extended by hand)', () => {
    // exp(¼ Σ ln z) of (0.2, 0.5, 0.8, 0.5) = (0.04)^(1/4) = 0.4472135955.
    expect(elementScore([[0.2, 0.5, 0.8, 0.5]], null, 'geometric')[0] as number).toBeCloseTo(Math.sqrt(0.2), 14);
    expect((elementScore([[0, 0.5, 0.8, 0.5]], null, 'geometric')[0] as DomainError).kind).toBe('num');
  });

  it('leaves a blank out while coverage ≥ minCoverage', () => {
    expect(elementScore([[0.6, null, 0.4, 0.2]])[0] as number).toBeCloseTo(0.4, 14);
    expect((elementScore([[0.6, null, null, 0.2]])[0] as DomainError).kind).toBe('na');
    expect(elementScore([[0.6, null, null, 0.2]], null, 'arithmetic', 0.5)[0] as number).toBeCloseTo(0.4, 14);
  });

  it('needs four columns', () => {
    expect(() => elementScore([[1, 2, 3]])).toThrow(expect.objectContaining({ kind: 'value' }));
  });
});
