/**
 * MORAN_I. Reference values: tests/fixtures/vectors/analysis/spatial_autocorrelation.json, cases desmith and stl
 * (PySAL esda and R spdep agree to 1e-9; neighbours keyed by id, the 0/1 matrix in the order of `ids`), and an
 * independent numpy computation of the formulas of methods-analysis §3 (GLOBAL at the end, NUMPY in tests/helpers/spatial-numpy.ts: 12 random
 * points and two value columns from numpy default_rng(20240611); inverse-distance weights from haversine distances,
 * knn 3 and a 500 km band with islands; the numpy script was written apart from the TypeScript).
 */
import { DomainError } from '../../../src/core/shared/errors';
import { mulberry32 } from '../../../src/core/shared/random';
import { moranI } from '../../../src/core/regional/moran-i';
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
  ])('standardize "%s": I, E[I], Var, z, p under randomisation and normality', async (how, key) => {
    const e = c.expected[key];
    const rand = await moranI(y, W, how);
    expect(rand[0]).toEqual(['I', 'E[I]', 'Var[I]', 'z', 'p']);
    expectRow(rand[1], [e.I, e.EI, e.VI_rand, e.z_rand, e.p_rand_two_sided], tol);
    const norm = await moranI(y, W, how, 'normality');
    expectRow(norm[1], [e.I, e.EI, e.VI_norm, e.z_norm, e.p_norm_two_sided], tol);
  });
  it('"none" on the 0/1 matrix equals "binary"', async () => {
    expect(await moranI(y, W, 'none')).toEqual(await moranI(y, W, 'binary'));
  });
});

it('stl: the published values (esda docstring: I = 0.244, E[I] = −0.012987012987012988, p_norm = 0.000271)', async () => {
  const c = byId('stl');
  const r = await moranI(col(c.inputs.y), contiguity(c), 'row', 'normality');
  expect((r[1][0] as number).toFixed(3)).toBe('0.244');
  expect(r[1][1]).toBeCloseTo(-0.012987012987012988, 15);
  expect((r[1][4] as number).toFixed(6)).toBe('0.000271');
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
      const r = await moranI(values, weights, 'row', a === 'rand' ? 'randomization' : 'normality');
      expect(r).toHaveLength(3);
      expectRow(r[1], GLOBAL[`moran.y1.${how}.${a}`], 1e-12);
      expectRow(r[2], GLOBAL[`moran.y2.${how}.${a}`], 1e-12);
    }
  });
  it('binary knn 3 (asymmetric), and 1/d² "none" from a matrix', async () => {
    expectRow((await moranI(col(NUMPY.y2), NUMPY.knn3, 'binary'))[1], GLOBAL['moran.y2.knn3Binary.rand'], 1e-12);
    const { spatialWeights } = await import('../../../src/core/regional/spatial-weights');
    const w2 = spatialWeights(NUMPY.coordinates, 'inverse-distance', 2, 'none') as number[][];
    expectRow((await moranI(col(NUMPY.y1), w2, 'none'))[1], GLOBAL['moran.y1.idw2None.rand'], 1e-10);
  });
  it('islands (500 km band: 3 units without neighbours) keep a zero row and stay in n, as PySAL', async () => {
    for (const how of ['binary', 'row'] as const) {
      const key = how === 'binary' ? 't500Binary' : 't500Row';
      expectRow((await moranI(col(NUMPY.y1), NUMPY.threshold500, how))[1], GLOBAL[`moran.y1.${key}.rand`], 1e-12);
      expectRow((await moranI(col(NUMPY.y2), NUMPY.threshold500, how, 'normality'))[1], GLOBAL[`moran.y2.${key}.norm`], 1e-12);
    }
  });
  it('I does not change under an affine change of the values', async () => {
    const a = await moranI(col(NUMPY.y1), NUMPY.coordinates);
    const b = await moranI(col(NUMPY.y1.map((v) => 1000 + 3 * v)), NUMPY.coordinates);
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
    const r = await moranI([[1, 5], [1, 2], [1, 7], [1, 1]], path4);
    expect(r[1].map(cellKind)).toEqual(['div0', 'div0', 'div0', 'div0', 'div0']);
    expect(r[2].every((v) => typeof v === 'number')).toBe(true);
  });
  it('a blank value: #VALUE! in that column\'s row only', async () => {
    const r = await moranI([[1, 5], [null, 2], [3, 7], [2, 1]], path4);
    expect(r[1].map(cellKind)).toEqual(['value', 'value', 'value', 'value', 'value']);
    expect(typeof r[2][0]).toBe('number');
  });
  it('n < 4: #N/A', async () => {
    expect(await kindOf(moranI([[1], [2], [4]], [[0, 1, 0], [1, 0, 1], [0, 1, 0]]))).toBe('na');
  });
  it('weights not n×n nor n×2: #VALUE!; negative or a non-zero diagonal: #NUM!; all zero: #DIV/0!', async () => {
    const y = [[1], [2], [4], [3], [5]];
    expect(await kindOf(moranI(y, path4))).toBe('value');
    expect(await kindOf(moranI(y, [[0, 1, 0, 0, 0], [1, 0, 1, 0, 0], [0, 1, 0, 1, 0], [0, 0, 1, 0, 1], [0, 0, 0, 1, 0]].map((r) => r.slice(0, 3))))).toBe('value');
    const neg = path4.map((r) => r.slice());
    neg[2][1] = -1;
    expect(await kindOf(moranI(y.slice(0, 4), neg))).toBe('num');
    const diag = path4.map((r) => r.slice());
    diag[0][0] = 1;
    expect(await kindOf(moranI(y.slice(0, 4), diag))).toBe('num');
    expect(await kindOf(moranI(y.slice(0, 4), [[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]]))).toBe('div0');
  });
  it('unknown options: #VALUE!', async () => {
    expect(await kindOf(moranI([[1], [2], [4], [3]], path4, 'rows'))).toBe('value');
    expect(await kindOf(moranI([[1], [2], [4], [3]], path4, 'row', 'normal'))).toBe('value');
  });
  it('binary weights linking every pair: I cannot vary, z and p #DIV/0!', async () => {
    const r = await moranI(col(NUMPY.y1), NUMPY.coordinates, 'binary');
    expect(r[1][0]).toBeCloseTo(-1 / 11, 12);
    expect(r[1].slice(3).map(cellKind)).toEqual(['div0', 'div0']);
  });
  it('a single row of n values is read as one column when the weights have n rows', async () => {
    const c = byId('desmith');
    expect(await moranI([c.inputs.y], contiguity(c))).toEqual(await moranI(col(c.inputs.y), contiguity(c)));
  });
  it('a blank weight cell is 0 (Excel on the web sends null, on Windows 0)', async () => {
    const c = byId('desmith');
    const W = contiguity(c);
    const blanks = W.map((r) => r.map((v) => (v === 0 ? null : v)));
    expect(await moranI(col(c.inputs.y), blanks)).toEqual(await moranI(col(c.inputs.y), W));
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
    const out = await moranI(values, coords);
    const ms = Date.now() - t0;
    clearInterval(probe);
    expect(out).toHaveLength(13);
    for (const row of out.slice(1)) expect((row[0] as number) > 0).toBe(true); // values follow latitude
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
    for (const a of ['randomization', 'normality']) same(await moranI(values, coords, how, a), await moranI(values, u, how, a));
  });
  it('two units at the same place: #DIV/0! naming the rows, as from the matrix path', async () => {
    const c = coords.map((p) => [...p]);
    c[9] = [...c[3]];
    const e = await moranI(values, c).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(DomainError);
    expect((e as DomainError).kind).toBe('div0');
    expect((e as DomainError).message).toContain('rows 4 and 10 of weights');
  });
});

const GLOBAL: Record<string, (number | null)[]> = {
  'moran.y1.idwRow.rand': [-0.03293270813738386, -0.09090909090909091, 0.00472011022197954, 0.8438690240687142, 0.39874259931449396],
  'moran.y1.idwRow.norm': [-0.03293270813738386, -0.09090909090909091, 0.0050746062441905, 0.8138604437155982, 0.4157249036829235],
  'moran.y1.knn3Row.rand': [0.05949373224770756, -0.09090909090909091, 0.027893187129557732, 0.9005481079330313, 0.3678286357677757],
  'moran.y1.knn3Row.norm': [0.05949373224770756, -0.09090909090909091, 0.02993807539262086, 0.8692486992041296, 0.3847111158979899],
  'moran.y1.knn3Binary.rand': [0.05949373224770758, -0.09090909090909091, 0.027893187129557726, 0.9005481079330314, 0.3678286357677756],
  'moran.y1.knn3Binary.norm': [0.05949373224770758, -0.09090909090909091, 0.029938075392620847, 0.86924869920413, 0.3847111158979898],
  'moran.y1.t500Binary.rand': [0.19216645918971592, -0.09090909090909091, 0.10535075587324247, 0.8721346310834128, 0.3831349355297231],
  'moran.y1.t500Binary.norm': [0.19216645918971592, -0.09090909090909091, 0.11204380035548867, 0.8456846434741335, 0.39772869215906215],
  'moran.y1.t500Row.rand': [0.21767011346558718, -0.09090909090909091, 0.13117696138475066, 0.8519966195987349, 0.39421596826206873],
  'moran.y1.t500Row.norm': [0.21767011346558718, -0.09090909090909091, 0.14048801927589807, 0.8232789479236523, 0.41034938245799824],
  'moran.y1.idw2None.rand': [0.041391281841906755, -0.09090909090909091, 0.026632344132881236, 0.810692902431131, 0.41754205029494573],
  'moran.y1.idw2None.norm': [0.041391281841906755, -0.09090909090909091, 0.028368466378274185, 0.7854944823803488, 0.4321637041023041],
  'moran.y2.idwRow.rand': [-0.16509276442263734, -0.09090909090909091, 0.003993700031145339, -1.1738716511359972, 0.2404464389850438],
  'moran.y2.idwRow.norm': [-0.16509276442263734, -0.09090909090909091, 0.0050746062441905, -1.0413750316215233, 0.2977015259661777],
  'moran.y2.knn3Row.rand': [-0.27792596290811294, -0.09090909090909091, 0.023702935108838766, -1.21472990968245, 0.22446912101344418],
  'moran.y2.knn3Row.norm': [-0.27792596290811294, -0.09090909090909091, 0.02993807539262086, -1.0808585191575701, 0.27976005281788574],
  'moran.y2.knn3Binary.rand': [-0.2779259629081129, -0.09090909090909091, 0.02370293510883876, -1.2147299096824498, 0.2244691210134443],
  'moran.y2.knn3Binary.norm': [-0.2779259629081129, -0.09090909090909091, 0.029938075392620847, -1.0808585191575701, 0.27976005281788574],
  'moran.y2.t500Binary.rand': [-0.3826482060325509, -0.09090909090909091, 0.09163580446338723, -0.9637448336421571, 0.33517387072645555],
  'moran.y2.t500Binary.norm': [-0.3826482060325509, -0.09090909090909091, 0.11204380035548867, -0.8715669349561476, 0.38344467546860384],
  'moran.y2.t500Row.rand': [-0.5045387722139546, -0.09090909090909091, 0.11209734718374365, -1.235418293474516, 0.2166748679584537],
  'moran.y2.t500Row.norm': [-0.5045387722139546, -0.09090909090909091, 0.14048801927589807, -1.1035500903074067, 0.2697883515844479],
  'moran.y2.idw2None.rand': [-0.20438268030592133, -0.09090909090909091, 0.023074795352159214, -0.7470090506283562, 0.45505809763349336],
  'moran.y2.idw2None.norm': [-0.20438268030592133, -0.09090909090909091, 0.028368466378274185, -0.6737160033166377, 0.5004918855563953]
};
