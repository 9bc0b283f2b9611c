import { readFileSync } from 'fs';
import { join } from 'path';
import { type Cell, DomainError } from '../../../src/core/shared/errors';
import { mulberry32 } from '../../../src/core/shared/random';
import { dagumGini, dagumParts } from '../../../src/core/regional/dagum-gini';
import { pairSums, sortedWithPrefix, withinSum } from '../../../src/core/regional/dagum-pair-sums';
import { LabelIndex } from '../../../src/core/regional/label-index';
import { labelsInOrder } from '../../../src/core/regional/panel';
import { labelsByKey } from '../../helpers/labels';
import { expectDomainError } from '../../helpers/domain-error';

interface VectorCase {
  id: string;
  inputs: { values: number[]; groups: string[] };
  expected: {
    G: number;
    Gw: number;
    Gnb: number;
    Gt: number;
    share_Gw: number;
    share_Gnb: number;
    share_Gt: number;
    G_jj: Record<string, number>;
    pairs: { j: string; h: string; G_jh: number }[];
  };
  tolerance: { abs: number };
}

const vectors = JSON.parse(readFileSync(join(__dirname, '../../fixtures/vectors/analysis/dagum_gini.json'), 'utf8')) as { cases: VectorCase[] };
const vectorCase = (id: string) => vectors.cases.find((c) => c.id === id)!;

const num = (c: Cell): number => {
  if (typeof c !== 'number') throw new Error(`expected a number, got ${String(c)}`);
  return c;
};
const kindOf = (c: Cell): string => (c instanceof DomainError ? c.kind : 'none');

/** An independent n² implementation of Dagum (1997), written from the formulas (no sorting). */
function bruteForce(y: number[], g: number[], k: number) {
  const n = y.length;
  const mu = y.reduce((a, b) => a + b, 0) / n;
  const members = Array.from({ length: k }, (_, j) => y.filter((_, i) => g[i] === j));
  const means = members.map((m) => m.reduce((a, b) => a + b, 0) / m.length);
  let all = 0;
  for (const a of y) for (const b of y) all += Math.abs(a - b);
  const G = all / (2 * n * n * mu);
  const p = members.map((m) => m.length / n);
  const s = members.map((m, j) => (m.length * means[j]) / (n * mu));
  const within = members.map((m, j) => {
    let t = 0;
    for (const a of m) for (const b of m) t += Math.abs(a - b);
    return t / (2 * m.length * m.length * means[j]);
  });
  const Gw = within.reduce((acc, gjj, j) => acc + gjj * p[j] * s[j], 0);
  let Gnb = 0;
  let Gt = 0;
  const between: number[] = [];
  for (let a = 0; a < k; a++) {
    for (let b = a + 1; b < k; b++) {
      const [j, h] = means[a] >= means[b] ? [a, b] : [b, a];
      let abs = 0;
      let d = 0;
      let q = 0;
      for (const u of members[j]) {
        for (const v of members[h]) {
          abs += Math.abs(u - v);
          d += Math.max(u - v, 0);
          q += Math.max(v - u, 0);
        }
      }
      const gjh = abs / (members[j].length * members[h].length * (means[j] + means[h]));
      between.push(gjh);
      const D = d + q > 0 ? (d - q) / (d + q) : 0;
      const w = p[j] * s[h] + p[h] * s[j];
      Gnb += gjh * w * D;
      Gt += gjh * w * (1 - D);
    }
  }
  return { G, Gw, Gnb, Gt, within, between, means, p, mu };
}

describe('dagumGini: the reference vectors (tests/fixtures/vectors/analysis/dagum_gini.json)', () => {
  it.each(['mussard_example_unweighted', 'equal_means'])('case %s: summary, within and between', (id) => {
    const c = vectorCase(id);
    const tol = c.tolerance.abs;
    const e = c.expected;
    const [header, row] = dagumGini(c.inputs.values, c.inputs.groups, null, 'all');
    const labels = Object.keys(e.G_jj);
    const pairs = ['A–B', 'A–C', 'B–C'];
    expect(header).toEqual(['G', 'Gw', 'Gnb', 'Gt', 'Gw share', 'Gnb share', 'Gt share', ...labels, ...pairs]);
    const want = [e.G, e.Gw, e.Gnb, e.Gt, e.share_Gw, e.share_Gnb, e.share_Gt, ...labels.map((l) => e.G_jj[l])];
    want.forEach((w, i) => expect(Math.abs(num(row[i]) - w)).toBeLessThanOrEqual(tol));
    // G_jh is symmetric: the vector's pairs (richer group first) are the header's pairs in either order.
    for (const pair of e.pairs) {
      const at = header.indexOf(`${pair.j}–${pair.h}`) >= 0 ? header.indexOf(`${pair.j}–${pair.h}`) : header.indexOf(`${pair.h}–${pair.j}`);
      expect(Math.abs(num(row[at]) - pair.G_jh)).toBeLessThanOrEqual(tol);
    }
  });

  it('case mussard_example_unweighted: groups that do not overlap have Gt = 0 exactly', () => {
    const c = vectorCase('mussard_example_unweighted');
    const [, row] = dagumGini(c.inputs.values, c.inputs.groups);
    expect(row[3]).toBe(0);
  });

  it('case equal_means: equal means give Gnb = 0 (all between-group inequality is transvariation)', () => {
    const c = vectorCase('equal_means');
    const [, row] = dagumGini(c.inputs.values, c.inputs.groups);
    expect(Math.abs(num(row[2]))).toBeLessThan(1e-15);
  });

  it('case errors: negative → #NUM!, mean 0 → #DIV/0!, a missing label → #VALUE!, fewer than 2 values → #N/A, a single group → Gw = G', () => {
    expectDomainError(() => dagumGini([1, -2, 3], ['a', 'b', 'b']), 'num', /row 2/);
    expectDomainError(() => dagumGini([0, 0, 0], ['a', 'b', 'b']), 'div0');
    expectDomainError(() => dagumGini([1, 2, 3], ['a', '', 'b']), 'value', /groups.*row 2/);
    expectDomainError(() => dagumGini([1, 2, 3], ['a', null, 'b']), 'value', /row 2 is blank/);
    expectDomainError(() => dagumGini([5], ['a']), 'na');
    expectDomainError(() => dagumGini([5, null], ['a', 'b']), 'na');
    const [, row] = dagumGini([1, 2, 4, 7], ['x', 'x', 'x', 'x'], null, 'all');
    expect(num(row[1])).toBeCloseTo(num(row[0]), 15);
    expect(row[2]).toBe(0);
    expect(row[3]).toBe(0);
    expect(row[4]).toBe(1);
  });

  it('a group of mean 0 gives #DIV/0! in its own G_jj cell only; the summary still computes', () => {
    const [header, row] = dagumGini([0, 0, 1, 3], ['z', 'z', 'p', 'p'], null, 'all');
    expect(header.slice(7)).toEqual(['z', 'p', 'z–p']);
    expect(kindOf(row[7])).toBe('div0');
    expect(num(row[8])).toBeCloseTo(0.25, 15);
    const ref = bruteForce([1, 3], [0, 0], 1); // the p group alone
    expect(num(row[8])).toBeCloseTo(ref.within[0], 15);
    // G = Σ|yi − yj| / (2 n² μ) = (2·(1 + 3) + 2·(1 + 3) + 2·2) / (2·16·1) = 20/32
    expect(num(row[0])).toBeCloseTo(20 / 32, 15);
    expect(num(row[1]) + num(row[2]) + num(row[3])).toBeCloseTo(num(row[0]), 15);
    // G_zp = Σ|0 − 1|·2 + Σ|0 − 3|·2 over n_z n_p (μ_z + μ_p) = 8 / (4·2)
    expect(num(row[9])).toBeCloseTo(1, 15);
  });
});

describe('dagumGini: layout and labels', () => {
  const values = [5, 2, 8, 6, 3, 7, 2, 9];
  const groups = ['East', 'West', 'east', 'West', 'East', 'west', 'East', 'West'];
  const periods = [2020, 2020, 2020, 2020, 2021, 2021, 2021, 2021];

  it('one row per period, the period as typed, groups compared ignoring case and reported as first written', () => {
    const t = dagumGini(values, groups, periods, 'within');
    expect(t[0]).toEqual(['period', 'East', 'West']);
    expect(t.map((r) => r[0])).toEqual(['period', 2020, 2021]);
    expect(num(t[1][1])).toBeCloseTo(0.11538461538461539, 15); // numpy: Gjj of East 2020 (5, 8)
    expect(num(t[1][2])).toBeCloseTo(0.25, 15); // West 2020 (2, 6)
  });

  it('the between output heads each pair "A–B" with an en dash, in order of first appearance', () => {
    const t = dagumGini([1, 2, 3, 4, 5, 6], ['C', 'A', 'B', 'C', 'A', 'B'], null, 'between');
    expect(t[0]).toEqual(['C–A', 'C–B', 'A–B']);
    expect(String(t[0][0]).charCodeAt(1)).toBe(0x2013);
  });

  it('numeric group labels stay numbers in the within header and become "1–2" in the between header', () => {
    const t = dagumGini([1, 2, 3, 4], [1, 2, 1, 2], null, 'all');
    expect(t[0].slice(7)).toEqual([1, 2, '1–2']);
  });

  it('periods in order of first appearance, not sorted', () => {
    const t = dagumGini([1, 2, 3, 4], ['a', 'b', 'a', 'b'], [2021, 2021, 2020, 2020]);
    expect(t.map((r) => r[0])).toEqual(['period', 2021, 2020]);
  });

  it('a blank value leaves its row out, labels included; a blank label beside a value is #VALUE! naming the row', () => {
    const a = dagumGini([5, null, 2, 8, '', 6], ['E', null, 'W', 'E', 'X', 'W'], null, 'all');
    const b = dagumGini([5, 2, 8, 6], ['E', 'W', 'E', 'W'], null, 'all');
    expect(a).toEqual(b);
    expectDomainError(() => dagumGini([5, 2, 8], ['E', 'W', 'E'], [2020, '', 2020]), 'value', /periods.*row 2/);
    expectDomainError(() => dagumGini([5, 2, 8], ['E', 'W']), 'value', /groups with one label per value/);
    expectDomainError(() => dagumGini([5, 2, 8], ['E', 'W', 'E'], [1, 1]), 'value', /periods with one label per value/);
    expectDomainError(() => dagumGini([5, 'x', 8], ['E', 'W', 'E']), 'value', /row 2/);
    expectDomainError(() => dagumGini([5, 2], ['E', 'W'], null, 'pairs'), 'value', /"summary", "within", "between", "all"/);
  });

  it('errors confined to a period: too few values → #N/A in its row, a group absent from a period → #N/A in its cells', () => {
    const t = dagumGini([1, 2, 3, 4, 9], ['a', 'b', 'a', 'b', 'a'], [1, 1, 1, 1, 2], 'all');
    expect(t[2][0]).toBe(2);
    expect(t[2].slice(1).every((c) => kindOf(c) === 'na')).toBe(true);
    const u = dagumGini([1, 2, 3, 4, 9, 11], ['a', 'b', 'a', 'b', 'a', 'a'], [1, 1, 1, 1, 2, 2], 'all');
    expect(u[0]).toEqual(['period', 'G', 'Gw', 'Gnb', 'Gt', 'Gw share', 'Gnb share', 'Gt share', 'a', 'b', 'a–b']);
    expect(num(u[2][1])).toBeCloseTo(0.05, 15); // one group: G = Gw = |9 − 11|·2/(2·4·10)
    expect(num(u[2][2])).toBeCloseTo(0.05, 15);
    expect(kindOf(u[2][9])).toBe('na');
    expect(kindOf(u[2][10])).toBe('na');
    const zero = dagumGini([1, 2, 0, 0], ['a', 'b', 'a', 'b'], [1, 1, 2, 2]);
    expect(kindOf(zero[2][1])).toBe('div0');
    expect(num(zero[1][1])).toBeGreaterThan(0);
  });

  it('equal values: G = 0 and its shares are #DIV/0!', () => {
    const [, row] = dagumGini([3, 3, 3, 3], ['a', 'b', 'a', 'b']);
    expect(row.slice(0, 4)).toEqual([0, 0, 0, 0]);
    expect(row.slice(4).map(kindOf)).toEqual(['div0', 'div0', 'div0']);
  });
});

describe('dagumGini: against an n² implementation written separately, on random data', () => {
  const rand = mulberry32(20240601);

  it.each([
    [2, 40],
    [3, 90],
    [4, 120],
    [8, 200],
  ])('%i groups, %i values, with ties and zeros', (k, n) => {
    for (let trial = 0; trial < 5; trial++) {
      // Values on a coarse grid (ties within and across groups) with some zeros, group means apart.
      const g = Array.from({ length: n }, (_, i) => (i < k ? i : Math.floor(rand() * k)));
      const y = g.map((j) => (rand() < 0.05 ? 0 : Math.round((rand() * 10 + j * rand() * 3) * 4) / 4));
      const ref = bruteForce(y, g, k);
      const parts = dagumParts(y, g, k, Array.from({ length: k }, (_, j) => j));
      for (const key of ['G', 'Gw', 'Gnb', 'Gt'] as const) expect(Math.abs(parts[key] - ref[key])).toBeLessThan(1e-13);
      parts.within.forEach((w, j) => expect(Math.abs(num(w) - ref.within[j])).toBeLessThan(1e-13));
      parts.between.forEach((b, q) => expect(Math.abs(num(b) - ref.between[q])).toBeLessThan(1e-13));
      // The identities: G = Gw + Gnb + Gt, and Gnb = Σ_{j<h} p_j p_h |μ_j − μ_h| / μ.
      expect(Math.abs(parts.Gw + parts.Gnb + parts.Gt - parts.G)).toBeLessThan(1e-14);
      let gnb = 0;
      for (let j = 0; j < k; j++) for (let h = j + 1; h < k; h++) gnb += (ref.p[j] * ref.p[h] * Math.abs(ref.means[j] - ref.means[h])) / ref.mu;
      expect(Math.abs(parts.Gnb - gnb)).toBeLessThan(1e-14);
    }
  });

  it('continuous values of large magnitude (shift-invariant sums keep the precision)', () => {
    const k = 4;
    const n = 150;
    const g = Array.from({ length: n }, (_, i) => i % k);
    const y = g.map((j) => 1e6 + rand() * 10 + j);
    const ref = bruteForce(y, g, k);
    const parts = dagumParts(y, g, k, [0, 1, 2, 3]);
    for (const key of ['G', 'Gw', 'Gnb', 'Gt'] as const) expect(Math.abs(parts[key] - ref[key]) / ref.G).toBeLessThan(1e-9);
  });

  it('the pair sums by merging equal the double loops', () => {
    const a = [3, 1, 4, 1, 5, 9, 2, 6];
    const b = [2, 7, 1, 8, 2, 8];
    let above = 0;
    let below = 0;
    let within = 0;
    for (const u of a) for (const v of b) [above, below] = [above + Math.max(u - v, 0), below + Math.max(v - u, 0)];
    for (const u of a) for (const v of a) within += Math.abs(u - v);
    const s = pairSums(sortedWithPrefix(a), sortedWithPrefix(b));
    expect(s.above).toBeCloseTo(above, 12);
    expect(s.below).toBeCloseTo(below, 12);
    expect(withinSum(sortedWithPrefix(a))).toBeCloseTo(within, 12);
  });
});

describe('dagumGini: speed at county scale', () => {
  it('2,800 units × 12 periods, 8 groups, output "all": every period decomposes (its time is in npm run bench)', () => {
    const rand = mulberry32(7);
    const values: number[] = [];
    const groups: string[] = [];
    const periods: number[] = [];
    for (let t = 0; t < 12; t++) {
      for (let u = 0; u < 2800; u++) {
        const j = u % 8;
        values.push(rand() * 100 + j * 5 + t);
        groups.push(`G${j}`);
        periods.push(2012 + t);
      }
    }
    const table = dagumGini(values, groups, periods, 'all');
    expect(table.length).toBe(13);
    expect(table[0].length).toBe(1 + 7 + 8 + 28);
    for (const row of table.slice(1)) expect(num(row[2]) + num(row[3]) + num(row[4])).toBeCloseTo(num(row[1]), 13);
  });
});

describe('LabelIndex (the long-panel reader of DAGUM_GINI, KERNEL_DENSITY, SIGMA_CONVERGENCE)', () => {
  it('numbers the labels as the plain one-key-per-label rule does, alone and through panel.ts labelsInOrder (own check: a separate reference)', () => {
    const pool = ['East', 'east', 'EAST', 'West', 'west ', 2020, 2021, 0, -0, 1.5, '2020', true, false, 'True', 'Ⅰ', 'ⅰ'];
    const next = mulberry32(5);
    for (let trial = 0; trial < 200; trial++) {
      const labels = Array.from({ length: 1 + Math.floor(next() * 40) }, () => pool[Math.floor(next() * pool.length)]);
      const index = new LabelIndex();
      const mine = labels.map((v) => index.indexOf(v));
      const theirs = labelsByKey(labels);
      expect(index.labels).toEqual(theirs.labels);
      expect(mine).toEqual(theirs.index);
      const column = labelsInOrder(labels, 'groups');
      expect(column.labels).toEqual(theirs.labels);
      expect(Array.from(column.index)).toEqual(theirs.index);
    }
  });
});
