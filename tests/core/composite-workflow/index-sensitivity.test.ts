import { compositeScore } from '../../../src/core/composite/composite-score';
import { type Cell, DomainError } from '../../../src/core/shared/errors';
import { mulberry32 } from '../../../src/core/shared/random';
import { rankDescending } from '../../../src/core/shared/statistics';
import {
  indexSensitivity,
  indexSensitivityRuns,
  INDICES_HEADER,
  RANKS_HEADER,
  readChoices,
} from '../../../src/core/composite-workflow/index-sensitivity';
import { rankInto } from '../../../src/core/composite-workflow/index-pipeline';
import { sobolIndices } from '../../../src/core/composite-workflow/sobol-indices';
import { expectDomainError } from '../../helpers/domain-error';
import fixture from '../../fixtures/composite-workflow/tree-sensitivity.json';

type Expected = number | string | { error: string };
interface SensitivityCase {
  id: string;
  args: { data: (number | null)[][]; directions: number[] | null; weights: number[] | null; choices: string[] | null; runs: number; seed: number };
  expected: { A: number[]; B: number[]; y: number[]; nominal: number[]; variance: number; ranks: Expected[][]; indices: Expected[][] };
}
const CASES = fixture.index_sensitivity as SensitivityCase[];

const codes: Record<string, string> = { value: '#VALUE!', na: '#N/A', div0: '#DIV/0!', num: '#NUM!' };
const asExpected = (c: Cell): Expected => (c instanceof DomainError ? { error: codes[c.kind] } : (c as number | string));

/** The thrown DomainError of a promise-returning call that throws at once. */
async function rejectsWith(run: () => Promise<unknown>, kind: string, message?: RegExp): Promise<void> {
  let error: unknown = null;
  try {
    await run();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).kind).toBe(kind);
  if (message) expect((error as DomainError).message).toMatch(message);
}

/** A Saltelli design from mulberry32 (run by run: A's d draws, then B's), and the outputs of f on A, B, AB_1 … AB_d. */
function designOutputs(f: (x: number[]) => number, N: number, d: number, seed: number): Float64Array {
  const next = mulberry32(seed);
  const A: number[][] = [];
  const B: number[][] = [];
  for (let r = 0; r < N; r++) {
    A.push(Array.from({ length: d }, next));
    B.push(Array.from({ length: d }, next));
  }
  const y = new Float64Array(N * (d + 2));
  for (let r = 0; r < N; r++) {
    y[r] = f(A[r]);
    y[N + r] = f(B[r]);
    for (let i = 0; i < d; i++) {
      const x = [...A[r]];
      x[i] = B[r][i];
      y[(2 + i) * N + r] = f(x);
    }
  }
  return y;
}

describe('sobolIndices (COINr SA_estimate: Saltelli 2010 first order, Jansen total)', () => {
  it('equals numpy on the outputs of the linear test function y = x1 + 2x2 + 3x3 (N = 500)', () => {
    // tests/fixtures/composite-workflow/tree-sensitivity.py: numpy's var(ddof = 1), mean and sum on the same y.
    const s = fixture.sobol;
    const got = sobolIndices(s.y, s.N, s.d);
    expect(Math.abs(got.variance - s.expected.variance)).toBeLessThan(1e-12);
    got.first.forEach((v, i) => expect(Math.abs(v - s.expected.first[i])).toBeLessThan(1e-12));
    got.total.forEach((v, i) => expect(Math.abs(v - s.expected.total[i])).toBeLessThan(1e-12));
  });

  it('recovers the analytic indices of a linear function: S_i = ST_i = a_i² / Σ a² (N = 20,000)', () => {
    // y = x1 + 2x2 + 3x3 with x ~ U(0, 1): Var = (1 + 4 + 9)/12, S = (1, 4, 9)/14, no interactions.
    // Monte Carlo error at N = 20,000: about 0.02 for S (Saltelli 2010), 0.005 for ST (checked with numpy over seeds).
    const N = 20_000;
    const got = sobolIndices(designOutputs((x) => x[0] + 2 * x[1] + 3 * x[2], N, 3, 7), N, 3);
    expect(Math.abs(got.variance - 14 / 12)).toBeLessThan(0.03);
    [1, 4, 9].forEach((a, i) => {
      expect(Math.abs(got.first[i] - a / 14)).toBeLessThan(0.05);
      expect(Math.abs(got.total[i] - a / 14)).toBeLessThan(0.015);
    });
  });

  it('recovers the analytic indices of the Ishigami function (a = 7, b = 0.1; N = 50,000)', () => {
    // Analytic values (Saltelli et al. 2008, The Primer, §4.9): S = 0.3139, 0.4424, 0; ST = 0.5576, 0.4424, 0.2437.
    const ishigami = (u: number[]): number => {
      const [x1, x2, x3] = u.map((v) => -Math.PI + 2 * Math.PI * v);
      return Math.sin(x1) + 7 * Math.sin(x2) ** 2 + 0.1 * x3 ** 4 * Math.sin(x1);
    };
    const N = 50_000;
    const got = sobolIndices(designOutputs(ishigami, N, 3, 2025), N, 3);
    [0.3139, 0.4424, 0].forEach((s, i) => expect(Math.abs(got.first[i] - s)).toBeLessThan(0.03));
    [0.5576, 0.4424, 0.2437].forEach((s, i) => expect(Math.abs(got.total[i] - s)).toBeLessThan(0.015));
  });

  it('is #DIV/0! when the output never changes', () => {
    expectDomainError(() => sobolIndices(new Float64Array(12).fill(0.5), 3, 2), 'div0');
  });
});

describe('rankInto', () => {
  it('ranks as RANK.EQ: rank 1 = highest, ties share the best rank (against rankDescending)', () => {
    const next = mulberry32(3);
    for (let t = 0; t < 50; t++) {
      const n = 1 + Math.floor(next() * 40);
      // Few distinct values, so that ties are common; −0 and 0 are equal.
      const s = Float64Array.from({ length: n }, () => (next() < 0.1 ? -0 : Math.floor(next() * 6) - 2));
      const ranks = new Int32Array(n);
      rankInto(s, new Float64Array(n), ranks);
      expect(Array.from(ranks)).toEqual(rankDescending(s));
    }
  });
});

describe('readChoices', () => {
  it('reads the names case-insensitively, skips blanks, and keeps the catalogue order', () => {
    expect(readChoices(null)).toEqual([true, true, true, true]);
    expect(readChoices([' Noise', '', null, 'NORMALIZATION'])).toEqual([true, false, false, true]);
  });
  it('rejects an unknown name, a name given twice and a row without any name', () => {
    expectDomainError(() => readChoices(['weights']), 'value', /one of "normalization", "weighting", "aggregation", "noise": found "weights" in position 1/);
    expectDomainError(() => readChoices(['noise', 'Noise']), 'value', /"noise" is named twice/);
    expectDomainError(() => readChoices(['', null]), 'value', /at least one/);
  });
});

describe('indexSensitivity', () => {
  // Expected values: tests/fixtures/composite-workflow/tree-sensitivity.py, an independent Python reimplementation of the
  // documented procedure (mulberry32 design, normalisations, entropy and CRITIC weights, noise, RANK.EQ ranks,
  // numpy.percentile = PERCENTILE.INC), with the Sobol indices estimated by numpy from its own outputs y.
  describe.each(CASES.map((c) => [c.id, c] as const))('matches the Python reimplementation: %s', (_id, c) => {
    const a = c.args;
    it('the design A and B, the nominal ranks and the output y of all N(d + 2) runs, exactly', async () => {
      const runs = await indexSensitivityRuns(a.data, a.directions, a.weights, a.choices, a.runs, a.seed);
      expect(Array.from(runs.A)).toEqual(c.expected.A);
      expect(Array.from(runs.B)).toEqual(c.expected.B);
      expect(Array.from(runs.nominal)).toEqual(c.expected.nominal);
      // y is a mean of whole numbers over the units: the same doubles, however computed.
      expect(Array.from(runs.y)).toEqual(c.expected.y);
    });
    it('the "ranks" table exactly', async () => {
      const t = await indexSensitivity(a.data, a.directions, a.weights, a.choices, a.runs, a.seed, 'ranks');
      expect(t.map((row) => row.map(asExpected))).toEqual(c.expected.ranks);
    });
    it('the "indices" table to 1e-12', async () => {
      const t = await indexSensitivity(a.data, a.directions, a.weights, a.choices, a.runs, a.seed, 'indices');
      expect(t[0]).toEqual([...INDICES_HEADER]);
      expect(t.length).toBe(c.expected.indices.length);
      t.slice(1).forEach((row, i) => {
        const want = c.expected.indices[i + 1];
        expect(row[0]).toBe(want[0]);
        expect(Math.abs((row[1] as number) - (want[1] as number))).toBeLessThan(1e-12);
        expect(Math.abs((row[2] as number) - (want[2] as number))).toBeLessThan(1e-12);
      });
    });
  });

  const DATA = CASES[0].args.data as number[][];
  const W = CASES[0].args.weights as number[];
  const DIRS = CASES[0].args.directions as number[];

  it('ranks the nominal index as RANK.EQ(COMPOSITE_SCORE(data, weights, directions)) (min-max, arithmetic)', async () => {
    const t = await indexSensitivity(DATA, DIRS, W, null, 20, 1);
    const nominal = rankDescending(compositeScore(DATA, W, DIRS) as number[]);
    expect(t.slice(1).map((r) => r[0])).toEqual(nominal);
    expect(t[0]).toEqual([...RANKS_HEADER]);
  });

  it('keeps its statistics in order and in range: 1 ≤ p5 ≤ median ≤ p95 ≤ n, mean abs shift ≥ 0', async () => {
    const t = await indexSensitivity(DATA, DIRS, W, null, 300, 9);
    for (const [, median, p5, p95, shift] of t.slice(1) as number[][]) {
      expect(1 <= p5 && p5 <= median && median <= p95 && p95 <= DATA.length).toBe(true);
      expect(shift).toBeGreaterThanOrEqual(0);
    }
  });

  it('is deterministic for a seed and changes with the seed', async () => {
    const a = await indexSensitivity(DATA, DIRS, W, null, 100, 4, 'indices');
    expect(await indexSensitivity(DATA, DIRS, W, null, 100, 4, 'indices')).toEqual(a);
    expect(await indexSensitivity(DATA, DIRS, W, null, 100, 5, 'indices')).not.toEqual(a);
  });

  it('computes the same 2N runs of A and B for "ranks" as for "indices" (the mean abs shift over units is the mean of y over them)', async () => {
    const runs = await indexSensitivityRuns(DATA, DIRS, W, null, 120, 3);
    const t = await indexSensitivity(DATA, DIRS, W, null, 120, 3, 'ranks');
    const meanShift = (t.slice(1) as number[][]).reduce((s, r) => s + r[4], 0) / DATA.length;
    const meanY = runs.y.subarray(0, 240).reduce((s, v) => s + v, 0) / 240;
    expect(Math.abs(meanShift - meanY)).toBeLessThan(1e-12);
  });

  it('leaves a column of weight 0 out of everything: the same result as without the column', async () => {
    const withConstant = DATA.map((r) => [...r.slice(0, 2), 3, ...r.slice(2)]);
    const w = [...W.slice(0, 2), 0, ...W.slice(2)];
    const d = [...DIRS.slice(0, 2), 1, ...DIRS.slice(2)];
    expect(await indexSensitivity(withConstant, d, w, null, 80, 2, 'indices')).toEqual(await indexSensitivity(DATA, DIRS, W, null, 80, 2, 'indices'));
  });

  it('with one varying choice: d = 1, a one-row table', async () => {
    const t = await indexSensitivity(DATA, DIRS, W, ['noise'], 200, 1, 'indices');
    expect(t.length).toBe(2);
    expect(t[1][0]).toBe('noise');
    // With d = 1, AB_1 = B: ST = Σ(yA − yB)²/(2N V), S = mean(yB(yB − yA))/V; both near 1 (by the definitions).
    expect(Math.abs((t[1][2] as number) - 1)).toBeLessThan(0.25);
  });

  it('gives #DIV/0! for the indices when the ranks never move (one unit dominates in every column)', async () => {
    // Two units: every column is perfectly correlated, so CRITIC has no conflict to weigh (#DIV/0! too): weighting stays fixed.
    const choices = ['normalization', 'aggregation', 'noise'];
    await rejectsWith(() => indexSensitivity([[1, 2, 3], [2, 3, 4]], null, null, choices, 50, 1, 'indices'), 'div0', /same in every run/);
    await rejectsWith(() => indexSensitivity([[1, 2, 3], [2, 3, 4]], null, null, null, 50, 1, 'indices'), 'div0', /conflict/);
    // The ranks themselves are fine.
    const t = await indexSensitivity([[1, 2, 3], [2, 3, 4]], null, null, choices, 50, 1, 'ranks');
    expect(t.slice(1)).toEqual([
      [2, 2, 2, 2, 0],
      [1, 1, 1, 1, 0],
    ]);
  });

  it('rejects a constant or blank column with a positive weight, naming it', async () => {
    const constant = DATA.map((r) => [r[0], 5, ...r.slice(2)]);
    await rejectsWith(() => indexSensitivity(constant, DIRS, W), 'value', /column 2 of data is constant.*give it weight 0/);
    const blank = DATA.map((r) => [...r.slice(0, 4), null]);
    await rejectsWith(() => indexSensitivity(blank, DIRS, W), 'value', /column 5 of data is blank: remove it or give it weight 0/);
  });

  it('rejects a z-score below 10 + 2z ≤ 0 only when a run can draw both the z-score and the geometric mean', async () => {
    // One far outlier among 40 values: its z-score is about −6.2 (by the definition, sample sd).
    const data = Array.from({ length: 40 }, (_, i) => [i === 0 ? -1000 : i, (i * 7) % 11, (i * 5) % 13]);
    await rejectsWith(() => indexSensitivity(data), 'num');
    const ok = await indexSensitivity(data, null, null, ['weighting', 'noise', 'aggregation'], 20);
    expect(ok.length).toBe(41);
    const ok2 = await indexSensitivity(data, null, null, ['normalization', 'noise'], 20);
    expect(ok2.length).toBe(41);
  });

  it('rejects bad runs, too large a call, and mismatched weights or directions', async () => {
    await rejectsWith(() => indexSensitivity(DATA, DIRS, W, null, 0), 'num');
    await rejectsWith(() => indexSensitivity(DATA, DIRS, W, null, 100_001), 'num');
    const big = Array.from({ length: 5000 }, (_, i) => Array.from({ length: 20 }, (_, j) => Math.sin(i * 3 + j)));
    await rejectsWith(() => indexSensitivity(big, null, null, null, 1000, 1, 'indices'), 'value', /at most 500,000,000/);
    await rejectsWith(() => indexSensitivity(big, null, null, null, 1001, 1, 'ranks'), 'value', /at most 10,000,000/);
    await rejectsWith(() => indexSensitivity(DATA, DIRS, [1, 1]), 'value', /one value per column/);
    await rejectsWith(() => indexSensitivity(DATA, [1, 1]), 'value', /directions/);
  });

  it('yields to Excel: a tick after each column of each normalisation, each weighting, every batch of runs and every 256 units of the final sorts', async () => {
    const data = Array.from({ length: 300 }, (_, i) => Array.from({ length: 10 }, (_, j) => Math.sin(i * 5 + j * 11) + j));
    let ticks = 0;
    const pacer = { tick: async () => void ticks++ };
    const runs = 60;
    const t = await indexSensitivity(data, null, null, null, runs, 1, 'ranks', pacer);
    // Preparation: 3 normalisations × 10 columns + 3 weightings = 33 ticks. Runs: batch = floor(65,536 / (300 · (10 + 8)))
    // = 12 runs, 2N = 120 runs → 10 ticks. Final sorts: 1 tick after 256 units.
    expect(ticks).toBe(33 + 10 + 1);
    expect(t).toEqual(await indexSensitivity(data, null, null, null, runs, 1, 'ranks'));
  });

});
