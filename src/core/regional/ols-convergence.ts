/**
 * What BETA_CONVERGENCE and BETA_CONVERGENCE_PANEL share: reading the
 * `controls` range (with or without a header row), the regression with
 * absorbed effects, and the result table
 *
 *   term | estimate | std error | t | p
 *   constant, beta, one row per control, then R², n, lambda, half-life
 *   (estimate column only; the other cells of those rows are "").
 *
 * The regression of g on the slope regressors X (ln y first, then the
 * controls) with effects absorbed:
 * - `groups` (the absorbed factor): every column is centred on its group mean
 *   (one group = the overall mean: plain OLS with a constant; the units of a
 *   fixed-effects model: the within transformation);
 * - `second` (optional, two-way models): dummies of the other factor, centred
 *   within the groups, one level dropped per connected component of the
 *   bipartite group–level graph, so that they are linearly independent and
 *   the rank of the dummies is exactly what R's lm finds for
 *   factor(unit) + factor(period) (Frisch–Waugh–Lovell: the slopes and their
 *   conventional standard errors are those of the dummy-variable regression).
 * Residual degrees of freedom: n − (groups + kept dummies + slopes).
 *
 * The constant is the mean of the fitted effects over the observations,
 * ȳ − x̄'b (with one group: the OLS intercept), with variance σ²/n + x̄'V x̄
 * (ȳ is uncorrelated with b because the centred regressors sum to zero): the
 * `_cons` that Stata's xtreg, fe and reghdfe report for a fixed-effects model.
 */
import type { Cell } from '../shared/errors';
import { studentTTwoSided } from '../shared/distributions';
import { leastSquares, leastSquaresPaced, type LeastSquares } from './ols';
import type { Pacer } from '../shared/pacer';
import { fail } from './messages';

export const CONVERGENCE_HEADER = ['term', 'estimate', 'std error', 't', 'p'] as const;

export interface Controls {
  /** The row labels: the header row's texts, or "control 1", "control 2", … */
  labels: string[];
  /** rows[i][c]: control c of data row i; null for a blank. */
  rows: (number | null)[][];
}

const show = (v: unknown): string => (typeof v === 'string' ? `"${v.length > 40 ? `${v.slice(0, 40)}…` : v}"` : String(v));

/**
 * Reads `controls`: n data rows, one column per control, after a header row
 * when the first row holds any text. Blank cells are missing (null).
 * @param n the data rows expected (the rows of values)
 * @throws #VALUE! for another number of rows, or text or a logical value in a data row
 */
export function readControls(controls: unknown, n: number, valuesName: string): Controls | null {
  if (controls === null || controls === undefined) return null;
  const grid: unknown[][] = Array.isArray(controls) ? (controls as unknown[]).map((r) => (Array.isArray(r) ? (r as unknown[]) : [r])) : [[controls]];
  const cols = grid[0].length;
  const header = grid[0].some((v) => typeof v === 'string' && v.trim() !== '');
  const body = header ? grid.slice(1) : grid;
  if (body.length !== n) {
    throw fail('value', 'controlsRowCount', { values: valuesName, expected: n, header, got: body.length });
  }
  const labels: string[] = [];
  for (let c = 0; c < cols; c++) {
    const h = header ? grid[0][c] : null;
    if (h === null || h === undefined || (typeof h === 'string' && h.trim() === '')) labels.push(`control ${c + 1}`);
    else labels.push(typeof h === 'boolean' ? (h ? 'TRUE' : 'FALSE') : String(h));
  }
  const offset = header ? 2 : 1;
  const rows = body.map((row, r) =>
    row.map((v, c) => {
      if (v === null || v === undefined || v === '') return null;
      if (typeof v === 'number' && Number.isFinite(v)) return v;
      throw fail('value', 'controlNotNumber', { row: r + offset, column: c + 1, value: show(v) });
    }),
  );
  return { labels, rows };
}

/** The observations of a convergence regression. */
export interface Design {
  /** The dependent variable (the growth rate), one per observation. */
  g: Float64Array;
  /** The slope regressors: ln y first, then the controls. */
  x: Float64Array[];
  /** The absorbed factor (0 … groupCount − 1) of each observation; null: one group. */
  groups: Int32Array | null;
  groupCount: number;
  /** The second factor of a two-way model (0 … secondCount − 1), or null. */
  second: Int32Array | null;
  secondCount: number;
  /** Names of the slope regressors, for the collinearity message. */
  names: string[];
  /**
   * True when every pair (group, level of second) occurs exactly once (a balanced two-way panel):
   * the dummies of `second` are then absorbed exactly by removing their means after the group
   * means (the two-way within transformation, y − ȳ_i· − ȳ_·t + ȳ), so no dummy column is formed.
   * The caller guarantees that no pair occurs twice.
   */
  balanced?: boolean;
}

export interface Fit {
  n: number;
  dof: number;
  /** The constant, then the slopes. */
  estimate: number[];
  se: number[];
  r2: number;
}

interface Prepared {
  design: Design;
  columns: Float64Array[];
  /** The norms the QR compares each column's remaining norm with (null: the columns' own). */
  baseNorms: number[] | null;
  y: Float64Array;
  /** The dummy columns at the front of `columns`. */
  dummies: number;
  gbar: number;
  xbar: number[];
  tss: number;
  dof: number;
}

/**
 * The mean by a compensated sum (as numeric.ts's sum). The absolute values are
 * written out: Math.abs in a hot loop runs ~100× slower under jest's VM context.
 */
function meanOf(v: Float64Array): number {
  let s = 0;
  let c = 0;
  for (let i = 0; i < v.length; i++) {
    const x = v[i];
    const t = s + x;
    c += (s < 0 ? -s : s) >= (x < 0 ? -x : x) ? s - t + x : x - t + s;
    s = t;
  }
  return (s + c) / v.length;
}

/** Centres v (in place) on its group means; `mean`, when known, is meanOf(v) (used with one group). */
function centre(v: Float64Array, groups: Int32Array | null, groupCount: number, count: Float64Array, mean?: number): void {
  if (groups === null) {
    const m = mean ?? meanOf(v);
    for (let i = 0; i < v.length; i++) v[i] -= m;
    return;
  }
  const sums = new Float64Array(groupCount);
  for (let i = 0; i < v.length; i++) sums[groups[i]] += v[i];
  for (let g = 0; g < groupCount; g++) sums[g] /= count[g];
  for (let i = 0; i < v.length; i++) v[i] -= sums[groups[i]];
  // a second pass removes the rounding left by the first
  sums.fill(0);
  for (let i = 0; i < v.length; i++) sums[groups[i]] += v[i];
  for (let g = 0; g < groupCount; g++) sums[g] /= count[g];
  for (let i = 0; i < v.length; i++) v[i] -= sums[groups[i]];
}

/** One level of the second factor per connected component of the group–level graph: the dummies to drop. */
function droppedLevels(groups: Int32Array, groupCount: number, second: Int32Array, secondCount: number): boolean[] {
  const parent = Int32Array.from({ length: groupCount + secondCount }, (_, i) => i);
  const find = (a: number): number => {
    while (parent[a] !== a) {
      parent[a] = parent[parent[a]];
      a = parent[a];
    }
    return a;
  };
  const present = new Uint8Array(secondCount);
  for (let i = 0; i < groups.length; i++) {
    present[second[i]] = 1;
    const a = find(groups[i]);
    const b = find(groupCount + second[i]);
    if (a !== b) parent[a] = b;
  }
  const seen = new Set<number>();
  const drop: boolean[] = new Array(secondCount).fill(false);
  for (let l = 0; l < secondCount; l++) {
    if (!present[l]) {
      drop[l] = true;
      continue;
    }
    const root = find(groupCount + l);
    if (!seen.has(root)) {
      seen.add(root);
      drop[l] = true;
    }
  }
  return drop;
}

function prepare(design: Design): Prepared {
  const { g, x, groups, groupCount, second, secondCount } = design;
  const n = g.length;
  const count = new Float64Array(groupCount);
  if (groups !== null) for (let i = 0; i < n; i++) count[groups[i]]++;
  let absorbed = groups === null ? 1 : 0;
  for (let l = 0; l < groupCount && groups !== null; l++) if (count[l] > 0) absorbed++;
  const balanced = design.balanced === true && second !== null && groups !== null;
  const columns: Float64Array[] = [];
  // The rank of the second factor's dummies beside the groups' (a balanced panel is connected: one level dropped).
  let dummyRank = 0;
  if (balanced) {
    dummyRank = secondCount - 1;
  } else if (second !== null && groups !== null) {
    const drop = droppedLevels(groups, groupCount, second, secondCount);
    for (let l = 0; l < secondCount; l++) {
      if (drop[l]) continue;
      const d = new Float64Array(n);
      for (let i = 0; i < n; i++) if (second[i] === l) d[i] = 1;
      columns.push(d);
    }
    dummyRank = columns.length;
  }
  const dummies = columns.length;
  const k = absorbed + dummyRank + x.length;
  if (n - k < 1) {
    throw fail('na', 'tooFewObservations', { n, k, effects: dummyRank > 0 || groups !== null });
  }
  const gbar = meanOf(g);
  const xbar = x.map(meanOf);
  const y = Float64Array.from(g);
  let tss = 0;
  for (let i = 0; i < n; i++) tss += (y[i] - gbar) * (y[i] - gbar);
  let baseNorms: number[] | null = null;
  if (balanced && groups !== null && second !== null) {
    baseNorms = [];
    const levelCount = new Float64Array(secondCount);
    for (let i = 0; i < n; i++) levelCount[second[i]]++;
    const sums = new Float64Array(groupCount + secondCount);
    for (const v of x) {
      const c = v.slice();
      baseNorms.push(centreTwoWay(c, groups, groupCount, count, second, secondCount, levelCount, sums));
      columns.push(c);
    }
    centreTwoWay(y, groups, groupCount, count, second, secondCount, levelCount, sums);
  } else {
    for (const d of columns) centre(d, groups, groupCount, count);
    x.forEach((v, a) => {
      const c = v.slice();
      centre(c, groups, groupCount, count, xbar[a]);
      columns.push(c);
    });
    centre(y, groups, groupCount, count, gbar);
  }
  return { design, columns, baseNorms, y, dummies, gbar, xbar, tss, dof: n - k };
}

/**
 * The two-way within transformation of a balanced panel, in place: v − v̄_g − v̄_l + v̄ (each
 * level l of `second` holds one observation of every group g, so this is the exact projection on
 * both sets of dummies), then the same again on the result to remove the rounding left by the first.
 * @param sums scratch, groupCount + secondCount long
 * @returns ‖v − v̄_g‖, the norm of v centred within the groups alone: the QR's collinearity
 *   tolerance is relative to it, as when the second factor's dummies are columns of the QR
 */
function centreTwoWay(
  v: Float64Array,
  groups: Int32Array,
  groupCount: number,
  groupSize: Float64Array,
  second: Int32Array,
  secondCount: number,
  levelSize: Float64Array,
  sums: Float64Array,
): number {
  const n = v.length;
  let within = 0;
  for (let pass = 0; pass < 2; pass++) {
    sums.fill(0);
    let total = 0;
    // a group's observations usually come together: summed in a register until the group changes
    let run = groups[0];
    let runSum = 0;
    for (let i = 0; i < n; i++) {
      const a = v[i];
      const gi = groups[i];
      if (gi !== run) {
        sums[run] += runSum;
        total += runSum;
        run = gi;
        runSum = 0;
      }
      runSum += a;
      sums[groupCount + second[i]] += a;
    }
    sums[run] += runSum;
    total += runSum;
    for (let g = 0; g < groupCount; g++) sums[g] /= groupSize[g];
    for (let l = 0; l < secondCount; l++) sums[groupCount + l] /= levelSize[l];
    const grand = total / n;
    if (pass === 0) {
      let ss = 0;
      for (let i = 0; i < n; i++) {
        const w = v[i] - sums[groups[i]];
        ss += w * w;
        v[i] = w - (sums[groupCount + second[i]] - grand);
      }
      within = Math.sqrt(ss);
    } else {
      for (let i = 0; i < n; i++) v[i] -= sums[groups[i]] + sums[groupCount + second[i]] - grand;
    }
  }
  return within;
}

function finish(p: Prepared, ls: LeastSquares): Fit {
  const { design, dummies, xbar, dof } = p;
  const s = design.x.length;
  const n = design.g.length;
  if (ls.collinear >= 0) {
    const which = ls.collinear - dummies;
    throw fail('na', 'collinear', { name: which >= 0 ? design.names[which] : null, effects: design.groups !== null, after: which > 0 });
  }
  const p0 = p.columns.length;
  const sigma2 = ls.rss / dof;
  const b: number[] = [];
  const se: number[] = [];
  for (let a = 0; a < s; a++) {
    b.push(ls.coef[dummies + a]);
    se.push(Math.sqrt(sigma2 * ls.inverse[(dummies + a) * p0 + dummies + a]));
  }
  let constant = p.gbar;
  for (let a = 0; a < s; a++) constant -= xbar[a] * b[a];
  let quad = 0;
  for (let a = 0; a < s; a++) for (let c = 0; c < s; c++) quad += xbar[a] * xbar[c] * ls.inverse[(dummies + a) * p0 + dummies + c];
  const constantSe = Math.sqrt(sigma2 * (1 / n + quad));
  return { n, dof, estimate: [constant, ...b], se: [constantSe, ...se], r2: p.tss > 0 ? 1 - ls.rss / p.tss : NaN };
}

/** The regression, at once. */
export function fitConvergence(design: Design): Fit {
  const p = prepare(design);
  return finish(p, leastSquares(p.columns, p.y, p.baseNorms ?? undefined));
}

/** The regression, yielding to Excel between column pairs of the QR decomposition. */
export async function fitConvergencePaced(design: Design, pacer: Pacer): Promise<Fit> {
  const p = prepare(design);
  return finish(p, await leastSquaresPaced(p.columns, p.y, pacer, p.baseNorms ?? undefined));
}

/**
 * The result table.
 * @param lambda the convergence speed and half-life for the estimated β (cells: numbers or errors)
 */
export function convergenceTable(fit: Fit, controlLabels: readonly string[], lambda: (beta: number) => [Cell, Cell]): Cell[][] {
  const terms = ['constant', 'beta', ...controlLabels];
  const table: Cell[][] = [[...CONVERGENCE_HEADER]];
  terms.forEach((term, a) => {
    const est = fit.estimate[a];
    const se = fit.se[a];
    if (se > 0) {
      const t = est / se;
      table.push([term, est, se, t, studentTTwoSided(t, fit.dof)]);
    } else {
      const exact = fail('div0', 'exactFit', {});
      table.push([term, est, se, exact, exact]);
    }
  });
  const r2: Cell = Number.isFinite(fit.r2) ? fit.r2 : fail('div0', 'constantGrowth', {});
  const [speed, halfLife] = lambda(fit.estimate[1]);
  table.push(['R²', r2, '', '', ''], ['n', fit.n, '', '', ''], ['lambda', speed, '', '', ''], ['half-life', halfLife, '', '', '']);
  return table;
}

/**
 * λ = −ln(1 + β·years)/years and the half-life ln 2/λ.
 * β ≥ 0 (no convergence) → #N/A for both; 1 + β·years ≤ 0 → #NUM! for both.
 */
export function convergenceSpeed(beta: number, years: number): [Cell, Cell] {
  if (!(beta < 0)) {
    const e = fail('na', 'noConvergence', { positive: beta !== 0 });
    return [e, e];
  }
  const base = 1 + beta * years;
  if (!(base > 0)) {
    const e = fail('num', 'speedUndefined', { base, withYears: years !== 1 });
    return [e, e];
  }
  const lambda = -Math.log1p(beta * years) / years;
  return [lambda, Math.LN2 / lambda];
}
