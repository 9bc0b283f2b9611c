/**
 * MORAN_I. Reference values: tests/fixtures/vectors/analysis/spatial_autocorrelation.json, cases desmith and stl
 * (PySAL esda and R spdep agree to 1e-9; neighbours keyed by id, the 0/1 matrix in the order of `ids`), and an
 * independent numpy computation of the formulas of methods-analysis §3 (GLOBAL at the end, NUMPY in tests/helpers/spatial-numpy.ts: 12 random
 * points and two value columns from numpy default_rng(20240611); inverse-distance weights from haversine distances,
 * knn 3 and a 500 km band with islands; the numpy script was written apart from the TypeScript).
 */
import { moranI } from '../../../src/core/regional/moran-i';
import { byId, col, contiguity, describeGlobalStatistic, expectRow } from '../../helpers/spatial-global-suite';

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

describeGlobalStatistic({ statistic: moranI, key: 'moran', letter: 'I', allLinked: -1 / 11, positive: (v) => v > 0, GLOBAL });
