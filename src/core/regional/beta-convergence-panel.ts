/**
 * BETA_CONVERGENCE_PANEL: panel β-convergence of a long panel (one row per
 * unit and period),
 *
 *   ln(y_i,t+1 / y_it) = α + β ln y_it + γ'X_it + μ_i + η_t + ε_it
 *
 * by OLS with dummy-variable fixed effects: `effects` "twoway" (unit and
 * period, the default), "unit", or "none" (pooled OLS). The slopes, their
 * conventional standard errors, t (with the LSDV residual degrees of freedom)
 * and R² are those of R's lm(g ~ lny + X + factor(unit) + factor(period)); the
 * dummies are not formed: the larger factor is absorbed by the within
 * transformation and the smaller one enters as centred dummies
 * (Frisch–Waugh–Lovell; see ols-convergence.ts). λ = −ln(1 + β) per period.
 *
 * Conventions (the catalogue is silent on them):
 * - Consecutive periods: when every period label is a number (years), the
 *   periods sorted ascending; otherwise their order of first appearance. A
 *   growth observation pairs a unit's rows in two consecutive periods of the
 *   panel; a unit missing a period (or with a blank value there) has no growth
 *   observation across the gap (unbalanced panels are fine). Rows may come in
 *   any order.
 * - Controls are taken at t (the row of y_it); a blank control leaves that
 *   observation out. The period effect η_t is that of the start period t.
 * - R² is the LSDV R² (as lm and Stata's regress with i.unit i.period report
 *   it), not the within R².
 */
import type { Cell } from '../shared/errors';
import { Pacer } from '../shared/pacer';
import { convergenceSpeed, convergenceTable, type Design, fitConvergencePaced, readControls } from './ols-convergence';
import { checkAligned, type Label, labelsInOrder } from './panel';
import { fail } from './messages';

export type PanelEffects = 'twoway' | 'unit' | 'none';

const EFFECTS: readonly PanelEffects[] = ['twoway', 'unit', 'none'];

/** The largest QR problem accepted: observations × (dummy columns + regressors). */
export const MAX_DESIGN_CELLS = 20_000_000;

const show = (v: Label): string => (typeof v === 'string' ? `"${v}"` : String(v));

/**
 * The position of each period label in time: ascending when all are numbers, else first appearance.
 * @returns rank[label index] = position
 */
export function periodPositions(labels: readonly Label[]): Int32Array {
  const rank = new Int32Array(labels.length);
  if (labels.every((l) => typeof l === 'number')) {
    const order = labels.map((_, i) => i).sort((a, b) => (labels[a] as number) - (labels[b] as number));
    order.forEach((li, pos) => (rank[li] = pos));
  } else {
    for (let i = 0; i < labels.length; i++) rank[i] = i;
  }
  return rank;
}

/**
 * The rows ordered by unit, then period position, then row (a stable counting sort by period,
 * then by unit); the rows themselves when they already come in that order.
 */
function panelOrder(unit: Int32Array, units: number, at: Int32Array, periods: number): Int32Array {
  const rows = unit.length;
  let sorted = true;
  for (let r = 1; r < rows && sorted; r++) sorted = unit[r] > unit[r - 1] || (unit[r] === unit[r - 1] && at[r] >= at[r - 1]);
  const order = new Int32Array(rows);
  if (sorted) {
    for (let r = 0; r < rows; r++) order[r] = r;
    return order;
  }
  const byPeriod = new Int32Array(rows);
  const start = new Int32Array(Math.max(units, periods) + 1);
  for (let r = 0; r < rows; r++) start[at[r] + 1]++;
  for (let q = 0; q < periods; q++) start[q + 1] += start[q];
  for (let r = 0; r < rows; r++) byPeriod[start[at[r]]++] = r;
  start.fill(0);
  for (let r = 0; r < rows; r++) start[unit[r] + 1]++;
  for (let q = 0; q < units; q++) start[q + 1] += start[q];
  for (let k = 0; k < rows; k++) {
    const r = byPeriod[k];
    order[start[unit[r]]++] = r;
  }
  return order;
}

/** Compacts ids (each below `range`) to 0 … count − 1 in order of first appearance, in place. */
function compact(ids: Int32Array, range: number): number {
  const map = new Int32Array(range).fill(-1);
  let count = 0;
  for (let i = 0; i < ids.length; i++) {
    let v = map[ids[i]];
    if (v < 0) v = map[ids[i]] = count++;
    ids[i] = v;
  }
  return count;
}

/**
 * @param units the unit label of each row
 * @param periods the period label of each row (numbers are sorted as times; texts keep their first-appearance order)
 * @param values the level of each row, > 0; blank: no observation from or to that row
 * @param controls one row per row of values (after an optional header row), taken at t
 * @param effects "twoway" (default), "unit" or "none"
 * @throws #VALUE! for misaligned columns, a blank label, a unit twice in a period, text in controls, an unknown effects;
 *   #NUM! for a value ≤ 0; #N/A for fewer than two periods, too few observations or a collinear regressor
 */
export async function betaConvergencePanel(
  units: readonly (Label | null)[],
  periods: readonly (Label | null)[],
  values: readonly (number | null)[],
  controls: unknown = null,
  effects: string | null = 'twoway',
): Promise<Cell[][]> {
  const { design, controlLabels } = panelDesign(units, periods, values, controls, effects);
  const fit = await fitConvergencePaced(design, new Pacer());
  return convergenceTable(fit, controlLabels, (beta) => convergenceSpeed(beta, 1));
}

/**
 * Everything before the regression (synchronous: the checks, the labels, the pairs of
 * consecutive periods, the observations in typed arrays, the effects).
 */
function panelDesign(
  units: readonly (Label | null)[],
  periods: readonly (Label | null)[],
  values: readonly (number | null)[],
  controls: unknown,
  effects: string | null,
): { design: Design; controlLabels: string[] } {
  const fe = (effects ?? 'twoway').toLowerCase() as PanelEffects;
  if (!EFFECTS.includes(fe)) throw fail('value', 'unknownEffects', { value: String(effects) });
  const rows = values.length;
  checkAligned(units.length, rows, 'units');
  checkAligned(periods.length, rows, 'periods');
  const u = labelsInOrder(units, 'units');
  const p = labelsInOrder(periods, 'periods');
  if (p.labels.length < 2) throw fail('na', 'tooFewPeriods', { n: p.labels.length });
  const ctl = readControls(controls, rows, 'values');
  const c = ctl === null ? 0 : ctl.labels.length;
  for (let r = 0; r < rows; r++) {
    const v = values[r];
    if (v !== null && v !== undefined && !(v > 0)) throw fail('num', 'nonPositiveValue', { row: r + 1, value: v });
  }

  // Rows sorted by unit, then by period position: a pair is two neighbours in this order.
  const pos = periodPositions(p.labels);
  const at = new Int32Array(rows);
  for (let r = 0; r < rows; r++) at[r] = pos[p.index[r]];
  const unit = u.index;
  const order = panelOrder(unit, u.labels.length, at, p.labels.length);
  const g = new Float64Array(rows);
  const x: Float64Array[] = Array.from({ length: 1 + c }, () => new Float64Array(rows));
  const lny = x[0];
  const unitOf = new Int32Array(rows);
  const periodOf = new Int32Array(rows);
  let m = 0;
  for (let k = 0; k + 1 < rows; k++) {
    const r = order[k];
    const s = order[k + 1];
    if (unit[r] !== unit[s]) continue;
    if (at[r] === at[s]) {
      throw fail('value', 'duplicateUnitPeriod', { unit: show(u.labels[unit[r]]), period: show(p.labels[p.index[r]]), first: r + 1, second: s + 1 });
    }
    if (at[s] !== at[r] + 1) continue;
    const y0 = values[r];
    const y1 = values[s];
    if (y0 === null || y0 === undefined || y1 === null || y1 === undefined) continue;
    if (ctl !== null) {
      const row = ctl.rows[r];
      let blank = false;
      for (let j = 0; j < c; j++) if (row[j] === null) blank = true;
      if (blank) continue;
      for (let j = 0; j < c; j++) x[1 + j][m] = row[j] as number;
    }
    g[m] = Math.log(y1 / y0);
    lny[m] = Math.log(y0);
    unitOf[m] = unit[r];
    periodOf[m] = at[r];
    m++;
  }

  const unitIds = { index: unitOf.subarray(0, m), count: 0 };
  unitIds.count = compact(unitIds.index, u.labels.length);
  const periodIds = { index: periodOf.subarray(0, m), count: 0 };
  periodIds.count = compact(periodIds.index, p.labels.length);
  let groups: Int32Array | null = null;
  let groupCount = 1;
  let second: Int32Array | null = null;
  let secondCount = 0;
  // Each observation is a distinct (unit, start period): as many as units × periods fill the grid.
  const balanced = fe === 'twoway' && m === unitIds.count * periodIds.count;
  if (fe === 'unit') {
    groups = unitIds.index;
    groupCount = unitIds.count;
  } else if (fe === 'twoway') {
    // absorb the factor with more levels, dummies for the other
    const [big, small] = unitIds.count >= periodIds.count ? [unitIds, periodIds] : [periodIds, unitIds];
    groups = big.index;
    groupCount = big.count;
    second = small.index;
    secondCount = small.count;
    if (m * (secondCount + 1 + c) > MAX_DESIGN_CELLS) {
      throw fail('value', 'tooManyEffectLevels', { observations: m, units: unitIds.count, periods: periodIds.count, max: MAX_DESIGN_CELLS });
    }
  }
  return {
    design: {
      g: g.subarray(0, m),
      x: x.map((v) => v.subarray(0, m)),
      groups,
      groupCount,
      second,
      secondCount,
      names: ['ln(values)', ...(ctl?.labels ?? [])],
      balanced,
    },
    controlLabels: ctl?.labels ?? [],
  };
}
