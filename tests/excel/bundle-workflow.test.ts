/**
 * The composite-indicator workflow through the built dist/functions.js, called
 * as Excel calls a registered function (Excel-shaped arguments, omitted ones
 * null): the shared vectors (COINr's treatment of treat_x1 and treat_x2;
 * Cronbach's α and the PCA of cronbach_alpha_pca; VIKOR and grey relational
 * grades of Opricovic & Tzeng 2004) and a case of each independent reference
 * the family's tests use (tests/fixtures/composite-workflow/: R and numpy).
 */
import { type AnyCase, bundleCaller, byId, col } from '../helpers/bundle';
import tools from '../fixtures/vectors/analysis/composite_indicator_tools.json';
import greyVikor from '../fixtures/vectors/analysis/grey_relational_vikor.json';
import treatment from '../fixtures/composite-workflow/treatment.json';
import checks from '../fixtures/composite-workflow/checks.json';
import tree from '../fixtures/composite-workflow/tree-sensitivity.json';
import greyReference from '../fixtures/composite-workflow/grey-vikor.json';

jest.setTimeout(120_000);

const { call } = bundleCaller();
const close = (got: unknown, want: number, tol = 1e-8) => {
  expect(typeof got).toBe('number');
  expect(Math.abs((got as number) - want)).toBeLessThanOrEqual(tol);
};
/** A blank result cell is "" (never null): the reference's null. */
const cell = (got: unknown, want: number | null, tol = 1e-9) => (want === null ? expect(got).toBe('') : close(got, want, tol));

test('TREAT_OUTLIERS: COINr on treat_x1 (two high points winsorised) and treat_x2 (untouched)', async () => {
  for (const id of ['treat_x1', 'treat_x2']) {
    const c = byId(tools, id);
    const data = await call('TREAT_OUTLIERS', col(c.inputs.x), null, null, null, null);
    c.expected.treated.forEach((v: number, i: number) => close(data[i][0], v, 1e-12));
    const report = await call('TREAT_OUTLIERS', col(c.inputs.x), null, null, null, 'report');
    expect(report[0]).toEqual(['column', 'skewness before', 'kurtosis before', 'winsorised', 'log', 'skewness after', 'kurtosis after']);
    close(report[1][1], c.expected.skew);
    close(report[1][2], c.expected.kurt_excess);
    expect(report[1][3]).toBe(c.expected.nwin);
  }
});

test('CRONBACH_ALPHA and PCA_SCORE: cronbach_alpha_pca (α; eigenvalues = sdev², shares; PC1 signed by the catalogue rule)', async () => {
  const c = byId(tools, 'cronbach_alpha_pca');
  close((await call('CRONBACH_ALPHA', c.inputs.data))[0][0], c.expected.alpha);
  const eig = await call('PCA_SCORE', c.inputs.data, null, 'eigenvalues');
  expect(eig[0]).toEqual(['component', 'eigenvalue', 'share', 'cumulative']);
  c.expected.sdev.forEach((sd: number, k: number) => close(eig[k + 1][1], sd * sd));
  c.expected.var_explained.forEach((s: number, k: number) => close(eig[k + 1][2], s));
  const loadings = await call('PCA_SCORE', c.inputs.data, 4, 'loadings');
  // prcomp's PC1 is all negative; the catalogue signs each vector so that its largest-magnitude entry is positive.
  c.expected.pc1_loadings.forEach((v: number, i: number) => close(loadings[i][0], -v));
});

test('VIKOR and GREY_RELATION: Opricovic & Tzeng (2004)', async () => {
  const v = byId(greyVikor, 'vikor_opricovic_tzeng_2004');
  const t = await call('VIKOR', v.inputs.matrix, [v.inputs.weights], [v.inputs.types], v.parameters.v);
  expect(t[0]).toEqual(['S', 'R', 'Q']);
  (['S', 'R', 'Q'] as const).forEach((k, j) => v.expected[k].forEach((x: number, i: number) => close(t[i + 1][j], x)));
  const g = byId(greyVikor, 'gra_eval_opricovic_tzeng_2004');
  const grades = await call('GREY_RELATION', g.inputs.matrix, [g.inputs.weights], [g.inputs.types], g.parameters.rho);
  g.expected.grade_weighted.forEach((x: number, i: number) => close(grades[i][0], x));
});

test('IMPUTE and INTERPOLATE: the numpy references (treatment.json)', async () => {
  const imp = treatment.impute[0] as AnyCase;
  const filled = await call('IMPUTE', imp.data, imp.method, imp.groups);
  imp.expected.forEach((row: (number | null)[], i: number) => row.forEach((v, j) => cell(filled[i][j], v)));
  const int = treatment.interpolate[0] as AnyCase;
  const series = await call('INTERPOLATE', int.values, int.units, int.ends);
  int.expected.forEach((row: (number | null)[], i: number) => row.forEach((v, j) => cell(series[i][j], v)));
});

test('INDEX_TREE: the numpy reference of a three-level index (tree-sensitivity.json)', async () => {
  const c = tree.index_tree[0] as AnyCase;
  const t = await call('INDEX_TREE', c.args.data, c.args.structure, null, null, null, null);
  expect(t[0]).toEqual(c.expected[0]);
  c.expected.slice(1).forEach((row: number[], i: number) => row.forEach((v, j) => close(t[i + 1][j], v, 1e-12)));
});

test('CORRELATION_MATRIX and PCA_SCORE components: R (checks.json, case vector)', async () => {
  const c = (checks.cases as AnyCase).vector;
  const comps = await call('PCA_SCORE', c.data, 4, 'components');
  c.pca.components.forEach((row: number[], i: number) => row.forEach((v, k) => close(comps[i][k], v)));
  for (const method of ['pearson', 'spearman']) {
    const r = await call('CORRELATION_MATRIX', c.data, method);
    c.corr[method].forEach((row: number[], i: number) => row.forEach((v, j) => close(r[i][j], v)));
  }
});

test('GREY_CORRELATION: the R reference, mean normalisation, ρ = 0.5 (grey-vikor.json)', async () => {
  const d = greyReference.data as AnyCase;
  const g = await call('GREY_CORRELATION', col(d.reference), d.factors, 0.5, 'mean');
  const want = (greyReference.grey_correlation as AnyCase).mean_rho05;
  (Array.isArray(want) ? want : want.grades ?? want.expected).forEach((v: number, j: number) => close(g[0][j], v));
});

test('INDEX_SENSITIVITY: the numpy re-implementation (tree-sensitivity.json, first case)', async () => {
  const c = tree.index_sensitivity[0] as AnyCase;
  expect(c.args.data.length).toBeGreaterThan(2);
  const a = c.args;
  for (const output of ['ranks', 'indices']) {
    const t = await call('INDEX_SENSITIVITY', a.data, [a.directions], [a.weights], a.choices, a.runs, a.seed, output);
    const expected = c.expected[output];
    expect(t[0]).toEqual(expected[0]);
    expected.slice(1).forEach((row: (number | string)[], i: number) => row.forEach((v, j) => (typeof v === 'number' ? close(t[i + 1][j], v, 1e-9) : expect(t[i + 1][j]).toBe(v))));
  }
});
