import { cvWeights } from '../../../src/core/composite/cv-weights';
import { expectAllClose, vectorMatrix, WITH_BLANKS } from '../../helpers/weights';

describe('cvWeights', () => {
  it('reproduces cv_weights_synthetic (tests/fixtures/vectors/critic_sd_cv_weights.json, derived)', () => {
    const data = vectorMatrix('critic_sd_cv_weights', 'cv_weights_synthetic');
    expectAllClose(cvWeights(data), [0.39114138, 0.23601677, 0.37284185], 1e-8);
  });

  it('leaves blank cells out (derived with numpy: nanstd(ddof=1)/nanmean)', () => {
    const data = WITH_BLANKS;
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
