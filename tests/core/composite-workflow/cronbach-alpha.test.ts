/**
 * CRONBACH_ALPHA: the reference vector of tests/fixtures/vectors/analysis/composite_indicator_tools.json
 * (case cronbach_alpha_pca: α and the standardised α), psych::alpha on further data in
 * tests/fixtures/composite-workflow/checks.json (made by checks.R beside it, checked there
 * against COINr's formula: Likert ties and a reversed item, blanks, more columns than rows,
 * 300 rows), the formula by its covariance form, and the errors.
 */
import { cronbachAlpha } from '../../../src/core/composite-workflow/cronbach-alpha';
import { normalize } from '../../../src/core/composite/normalize';
import { DomainError } from '../../../src/core/shared/errors';
import vectors from '../../fixtures/vectors/analysis/composite_indicator_tools.json';
import checks from '../../fixtures/composite-workflow/checks.json';

type Grid = (number | null)[][];
const cases = checks.cases as unknown as Record<string, { data: Grid; alpha?: { alpha: number; alpha_standardised: number } }>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const vector = (vectors.cases as any[]).find((c) => c.id === 'cronbach_alpha_pca');

const close = (a: number, b: number, tol: number) => {
  const d = Math.abs(a - b);
  if (!(d <= tol)) throw new Error(`${a} differs from ${b} by ${d}, more than ${tol}`);
};
const kindOf = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    return e instanceof DomainError ? e.kind : 'other';
  }
  return 'none';
};
/** The complete rows, z-scored by NORMALIZE (sample sd): α of them is the standardised α. */
const zscores = (data: Grid): Grid => normalize(data.filter((r) => r.every((x) => x !== null)), null, 'zscore') as Grid;

describe('composite_indicator_tools.json, case cronbach_alpha_pca', () => {
  it('α = 0.9479686504 (COINr get_cronbach = psych raw_alpha)', () => {
    close(cronbachAlpha(vector.inputs.data), vector.expected.alpha, vector.tolerance.abs);
  });

  it('standardised α = 0.962865036: α of the z-scores', () => {
    close(cronbachAlpha(zscores(vector.inputs.data)), vector.expected.alpha_standardised, vector.tolerance.abs);
  });
});

describe.each(Object.entries(cases).filter(([, c]) => c.alpha !== undefined))('checks.json (psych::alpha on the complete rows), case %s', (_id, c) => {
  const a = c.alpha as { alpha: number; alpha_standardised: number };
  it(`raw α = ${a.alpha.toFixed(6)}`, () => close(cronbachAlpha(c.data), a.alpha, 1e-12));
  it(`standardised α = ${a.alpha_standardised.toFixed(6)}`, () => close(cronbachAlpha(zscores(c.data)), a.alpha_standardised, 1e-12));
});

describe('conventions', () => {
  it('equals k²·mean(off-diagonal covariance) / Σ covariance (COINr), computed here from the covariances', () => {
    const data = cases.two_factors.data as number[][];
    const n = data.length;
    const k = data[0].length;
    const mean = (j: number) => data.reduce((s, r) => s + r[j], 0) / n;
    const mu = Array.from({ length: k }, (_, j) => mean(j));
    const cov = (a: number, b: number) => data.reduce((s, r) => s + (r[a] - mu[a]) * (r[b] - mu[b]), 0) / (n - 1);
    let off = 0;
    let all = 0;
    for (let a = 0; a < k; a++) {
      for (let b = 0; b < k; b++) {
        all += cov(a, b);
        if (a !== b) off += cov(a, b);
      }
    }
    close(cronbachAlpha(data), (k * k * (off / (k * (k - 1)))) / all, 1e-12);
  });

  it('can be negative (the with_blanks case: a reversed indicator), and is a result, not an error', () => {
    expect(cronbachAlpha(cases.with_blanks.data)).toBeLessThan(0);
  });

  it('uses the complete rows only: a row with a blank changes nothing but its own exclusion', () => {
    const data: Grid = (vector.inputs.data as number[][]).map((r) => r.slice());
    data[2][1] = null;
    expect(cronbachAlpha(data)).toBe(cronbachAlpha(data.filter((_, i) => i !== 2)));
  });

  it('a constant column is allowed (it adds nothing to either variance)', () => {
    const data = (vector.inputs.data as number[][]).map((r) => [...r, 0.5]);
    const k = 5;
    // α' = k/(k − 1) (1 − Σs²/s²_T) with the same Σs² and s²_T as without it
    const a4 = cronbachAlpha(vector.inputs.data);
    close(cronbachAlpha(data), (k / (k - 1)) * (1 - (1 - (a4 * 3) / 4)), 1e-12);
  });
});

describe('errors', () => {
  it('#N/A for fewer than 2 columns', () => {
    expect(kindOf(() => cronbachAlpha([[1], [2], [3]]))).toBe('na');
  });

  it('#N/A for fewer than 3 complete rows', () => {
    expect(kindOf(() => cronbachAlpha([[1, 2], [2, 3]]))).toBe('na');
    expect(kindOf(() => cronbachAlpha([[1, 2], [2, null], [3, 4], [null, 1]]))).toBe('na');
  });

  it('values too large to square are scaled by a common power of two first (α does not depend on a common scale)', () => {
    const a = cronbachAlpha([[1e200, 2e200], [2e200, 3e200], [4e200, 1e200]]);
    expect(a).toBeCloseTo(cronbachAlpha([[1, 2], [2, 3], [4, 1]]), 12);
  });

  it('#DIV/0! when the row totals do not vary', () => {
    expect(kindOf(() => cronbachAlpha([[1, 2], [1, 2], [1, 2]]))).toBe('div0');
    // items that exactly offset each other: totals constant
    expect(kindOf(() => cronbachAlpha([[1, 3], [2, 2], [3, 1]]))).toBe('div0');
  });
});
