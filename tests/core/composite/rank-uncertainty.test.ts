import type { DomainError } from '../../../src/core/shared/errors';
import { AIRCRAFT, AIRCRAFT_DIRECTIONS, AIRCRAFT_WEIGHTS } from '../../helpers/weights';
import { rankUncertainty } from '../../../src/core/composite/rank-uncertainty';
import { mulberry32 } from '../../../src/core/shared/random';
import { percentileInc, rankDescending } from '../../../src/core/shared/statistics';

const HEADER = ['rank', 'median rank', '5th percentile rank', '95th percentile rank'];

// AIRCRAFT: Hwang & Yoon (1981) aircraft data, attribute 4 a cost.

describe('mulberry32', () => {
  it('gives the reference sequence for seed 1 (the published generator, reimplemented in Python for the check)', () => {
    const next = mulberry32(1);
    expect([next(), next(), next()]).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
  });
});

describe('rankDescending and percentileInc', () => {
  it('ranks as RANK.EQ (ties share the best rank, the next rank skips)', () => {
    expect(rankDescending([3, 5, 3, 1])).toEqual([2, 1, 2, 4]);
  });
  it('interpolates as PERCENTILE.INC', () => {
    // PERCENTILE.INC({1,2,3,4}, 0.05) = 1.15; 0.5 → 2.5; 0.95 → 3.85 (by hand: h = 3p).
    expect(percentileInc([1, 2, 3, 4], 0.05)).toBeCloseTo(1.15, 14);
    expect(percentileInc([1, 2, 3, 4], 0.5)).toBeCloseTo(2.5, 14);
    expect(percentileInc([1, 2, 3, 4], 0.95)).toBeCloseTo(3.85, 14);
  });
});

describe('rankUncertainty', () => {
  // Expected tables: an independent Python reimplementation (numpy, mulberry32 in Python, numpy.percentile
  // "linear" = PERCENTILE.INC, RANK.EQ by counting) of the rule in the function's documentation: weights × (1 − noise + 2·noise·u) per run and indicator, renormalised.
  it('matches the Python reimplementation at the defaults (noise 0.25, 1000 runs, seed 1)', async () => {
    expect(await rankUncertainty(AIRCRAFT, AIRCRAFT_WEIGHTS, AIRCRAFT_DIRECTIONS)).toEqual([
      HEADER,
      [2, 2, 1, 2],
      [4, 4, 4, 4],
      [1, 1, 1, 2],
      [3, 3, 3, 3],
    ]);
  });

  it('matches the Python reimplementation with noise 0.5, 200 runs, seed 42', async () => {
    expect(await rankUncertainty(AIRCRAFT, AIRCRAFT_WEIGHTS, AIRCRAFT_DIRECTIONS, 0.5, 200, 42)).toEqual([
      HEADER,
      [2, 2, 1, 2],
      [4, 4, 3, 4],
      [1, 1, 1, 2],
      [3, 3, 3, 4],
    ]);
  });

  it('matches the Python reimplementation on a close race (noise 0.5, 500 runs, seed 7)', async () => {
    const data = [
      [0.5, 0.6, 0.4],
      [0.55, 0.5, 0.45],
      [0.6, 0.45, 0.5],
      [0.2, 0.3, 0.1],
      [0.9, 0.2, 0.6],
    ];
    expect(await rankUncertainty(data, [1, 1, 1], null, 0.5, 500, 7)).toEqual([
      HEADER,
      [1, 1, 1, 4],
      [4, 3, 2, 4],
      [3, 2, 2, 3],
      [5, 5, 5, 5],
      [2, 3, 1, 4],
    ]);
  });

  it('is deterministic for a seed and changes with the seed', async () => {
    const data = Array.from({ length: 30 }, (_, i) => Array.from({ length: 5 }, (_, j) => Math.sin(i * 7 + j * 3) + j));
    const a = await rankUncertainty(data, [1, 2, 3, 4, 5], null, 0.5, 300, 123);
    expect(await rankUncertainty(data, [1, 2, 3, 4, 5], null, 0.5, 300, 123)).toEqual(a);
    expect(await rankUncertainty(data, [1, 2, 3, 4, 5], null, 0.5, 300, 124)).not.toEqual(a);
  });

  it('with noise 0 every percentile is the rank at the given weights', async () => {
    const t = await rankUncertainty(AIRCRAFT, AIRCRAFT_WEIGHTS, AIRCRAFT_DIRECTIONS, 0, 10, 1);
    t.slice(1).forEach((row) => expect(row.slice(1)).toEqual([row[0], row[0], row[0]]));
  });

  it('ties share the best rank, as RANK.EQ', async () => {
    const t = await rankUncertainty([[1, 2], [1, 2], [0, 0]], [1, 1], null, 0.3, 50, 1);
    expect(t.slice(1).map((r) => r[0])).toEqual([1, 1, 3]);
  });

  it('gives #N/A to a unit below 65% coverage and ranks the others without it', async () => {
    // Min-max sums (blank row 2 still counts in column 3's min and max): 1.5, —, 1.25, 2 (by hand).
    const t = await rankUncertainty([[1, 2, 3], [null, null, 1], [3, 1, 1.5], [2, 3, 2]], [1, 1, 1], null, 0, 20, 1);
    expect((t[2][0] as DomainError).kind).toBe('na');
    expect([t[1][0], t[3][0], t[4][0]]).toEqual([2, 3, 1]);
  });

  it('rejects a constant column, bad noise and bad runs', () => {
    expect(() => rankUncertainty([[1, 2], [1, 3]], [1, 1])).toThrow(expect.objectContaining({ kind: 'value' }));
    expect(() => rankUncertainty(AIRCRAFT, AIRCRAFT_WEIGHTS, AIRCRAFT_DIRECTIONS, 1.5)).toThrow(expect.objectContaining({ kind: 'num' }));
    expect(() => rankUncertainty(AIRCRAFT, AIRCRAFT_WEIGHTS, AIRCRAFT_DIRECTIONS, 0.25, 0)).toThrow(expect.objectContaining({ kind: 'num' }));
  });

  it('yields to Excel between runs: at most one run, or 256 units of the final sort, between two ticks of its pacer', async () => {
    // A pacer that counts the runs done between its ticks (a run writes one rank per unit into the results).
    const data = Array.from({ length: 300 }, (_, i) => Array.from({ length: 4 }, (_, j) => Math.sin(i * 5 + j * 11) + j));
    let ticks = 0;
    const pacer = { tick: async () => void ticks++ };
    const runs = 40;
    const t = await rankUncertainty(data, [1, 1, 1, 1], null, 0.25, runs, 1, pacer);
    // One tick after every run, one after every 256 units sorted.
    expect(ticks).toBe(runs + Math.floor(300 / 256));
    expect(t).toEqual(await rankUncertainty(data, [1, 1, 1, 1], null, 0.25, runs, 1));
  });

  it('at its limit (10,000 units × 1,000 runs) the pacer is ticked after every run and every 256 units sorted', async () => {
    // The work between two ticks is one run (10,000 composites and a ranking) or 256 units of the final sort;
    // how long that takes on Excel's runtimes is timed by npm run bench (its longest slice), not here.
    const data = Array.from({ length: 10_000 }, (_, i) => Array.from({ length: 5 }, (_, j) => Math.sin(i * 5 + j * 11) + j));
    let ticks = 0;
    const pacer = { tick: async () => void ticks++ };
    const t = await rankUncertainty(data, [1, 1, 1, 1, 1], null, 0.25, 1000, 1, pacer);
    expect(ticks).toBe(1000 + Math.floor(10_000 / 256));
    expect(t.length).toBe(10_001);
  }, 120_000);
});
