/**
 * GREY_RELATION: the shared vector gra_eval_opricovic_tzeng_2004
 * (tests/fixtures/vectors/analysis/grey_relational_vikor.json: coefficients and
 * the unscaled grades), the independent base-R implementation of
 * tests/fixtures/composite-workflow/grey-vikor.R (grey-vikor.json: mixed
 * directions, given weights, ρ = 0.3, 0.5 and 1, blanks, 30 × 6 data), the
 * catalogue's constant-column rule, the directions in each of the catalogue's
 * forms through the adapter, and the errors.
 */
import { greyRelation } from '../../../src/core/composite-workflow/grey-relation';
import { DomainError } from '../../../src/core/shared/errors';
import { ExcelError, invoke } from '../../../src/excel/adapter';
import { type FunctionSpec, specByName } from '../../../src/registry';
import vectors from '../../fixtures/vectors/analysis/grey_relational_vikor.json';
import reference from '../../fixtures/composite-workflow/grey-vikor.json';

type Grid = (number | null)[][];
const spec = (name: string) => specByName.get(name) as FunctionSpec;
const num = (v: unknown): number => {
  expect(typeof v).toBe('number');
  return v as number;
};
const kind = (v: unknown) => (v instanceof DomainError ? v.kind : v);
/** Compares a column of cells with R's values: null in R is #N/A here. */
function expectLike(actual: unknown[], expected: (number | null)[], tol: number): void {
  expect(actual.length).toBe(expected.length);
  expected.forEach((e, i) => {
    if (e === null) expect(kind(actual[i])).toBe('na');
    else expect(Math.abs(num(actual[i]) - e)).toBeLessThanOrEqual(tol);
  });
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

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const gra = (vectors.cases as any[]).find((c) => c.id === 'gra_eval_opricovic_tzeng_2004');
const M = gra.inputs.matrix as number[][];
const TYPES = gra.inputs.types as number[];
const R = reference.grey_relation;
const D1 = reference.data.D1 as number[][];
const D2 = reference.data.D2 as Grid;
const D3 = reference.data.D3 as number[][];
const { dirs1, w1, dirs3, w3 } = reference.data;

describe('grey_relational_vikor.json, case gra_eval_opricovic_tzeng_2004', () => {
  it('gives the unscaled weighted grade (pyDecision × n) and the equal-weight grade', () => {
    expectLike(greyRelation(M, gra.inputs.weights, TYPES, 0.5), gra.expected.grade_weighted, gra.tolerance.abs);
    expectLike(greyRelation(M, null, TYPES), gra.expected.grade_equal_weights, gra.tolerance.abs);
  });

  it('gives the coefficients: with all the weight on one column the grade is that column\'s ξ', () => {
    // Δmin and Δmax of min-max data are 0 and 1 in every column, so leaving the other column out changes neither.
    const xi = gra.expected.coefficients as number[][];
    expectLike(greyRelation(M, [1, 0], TYPES), xi.map((r) => r[0]), gra.tolerance.abs);
    expectLike(greyRelation(M, [0, 1], TYPES), xi.map((r) => r[1]), gra.tolerance.abs);
  });
});

describe('independent base-R implementation (grey-vikor.R → grey-vikor.json)', () => {
  it('8 units, mixed directions, weights 3, 1, 2.5, 1.5, 2 (rescaled), ρ = 0.5, 0.3 and 1', () => {
    expectLike(greyRelation(D1, w1, dirs1, 0.5), R.D1_w1_rho05, 1e-12);
    expectLike(greyRelation(D1, w1, dirs1, 0.3), R.D1_w1_rho03, 1e-12);
    expectLike(greyRelation(D1, w1, dirs1, 1), R.D1_w1_rho1, 1e-12);
  });

  it('equal weights by default, every indicator a benefit by default', () => {
    expectLike(greyRelation(D1, null, dirs1), R.D1_equal_rho05, 1e-12);
    expectLike(greyRelation(D1, w1), R.D1_allbenefit_rho05, 1e-12);
  });

  it('blanks: #N/A for the two units with a blank, the others from the values present', () => {
    const g = greyRelation(D2, w1, dirs1, 0.5);
    expectLike(g, R.D2_w1_rho05, 1e-12);
    expect((g[2] as DomainError).message).toContain('row 3');
  });

  it('30 units × 6 indicators drawn in R, ρ = 0.5, 0.3, 1', () => {
    expectLike(greyRelation(D3, w3, dirs3, 0.5), R.D3_w3_rho05, 1e-12);
    expectLike(greyRelation(D3, w3, dirs3, 0.3), R.D3_w3_rho03, 1e-12);
    expectLike(greyRelation(D3, w3, dirs3, 1), R.D3_w3_rho1, 1e-12);
  });
});

describe('properties of the grade (derived from the formula)', () => {
  it('lies in (0, 1], is 1 for a unit at the best of every indicator, and rises with ρ for the others', () => {
    const data = [...D1, [15.2, 1.98, 0.8, 39.0, 305]]; // a ninth unit, best everywhere
    const lo = greyRelation(data, w1, dirs1, 0.3) as number[];
    const hi = greyRelation(data, w1, dirs1, 0.9) as number[];
    expect(lo[8]).toBe(1);
    for (let i = 0; i < 8; i++) {
      expect(lo[i]).toBeGreaterThan(0);
      expect(lo[i]).toBeLessThan(1);
      expect(hi[i]).toBeGreaterThan(lo[i]);
    }
  });

  it('does not change when a column is rescaled or shifted, or when the units are reordered', () => {
    const base = greyRelation(D3, w3, dirs3) as number[];
    const moved = D3.map((r) => r.map((x, j) => (j === 1 ? 1000 * x - 7 : x)));
    expectLike(greyRelation(moved, w3, dirs3), base, 1e-12);
    const reversed = [...D3].reverse();
    expectLike(greyRelation(reversed, w3, dirs3), [...base].reverse(), 0);
  });

  it('turning a cost column into a benefit by negating it gives the same grades', () => {
    const negated = D1.map((r) => r.map((x, j) => (dirs1[j] === -1 ? -x : x)));
    expectLike(greyRelation(negated, w1), greyRelation(D1, w1, dirs1) as number[], 1e-12);
  });
});

describe('the constant-column rule (catalogue section 11)', () => {
  const withConstant = D1.map((r) => [r[0], 7, ...r.slice(1)]);
  const wz = [w1[0], 0, ...w1.slice(1)];
  const dz = [dirs1[0], 1, ...dirs1.slice(1)];

  it('leaves out a constant column of weight 0: the grades of the data without it', () => {
    expect(greyRelation(withConstant, wz, dz)).toEqual(greyRelation(D1, w1, dirs1));
  });

  it('leaves out a blank column of weight 0, and ignores a blank in a column of weight 0', () => {
    const withBlank = D1.map((r) => [r[0], null, ...r.slice(1)]);
    expect(greyRelation(withBlank, wz, dz)).toEqual(greyRelation(D1, w1, dirs1));
    const oneBlank = D1.map((r, i) => [r[0], i === 4 ? null : i, ...r.slice(1)]);
    expect(greyRelation(oneBlank, wz, dz)).toEqual(greyRelation(D1, w1, dirs1));
  });

  it('a constant or blank column with a positive weight is one #VALUE! naming it and saying what to do', () => {
    const e = thrown(() => greyRelation(withConstant, null, dz));
    expect(e.kind).toBe('value');
    expect(e.message).toMatch(/^column 2 of data is constant.*weight 0$/);
    const b = thrown(() => greyRelation(D1.map((r) => [r[0], null, ...r.slice(1)]), null, dz));
    expect(b.kind).toBe('value');
    expect(b.message).toMatch(/^column 2 of data is blank.*weight 0$/);
  });

  it('through the adapter: GREY_RELATION(data, ENTROPY_WEIGHTS(data)) with a constant column works', async () => {
    const weights = invoke(spec('ENTROPY_WEIGHTS'), [withConstant, [dz]]) as unknown[][];
    expect(weights[0][1]).toBe(0);
    const g = await invoke(spec('GREY_RELATION'), [withConstant, weights, [dz]]);
    const plain = greyRelation(D1, (weights[0] as number[]).filter((_, j) => j !== 1), dirs1) as number[];
    expect(g).toEqual(plain.map((x) => [x]));
  });
});

describe('directions in the catalogue\'s forms, through the adapter', () => {
  it('1/-1, "+"/"-" and "benefit"/"cost" (any case) give the same grades, as a row or a column', async () => {
    const grey = spec('GREY_RELATION');
    const want = (greyRelation(D1, w1, dirs1) as number[]).map((x) => [x]);
    const forms = [
      [dirs1],
      [dirs1.map((d) => (d === 1 ? '+' : '-'))],
      [dirs1.map((d) => (d === 1 ? 'Benefit' : 'COST'))],
      dirs1.map((d) => [d]),
    ];
    for (const f of forms) expect(await invoke(grey, [D1, [w1], f])).toEqual(want);
  });

  it('an unknown direction is #VALUE! naming the argument', async () => {
    const r = (await invoke(spec('GREY_RELATION'), [D1, [w1], [['+', '-', 'up', '-', '+']]])) as ExcelError[][];
    expect(r[0][0]).toBeInstanceOf(ExcelError);
    expect(r[0][0].code).toBe('#VALUE!');
    expect(r[0][0].message).toContain('directions');
  });
});

describe('errors', () => {
  it('ρ outside (0, 1] is #NUM!, in the core and through the adapter', async () => {
    for (const rho of [0, -0.5, 1.0000001, 2, NaN]) expect(thrown(() => greyRelation(D1, w1, dirs1, rho)).kind).toBe('num');
    expect(greyRelation(D1, w1, dirs1, 1)).toHaveLength(8);
    const r = (await invoke(spec('GREY_RELATION'), [D1, null, null, 0])) as ExcelError[][];
    expect(r[0][0].code).toBe('#NUM!');
  });

  it('weights: not one per column #VALUE!, negative #NUM!, all zero #DIV/0!', () => {
    expect(thrown(() => greyRelation(D1, [1, 2, 3], dirs1)).kind).toBe('value');
    expect(thrown(() => greyRelation(D1, [1, -1, 1, 1, 1], dirs1)).kind).toBe('num');
    expect(thrown(() => greyRelation(D1, [0, 0, 0, 0, 0], dirs1)).kind).toBe('div0');
  });

  it('directions not one per column, or not 1/-1, are #VALUE!', () => {
    expect(thrown(() => greyRelation(D1, w1, [1, -1])).kind).toBe('value');
    expect(thrown(() => greyRelation(D1, w1, [1, -1, 1, 2, 1])).kind).toBe('value');
  });

  it('fewer than 2 rows, or a weighted column with a single value, is #N/A', () => {
    expect(thrown(() => greyRelation([D1[0]])).kind).toBe('na');
    const e = thrown(() => greyRelation([[1, 2], [2, null], [3, null]]));
    expect(e.kind).toBe('na');
    expect(e.message).toContain('column 2');
  });

  it('never returns NaN, Infinity or null, even at huge and tiny magnitudes', () => {
    const data = [
      [1e300, -1e-300, 5],
      [-1e300, 1e-300, 6],
      [0, 0, 7],
    ];
    for (const x of greyRelation(data, null, [1, -1, 1])) expect(Number.isFinite(num(x))).toBe(true);
  });

  it('a range too wide for its differences is #NUM!, not Infinity', () => {
    expect(thrown(() => greyRelation([[1.7e308, 1], [-1.7e308, 2]])).kind).toBe('num');
  });
});

describe('scale', () => {
  it('takes 50,000 units × 5 indicators (the most Excel passes in one call); its speed is timed by npm run bench, not here', () => {
    const n = 50000;
    const data = Array.from({ length: n }, (_, i) => [Math.sin(i), Math.cos(i * 1.3), (i * 7919) % 1000, Math.sqrt(i), (i % 17) - 8]);
    const t = greyRelation(data, [1, 2, 3, 4, 5], [1, -1, 1, -1, 1]);
    expect(t).toHaveLength(n);
    t.forEach((v) => expect(Number.isFinite(v as number)).toBe(true));
  });
});
