/**
 * BETA_CONVERGENCE: the reference vector (tests/fixtures/vectors/analysis/convergence.json,
 * case absolute_beta_cross_section), an independent check with R's lm on other data
 * (absolute and conditional with 2 controls), and the catalogue's error cases.
 */
import { betaConvergence } from '../../../src/core/regional/beta-convergence';
import { CONVERGENCE_HEADER } from '../../../src/core/regional/ols-convergence';
import { DomainError } from '../../../src/core/shared/errors';
import vectors from '../../fixtures/vectors/analysis/convergence.json';

type Table = (number | string | boolean | DomainError)[][];
const num = (v: unknown) => {
  expect(typeof v).toBe('number');
  return v as number;
};
const close = (a: unknown, b: number, tol: number) => expect(Math.abs(num(a) - b)).toBeLessThanOrEqual(tol);
const row = (t: Table, term: string) => {
  const r = t.find((x) => x[0] === term);
  if (r === undefined) throw new Error(`no row ${term}`);
  return r;
};
const kind = (v: unknown) => (v instanceof DomainError ? v.kind : v);
const thrown = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof DomainError ? e.kind : 'other';
  }
  return 'none';
};

describe('convergence.json, case absolute_beta_cross_section', () => {
  const c = vectors.cases.find((x) => x.id === 'absolute_beta_cross_section') as unknown as {
    inputs: { y0: number[]; yT: number[]; T: number };
    expected: Record<string, number>;
    tolerance: { abs: number };
  };
  const t = betaConvergence(c.inputs.y0, c.inputs.yT, c.inputs.T) as Table;
  const tol = c.tolerance.abs;

  it('has the catalogue layout: header, constant, beta, R², n, lambda, half-life', () => {
    expect(t[0]).toEqual([...CONVERGENCE_HEADER]);
    expect(t.map((r) => r[0])).toEqual(['term', 'constant', 'beta', 'R²', 'n', 'lambda', 'half-life']);
    for (const term of ['R²', 'n', 'lambda', 'half-life']) expect(row(t, term).slice(2)).toEqual(['', '', '']);
  });

  it('gives beta, its standard error, t, p, the constant, R², lambda and the half-life', () => {
    close(row(t, 'beta')[1], c.expected.beta, tol);
    close(row(t, 'beta')[2], c.expected.se_beta, tol);
    close(row(t, 'beta')[3], c.expected.t_beta, 1e-8);
    close(row(t, 'beta')[4], c.expected.p_beta, 5e-13); // the vector gives p to 4 digits
    close(row(t, 'constant')[1], c.expected.alpha, tol);
    close(row(t, 'R²')[1], c.expected.r2, tol);
    close(row(t, 'lambda')[1], c.expected.lambda_, tol);
    close(row(t, 'half-life')[1], c.expected.half_life, 1e-8);
    expect(row(t, 'n')[1]).toBe(10);
  });

  it('gives the same lambda when years is 1 and the dependent is not divided by T (β′ = βT)', () => {
    const t1 = betaConvergence(c.inputs.y0, c.inputs.yT, 1) as Table;
    close(row(t1, 'beta')[1], c.expected.beta_if_dependent_not_divided_by_T, tol);
    // λ with years = 1 is −ln(1 + β′); per year it is that divided by T
    close(num(row(t1, 'lambda')[1]) / c.inputs.T, c.expected.lambda_, tol);
  });
});

describe('independent check: R 4.2.2 lm() on other data', () => {
  // 12 regions; y0, yT and two controls (made up). Reference: in R,
  //   g <- log(yT/y0)/8; summary(lm(g ~ log(y0)))  and  summary(lm(g ~ log(y0) + k + h))
  const y0 = [1.2, 0.8, 2.5, 1.9, 0.6, 3.1, 1.4, 0.95, 2.2, 1.65, 0.7, 2.8];
  const yT = [1.9, 1.5, 3.1, 2.6, 1.3, 3.5, 2.2, 1.7, 2.9, 2.3, 1.45, 3.3];
  const k = [0.21, 0.18, 0.25, 0.3, 0.15, 0.27, 0.22, 0.19, 0.24, 0.26, 0.12, 0.29];
  const h = [9.1, 8.2, 10.5, 9.8, 7.9, 11.2, 9.0, 8.5, 10.1, 9.6, 7.5, 10.8];
  const controls = [['capital', 'school'], ...k.map((v, i) => [v, h[i]])];

  it('absolute β-convergence', () => {
    const t = betaConvergence(y0, yT, 8) as Table;
    // R: (Intercept) 0.070367969188448, 0.000927726352104362, 75.8499195682351, 3.87340108537242e-15
    //    log(y0) -0.0487152078063724, 0.00142992045842567, -34.0684738926019, 1.12330196830115e-11; R² 0.991457816788975
    expect(t.slice(1, 3).map((r) => r[0])).toEqual(['constant', 'beta']);
    const want = [
      [0.070367969188448, 0.000927726352104362, 75.8499195682351, 3.87340108537242e-15],
      [-0.0487152078063724, 0.00142992045842567, -34.0684738926019, 1.12330196830115e-11],
    ];
    want.forEach((w, i) => w.forEach((v, j) => close(t[1 + i][1 + j], v, Math.abs(v) * 1e-10)));
    close(row(t, 'R²')[1], 0.991457816788975, 1e-12);
    const beta = -0.0487152078063724;
    close(row(t, 'lambda')[1], -Math.log(1 + 8 * beta) / 8, 1e-12);
    close(row(t, 'half-life')[1], Math.LN2 / (-Math.log(1 + 8 * beta) / 8), 1e-9);
  });

  it('conditional β-convergence with 2 controls headed by the range\'s header row', () => {
    const t = betaConvergence(y0, yT, 8, controls) as Table;
    expect(t.map((r) => r[0])).toEqual(['term', 'constant', 'beta', 'capital', 'school', 'R²', 'n', 'lambda', 'half-life']);
    // R: summary(lm(g ~ log(y0) + k + h))$coefficients, summary(...)$r.squared
    const want = [
      [0.115063020095045, 0.0296272429090184, 3.88368976648922, 0.00465048093108857],
      [-0.0357814344678216, 0.00748364831887474, -4.78128219595464, 0.00138839027259081],
      [-0.0484046621970945, 0.0296956325510342, -1.63002630484154, 0.141743313916525],
      [-0.00412953665468951, 0.00346959062741799, -1.19020861483092, 0.268082937718572],
    ];
    want.forEach((w, i) => w.forEach((v, j) => close(t[1 + i][1 + j], v, Math.abs(v) * 1e-9)));
    close(row(t, 'R²')[1], 0.994595004788019, 1e-12);
    expect(row(t, 'n')[1]).toBe(12);
  });

  it('without a header row, the controls are headed control 1, control 2', () => {
    const t = betaConvergence(y0, yT, 8, k.map((v, i) => [v, h[i]])) as Table;
    expect(t.slice(3, 5).map((r) => r[0])).toEqual(['control 1', 'control 2']);
    close(t[3][1], -0.0484046621970945, 1e-12);
  });

  it('leaves out a unit with a blank (in initial, final or a control), as lm does with NA', () => {
    const a = [...y0, null, 2];
    const b = [...yT, 3, null];
    const t = betaConvergence(a, b, 8) as Table;
    expect(row(t, 'n')[1]).toBe(12);
    close(row(t, 'beta')[1], -0.0487152078063724, 1e-14);
    const ctl = [...controls.slice(0, 3), [null, 8], ...controls.slice(4)];
    expect(row(betaConvergence(y0, yT, 8, ctl) as Table, 'n')[1]).toBe(11);
  });
});

describe('errors and edge cases (catalogue and convergence.json case errors)', () => {
  const y0 = [1, 2, 3, 4];
  it('a value ≤ 0 is #NUM!', () => {
    expect(thrown(() => betaConvergence([1, 0, 3], [1, 2, 3]))).toBe('num');
    expect(thrown(() => betaConvergence([1, 2, 3], [1, -2, 3]))).toBe('num');
  });
  it('years ≤ 0 is #NUM!', () => expect(thrown(() => betaConvergence(y0, y0, 0))).toBe('num'));
  it('n ≤ k (too few units) is #N/A', () => {
    expect(thrown(() => betaConvergence([1, 2], [2, 3]))).toBe('na');
    expect(thrown(() => betaConvergence([1, 2, 3], [2, 3, 5], 1, [[1], [2], [4]]))).toBe('na');
  });
  it('lengths that differ, text in controls, or controls of another length are #VALUE!', () => {
    expect(thrown(() => betaConvergence([1, 2, 3], [1, 2]))).toBe('value');
    expect(thrown(() => betaConvergence(y0, y0, 1, [[1], ['x'], [3], [4], [5]]))).toBe('value');
    expect(thrown(() => betaConvergence(y0, y0, 1, [[1], [2], [3]]))).toBe('value');
    expect(thrown(() => betaConvergence(y0, y0, 1, [[1], [true], [3], [4]]))).toBe('value');
  });
  it('β ≥ 0 gives #N/A for lambda and the half-life only', () => {
    const t = betaConvergence([1, 2, 3, 4, 5], [1.1, 2.5, 3.9, 5.6, 7.4], 1) as Table;
    expect(num(row(t, 'beta')[1])).toBeGreaterThan(0);
    expect(kind(row(t, 'lambda')[1])).toBe('na');
    expect(kind(row(t, 'half-life')[1])).toBe('na');
    expect(typeof row(t, 'beta')[2]).toBe('number');
  });
  it('1 + β·years ≤ 0 gives #NUM! for lambda and the half-life', () => {
    // a strong reversal: the poorest grow most, β·years < −1
    const t = betaConvergence([1, 2, 4, 8], [9, 5, 4, 2.5], 1) as Table;
    expect(num(row(t, 'beta')[1])).toBeLessThan(-1);
    expect(kind(row(t, 'lambda')[1])).toBe('num');
    expect(kind(row(t, 'half-life')[1])).toBe('num');
  });
  it('constant initial values (no variation in ln y0) or a collinear control are #N/A', () => {
    expect(thrown(() => betaConvergence([2, 2, 2, 2], [1, 2, 3, 4]))).toBe('na');
    expect(thrown(() => betaConvergence(y0, [2, 3, 5, 6], 1, [[1], [1], [1], [1]]))).toBe('na');
    expect(thrown(() => betaConvergence([1, 2, 3, 4, 5], [2, 3, 5, 6, 9], 1, [[1, 2], [2, 4], [3, 6], [4, 8], [5, 10]]))).toBe('na');
  });
  it('an exact fit gives standard errors of (about) 0, as lm does (t then is huge or, when every residual is exactly 0, #DIV/0!)', () => {
    // growth = 0.5 − 0.1·ln y0 exactly
    const a = [1, 2, 3, 5];
    const b = a.map((v) => v * Math.exp(0.5 - 0.1 * Math.log(v)));
    const t = betaConvergence(a, b, 1) as Table;
    close(row(t, 'beta')[1], -0.1, 1e-12);
    expect(Math.abs(num(row(t, 'beta')[2]))).toBeLessThan(1e-12);
  });
  it('never returns NaN, Infinity or null', () => {
    const t = betaConvergence([1, 2, 3, 4, 5], [1.1, 2.5, 3.9, 5.6, 7.4]) as Table;
    for (const r of t) for (const v of r) if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
  });
});
