import { combineWeights } from '../../../src/core/composite/combine-weights';
import { expectAllClose } from '../../helpers/weights';

// Derived by hand.
describe('combineWeights', () => {
  it('is linear with alpha', () => {
    expectAllClose(combineWeights([0.5, 0.3, 0.2], [0.2, 0.2, 0.6], 0.5), [0.35, 0.25, 0.4]);
    expectAllClose(combineWeights([0.5, 0.3, 0.2], [0.2, 0.2, 0.6], 1), [0.5, 0.3, 0.2]);
    expectAllClose(combineWeights([0.5, 0.3, 0.2], [0.2, 0.2, 0.6], 0), [0.2, 0.2, 0.6]);
  });

  it('is multiplicative without alpha: w1·w2 / Σ w1·w2', () => {
    // 0.1, 0.06, 0.12 over 0.28.
    expectAllClose(combineWeights([0.5, 0.3, 0.2], [0.2, 0.2, 0.6]), [0.1 / 0.28, 0.06 / 0.28, 0.12 / 0.28]);
    expectAllClose(combineWeights([0.5, 0.3, 0.2], [0.2, 0.2, 0.6], null), [5 / 14, 3 / 14, 6 / 14]);
  });

  it('rescales each input to sum to 1 first', () => {
    expectAllClose(combineWeights([5, 3, 2], [1, 1, 3], 0.5), [0.35, 0.25, 0.4]);
  });

  it('rejects mismatched lengths, negative weights, all-zero weights and alpha outside [0, 1]', () => {
    expect(() => combineWeights([0.5, 0.5], [1, 0, 0])).toThrow(expect.objectContaining({ kind: 'value' }));
    expect(() => combineWeights([0.5, -0.5], [1, 0])).toThrow(expect.objectContaining({ kind: 'num' }));
    expect(() => combineWeights([0, 0], [1, 0])).toThrow(expect.objectContaining({ kind: 'div0' }));
    expect(() => combineWeights([1, 0], [0, 1])).toThrow(expect.objectContaining({ kind: 'div0' }));
    expect(() => combineWeights([1, 0], [0, 1], 1.5)).toThrow(expect.objectContaining({ kind: 'num' }));
  });
});
