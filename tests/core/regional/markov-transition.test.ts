/**
 * MARKOV_TRANSITION: the reference vectors of tests/fixtures/vectors/analysis/markov_chains.json
 * (toy_giddy_docstring, us_income_quintiles_per_year, us_spatial_markov_k5m5), an independent
 * check with separately written R code on other data (blanks, ties, an island, weighted W),
 * and the conventions for ties, empty classes, non-ergodic chains and errors.
 */
import { markovTransition } from '../../../src/core/regional/markov-transition';
import { classOf, quantileCuts, steadyState } from '../../../src/core/regional/markov-chain';
import { DomainError } from '../../../src/core/shared/errors';
import vectors from '../../fixtures/vectors/analysis/markov_chains.json';

type Table = (number | string | boolean | DomainError)[][];
const num = (v: unknown) => {
  expect(typeof v).toBe('number');
  return v as number;
};
const close = (a: unknown, b: number, tol: number) => expect(Math.abs(num(a) - b)).toBeLessThanOrEqual(tol);
const kind = (v: unknown) => (v instanceof DomainError ? v.kind : v);
async function rejected(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return e instanceof DomainError ? e.kind : 'other';
  }
  return 'none';
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const cases = vectors.cases as any[];
const byId = (id: string) => cases.find((c) => c.id === id);

describe('markov_chains.json, case toy_giddy_docstring', () => {
  const c = byId('toy_giddy_docstring');
  // the class labels a, b, c as the numbers 1, 2, 3, classed by the cut points 1.5 and 2.5
  const codes: Record<string, number> = { a: 1, b: 2, c: 3 };
  const v = (c.inputs.class_sequences as string[][]).map((r) => r.map((x) => codes[x]));

  it('transitions and probabilities', async () => {
    const t = (await markovTransition(v, [1.5, 2.5])) as Table;
    expect(t[0]).toEqual(['class', 'n', 1, 2, 3]);
    (c.expected.transitions as number[][]).forEach((r, i) => {
      expect(t[1 + i][0]).toBe(i + 1);
      expect(t[1 + i][1]).toBe(r.reduce((s, x) => s + x, 0));
      (c.expected.p as number[][])[i].forEach((p, j) => close(t[1 + i][2 + j], p, c.tolerance.abs));
    });
  });

  it('steady state', async () => {
    const s = (await markovTransition(v, [1.5, 2.5], null, null, 'steady')) as Table;
    expect(s.length).toBe(1);
    (c.expected.steady_state as number[]).forEach((p, j) => close(s[0][j], p, c.tolerance.abs));
  });
});

describe('markov_chains.json, case us_income_quintiles_per_year', () => {
  const c = byId('us_income_quintiles_per_year');
  const pci = c.inputs.pci as number[][];

  it('48 states × 81 years, per-year quintiles: counts and P', async () => {
    const t = (await markovTransition(pci, 5)) as Table;
    expect(t.length).toBe(6);
    (c.expected.transitions as number[][]).forEach((r, i) => {
      expect(t[1 + i][1]).toBe(r.reduce((s, x) => s + x, 0));
      (c.expected.p as number[][])[i].forEach((p, j) => close(t[1 + i][2 + j], p, c.tolerance.abs));
    });
  });

  it('steady state', async () => {
    const s = (await markovTransition(pci, 5, 'per-period', null, 'steady')) as Table;
    (c.expected.steady_state as number[]).forEach((p, j) => close(s[0][j], p, c.tolerance.abs));
  });
});

describe('markov_chains.json, case us_spatial_markov_k5m5', () => {
  const c = byId('us_spatial_markov_k5m5');
  const pci = byId('us_income_quintiles_per_year').inputs.pci as number[][];
  const T = pci[0].length;
  const means = Array.from({ length: T }, (_, t) => pci.reduce((s, r) => s + r[t], 0) / pci.length);
  const rel = pci.map((r) => r.map((x, t) => x / means[t]));
  const ids = c.inputs.id_order as string[];
  const nb = c.inputs.neighbors as Record<string, number[]>;
  const W = ids.map((a) => ids.map((b) => (nb[a].includes(Number(b)) ? 1 : 0)));

  it('pooled cut points of the values (giddy fixed = True)', () => {
    const all = rel.flat();
    (quantileCuts(all, 5) as number[]).forEach((q, j) => close(q, c.expected.cutoffs[j], c.tolerance.abs));
  });

  it('the five conditional matrices (lag classed by the pooled quintiles of the lag)', async () => {
    const t = (await markovTransition(rel, 5, 'pooled', W)) as Table;
    expect(t[0]).toEqual(['lag class', 'class', 'n', 1, 2, 3, 4, 5]);
    expect(t.length).toBe(1 + 25);
    (c.expected.P as number[][][]).forEach((P, l) =>
      P.forEach((r, i) => {
        const line = t[1 + l * 5 + i];
        expect(line.slice(0, 2)).toEqual([l + 1, i + 1]);
        r.forEach((p, j) => close(line[3 + j], p, c.tolerance.abs));
      }),
    );
  });

  it('the homogeneity test: LR = 170.659, Q = 200.624, dof = 60', async () => {
    const t = (await markovTransition(rel, 5, 'pooled', W, 'test')) as Table;
    expect(t[0]).toEqual(['LR', 'Q', 'dof', 'p LR', 'p Q']);
    close(t[1][0], c.expected.LR, c.tolerance.abs);
    close(t[1][1], c.expected.Q, c.tolerance.abs);
    expect(t[1][2]).toBe(c.expected.dof);
    // scipy 1.17.1: chi2.sf(170.6588284308428, 60), chi2.sf(200.62372763076812, 60)
    close(t[1][3], 1.4922345328387e-12, 1e-24);
    close(t[1][4], 4.71629324070e-17, 1e-28);
  });

  it('the steady state with weights is that of the pooled matrix', async () => {
    const a = (await markovTransition(rel, 5, 'pooled', W, 'steady')) as Table;
    const b = (await markovTransition(rel, 5, 'pooled', null, 'steady')) as Table;
    expect(a).toEqual(b);
  });
});

/*
 * Independent check: generated and computed in R 4.2.2 by separately written code (mk.R, set.seed(42)):
 * quantile(type = 7) per period or pooled, findInterval(left.open = TRUE), the transitions counted in
 * loops, the steady state as the eigenvector of t(P) for eigenvalue 1, the lag (W %*% y with blanks
 * as 0) / (W %*% present), LR, Q and dof by the formulas, pchisq(lower.tail = FALSE). Two ties
 * (rows 5–6 in period 2, rows 7–8 in period 3), three blanks, unit 20 an island, weights not symmetric.
 * Counts and P are row-major k×k.
 */
const Y = [
  [1.98, 1.64, 1.48, 1.28, 1.53, 1.62],
  [0.75, 0.65, 0.70, 0.82, 0.92, 1.15],
  [1.20, 1.12, 1.22, null, 1.20, 1.02],
  [1.37, 1.51, 1.27, 1.49, 1.32, 1.68],
  [1.22, 0.91, 1.29, 1.11, 0.94, 0.87],
  [0.95, 0.91, 1.01, 1.28, 1.30, 1.22],
  [2.13, 1.75, 1.17, 1.35, 1.21, 1.09],
  [0.95, 0.79, 1.17, 1.32, 1.20, 1.12],
  [2.74, 2.30, 1.85, 1.77, 1.72, 1.53],
  [0.97, 0.90, 1.05, 1.16, 1.26, 1.20],
  [null, 1.72, 1.55, 1.26, 1.48, 1.33],
  [3.14, 2.62, 2.04, 1.72, 1.44, 1.33],
  [0.50, 0.85, 1.25, 1.29, 1.32, 1.16],
  [0.87, 0.83, 0.99, 0.88, 1.22, 1.09],
  [0.94, 1.04, 1.04, 0.96, 0.84, 0.72],
  [1.37, 1.08, 1.10, 1.17, 1.01, 0.96],
  [0.87, 0.81, 0.99, 1.13, 0.96, null],
  [0.26, 0.38, 0.58, 0.78, 0.69, 1.64],
  [0.30, 0.30, 0.28, 0.39, 0.58, 0.56],
  [1.93, 1.66, 1.51, 1.23, 1.28, 1.22],
];
const W = [
  [0, 0, 0, 0, 1.91, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1.25, 0, 0],
  [1.92, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.68, 0, 0, 0, 0.97, 0, 0],
  [0, 1.83, 0, 0, 0, 0, 0, 0, 0.7, 0, 0, 0, 0, 0, 0, 0, 1.68, 0, 0, 0],
  [1.2, 0, 0, 0, 0, 0.57, 0, 0, 0, 0, 0, 0, 1.05, 0, 0, 0, 0, 0, 0, 0],
  [0, 0, 0, 0, 0, 0, 0, 1.01, 0, 0, 0.53, 0, 0, 0, 0, 0, 1.23, 0, 0, 0],
  [0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1.64, 0, 0, 0.63, 0],
  [0.98, 0, 0, 0, 0, 0.96, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.74, 0, 0, 0],
  [0, 0, 0, 0, 0.71, 0, 0, 0, 0, 0, 0, 0.92, 0, 1.09, 0, 0, 0, 0, 0, 0],
  [1.63, 0, 0, 0, 0, 1.58, 0, 0, 0, 0, 0, 0, 0, 0, 1.89, 0, 0, 0, 0, 0],
  [0, 1.72, 0, 0, 0, 0, 0, 0, 0, 0, 0.94, 0, 0, 0, 0, 0, 0, 0, 0.98, 0],
  [0, 0, 0, 0, 1.71, 0, 1.93, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1.06, 0, 0],
  [0, 0, 0, 0, 0, 1.53, 0, 0, 1.61, 0, 1.21, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  [0, 0, 0, 0, 0, 0, 0, 0, 1.97, 0, 1.47, 0, 0, 0, 0, 0, 0, 0, 0, 0.92],
  [0, 0, 0, 1.64, 0, 0, 0, 0, 0, 0.66, 0, 0, 0, 0, 0, 0, 0, 1.57, 0, 0],
  [0, 0, 0, 0, 0, 1.37, 0, 0, 0, 0, 0, 1.74, 0, 0, 0, 1.21, 0, 0, 0, 0],
  [0, 0, 0, 0, 0, 0, 1.95, 0, 0, 0, 0, 0, 0, 0.75, 0, 0, 0, 0, 0.65, 0],
  [0, 1.95, 0, 0, 1.24, 0, 0, 0, 0, 1.58, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  [0, 0, 0, 1.82, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1.45, 0, 1.13, 0, 0, 0, 0],
  [0.72, 0, 0, 0, 0, 0.86, 0, 0, 0, 0, 1.58, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
];

const REFERENCE = {
  'per-period': {
    counts: [19, 5, 1, 1, 6, 10, 6, 2, 0, 6, 11, 5, 0, 4, 6, 14],
    p: [0.730769230769231, 0.192307692307692, 0.0384615384615385, 0.0384615384615385, 0.25, 0.416666666666667, 0.25, 0.0833333333333333, 0, 0.272727272727273, 0.5, 0.227272727272727, 0, 0.166666666666667, 0.25, 0.583333333333333],
    steady: [0.248803827751196, 0.267942583732057, 0.263157894736842, 0.220095693779904],
    spatial: [4, 2, 0, 0, 1, 8, 3, 0, 0, 1, 3, 0, 0, 0, 1, 1, 6, 0, 1, 0, 2, 0, 0, 0, 0, 2, 3, 3, 0, 1, 1, 4, 4, 1, 0, 1, 1, 1, 0, 1, 0, 1, 1, 1, 0, 2, 2, 3, 5, 2, 0, 0, 2, 1, 2, 1, 0, 2, 3, 1, 0, 0, 2, 4],
    test: [32.6543479243983, 29.2573830409357, 30, 0.337737183538453, 0.504107659750616],
  },
  'pooled': {
    counts: [17, 6, 3, 1, 6, 11, 5, 0, 1, 8, 9, 5, 0, 1, 7, 16],
    p: [0.62962962962963, 0.222222222222222, 0.111111111111111, 0.037037037037037, 0.272727272727273, 0.5, 0.227272727272727, 0, 0.0434782608695652, 0.347826086956522, 0.391304347826087, 0.217391304347826, 0, 0.0416666666666667, 0.291666666666667, 0.666666666666667],
    steady: [0.252939200537454, 0.303400141828089, 0.25152091964319, 0.192139737991266],
    spatial: [2, 4, 1, 0, 2, 5, 3, 0, 1, 1, 3, 0, 0, 0, 1, 1, 5, 0, 1, 0, 2, 1, 1, 0, 0, 3, 0, 2, 0, 1, 1, 5, 5, 1, 0, 1, 0, 2, 0, 0, 0, 2, 2, 2, 0, 0, 3, 3, 5, 1, 1, 0, 2, 3, 1, 0, 0, 2, 2, 1, 0, 0, 1, 5],
    test: [33.2050488300833, 29.031335200747, 30, 0.313712770660357, 0.515950971314491],
  },
};

describe.each(['per-period', 'pooled'] as const)('independent check (R), classing "%s"', (classing) => {
  const ref = REFERENCE[classing];
  const k = 4;

  it('counts and probabilities', async () => {
    const t = (await markovTransition(Y, 4, classing)) as Table;
    for (let i = 0; i < k; i++) {
      const n = ref.counts.slice(i * k, i * k + k).reduce((s, x) => s + x, 0);
      expect(t[1 + i][1]).toBe(n);
      for (let j = 0; j < k; j++) close(t[1 + i][2 + j], ref.p[i * k + j], 1e-14);
    }
  });

  it('steady state', async () => {
    const s = (await markovTransition(Y, 4, classing, null, 'steady')) as Table;
    ref.steady.forEach((p, j) => close(s[0][j], p, 1e-12));
  });

  it('spatial Markov: conditional counts (the island left out) and the homogeneity test', async () => {
    const t = (await markovTransition(Y, 4, classing, W)) as Table;
    expect(t.length).toBe(1 + k * k);
    for (let l = 0; l < k; l++) {
      for (let i = 0; i < k; i++) {
        const line = t[1 + l * k + i];
        const counts = ref.spatial.slice(l * k * k + i * k, l * k * k + i * k + k);
        const n = counts.reduce((s, x) => s + x, 0);
        expect(line[2]).toBe(n);
        counts.forEach((c, j) => close(line[3 + j], n > 0 ? c / n : 0, 1e-14));
      }
    }
    const test = (await markovTransition(Y, 4, classing, W, 'test')) as Table;
    ref.test.forEach((v, j) => close(test[1][j], v, Math.abs(v) * 1e-10));
  });
});

describe('classes', () => {
  it('are upper-inclusive: a value equal to a cut point falls in the lower class', () => {
    expect([0.5, 1, 1.5, 2, 2.5].map((x) => classOf(x, [1, 2]))).toEqual([0, 0, 1, 1, 2]);
  });

  it('quantile cut points are PERCENTILE.INC', () => {
    // Excel: PERCENTILE.INC({1,2,3,4,10}, 0.25) = 2, 0.5 → 3, 0.75 → 4
    expect(quantileCuts([10, 1, 3, 2, 4], 4)).toEqual([2, 3, 4]);
  });

  it('ties and k above the number of distinct values leave classes empty: k rows kept, n = 0 and a zero row', async () => {
    // two distinct values, 4 classes: per-period cut points (0, 0, 1), (0, 0.5, 1)…
    const v = [
      [0, 0],
      [0, 1],
      [1, 1],
      [1, 0],
      [0, 0],
    ];
    const t = (await markovTransition(v, 4, 'pooled')) as Table;
    expect(t.length).toBe(5);
    // pooled cut points of (0×5, 1×5): 0, 0.5, 1 → 0 in class 1, 1 in class 3; classes 2 and 4 empty
    expect(t.map((r) => r[1])).toEqual(['n', 3, 0, 2, 0]);
    expect(t[2].slice(2)).toEqual([0, 0, 0, 0]);
    expect(t[4].slice(2)).toEqual([0, 0, 0, 0]);
    // the empty classes get 0 in the steady state
    const s = (await markovTransition(v, 4, 'pooled', null, 'steady')) as Table;
    expect(s[0][1]).toBe(0);
    expect(s[0][3]).toBe(0);
    close(num(s[0][0]) + num(s[0][2]), 1, 1e-15);
  });

  it('a blank value has no class: its transitions are not counted', async () => {
    // cut points 2.5 and 10 (a single number would be k): values ≤ 2.5 in class 1, above in class 2
    const t = (await markovTransition([[1, 2, null, 4], [4, 3, 2, 1]], [2.5, 10])) as Table;
    // one transition of unit 1 (1 → 2: class 1 → 1), three of unit 2 (4 → 3: 2 → 2, 3 → 2: 2 → 1, 2 → 1: 1 → 1)
    expect(t.map((r) => r[1])).toEqual(['n', 2, 2, 0]);
  });
});

describe('steady state of chains that are not ergodic', () => {
  it('several closed classes: #N/A (no unique distribution)', () => {
    // 1 ↔ 1 and 2 ↔ 2 only
    expect(() => steadyState(Float64Array.from([3, 0, 0, 2]), 2)).toThrow(DomainError);
    try {
      steadyState(Float64Array.from([3, 0, 0, 2]), 2);
    } catch (e) {
      expect((e as DomainError).kind).toBe('na');
      expect((e as DomainError).message).toMatch(/2 closed classes/);
    }
  });

  it('transient classes get 0; a periodic chain has its unique distribution', () => {
    // class 1 → 2, 2 ↔ 3: class 1 is transient
    expect(steadyState(Float64Array.from([0, 1, 0, 0, 0, 2, 0, 2, 0]), 3)).toEqual([0, 0.5, 0.5]);
  });

  it('a class entered but never left (seen only in the last period): #N/A', async () => {
    expect(await rejected(markovTransition([[1, 1, 5], [1, 1, 1]], [2], null, null, 'steady'))).toBe('na');
    // its matrix row is zeros with n = 0
    const t = (await markovTransition([[1, 1, 5], [1, 1, 1]], [2])) as Table;
    expect(t[2]).toEqual([2, 0, 0, 0]);
  });
});

describe('errors (catalogue and markov_chains.json case errors)', () => {
  const v = [
    [1, 2, 3],
    [2, 3, 1],
    [3, 1, 2],
  ];
  it('fewer than 2 periods: #N/A', async () => expect(await rejected(markovTransition([[1], [2]]))).toBe('na'));
  it('output "test" without weights, cut points not ascending, a blank cut point, an unknown option: #VALUE!', async () => {
    expect(await rejected(markovTransition(v, 3, null, null, 'test'))).toBe('value');
    expect(await rejected(markovTransition(v, [2, 1]))).toBe('value');
    expect(await rejected(markovTransition(v, [1, null]))).toBe('value');
    expect(await rejected(markovTransition(v, 3, 'fixed'))).toBe('value');
    expect(await rejected(markovTransition(v, 3, null, null, 'all'))).toBe('value');
  });
  it('weights that are neither n×n nor n×2: #VALUE!', async () => {
    expect(await rejected(markovTransition(v, 3, null, [[0, 1, 1, 1]]))).toBe('value');
  });
  it('k not a whole number from 2 to 100: #NUM!', async () => {
    expect(await rejected(markovTransition(v, 1))).toBe('num');
    expect(await rejected(markovTransition(v, 2.5))).toBe('num');
    expect(await rejected(markovTransition(v, 101))).toBe('num');
  });
  it('no transitions at all (every unit has blanks between its values): #N/A', async () => {
    expect(await rejected(markovTransition([[1, null, 2], [null, 3, null]]))).toBe('na');
  });
  it('every unit an island: #N/A for the spatial chain', async () => {
    const zero = v.map((r) => r.map(() => 0));
    expect(await rejected(markovTransition(v, 3, null, zero))).toBe('na');
  });
  it('a test with 0 degrees of freedom gives #N/A p-values', async () => {
    // every transition stays in its class: each pooled row has one positive cell, A_i − 1 = 0
    const same = [
      [1, 1, 1],
      [2, 2, 2],
      [3, 3, 3],
      [4, 4, 4],
    ];
    const w = [
      [0, 1, 0, 0],
      [1, 0, 0, 0],
      [0, 0, 0, 1],
      [0, 0, 1, 0],
    ];
    const t = (await markovTransition(same, 2, null, w, 'test')) as Table;
    expect(t[1][2]).toBe(0);
    expect(kind(t[1][3])).toBe('na');
    expect(kind(t[1][4])).toBe('na');
  });
});

describe('scale', () => {
  let seed = 5;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };

  it('county scale, 2,800 units × 12 years: the traditional chain counts every transition', async () => {
    const n = 2800;
    const values = Array.from({ length: n }, () => Array.from({ length: 12 }, () => rnd()));
    const t = (await markovTransition(values, 5)) as Table;
    expect(t.slice(1).reduce((s, r) => s + num(r[1]), 0)).toBe(n * 11);
  });

  it('the spatial chain with weights built from coordinates, yielding to Excel while it computes the lags', async () => {
    // 1,000 units here (jest's VM runs the trigonometry of the distances slowly); at 2,800 × 12 in plain
    // Node the lags take about 0.15 s and the weights from coordinates about 0.3 s
    const n = 1000;
    const values = Array.from({ length: n }, () => Array.from({ length: 12 }, () => rnd()));
    const coords = Array.from({ length: n }, () => [20 + 25 * rnd(), 100 + 25 * rnd()]);
    const t = (await markovTransition(values, 4, 'per-period', coords)) as Table;
    expect(t.length).toBe(17);
    expect(t.slice(1).reduce((s, r) => s + num(r[2]), 0)).toBe(n * 11);
  }, 30000);
});
