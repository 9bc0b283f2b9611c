/**
 * VIKOR: the shared vector vikor_opricovic_tzeng_2004
 * (tests/fixtures/vectors/analysis/grey_relational_vikor.json: the published
 * Q = 1, 0, 1 with S and R, pymcdm = pyDecision), the independent base-R
 * implementation of tests/fixtures/composite-workflow/grey-vikor.R
 * (grey-vikor.json: mixed directions, given weights, v = 0, 0.2, 0.5, 0.8, 1,
 * blanks, 30 × 6 data), ties on S and on R, the constant-column rule and the
 * errors.
 */
import { VIKOR_HEADER, vikor } from '../../../src/core/composite-workflow/vikor';
import { DomainError } from '../../../src/core/shared/errors';
import { ExcelError, invoke } from '../../../src/excel/adapter';
import { type FunctionSpec, specByName } from '../../../src/registry';
import vectors from '../../fixtures/vectors/analysis/grey_relational_vikor.json';
import reference from '../../fixtures/composite-workflow/grey-vikor.json';

type Grid = (number | null)[][];
interface SRQ {
  S: (number | null)[];
  R: (number | null)[];
  Q: (number | null)[];
}
const num = (v: unknown): number => {
  expect(typeof v).toBe('number');
  return v as number;
};
const kind = (v: unknown) => (v instanceof DomainError ? v.kind : v);
/** Compares the table with R's S, R and Q: null in R is #N/A here. */
function expectTable(t: unknown[][], want: SRQ, tol: number): void {
  expect(t[0]).toEqual(['S', 'R', 'Q']);
  expect(t.length).toBe(want.S.length + 1);
  (['S', 'R', 'Q'] as const).forEach((col, c) =>
    want[col].forEach((e, i) => {
      if (e === null) expect(kind(t[i + 1][c])).toBe('na');
      else expect(Math.abs(num(t[i + 1][c]) - e)).toBeLessThanOrEqual(tol);
    }),
  );
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
const spec = specByName.get('VIKOR') as FunctionSpec;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const ot = (vectors.cases as any[]).find((c) => c.id === 'vikor_opricovic_tzeng_2004');
const V = reference.vikor as Record<string, SRQ>;
const D1 = reference.data.D1 as number[][];
const D2 = reference.data.D2 as Grid;
const D3 = reference.data.D3 as number[][];
const { dirs1, w1, dirs3, w3 } = reference.data;

describe('grey_relational_vikor.json, case vikor_opricovic_tzeng_2004', () => {
  it('S, R and the published Q = 1, 0, 1', () => {
    expectTable(vikor(ot.inputs.matrix, ot.inputs.weights, ot.inputs.types, ot.parameters.v), ot.expected, ot.tolerance.abs);
  });

  it('the same through the adapter, directions written "cost", "benefit"', async () => {
    const t = await invoke(spec, [ot.inputs.matrix, [ot.inputs.weights], [['cost', 'benefit']]]);
    expectTable(t, ot.expected, ot.tolerance.abs);
  });
});

describe('independent base-R implementation (grey-vikor.R → grey-vikor.json)', () => {
  it('8 units, mixed directions, weights 3, 1, 2.5, 1.5, 2 (rescaled), v = 0.5, 0.2, 1', () => {
    expectTable(vikor(D1, w1, dirs1), V.D1_w1_v05, 1e-12);
    expectTable(vikor(D1, w1, dirs1, 0.2), V.D1_w1_v02, 1e-12);
    expectTable(vikor(D1, w1, dirs1, 1), V.D1_w1_v1, 1e-12);
  });

  it('equal weights by default, v = 0 (only the regret counts)', () => {
    expectTable(vikor(D1, null, dirs1, 0), V.D1_equal_v0, 1e-12);
  });

  it('blanks: #N/A rows for the two units with a blank, left out of S*, S⁻, R*, R⁻', () => {
    const t = vikor(D2, w1, dirs1);
    expectTable(t, V.D2_w1_v05, 1e-12);
    expect((t[3][0] as DomainError).message).toContain('row 3');
  });

  it('30 units × 6 indicators drawn in R, v = 0.5 and 0.8', () => {
    expectTable(vikor(D3, w3, dirs3), V.D3_w3_v05, 1e-12);
    expectTable(vikor(D3, w3, dirs3, 0.8), V.D3_w3_v08, 1e-12);
  });
});

describe('properties (derived from the formulas)', () => {
  it('0 ≤ R ≤ S ≤ 1, R ≤ the largest weight, Q in [0, 1] reaching both ends for v in {0, 1}', () => {
    const wsum = w3.reduce((a, b) => a + b, 0);
    const wmax = Math.max(...w3) / wsum;
    for (const v of [0, 0.3, 1]) {
      const t = vikor(D3, w3, dirs3, v).slice(1) as number[][];
      for (const [S, R, Q] of t) {
        expect(R).toBeGreaterThanOrEqual(0);
        expect(R).toBeLessThanOrEqual(S + 1e-15);
        expect(S).toBeLessThanOrEqual(1 + 1e-15);
        expect(R).toBeLessThanOrEqual(wmax + 1e-15);
        expect(Q).toBeGreaterThanOrEqual(0);
        expect(Q).toBeLessThanOrEqual(1 + 1e-15);
      }
      if (v !== 0.3) {
        expect(Math.min(...t.map((r) => r[2]))).toBe(0);
        expect(Math.max(...t.map((r) => r[2]))).toBeCloseTo(1, 15);
      }
    }
  });

  it('Q moves linearly in v between its values at v = 0 and v = 1', () => {
    const q = (v: number) => (vikor(D1, w1, dirs1, v).slice(1) as number[][]).map((r) => r[2]);
    const [q0, q1, q3] = [q(0), q(1), q(0.3)];
    q3.forEach((x, i) => expect(x).toBeCloseTo(0.7 * q0[i] + 0.3 * q1[i], 14));
  });

  it('a cost column negated into a benefit gives the same table', () => {
    const negated = D1.map((r) => r.map((x, j) => (dirs1[j] === -1 ? -x : x)));
    expectTable(vikor(negated, w1), V.D1_w1_v05, 1e-12);
  });

  it('the header is exactly S, R, Q', () => {
    expect([...VIKOR_HEADER]).toEqual(['S', 'R', 'Q']);
  });
});

describe('ties on S or R: Q is 0/0', () => {
  // Each unit is worst on exactly one indicator: R = 1/3 for all, S = 1/3, 1/2, 1/2 (derived by hand).
  const TIE_R = [
    [0, 1, 1],
    [1, 0, 0.5],
    [0.5, 1, 0],
  ];

  it('every unit with the same R: #DIV/0! in the Q column with a message, S and R still given', () => {
    const t = vikor(TIE_R, null, null, 0.5);
    for (let i = 1; i <= 3; i++) {
      expect(t[i][1]).toBeCloseTo(1 / 3, 15);
      expect(kind(t[i][2])).toBe('div0');
      expect((t[i][2] as DomainError).message).toContain('same R');
    }
    expect([t[1][0], t[2][0], t[3][0]].map(num).map((x) => Math.round(x * 6))).toEqual([2, 3, 3]);
  });

  it('with v = 1 the R term drops out, so a tie on R does not matter: Q = (S − S*)/(S⁻ − S*)', () => {
    const t = vikor(TIE_R, null, null, 1);
    expect([t[1][2], t[2][2], t[3][2]]).toEqual([0, 1, 1]);
  });

  it('every unit with the same S: #DIV/0! unless v = 0', () => {
    const t = vikor([[1, 2], [2, 1]]);
    expect(kind(t[1][2])).toBe('div0');
    expect((t[1][2] as DomainError).message).toContain('same S');
    // v = 0: Q is the R term alone, but R ties too (0.5 and 0.5) → still #DIV/0!, now naming R.
    expect((vikor([[1, 2], [2, 1]], null, null, 0)[1][2] as DomainError).message).toContain('same R');
    // S ties (1/2 each), R does not (1/2, 1/2, 1/4): with v = 0, Q = (R − R*)/(R⁻ − R*).
    const sTie = vikor([[0, 1], [1, 0], [0.5, 0.5]], [1, 1], null, 0);
    expect(sTie.slice(1).map((r) => r[2])).toEqual([1, 1, 0]);
  });

  it('a tie to rounding (S values an ulp apart) counts as a tie', () => {
    // S = (0.5 + 0.3)/1.6 and (0.2 + 0.6)/1.6, both 1/2 exactly, computed an ulp apart (found by a search with exact fractions).
    const t = vikor([[6, 1, 1, 3], [1, 3, 5, 1]], [0.2, 0.5, 0.3, 0.6]);
    const [s1, s2] = [num(t[1][0]), num(t[2][0])];
    expect(s1).not.toBe(s2);
    expect(Math.abs(s1 - s2)).toBeLessThan(1e-15);
    expect(kind(t[1][2])).toBe('div0');
    expect((t[1][2] as DomainError).message).toContain('same S');
    // With v = 0 only R counts, and R differs (0.3125, 0.375): Q = 0 and 1.
    expect(vikor([[6, 1, 1, 3], [1, 3, 5, 1]], [0.2, 0.5, 0.3, 0.6], null, 0).slice(1).map((r) => r[2])).toEqual([0, 1]);
  });

  it('fewer than 2 units without a blank: #N/A in the Q column', () => {
    const t = vikor([[1, 2], [2, null], [null, 3]]);
    expect(kind(t[1][2])).toBe('na');
    expect(num(t[1][0])).toBe(1);
    expect(kind(t[2][0])).toBe('na');
  });
});

describe('the constant-column rule (catalogue section 11)', () => {
  it('a constant column of weight 0 is left out: the table of the data without it', () => {
    const withConstant = D1.map((r) => [...r.slice(0, 3), 42, ...r.slice(3)]);
    expect(vikor(withConstant, [...w1.slice(0, 3), 0, ...w1.slice(3)], [...dirs1.slice(0, 3), -1, ...dirs1.slice(3)])).toEqual(vikor(D1, w1, dirs1));
  });

  it('a constant or blank column with a positive weight: one #VALUE! naming it', async () => {
    const e = thrown(() => vikor(D1.map((r) => [...r, 42])));
    expect(e.kind).toBe('value');
    expect(e.message).toMatch(/^column 6 of data is constant.*give it weight 0$/);
    const r = (await invoke(spec, [D1.map((row) => [...row, null])])) as ExcelError[][];
    expect(r).toHaveLength(1);
    expect(r[0][0].code).toBe('#VALUE!');
    expect(r[0][0].message).toMatch(/^NQP\.VIKOR: column 6 of data is blank/);
  });
});

describe('errors', () => {
  it('v outside [0, 1] is #NUM!, in the core and through the adapter', async () => {
    for (const v of [-0.1, 1.1, NaN]) expect(thrown(() => vikor(D1, w1, dirs1, v)).kind).toBe('num');
    const r = (await invoke(spec, [D1, null, null, 2])) as ExcelError[][];
    expect(r[0][0].code).toBe('#NUM!');
  });

  it('weights: not one per column #VALUE!, negative #NUM!, all zero #DIV/0!; fewer than 2 rows #N/A', () => {
    expect(thrown(() => vikor(D1, [1, 2], dirs1)).kind).toBe('value');
    expect(thrown(() => vikor(D1, [1, 1, -1, 1, 1], dirs1)).kind).toBe('num');
    expect(thrown(() => vikor(D1, [0, 0, 0, 0, 0], dirs1)).kind).toBe('div0');
    expect(thrown(() => vikor([D1[0]])).kind).toBe('na');
  });

  it('never returns NaN, Infinity or null', () => {
    const t = vikor([[1e300, -1e-300], [-1e300, 1e-300], [0, 0]], null, [1, -1]);
    for (const row of t.slice(1)) for (const x of row) expect(Number.isFinite(num(x))).toBe(true);
  });

  it('takes 50,000 units × 5 indicators (the most Excel passes in one call); its speed is timed by npm run bench, not here', () => {
    const n = 50000;
    const data = Array.from({ length: n }, (_, i) => [Math.sin(i), Math.cos(i * 1.3), (i * 7919) % 1000, Math.sqrt(i), (i % 17) - 8]);
    const t = vikor(data, [1, 2, 3, 4, 5], [1, -1, 1, -1, 1]);
    expect(t).toHaveLength(n + 1);
  });
});
