/**
 * CORRELATION_MATRIX: R's cor(method = "pearson" / "spearman", use = "pairwise.complete.obs")
 * on the data of tests/fixtures/composite-workflow/checks.json (made by checks.R beside it:
 * the reference vector's data, blanks, Likert ties, more columns than rows, a sparse case with
 * too few common rows and columns constant on them, 300 rows with 5% blanks); the blocked
 * cross products against the shared compensated pearson() on shapes that cross every edge of
 * the blocking; Spearman against a rank-by-definition implementation; the per-cell errors.
 */
import { correlationMatrix, Ranker } from '../../../src/core/composite-workflow/correlation-matrix';
import { DomainError } from '../../../src/core/shared/errors';
import { mulberry32 } from '../../../src/core/shared/random';
import { pearson } from '../../../src/core/shared/statistics';
import checks from '../../fixtures/composite-workflow/checks.json';

type Grid = (number | null)[][];
interface CorrCase {
  pearson: (number | null)[][];
  spearman: (number | null)[][];
  common_rows: number[][];
  constant_on_common: boolean[][];
}
const cases = checks.cases as unknown as Record<string, { data: Grid; corr: CorrCase }>;

const kind = (v: unknown) => (v instanceof DomainError ? v.kind : typeof v);
const close = (a: unknown, b: number, tol: number) => {
  expect(typeof a).toBe('number');
  const d = Math.abs((a as number) - b);
  if (!(d <= tol)) throw new Error(`${String(a)} differs from ${b} by ${d}, more than ${tol}`);
};
async function rejected(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return e instanceof DomainError ? e.kind : 'other';
  }
  return 'none';
}

describe.each(Object.entries(cases))('checks.json (R cor, pairwise.complete.obs), case %s', (_id, c) => {
  it.each(['pearson', 'spearman'] as const)('%s', async (method) => {
    const t = await correlationMatrix(c.data, method);
    const m = c.data[0].length;
    expect(t.length).toBe(m);
    for (let j = 0; j < m; j++) {
      expect(t[j].length).toBe(m);
      for (let k = 0; k < m; k++) {
        const common = c.corr.common_rows[j][k];
        const want = c.corr[method][j][k];
        const got = t[j][k];
        if (common < 3) expect(kind(got)).toBe('na');
        else if (c.corr.constant_on_common[j][k]) {
          // R gives NA (sd zero); the add-in #DIV/0!, as Excel's CORREL
          expect(want).toBeNull();
          expect(kind(got)).toBe('div0');
        } else close(got, want as number, 1e-12);
      }
    }
  });
});

describe('the sparse case cell by cell', () => {
  it('names the pair with too few rows and the constant column', async () => {
    const t = await correlationMatrix(cases.sparse.data);
    // columns 1 and 2 share rows 3 and 4 only
    expect(t[0][1]).toEqual(expect.objectContaining({ kind: 'na', message: 'columns 1 and 2 of data have 2 rows with a value in both, fewer than 3' }));
    // column 4 is 5, 5, 5, 5, 5 on the rows where column 3 has a value
    expect(t[2][3]).toEqual(expect.objectContaining({ kind: 'div0', message: expect.stringContaining('column 4 of data is constant on the rows it shares with column 3') }));
    // column 5 is constant: #DIV/0! on its diagonal and with every column it shares 3 rows with
    expect(t[4][4]).toEqual(expect.objectContaining({ kind: 'div0', message: 'column 5 of data is constant, so its correlations are undefined' }));
    expect(kind(t[4][1])).toBe('div0');
    // and the other cells compute: columns 3 and 2 correlate on their three common rows
    close(t[1][2], cases.sparse.corr.pearson[1][2] as number, 1e-12);
    expect(t[3][3]).toBe(1);
  });
});

/** Average ranks by definition: 1 + the count below + (the count of ties − 1)/2. */
function averageRanks(x: readonly number[]): number[] {
  return x.map((v) => 1 + x.filter((w) => w < v).length + (x.filter((w) => w === v).length - 1) / 2);
}

describe('blocked cross products against the compensated pearson() of shared/statistics', () => {
  // Tiles of 512 rows and blocks of 2 × 4 columns: shapes on both sides of each edge.
  it.each([
    [3, 1],
    [3, 2],
    [5, 3],
    [511, 5],
    [512, 6],
    [513, 7],
    [1500, 9],
    [1100, 13],
    [40, 34],
  ])('%i rows × %i columns', async (n, m) => {
    const rnd = mulberry32(n * 100 + m);
    // Columns on different scales and offsets, some correlated.
    const data = Array.from({ length: n }, () => {
      const f = rnd();
      return Array.from({ length: m }, (_, j) => (j % 3 === 0 ? f : rnd()) * 10 ** (j % 4) + 1000 * j + rnd());
    });
    const t = await correlationMatrix(data);
    const s = await correlationMatrix(data, 'spearman');
    const cols = Array.from({ length: m }, (_, j) => data.map((r) => r[j]));
    const ranks = cols.map(averageRanks);
    for (let j = 0; j < m; j++) {
      expect(t[j][j]).toBe(1);
      expect(s[j][j]).toBe(1);
      for (let k = 0; k < m; k++) {
        expect(t[j][k]).toBe(t[k][j]);
        close(t[j][k], pearson(cols[j], cols[k]) as number, 1e-13);
        close(s[j][k], pearson(ranks[j], ranks[k]) as number, 1e-13);
      }
    }
  });
});

describe('Spearman', () => {
  it('ties share their average rank (RANK.AVG): centred ranks are exact halves', () => {
    const v = Float64Array.from([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]);
    const out = new Float64Array(v.length);
    const ranker = new Ranker(v.length);
    expect(ranker.centredRanks(v, out)).toBe(true);
    const want = averageRanks(Array.from(v)).map((r) => r - (v.length + 1) / 2);
    expect(Array.from(out)).toEqual(want);
    expect(ranker.centredRanks(Float64Array.from([2, 2, 2]), out.subarray(0, 3))).toBe(false);
  });

  // Below 256 values a sorted copy and binary search, from 256 on a radix sort of the bits.
  it.each([5, 255, 256, 1000, 3000])('ranks %i values (negatives, −0 and 0, ties, wide magnitudes) as by definition', (n) => {
    const rnd = mulberry32(n);
    const pool = [-0, 0, -1e300, 1e-300, -2.5, 2.5, 7, -7];
    const v = Float64Array.from({ length: n }, (_, i) =>
      i % 7 === 0 ? pool[Math.floor(rnd() * pool.length)] : i % 3 === 0 ? Math.round(rnd() * 20) - 10 : (rnd() - 0.5) * 10 ** Math.floor(rnd() * 12 - 6),
    );
    const out = new Float64Array(n);
    expect(new Ranker(n).centredRanks(v, out)).toBe(true);
    // by definition, −0 and 0 tied (=== compares them equal)
    const sorted = Array.from(v).sort((a, b) => a - b);
    const below = (x: number) => sorted.findIndex((w) => w >= x);
    const upTo = (x: number) => sorted.length - [...sorted].reverse().findIndex((w) => w <= x);
    v.forEach((x, i) => expect(out[i]).toBe((below(x) + upTo(x) - n) / 2));
    // in place, too
    const w = v.slice();
    new Ranker(n).centredRanks(w, w);
    expect(Array.from(w)).toEqual(Array.from(out));
  });

  // Values that share their high 32 bits (sign, exponent, 20 bits of mantissa) are ordered by their
  // low words: in runs of up to 16 by insertion, longer runs by a comparison sort.
  it.each([
    ['short runs of equal high words', (i: number, r: () => number) => Math.floor(i / 6) + Math.floor(r() * 50) * 2 ** -40],
    ['one long run', (_i: number, r: () => number) => 1 + Math.floor(r() * 5000) * 2 ** -40],
  ])('ranks values in %s as by definition', (_label, make) => {
    const n = 600;
    const rnd = mulberry32(77);
    const v = Float64Array.from({ length: n }, (_, i) => make(i, rnd));
    const out = new Float64Array(n);
    expect(new Ranker(n).centredRanks(v, out)).toBe(true);
    const want = averageRanks(Array.from(v)).map((x) => x - (n + 1) / 2);
    expect(Array.from(out)).toEqual(want);
  });

  it('is unchanged by a monotone transformation, and ranks among the common rows (as R)', async () => {
    const data = cases.with_blanks.data;
    const a = await correlationMatrix(data, 'spearman');
    const b = await correlationMatrix(
      data.map((r) => r.map((x, j) => (x === null ? null : j === 2 ? Math.exp(x) : j === 4 ? x ** 3 - 5 : x))),
      'spearman',
    );
    a.forEach((row, j) => row.forEach((v, k) => close(b[j][k], v as number, 1e-14)));
    // columns 1 and 3: ranks taken among their common rows, not the columns' own ranks
    const rows = data.filter((r) => r[0] !== null && r[2] !== null);
    const want = pearson(averageRanks(rows.map((r) => r[0] as number)), averageRanks(rows.map((r) => r[2] as number))) as number;
    close(a[0][2], want, 1e-14);
  });

  it('is exactly ±1 for a monotone pair with ties', async () => {
    const t = await correlationMatrix([[1, 10], [2, 20], [2, 20], [3, 25], [7, 90]], 'spearman');
    expect(t[0][1]).toBe(1);
    const u = await correlationMatrix([[1, 10], [2, 2], [2, 2], [3, 1]], 'spearman');
    expect(u[0][1]).toBe(-1);
  });
});

describe('errors and limits', () => {
  it('#N/A for fewer than 3 rows', async () => {
    expect(await rejected(correlationMatrix([[1, 2], [2, 4]]))).toBe('na');
  });

  it('a column with fewer than 3 values is #N/A on its diagonal and with every column', async () => {
    const t = await correlationMatrix([[1, 2, null], [2, 4, 5], [3, 1, null], [4, 3, null]]);
    expect([t[2][2], t[0][2], t[2][1]].map(kind)).toEqual(['na', 'na', 'na']);
    close(t[0][1], pearson([1, 2, 3, 4], [2, 4, 1, 3]) as number, 1e-15);
  });

  it('#VALUE! beyond 500 columns', async () => {
    const rnd = mulberry32(2);
    expect(await rejected(correlationMatrix(Array.from({ length: 3 }, () => Array.from({ length: 501 }, () => rnd()))))).toBe('value');
  });

  it('never returns NaN, ±Infinity or null: nearly collinear columns stay within [−1, 1]', async () => {
    const data = Array.from({ length: 50 }, (_, i) => [i, 3 * i + 1e-13 * Math.sin(i), -i + 7]);
    for (const method of ['pearson', 'spearman'] as const) {
      const t = await correlationMatrix(data, method);
      for (const row of t) for (const v of row) expect(typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= 1).toBe(true);
      expect(t[0][2]).toBe(-1);
    }
  });

  it('yields through the pacer between pairs with blanks', async () => {
    let ticks = 0;
    await correlationMatrix(cases.large.data, 'spearman', { tick: async () => void ticks++ });
    expect(ticks).toBeGreaterThanOrEqual(12);
  });
});

describe('extreme magnitudes', () => {
  it('values near 1e150, and beyond 1e154 (whose squares overflow), correlate as their rescaled copies do', async () => {
    const data = cases.vector.data as number[][];
    const big = data.map((r) => r.map((x) => x * 1e150));
    const a = await correlationMatrix(data);
    const b = await correlationMatrix(big);
    a.forEach((row, j) => row.forEach((v, k) => close(b[j][k], v as number, 1e-14)));
    const huge = data.map((r) => [r[0] * 1e200, r[1]]);
    const t = await correlationMatrix(huge);
    close(t[0][1], (await correlationMatrix(data.map((r) => [r[0], r[1]])))[0][1] as number, 1e-14);
    expect(t[1][1]).toBe(1);
  });

  it('a pair with blanks and values beyond 1e154 correlates as its rescaled copy does', async () => {
    const t = await correlationMatrix([[1e200, 2], [2e200, null], [4e200, 1], [3e200, 5]]);
    close(t[0][1], (await correlationMatrix([[1, 2], [2, null], [4, 1], [3, 5]]))[0][1] as number, 1e-14);
    expect(t[1][1]).toBe(1);
  });
});
