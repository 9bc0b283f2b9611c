import { compositeScore } from '../../../src/core/composite/composite-score';
import { AIRCRAFT, AIRCRAFT_DIRECTIONS, expectCellsClose } from '../../helpers/weights';
import { entropyWeights } from '../../../src/core/composite/entropy-weights';
import type { DomainError } from '../../../src/core/shared/errors';
import { normalize } from '../../../src/core/composite/normalize';

// AIRCRAFT: Hwang & Yoon (1981) aircraft data (tests/fixtures/vectors/entropy_weight.json), attribute 4 (cost) as a cost.

describe('compositeScore', () => {
  it('reproduces the entropy-weighted score of cn_style_minmax_shift (entropy_weight.json, derived with numpy)', () => {
    // Σ w z on the shifted z: score_sum_w_z = (0.54484314, 0.32996559, 0.59743299, 0.37389055).
    const w = entropyWeights(AIRCRAFT, AIRCRAFT_DIRECTIONS);
    const z = normalize(AIRCRAFT, AIRCRAFT_DIRECTIONS, 'minmax', 0.0001) as number[][];
    expectCellsClose(compositeScore(z, w, null, 'arithmetic', 'none'), [0.54484314, 0.32996559, 0.59743299, 0.37389055], 7);
  });

  it('normalises by min-max and aggregates (derived with numpy: Σ w z on min-max data)', () => {
    const w = [0.2, 0.1, 0.1, 0.1, 0.2, 0.3];
    expectCellsClose(compositeScore(AIRCRAFT, w, AIRCRAFT_DIRECTIONS), [0.5738095238095238, 0.3, 0.5916666666666667, 0.38095238095238104]);
  });

  it('reproduces arithmetic, geometric and harmonic means (normalise_aggregate_tfp.json, arith_vs_geo)', () => {
    const z = [[0.2, 0.5, 0.8]];
    const w = [0.5, 0.3, 0.2];
    expectCellsClose(compositeScore(z, w, null, 'arithmetic', 'none'), [0.41]);
    expectCellsClose(compositeScore(z, w, null, 'geometric', 'none'), [0.3473953464439374]);
    expectCellsClose(compositeScore(z, w, null, 'harmonic', 'none'), [0.29850746268656714]);
  });

  it('gives #NUM! to the unit with a min-max 0 under geometric aggregation, and not with a shift', () => {
    const data = [[1, 2], [2, 4], [3, 3]];
    const t = compositeScore(data, null, null, 'geometric');
    expect((t[0] as DomainError).kind).toBe('num');
    // Row 1 is the minimum of both columns (z = 0); rows 2 and 3 have z = (0.5, 1) and (1, 0.5).
    expect(t[1] as number).toBeCloseTo(Math.SQRT1_2, 14);
    expect(t[2] as number).toBeCloseTo(Math.SQRT1_2, 14);
    const shifted = normalize(data, null, 'minmax', 0.0001) as number[][];
    compositeScore(shifted, null, null, 'geometric', 'none').forEach((v) => expect(typeof v).toBe('number'));
  });

  it('gives #VALUE! naming a constant column', () => {
    expect(() => compositeScore([[1, 5], [2, 5]])).toThrow(
      expect.objectContaining({ kind: 'value', message: 'column 2 of data is constant (every value is 5), so it cannot be normalised: remove it from the range, or give it weight 0' }),
    );
  });

  it('leaves blanks out with the coverage rule', () => {
    const data = [
      [1, 10, 3],
      [2, null, 5],
      [4, 30, null],
      [null, null, 9],
    ];
    const t = compositeScore(data);
    // Row 2: z = (1/3, —, 1/3) → 1/3. Row 3: z = (1, 1, —) → 1. Row 4 has 1/3 of the weight: #N/A.
    expect(t[1] as number).toBeCloseTo(1 / 3, 14);
    expect(t[2] as number).toBeCloseTo(1, 14);
    expect((t[3] as DomainError).kind).toBe('na');
    expect(compositeScore(data, null, null, 'arithmetic', 'minmax', 0.3)[3] as number).toBeCloseTo(1, 14);
  });

  it('supports every NORMALIZE method', () => {
    const data = [[3, 10], [1, 20], [5, 40]];
    // zscore: column 1 (0, −1, 1), column 2 (−0.8728716, −0.2182179, 1.0910895) (sample sd); equal weights.
    const z = compositeScore(data, null, null, 'arithmetic', 'zscore');
    expect(z[0] as number).toBeCloseTo((0 - 0.8728715609439694) / 2, 12);
    // percentile: (1/2, 0), (0, 1/2), (1, 1).
    expectCellsClose(compositeScore(data, null, null, 'arithmetic', 'percentile'), [0.25, 0.25, 1]);
    // fracmax: (0.6, 0.25), (0.2, 0.5), (1, 1).
    expectCellsClose(compositeScore(data, null, null, 'arithmetic', 'fracmax'), [0.425, 0.35, 1]);
  });

  it('rejects cost directions with normalization "none", and mismatched weights', () => {
    expect(() => compositeScore([[0.1, 0.2]], null, [1, -1], 'arithmetic', 'none')).toThrow(
      expect.objectContaining({ kind: 'value' }),
    );
    expect(() => compositeScore([[1, 2], [3, 1]], [1, 2, 3])).toThrow(expect.objectContaining({ kind: 'value' }));
  });

  it('needs 2 rows to normalise, but scores a single unit with "none"', () => {
    expect(() => compositeScore([[1, 2]])).toThrow(expect.objectContaining({ kind: 'na' }));
    expectCellsClose(compositeScore([[0.2, 0.4]], null, null, 'arithmetic', 'none'), [0.3]);
  });
});
