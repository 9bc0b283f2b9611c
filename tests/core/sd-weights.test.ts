import { sdWeights } from '../../src/core/sd-weights';

const expectAllClose = (actual: number[], expected: number[], tolerance: number): void => {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((v, j) => expect(Math.abs(v - expected[j])).toBeLessThanOrEqual(tolerance));
};

// Jahan & Edwards (2013), Materials & Design 49:1000-1008, via tests/fixtures/vectors/critic_sd_cv_weights.json (pymcdm).
const JAHAN_EDWARDS = [
  [0.0, 0.0, 0.0],
  [0.39, 0.3, 0.77],
  [0.17, 0.36, 0.8],
  [0.35, 0.29, 0.93],
  [0.3, 0.4, 0.94],
  [0.84, 0.71, 1.0],
  [1.0, 1.0, 0.99],
];

describe('sdWeights', () => {
  it('reproduces Jahan & Edwards (2013): published (0.35, 0.31, 0.34), recomputed (0.345908, 0.312886, 0.341205)', () => {
    expectAllClose(sdWeights(JAHAN_EDWARDS), [0.35, 0.31, 0.34], 0.005);
    expectAllClose(sdWeights(JAHAN_EDWARDS), [0.345908, 0.312886, 0.341205], 1e-6);
  });

  it('does not depend on directions', () => {
    expectAllClose(sdWeights(JAHAN_EDWARDS, [-1, 1, -1]), sdWeights(JAHAN_EDWARDS), 1e-15);
  });

  it('is min-max based: rescaling a column changes nothing', () => {
    const scaled = JAHAN_EDWARDS.map(([a, b, c]) => [a * 1000 + 5, b, c]);
    expectAllClose(sdWeights(scaled), sdWeights(JAHAN_EDWARDS), 1e-12);
  });

  it('leaves blank cells out (derived with numpy, nanstd ddof=1)', () => {
    const data = [
      [1, 10, 3],
      [2, null, 5],
      [4, 30, 4],
      [8, 25, null],
      [3, 12, 9],
    ];
    expectAllClose(sdWeights(data), [0.2939360889606638, 0.3722636330684853, 0.33380027797085093], 1e-12);
  });

  it('gives a constant column weight 0, and #DIV/0! when all are constant', () => {
    expectAllClose(sdWeights([[1, 5], [3, 5]]), [1, 0], 1e-15);
    expect(() => sdWeights([[1, 5], [1, 5]])).toThrow(expect.objectContaining({ kind: 'div0' }));
  });

  it('gives #N/A for fewer than 2 rows', () => {
    expect(() => sdWeights([[1, 5]])).toThrow(expect.objectContaining({ kind: 'na' }));
  });
});
