/**
 * The scoring functions take a fast path on data without blanks (min-max in
 * one pass over the rows, results written straight out) and the column-wise
 * path otherwise. Both must give the same numbers, bit for bit (the sign of a
 * zero included): here the same units go through each path, the second time
 * beside one extra unit that repeats another's values with one cell blank, so
 * every column keeps its minimum and maximum but the data now has a blank.
 */
import { compositeScore } from '../../../src/core/composite/composite-score';
import { normalize } from '../../../src/core/composite/normalize';
import { obstacleDegree } from '../../../src/core/composite/obstacle-degree';
import { mulberry32 } from '../../../src/core/shared/random';
import { topsis } from '../../../src/core/composite/topsis';

const n = 60;
const m = 7;
const next = mulberry32(424242);
// Scales of every sign, repeated extremes, and zeros, so that cost columns produce −0 candidates.
const data: number[][] = Array.from({ length: n }, (_, i) =>
  Array.from({ length: m }, (_, j) => (i % 13 === 0 ? (j % 2 === 0 ? 0 : 5) : Math.round((next() - 0.3) * 10 ** (j % 4) * 1000) / 1000)),
);
const dirs = Array.from({ length: m }, (_, j) => (j % 3 === 1 ? -1 : 1));
const weights = Array.from({ length: m }, (_, j) => 1 + (j % 4));
const withBlank: (number | null)[][] = [...data, data[5].map((v, j) => (j === 2 ? null : v))];

const same = (fast: readonly unknown[], general: readonly unknown[]): void => {
  expect(general.slice(0, n)).toEqual(fast);
  // toEqual tells +0 from −0; say so explicitly for the cells that are zero.
  fast.flat().forEach((v, k) => {
    if (v === 0) expect(Object.is(v, general.slice(0, n).flat()[k])).toBe(true);
  });
};

describe('the fast path on data without blanks equals the column-wise path', () => {
  it.each([0, 0.0001])('NORMALIZE min-max, shift %p', (shift) => {
    same(normalize(data, dirs, 'minmax', shift), normalize(withBlank, dirs, 'minmax', shift));
  });
  it('OBSTACLE_DEGREE', () => {
    same(obstacleDegree(data, weights, dirs), obstacleDegree(withBlank, weights, dirs));
  });
  it('COMPOSITE_SCORE (min-max, arithmetic)', () => {
    same(compositeScore(data, weights, dirs), compositeScore(withBlank, weights, dirs, 'arithmetic', 'minmax', 0.5));
  });
  it('TOPSIS (min-max)', () => {
    same(topsis(data, weights, dirs), topsis(withBlank, weights, dirs));
  });
});
