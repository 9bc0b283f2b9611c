/**
 * GEARY_C. Reference values: tests/fixtures/vectors/analysis/spatial_autocorrelation.json, cases desmith and stl
 * (PySAL esda and R spdep agree to 1e-9; neighbours keyed by id, the 0/1 matrix in the order of `ids`), and an
 * independent numpy computation of the formulas of methods-analysis §3 (GLOBAL at the end, NUMPY in tests/helpers/spatial-numpy.ts: 12 random
 * points and two value columns from numpy default_rng(20240611); inverse-distance weights from haversine distances,
 * knn 3 and a 500 km band with islands; the numpy script was written apart from the TypeScript).
 */
import { DomainError } from '../../../src/core/shared/errors';
import { mulberry32 } from '../../../src/core/shared/random';
import { gearyC } from '../../../src/core/regional/geary-c';
import vectors from '../../fixtures/vectors/analysis/spatial_autocorrelation.json';
import { expectSameCells, SPATIAL_NUMPY as NUMPY } from '../../helpers/spatial-numpy';

interface SpatialCase {
  id: string;
  inputs: { ids: string[]; y: number[]; neighbors: Record<string, number[]> };
  expected: Record<string, Record<string, number>>;
  tolerance: { abs: number };
}
const cases = (vectors as unknown as { cases: SpatialCase[] }).cases;
const byId = (id: string) => cases.find((c) => c.id === id) as SpatialCase;

/** The n×n 0/1 matrix of a neighbours dictionary, in the order of ids. */
function contiguity(c: SpatialCase): number[][] {
  const ids = c.inputs.ids;
  return ids.map((id) => {
    const nb = (c.inputs.neighbors[id] ?? []).map(String);
    return ids.map((j) => (nb.includes(j) ? 1 : 0));
  });
}
const col = (v: readonly number[]) => v.map((x) => [x]);

async function kindOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'none';
  } catch (e) {
    return e instanceof DomainError ? e.kind : `other: ${String(e)}`;
  }
}
function expectRow(got: unknown[], want: readonly (number | null)[], tol: number): void {
  expect(got).toHaveLength(want.length);
  want.forEach((w, k) => {
    expect(typeof got[k]).toBe('number');
    expect(Math.abs((got[k] as number) - (w as number))).toBeLessThanOrEqual(tol);
  });
}
const cellKind = (c: unknown) => (c instanceof DomainError ? c.kind : typeof c);

describe.each(['desmith', 'stl'])('vectors case %s (spatial_autocorrelation.json)', (id) => {
  const c = byId(id);
  const W = contiguity(c);
  const y = col(c.inputs.y);
  const tol = c.tolerance.abs;
  it.each([
    ['row', 'row_standardised'],
    ['binary', 'binary'],
  ])('standardize "%s": C, E[C], Var, z = (1 − C)/sd (minus esda\'s z), two-sided p, under randomisation and normality', async (how, key) => {
    const e = c.expected[key];
    const rand = await gearyC(y, W, how);
    expect(rand[0]).toEqual(['C', 'E[C]', 'Var[C]', 'z', 'p']);
    expectRow(rand[1], [e.C, e.EC, e.VC_rand, -e.zC_rand_esda, e.pC_rand_two_sided], tol);
    const norm = await gearyC(y, W, how, 'normality');
    expectRow(norm[1], [e.C, e.EC, e.VC_norm, -e.zC_norm_esda, e.pC_norm_two_sided], tol);
  });
  it('"none" on the 0/1 matrix equals "binary"', async () => {
    expect(await gearyC(y, W, 'none')).toEqual(await gearyC(y, W, 'binary'));
  });
});

it('desmith: spdep\'s sign of z, +0.3836 under normality (methods-analysis §3)', async () => {
  const c = byId('desmith');
  const r = await gearyC(col(c.inputs.y), contiguity(c), 'row', 'normality');
  expect((r[1][3] as number).toFixed(4)).toBe('0.3836');
});

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
      const r = await gearyC(values, weights, 'row', a === 'rand' ? 'randomization' : 'normality');
      expect(r).toHaveLength(3);
      expectRow(r[1], GLOBAL[`geary.y1.${how}.${a}`], 1e-12);
      expectRow(r[2], GLOBAL[`geary.y2.${how}.${a}`], 1e-12);
    }
  });
  it('binary knn 3 (asymmetric), and 1/d² "none" from a matrix', async () => {
    expectRow((await gearyC(col(NUMPY.y2), NUMPY.knn3, 'binary'))[1], GLOBAL['geary.y2.knn3Binary.rand'], 1e-12);
    const { spatialWeights } = await import('../../../src/core/regional/spatial-weights');
    const w2 = spatialWeights(NUMPY.coordinates, 'inverse-distance', 2, 'none') as number[][];
    expectRow((await gearyC(col(NUMPY.y1), w2, 'none'))[1], GLOBAL['geary.y1.idw2None.rand'], 1e-10);
  });
  it('islands (500 km band: 3 units without neighbours) keep a zero row and stay in n, as PySAL', async () => {
    for (const how of ['binary', 'row'] as const) {
      const key = how === 'binary' ? 't500Binary' : 't500Row';
      expectRow((await gearyC(col(NUMPY.y1), NUMPY.threshold500, how))[1], GLOBAL[`geary.y1.${key}.rand`], 1e-12);
      expectRow((await gearyC(col(NUMPY.y2), NUMPY.threshold500, how, 'normality'))[1], GLOBAL[`geary.y2.${key}.norm`], 1e-12);
    }
  });
  it('C does not change under an affine change of the values', async () => {
    const a = await gearyC(col(NUMPY.y1), NUMPY.coordinates);
    const b = await gearyC(col(NUMPY.y1.map((v) => 1000 + 3 * v)), NUMPY.coordinates);
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
    const r = await gearyC([[1, 5], [1, 2], [1, 7], [1, 1]], path4);
    expect(r[1].map(cellKind)).toEqual(['div0', 'div0', 'div0', 'div0', 'div0']);
    expect(r[2].every((v) => typeof v === 'number')).toBe(true);
  });
  it('a blank value: #VALUE! in that column\'s row only', async () => {
    const r = await gearyC([[1, 5], [null, 2], [3, 7], [2, 1]], path4);
    expect(r[1].map(cellKind)).toEqual(['value', 'value', 'value', 'value', 'value']);
    expect(typeof r[2][0]).toBe('number');
  });
  it('n < 4: #N/A', async () => {
    expect(await kindOf(gearyC([[1], [2], [4]], [[0, 1, 0], [1, 0, 1], [0, 1, 0]]))).toBe('na');
  });
  it('weights not n×n nor n×2: #VALUE!; negative or a non-zero diagonal: #NUM!; all zero: #DIV/0!', async () => {
    const y = [[1], [2], [4], [3], [5]];
    expect(await kindOf(gearyC(y, path4))).toBe('value');
    expect(await kindOf(gearyC(y, [[0, 1, 0, 0, 0], [1, 0, 1, 0, 0], [0, 1, 0, 1, 0], [0, 0, 1, 0, 1], [0, 0, 0, 1, 0]].map((r) => r.slice(0, 3))))).toBe('value');
    const neg = path4.map((r) => r.slice());
    neg[2][1] = -1;
    expect(await kindOf(gearyC(y.slice(0, 4), neg))).toBe('num');
    const diag = path4.map((r) => r.slice());
    diag[0][0] = 1;
    expect(await kindOf(gearyC(y.slice(0, 4), diag))).toBe('num');
    expect(await kindOf(gearyC(y.slice(0, 4), [[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]]))).toBe('div0');
  });
  it('unknown options: #VALUE!', async () => {
    expect(await kindOf(gearyC([[1], [2], [4], [3]], path4, 'rows'))).toBe('value');
    expect(await kindOf(gearyC([[1], [2], [4], [3]], path4, 'row', 'normal'))).toBe('value');
  });
  it('binary weights linking every pair: C cannot vary (C = 1), z and p #DIV/0!', async () => {
    const r = await gearyC(col(NUMPY.y1), NUMPY.coordinates, 'binary');
    expect(r[1][0]).toBeCloseTo(1, 12);
    expect(r[1].slice(3).map(cellKind)).toEqual(['div0', 'div0']);
  });
  it('C near 0 keeps its digits (the squared differences are summed directly)', async () => {
    // two tight clusters far apart, linked within each cluster only: C = (n − 1) Σ w (y_i − y_j)² / (2 S0 Σz²)
    const y = [[1e6], [1e6 + 1e-3], [1e6 + 1], [1e6 + 1 + 1e-3]];
    const w = [[0, 1, 0, 0], [1, 0, 0, 0], [0, 0, 0, 1], [0, 0, 1, 0]];
    const r = await gearyC(y, w, 'none');
    // by hand: Σ w (y_i − y_j)² = 4·1e-6, S0 = 4, Σz² = 4·(0.5)² (up to 1e-3 terms): exact value from the differences
    const m = (0 + 1e-3 + 1 + 1.001) / 4;
    const z2 = [0, 1e-3, 1, 1.001].reduce((s, v) => s + (v - m) ** 2, 0);
    expect(Math.abs((r[1][0] as number) / ((3 * 4e-6) / (2 * 4 * z2)) - 1)).toBeLessThan(1e-6);
  });
  it('a single row of n values is read as one column when the weights have n rows', async () => {
    const c = byId('desmith');
    expect(await gearyC([c.inputs.y], contiguity(c))).toEqual(await gearyC(col(c.inputs.y), contiguity(c)));
  });
  it('a blank weight cell is 0 (Excel on the web sends null, on Windows 0)', async () => {
    const c = byId('desmith');
    const W = contiguity(c);
    const blanks = W.map((r) => r.map((v) => (v === 0 ? null : v)));
    expect(await gearyC(col(c.inputs.y), blanks)).toEqual(await gearyC(col(c.inputs.y), W));
  });
});

describe('county scale', () => {
  it('2,800 units × 12 years from coordinates: a few seconds, never blocking more than ~0.5 s', async () => {
    const r = mulberry32(11);
    const n = 2800;
    const coords = Array.from({ length: n }, () => [20 + 25 * r(), 100 + 25 * r()]);
    const values = coords.map(([lat]) => Array.from({ length: 12 }, () => lat + 10 * r()));
    let gap = 0;
    let last = Date.now();
    const probe = setInterval(() => {
      const t = Date.now();
      gap = Math.max(gap, t - last);
      last = t;
    }, 5);
    const t0 = Date.now();
    const out = await gearyC(values, coords);
    const ms = Date.now() - t0;
    clearInterval(probe);
    expect(out).toHaveLength(13);
    for (const row of out.slice(1)) expect((row[0] as number) < 1).toBe(true); // values follow latitude
    expect(ms).toBeLessThan(20000);
    expect(gap).toBeLessThan(1000); // ≈ 0.1 s on the development machine; generous for a loaded CI
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
    const { spatialWeights } = await import('../../../src/core/regional/spatial-weights');
    const u = spatialWeights(coords, 'inverse-distance', null, 'none') as number[][];
    for (const a of ['randomization', 'normality']) same(await gearyC(values, coords, how, a), await gearyC(values, u, how, a));
  });
  it('two units at the same place: #DIV/0! naming the rows, as from the matrix path', async () => {
    const c = coords.map((p) => [...p]);
    c[9] = [...c[3]];
    const e = await gearyC(values, c).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(DomainError);
    expect((e as DomainError).kind).toBe('div0');
    expect((e as DomainError).message).toContain('rows 4 and 10 of weights');
  });
});

const GLOBAL: Record<string, (number | null)[]> = {
  'geary.y1.idwRow.rand': [0.9305642890586809, 1.0, 0.0051565735397042615, 0.9669461279685756, 0.33357096529902774],
  'geary.y1.idwRow.norm': [0.9305642890586809, 1.0, 0.005142393161252003, 0.9682784086780241, 0.33290534494869106],
  'geary.y1.knn3Row.rand': [0.907676095247407, 1.0, 0.03479377352802621, 0.4949523585689641, 0.6206337502464969],
  'geary.y1.knn3Row.norm': [0.907676095247407, 1.0, 0.033535137701804364, 0.5041550447955387, 0.6141524284442391],
  'geary.y1.knn3Binary.rand': [0.9076760952474071, 1.0, 0.034793773528026206, 0.4949523585689636, 0.6206337502464974],
  'geary.y1.knn3Binary.norm': [0.9076760952474071, 1.0, 0.03353513770180437, 0.5041550447955381, 0.6141524284442396],
  'geary.y1.t500Binary.rand': [0.5490806571377146, 1.0, 0.22049496939068708, 0.9602836238170716, 0.33691248970986853],
  'geary.y1.t500Binary.norm': [0.5490806571377146, 1.0, 0.19152276295133439, 1.0303592308852945, 0.3028414039078138],
  'geary.y1.t500Row.rand': [0.48075208639147377, 1.0, 0.19005943681242923, 1.1910501308555095, 0.2336339054296731],
  'geary.y1.t500Row.norm': [0.48075208639147377, 1.0, 0.17695473251028804, 1.2343651995896534, 0.21706685058797348],
  'geary.y1.idw2None.rand': [0.8000576798721631, 1.0, 0.05192416377131221, 0.8774451379591737, 0.3802449052253424],
  'geary.y1.idw2None.norm': [0.8000576798721631, 1.0, 0.0456376089632895, 0.9359298225911157, 0.3493093211960102],
  'geary.y2.idwRow.rand': [1.0618648372624455, 1.0, 0.005185631048878437, -0.8590987118057809, 0.3902860579762949],
  'geary.y2.idwRow.norm': [1.0618648372624455, 1.0, 0.005142393161252003, -0.8627028565780782, 0.3883008614082162],
  'geary.y2.knn3Row.rand': [1.0713451622057417, 1.0, 0.037372888196264865, -0.3690508405836061, 0.7120898299811147],
  'geary.y2.knn3Row.norm': [1.0713451622057417, 1.0, 0.033535137701804364, -0.3895959940620955, 0.6968353148161475],
  'geary.y2.knn3Binary.rand': [1.071345162205742, 1.0, 0.037372888196264886, -0.36905084058360715, 0.7120898299811139],
  'geary.y2.knn3Binary.norm': [1.071345162205742, 1.0, 0.03353513770180437, -0.3895959940620967, 0.6968353148161466],
  'geary.y2.t500Binary.rand': [1.2351706852626032, 1.0, 0.2798629303546438, -0.44453964266638646, 0.6566524742076765],
  'geary.y2.t500Binary.norm': [1.2351706852626032, 1.0, 0.19152276295133439, -0.5373694658025506, 0.5910124304985838],
  'geary.y2.t500Row.rand': [1.5099122764854562, 1.0, 0.21691274448446632, -1.094845741254236, 0.2735842232320045],
  'geary.y2.t500Row.norm': [1.5099122764854562, 1.0, 0.17695473251028804, -1.2121723601410914, 0.2254464094315468],
  'geary.y2.idw2None.rand': [1.0033998989374933, 1.0, 0.06480616298051041, -0.013355429324248762, 0.9893442259141804],
  'geary.y2.idw2None.norm': [1.0033998989374933, 1.0, 0.0456376089632895, -0.015914923900859395, 0.9873022639593425]
};
