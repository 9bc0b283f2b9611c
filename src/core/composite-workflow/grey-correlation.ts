/**
 * GREY_CORRELATION: Deng's grey relational grade of each factor series to a
 * reference series, the correlation use of grey relational analysis that NQP
 * papers run to rank the drivers of an index (methods-analysis.md §7).
 *
 * reference y₀ (n values: a column, or a row) and factors x_1 … x_k (n × k,
 * one series per column; rows are observations, e.g. years in order):
 * 1. every series is normalised on its own values present:
 *    - "mean" (default): x / x̄
 *    - "initial": x / x(1), the value in the first row (the base period)
 *    - "minmax": (x − min)/(max − min)
 * 2. Δ_j(t) = |y₀(t) − x_j(t)|; Δmin and Δmax over all factors and rows together
 * 3. ξ_j(t) = (Δmin + ρΔmax)/(Δ_j(t) + ρΔmax), ρ in (0, 1], default 0.5
 * 4. grade_j = the mean of ξ_j(t) over the rows: one row of k grades in (0, 1]
 *
 * Blanks: a row where the reference is blank is left out of every factor; a
 * blank factor cell leaves that row out of that factor's Δ and mean. Each
 * series' mean, minimum and maximum are taken over its own values present.
 * A factor with no value in a row where the reference has one: #N/A in its
 * cell only (it adds nothing to Δmin and Δmax, so the others are unaffected).
 * Every other failure fails the whole call, since Δmin and Δmax are shared by
 * all factors and leaving one out would change the others' grades:
 * - reference and factors with different numbers of rows: #VALUE!
 * - fewer than 2 rows, or a series with fewer than 2 values: #N/A
 * - "initial" with a blank first value: #N/A naming the series
 * - a zero mean ("mean") or zero first value ("initial"): #DIV/0! naming the series;
 *   a negative one: #NUM! (dividing by it would turn the series upside down)
 * - a constant series with "minmax": #DIV/0! naming it
 * - every Δ = 0 (each factor equals the reference after normalisation, to
 *   rounding: Δmax ≤ 1e-12 of the largest normalised value): #DIV/0!
 * - ρ outside (0, 1]: #NUM!
 */
import type { Cell } from '../shared/errors';
import type { Data } from '../composite';
import { checkRho } from './grey-vikor-common';
import { fail } from './messages';

export type GreyNormalization = 'mean' | 'initial' | 'minmax';

// Bound once: a global looked up in a hot loop is slow where the code runs in a sandbox (a vm context).
const { abs, max } = Math;
const INF = Infinity;

export function greyCorrelation(
  reference: readonly (number | null)[],
  factors: Data,
  rho = 0.5,
  normalization: GreyNormalization = 'mean',
): Cell[] {
  const n = reference.length;
  if (factors.length !== n) {
    throw fail('value', 'rowsMismatch', { n, rows: factors.length });
  }
  if (n < 2) throw fail('na', 'tooFewObservations', { n });
  const k = factors[0].length;
  if (factors.some((row) => row.length !== k)) throw fail('value', 'factorsNotRectangular', {});
  checkRho(rho);
  // The reference, normalised: y[t], with yHas[t] = 0 where it is blank.
  const ref = scaling(reference.map((v) => [v]), 0, normalization, -1);
  const [refFrom, refBy] = [ref.from, ref.by];
  const y = new Float64Array(n);
  const yHas = new Uint8Array(n);
  for (let t = 0; t < n; t++) {
    const v = reference[t];
    if (v === null) continue;
    y[t] = (v - refFrom) / refBy;
    yHas[t] = 1;
  }
  // Each factor's Δ, column by column (column j at [j·n, j·n + counts[j])), with Δmin, Δmax and
  // the largest normalised value compared (differences below 1e-12 of it are rounding).
  const delta = new Float64Array(n * k);
  const counts = new Int32Array(k);
  let dmin = Infinity;
  let dmax = -Infinity;
  let size = 0;
  for (let j = 0; j < k; j++) {
    const f = scaling(factors, j, normalization, j);
    const from = f.from;
    const by = f.by;
    let c = j * n;
    for (let t = 0; t < n; t++) {
      const v = factors[t][j];
      if (v === null || yHas[t] === 0) continue;
      const z = (v - from) / by;
      const d = abs(y[t] - z);
      delta[c++] = d;
      if (d < dmin) dmin = d;
      if (d > dmax) dmax = d;
      size = max(size, abs(y[t]), abs(z));
    }
    counts[j] = c - j * n;
  }
  const out: Cell[] = new Array(k);
  if (dmax === -Infinity) {
    for (let j = 0; j < k; j++) out[j] = noOverlap(j);
    return out;
  }
  if (!(dmax > TIE * size)) {
    throw fail('div0', 'everyDeltaZero', {});
  }
  const top = dmin + rho * dmax;
  const spread = rho * dmax;
  for (let j = 0; j < k; j++) {
    const m = counts[j];
    if (m === 0) {
      out[j] = noOverlap(j);
      continue;
    }
    // The mean of ξ = top/(Δ + spread), a compensated sum of positive terms (Neumaier).
    let s = 0;
    let comp = 0;
    for (let c = j * n, end = c + m; c < end; c++) {
      const v = top / (delta[c] + spread);
      const u = s + v;
      comp += s >= v ? s - u + v : v - u + s;
      s = u;
    }
    out[j] = (s + comp) / m;
  }
  return out;
}

/** Δmax at most this share of the largest normalised value is 0 to rounding (a proportional factor computed a few ulps off). */
const TIE = 1e-12;

const noOverlap = (j: number): Cell => fail('na', 'noOverlap', { column: j + 1 });

/**
 * How series j (column j of `data`, rows in order) is normalised, z = (x − from)/by,
 * from its values present, in one pass; with the errors that fail the call.
 * `series` names it in messages: -1 the reference, else column series + 1 of
 * the factors. The result is one object, rewritten by every call (a wide range
 * of factors makes many calls).
 */
function scaling(data: Data, j: number, method: GreyNormalization, series: number): { from: number; by: number } {
  const n = data.length;
  let m = 0;
  let lo = INF;
  let hi = -INF;
  // Neumaier's compensated sum of the values present, for the mean.
  let s = 0;
  let comp = 0;
  for (let t = 0; t < n; t++) {
    const v = data[t][j];
    if (v === null) continue;
    m++;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
    const u = s + v;
    comp += abs(s) >= abs(v) ? s - u + v : v - u + s;
    s = u;
  }
  if (m < 2) throw fail('na', 'seriesFewValues', { column: seriesColumn(series) });
  let from = 0;
  let by: number;
  switch (method) {
    case 'mean': {
      by = (s + comp) / m;
      if (by === 0) throw fail('div0', 'seriesMeanZero', { column: seriesColumn(series) });
      if (by < 0) throw fail('num', 'seriesMeanNegative', { column: seriesColumn(series) });
      break;
    }
    case 'initial': {
      const first = data[0][j];
      if (first === null) throw fail('na', 'seriesFirstBlank', { column: seriesColumn(series) });
      if (first === 0) throw fail('div0', 'seriesFirstZero', { column: seriesColumn(series) });
      if (first < 0) throw fail('num', 'seriesFirstNegative', { column: seriesColumn(series) });
      by = first;
      break;
    }
    case 'minmax': {
      if (lo === hi) throw fail('div0', 'seriesConstant', { column: seriesColumn(series) });
      from = lo;
      by = hi - lo;
      break;
    }
  }
  if (!(abs(by) < INF)) throw fail('num', 'seriesTooLarge', { column: seriesColumn(series) });
  scaled.from = from;
  scaled.by = by;
  return scaled;
}

const scaled = { from: 0, by: 1 };

/** The series as messages name it: null the reference, else its column of the factors (1-based). */
const seriesColumn = (series: number): number | null => (series < 0 ? null : series + 1);
