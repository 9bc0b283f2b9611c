import { compositeScore } from '../../../src/core/composite/composite-score';
import { type Cell, DomainError } from '../../../src/core/shared/errors';
import { indexTree, type TreeMethod, type TreeNormalization } from '../../../src/core/composite-workflow/index-tree';
import { expectDomainError } from '../../helpers/domain-error';
import fixture from '../../fixtures/composite-workflow/tree-sensitivity.json';

type Expected = number | string | { error: string };
interface TreeCase {
  id: string;
  args: {
    data: (number | null)[][];
    structure: string[][];
    weights?: number[];
    method?: TreeMethod;
    normalization?: TreeNormalization;
    directions?: number[];
  };
  expected: Expected[][];
}

const codes: Record<string, string> = { value: '#VALUE!', na: '#N/A', div0: '#DIV/0!', num: '#NUM!' };
const asExpected = (c: Cell): Expected => (c instanceof DomainError ? { error: codes[c.kind] } : (c as number | string));

/** Every cell a finite number, a text or an error: never NaN, ±Infinity, null or undefined. */
function expectClean(table: Cell[][]): void {
  for (const row of table) for (const c of row) expect(c instanceof DomainError || typeof c === 'string' || (typeof c === 'number' && Number.isFinite(c))).toBe(true);
}

const STRUCTURE3 = [
  ['Labourers', 'NQP'],
  ['Labourers', 'NQP'],
  ['Objects', 'NQP'],
  ['Objects', 'NQP'],
  ['Means', 'NQP'],
  ['Means', 'NQP'],
];
const DATA = (fixture.index_tree as TreeCase[])[0].args.data as number[][];

describe('indexTree', () => {
  // Expected tables: tests/fixtures/composite-workflow/tree-sensitivity.py, an independent numpy implementation
  // (NaN-aware weighted means per node, weights rescaled among the children present) of the documented rule.
  describe.each((fixture.index_tree as TreeCase[]).map((c) => [c.id, c] as const))('matches the numpy reference: %s', (_id, c) => {
    it('cell by cell (numbers to 1e-12, blanks and errors exactly)', () => {
      const a = c.args;
      const got = indexTree(a.data, a.structure, a.weights ?? null, a.method ?? 'arithmetic', a.normalization ?? 'minmax', a.directions ?? null);
      expect(got.length).toBe(c.expected.length);
      got.forEach((row, r) =>
        row.forEach((v, k) => {
          const want = c.expected[r][k];
          if (typeof want === 'number') expect(Math.abs((v as number) - want)).toBeLessThan(1e-12);
          else expect(asExpected(v)).toEqual(want);
        }),
      );
      expectClean(got);
    });
  });

  it('computes a two-indicator node by hand', () => {
    // Min-max: x1 → 0, 0.5, 1; x2 (cost) → 1, 0, 0.5. Weights 3:1 → 0.75·z1 + 0.25·z2 = 0.25, 0.375, 0.875.
    const t = indexTree([[1, 10], [2, 30], [3, 20]], [['Index'], ['Index']], [3, 1], 'arithmetic', 'minmax', [1, -1]);
    expect(t[0]).toEqual(['Index']);
    expect(t.slice(1).map((r) => r[0])).toEqual([0.25, 0.375, 0.875]);
  });

  it('rescales the weights among the children present, and leaves a node with no child present blank', () => {
    // Normalisation "none": unit 2 has only indicator 2, so A = 0.6; unit 3 has none of A's, so A is blank
    // and the index is B alone (by hand: equal node weights, rescaled to B only).
    const t = indexTree(
      [
        [0.2, 0.4, 0.9],
        [null, 0.6, 0.5],
        [null, null, 0.7],
      ],
      [['A', 'I'], ['A', 'I'], ['B', 'I']],
      [1, 3, 1],
      'arithmetic',
      'none',
    );
    expect(t).toEqual([
      ['A', 'B', 'I'],
      [0.25 * 0.2 + 0.75 * 0.4, 0.9, (0.25 * 0.2 + 0.75 * 0.4 + 0.9) / 2],
      [0.6, 0.5, 0.55],
      ['', 0.7, 0.7],
    ]);
  });

  it('with one level equals COMPOSITE_SCORE (min-max, arithmetic, the same weights)', () => {
    const w = [0.1, 0.3, 0.2, 0.15, 0.05, 0.2];
    const dirs = [1, -1, 1, 1, -1, 1];
    const t = indexTree(DATA, STRUCTURE3.map(() => ['Index']), w, 'arithmetic', 'minmax', dirs);
    const c = compositeScore(DATA, w, dirs);
    t.slice(1).forEach((row, i) => expect(Math.abs((row[0] as number) - (c[i] as number))).toBeLessThan(1e-15));
  });

  it('geometric: a child ≤ 0 is #NUM! in that unit\'s cell and in the nodes above it only', () => {
    const t = indexTree([[0.5, 0.4], [0, 0.6], [0.2, 0.9]], [['A', 'I'], ['B', 'I']], null, 'geometric', 'none');
    expect(asExpected(t[2][0])).toEqual({ error: '#NUM!' });
    expect(asExpected(t[2][2])).toEqual({ error: '#NUM!' });
    expect(t[2][1]).toBe(0.6);
    // By hand: √(0.5 · 0.4).
    expect(Math.abs((t[1][2] as number) - Math.sqrt(0.2))).toBeLessThan(1e-15);
  });

  it('compares node names without surrounding spaces or case, keeping the first spelling', () => {
    const t = indexTree(DATA, [['Labourers', 'NQP'], [' labourers ', 'nqp'], ['Objects', 'NQP'], ['OBJECTS', 'Nqp'], ['Means', 'NQP'], ['means', 'NQP']]);
    const ref = indexTree(DATA, STRUCTURE3);
    expect(t).toEqual(ref);
    expect(t[0]).toEqual(['Labourers', 'Objects', 'Means', 'NQP']);
  });

  it('lets several nodes stand at the top level', () => {
    const t = indexTree(DATA, [['A', 'X'], ['A', 'X'], ['B', 'X'], ['C', 'Y'], ['C', 'Y'], ['D', 'Y']]);
    expect(t[0]).toEqual(['A', 'B', 'C', 'D', 'X', 'Y']);
    t.slice(1).forEach((r) => {
      expect(Math.abs((r[4] as number) - ((r[0] as number) + (r[1] as number)) / 2)).toBeLessThan(1e-15);
      expect(Math.abs((r[5] as number) - ((r[2] as number) + (r[3] as number)) / 2)).toBeLessThan(1e-15);
    });
  });

  describe('rejects a structure that is not a tree', () => {
    it('one row per indicator (and says when it looks transposed)', () => {
      expectDomainError(() => indexTree(DATA, STRUCTURE3.slice(0, 5)), 'value', /one row per column of data \(6\), got 5×2/);
      const transposed = [STRUCTURE3.map((r) => r[0]), STRUCTURE3.map((r) => r[1])];
      expectDomainError(() => indexTree(DATA, transposed), 'value', /transposed/);
    });
    it('a blank cell', () => {
      const s = STRUCTURE3.map((r) => [...r]);
      s[3][1] = '  ';
      expectDomainError(() => indexTree(DATA, s), 'value', /structure: row 4, column 2 is blank/);
    });
    it('a node with two parents', () => {
      const s = STRUCTURE3.map((r) => [...r]);
      s[1][1] = 'Other';
      expectDomainError(() => indexTree(DATA, s), 'value', /"Labourers" the parent "NQP" in row 1 and "Other" in row 2/);
    });
    it('a name used at two levels', () => {
      // The dimension of indicators 5 and 6 is named like the index (in another case).
      const s = STRUCTURE3.map((r) => [...r]);
      s[4][0] = 'nqp';
      s[5][0] = 'nqp';
      expectDomainError(() => indexTree(DATA, s), 'value', /"NQP" is in columns 1 and 2/);
    });
  });

  it('rejects a constant or blank column with a positive weight, naming it, and leaves it out at weight 0', () => {
    const constant = DATA.map((r) => [...r.slice(0, 2), 7, ...r.slice(3)]);
    expectDomainError(() => indexTree(constant, STRUCTURE3), 'value', /column 3 of data is constant.*give it weight 0/);
    const blank = DATA.map((r) => [...r.slice(0, 4), null, r[5]]);
    expectDomainError(() => indexTree(blank, STRUCTURE3), 'value', /column 5 of data is blank: remove it or give it weight 0/);
    // At weight 0: Objects is indicator 4 alone, its min-max value (x − min)/(max − min).
    const t = indexTree(constant, STRUCTURE3, [1, 1, 0, 1, 1, 1]);
    const x4 = DATA.map((r) => r[3]);
    const lo = Math.min(...x4);
    const hi = Math.max(...x4);
    t.slice(1).forEach((r, i) => expect(Math.abs((r[1] as number) - (x4[i] - lo) / (hi - lo))).toBeLessThan(1e-15));
  });

  it('gives #DIV/0! for a node whose indicators all have weight 0', () => {
    expectDomainError(() => indexTree(DATA, STRUCTURE3, [1, 1, 0, 0, 1, 1]), 'div0', /"Objects" all have weight 0/);
  });

  it('rejects cost directions with normalization "none", bad weights and too few rows', () => {
    expectDomainError(() => indexTree(DATA, STRUCTURE3, null, 'arithmetic', 'none', [1, -1, 1, 1, 1, 1]), 'value', /no cost directions/);
    expectDomainError(() => indexTree(DATA, STRUCTURE3, [1, 1, 1]), 'value', /one value per column/);
    expectDomainError(() => indexTree(DATA, STRUCTURE3, [1, -1, 1, 1, 1, 1]), 'num');
    expectDomainError(() => indexTree([DATA[0]], STRUCTURE3), 'na');
  });
});
