/**
 * GEARY_C. Reference values: tests/fixtures/vectors/analysis/spatial_autocorrelation.json, cases desmith and stl
 * (PySAL esda and R spdep agree to 1e-9; neighbours keyed by id, the 0/1 matrix in the order of `ids`), and an
 * independent numpy computation of the formulas of methods-analysis §3 (GLOBAL at the end, NUMPY in tests/helpers/spatial-numpy.ts: 12 random
 * points and two value columns from numpy default_rng(20240611); inverse-distance weights from haversine distances,
 * knn 3 and a 500 km band with islands; the numpy script was written apart from the TypeScript).
 */
import { gearyC } from '../../../src/core/regional/geary-c';
import { byId, col, contiguity, describeGlobalStatistic, expectRow } from '../../helpers/spatial-global-suite';

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

describeGlobalStatistic({ statistic: gearyC, key: 'geary', letter: 'C', allLinked: 1, positive: (v) => v < 1, GLOBAL });

describe('Geary\'s C alone', () => {
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
});
