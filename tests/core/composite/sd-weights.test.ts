import { sdWeights } from '../../../src/core/composite/sd-weights';
import { expectAllClose, WITH_BLANKS, vectorMatrix } from '../../helpers/weights';

// Jahan & Edwards (2013), Materials & Design 49:1000-1008, via tests/fixtures/vectors/critic_sd_cv_weights.json (pymcdm).
const JAHAN_EDWARDS = vectorMatrix('critic_sd_cv_weights', 'jahan_edwards_2013_sd');

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
    const data = WITH_BLANKS;
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
