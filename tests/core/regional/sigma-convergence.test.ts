import { readFileSync } from 'fs';
import { join } from 'path';
import { type Cell, DomainError } from '../../../src/core/shared/errors';
import { sigmaConvergence } from '../../../src/core/regional/sigma-convergence';
import { expectDomainError } from '../../helpers/domain-error';

interface SigmaCase {
  id: string;
  inputs: { years: number[]; y: number[][] };
  expected: Record<'cv_pop' | 'cv_sample' | 'sd_log_pop' | 'sd_log_sample', number[]>;
  tolerance: { abs: number };
}
const vectors = JSON.parse(readFileSync(join(__dirname, '../../fixtures/vectors/analysis/convergence.json'), 'utf8')) as { cases: SigmaCase[] };
const sigma = vectors.cases.find((c) => c.id === 'sigma')!;

const num = (c: Cell): number => {
  if (typeof c !== 'number') throw new Error(`expected a number, got ${String(c)}`);
  return c;
};
const kindOf = (c: Cell): string => (c instanceof DomainError ? c.kind : 'none');
const HEADER = ['period', 'n', 'mean', 'sd', 'cv', 'sd of log'];

/** The vector's wide panel as a long one: one row per region and year. */
function long(): { values: number[][]; periods: number[][] } {
  const values: number[][] = [];
  const periods: number[][] = [];
  sigma.inputs.y.forEach((row) =>
    row.forEach((v, t) => {
      values.push([v]);
      periods.push([sigma.inputs.years[t]]);
    }),
  );
  return { values, periods };
}

describe('sigmaConvergence: tests/fixtures/vectors/analysis/convergence.json, case sigma', () => {
  it.each([
    ['n-1', 'cv_sample', 'sd_log_sample'],
    ['n', 'cv_pop', 'sd_log_pop'],
  ] as const)('wide panel, divisor %s: cv and sd of log', (divisor, cv, sdLog) => {
    const t = sigmaConvergence(sigma.inputs.y, null, divisor);
    expect(t[0]).toEqual(HEADER);
    expect(t.slice(1).map((r) => r[0])).toEqual([1, 2, 3, 4, 5, 6]);
    t.slice(1).forEach((r, i) => {
      expect(r[1]).toBe(10);
      expect(Math.abs(num(r[4]) - sigma.expected[cv][i])).toBeLessThanOrEqual(sigma.tolerance.abs);
      expect(Math.abs(num(r[5]) - sigma.expected[sdLog][i])).toBeLessThanOrEqual(sigma.tolerance.abs);
    });
  });

  it('the same panel in long format gives the same rows, headed by the years', () => {
    const { values, periods } = long();
    const t = sigmaConvergence(values, periods);
    const w = sigmaConvergence(sigma.inputs.y);
    expect(t.slice(1).map((r) => r[0])).toEqual(sigma.inputs.years);
    t.slice(1).forEach((r, i) => r.slice(1).forEach((c, j) => expect(num(c)).toBeCloseTo(num(w[i + 1][j + 1]), 14)));
  });

  it('σ-convergence: the cv falls every year', () => {
    const cv = sigmaConvergence(sigma.inputs.y)
      .slice(1)
      .map((r) => num(r[4]));
    cv.slice(1).forEach((c, i) => expect(c).toBeLessThan(cv[i]));
  });

  it('mean and sd agree with numpy (year 2018: mean 0.193, sd with ddof=1 0.11363195951061578)', () => {
    const [, first] = sigmaConvergence(sigma.inputs.y);
    // numpy: y[:, 0].mean(), y[:, 0].std(ddof=1)
    expect(num(first[2])).toBeCloseTo(0.193, 15);
    expect(num(first[3])).toBeCloseTo(0.11363195951061578, 14);
  });

  it('case errors: a non-positive value → #NUM! in sd of log only; a mean of 0 → #DIV/0! in cv', () => {
    const t = sigmaConvergence([[0], [2], [4], [-1], [1]], [1, 1, 1, 2, 2]);
    expect(t[1]).toEqual([1, 3, 2, 2, 1, expect.any(DomainError)]);
    expect(kindOf(t[1][5])).toBe('num');
    expect(kindOf(t[2][4])).toBe('div0');
    expect(num(t[2][3])).toBeCloseTo(Math.SQRT2, 15);
  });
});

describe('sigmaConvergence: layout, blanks and errors', () => {
  it('periods in order of first appearance, as typed (numbers stay numbers, texts ignore case)', () => {
    const t = sigmaConvergence([[1], [2], [3], [4], [5], [6]], [['2021'], ['2021'], [2020], [2020], ['Late'], ['late']]);
    expect(t.map((r) => r[0])).toEqual(['period', '2021', 2020, 'Late']);
  });

  it('a single row of values with periods is a long panel too', () => {
    const t = sigmaConvergence([[1, 2, 3, 4]], [[1, 1, 2, 2]]);
    expect(t.map((r) => r[1])).toEqual(['n', 2, 2]);
  });

  it('blanks are left out: n counts the values present; a blank value with a blank period is skipped', () => {
    const t = sigmaConvergence(
      [
        [1, null],
        [2, 5],
        ['', 7],
      ],
      null,
    );
    expect(t[1].slice(0, 3)).toEqual([1, 2, 1.5]);
    expect(t[2].slice(0, 3)).toEqual([2, 2, 6]);
    const u = sigmaConvergence([[1], [null], [3]], [[2020], [null], [2020]]);
    expect(u[1].slice(0, 3)).toEqual([2020, 2, 2]);
  });

  it('a single value: #N/A for sd, cv and sd of log with "n-1", 0 with "n"; a column without values has n = 0', () => {
    const t = sigmaConvergence([[4, null]], null);
    expect(t[1].slice(0, 3)).toEqual([1, 1, 4]);
    expect(t[1].slice(3).map(kindOf)).toEqual(['na', 'na', 'na']);
    expect(t[2][1]).toBe(0);
    expect(t[2].slice(2).map(kindOf)).toEqual(['na', 'na', 'na', 'na']);
    const n = sigmaConvergence([[4]], null, 'n');
    expect(n[1]).toEqual([1, 1, 4, 0, 0, 0]);
  });

  it('#VALUE! for text, a blank period beside a value, mismatched lengths, several columns with periods, an unknown divisor', () => {
    expectDomainError(() => sigmaConvergence([[1], ['x']], null), 'value', /row 2, column 1/);
    expectDomainError(() => sigmaConvergence([[1], [2]], [[1], ['']]), 'value', /periods.*row 2/);
    expectDomainError(() => sigmaConvergence([[1], [2]], [[1]]), 'value', /one label per value/);
    expectDomainError(() => sigmaConvergence([[1, 2], [3, 4]], [[1], [2]]), 'value', /single column/);
    expectDomainError(() => sigmaConvergence([[1], [2]], null, 'n-2'), 'value', /"n-1", "n"/);
    expectDomainError(() => sigmaConvergence([[null], [null]], [[1], [1]]), 'na');
  });
});
