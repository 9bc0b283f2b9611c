import { Pacer } from '../../../src/core/shared/pacer';
import { readFileSync } from 'fs';
import { join } from 'path';
import { type Cell, DomainError } from '../../../src/core/shared/errors';
import { mulberry32 } from '../../../src/core/shared/random';
import { kernelDensity } from '../../../src/core/regional/kernel-density';
import { densityAt, ruleBandwidth } from '../../../src/core/regional/kernel-estimate';
import { countPeaks, epanechnikovBreaks, finePoints } from '../../../src/core/regional/kernel-peaks';

interface KdeCase {
  id: string;
  inputs: { x: number[] };
  expected: Record<string, number | number[]>;
}
const vectors = JSON.parse(readFileSync(join(__dirname, '../../fixtures/vectors/analysis/kernel_density.json'), 'utf8')) as { cases: KdeCase[] };
const kdeCase = (id: string) => vectors.cases.find((c) => c.id === id)!;

const num = (c: Cell): number => {
  if (typeof c !== 'number') throw new Error(`expected a number, got ${String(c)}`);
  return c;
};
const kindOf = (c: Cell): string => (c instanceof DomainError ? c.kind : 'none');
const column = (t: Cell[][], c: number): number[] => t.slice(1).map((r) => num(r[c]));

async function rejects(run: Promise<unknown>, kind: string, message?: RegExp): Promise<void> {
  try {
    await run;
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    expect((e as DomainError).kind).toBe(kind);
    if (message) expect((e as DomainError).message).toMatch(message);
    return;
  }
  throw new Error('expected a DomainError');
}

const SMALL = [1, 3, 2, 5];

describe('kernelDensity: the reference vectors (tests/fixtures/vectors/analysis/kernel_density.json)', () => {
  it.each(['small', 'year2020'])('case %s: every bandwidth rule', async (id) => {
    const c = kdeCase(id);
    const e = c.expected;
    const rules: [string, string][] = [
      ['silverman', 'h_silverman_nrd0'],
      ['scott', 'h_scott_R_nrd'],
      ['scipy', 'h_scipy_scott'],
      ['matlab', 'h_matlab_ksdensity'],
    ];
    for (const [rule, key] of rules) {
      const t = await kernelDensity(c.inputs.x, null, rule, null, null, 'peaks');
      expect(Math.abs(num(t[1][0]) - (e[key] as number))).toBeLessThan(1e-9);
      expect(Math.abs(num(t[1][5]) - (e.sd_sample as number))).toBeLessThan(1e-9);
    }
  });

  it("case small: MATLAB's published ksdensity bandwidth 1.1901 (MATLAB Answers 232493)", async () => {
    const t = await kernelDensity(SMALL, null, 'MATLAB', null, null, 'peaks');
    expect(num(t[1][0])).toBeCloseTo(1.1901, 4);
    // The same page: sd·(4/(3N))^(1/5) = 1.3709, scipy's "silverman" (not offered: the catalogue's "silverman" is R's).
    expect(1.70782512766 * Math.pow(4 / 12, 0.2)).toBeCloseTo(1.3709, 4);
  });

  it.each(['small', 'year2020'])('case %s: the 11-point grid over [min − 3h, max + 3h] and the exact densities', async (id) => {
    const c = kdeCase(id);
    const e = c.expected;
    const t = await kernelDensity(c.inputs.x, null, 'silverman', 'gaussian', 11);
    expect(t[0]).toEqual(['x', 'density']);
    column(t, 0).forEach((x, i) => expect(Math.abs(x - (e.grid as number[])[i])).toBeLessThan(1e-9));
    column(t, 1).forEach((d, i) => expect(Math.abs(d - (e.density_gaussian_h_nrd0 as number[])[i])).toBeLessThan(1e-9));
    // The other rules at the same points, given as a column of x values.
    const grid = (e.grid as number[]).map((x) => [x]);
    for (const [rule, key] of [
      ['scott', 'density_gaussian_h_nrd'],
      ['scipy', 'density_scipy_scott'],
    ]) {
      const d = column(await kernelDensity(c.inputs.x, null, rule, null, grid), 1);
      d.forEach((v, i) => expect(Math.abs(v - (e[key] as number[])[i])).toBeLessThan(1e-9));
    }
  });

  it.each(['small', 'year2020'])("case %s: R's binned density() differs from the exact sums (it is not reproduced)", async (id) => {
    const c = kdeCase(id);
    const exact = column(await kernelDensity(c.inputs.x, null, null, null, 11), 1);
    const binned = c.expected.R_density_default_linear_interp_at_grid as number[];
    const peak = Math.max(...exact);
    const worst = Math.max(...exact.map((v, i) => Math.abs(v - binned[i])));
    expect(worst).toBeGreaterThan(1e-5 * peak); // far beyond the 1e-9 of the exact values
    expect(worst).toBeLessThan(2e-3 * peak); // the vector's note: within 0.2 % of the peak
  });

  it('case errors: n < 2 → #N/A, all equal → #DIV/0! unless a bandwidth is given, bandwidth ≤ 0 → #NUM!, text → #VALUE!', async () => {
    await rejects(kernelDensity([3]), 'na', /at least 2 values/);
    await rejects(kernelDensity([3, null, '']), 'na');
    await rejects(kernelDensity([2, 2, 2]), 'div0');
    await rejects(kernelDensity([2, 2, 2], null, 'scipy'), 'div0');
    // Equal values with a given bandwidth: one bump, 1/(h √(2π)) at its centre.
    const given = await kernelDensity([2, 2, 2], null, 0.5, null, [[2], [3]]);
    expect(num(given[1][1])).toBeCloseTo(1 / (0.5 * Math.sqrt(2 * Math.PI)), 14);
    await rejects(kernelDensity(SMALL, null, 0), 'num');
    await rejects(kernelDensity(SMALL, null, -1), 'num');
    await rejects(kernelDensity(SMALL, null, 'nrd0'), 'value', /"silverman", "scott", "scipy", "matlab"/);
    await rejects(kernelDensity(SMALL, null, true), 'value');
    await rejects(kernelDensity([1, 'x', 3]), 'value', /row 2/);
    await rejects(kernelDensity(SMALL, null, null, 'triangle'), 'value', /"gaussian", "epanechnikov"/);
    await rejects(kernelDensity(SMALL, null, null, null, null, 'modes'), 'value');
  });
});

describe('kernelDensity: points', () => {
  it('a single number is a count (2 to 10,000, whole); two or more cells are x values, used in their order', async () => {
    expect((await kernelDensity(SMALL, null, null, null, 2)).length).toBe(3);
    expect((await kernelDensity(SMALL, null, null, null, [[2]])).length).toBe(3);
    expect((await kernelDensity(SMALL)).length).toBe(101);
    await rejects(kernelDensity(SMALL, null, null, null, 1), 'num', /whole number from 2 to 10000/);
    await rejects(kernelDensity(SMALL, null, null, null, 2.5), 'num');
    await rejects(kernelDensity(SMALL, null, null, null, 10001), 'num');
    await rejects(kernelDensity(SMALL, null, null, null, [[1], [null]]), 'value', /item 2 is blank/);
    await rejects(kernelDensity(SMALL, null, null, null, Array.from({ length: 10001 }, (_, i) => [i])), 'value', /at most 10000 points/);
    const t = await kernelDensity(SMALL, null, null, null, [[3], [1], [3]]);
    expect(column(t, 0)).toEqual([3, 1, 3]);
    expect(num(t[1][1])).toBe(num(t[3][1]));
  });
});

describe('kernelDensity: the Epanechnikov kernel (R\'s convention: h is the kernel\'s sd, support ±√5 h)', () => {
  // x and its bandwidth: R 4.2.2 bw.nrd0(x) = 1.24175867916219.
  const x = [1.0, 1.2, 1.5, 1.7, 2.0, 5.0, 5.3, 5.5, 5.9, 6.1];
  const at = [[0], [1.5], [3.5], [5.5], [7]];

  it('exact sums equal R written as a direct sum (3/4 (1 − (d/a)²)/a, a = √5 bw) and numpy written separately', async () => {
    const t = await kernelDensity(x, null, 'silverman', 'epanechnikov', at);
    // R: sum(ifelse(abs(p − x) < a, 3/4*(1 − (abs(p − x)/a)^2)/a, 0))/n; numpy gives the same to 1e-16.
    const ref = [0.0944846691338037, 0.132847333627897, 0.119320957432668, 0.132216714485529, 0.0959561137993306];
    column(t, 1).forEach((d, i) => expect(Math.abs(d - ref[i])).toBeLessThan(1e-14));
    // R's density(x, bw, kernel = "epanechnikov") (binned on 512 points, interpolated) is within 0.5 % of the
    // peak of these, which shows the convention is R's …
    const binned = [0.09455313625, 0.1328420408, 0.1195878459, 0.1322109233, 0.09602338312];
    column(t, 1).forEach((d, i) => expect(Math.abs(d - binned[i])).toBeLessThan(5e-3 * 0.1329));
    // … while the standard form 3/4 (1 − u²) on |u| < 1 (Stata's epan2, scikit-learn) is another curve (numpy).
    const standardForm = [0.025222480421215266, 0.27731416683808724, 0, 0.27026363048684243, 0.041673731907453035];
    expect(Math.abs(num(t[2][1]) - standardForm[1])).toBeGreaterThan(0.1);
  });

  it('the Gaussian densities at the same points equal scipy.stats.gaussian_kde', async () => {
    const t = await kernelDensity(x, null, 'silverman', 'gaussian', at);
    const scipy = [0.08024305483963858, 0.1554704130501921, 0.08957653720712619, 0.15376325927696408, 0.08327909149575348];
    column(t, 1).forEach((d, i) => expect(Math.abs(d - scipy[i])).toBeLessThan(1e-15));
  });

  it('the density integrates to 1 and is 0 beyond √5 h of every value', () => {
    const sorted = Float64Array.from(x).sort();
    const h = 0.7;
    let area = 0;
    const step = 1e-4;
    for (let p = -2; p <= 9; p += step) area += densityAt(sorted, h, 'epanechnikov', p) * step;
    expect(area).toBeCloseTo(1, 6);
    expect(densityAt(sorted, h, 'epanechnikov', 1 - Math.sqrt(5) * h - 1e-9)).toBe(0);
    expect(densityAt(sorted, h, 'epanechnikov', 1 - Math.sqrt(5) * h + 1e-6)).toBeGreaterThan(0);
  });
});

describe('kernelDensity: peaks', () => {
  const x = [1.0, 1.2, 1.5, 1.7, 2.0, 5.0, 5.3, 5.5, 5.9, 6.1];

  it('two clusters, Gaussian: 2 peaks, the main one at the root of the slope (scipy.optimize.brentq, xtol 1e-15)', async () => {
    const t = await kernelDensity(x, null, null, null, null, 'peaks');
    expect(t[0]).toEqual(['bandwidth', 'peaks', 'main peak x', 'main peak density', 'mean', 'sd']);
    expect(t[1][1]).toBe(2); // numpy: local maxima on a 2,000,001-point grid
    expect(Math.abs(num(t[1][2]) - 1.5103228802220672)).toBeLessThan(1e-12);
    expect(Math.abs(num(t[1][3]) - 0.15547498733355627)).toBeLessThan(1e-15);
    expect(num(t[1][4])).toBeCloseTo(3.52, 14);
    expect(num(t[1][5])).toBeCloseTo(2.18672764142629, 13); // R sd(x)
  });

  it('Epanechnikov: every local maximum is counted, however narrow (numpy on a 2,000,001-point grid finds 8)', async () => {
    const t = await kernelDensity(x, null, null, 'epanechnikov', null, 'peaks');
    expect(t[1][1]).toBe(8);
    // The highest piece holds 1.0 … 2.0 only: its vertex is their mean, 1.48, exactly on the grid.
    expect(num(t[1][2])).toBeCloseTo(1.48, 14);
    expect(Math.abs(num(t[1][3]) - 0.13285434050725714)).toBeLessThan(1e-15); // numpy at 1.48
  });

  it('the MATLAB example has one peak (numpy on a 100,001-point grid; brentq on the slope)', async () => {
    const t = await kernelDensity(SMALL, null, 'matlab', null, null, 'peaks');
    expect(t[1][1]).toBe(1);
    expect(Math.abs(num(t[1][2]) - 2.1068482009550937)).toBeLessThan(1e-12);
  });

  it('counts with a tolerance: flat stretches and rounding are not peaks', () => {
    expect(countPeaks([0, 0, 1, 2, 2, 2, 1, 0, 0], 1e-12)).toBe(1);
    expect(countPeaks([0, 1, 0, 1, 0], 1e-12)).toBe(2);
    expect(countPeaks([0, 1, 1 - 1e-15, 1, 0], 1e-10)).toBe(1);
    expect(countPeaks([0, 1, 2], 0)).toBe(1); // still rising at the end
    expect(countPeaks([3, 2, 1], 0)).toBe(0);
  });

  it('the fine grid has a step of h/20, at least 1,001 and at most 200,001 points', () => {
    expect(finePoints(0, 1, 1)).toBe(1001);
    expect(finePoints(0, 100, 1)).toBe(2001);
    expect(finePoints(0, 1e6, 1)).toBe(200001);
  });

  it('the Epanechnikov breaks are the knots X ± √5 h and the vertices inside the pieces', () => {
    const a = Math.sqrt(5);
    const b = Array.from(epanechnikovBreaks(Float64Array.from([0, 10]), 1));
    expect(b).toEqual([-a, 0, a, 10 - a, 10, 10 + a]);
  });
});

describe('kernelDensity: periods, bandwidth rules and layout', () => {
  it('one density column per period headed by the period, on one grid spanning all periods (scipy.stats.gaussian_kde)', async () => {
    const t = await kernelDensity([0.2, 0.25, 0.3, 0.4, 0.3, 0.35, 0.38, 0.5], [2020, 2020, 2020, 2020, 2021, 2021, 2021, 2021], null, null, 5);
    expect(t[0]).toEqual(['x', 2020, 2021]);
    const scipy = [
      [0.0663850601350442, 0.025335509726475282, 5.365846708574445e-9],
      [0.20819253006752209, 3.9109350920328643, 0.12414884910234171],
      [0.35, 2.5727139778031285, 5.7248094713391895],
      [0.49180746993247787, 0.2677913233451204, 2.665975228895301],
      [0.6336149398649558, 2.3757626983106317e-6, 0.0038469604891654113],
    ];
    scipy.forEach((row, r) => row.forEach((v, c) => expect(Math.abs(num(t[r + 1][c]) - v)).toBeLessThan(1e-12)));
  });

  it('periods in order of first appearance; a blank value leaves its row out; a period that fails keeps its error in its column or row', async () => {
    const values = [5, 1, 2, 3, 9, null, 4];
    const periods = ['b', 'a', 'a', 'a', 'c', 'c', 'A'];
    const t = await kernelDensity(values, periods, null, null, 3);
    expect(t[0]).toEqual(['x', 'b', 'a', 'c']);
    for (const r of t.slice(1)) {
      expect(kindOf(r[1])).toBe('na');
      expect(kindOf(r[3])).toBe('na');
      expect(typeof r[2]).toBe('number');
    }
    const p = await kernelDensity(values, periods, null, null, null, 'peaks');
    expect(p[0]).toEqual(['period', 'bandwidth', 'peaks', 'main peak x', 'main peak density', 'mean', 'sd']);
    expect(p[1].slice(0, 5).map(kindOf)).toEqual(['none', 'na', 'na', 'na', 'na']);
    expect(p[1][5]).toBe(5); // the mean of one value
    expect(kindOf(p[1][6])).toBe('na');
    expect(num(p[2][6])).toBeCloseTo(1.2909944487358056, 14); // a: 1, 2, 3, 4 (R sd(1:4))
    await rejects(kernelDensity([1, 2, 3], [1, '', 1]), 'value', /periods.*row 2/);
    await rejects(kernelDensity([1, 2, 3], [1, 1]), 'value', /one label per value/);
  });

  it('each period its own bandwidth; a given number is the same for every period', async () => {
    const p = await kernelDensity([1, 2, 4, 10, 20, 40], [1, 1, 1, 2, 2, 2], null, null, null, 'peaks');
    expect(num(p[2][1]) / num(p[1][1])).toBeCloseTo(10, 12);
    const q = await kernelDensity([1, 2, 4, 10, 20, 40], [1, 1, 1, 2, 2, 2], 0.5, null, null, 'peaks');
    expect([q[1][1], q[2][1]]).toEqual([0.5, 0.5]);
  });

  it('"silverman" and "scott" take sd when the IQR is 0 (R 4.2.2 bw.nrd0(c(1, 2, 2, 2, 2, 2, 2, 9)) = 1.51384423170848)', () => {
    const sorted = Float64Array.from([1, 2, 2, 2, 2, 2, 2, 9]).sort();
    const sd = 2.54950975679639; // R sd()
    expect(ruleBandwidth(sorted, 'silverman', sd)).toBeCloseTo(1.51384423170848, 13);
    expect(ruleBandwidth(sorted, 'scott', sd)).toBeCloseTo((1.51384423170848 * 1.06) / 0.9, 13);
  });

  it('"matlab" with a MAD of 0 is #DIV/0! even though sd is not 0; the other rules still work', async () => {
    await rejects(kernelDensity([1, 2, 2, 2, 9], null, 'matlab'), 'div0', /median absolute deviation/);
    expect((await kernelDensity([1, 2, 2, 2, 9], null, 'silverman')).length).toBe(101);
  });
});

describe('kernelDensity: county scale', () => {
  it('2,800 values × 12 periods, peaks: finishes, and ticks its pacer at every point of every period\'s grid', async () => {
    const rand = mulberry32(3);
    const values: number[] = [];
    const periods: number[] = [];
    for (let t = 0; t < 12; t++) {
      for (let u = 0; u < 2800; u++) {
        values.push(Math.exp(rand() + rand() + t * 0.05));
        periods.push(2012 + t);
      }
    }
    // The work between two ticks is one density at one point (2,800 kernels): counted, not timed.
    const tick = jest.spyOn(Pacer.prototype, 'tick');
    const t = await kernelDensity(values, periods, null, null, null, 'peaks');
    const ticks = tick.mock.calls.length;
    tick.mockRestore();
    expect(t.length).toBe(13);
    for (const row of t.slice(1)) expect(row[2]).toBe(1);
    expect(ticks).toBeGreaterThanOrEqual(12 * 100);
  }, 30000);
});

describe('densityAt: the Gaussian sum leaves out the far terms that cannot change it', () => {
  it('gives the sum over every value in reach to the last bit (own check: the plain ascending loop)', () => {
    const next = mulberry32(11);
    const sorted = Float64Array.from({ length: 3000 }, () => 3 * next() ** 2 + (next() < 0.1 ? 40 * next() : 0)).sort();
    for (const h of [0.004, 0.05, 0.9]) {
      for (let k = 0; k <= 400; k++) {
        const x = -1 + (k / 400) * 46;
        let s = 0;
        for (let i = 0; i < sorted.length; i++) {
          const u = (x - sorted[i]) / h;
          if (Math.abs(u) < 40) s += Math.exp(-0.5 * u * u);
        }
        const plain = (s / Math.sqrt(2 * Math.PI)) / (sorted.length * h);
        const fast = densityAt(sorted, h, 'gaussian', x);
        // The same operations on the terms that matter: the same number (at worst one unit in the last place).
        const full = (s * (1 / Math.sqrt(2 * Math.PI))) / (sorted.length * h);
        expect(Math.abs(fast - full)).toBeLessThanOrEqual(Number.EPSILON * full);
        expect(Math.abs(fast - plain)).toBeLessThanOrEqual(1e-15 * plain);
      }
    }
  });
});
