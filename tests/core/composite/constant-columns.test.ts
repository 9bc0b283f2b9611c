/**
 * The catalogue's rule for constant and empty columns in the scoring
 * functions of section 8 (COMPOSITE_SCORE, TOPSIS, OBSTACLE_DEGREE,
 * RANK_UNCERTAINTY): a column whose weight is 0 is left out — so the README's
 * pipeline TOPSIS(data, ENTROPY_WEIGHTS(data), directions) works with a
 * constant column, which entropy weights 0 — and a constant or fully blank
 * column with a positive weight is one #VALUE! naming the column and saying
 * what to do. Each result with a weight-0 column is compared with the same
 * function run on the data without that column (the independent check: the
 * column removed by hand), and the pipeline is run as Excel runs it, through
 * the adapter, on a range with a constant column and on one with a blank.
 */
import { compositeScore } from '../../../src/core/composite/composite-score';
import { entropyWeights } from '../../../src/core/composite/entropy-weights';
import { obstacleDegree } from '../../../src/core/composite/obstacle-degree';
import { rankUncertainty } from '../../../src/core/composite/rank-uncertainty';
import { topsis } from '../../../src/core/composite/topsis';
import { invoke } from '../../../src/excel/adapter';
import { specByName } from '../../../src/registry';

/** 6 provinces × 4 indicators; column 3 (energy intensity, a cost) is fine, column 2 is constant. */
const DATA = [
  [3.1, 7, 0.82, 12],
  [4.5, 7, 0.61, 15],
  [2.2, 7, 0.95, 9],
  [5.8, 7, 0.44, 21],
  [3.9, 7, 0.7, 14],
  [4.1, 7, 0.66, 11],
];
const DIRS = [1, 1, -1, 1];
const without = <T>(rows: readonly (readonly T[])[], j: number): T[][] => rows.map((r) => r.filter((_, k) => k !== j));
const WEIGHTS = [0.3, 0, 0.3, 0.4];

describe('a column of weight 0 is left out', () => {
  it('ENTROPY_WEIGHTS gives the constant column 0', () => {
    expect(entropyWeights(DATA, DIRS)[1]).toBe(0);
  });

  it('TOPSIS(data, ENTROPY_WEIGHTS(data)) works and equals TOPSIS without the column, both normalisations', () => {
    const w = entropyWeights(DATA, DIRS);
    for (const normalization of ['minmax', 'vector'] as const) {
      expect(topsis(DATA, w, DIRS, normalization)).toEqual(topsis(without(DATA, 1), without([w], 1)[0], without([DIRS], 1)[0], normalization));
    }
  });

  it('COMPOSITE_SCORE, with and without blanks, every aggregation', () => {
    const blanks = DATA.map((r, i) => r.map((x, j) => (i === 2 && j === 0 ? null : x)));
    for (const data of [DATA, blanks]) {
      for (const method of ['arithmetic', 'geometric'] as const) {
        const shifted = method === 'geometric' ? 'percentile' : 'minmax';
        expect(compositeScore(data, WEIGHTS, DIRS, method, shifted)).toEqual(compositeScore(without(data, 1), [0.3, 0.3, 0.4], [1, -1, 1], method, shifted));
      }
    }
  });

  it('OBSTACLE_DEGREE puts the column back with degree 0 (blank where the cell is blank)', () => {
    const blanks = DATA.map((r, i) => r.map((x, j) => (i === 4 && j === 1 ? null : x)));
    for (const data of [DATA, blanks]) {
      const full = obstacleDegree(data, WEIGHTS, DIRS);
      const reduced = obstacleDegree(without(data, 1), [0.3, 0.3, 0.4], [1, -1, 1]);
      full.forEach((row, i) => {
        expect(row[1]).toBe(data[i][1] === null ? '' : 0);
        expect(without([row as (number | null)[]], 1)[0]).toEqual(reduced[i]);
      });
    }
  });

  it('RANK_UNCERTAINTY draws its noise for the columns that enter only', async () => {
    expect(await rankUncertainty(DATA, WEIGHTS, DIRS, 0.25, 200, 7)).toEqual(await rankUncertainty(without(DATA, 1), [0.3, 0.3, 0.4], [1, -1, 1], 0.25, 200, 7));
  });
});

describe('a constant or blank column with a positive weight is one #VALUE! naming it', () => {
  const constant = /^column 2 of data is constant \(every value is 7\), so it cannot be normalised: remove it from the range, or give it weight 0$/;
  const blankData = DATA.map((r) => [r[0], null, r[2], r[3]]);
  const blank = /^column 2 of data is blank: remove it from the range, or give it weight 0$/;
  const cases: [string, () => unknown][] = [
    ['COMPOSITE_SCORE', () => compositeScore(DATA, null, DIRS)],
    ['COMPOSITE_SCORE percentile', () => compositeScore(DATA, [1, 1, 1, 1], DIRS, 'arithmetic', 'percentile')],
    ['TOPSIS', () => topsis(DATA, null, DIRS)],
    ['TOPSIS vector', () => topsis(DATA, null, DIRS, 'vector')],
    ['OBSTACLE_DEGREE', () => obstacleDegree(DATA, [1, 1, 1, 1], DIRS)],
  ];
  it.each(cases)('%s: constant', (_name, run) => expect(run).toThrow(constant));

  const blankCases: [string, () => unknown][] = [
    ['COMPOSITE_SCORE', () => compositeScore(blankData, null, DIRS)],
    ['COMPOSITE_SCORE none', () => compositeScore(blankData, null, [1, 1, 1, 1], 'arithmetic', 'none')],
    ['TOPSIS', () => topsis(blankData, null, DIRS)],
    ['TOPSIS vector', () => topsis(blankData, null, DIRS, 'vector')],
    ['OBSTACLE_DEGREE', () => obstacleDegree(blankData, [1, 1, 1, 1], DIRS)],
  ];
  it.each(blankCases)('%s: fully blank', (_name, run) => expect(run).toThrow(blank));

  it('RANK_UNCERTAINTY: both', async () => {
    // It checks its arguments before its first await, so the error is thrown as the call is made.
    expect(() => rankUncertainty(DATA, [1, 1, 1, 1], DIRS)).toThrow(constant);
    expect(() => rankUncertainty(blankData, [1, 1, 1, 1], DIRS)).toThrow(blank);
  });

  it('ENTROPY_WEIGHTS: a fully blank column is #VALUE! naming it (not one #N/A per row downstream)', () => {
    expect(() => entropyWeights(blankData, DIRS)).toThrow(/^column 2 of data is blank: remove it from the range$/);
  });

  it('with weight 0 the same columns are simply left out', () => {
    expect(compositeScore(blankData, WEIGHTS, DIRS).every((v) => typeof v === 'number')).toBe(true);
    expect(topsis(blankData, WEIGHTS, DIRS).every((v) => typeof v === 'number')).toBe(true);
  });

  it('names the column by its place in the range even when an earlier column is left out', () => {
    const data = DATA.map((r) => [r[1], r[0], r[2], 5]);
    expect(() => topsis(data, [0, 0.5, 0.25, 0.25], DIRS)).toThrow(/^column 4 of data is constant \(every value is 5\)/);
  });
});

describe("the README's pipeline as Excel runs it (through the adapter)", () => {
  const entropy = specByName.get('ENTROPY_WEIGHTS')!;
  const top = specByName.get('TOPSIS')!;
  const directions = [['+', '+', '-', '+']];
  const pipeline = async (range: (number | null)[][]) => {
    const w = (await invoke(entropy, [range, directions])) as unknown[][];
    return (await invoke(top, [range, w, directions])) as unknown[][];
  };

  it('on a range with a constant column: one closeness per province, the constant column left out', async () => {
    const out = await pipeline(DATA);
    expect(out).toHaveLength(6);
    out.forEach((row) => expect(typeof row[0]).toBe('number'));
    expect(out.map((r) => r[0])).toEqual(topsis(without(DATA, 1), without([entropyWeights(DATA, DIRS)], 1)[0], [1, -1, 1]));
  });

  it('on a range with a blank cell: the other provinces computed, that one #N/A in its own cell', async () => {
    const data = DATA.map((r, i) => r.map((x, j) => (i === 3 && j === 2 ? null : x)));
    const out = await pipeline(data);
    out.forEach((row, i) => expect(typeof row[0] === 'number').toBe(i !== 3));
  });

  it('on a range with an empty column: one #VALUE! that names the column', async () => {
    const data = DATA.map((r) => [...r.slice(0, 3), null]);
    const w = (await invoke(entropy, [data, directions])) as unknown[][];
    expect(w).toHaveLength(1);
    expect(JSON.stringify(w)).toMatch(/column 4 of data is blank/);
  });
});
