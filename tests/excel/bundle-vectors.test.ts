/**
 * The regional family's reference values computed through the built
 * dist/functions.js, called as Excel calls a registered function (Excel-shaped
 * arguments, omitted ones null): the headline case of each analysis vector
 * file in tests/fixtures/vectors/analysis/ — Dagum (mussard974 example), the
 * kernel bandwidths (MATLAB's published 1.1901), σ- and β-convergence, global
 * and local Moran and Geary (PySAL/spdep on desmith), and the spatial Markov
 * homogeneity test (giddy's LR = 170.659, Q = 200.624 on US incomes).
 */
import { bundleCaller, byId, col } from '../helpers/bundle';
import dagum from '../fixtures/vectors/analysis/dagum_gini.json';
import kde from '../fixtures/vectors/analysis/kernel_density.json';
import convergence from '../fixtures/vectors/analysis/convergence.json';
import spatial from '../fixtures/vectors/analysis/spatial_autocorrelation.json';
import markov from '../fixtures/vectors/analysis/markov_chains.json';

jest.setTimeout(120_000);

const { call } = bundleCaller();
const close = (got: unknown, want: number, tol: number) => {
  expect(typeof got).toBe('number');
  expect(Math.abs((got as number) - want)).toBeLessThanOrEqual(tol);
};
/** The value in the row whose first cell is `label`, column `col` (tables with a term column). */
const at = (t: unknown[][], label: string, c = 1) => t.find((row) => row[0] === label)?.[c];

test('DAGUM_GINI: mussard974 example (dagum_gini.json, mussard_example_unweighted)', async () => {
  const c = byId(dagum, 'mussard_example_unweighted');
  const t = await call('DAGUM_GINI', col(c.inputs.values), col(c.inputs.groups), null, null);
  expect(t[0].slice(0, 4)).toEqual(['G', 'Gw', 'Gnb', 'Gt']);
  ['G', 'Gw', 'Gnb', 'Gt'].forEach((k, j) => close(t[1][j], c.expected[k], c.tolerance.abs));
});

test('KERNEL_DENSITY: the bandwidth rules, MATLAB ksdensity 1.1901 among them (kernel_density.json, small)', async () => {
  const c = byId(kde, 'small');
  for (const [rule, key] of [
    ['silverman', 'h_silverman_nrd0'],
    ['scott', 'h_scott_R_nrd'],
    ['scipy', 'h_scipy_scott'],
    ['matlab', 'h_matlab_ksdensity'],
  ]) {
    const t = await call('KERNEL_DENSITY', col(c.inputs.x), null, rule, null, null, 'peaks');
    close(t[1][t[0].indexOf('bandwidth')], c.expected[key], c.tolerance.abs);
  }
  expect(byId(kde, 'small').expected.h_matlab_ksdensity.toFixed(4)).toBe('1.1901');
});

test('SIGMA_CONVERGENCE: cv and sd of log with divisor n − 1 (convergence.json, sigma)', async () => {
  const c = byId(convergence, 'sigma');
  const t = await call('SIGMA_CONVERGENCE', c.inputs.y, null, null);
  const cv = t[0].indexOf('cv');
  const sdLog = t[0].indexOf('sd of log');
  c.expected.cv_sample.forEach((v: number, i: number) => close(t[i + 1][cv], v, c.tolerance.abs));
  c.expected.sd_log_sample.forEach((v: number, i: number) => close(t[i + 1][sdLog], v, c.tolerance.abs));
});

test('BETA_CONVERGENCE: absolute β, its standard error, R², speed and half-life (convergence.json, absolute_beta_cross_section)', async () => {
  const c = byId(convergence, 'absolute_beta_cross_section');
  const t = await call('BETA_CONVERGENCE', col(c.inputs.y0), col(c.inputs.yT), c.inputs.T, null);
  close(at(t, 'beta'), c.expected.beta, c.tolerance.abs);
  close(at(t, 'beta', 2), c.expected.se_beta, c.tolerance.abs);
  close(at(t, 'R²'), c.expected.r2, c.tolerance.abs);
  close(at(t, 'lambda'), c.expected.lambda_, c.tolerance.abs);
  close(at(t, 'half-life'), c.expected.half_life, 1e-7);
});

describe('spatial autocorrelation on desmith (spatial_autocorrelation.json: PySAL esda and R spdep agree to 1e-9)', () => {
  const c = byId(spatial, 'desmith');
  const ids: string[] = c.inputs.ids;
  const W = ids.map((id) => ids.map((j) => ((c.inputs.neighbors[id] ?? []).map(String).includes(j) ? 1 : 0)));
  const y = col(c.inputs.y);
  const e = c.expected.row_standardised;
  const tol = 1e-9;

  test('MORAN_I, row-standardised, randomisation', async () => {
    const t = await call('MORAN_I', y, W, null, null);
    [e.I, e.EI, e.VI_rand, e.z_rand, e.p_rand_two_sided].forEach((v: number, j: number) => close(t[1][j], v, tol));
  });

  test('GEARY_C, row-standardised, randomisation: z = (1 − C)/sd, minus esda\'s', async () => {
    const t = await call('GEARY_C', y, W, null, null);
    [e.C, e.EC, e.VC_rand, -e.zC_rand_esda, e.pC_rand_two_sided].forEach((v: number, j: number) => close(t[1][j], v, tol));
  });

  test('LOCAL_MORAN: Ii as esda (m₂ with n − 1) and as spdep (scaling "n")', async () => {
    const l = c.expected.local_row_standardised;
    const esda = await call('LOCAL_MORAN', y, W, null, null, null, null);
    l.Ii_esda.forEach((v: number, i: number) => close(esda[i + 1][0], v, tol));
    const spdep = await call('LOCAL_MORAN', y, W, null, null, null, 'n');
    l.Ii_spdep.forEach((v: number, i: number) => close(spdep[i + 1][0], v, tol));
  });
});

test('MARKOV_TRANSITION: the spatial Markov homogeneity test, LR 170.659, Q 200.624, dof 60 (markov_chains.json, us_spatial_markov_k5m5)', async () => {
  const c = byId(markov, 'us_spatial_markov_k5m5');
  const pci: number[][] = byId(markov, 'us_income_quintiles_per_year').inputs.pci;
  const T = pci[0].length;
  const means = Array.from({ length: T }, (_, t) => pci.reduce((s, r) => s + r[t], 0) / pci.length);
  const relative = pci.map((r) => r.map((x, t) => x / means[t]));
  const ids: string[] = c.inputs.id_order;
  const W = ids.map((a) => ids.map((b) => (c.inputs.neighbors[a].includes(Number(b)) ? 1 : 0)));
  const t = await call('MARKOV_TRANSITION', relative, 5, 'pooled', W, 'test');
  expect(t[0]).toEqual(['LR', 'Q', 'dof', 'p LR', 'p Q']);
  close(t[1][0], c.expected.LR, 1e-6);
  close(t[1][1], c.expected.Q, 1e-6);
  expect(t[1][2]).toBe(c.expected.dof);
});
