import { entropyWeights } from '../../../src/core/composite/entropy-weights';
import { AIRCRAFT, AIRCRAFT_DIRECTIONS, expectAllClose, vectorMatrix, WITH_BLANKS } from '../../helpers/weights';

// Elsayed, Dawood & Karthikeyan (2017), IJETT 46(2):60-66, 12 alternatives × 5 criteria, raw data;
// via tests/fixtures/vectors/entropy_weight.json (elsayed2017_raw_sum_normalised), as encoded in pymcdm.
const ELSAYED = vectorMatrix('entropy_weight', 'elsayed2017_raw_sum_normalised');

// AIRCRAFT: Hwang & Yoon (1981) fighter-aircraft matrix, tests/fixtures/vectors/entropy_weight.json (via tests/helpers/weights.ts).

describe('entropyWeights: published and reference vectors', () => {
  it('reproduces Elsayed et al. (2017) with the raw variant', () => {
    // Published w, Elsayed et al. (2017) via entropy_weight.json; tolerance 5e-7 as the vector file gives.
    expectAllClose(entropyWeights(ELSAYED, null, 0, 'raw'), [0.104991, 0.069124, 0.071373, 0.449937, 0.304575], 5e-7);
  });

  it('ignores shift and directions in the raw variant', () => {
    const w = entropyWeights(ELSAYED, [-1, 1, 1, 1, -1], 0.5, 'raw');
    expectAllClose(w, [0.10499069, 0.06912398, 0.07137315, 0.44993707, 0.3045751], 1e-8);
  });

  it('reproduces the raw Hwang & Yoon weights (hwang_yoon_aircraft_raw, derived with numpy)', () => {
    expectAllClose(entropyWeights(AIRCRAFT, null, 0, 'raw'), [0.06419, 0.206088, 0.013445, 0.081326, 0.35868, 0.276272], 1e-6);
  });

  it('reproduces the Chinese min-max + 0.0001 weights (cn_style_minmax_shift, derived with numpy)', () => {
    const expected = [0.15595665, 0.17390894, 0.11912049, 0.12615234, 0.13433463, 0.29052695];
    expectAllClose(entropyWeights(AIRCRAFT, AIRCRAFT_DIRECTIONS), expected, 1e-7);
    expectAllClose(entropyWeights(AIRCRAFT, AIRCRAFT_DIRECTIONS, 0.0001, 'minmax'), expected, 1e-7);
  });

  it('uses 0·ln 0 = 0 without a shift (cn_style_minmax_noshift_zero_handling, derived with numpy)', () => {
    const expected = [0.15593793, 0.17389258, 0.1191055, 0.12613444, 0.13432649, 0.29060305];
    const w = entropyWeights(AIRCRAFT, AIRCRAFT_DIRECTIONS, 0);
    expectAllClose(w, expected, 1e-7);
    w.forEach((v) => expect(Number.isFinite(v)).toBe(true));
  });
});

describe('entropyWeights: edge cases', () => {
  it('gives a constant column weight 0 in both variants (edge_constant_column)', () => {
    // entropy_weight.json edge_constant_column: raw variant e = (0.92061984, 1), w = (1, 0).
    const data = [[1, 5], [2, 5], [3, 5]];
    expectAllClose(entropyWeights(data, null, 0, 'raw'), [1, 0], 1e-12);
    expectAllClose(entropyWeights(data), [1, 0], 1e-12);
  });

  it('gives #DIV/0! when every column is constant', () => {
    expect(() => entropyWeights([[1, 5], [1, 5]])).toThrow(expect.objectContaining({ kind: 'div0' }));
    expect(() => entropyWeights([[0, 5], [0, 5]], null, 0, 'raw')).toThrow(expect.objectContaining({ kind: 'div0' }));
  });

  it('gives #N/A for fewer than 2 rows, or a column with fewer than 2 values', () => {
    expect(() => entropyWeights([[1, 2, 3]])).toThrow(expect.objectContaining({ kind: 'na' }));
    expect(() => entropyWeights([[1, 2], [2, null]])).toThrow(
      expect.objectContaining({ kind: 'na', message: 'column 2 of data has fewer than 2 values' }),
    );
  });

  it('rejects negative raw data with #NUM! naming the cell', () => {
    expect(() => entropyWeights([[1, 2], [2, -1]], null, 0, 'raw')).toThrow(
      expect.objectContaining({ kind: 'num', message: expect.stringContaining('column 2 of data has a negative value in row 2') }),
    );
  });

  it('leaves blank cells out, with k = 1/ln n per column (derived with numpy, blanks as NaN dropped)', () => {
    const data = WITH_BLANKS;
    expectAllClose(entropyWeights(data), [0.26740371154572323, 0.36372957401261385, 0.3688667144416631], 1e-12);
    expectAllClose(entropyWeights(data, null, 0, 'raw'), [0.4938643605650227, 0.26849109479926614, 0.23764454463571116], 1e-12);
  });

  it('computes the panel ("global") weights on stacked units × years, k = 1/ln(n·T) (derived with numpy)', () => {
    // 3 units × 2 years stacked into 6 rows.
    const stacked = [[1, 5], [2, 7], [4, 6], [2, 9], [3, 8], [6, 7]];
    expectAllClose(entropyWeights(stacked), [0.5723785571837392, 0.42762144281626074], 1e-12);
  });

  it('gives the weights used in the COMBINE_WEIGHTS example (derived with numpy, min-max + 0.0001)', () => {
    const data = vectorMatrix('critic_sd_cv_weights', 'cv_weights_synthetic');
    expectAllClose(entropyWeights(data), [0.31090366223796223, 0.3563558159142836, 0.3327405218477542], 1e-12);
  });

  it('checks the directions and the shift', () => {
    expect(() => entropyWeights(AIRCRAFT, [1, -1])).toThrow(expect.objectContaining({ kind: 'value' }));
    expect(() => entropyWeights(AIRCRAFT, null, -1)).toThrow(expect.objectContaining({ kind: 'num' }));
  });
});
