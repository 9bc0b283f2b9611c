/**
 * GREY_CORRELATION: the independent base-R implementation of
 * tests/fixtures/composite-workflow/grey-vikor.R (grey-vikor.json: a reference
 * series over 12 years and 4 factors, each normalisation, ρ = 0.3, 0.5 and 1,
 * blanks), the properties that follow from the formula (a proportional factor
 * has grade 1, scale invariance), the conventions for blanks, and the errors
 * of methods-analysis.md §7 and the catalogue.
 */
import { greyCorrelation } from '../../../src/core/composite-workflow/grey-correlation';
import { DomainError } from '../../../src/core/shared/errors';
import { ExcelError, invoke } from '../../../src/excel/adapter';
import { type FunctionSpec, specByName } from '../../../src/registry';
import reference from '../../fixtures/composite-workflow/grey-vikor.json';

type Grid = (number | null)[][];
const num = (v: unknown): number => {
  expect(typeof v).toBe('number');
  return v as number;
};
const kind = (v: unknown) => (v instanceof DomainError ? v.kind : v);
function expectLike(actual: unknown[], expected: readonly number[], tol: number): void {
  expect(actual.length).toBe(expected.length);
  expected.forEach((e, i) => expect(Math.abs(num(actual[i]) - e)).toBeLessThanOrEqual(tol));
}
function thrown(f: () => unknown): DomainError {
  try {
    f();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}
const spec = specByName.get('GREY_CORRELATION') as FunctionSpec;

const Y = reference.data.reference as number[];
const F = reference.data.factors as number[][];
const YB = reference.data.reference_blanks as (number | null)[];
const FB = reference.data.factors_blanks as Grid;
const R = reference.grey_correlation;

describe('independent base-R implementation (grey-vikor.R → grey-vikor.json)', () => {
  it('"mean" normalisation (default), ρ = 0.5 (default), 0.3 and 1', () => {
    expectLike(greyCorrelation(Y, F), R.mean_rho05, 1e-12);
    expectLike(greyCorrelation(Y, F, 0.3, 'mean'), R.mean_rho03, 1e-12);
    expectLike(greyCorrelation(Y, F, 1, 'mean'), R.mean_rho1, 1e-12);
  });

  it('"initial" normalisation, ρ = 0.5 and 0.3', () => {
    expectLike(greyCorrelation(Y, F, 0.5, 'initial'), R.initial_rho05, 1e-12);
    expectLike(greyCorrelation(Y, F, 0.3, 'initial'), R.initial_rho03, 1e-12);
  });

  it('"minmax" normalisation, ρ = 0.5 and 1', () => {
    expectLike(greyCorrelation(Y, F, 0.5, 'minmax'), R.minmax_rho05, 1e-12);
    expectLike(greyCorrelation(Y, F, 1, 'minmax'), R.minmax_rho1, 1e-12);
  });

  it('blanks: the reference blank in row 5, factor 2 in row 8, factor 4 in row 2', () => {
    expectLike(greyCorrelation(YB, FB, 0.5, 'mean'), R.blanks_mean_rho05, 1e-12);
    expectLike(greyCorrelation(YB, FB, 0.5, 'minmax'), R.blanks_minmax_rho05, 1e-12);
  });

  it('the drivers rank as R ranks them: digital economy, patents, R&D, energy intensity', () => {
    const g = greyCorrelation(Y, F) as number[];
    expect([...g.keys()].sort((a, b) => g[b] - g[a])).toEqual([1, 3, 0, 2]);
  });
});

describe('properties (derived from the formula)', () => {
  it('a factor proportional to the reference has grade 1 with "mean" and "initial", any affine copy with "minmax"', () => {
    const data = F.map((r, t) => [...r, 3 * Y[t]]);
    expect((greyCorrelation(Y, data, 0.5, 'mean') as number[])[4]).toBeCloseTo(1, 14);
    expect((greyCorrelation(Y, data, 0.5, 'initial') as number[])[4]).toBeCloseTo(1, 14);
    const affine = F.map((r, t) => [...r, 5 - 2 * -Y[t]]);
    expect((greyCorrelation(Y, affine, 0.5, 'minmax') as number[])[4]).toBeCloseTo(1, 14);
  });

  it('rescaling a series (reference or factor) does not change the grades with "mean" or "initial"', () => {
    for (const method of ['mean', 'initial'] as const) {
      const base = greyCorrelation(Y, F, 0.5, method) as number[];
      expectLike(greyCorrelation(Y.map((y) => 40 * y), F, 0.5, method), base, 1e-12);
      expectLike(greyCorrelation(Y, F.map((r) => r.map((x, j) => (j === 3 ? x / 1000 : x))), 0.5, method), base, 1e-12);
    }
  });

  it('the grades lie in (0, 1] and rise with ρ; the reference may be a row or a column in Excel', async () => {
    const lo = greyCorrelation(Y, F, 0.3) as number[];
    const hi = greyCorrelation(Y, F, 0.9) as number[];
    lo.forEach((g, j) => {
      expect(g).toBeGreaterThan(0);
      expect(g).toBeLessThanOrEqual(1);
      expect(hi[j]).toBeGreaterThan(g);
    });
    const want = [greyCorrelation(Y, F) as number[]];
    expect(await invoke(spec, [Y.map((y) => [y]), F])).toEqual(want);
    expect(await invoke(spec, [[Y], F])).toEqual(want);
  });

  it('Δmin and Δmax are shared: adding a factor changes the others\' grades', () => {
    const base = greyCorrelation(Y, F) as number[];
    const more = greyCorrelation(Y, F.map((r, t) => [...r, t % 2 === 0 ? 5 : 1])) as number[];
    expect(more[0]).not.toBeCloseTo(base[0], 6);
  });
});

describe('blanks', () => {
  it('a blank first value of the reference is fine with "mean", #N/A with "initial"', () => {
    const y = [null, ...Y.slice(1)];
    expect(greyCorrelation(y, F)).toHaveLength(4);
    const e = thrown(() => greyCorrelation(y, F, 0.5, 'initial'));
    expect(e.kind).toBe('na');
    expect(e.message).toContain('reference is blank in row 1');
    const f = F.map((r, t) => [r[0], r[1], t === 0 ? null : r[2], r[3]]);
    expect(thrown(() => greyCorrelation(Y, f, 0.5, 'initial')).message).toBe('column 3 of factors is blank in row 1, the base of initial normalisation');
  });

  it('a factor without a value where the reference has one: #N/A in its cell only, the others unchanged', () => {
    const y = Y.map((v, t) => (t < 6 ? v : null));
    const f = F.map((r, t) => [...r, t < 6 ? null : t]);
    const g = greyCorrelation(y, f);
    expect(kind(g[4])).toBe('na');
    expect(g.slice(0, 4)).toEqual(greyCorrelation(y, F));
  });

  it('through the adapter, blanks sent as null and as "" agree', async () => {
    const asNull = await invoke(spec, [YB.map((y) => [y]), FB]);
    const asText = await invoke(spec, [YB.map((y) => [y ?? '']), FB.map((r) => r.map((x) => x ?? ''))]);
    expect(asText).toEqual(asNull);
    expectLike((asNull as number[][])[0], R.blanks_mean_rho05, 1e-12);
  });
});

describe('errors', () => {
  it('reference and factors with different numbers of rows: #VALUE! saying both', () => {
    const e = thrown(() => greyCorrelation(Y, F.slice(1)));
    expect(e.kind).toBe('value');
    expect(e.message).toBe('requires reference and factors with the same number of rows: reference has 12 values, factors 11 rows');
  });

  it('fewer than 2 rows, or a series with fewer than 2 values: #N/A naming it', () => {
    expect(thrown(() => greyCorrelation([1], [[2]])).kind).toBe('na');
    const e = thrown(() => greyCorrelation([1, 2, 3], [[1, 5], [null, 6], [null, 7]]));
    expect(e.kind).toBe('na');
    expect(e.message).toContain('column 1 of factors');
  });

  it('a zero first value with "initial": #DIV/0! naming the factor; a negative one #NUM!', () => {
    const zero = F.map((r, t) => [r[0], t === 0 ? 0 : r[1], r[2], r[3]]);
    const e = thrown(() => greyCorrelation(Y, zero, 0.5, 'initial'));
    expect(e.kind).toBe('div0');
    expect(e.message).toContain('column 2 of factors');
    expect(greyCorrelation(Y, zero, 0.5, 'mean')).toHaveLength(4);
    const negative = F.map((r, t) => [r[0], t === 0 ? -1 : r[1], r[2], r[3]]);
    expect(thrown(() => greyCorrelation(Y, negative, 0.5, 'initial')).kind).toBe('num');
    expect(thrown(() => greyCorrelation([0, ...Y.slice(1)], F, 0.5, 'initial')).message).toContain('reference');
  });

  it('a zero mean with "mean": #DIV/0!; a negative mean #NUM!; both fine with "minmax"', () => {
    const zeroMean = F.map((r, t) => [r[0], r[1], r[2], t % 2 === 0 ? 1 : -1]);
    expect(thrown(() => greyCorrelation(Y, zeroMean)).kind).toBe('div0');
    const negative = F.map((r) => [r[0], r[1], -r[2], r[3]]);
    const e = thrown(() => greyCorrelation(Y, negative));
    expect(e.kind).toBe('num');
    expect(e.message).toContain('column 3 of factors');
    expect(greyCorrelation(Y, negative, 0.5, 'minmax')).toHaveLength(4);
    expect(greyCorrelation(Y, zeroMean, 0.5, 'minmax')).toHaveLength(4);
  });

  it('a constant series with "minmax": #DIV/0! naming it (fine with "mean")', () => {
    const c = F.map((r) => [r[0], 4, r[2], r[3]]);
    const e = thrown(() => greyCorrelation(Y, c, 0.5, 'minmax'));
    expect(e.kind).toBe('div0');
    expect(e.message).toContain('column 2 of factors is constant');
    expect(greyCorrelation(Y, c)).toHaveLength(4);
  });

  it('every Δ = 0: #DIV/0!, also when rounding leaves Δ a few ulps from 0', () => {
    const e = thrown(() => greyCorrelation([1, 2, 3], [[2, 3], [4, 6], [6, 9]]));
    expect(e.kind).toBe('div0');
    expect(e.message).toContain('every Δ = 0');
    // 0.1, 0.2, 0.3 and 0.7, 1.4, 2.1 divided by their means (or first values) miss 0.5, 1, 1.5 by an ulp or two.
    for (const method of ['mean', 'initial'] as const) {
      expect(thrown(() => greyCorrelation([1, 2, 3], [[0.1, 0.7], [0.2, 1.4], [0.3, 2.1]], 0.5, method)).kind).toBe('div0');
    }
  });

  it('ρ outside (0, 1] is #NUM!, in the core and through the adapter', async () => {
    for (const rho of [0, -1, 1.5, NaN]) expect(thrown(() => greyCorrelation(Y, F, rho)).kind).toBe('num');
    const r = (await invoke(spec, [Y.map((y) => [y]), F, 1.2])) as ExcelError[][];
    expect(r[0][0].code).toBe('#NUM!');
  });

  it('an unknown normalization is #VALUE! listing the allowed values', async () => {
    const r = (await invoke(spec, [Y.map((y) => [y]), F, null, 'median'])) as ExcelError[][];
    expect(r[0][0].code).toBe('#VALUE!');
    expect(r[0][0].message).toContain('"mean", "initial", "minmax"');
  });

  it('never returns NaN, Infinity or null', () => {
    for (const method of ['mean', 'initial', 'minmax'] as const) {
      for (const g of greyCorrelation(YB, FB, 0.5, method)) expect(Number.isFinite(num(g))).toBe(true);
    }
  });
});

describe('scale', () => {
  it('takes the most Excel passes in one call (50,000 years × 4 factors, 2 × 100,000); its speed is timed by npm run bench, not here', () => {
    for (const [n, k] of [
      [50000, 4],
      [2, 100000],
    ]) {
      const y = Array.from({ length: n }, (_, t) => 1 + t + Math.sin(t));
      const f = Array.from({ length: n }, (_, t) => Array.from({ length: k }, (_, j) => 2 + t + Math.cos(t * (j + 1))));
      const g = greyCorrelation(y, f);
      expect(g).toHaveLength(k);
      g.forEach((v) => expect(Number.isFinite(v as number)).toBe(true));
    }
  });
});
