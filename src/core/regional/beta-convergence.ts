/**
 * BETA_CONVERGENCE: absolute (no controls) or conditional (with controls)
 * β-convergence across units, by OLS of the annual growth rate on the log of
 * the initial level:
 *
 *   ln(final_i / initial_i) / years = α + β ln(initial_i) + γ'controls_i + ε_i
 *
 * with conventional standard errors (σ² = RSS/(n − k)), t = estimate/se and
 * two-sided p from Student's t with n − k degrees of freedom, as R's lm and
 * Stata's regress report them. λ = −ln(1 + β·years)/years, half-life ln 2/λ.
 *
 * A unit with a blank in initial, final or any of its controls is left out
 * (listwise deletion, as lm's na.omit); n counts the units used.
 */
import type { Cell } from '../shared/errors';
import { convergenceSpeed, convergenceTable, fitConvergence, readControls } from './ols-convergence';
import { fail } from './messages';

/**
 * @param initial the initial level of each unit, > 0 (blank: the unit is left out)
 * @param final the final level, > 0, aligned with initial
 * @param years the years between the two (> 0, default 1)
 * @param controls n×c, with an optional header row (its first row holds text)
 * @throws #VALUE! for lengths that differ or text in controls; #NUM! for a level ≤ 0 or years ≤ 0;
 *   #N/A for too few units or a collinear regressor
 */
export function betaConvergence(
  initial: readonly (number | null)[],
  final: readonly (number | null)[],
  years: number | null = 1,
  controls: unknown = null,
): Cell[][] {
  const n = initial.length;
  if (final.length !== n) throw fail('value', 'lengthMismatch', { initial: n, final: final.length });
  const span = years ?? 1;
  if (!(span > 0) || !Number.isFinite(span)) throw fail('num', 'nonPositiveYears', { years: span });
  const ctl = readControls(controls, n, 'initial');
  const c = ctl === null ? 0 : ctl.labels.length;

  const g = new Float64Array(n);
  const x: Float64Array[] = Array.from({ length: 1 + c }, () => new Float64Array(n));
  const lnInitial = x[0];
  let m = 0;
  for (let i = 0; i < n; i++) {
    const a = initial[i];
    const b = final[i];
    if (a !== null && a !== undefined && !(a > 0)) throw fail('num', 'nonPositiveLevel', { name: 'initial', item: i + 1, value: a });
    if (b !== null && b !== undefined && !(b > 0)) throw fail('num', 'nonPositiveLevel', { name: 'final', item: i + 1, value: b });
    if (a === null || a === undefined || b === null || b === undefined) continue;
    if (ctl !== null) {
      const row = ctl.rows[i];
      let blank = false;
      for (let j = 0; j < c; j++) if (row[j] === null) blank = true;
      if (blank) continue;
      for (let j = 0; j < c; j++) x[1 + j][m] = row[j] as number;
    }
    g[m] = Math.log(b / a) / span;
    lnInitial[m] = Math.log(a);
    m++;
  }
  const fit = fitConvergence({
    g: g.subarray(0, m),
    x: x.map((v) => v.subarray(0, m)),
    groups: null,
    groupCount: 1,
    second: null,
    secondCount: 0,
    names: ['ln(initial)', ...(ctl?.labels ?? [])],
  });
  return convergenceTable(fit, ctl?.labels ?? [], (beta) => convergenceSpeed(beta, span));
}
