/**
 * INTERPOLATE: fills the blanks of time series by linear interpolation
 * (COINr's impute_panel "linear"; numpy.interp between the nearest values;
 * methods-analysis.md §8).
 *
 * Rows are periods in order, equally spaced (one row per period: a year
 * without data is a row with a blank, not a missing row); each column is a
 * series, interpolated on its own. With `units` (a long panel: one row per
 * unit and period), each unit's series is its rows in the order they stand in
 * the range, so the units may be contiguous blocks (sorted by unit, then
 * year) or interleaved (sorted by year, then unit). Unit labels are equal as
 * Excel compares cells (numbers by value, texts ignoring case); a row whose
 * unit is blank belongs to no series and is returned as it is.
 *
 * A blank between two values at periods a < t < b gets
 * v_a + (t − a)(v_b − v_a)/(b − a). Leading and trailing blanks, by `ends`:
 * - "blank" (default): stay blank;
 * - "nearest": the first (last) value of the series;
 * - "extrapolate": the line through the two nearest values, the first two
 *   (last two) of the series, as scipy's interp1d(fill_value = "extrapolate").
 *   A series with a single value has no line: its blanks stay blank (use
 *   "nearest" to copy the value).
 * A series with no value stays blank. Values present are returned as they are.
 *
 * A single row without units is read as one series along the row (years
 * across the columns), since a single period has nothing to interpolate.
 */
import type { Cell } from '../shared/errors';
import { columnMajor, gridRows, labelPositions } from './impute';
import { fail } from './messages';

export type Ends = 'blank' | 'nearest' | 'extrapolate';

type Data = readonly (readonly (number | null)[])[];

const ENDS: readonly Ends[] = ['blank', 'nearest', 'extrapolate'];

/** The rows of each series, series after series in order of first appearance (start[s] … start[s + 1] − 1 in rows). */
interface Series {
  start: Int32Array;
  rows: Int32Array;
}

function seriesOf(n: number, units: readonly unknown[]): Series {
  const { labels, index } = labelPositions(units);
  const k = labels.length;
  const start = new Int32Array(k + 1);
  for (let i = 0; i < n; i++) if (index[i] >= 0) start[index[i] + 1]++;
  for (let s = 0; s < k; s++) start[s + 1] += start[s];
  const next = start.slice(0, k);
  const rows = new Int32Array(start[k]);
  for (let i = 0; i < n; i++) if (index[i] >= 0) rows[next[index[i]]++] = i;
  return { start, rows };
}

/**
 * Fills one series in place: v[t] (NaN = blank) for t < len; pos receives the positions of the values
 * present. Blanks that stay blank remain NaN.
 */
function fillSeries(v: Float64Array, len: number, ends: Ends, pos: Int32Array): void {
  let c = 0;
  for (let t = 0; t < len; t++) if (!Number.isNaN(v[t])) pos[c++] = t;
  if (c === 0) return;
  for (let q = 0; q + 1 < c; q++) {
    const a = pos[q];
    const b = pos[q + 1];
    if (b - a < 2) continue;
    const va = v[a];
    const slope = (v[b] - va) / (b - a);
    for (let t = a + 1; t < b; t++) v[t] = slope * (t - a) + va;
  }
  const first = pos[0];
  const last = pos[c - 1];
  if (ends === 'nearest') {
    for (let t = 0; t < first; t++) v[t] = v[first];
    for (let t = last + 1; t < len; t++) v[t] = v[last];
  } else if (ends === 'extrapolate' && c >= 2) {
    const second = pos[1];
    const head = (v[second] - v[first]) / (second - first);
    for (let t = 0; t < first; t++) v[t] = head * (t - first) + v[first];
    const before = pos[c - 2];
    const tail = (v[last] - v[before]) / (last - before);
    for (let t = last + 1; t < len; t++) v[t] = tail * (t - before) + v[before];
  }
}

/**
 * @param values n×m: rows are periods in order (with units: one row per unit and period), columns are series
 * @param units the unit of each row (a long panel), or null: every row belongs to one series per column
 * @param ends "blank" (default), "nearest" or "extrapolate"
 * @throws #VALUE! for an unknown option, a range that is not rectangular, units of the wrong length
 */
export function interpolate(values: Data, units: readonly unknown[] | null = null, ends: string | null = 'blank'): Cell[][] {
  const how = (ends ?? 'blank').toLowerCase() as Ends;
  if (!ENDS.includes(how)) throw fail('value', 'unknownEnds', { ends: String(ends) });
  const n = values.length;
  if (n === 0) throw fail('na', 'noValueRows', {});
  const m = values[0].length;
  if (values.some((row) => row.length !== m)) throw fail('value', 'valuesNotRectangular', {});
  const hasUnits = units !== null && units !== undefined;
  if (hasUnits && units.length !== n) throw fail('value', 'unitsLength', { n, count: units.length });

  // A single row without units: one series along the row.
  if (!hasUnits && n === 1 && m > 1) return [interpolate(values[0].map((x) => [x]), null, how).map((row) => row[0])];

  const grid = columnMajor(values, n, m);
  if (!hasUnits) {
    // One series per column: filled where it lies.
    const pos = new Int32Array(n);
    for (let j = 0; j < m; j++) fillSeries(grid.subarray(j * n, (j + 1) * n), n, how, pos);
    return gridRows(grid, n, m);
  }
  const { start, rows } = seriesOf(n, units);
  const v = new Float64Array(n);
  const pos = new Int32Array(n);
  for (let j = 0; j < m; j++) {
    const col = grid.subarray(j * n, (j + 1) * n);
    for (let s = 0; s + 1 < start.length; s++) {
      const from = start[s];
      const count = start[s + 1] - from;
      for (let t = 0; t < count; t++) v[t] = col[rows[from + t]];
      fillSeries(v, count, how, pos);
      for (let t = 0; t < count; t++) col[rows[from + t]] = v[t];
    }
  }
  return gridRows(grid, n, m);
}
