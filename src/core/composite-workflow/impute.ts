/**
 * IMPUTE: fills each blank cell of the data from its column (COINr's i_mean,
 * i_median, i_mean_grp, i_median_grp by column; methods-analysis.md §8).
 *
 * - "mean" (default) / "median": the mean or median of the values present in
 *   the blank's column (the median of an even count is the mean of the two
 *   middle values, as MEDIAN).
 * - "group-mean" / "group-median": the same within the blank's group: the
 *   rows of the column whose `groups` label is the blank's.
 *
 * Values present are returned as they are; the result has the data's shape.
 * A column (or a group within a column) with no value gives #N/A in its
 * blanks, in those cells only. Group labels may be numbers, texts or logical
 * values, equal as Excel compares cells: numbers by value, texts ignoring case
 * ("East" = "east"), a number never equal to a text (1 is not "1"). A row with
 * a blank group label belongs to no group: its values take no part in any
 * group's mean, and its blanks are #N/A.
 *
 * groups must be given with the group methods and only with them (#VALUE!
 * otherwise, rather than silently ignored), one label per row of data.
 */
import type { Cell, DomainError } from '../shared/errors';
import { fail } from './messages';

export type ImputeMethod = 'mean' | 'median' | 'group-mean' | 'group-median';

type Data = readonly (readonly (number | null)[])[];

const METHODS: readonly ImputeMethod[] = ['mean', 'median', 'group-mean', 'group-median'];

/** Distinct labels in order of first appearance, and each row's position among them (−1: blank). */
export interface LabelPositions {
  labels: unknown[];
  index: Int32Array;
}

/**
 * The labels of a column of groups or units, equal as Excel compares cells:
 * numbers by value, texts ignoring case (kept as first written), logical
 * values by value; a number never matches a text. A blank (null, undefined or "") gets −1.
 */
export function labelPositions(values: readonly unknown[]): LabelPositions {
  const labels: unknown[] = [];
  const index = new Int32Array(values.length);
  const numbers = new Map<number, number>();
  const texts = new Map<string, number>();
  const logical = new Map<boolean, number>();
  const find = <K>(map: Map<K, number>, key: K, v: unknown): number => {
    let at = map.get(key);
    if (at === undefined) {
      at = labels.length;
      labels.push(v);
      map.set(key, at);
    }
    return at;
  };
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined || v === '') index[i] = -1;
    else if (typeof v === 'number') index[i] = find(numbers, v, v);
    else if (typeof v === 'boolean') index[i] = find(logical, v, v);
    else index[i] = find(texts, String(v).toLowerCase(), v);
  }
  return { labels, index };
}

/** A label as a message shows it: a text in quotes, a number or logical value as it is. */
export function describeLabel(v: unknown): string {
  if (typeof v === 'string') return `"${v.length > 40 ? `${v.slice(0, 40)}…` : v}"`;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

/**
 * A range (n×m, blank = null) as one column-major Float64Array: column j at [j·n, (j + 1)·n),
 * NaN for a blank. One row-major pass over the rows Excel sends, so that the columns are then
 * read and written as contiguous typed arrays.
 */
export function columnMajor(data: Data, n: number, m: number): Float64Array {
  const grid = new Float64Array(n * m);
  for (let i = 0; i < n; i++) {
    const row = data[i];
    for (let j = 0, k = i; j < m; j++, k += n) {
      const x = row[j];
      grid[k] = x === null || x === undefined ? NaN : x;
    }
  }
  return grid;
}

/** A column-major grid back as rows of cells: NaN as a blank (""), a value too large for a number as #NUM!. */
export function gridRows(grid: Float64Array, n: number, m: number): Cell[][] {
  const out: Cell[][] = new Array(n);
  let overflow: Cell | null = null;
  for (let i = 0; i < n; i++) {
    const row = new Array<Cell>(m);
    for (let j = 0, k = i; j < m; j++, k += n) {
      const x = grid[k];
      if (x - x === 0) row[j] = x;
      else if (Number.isNaN(x)) row[j] = '';
      else row[j] = overflow ??= fail('num', 'resultTooLarge', {});
    }
    out[i] = row;
  }
  return out;
}

/** Mean (Neumaier's compensated sum) or median of values[from … to − 1]; sorts that stretch for the median. */
function statistic(values: Float64Array, from: number, to: number, median: boolean): number {
  const n = to - from;
  if (median) {
    const part = values.subarray(from, to).sort();
    const h = n >> 1;
    return n % 2 === 1 ? part[h] : (part[h - 1] + part[h]) / 2;
  }
  let s = 0;
  let c = 0;
  for (let i = from; i < to; i++) {
    const v = values[i];
    const t = s + v;
    c += Math.abs(s) >= Math.abs(v) ? s - t + v : v - t + s;
    s = t;
  }
  return (s + c) / n;
}

/**
 * @param data n×m, units in rows, indicators in columns; blanks (null) are filled
 * @param method "mean" (default), "median", "group-mean" or "group-median"
 * @param groups with the group methods: one label per row of data
 * @throws #VALUE! for an unknown method, a range that is not rectangular, groups missing, not
 *   wanted or of the wrong length; #N/A for data without rows
 */
export function impute(data: Data, method: string | null = 'mean', groups: readonly unknown[] | null = null): Cell[][] {
  const how = (method ?? 'mean').toLowerCase() as ImputeMethod;
  if (!METHODS.includes(how)) throw fail('value', 'unknownMethod', { method: String(method) });
  const n = data.length;
  if (n === 0) throw fail('na', 'noRows', {});
  const m = data[0].length;
  if (data.some((row) => row.length !== m)) throw fail('value', 'dataNotRectangular', {});
  const grouped = how === 'group-mean' || how === 'group-median';
  const hasGroups = groups !== null && groups !== undefined;
  if (grouped && !hasGroups) throw fail('value', 'groupsMissing', { method: how });
  if (!grouped && hasGroups) throw fail('value', 'groupsUnwanted', { method: how });
  if (hasGroups && groups.length !== n) throw fail('value', 'groupsLength', { n, count: groups.length });
  const median = how === 'median' || how === 'group-median';

  // Row → group (a single group of every row without groups); blank labels −1.
  const { labels, index } = hasGroups ? labelPositions(groups) : { labels: [null], index: new Int32Array(n) };
  const k = labels.length;

  const grid = columnMajor(data, n, m);
  const unfilled: [number, number, DomainError][] = [];
  const start = new Int32Array(k + 1);
  const fill = new Int32Array(k);
  const values = new Float64Array(n);
  const stat = new Float64Array(k);
  for (let j = 0; j < m; j++) {
    const col = grid.subarray(j * n, (j + 1) * n);
    // The values present, laid out group after group (a counting sort), and whether a blank exists.
    start.fill(0);
    let blanks = false;
    for (let i = 0; i < n; i++) {
      if (Number.isNaN(col[i])) blanks = true;
      else if (index[i] >= 0) start[index[i] + 1]++;
    }
    if (!blanks) continue;
    for (let g = 0; g < k; g++) start[g + 1] += start[g];
    fill.set(start.subarray(0, k));
    for (let i = 0; i < n; i++) if (!Number.isNaN(col[i]) && index[i] >= 0) values[fill[index[i]]++] = col[i];
    const missing: (DomainError | null)[] = new Array(k).fill(null);
    for (let g = 0; g < k; g++) {
      if (start[g + 1] > start[g]) stat[g] = statistic(values, start[g], start[g + 1], median);
      else {
        missing[g] = hasGroups
          ? fail('na', 'groupNoValues', { column: j + 1, label: describeLabel(labels[g]) })
          : fail('na', 'columnNoValues', { column: j + 1 });
      }
    }
    for (let i = 0; i < n; i++) {
      if (!Number.isNaN(col[i])) continue;
      const g = index[i];
      const why = g < 0 ? fail('na', 'blankGroupLabel', { row: i + 1, column: j + 1 }) : missing[g];
      if (why === null) col[i] = stat[g];
      else unfilled.push([i, j, why]);
    }
  }
  const out = gridRows(grid, n, m);
  for (const [i, j, e] of unfilled) out[i][j] = e;
  return out;
}
