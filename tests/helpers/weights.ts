/**
 * Shared by the weighting methods' tests: a tolerance comparison of weight
 * vectors, the reference matrices read from the vector files themselves (so
 * a test cannot drift from its source), and the small matrix with blank
 * cells whose weights every method derives with numpy.
 */
import criticSdCv from '../fixtures/vectors/critic_sd_cv_weights.json';
import entropy from '../fixtures/vectors/entropy_weight.json';

export const expectAllClose = (actual: readonly number[], expected: readonly number[], tolerance = 1e-14): void => {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((v, j) => expect(Math.abs(v - expected[j])).toBeLessThanOrEqual(tolerance));
};

const files = { critic_sd_cv_weights: criticSdCv, entropy_weight: entropy };

/** The input matrix of a case of a vector file in tests/fixtures/vectors, by its id. */
export function vectorMatrix(file: keyof typeof files, id: string): number[][] {
  const c = (files[file].cases as { id: string; inputs: { matrix_rows_alternatives?: number[][] } }[]).find((x) => x.id === id);
  if (!c?.inputs.matrix_rows_alternatives) throw new Error(`${file}.json has no matrix for case ${id}`);
  return c.inputs.matrix_rows_alternatives;
}

/** 5 units × 3 indicators with one blank in each of columns 2 and 3 (the weights of each method derived with numpy, blanks dropped). */
export const WITH_BLANKS: (number | null)[][] = [
  [1, 10, 3],
  [2, null, 5],
  [4, 30, 4],
  [8, 25, null],
  [3, 12, 9],
];

/**
 * Hwang & Yoon (1981) fighter-aircraft matrix (entropy_weight.json): 4 aircraft × 6 attributes, the fourth
 * (purchase cost) a cost, and the weights the scoring tests use with it.
 */
export const AIRCRAFT = vectorMatrix('entropy_weight', 'hwang_yoon_aircraft_raw');
export const AIRCRAFT_DIRECTIONS = [1, 1, 1, -1, 1, 1];
export const AIRCRAFT_WEIGHTS = [0.2, 0.1, 0.1, 0.1, 0.2, 0.3];

/** A list of cells (numbers) close to the expected numbers, to `digits` decimals. */
export const expectCellsClose = (actual: readonly unknown[], expected: readonly number[], digits = 12): void => {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((v, i) => expect(v as number).toBeCloseTo(expected[i], digits));
};
