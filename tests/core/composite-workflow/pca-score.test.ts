/**
 * PCA_SCORE: the reference vector of tests/fixtures/vectors/analysis/composite_indicator_tools.json
 * (case cronbach_alpha_pca: prcomp's sdev, explained variance and PC1 loadings), R's prcomp on
 * further data in tests/fixtures/composite-workflow/checks.json (made by checks.R beside it: two
 * kept components, Likert ties, blanks, more columns than rows, 300 rows), the catalogue's sign
 * rule, the conventions for blanks, Kaiser and singular matrices, the errors, and the
 * eigen-solver (symmetric-eigen.ts) by its defining identities.
 */
import { pcaScore, principalComponents } from '../../../src/core/composite-workflow/pca-score';
import { symmetricEigen } from '../../../src/core/composite-workflow/symmetric-eigen';
import { DomainError } from '../../../src/core/shared/errors';
import { mulberry32 } from '../../../src/core/shared/random';
import vectors from '../../fixtures/vectors/analysis/composite_indicator_tools.json';
import checks from '../../fixtures/composite-workflow/checks.json';

type Grid = (number | null)[][];
type Table = unknown[][];
const num = (v: unknown): number => {
  expect(typeof v).toBe('number');
  return v as number;
};
const close = (a: unknown, b: number, tol: number) => {
  const d = Math.abs(num(a) - b);
  if (!(d <= tol)) throw new Error(`${String(a)} differs from ${b} by ${d}, more than ${tol}`);
};
async function rejected(p: Promise<unknown>): Promise<{ kind: string; message: string }> {
  try {
    await p;
  } catch (e) {
    return e instanceof DomainError ? { kind: e.kind, message: e.message } : { kind: 'other', message: String(e) };
  }
  return { kind: 'none', message: '' };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const vector = (vectors.cases as any[]).find((c) => c.id === 'cronbach_alpha_pca');
const VECTOR_DATA = vector.inputs.data as number[][];

interface PcaCase {
  eigenvalues: number[];
  share: number[];
  cumulative: number[];
  rank: number;
  kaiser: number;
  loadings: number[][];
  components: (number | null)[][];
  score: (number | null)[];
  complete_rows: number;
}
const cases = checks.cases as unknown as Record<string, { data: Grid; pca?: PcaCase }>;

describe('composite_indicator_tools.json, case cronbach_alpha_pca (prcomp, scale. = TRUE)', () => {
  const tol = vector.tolerance.abs as number;

  it('eigenvalues are the squared sdev, their shares the explained variance', async () => {
    const t = (await pcaScore(VECTOR_DATA, null, 'eigenvalues')) as Table;
    expect(t[0]).toEqual(['component', 'eigenvalue', 'share', 'cumulative']);
    expect(t.length).toBe(5);
    let cumulative = 0;
    (vector.expected.sdev as number[]).forEach((s, k) => {
      expect(t[1 + k][0]).toBe(k + 1);
      // sdev is given to 10 decimals: its square to about 2·sdev·5e-11
      close(t[1 + k][1], s * s, 4 * s * tol);
      close(t[1 + k][2], vector.expected.var_explained[k], tol);
      cumulative += vector.expected.var_explained[k];
      close(t[1 + k][3], cumulative, 4 * tol);
    });
    expect(t[4][3]).toBe(1);
  });

  it('PC1 loadings are prcomp\'s, turned round by the sign rule (all negative there)', async () => {
    const t = (await pcaScore(VECTOR_DATA, 1, 'loadings')) as Table;
    expect(t.length).toBe(4);
    (vector.expected.pc1_loadings as number[]).forEach((v, j) => {
      expect(v).toBeLessThan(0);
      close(t[j][0], -v, tol);
    });
  });

  it('Kaiser keeps one component (λ₁ = 3.60, λ₂ = 0.24): the score is F₁', async () => {
    const score = (await pcaScore(VECTOR_DATA)) as number[];
    const f = (await pcaScore(VECTOR_DATA, 1, 'components')) as Table;
    expect(score.length).toBe(8);
    score.forEach((s, i) => expect(s).toBe(f[i][0]));
  });
});

describe.each(Object.entries(cases).filter(([, c]) => c.pca !== undefined))('checks.json (R prcomp), case %s', (_id, c) => {
  const pca = c.pca as PcaCase;
  const tol = 1e-9;

  it('eigenvalues, shares and cumulative shares', async () => {
    const t = (await pcaScore(c.data, null, 'eigenvalues')) as Table;
    expect(t.length).toBe(1 + c.data[0].length);
    pca.eigenvalues.forEach((v, k) => {
      close(t[1 + k][1], v, tol * Math.max(1, v));
      close(t[1 + k][2], pca.share[k], tol);
      close(t[1 + k][3], pca.cumulative[k], tol);
      // never negative, though a singular matrix's zero eigenvalues come out as ±1e-16
      expect(num(t[1 + k][1])).toBeGreaterThanOrEqual(0);
    });
  });

  it('loadings of every component with a positive eigenvalue, signed by the rule', async () => {
    const t = (await pcaScore(c.data, pca.rank, 'loadings')) as Table;
    expect(t.length).toBe(c.data[0].length);
    pca.loadings.forEach((row, j) => row.forEach((v, k) => close(t[j][k], v, 1e-8)));
  });

  it('component scores, blank in the rows with a blank cell', async () => {
    const t = (await pcaScore(c.data, pca.rank, 'components')) as Table;
    expect(t.length).toBe(c.data.length);
    pca.components.forEach((row, i) =>
      row.forEach((v, k) => {
        if (v === null) expect(t[i][k]).toBe('');
        else close(t[i][k], v, 1e-8);
      }),
    );
  });

  it(`the composite score over the ${pca.kaiser} Kaiser component(s)`, async () => {
    const s = (await pcaScore(c.data)) as unknown[];
    expect(s.length).toBe(c.data.length);
    pca.score.forEach((v, i) => {
      if (v === null) expect(s[i]).toBe('');
      else close(s[i], v, 1e-8);
    });
    expect(s.filter((v) => v !== '').length).toBe(pca.complete_rows);
  });
});

describe('conventions', () => {
  it('with more columns than rows: zero eigenvalues as 0, components only up to the rank (#NUM! beyond)', async () => {
    const wide = cases.wide;
    const rank = (wide.pca as PcaCase).rank;
    expect(rank).toBe(5); // 6 rows, 9 columns
    const t = (await pcaScore(wide.data, null, 'eigenvalues')) as Table;
    for (let k = rank; k < 9; k++) expect(t[1 + k][1]).toBe(0);
    const e = await rejected(pcaScore(wide.data, rank + 1, 'loadings'));
    expect(e.kind).toBe('num');
    expect(e.message).toMatch(/at most 5/);
  });

  it('the sign rule decides a tie of magnitudes by the first column: two columns give (1, 1)/√2 and (1, −1)/√2', async () => {
    const data = [
      [1, 2],
      [2, 1],
      [3, 5],
      [4, 3],
    ];
    const t = (await pcaScore(data, 2, 'loadings')) as Table;
    const h = Math.SQRT1_2;
    close(t[0][0], h, 1e-15);
    close(t[1][0], h, 1e-15);
    close(t[0][1], h, 1e-15);
    close(t[1][1], -h, 1e-15);
    // and with the columns swapped, the second component still starts positive
    const u = (await pcaScore(data.map(([a, b]) => [b, a]), 2, 'loadings')) as Table;
    close(u[0][1], h, 1e-15);
    close(u[1][1], -h, 1e-15);
  });

  it('is unchanged by rescaling or shifting a column (standardised data), and permutes with the columns', async () => {
    const data = cases.two_factors.data as number[][];
    const scaled = data.map((r) => r.map((x, j) => (j === 2 ? 1000 * x - 7 : j === 4 ? x / 3 + 1e5 : x)));
    const a = (await pcaScore(data)) as number[];
    const b = (await pcaScore(scaled)) as number[];
    a.forEach((v, i) => close(b[i], v, 1e-9));
    const perm = [3, 0, 5, 1, 4, 2];
    const la = (await pcaScore(data, 2, 'loadings')) as Table;
    const lb = (await pcaScore(data.map((r) => perm.map((j) => r[j])), 2, 'loadings')) as Table;
    perm.forEach((j, q) => [0, 1].forEach((k) => close(lb[q][k], num(la[j][k]), 1e-10)));
  });

  it('score = Σ (λ_k / Σλ) F_k over the kept components, by its definition', async () => {
    const data = cases.two_factors.data;
    const f = (await pcaScore(data, 3, 'components')) as Table;
    const ev = (await pcaScore(data, null, 'eigenvalues')) as Table;
    const lambda = [1, 2, 3].map((k) => num(ev[k][1]));
    const total = lambda[0] + lambda[1] + lambda[2];
    const s = (await pcaScore(data, 3)) as number[];
    s.forEach((v, i) => close(v, (lambda[0] * num(f[i][0]) + lambda[1] * num(f[i][1]) + lambda[2] * num(f[i][2])) / total, 1e-12));
  });

  it('component scores have mean 0 and variance λ_k, and are uncorrelated', async () => {
    const data = cases.large.data;
    const pca = await principalComponents(data);
    const t = (await pcaScore(data, 4, 'components')) as Table;
    const rows = t.filter((r) => r[0] !== '').map((r) => r.map(num));
    const n = rows.length;
    expect(n).toBe(pca.n);
    for (let a = 0; a < 4; a++) {
      const mean = rows.reduce((s, r) => s + r[a], 0) / n;
      expect(Math.abs(mean)).toBeLessThan(1e-12);
      for (let b = a; b < 4; b++) {
        const cov = rows.reduce((s, r) => s + r[a] * r[b], 0) / (n - 1);
        close(cov, a === b ? pca.values[a] : 0, 1e-10);
      }
    }
  });

  it('uncorrelated columns have no eigenvalue above 1: #N/A by default, a result when components is given', async () => {
    // Orthogonal centred columns: R = I exactly in theory, every eigenvalue 1.
    const data = [
      [1, 1],
      [-1, 1],
      [1, -1],
      [-1, -1],
    ];
    const e = await rejected(pcaScore(data));
    expect(e.kind).toBe('na');
    expect(e.message).toMatch(/give components/);
    const t = (await pcaScore(data, null, 'eigenvalues')) as Table;
    close(t[1][1], 1, 1e-15);
    close(t[2][1], 1, 1e-15);
    expect(((await pcaScore(data, 1)) as number[]).length).toBe(4);
  });

  it('a row with a blank is left out and blank in the result; the others as without that row', async () => {
    const data: Grid = VECTOR_DATA.map((r) => r.slice());
    data[3][2] = null;
    const without = VECTOR_DATA.filter((_, i) => i !== 3);
    const a = (await pcaScore(data)) as unknown[];
    const b = (await pcaScore(without)) as number[];
    expect(a[3]).toBe('');
    expect(a.filter((_, i) => i !== 3)).toEqual(b);
  });
});

describe('errors', () => {
  it('#N/A for fewer than 2 columns or fewer than 3 complete rows', async () => {
    expect((await rejected(pcaScore([[1], [2], [3]]))).kind).toBe('na');
    expect((await rejected(pcaScore([[1, 2], [2, 3]]))).kind).toBe('na');
    const e = await rejected(pcaScore([[1, 2], [2, null], [3, 1], [null, 4]]));
    expect(e.kind).toBe('na');
    expect(e.message).toMatch(/at least 3 rows without a blank/);
  });

  it('#DIV/0! for a constant column, named, also when constant only on the complete rows', async () => {
    const e = await rejected(pcaScore(VECTOR_DATA.map((r) => [r[0], 5, r[2]])));
    expect(e).toEqual({ kind: 'div0', message: expect.stringContaining('column 2 of data is constant') });
    const f = await rejected(pcaScore([[1, 5, 2], [2, 5, 1], [3, null, 7], [4, 5, 3], [5, 6, null]]));
    expect(f).toEqual({ kind: 'div0', message: expect.stringContaining('column 2 of data is constant on the rows without a blank') });
  });

  it('#NUM! for components that is not a whole number from 1 to m', async () => {
    for (const k of [0, 5, 2.5, -1]) expect((await rejected(pcaScore(VECTOR_DATA, k, 'loadings'))).kind).toBe('num');
  });

  it('values near 1e150, and beyond 1e154 (whose squares overflow), work as their rescaled copies', async () => {
    const three = (await pcaScore(VECTOR_DATA.map((r) => [r[0], r[1], r[2]]))) as number[];
    ((await pcaScore(VECTOR_DATA.map((r) => [r[0], r[1] * 1e200, r[2]]))) as number[]).forEach((v, i) => close(v, three[i], 1e-12));
    const a = (await pcaScore(VECTOR_DATA)) as number[];
    const b = (await pcaScore(VECTOR_DATA.map((r) => r.map((x) => x * 1e150)))) as number[];
    a.forEach((v, i) => close(b[i], v, 1e-12));
  });

  it('#VALUE! beyond 500 columns', async () => {
    const rnd = mulberry32(5);
    const data = Array.from({ length: 3 }, () => Array.from({ length: 501 }, () => rnd()));
    expect((await rejected(pcaScore(data))).kind).toBe('value');
  });
});

describe('extreme magnitudes', () => {
  // Found by the fuzz test: values near 1e-301 have deviations whose squares underflow to 0. The data scaled by a
  // power of ten has the same correlation matrix, so every output must equal that of the data itself.
  it.each([1e-301, 1e-200, 1e200, 1e300])('data × %s gives the same scores, loadings and eigenvalues', async (factor) => {
    const data = (vectors.cases.find((c) => c.id === 'cronbach_alpha_pca')!.inputs as { data: number[][] }).data;
    const scaled = data.map((r) => r.map((x) => x * factor));
    for (const output of ['score', 'loadings', 'eigenvalues'] as const) {
      const want = (await pcaScore(data, output === 'eigenvalues' ? null : 2, output)) as unknown[];
      const got = (await pcaScore(scaled, output === 'eigenvalues' ? null : 2, output)) as unknown[];
      expect(JSON.stringify(got.flat()).length).toBeGreaterThan(0);
      got.flat().forEach((v, k) => {
        const w = want.flat()[k];
        if (typeof w === 'number') expect(v as number).toBeCloseTo(w, 9);
        else expect(v).toEqual(w);
      });
    }
  });
});

describe('speed and pacing', () => {
  it('yields through the pacer while it works (between tiles of rows and eigen steps)', async () => {
    let ticks = 0;
    const rnd = mulberry32(9);
    const data = Array.from({ length: 2000 }, () => Array.from({ length: 20 }, () => rnd()));
    await pcaScore(data, null, 'score', { tick: async () => void ticks++ });
    // 4 tiles of 512 rows, 18 Householder steps and 20 eigenvalues
    expect(ticks).toBeGreaterThanOrEqual(4 + 18 + 20);
  });
});

describe('symmetricEigen (Householder + implicit QL)', () => {
  const residuals = async (a: Float64Array, m: number) => {
    const { values, vectors } = await symmetricEigen(a, m);
    let res = 0;
    let orth = 0;
    for (let k = 0; k < m; k++) {
      for (let r = 0; r < m; r++) {
        let s = 0;
        for (let c = 0; c < m; c++) s += a[r * m + c] * vectors[k * m + c];
        res = Math.max(res, Math.abs(s - values[k] * vectors[k * m + r]));
      }
      for (let l = 0; l < m; l++) {
        let s = 0;
        for (let r = 0; r < m; r++) s += vectors[k * m + r] * vectors[l * m + r];
        orth = Math.max(orth, Math.abs(s - (k === l ? 1 : 0)));
      }
    }
    for (let k = 1; k < m; k++) expect(values[k]).toBeLessThanOrEqual(values[k - 1]);
    return { values, res, orth };
  };

  it.each([1, 2, 3, 4, 7, 16, 33, 64])('A v = λ v and V\'V = I for a random symmetric matrix of order %i', async (m) => {
    const rnd = mulberry32(100 + m);
    const a = new Float64Array(m * m);
    for (let i = 0; i < m; i++) {
      for (let j = 0; j <= i; j++) {
        const x = rnd() * 2 - 1;
        a[i * m + j] = x;
        a[j * m + i] = x;
      }
    }
    const { values, res, orth } = await residuals(a, m);
    expect(res).toBeLessThan(1e-13 * m);
    expect(orth).toBeLessThan(1e-13 * m);
    // the trace is the sum of the eigenvalues
    let trace = 0;
    for (let i = 0; i < m; i++) trace += a[i * m + i];
    close(values.reduce((s, v) => s + v, 0), trace, 1e-12 * m);
  });

  it('repeated and zero eigenvalues: a matrix of ones, the identity, a diagonal matrix', async () => {
    const ones = new Float64Array(25).fill(1);
    const o = await residuals(ones, 5);
    close(o.values[0], 5, 1e-14);
    for (let k = 1; k < 5; k++) close(o.values[k], 0, 1e-14);
    expect(o.orth).toBeLessThan(1e-14);
    const id = new Float64Array(16);
    const d = new Float64Array(16);
    [3, -1, 7, 0].forEach((v, i) => {
      id[i * 4 + i] = 1;
      d[i * 4 + i] = v;
    });
    expect(Array.from((await residuals(id, 4)).values)).toEqual([1, 1, 1, 1]);
    expect(Array.from((await residuals(d, 4)).values)).toEqual([7, 3, 0, -1]);
  });

  it('a known spectrum: the tridiagonal (−1, 2, −1) matrix has λ_k = 2 − 2 cos(kπ/(m + 1))', async () => {
    const m = 12;
    const a = new Float64Array(m * m);
    for (let i = 0; i < m; i++) {
      a[i * m + i] = 2;
      if (i + 1 < m) {
        a[i * m + i + 1] = -1;
        a[(i + 1) * m + i] = -1;
      }
    }
    const { values } = await residuals(a, m);
    for (let k = 1; k <= m; k++) close(values[m - k], 2 - 2 * Math.cos((k * Math.PI) / (m + 1)), 1e-14);
  });
});
