import { aggregateScores, normalizeWeights } from '../../../src/core/shared/aggregate-scores';
import { sixAspectScore } from '../../../src/core/framework-scores/six-aspect-score';
import { DomainError, isDomainError } from '../../../src/core/shared/errors';
import { errorKindOf } from '../../helpers/domain-error';


describe('aggregateScores (methods.md A5)', () => {
  // Reference: tests/fixtures/vectors/normalise_aggregate_tfp.json, case arith_vs_geo (derived):
  // z = (0.2, 0.5, 0.8), w = (0.5, 0.3, 0.2) → arithmetic 0.41, geometric 0.3473953464439374,
  // harmonic 0.29850746268656714.
  const z = [[0.2, 0.5, 0.8]];
  const w = [0.5, 0.3, 0.2];
  it('weighted arithmetic mean', () => expect(aggregateScores(z, w, 'arithmetic', 0)[0]).toBeCloseTo(0.41, 14));
  it('weighted geometric mean', () => expect(aggregateScores(z, w, 'geometric', 0)[0]).toBeCloseTo(0.3473953464439374, 14));
  it('weighted harmonic mean', () => expect(aggregateScores(z, w, 'harmonic', 0)[0]).toBeCloseTo(0.29850746268656714, 14));
  it('orders the means harmonic ≤ geometric ≤ arithmetic', () => {
    const rows = [
      [1, 2, 3],
      [0.1, 0.9, 0.5],
      [7, 7, 7],
    ];
    const a = aggregateScores(rows, null, 'arithmetic') as number[];
    const g = aggregateScores(rows, null, 'geometric') as number[];
    const h = aggregateScores(rows, null, 'harmonic') as number[];
    rows.forEach((_, i) => {
      expect(h[i]).toBeLessThanOrEqual(g[i] + 1e-12);
      expect(g[i]).toBeLessThanOrEqual(a[i] + 1e-12);
    });
    expect(a[2]).toBeCloseTo(7, 14);
    expect(g[2]).toBeCloseTo(7, 14);
  });
  it('rescales the weights of present scores and applies minCoverage (COINr dat_thresh)', () => {
    const r = aggregateScores(
      [
        [1, null, 3],
        [null, null, 3],
      ],
      [0.25, 0.25, 0.5],
      'arithmetic',
      0.65,
    );
    expect(r[0]).toBeCloseTo((0.25 * 1 + 0.5 * 3) / 0.75, 14); // coverage 75%
    expect(isDomainError(r[1]) && r[1].kind).toBe('na'); // coverage 50%
    expect((r[1] as DomainError).message).toBe('row 2 has 50% of the weight present, below minCoverage 65%');
  });
  it('a coverage exactly at minCoverage is accepted', () => {
    const r = aggregateScores([[1, 1, null, null]], [0.325, 0.325, 0.175, 0.175], 'arithmetic', 0.65);
    expect(r[0]).toBeCloseTo(1, 14);
  });
  it('an all-blank row is #N/A even with minCoverage 0', () => {
    const r = aggregateScores([[null, null]], null, 'arithmetic', 0);
    expect(isDomainError(r[0]) && r[0].kind).toBe('na');
  });
  it('geometric and harmonic means need positive scores: #NUM! for that row only', () => {
    const r = aggregateScores(
      [
        [0, 1],
        [2, 8],
      ],
      null,
      'geometric',
    );
    expect(isDomainError(r[0]) && r[0].kind).toBe('num');
    expect(r[1]).toBeCloseTo(4, 14);
  });
  it('checks the weights', () => {
    expect(normalizeWeights([2, 2], 2)).toEqual([0.5, 0.5]);
    expect(errorKindOf(() => normalizeWeights([1, 2, 3], 2))).toBe('value');
    expect(errorKindOf(() => normalizeWeights([1, -2], 2))).toBe('num');
    expect(errorKindOf(() => normalizeWeights([0, 0], 2))).toBe('div0');
    expect(errorKindOf(() => normalizeWeights([1, null], 2))).toBe('value');
  });
});

describe('sixAspectScore', () => {
  it('averages six aspects with equal weights by default', () => {
    expect(sixAspectScore([[80, 70, 90, 60, 75, 65]])[0]).toBeCloseTo(440 / 6, 12);
  });
  it('takes one unit as a column of six', () => {
    expect(sixAspectScore([[1], [2], [3], [4], [5], [6]])[0]).toBeCloseTo(3.5, 14);
  });
  it('rejects any number of columns but six', () => {
    expect(errorKindOf(() => sixAspectScore([[1, 2, 3, 4, 5]]))).toBe('value');
    expect(errorKindOf(() => sixAspectScore([[1], [2], [3]]))).toBe('value');
  });
  it('is on the scale of its scores: scaling the scores scales the result', () => {
    const rows = [[0.8, 0.7, 0.9, 0.6, 0.75, 0.65]];
    const w = [3, 1, 1, 2, 1, 1];
    for (const method of ['arithmetic', 'geometric'] as const) {
      expect(sixAspectScore(rows.map((r) => r.map((x) => x * 100)), w, method)[0]).toBeCloseTo(
        100 * (sixAspectScore(rows, w, method)[0] as number),
        10,
      );
    }
  });
});
