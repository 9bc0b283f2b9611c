/**
 * What MORAN_I and GEARY_C share in their tests: the spatial_autocorrelation.json
 * cases and their contiguity matrices, small helpers, and one suite run for each
 * statistic (the independent numpy check on other data, the edge cases and
 * errors, the county-scale run, the pairwise path from coordinates), with the
 * statistic's own expected values passed in.
 */
import { DomainError } from '../../src/core/shared/errors';
import { mulberry32 } from '../../src/core/shared/random';
import { Pacer } from '../../src/core/shared/pacer';
import type { Cell } from '../../src/core/shared/errors';
import vectors from '../fixtures/vectors/analysis/spatial_autocorrelation.json';
import { expectSameCells, SPATIAL_NUMPY as NUMPY } from './spatial-numpy';

export interface SpatialCase {
  id: string;
  inputs: { ids: string[]; y: number[]; neighbors: Record<string, number[]> };
  expected: Record<string, Record<string, number>>;
  tolerance: { abs: number };
}
export const cases = (vectors as unknown as { cases: SpatialCase[] }).cases;
export const byId = (id: string) => cases.find((c) => c.id === id) as SpatialCase;

/** The n×n 0/1 matrix of a neighbours dictionary, in the order of ids. */
export function contiguity(c: SpatialCase): number[][] {
  const ids = c.inputs.ids;
  return ids.map((id) => {
    const nb = (c.inputs.neighbors[id] ?? []).map(String);
    return ids.map((j) => (nb.includes(j) ? 1 : 0));
  });
}
export const col = (v: readonly number[]) => v.map((x) => [x]);

export async function kindOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'none';
  } catch (e) {
    return e instanceof DomainError ? e.kind : `other: ${String(e)}`;
  }
}
export function expectRow(got: unknown[], want: readonly (number | null)[], tol: number): void {
  expect(got).toHaveLength(want.length);
  want.forEach((w, k) => {
    expect(typeof got[k]).toBe('number');
    expect(Math.abs((got[k] as number) - (w as number))).toBeLessThanOrEqual(tol);
  });
}
export const cellKind = (c: unknown) => (c instanceof DomainError ? c.kind : typeof c);


export type GlobalStatistic = (values: unknown[][], weights: unknown[][], standardize?: unknown, assumption?: unknown) => Promise<Cell[][]>;

export interface GlobalStatisticCase {
  statistic: GlobalStatistic;
  /** The prefix of its numpy values in GLOBAL ("moran", "geary"). */
  key: string;
  /** The statistic's letter in test titles. */
  letter: string;
  /** Its value when binary weights link every pair (no variation is possible). */
  allLinked: number;
  /** What a positive spatial autocorrelation looks like in the statistic (I > 0, C < 1). */
  positive: (v: number) => boolean;
  /** The numpy statistics of the test file, by key. */
  GLOBAL: Record<string, (number | null)[]>;
}

export function describeGlobalStatistic({ statistic, key, letter, allLinked, positive, GLOBAL }: GlobalStatisticCase): void {
  describe('independent numpy check on other data', () => {
    const knn3Row = () => NUMPY.knn3.map((r) => r.map((v) => v / 3));
    it.each([
      ['y1', 'idwRow'],
      ['y2', 'idwRow'],
      ['y1', 'knn3Row'],
      ['y2', 'knn3Row'],
    ])('%s with %s weights, n×T with two columns (one row each)', async (_y, how) => {
      const values = NUMPY.y1.map((v, i) => [v, NUMPY.y2[i]]);
      const weights = how === 'idwRow' ? NUMPY.coordinates : knn3Row();
      for (const a of ['rand', 'norm']) {
        const r = await statistic(values, weights, 'row', a === 'rand' ? 'randomization' : 'normality');
        expect(r).toHaveLength(3);
        expectRow(r[1], GLOBAL[`${key}.y1.${how}.${a}`], 1e-12);
        expectRow(r[2], GLOBAL[`${key}.y2.${how}.${a}`], 1e-12);
      }
    });
    it('binary knn 3 (asymmetric), and 1/d² "none" from a matrix', async () => {
      expectRow((await statistic(col(NUMPY.y2), NUMPY.knn3, 'binary'))[1], GLOBAL[`${key}.y2.knn3Binary.rand`], 1e-12);
      const { spatialWeights } = await import('../../src/core/regional/spatial-weights');
      const w2 = spatialWeights(NUMPY.coordinates, 'inverse-distance', 2, 'none') as number[][];
      expectRow((await statistic(col(NUMPY.y1), w2, 'none'))[1], GLOBAL[`${key}.y1.idw2None.rand`], 1e-10);
    });
    it('islands (500 km band: 3 units without neighbours) keep a zero row and stay in n, as PySAL', async () => {
      for (const how of ['binary', 'row'] as const) {
        const band = how === 'binary' ? 't500Binary' : 't500Row';
        expectRow((await statistic(col(NUMPY.y1), NUMPY.threshold500, how))[1], GLOBAL[`${key}.y1.${band}.rand`], 1e-12);
        expectRow((await statistic(col(NUMPY.y2), NUMPY.threshold500, how, 'normality'))[1], GLOBAL[`${key}.y2.${band}.norm`], 1e-12);
      }
    });
    it(`${letter} does not change under an affine change of the values`, async () => {
      const a = await statistic(col(NUMPY.y1), NUMPY.coordinates);
      const b = await statistic(col(NUMPY.y1.map((v) => 1000 + 3 * v)), NUMPY.coordinates);
      expectRow(b[1], a[1] as number[], 1e-12);
    });
  });

  describe('edge cases and errors', () => {
    const path4 = [
      [0, 1, 0, 0],
      [1, 0, 1, 0],
      [0, 1, 0, 1],
      [0, 0, 1, 0],
    ];
    it('constant values: #DIV/0! in that column\'s row only', async () => {
      const r = await statistic([[1, 5], [1, 2], [1, 7], [1, 1]], path4);
      expect(r[1].map(cellKind)).toEqual(['div0', 'div0', 'div0', 'div0', 'div0']);
      expect(r[2].every((v) => typeof v === 'number')).toBe(true);
    });
    it('a blank value: #VALUE! in that column\'s row only', async () => {
      const r = await statistic([[1, 5], [null, 2], [3, 7], [2, 1]], path4);
      expect(r[1].map(cellKind)).toEqual(['value', 'value', 'value', 'value', 'value']);
      expect(typeof r[2][0]).toBe('number');
    });
    it('n < 4: #N/A', async () => {
      expect(await kindOf(statistic([[1], [2], [4]], [[0, 1, 0], [1, 0, 1], [0, 1, 0]]))).toBe('na');
    });
    it('weights not n×n nor n×2: #VALUE!; negative or a non-zero diagonal: #NUM!; all zero: #DIV/0!', async () => {
      const y = [[1], [2], [4], [3], [5]];
      expect(await kindOf(statistic(y, path4))).toBe('value');
      expect(await kindOf(statistic(y, [[0, 1, 0, 0, 0], [1, 0, 1, 0, 0], [0, 1, 0, 1, 0], [0, 0, 1, 0, 1], [0, 0, 0, 1, 0]].map((r) => r.slice(0, 3))))).toBe('value');
      const neg = path4.map((r) => r.slice());
      neg[2][1] = -1;
      expect(await kindOf(statistic(y.slice(0, 4), neg))).toBe('num');
      const diag = path4.map((r) => r.slice());
      diag[0][0] = 1;
      expect(await kindOf(statistic(y.slice(0, 4), diag))).toBe('num');
      expect(await kindOf(statistic(y.slice(0, 4), [[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]]))).toBe('div0');
    });
    it('unknown options: #VALUE!', async () => {
      expect(await kindOf(statistic([[1], [2], [4], [3]], path4, 'rows'))).toBe('value');
      expect(await kindOf(statistic([[1], [2], [4], [3]], path4, 'row', 'normal'))).toBe('value');
    });
    it(`binary weights linking every pair: ${letter} cannot vary (${letter} = ${allLinked.toFixed(4)}), z and p #DIV/0!`, async () => {
      const r = await statistic(col(NUMPY.y1), NUMPY.coordinates, 'binary');
      expect(r[1][0]).toBeCloseTo(allLinked, 12);
      expect(r[1].slice(3).map(cellKind)).toEqual(['div0', 'div0']);
    });
    it('a single row of n values is read as one column when the weights have n rows', async () => {
      const c = byId('desmith');
      expect(await statistic([c.inputs.y], contiguity(c))).toEqual(await statistic(col(c.inputs.y), contiguity(c)));
    });
    it('a blank weight cell is 0 (Excel on the web sends null, on Windows 0)', async () => {
      const c = byId('desmith');
      const W = contiguity(c);
      const blanks = W.map((r) => r.map((v) => (v === 0 ? null : v)));
      expect(await statistic(col(c.inputs.y), blanks)).toEqual(await statistic(col(c.inputs.y), W));
    });
  });

  describe('county scale', () => {
    it('2,800 units × 12 years from coordinates: a tick of the pacer after every 8 rows of distances', async () => {
      const r = mulberry32(11);
      const n = 2800;
      const coords = Array.from({ length: n }, () => [20 + 25 * r(), 100 + 25 * r()]);
      const values = coords.map(([lat]) => Array.from({ length: 12 }, () => lat + 10 * r()));
      const tick = jest.spyOn(Pacer.prototype, 'tick');
      const out = await statistic(values, coords);
      const ticks = tick.mock.calls.length;
      tick.mockRestore();
      expect(out).toHaveLength(13);
      for (const row of out.slice(1)) expect(positive(row[0] as number)).toBe(true); // values follow latitude: positive autocorrelation
      // The work between ticks is 8 rows of 2,800 distances and 12 years of lags: counted here, timed by npm run bench.
      expect(ticks).toBeGreaterThanOrEqual(Math.floor((n - 1) / 8));
    }, 60000);
  });

  describe('weights from coordinates take the pairwise path (no n×n matrix): the same numbers as the matrix', () => {
    // 30 seeded points, 6 columns (blocks of 4 and singles in the pass over the pairs), column 3 with a blank.
    const r = mulberry32(7);
    const coords = Array.from({ length: 30 }, () => [20 + 25 * r(), 100 + 25 * r()]);
    const values: (number | null)[][] = coords.map(([lat]) => Array.from({ length: 6 }, () => lat + 10 * r()));
    values[4][2] = null;
    const same = expectSameCells;
    it.each(['row', 'none'])('standardize "%s", both assumptions', async (how) => {
      const { spatialWeights } = await import('../../src/core/regional/spatial-weights');
      const u = spatialWeights(coords, 'inverse-distance', null, 'none') as number[][];
      for (const a of ['randomization', 'normality']) same(await statistic(values, coords, how, a), await statistic(values, u, how, a));
    });
    it('two units at the same place: #DIV/0! naming the rows, as from the matrix path', async () => {
      const c = coords.map((p) => [...p]);
      c[9] = [...c[3]];
      const e = await statistic(values, c).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).kind).toBe('div0');
      expect((e as DomainError).message).toContain('rows 4 and 10 of weights');
    });
  });
}
