import { ahpConsistency, SAATY_RANDOM_INDEX } from '../../../src/core/composite/ahp-consistency';

describe('ahpConsistency', () => {
  it('gives CR = CI / RI with λmax from numpy.linalg.eig', () => {
    // λmax = 3.0385110905581727 (numpy), CI = (λ − 3)/2, RI(3) = 0.58: CR = 0.0331992…
    // The tutorial value usually printed for this matrix is CR ≈ 0.033.
    const a3 = [
      [1, 3, 5],
      [1 / 3, 1, 3],
      [1 / 5, 1 / 3, 1],
    ];
    expect(ahpConsistency(a3)).toBeCloseTo(0.03319921599842474, 12);
    // λmax = 4.051109547476944 (numpy), RI(4) = 0.90.
    const a4 = [
      [1, 1 / 3, 1 / 2, 3],
      [3, 1, 2, 5],
      [2, 1 / 2, 1, 4],
      [1 / 3, 1 / 5, 1 / 4, 1],
    ];
    expect(ahpConsistency(a4)).toBeCloseTo(0.018929462028497806, 12);
  });

  it("uses Saaty's RI table for n = 3…15", () => {
    // Saaty (1980) for n ≤ 10, the usual extension to 15.
    expect(SAATY_RANDOM_INDEX).toEqual([0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59]);
    // For every n = 3…15: a consistent matrix has CR = 0; one judgement off by a factor 2 gives a small CR > 0.
    for (let n = 3; n <= 15; n++) {
      const a = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => 2 ** (j - i)));
      expect(ahpConsistency(a)).toBeCloseTo(0, 12); // consistent: CR = 0
      a[0][n - 1] *= 2;
      a[n - 1][0] /= 2;
      const cr = ahpConsistency(a);
      expect(cr).toBeGreaterThan(0);
      expect(cr).toBeLessThan(0.1);
    }
  });

  it('matches numpy for n = 3…15, each divided by its RI', () => {
    // The matrix a_ij = 2^(j − i) with a_1n doubled and a_n1 halved; λmax from numpy.linalg.eigvals (max real part).
    const lambdaMax = [
      3.053621575878972, 4.060647027554145, 5.0586175372973905, 6.054558822642164, 7.050295070534771,
      8.046336673654828, 9.042801798714137, 10.039684404635121, 11.036941542808528, 12.034523293514326,
      13.032382847178651, 14.030479387141458, 15.028778357114652,
    ];
    const ri = [0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59];
    for (let n = 3; n <= 15; n++) {
      const a = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => 2 ** (j - i)));
      a[0][n - 1] *= 2;
      a[n - 1][0] /= 2;
      expect(ahpConsistency(a)).toBeCloseTo((lambdaMax[n - 3] - n) / (n - 1) / ri[n - 3], 10);
    }
  });

  it('is 0 for n = 1 and n = 2', () => {
    expect(ahpConsistency([[1]])).toBe(0);
    expect(ahpConsistency([[1, 7], [1 / 7, 1]])).toBe(0);
  });

  it('gives #N/A beyond n = 15', () => {
    const a = Array.from({ length: 16 }, () => new Array<number>(16).fill(1));
    expect(() => ahpConsistency(a)).toThrow(expect.objectContaining({ kind: 'na' }));
  });

  it('checks the matrix as AHP_WEIGHTS does', () => {
    expect(() => ahpConsistency([[1, 2], [2, 1]])).toThrow(expect.objectContaining({ kind: 'value' }));
  });
});
