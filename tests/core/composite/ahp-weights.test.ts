import { ahpWeights } from '../../../src/core/composite/ahp-weights';
import { expectAllClose } from '../../helpers/weights';

// A 3×3 matrix used in many AHP tutorials; expected values derived with numpy.linalg.eig (principal eigenvector,
// rescaled to sum 1) and with row geometric means.
const A3 = [
  [1, 3, 5],
  [1 / 3, 1, 3],
  [1 / 5, 1 / 3, 1],
];
// A 4×4 inconsistent matrix; numpy.linalg.eig gives λmax = 4.051109547476944.
const A4 = [
  [1, 1 / 3, 1 / 2, 3],
  [3, 1, 2, 5],
  [2, 1 / 2, 1, 4],
  [1 / 3, 1 / 5, 1 / 4, 1],
];

describe('ahpWeights', () => {
  it('gives the principal eigenvector (numpy.linalg.eig)', () => {
    expectAllClose(ahpWeights(A3), [0.6369855717447568, 0.25828499437449515, 0.10472943388074794], 1e-12);
    expectAllClose(
      ahpWeights(A4, 'eigen'),
      [0.1699009809011498, 0.47286200258634237, 0.28437808484524296, 0.07285893166726486],
      1e-12,
    );
  });

  it('gives the row geometric means (numpy)', () => {
    expectAllClose(ahpWeights(A3, 'geometric'), [0.6369855717447571, 0.25828499437449504, 0.10472943388074787], 1e-12);
    expectAllClose(
      ahpWeights(A4, 'geometric'),
      [0.16971481487311424, 0.4723430910541628, 0.28542515888449904, 0.07251693518822404],
      1e-12,
    );
  });

  it('recovers the weights of a consistent matrix exactly (derived by hand: a_ij = w_i / w_j)', () => {
    const w = [0.5, 0.3, 0.15, 0.05];
    const a = w.map((wi) => w.map((wj) => wi / wj));
    expectAllClose(ahpWeights(a), w, 1e-14);
    expectAllClose(ahpWeights(a, 'geometric'), w, 1e-14);
  });

  it('handles n = 1 and n = 2', () => {
    expectAllClose(ahpWeights([[1]]), [1], 0);
    expectAllClose(ahpWeights([[1, 3], [1 / 3, 1]]), [0.75, 0.25], 1e-14);
  });

  it('names the cell that breaks reciprocity (#VALUE!)', () => {
    const bad = A3.map((r) => [...r]);
    bad[2][0] = 0.5;
    expect(() => ahpWeights(bad)).toThrow(
      expect.objectContaining({
        kind: 'value',
        message: 'requires a reciprocal matrix: row 3, column 1 is 0.5 but should be 1/5 (the reciprocal of row 1, column 3)',
      }),
    );
  });

  it('accepts a reciprocal within 1e-6 and rejects 0.333 for 1/3', () => {
    const near = A3.map((r) => [...r]);
    near[1][0] = 1 / 3 + 1e-7;
    expect(() => ahpWeights(near)).not.toThrow();
    near[1][0] = 0.333;
    expect(() => ahpWeights(near)).toThrow(expect.objectContaining({ kind: 'value', message: expect.stringContaining('row 2, column 1') }));
  });

  it('rejects a non-square matrix, a blank, a value ≤ 0 and a diagonal other than 1', () => {
    expect(() => ahpWeights([[1, 2, 3], [0.5, 1, 2]])).toThrow(
      expect.objectContaining({ kind: 'value', message: 'requires a square matrix, got 2×3' }),
    );
    expect(() => ahpWeights([[1, null], [1, 1]])).toThrow(
      expect.objectContaining({ kind: 'value', message: expect.stringContaining('row 1, column 2 is blank') }),
    );
    expect(() => ahpWeights([[1, 0], [0, 1]])).toThrow(expect.objectContaining({ kind: 'num' }));
    expect(() => ahpWeights([[2, 1], [1, 1]])).toThrow(
      expect.objectContaining({ kind: 'value', message: expect.stringContaining('diagonal') }),
    );
  });
});
