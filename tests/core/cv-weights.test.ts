import { cvWeights } from '../../src/core/cv-weights';

const expectAllClose = (actual: number[], expected: number[], tolerance: number): void => {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((v, j) => expect(Math.abs(v - expected[j])).toBeLessThanOrEqual(tolerance));
};

describe('cvWeights', () => {
  it('reproduces cv_weights_synthetic (tests/fixtures/vectors/critic_sd_cv_weights.json, derived)', () => {
    const data = [
      [10.0, 200.0, 0.5],
      [12.0, 180.0, 0.7],
      [8.0, 260.0, 0.6],
      [15.0, 210.0, 0.9],
    ];
    expectAllClose(cvWeights(data), [0.39114138, 0.23601677, 0.37284185], 1e-8);
  });

  it('leaves blank cells out (derived with numpy: nanstd(ddof=1)/nanmean)', () => {
    const data = [
      [1, 10, 3],
      [2, null, 5],
      [4, 30, 4],
      [8, 25, null],
      [3, 12, 9],
    ];
    expectAllClose(cvWeights(data), [0.42658917047483824, 0.28867637886889463, 0.28473445065626696], 1e-12);
  });

  it('gives #NUM! for a column mean ≤ 0', () => {
    expect(() => cvWeights([[1, -2], [2, 1]])).toThrow(
      expect.objectContaining({ kind: 'num', message: expect.stringContaining('column 2 of data has a mean ≤ 0') }),
    );
    expect(() => cvWeights([[1, 0], [2, 0]])).toThrow(expect.objectContaining({ kind: 'num' }));
  });

  it('gives a constant column weight 0 and #DIV/0! when all are constant', () => {
    expectAllClose(cvWeights([[1, 5], [3, 5]]), [1, 0], 1e-15);
    expect(() => cvWeights([[2, 5], [2, 5]])).toThrow(expect.objectContaining({ kind: 'div0' }));
  });

  it('gives #N/A for fewer than 2 rows', () => {
    expect(() => cvWeights([[1, 5]])).toThrow(expect.objectContaining({ kind: 'na' }));
  });
});
