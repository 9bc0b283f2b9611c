/**
 * BETA_CONVERGENCE_PANEL: LSDV fixed effects checked against R 4.2.2's lm with
 * factor dummies on a generated unbalanced panel (gaps, blanks, rows shuffled,
 * two controls), a panel whose unit–period graph is disconnected (lm drops one
 * more dummy), the conventions for periods, and the error cases.
 */
import { betaConvergencePanel, periodPositions } from '../../../src/core/regional/beta-convergence-panel';
import { fitConvergence } from '../../../src/core/regional/ols-convergence';
import { labelsInOrder } from '../../../src/core/regional/panel';
import { labelsByKey } from '../../helpers/labels';
import { DomainError } from '../../../src/core/shared/errors';

type Table = (number | string | boolean | DomainError)[][];
const num = (v: unknown) => {
  expect(typeof v).toBe('number');
  return v as number;
};
const close = (a: unknown, b: number, tol: number) => expect(Math.abs(num(a) - b)).toBeLessThanOrEqual(tol);
const row = (t: Table, term: string) => {
  const r = t.find((x) => x[0] === term);
  if (r === undefined) throw new Error(`no row ${term}`);
  return r;
};
const kind = (v: unknown) => (v instanceof DomainError ? v.kind : v);
async function rejected(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return e instanceof DomainError ? e.kind : 'other';
  }
  return 'none';
}

/*
 * Generated in R 4.2.2 (set.seed(7)): 10 regions × 2015–2021, ln y an AR(1) with persistence 0.85,
 * controls z and w; rows R1 2018, R5 2019 and R9 2021 removed (gaps), two values and one z blanked,
 * rows shuffled. The reference pairs each unit's year t with year t + 1 when both values are present
 * (o <- data.frame(g = log(y[t+1]/y[t]), lny = log(y[t]), z[t], w[t], unit, year = t)) and fits
 *   lm(g ~ lny + factor(unit) + factor(year)), lm(g ~ lny + factor(unit)), lm(g ~ lny)
 * and the same with + z + w (on the observations with z present); printed with %.15g.
 */
const DATA = {
  units: [ 'R10', 'R3', 'R1', 'R10', 'R3', 'R10', 'R4', 'R10', 'R9', 'R1', 'R1', 'R10', 'R5', 'R9', 'R4', 'R4', 'R2', 'R9', 'R8', 'R4', 'R8', 'R1', 'R6', 'R2', 'R3', 'R7', 'R4', 'R4', 'R7', 'R6', 'R7', 'R8', 'R6', 'R7', 'R5', 'R7', 'R6', 'R3', 'R3', 'R7', 'R8', 'R6', 'R3', 'R2', 'R4', 'R5', 'R7', 'R9', 'R8', 'R1', 'R10', 'R9', 'R5', 'R5', 'R9', 'R2', 'R2', 'R8', 'R1', 'R6', 'R8', 'R2', 'R5', 'R3', 'R6', 'R2', 'R10' ],
  years: [ 2015, 2018, 2017, 2018, 2015, 2020, 2016, 2021, 2021, 2020, 2021, 2017, 2020, 2016, 2018, 2015, 2018, 2020, 2018, 2017, 2016, 2015, 2016, 2017, 2016, 2020, 2019, 2021, 2019, 2018, 2021, 2017, 2020, 2017, 2021, 2018, 2017, 2020, 2019, 2015, 2015, 2019, 2017, 2015, 2020, 2017, 2016, 2015, 2020, 2019, 2016, 2017, 2015, 2016, 2018, 2020, 2021, 2021, 2016, 2015, 2019, 2016, 2018, 2021, 2021, 2019, 2019 ],
  y: [ 0.7166, 0.9984, 2.2752, 0.7174, 0.6502, 0.8267, 2.0483, 1.0855, 1.5759, 1.7732, 1.6947, 0.6936, 1.1686, 1.4445, 1.7721, 2.0420, 2.0190, 1.7561, 0.6966, 2.0275, 0.5757, 3.0672, 1.7339, 1.7386, 0.7289, 1.5640, 1.6724, 1.5877, null, 1.4472, 1.5979, 0.6118, 1.5532, 1.2226, 1.2308, 1.2843, 1.5112, 1.2761, 1.1108, 1.1921, 0.4847, 1.3939, 0.8696, 1.3540, 1.5181, 1.0956, 1.1953, 1.3518, 0.8919, 1.7240, 0.6946, 1.5759, 1.1053, 1.1068, 1.7117, 2.1681, 2.1069, 1.0092, 2.5782, 1.8506, 0.7830, 1.3996, 1.2305, null, 1.6025, 1.9604, 0.7581 ],
  z: [ 2.21, 0.46, 2.03, 1.11, 2.85, 2.34, 1.92, 0.90, 2.17, 1.69, 1.65, 1.93, 2.61, 2.92, 2.31, 2.59, 3.64, 1.13, 2.87, 0.83, 1.41, 2.34, 0.76, 2.59, 1.43, 2.03, 0.40, 3.02, 2.51, 2.98, 0.53, 2.81, 0.45, 2.73, 1.11, 3.53, 3.10, 1.85, 1.56, 2.69, 3.02, 2.30, 3.12, 1.70, 2.99, 1.57, 1.82, 2.45, 3.13, 1.21, 2.48, 2.27, 2.84, 2.12, 3.01, null, 2.24, 1.24, 2.00, 3.54, 2.37, 0.21, 2.46, 2.52, 3.57, 1.35, 2.49 ],
  w: [ 0.56, 0.43, 0.86, 0.42, 0.88, 0.68, 0.54, 0.12, 0.99, 0.15, 0.42, 0.75, 0.63, 0.44, 0.50, 0.97, 0.21, 0.93, 0.77, 0.17, 0.60, 0.36, 0.63, 0.56, 0.81, 0.39, 0.94, 0.61, 0.10, 0.03, 0.73, 0.36, 0.01, 0.88, 0.75, 0.47, 0.25, 0.81, 0.50, 0.69, 0.69, 0.32, 0.89, 0.29, 0.77, 0.37, 0.19, 0.56, 0.91, 0.18, 0.87, 0.27, 0.85, 0.32, 0.12, 0.06, 0.82, 0.34, 0.65, 0.39, 0.05, 0.75, 0.92, 0.64, 0.44, 0.83, 0.42 ],
};

const REFERENCE = {
  twoway: { n: 51, r2: 0.611643980366283, lny: [-0.186804973079343, 0.0697833626834563, -2.67692707682642, 0.0112319154062262] },
  unit: { n: 51, r2: 0.541217259787518, lny: [-0.154980652270276, 0.0681899845437154, -2.27277734856973, 0.0284853716535007] },
  none: { n: 51, r2: 0.367116420944566, lny: [-0.133617136272782, 0.0250624848797113, -5.33136027469281, 2.46043410796678e-6] },
};
const REFERENCE_ZW = {
  twoway: {
    n: 50,
    r2: 0.645874437381673,
    lny: [-0.17423525777305, 0.0708645167403448, -2.4587094612028, 0.019538050651895],
    z: [0.0147668679602782, 0.0138411715883429, 1.06687991446584, 0.294009350735402],
    w: [-0.0138941040739984, 0.0463131351017251, -0.300003531254805, 0.766114708269975],
  },
  unit: {
    n: 50,
    r2: 0.551826376464813,
    lny: [-0.13963490979585, 0.0716586338882044, -1.94861250095413, 0.0589556983990749],
    z: [0.0040323028611702, 0.0130779971672526, 0.308327246871343, 0.759562591550848],
    w: [-0.0133806474325444, 0.0449722215985504, -0.297531386196312, 0.767725056421901],
  },
  none: {
    n: 50,
    r2: 0.362292283185623,
    lny: [-0.13210674161554, 0.0271902672855302, -4.85860400812766, 1.41054297330611e-5],
    z: [0.0007192848003273, 0.0134221416336784, 0.0535894211190928, 0.957494348823133],
    w: [0.0130987720329833, 0.0429635611654567, 0.304880966047918, 0.761832025947216],
  },
};
/** R: summary(lm(g ~ lny))$coefficients[1, ]; and the residualised regression described below. */
const CONSTANT_NONE = { est: 0.0665126078114438, se: 0.0120114007704374, t: 5.53745637853876, p: 1.19727321307468e-6 };
const CONSTANT_TWOWAY = { est: 0.0778736457078415, se: 0.0179306373527176 };
const relClose = (got: unknown, want: number, rel = 1e-9) => close(got, want, Math.abs(want) * rel + 1e-15);

describe('R lm with factor dummies on a generated unbalanced panel', () => {
  describe.each(['twoway', 'unit', 'none'] as const)('effects "%s"', (effects) => {
    it('β, its standard error, t and p with the LSDV degrees of freedom; R²; n', async () => {
      const t = (await betaConvergencePanel(DATA.units, DATA.years, DATA.y, null, effects)) as Table;
      expect(t.map((r) => r[0])).toEqual(['term', 'constant', 'beta', 'R²', 'n', 'lambda', 'half-life']);
      const ref = REFERENCE[effects];
      ref.lny.forEach((v, j) => relClose(row(t, 'beta')[1 + j], v));
      relClose(row(t, 'R²')[1], ref.r2, 1e-12);
      expect(row(t, 'n')[1]).toBe(ref.n);
      const beta = ref.lny[0];
      relClose(row(t, 'lambda')[1], -Math.log(1 + beta), 1e-9);
      relClose(row(t, 'half-life')[1], Math.LN2 / -Math.log(1 + beta), 1e-9);
    });

    it('with two controls at t (a header row names them)', async () => {
      const controls = [['z', 'w'], ...DATA.z.map((z, i) => [z, DATA.w[i]])];
      const t = (await betaConvergencePanel(DATA.units, DATA.years, DATA.y, controls, effects)) as Table;
      expect(t.map((r) => r[0])).toEqual(['term', 'constant', 'beta', 'z', 'w', 'R²', 'n', 'lambda', 'half-life']);
      const ref = REFERENCE_ZW[effects];
      ref.lny.forEach((v, j) => relClose(row(t, 'beta')[1 + j], v));
      ref.z.forEach((v, j) => relClose(row(t, 'z')[1 + j], v));
      ref.w.forEach((v, j) => relClose(row(t, 'w')[1 + j], v));
      relClose(row(t, 'R²')[1], ref.r2, 1e-12);
      expect(row(t, 'n')[1]).toBe(ref.n);
    });
  });

  it('pooled ("none"): the constant is lm\'s intercept', async () => {
    // R: lm(g ~ lny) (Intercept)
    const t = (await betaConvergencePanel(DATA.units, DATA.years, DATA.y, null, 'none')) as Table;
    const want = [CONSTANT_NONE.est, CONSTANT_NONE.se, CONSTANT_NONE.t, CONSTANT_NONE.p];
    want.forEach((v, j) => relClose(row(t, 'constant')[1 + j], v));
  });

  it('fixed effects: the constant is the mean fixed effect, with the SE of Stata\'s xtreg, fe', async () => {
    // R: the variables residualised on factor(unit) + factor(year), plus their grand means, regressed
    // with an intercept; its SE rescaled by √(df of that regression / df of the LSDV regression)
    const t = (await betaConvergencePanel(DATA.units, DATA.years, DATA.y, null, 'twoway')) as Table;
    relClose(row(t, 'constant')[1], CONSTANT_TWOWAY.est);
    relClose(row(t, 'constant')[2], CONSTANT_TWOWAY.se);
  });
});

describe('a two-way panel whose unit–period graph is disconnected', () => {
  // Units A–C observed 2001–2004, D–F 2010–2013 (R, set.seed(3)): lm drops a second period dummy
  // (factor(year)2012 is NA) and has 7 residual degrees of freedom for 18 observations.
  const units = ['A', 'A', 'A', 'A', 'B', 'B', 'B', 'B', 'C', 'C', 'C', 'C', 'D', 'D', 'D', 'D', 'E', 'E', 'E', 'E', 'F', 'F', 'F', 'F'];
  const years = [2001, 2002, 2003, 2004, 2001, 2002, 2003, 2004, 2001, 2002, 2003, 2004, 2010, 2011, 2012, 2013, 2010, 2011, 2012, 2013, 2010, 2011, 2012, 2013];
  const y = [0.681, 0.89, 1.109, 0.631, 1.081, 1.012, 1.035, 1.563, 0.614, 1.66, 0.742, 0.636, 0.751, 1.106, 1.063, 0.884, 0.683, 0.772, 1.632, 1.083, 0.793, 0.686, 0.922, 0.513];

  it('gives lm\'s β, SE, t, p and R²', async () => {
    // the periods 2004 and 2010 are consecutive periods of the panel, but no unit has both: no growth across them
    const t = (await betaConvergencePanel(units, years, y)) as Table;
    const want = [-1.32364044949735, 0.414223654437742, -3.19547286910505, 0.0151608735618984];
    want.forEach((v, j) => relClose(row(t, 'beta')[1 + j], v));
    relClose(row(t, 'R²')[1], 0.774177542053895, 1e-12);
    expect(row(t, 'n')[1]).toBe(18);
    // 1 + β < 0: lambda undefined
    expect(kind(row(t, 'lambda')[1])).toBe('num');
  });
});

describe('periods', () => {
  it('numbers are sorted as times; texts keep their order of first appearance', () => {
    expect(Array.from(periodPositions([2020, 2018, 2019]))).toEqual([2, 0, 1]);
    expect(Array.from(periodPositions(['2020Q2', '2020Q1', 'x']))).toEqual([0, 1, 2]);
  });

  it('text periods in order of first appearance give the same result as the years they stand for', async () => {
    const order = DATA.years.map((_, i) => i).sort((a, b) => DATA.years[a] - DATA.years[b]);
    const text = order.map((i) => `Y${DATA.years[i]}`);
    const a = (await betaConvergencePanel(order.map((i) => DATA.units[i]), text, order.map((i) => DATA.y[i]))) as Table;
    relClose(row(a, 'beta')[1], REFERENCE.twoway.lny[0], 1e-12);
  });

  it('rows may come in any order', async () => {
    const rev = (v: readonly unknown[]) => [...v].reverse();
    const t = (await betaConvergencePanel(rev(DATA.units) as string[], rev(DATA.years) as number[], rev(DATA.y) as (number | null)[], null, 'unit')) as Table;
    relClose(row(t, 'beta')[2], REFERENCE.unit.lny[1]);
  });
});

describe('errors (catalogue and convergence.json case errors)', () => {
  const units = ['a', 'a', 'a', 'b', 'b', 'b', 'c', 'c', 'c'];
  const years = [1, 2, 3, 1, 2, 3, 1, 2, 3];
  const y = [1, 1.2, 1.3, 2, 2.1, 2.3, 0.5, 0.7, 0.9];
  it('a value ≤ 0 is #NUM!', async () => expect(await rejected(betaConvergencePanel(units, years, [0, ...y.slice(1)]))).toBe('num'));
  it('a unit twice in a period, misaligned columns, a blank label, text controls, an unknown effects are #VALUE!', async () => {
    expect(await rejected(betaConvergencePanel(units, [1, 1, 3, 1, 2, 3, 1, 2, 3], y))).toBe('value');
    expect(await rejected(betaConvergencePanel(units.slice(1), years, y))).toBe('value');
    expect(await rejected(betaConvergencePanel(['a', null, ...units.slice(2)], years, y))).toBe('value');
    expect(await rejected(betaConvergencePanel(units, years, y, [[1], [2], ['x'], [4], [5], [6], [7], [8], [9], [10]]))).toBe('value');
    expect(await rejected(betaConvergencePanel(units, years, y, null, 'random'))).toBe('value');
  });
  it('fewer than two periods, or too few observations for the effects, are #N/A', async () => {
    expect(await rejected(betaConvergencePanel(['a', 'b'], [1, 1], [1, 2]))).toBe('na');
    // 6 observations; two-way: 3 units + 1 period dummy + β = 5 coefficients leaves 1 dof: fine
    const ok = (await betaConvergencePanel(units, years, y)) as Table;
    expect(row(ok, 'n')[1]).toBe(6);
    // unit effects with one growth observation per unit: nothing left
    expect(await rejected(betaConvergencePanel(['a', 'a', 'b', 'b'], [1, 2, 1, 2], [1, 2, 3, 5], null, 'unit'))).toBe('na');
  });
  it('a control that does not vary within units is collinear with the unit effects: #N/A', async () => {
    const ctl = units.map((u) => [u === 'a' ? 1 : u === 'b' ? 2 : 4]);
    expect(await rejected(betaConvergencePanel(units, years, y, ctl, 'unit'))).toBe('na');
    // pooled, the same control is estimable
    const t = (await betaConvergencePanel(units, years, y, ctl, 'none')) as Table;
    expect(typeof row(t, 'control 1')[1]).toBe('number');
  });
  it('β ≥ 0 gives #N/A for lambda and the half-life only', async () => {
    const t = (await betaConvergencePanel(units, years, [1, 1.1, 1.3, 2, 2.4, 3.1, 0.5, 0.52, 0.55], null, 'none')) as Table;
    expect(num(row(t, 'beta')[1])).toBeGreaterThan(0);
    expect(kind(row(t, 'lambda')[1])).toBe('na');
    expect(kind(row(t, 'half-life')[1])).toBe('na');
  });
});

describe('county scale: 2,800 units × 12 years, two-way with a control', () => {
  it('takes a fraction of a second (≈0.2 s under jest)', async () => {
    let seed = 11;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const units: number[] = [];
    const years: number[] = [];
    const y: number[] = [];
    const z: number[][] = [];
    for (let i = 0; i < 2800; i++) {
      let x = rnd();
      for (let t = 0; t < 12; t++) {
        x = 0.02 + 0.9 * x + 0.1 * (rnd() - 0.5);
        units.push(i);
        years.push(2010 + t);
        y.push(Math.exp(x));
        z.push([rnd()]);
      }
    }
    const t = (await betaConvergencePanel(units, years, y, z)) as Table;
    expect(row(t, 'n')[1]).toBe(2800 * 11);
    expect(num(row(t, 'beta')[1])).toBeLessThan(0);
  });
});

/** numpy 2.4.6, the balanced two-way within transformation (the benchmark's formula, bench/numpy_regional.py beta_panel). */
const NUMPY_BALANCED = { beta: -0.32318571723682915, se: 0.19716567879411667 };

describe('fast paths give the general path\'s results', () => {
  it('labelsInOrder gives the plain one-key-per-label numbering (case-insensitive texts, numbers, logical values)', () => {
    const col = ['East', 'east', 2020, 'West', true, 2020, 'EAST', 0, -0, 'West', false, true, 'west', 2021, 'x', 'X', 'x', 2020];
    const fast = labelsInOrder(col, 'units');
    const slow = labelsByKey(col);
    expect(fast.labels).toEqual(slow.labels);
    expect(Array.from(fast.index)).toEqual(slow.index);
    expect(() => labelsInOrder(['a', 'a', ''], 'units')).toThrow('requires a label in every cell of units: row 3 is blank');
  });

  it('a balanced two-way panel (the two-way within transformation) gives the dummy-variable QR\'s β, SE, constant and R²', () => {
    // 7 units × 5 start periods, every pair once, with a control; the same design through the QR with period dummies
    let seed = 5;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const n = 35;
    const g = new Float64Array(n);
    const lny = new Float64Array(n);
    const z = new Float64Array(n);
    const unit = new Int32Array(n);
    const period = new Int32Array(n);
    // rows in an order that is neither unit- nor period-major
    for (let k = 0; k < n; k++) {
      const r = (k * 11) % n;
      unit[r] = k % 7;
      period[r] = Math.floor(k / 7);
      lny[r] = rnd() + 0.1 * unit[r];
      z[r] = rnd();
      g[r] = 0.05 - 0.3 * lny[r] + 0.02 * z[r] + 0.01 * period[r] + 0.05 * (rnd() - 0.5);
    }
    const design = (balanced: boolean) => ({
      g: g.slice(),
      x: [lny.slice(), z.slice()],
      groups: unit,
      groupCount: 7,
      second: period,
      secondCount: 5,
      names: ['ln(values)', 'z'],
      balanced,
    });
    const fast = fitConvergence(design(true));
    const qr = fitConvergence(design(false));
    expect(fast.dof).toBe(qr.dof);
    expect(fast.n).toBe(qr.n);
    fast.estimate.forEach((v, j) => relClose(v, qr.estimate[j], 1e-12));
    fast.se.forEach((v, j) => relClose(v, qr.se[j], 1e-12));
    relClose(fast.r2, qr.r2, 1e-12);
  });

  it('a balanced panel through betaConvergencePanel gives numpy\'s two-way within β and SE', async () => {
    // python3/numpy 2.4: ly = log(y) (4 units × 4 years, row-major below); g = ly[:,1:] − ly[:,:-1], x = ly[:,:-1];
    // within(a) = a − a.mean(1) − a.mean(0) + a.mean(); b = xd·gd/xd·xd; se = √(rss/(12 − 1 − 3 − 2 − 1)/xd·xd)
    const y = [0.2, 0.23, 0.25, 0.28, 0.35, 0.37, 0.4, 0.41, 0.5, 0.51, 0.54, 0.55, 0.12, 0.15, 0.17, 0.2];
    const units = ['A', 'A', 'A', 'A', 'B', 'B', 'B', 'B', 'C', 'C', 'C', 'C', 'D', 'D', 'D', 'D'];
    const years = [2019, 2020, 2021, 2022, 2019, 2020, 2021, 2022, 2019, 2020, 2021, 2022, 2019, 2020, 2021, 2022];
    const t = (await betaConvergencePanel(units, years, y)) as Table;
    relClose(row(t, 'beta')[1], NUMPY_BALANCED.beta, 1e-10);
    relClose(row(t, 'beta')[2], NUMPY_BALANCED.se, 1e-10);
  });
});
