/**
 * The messages of the composite family, in English: one template a message, by id
 * (the Chinese are in messages-zh.ts; see src/core/shared/messages.ts).
 */
import { catalogue, plain } from '../shared/messages';

/** A cell of a matrix, 1-based: "row 2, column 3". */
const cell = (row: number, column: number): string => `row ${row}, column ${column}`;


export const EN = {
  // Reading data and directions (normalize.ts), for every function of the family and the workflow
  tooFewRows: (p: { min: number; name: string; rows: number }) => `requires at least ${p.min} rows (units) in ${p.name}, got ${p.rows}`,
  notRectangular: (p: { name: string }) => `requires ${p.name} to be a rectangular range`,
  directionsLength: (p: { columns: number; count: number }) =>
    `requires directions with one value per column of data (${p.columns}), got ${p.count}`,
  badDirection: (p: { value: number; position: number }) => `requires each of directions to be 1 or -1: found ${p.value} in position ${p.position}`,

  // Columns that cannot be normalised or weighted (normalize.ts and the weights)
  tooFewValues: (p: { column: number }) => `column ${p.column} of data has fewer than 2 values`,
  constantColumn: (p: { column: number }) => `column ${p.column} of data is constant`,
  fracmaxNegative: (p: { column: number }) => `column ${p.column} of data has a negative value, which fracmax cannot take`,
  fracmaxZeroCost: (p: { column: number }) => `column ${p.column} of data has a 0, so min / x is undefined for a cost indicator`,
  blankColumnWeighted: (p: { column: number }) => `column ${p.column} of data is blank: remove it from the range, or give it weight 0`,
  constantColumnWeighted: (p: { column: number; value: number }) =>
    `column ${p.column} of data is constant (every value is ${p.value}), so it cannot be normalised: remove it from the range, or give it weight 0`,
  allConstant: plain('every column of data is constant'),

  // AHP_WEIGHTS, AHP_CONSISTENCY (ahp-weights.ts, ahp-consistency.ts)
  notSquare: (p: { rows: number; cols: number }) => `requires a square matrix, got ${p.rows}×${p.cols}`,
  blankComparison: (p: { row: number; column: number }) => `requires a number in every cell of matrix: ${cell(p.row, p.column)} is blank`,
  nonPositiveComparison: (p: { row: number; column: number }) =>
    `matrix has a value ≤ 0 in ${cell(p.row, p.column)}; comparisons must be positive`,
  notUnitDiagonal: (p: { index: number; value: number }) =>
    `requires 1 on the diagonal of matrix: ${cell(p.index, p.index)} is ${p.value}`,
  notReciprocal: (p: { row: number; column: number; value: number; opposite: number }) =>
    `requires a reciprocal matrix: ${cell(p.row, p.column)} is ${p.value} but should be 1/${p.opposite} (the reciprocal of ${cell(p.column, p.row)})`,
  tooManyCriteria: (p: { max: number }) => `requires at most ${p.max} criteria: Saaty's random index is tabulated up to n = 15`,

  // COMBINE_WEIGHTS (combine-weights.ts)
  weightsLengthMismatch: (p: { first: number; second: number }) =>
    `requires weights1 and weights2 of the same length, got ${p.first} and ${p.second}`,
  alphaOutOfRange: plain('alpha must lie between 0 and 1'),
  noCommonWeight: plain('no indicator has a positive weight in both weights1 and weights2'),

  // COMPOSITE_SCORE (composite-score.ts)
  costWithoutNormalization: plain('requires no cost directions with normalization "none": orient the data when you normalise it'),

  // CRITIC_WEIGHTS (critic-weights.ts)
  noContrastAndConflict: plain('no column of data has both contrast and conflict (constant or perfectly correlated columns)'),
  tooFewCommonRows: (p: { first: number; second: number }) =>
    `columns ${p.first} and ${p.second} of data have too few rows with varying values in common to correlate`,

  // CV_WEIGHTS (cv-weights.ts)
  nonPositiveMean: (p: { column: number }) => `column ${p.column} of data has a mean ≤ 0, so its coefficient of variation is undefined`,

  // ENTROPY_WEIGHTS (entropy-weights.ts)
  negativeShift: plain('shift must not be negative'),
  blankColumn: (p: { column: number }) => `column ${p.column} of data is blank: remove it from the range`,
  rawNegative: (p: { column: number; row: number }) =>
    `column ${p.column} of data has a negative value in row ${p.row}, which the raw variant cannot take`,
  noInformation: plain('every column of data is constant, so no column carries information'),

  // OBSTACLE_DEGREE (obstacle-degree.ts)
  rowAtBest: (p: { row: number }) => `row ${p.row} is at the best value of every weighted indicator`,

  // RANK_UNCERTAINTY (rank-uncertainty.ts)
  noiseOutOfRange: plain('noise must lie between 0 and 1'),
  runsOutOfRange: (p: { max: number }) => `runs must be a whole number from 1 to ${p.max}`,
  rowNotRanked: (p: { row: number }) => `row ${p.row} has less than 65% of the weight present, so it is not ranked`,
  noRankableRow: plain('no row of data has enough values to be ranked'),

  // TOPSIS (topsis.ts)
  rowHasBlank: (p: { row: number }) => `row ${p.row} of data has a blank cell, so it cannot be placed`,
  rowAtIdealAndAntiIdeal: (p: { row: number }) => `row ${p.row} is both at the ideal and at the anti-ideal`,
};

/** An error of this family's catalogue: its English text, and its template for other languages. */
export const fail = catalogue('composite', EN);
