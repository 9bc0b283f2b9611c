/**
 * DAGUM_GINI: the Gini coefficient and its decomposition by subgroups of
 * Dagum (1997), G = Gw + Gnb + Gt, per period of a long panel.
 *
 * With group j of n_j values y_j1 … and mean μ_j, n and μ overall:
 *
 *   G    = Σ_j Σ_h Σ_i Σ_r |y_ji − y_hr| / (2 n² μ)
 *   G_jj = Σ_i Σ_r |y_ji − y_jr| / (2 n_j² μ_j)                (within group j)
 *   G_jh = Σ_i Σ_r |y_ji − y_hr| / (n_j n_h (μ_j + μ_h))       (between j and h)
 *   p_j = n_j/n,  s_j = n_j μ_j/(n μ)
 *   Gw  = Σ_j G_jj p_j s_j
 *   Gnb = Σ_{pairs} G_jh (p_j s_h + p_h s_j) D_jh
 *   Gt  = Σ_{pairs} G_jh (p_j s_h + p_h s_j) (1 − D_jh)
 *   D_jh = (d_jh − p_jh)/(d_jh + p_jh), j the group with the higher mean,
 *   d_jh = Σ Σ max(y_ji − y_hr, 0)/(n_j n_h), p_jh = Σ Σ max(y_hr − y_ji, 0)/(n_j n_h)
 *
 * The pair sums are never n² loops: each group is sorted once, and
 * Σ_i Σ_r max(a_i − b_r, 0) is a merge of two sorted lists with prefix sums
 * (dagum-pair-sums.ts), so a period costs O(n log n + k·n) for k groups.
 *
 * Rows: a blank value leaves its row out (with its group and period labels);
 * a value needs a group label (and a period label when periods are given):
 * otherwise #VALUE! naming the row. Labels as panel.ts reads them (numbers stay
 * numbers, texts are compared ignoring case, order of first appearance).
 */
import { type Cell, DomainError } from '../shared/errors';
import { innerOf } from '../shared/messages';
import { sum } from '../shared/numeric';
import type { Label } from './panel';
import { flatList as flat, gather, gatherIndex, LabelIndex, splitBy } from './label-index';
import { pairSums, sortedWithPrefix, type SortedGroup, withinSum } from './dagum-pair-sums';
import { fail } from './messages';

export const DAGUM_SUMMARY_HEADER = ['G', 'Gw', 'Gnb', 'Gt', 'Gw share', 'Gnb share', 'Gt share'] as const;

export type DagumOutput = 'summary' | 'within' | 'between' | 'all';
const OUTPUTS: readonly DagumOutput[] = ['summary', 'within', 'between', 'all'];

/** The decomposition of one set of values split into groups 0 … k − 1. */
export interface DagumParts {
  G: number;
  Gw: number;
  Gnb: number;
  Gt: number;
  /** G_jj for each group; an error for a group with no values or a mean of 0. */
  within: Cell[];
  /** G_jh for each pair j < h (in the order (0,1), (0,2) … (1,2) …); an error where undefined. */
  between: Cell[];
}

const show = (v: Label): string => (typeof v === 'string' ? `"${v}"` : String(v));

/**
 * The decomposition of `values` (≥ 0) split by `group` (indices 0 … k − 1).
 * `labels` name the groups in messages. Throws #N/A for fewer than 2 values,
 * #DIV/0! for a mean of 0.
 */
export function dagumParts(values: ArrayLike<number>, group: ArrayLike<number>, k: number, labels: readonly Label[]): DagumParts {
  const n = values.length;
  if (n < 2) throw fail('na', 'tooFewValues', { n });
  const counts = new Int32Array(k);
  for (let i = 0; i < n; i++) counts[group[i]]++;
  const members = Array.from(counts, (m) => new Float64Array(m));
  counts.fill(0);
  for (let i = 0; i < n; i++) {
    const j = group[i];
    members[j][counts[j]++] = values[i];
  }
  const groups: SortedGroup[] = members.map((m) => sortedWithPrefix(m));
  const total = sum(groups.map((g) => g.total));
  const mu = total / n;
  if (!(mu > 0)) throw fail('div0', 'zeroMeanOfValues', {});

  const present = groups.map((g) => g.n > 0);
  const means = groups.map((g) => (g.n > 0 ? g.total / g.n : 0));
  const p = groups.map((g) => g.n / n);
  const s = groups.map((g) => g.total / total);

  // Ordered-pair sums Σ_i Σ_r |y_ji − y_hr| for the overall G.
  const ordered: number[] = [];
  const within: Cell[] = [];
  const gwParts: number[] = [];
  for (let j = 0; j < k; j++) {
    const g = groups[j];
    if (!present[j]) {
      within.push(fail('na', 'emptyGroup', { group: show(labels[j]) }));
      continue;
    }
    const w = withinSum(g);
    ordered.push(w);
    if (means[j] > 0) {
      const gjj = w / (2 * g.n * g.n * means[j]);
      within.push(gjj);
      gwParts.push(gjj * p[j] * s[j]);
    } else {
      // Every member is 0 (values ≥ 0): G_jj is 0/0, but the group adds nothing to Gw (s_j = 0).
      within.push(fail('div0', 'zeroGroupMean', { group: show(labels[j]) }));
    }
  }

  const between: Cell[] = [];
  const gnbParts: number[] = [];
  const gtParts: number[] = [];
  for (let j = 0; j < k; j++) {
    for (let h = j + 1; h < k; h++) {
      if (!present[j] || !present[h]) {
        const missing = present[j] ? labels[h] : labels[j];
        between.push(fail('na', 'emptyGroup', { group: show(missing) }));
        continue;
      }
      const { above, below } = pairSums(groups[j], groups[h]);
      const pairTotal = above + below;
      ordered.push(2 * pairTotal);
      const denominator = groups[j].n * groups[h].n * (means[j] + means[h]);
      if (!(denominator > 0)) {
        between.push(fail('div0', 'zeroPairMeans', { first: show(labels[j]), second: show(labels[h]) }));
        continue; // both groups are all 0: the pair weight p_j s_h + p_h s_j is 0
      }
      const gjh = pairTotal / denominator;
      between.push(gjh);
      if (pairTotal === 0) continue; // every difference is 0: G_jh = 0 adds nothing
      // D_jh with the higher-mean group as j: (d − p)/(d + p).
      const d = means[j] >= means[h] ? (above - below) / pairTotal : (below - above) / pairTotal;
      const weight = p[j] * s[h] + p[h] * s[j];
      gnbParts.push(gjh * weight * d);
      gtParts.push(gjh * weight * (1 - d));
    }
  }
  return {
    G: sum(ordered) / (2 * n * n * mu),
    Gw: sum(gwParts),
    Gnb: sum(gnbParts),
    Gt: sum(gtParts),
    within,
    between,
  };
}

const isBlank = (v: unknown): boolean => v === null || v === undefined || v === '';

function readLabel(v: unknown, argName: string, row: number): Label {
  if (isBlank(v)) throw fail('value', 'blankLabel', { name: argName, row: row + 1 });
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  throw fail('value', 'notLabel', { name: argName, row: row + 1 });
}

function readOutput(output: unknown): DagumOutput {
  const o = output === null || output === undefined ? 'summary' : String(output).trim().toLowerCase();
  if ((OUTPUTS as readonly string[]).includes(o)) return o as DagumOutput;
  throw fail('value', 'unknownDagumOutput', {});
}

/**
 * Reads the rows that have a value into x, with their labels' positions (order of first
 * appearance, as panel.ts's labelsInOrder) in gIndex and tIndex; a value needs its labels.
 * Returns the number of rows read.
 */
function readRows(
  v: readonly unknown[],
  g: readonly unknown[],
  t: readonly unknown[] | null,
  x: Float64Array,
  gIndex: Int32Array,
  tIndex: Int32Array,
  grp: LabelIndex,
  per: LabelIndex,
): number {
  let count = 0;
  for (let i = 0; i < v.length; i++) {
    const y = v[i];
    if (isBlank(y)) continue;
    if (typeof y !== 'number' || y - y !== 0) throw fail('value', 'notNumberRow', { row: i + 1 }); // y − y: NaN for NaN and ±Infinity
    if (y < 0) throw fail('num', 'negativeValue', { row: i + 1, value: y });
    gIndex[count] = grp.indexOf(readLabel(g[i], 'groups', i));
    if (t !== null) tIndex[count] = per.indexOf(readLabel(t[i], 'periods', i));
    x[count++] = y;
  }
  return count;
}

/**
 * @param values values ≥ 0 (a row or a column); a blank leaves its row out
 * @param groups one group label per value
 * @param periods one period label per value (optional): one result row per period
 * @param output "summary" (default), "within", "between" or "all"
 * @returns a header row, then one row per period (a single row without periods)
 */
export function dagumGini(values: unknown, groups: unknown, periods?: unknown, output: unknown = 'summary'): Cell[][] {
  const kind = readOutput(output);
  const v = flat(values);
  const g = flat(groups);
  const withPeriods = periods !== null && periods !== undefined;
  const t = withPeriods ? flat(periods) : [];
  if (g.length !== v.length) throw fail('value', 'labelCountMismatch', { name: 'groups', expected: v.length, got: g.length });
  if (withPeriods && t.length !== v.length) throw fail('value', 'labelCountMismatch', { name: 'periods', expected: v.length, got: t.length });

  // The rows that have a value, in one pass (a function of its own, which the JIT compiles alone).
  const x = new Float64Array(v.length);
  const gIndex = new Int32Array(v.length);
  const tIndex = new Int32Array(withPeriods ? v.length : 0);
  const grp = new LabelIndex();
  const per = new LabelIndex();
  const count = readRows(v, g, withPeriods ? t : null, x, gIndex, tIndex, grp, per);
  const k = grp.labels.length;
  const pairLabels: string[] = [];
  for (let j = 0; j < k; j++) for (let h = j + 1; h < k; h++) pairLabels.push(`${String(grp.labels[j])}–${String(grp.labels[h])}`);

  const header: Cell[] = withPeriods ? ['period'] : [];
  if (kind === 'summary' || kind === 'all') header.push(...DAGUM_SUMMARY_HEADER);
  if (kind === 'within' || kind === 'all') header.push(...grp.labels);
  if (kind === 'between' || kind === 'all') header.push(...pairLabels);

  const rowOf = (parts: DagumParts): Cell[] => {
    const row: Cell[] = [];
    if (kind === 'summary' || kind === 'all') {
      const share = (part: number): Cell => (parts.G > 0 ? part / parts.G : fail('div0', 'zeroGini', {}));
      row.push(parts.G, parts.Gw, parts.Gnb, parts.Gt, share(parts.Gw), share(parts.Gnb), share(parts.Gt));
    }
    if (kind === 'within' || kind === 'all') row.push(...parts.within);
    if (kind === 'between' || kind === 'all') row.push(...parts.between);
    return row;
  };
  const width = header.length - (withPeriods ? 1 : 0);

  if (!withPeriods) {
    // One row: its failure is the function's (a single error, with its message).
    return [header, rowOf(dagumParts(x.subarray(0, count), gIndex.subarray(0, count), k, grp.labels))];
  }
  const rows: Cell[][] = [header];
  // The rows of each period laid out one period after another, in one pass.
  const { start, order } = splitBy(tIndex, count, per.labels.length);
  const xs = gather(x, order);
  const gs = gatherIndex(gIndex, order);
  for (let q = 0; q < per.labels.length; q++) {
    const label = per.labels[q];
    let cells: Cell[];
    try {
      cells = rowOf(dagumParts(xs.subarray(start[q], start[q + 1]), gs.subarray(start[q], start[q + 1]), k, grp.labels));
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      cells = new Array<Cell>(width).fill(fail(e.kind, 'periodFailed', { period: show(label), inner: innerOf(e) }));
    }
    rows.push([label, ...cells]);
  }
  return rows;
}
