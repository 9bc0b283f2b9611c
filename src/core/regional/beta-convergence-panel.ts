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
import { type Cell, notAvailable, numError, valueError } from '../shared/errors';
import { Pacer } from '../shared/pacer';
import { convergenceSpeed, convergenceTable, fitConvergencePaced, readControls } from './ols-convergence';
import { checkAligned, type Label, labelsInOrder } from './panel';

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

/** Compacts level ids to 0 … count − 1 in order of first appearance. */
function compact(ids: Int32Array): { index: Int32Array; count: number } {
  const map = new Map<number, number>();
  const index = new Int32Array(ids.length);
  for (let i = 0; i < ids.length; i++) {
    let v = map.get(ids[i]);
    if (v === undefined) {
      v = map.size;
      map.set(ids[i], v);
    }
    index[i] = v;
  }
  return { index, count: map.size };
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
  const fe = (effects ?? 'twoway').toLowerCase() as PanelEffects;
  if (!EFFECTS.includes(fe)) throw valueError(`requires effects to be one of "twoway", "unit", "none", not "${String(effects)}"`);
  const rows = values.length;
  checkAligned(units.length, rows, 'units');
  checkAligned(periods.length, rows, 'periods');
  const u = labelsInOrder(units, 'units');
  const p = labelsInOrder(periods, 'periods');
  if (p.labels.length < 2) throw notAvailable(`requires at least two periods, not ${p.labels.length}`);
  const ctl = readControls(controls, rows, 'values');
  const c = ctl === null ? 0 : ctl.labels.length;
  for (let r = 0; r < rows; r++) {
    const v = values[r];
    if (v !== null && v !== undefined && !(v > 0)) throw numError(`requires positive values (their log is taken): row ${r + 1} is ${v}`);
  }

  // Rows sorted by unit, then by period position: a pair is two neighbours in this order.
  const pos = periodPositions(p.labels);
  const at = (r: number) => pos[p.index[r]];
  const order = Array.from({ length: rows }, (_, r) => r).sort((a, b) => u.index[a] - u.index[b] || at(a) - at(b) || a - b);
  const g: number[] = [];
  const x: number[][] = Array.from({ length: 1 + c }, () => []);
  const unitOf: number[] = [];
  const periodOf: number[] = [];
  for (let k = 0; k + 1 < rows; k++) {
    const r = order[k];
    const s = order[k + 1];
    if (u.index[r] !== u.index[s]) continue;
    if (at(r) === at(s)) {
      throw valueError(`requires one row per unit and period: unit ${show(u.labels[u.index[r]])} appears twice in period ${show(p.labels[p.index[r]])} (rows ${r + 1} and ${s + 1})`);
    }
    if (at(s) !== at(r) + 1) continue;
    const y0 = values[r];
    const y1 = values[s];
    if (y0 === null || y0 === undefined || y1 === null || y1 === undefined) continue;
    const row = ctl === null ? [] : ctl.rows[r];
    if (row.some((v) => v === null)) continue;
    g.push(Math.log(y1 / y0));
    x[0].push(Math.log(y0));
    for (let j = 0; j < c; j++) x[1 + j].push(row[j] as number);
    unitOf.push(u.index[r]);
    periodOf.push(at(r));
  }

  const unitIds = compact(Int32Array.from(unitOf));
  const periodIds = compact(Int32Array.from(periodOf));
  let groups: Int32Array | null = null;
  let groupCount = 1;
  let second: Int32Array | null = null;
  let secondCount = 0;
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
    if (g.length * (secondCount + 1 + c) > MAX_DESIGN_CELLS) {
      throw valueError(
        `requires fewer fixed-effect levels: ${g.length} observations with ${unitIds.count} units and ${periodIds.count} periods exceed ${MAX_DESIGN_CELLS} cells of the regression (observations × (levels of the smaller effect + regressors))`,
      );
    }
  }
  const fit = await fitConvergencePaced(
    {
      g: Float64Array.from(g),
      x: x.map((v) => Float64Array.from(v)),
      groups,
      groupCount,
      second,
      secondCount,
      names: ['ln(values)', ...(ctl?.labels ?? [])],
    },
    new Pacer(),
  );
  return convergenceTable(fit, ctl?.labels ?? [], (beta) => convergenceSpeed(beta, 1));
}
