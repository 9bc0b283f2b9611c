/**
 * CORRELATION_MATRIX: the m×m correlations of the indicators (columns), the
 * collinearity check of composite-indicator work (COINr's get_corr;
 * methods-analysis.md §8, "Correlation checks").
 *
 * - "pearson" (default): r = Σ d_j d_k / √(Σ d_j² Σ d_k²), d the deviations
 *   from the mean over the rows used (Excel's CORREL).
 * - "spearman": Pearson's r of the ranks, tied values sharing the average of
 *   their ranks (Excel's RANK.AVG; R's rank, ties.method = "average").
 *
 * Pairwise-complete rows, as R's cor(use = "pairwise.complete.obs") and
 * pandas' DataFrame.corr: each pair of columns uses the rows where both have a
 * value, and for "spearman" the ranks are taken among those rows (as R does).
 * The diagonal is 1 (for a column with enough varying values). Each cell
 * stands alone: a pair with fewer than 3 rows in common is #N/A in its cell
 * (two points always correlate ±1), a pair where either column is constant on
 * the common rows is #DIV/0! in its cell (Excel's CORREL; R gives NA), and the
 * other cells still compute. Values are kept within [−1, 1]; values too large
 * to square (beyond about 1e154) are #NUM! in their cells.
 *
 * Errors of the whole call: fewer than 3 rows: #N/A; more than 500 columns:
 * #VALUE! (the result would pass the 250,000 cells Excel on the web returns).
 *
 * Speed: the columns without a blank are centred (Pearson: the corrected
 * two-pass mean; Spearman: the ranks less (n + 1)/2, exact half-integers
 * whose products sum exactly) and all their pairs come from one blocked
 * cross-product pass (cross-products.ts); ranks come from a radix sort of
 * each column (Ranker). A pair that involves a column with blanks is
 * computed on its own common rows (Pearson: two passes; Spearman: the ranks
 * among them from one walk of each column's rows in sorted order, sorted once),
 * yielding to Excel between rows of pairs.
 */
import type { Cell } from '../shared/errors';
import { type Data, dataColumns } from '../composite';
import { Pacer } from '../shared/pacer';
import { centre, crossProducts, MAX_CORRELATION_COLUMNS, packByColumn, type PackedColumns, scaleExtremeColumns } from './cross-products';
import { fail } from './messages';

export type CorrelationMethod = 'pearson' | 'spearman';

/** Fewest rows a correlation is computed from. */
const MIN_ROWS = 3;

/**
 * The async function sequences plain functions (V8 optimises their loops as usual; loops resumed
 * inside an async function after an await ran about ten times slower) and yields between them.
 */
export async function correlationMatrix(
  data: Data,
  method: CorrelationMethod = 'pearson',
  pacer: Pick<Pacer, 'tick'> = new Pacer(),
): Promise<Cell[][]> {
  const m = dataColumns(data, MIN_ROWS);
  if (m > MAX_CORRELATION_COLUMNS) {
    throw fail('value', 'tooManyColumnsMatrix', { max: MAX_CORRELATION_COLUMNS, m });
  }
  const packed = packByColumn(data, m);
  scaleExtremeColumns(packed, false);
  const w = prepare(packed, method === 'spearman');
  const { n, x, full } = w;
  const g = await crossProducts(
    full.map((j) => x.subarray(j * n, (j + 1) * n)),
    n,
    pacer,
  );
  const out = fullPairs(w, g);
  if (full.length === m) return out;
  // The pairs with a column that has blanks, on their common rows.
  if (w.spearman) {
    for (let j = 0; j < m; j++) {
      w.sortedRows.push(sortedRows(w, j));
      await pacer.tick();
    }
  }
  for (let j = 0; j < m; j++) {
    blankPairs(w, j, out);
    await pacer.tick();
  }
  return out;
}

/** The packed data and what the pairs need. */
interface Work {
  n: number;
  m: number;
  x: Float64Array;
  blanks: Int32Array;
  spearman: boolean;
  /** The columns without a blank, centred in place (Spearman: their centred ranks). */
  full: number[];
  /** 1 for a column without a blank that is constant. */
  constant: Uint8Array;
  ranker: Ranker;
  /** Spearman with blanks: each column's rows with a value, in ascending order of the value. */
  sortedRows: Int32Array[];
  /** Scratch, n each. */
  xs: Float64Array;
  ys: Float64Array;
  common: Int32Array;
}

function prepare(packed: PackedColumns, spearman: boolean): Work {
  const { n, m, x, blanks, sums } = packed;
  const full: number[] = [];
  const constant = new Uint8Array(m);
  const ranker = new Ranker(n);
  for (let j = 0; j < m; j++) {
    if (blanks[j] > 0) continue;
    full.push(j);
    const col = x.subarray(j * n, (j + 1) * n);
    if (spearman) {
      if (!ranker.centredRanks(col, col)) constant[j] = 1;
    } else if (centre(x, j * n, n, sums[j]) === null) constant[j] = 1;
  }
  const any = full.length < m;
  return {
    n,
    m,
    x,
    blanks,
    spearman,
    full,
    constant,
    ranker,
    sortedRows: [],
    xs: new Float64Array(any ? n : 0),
    ys: new Float64Array(any ? n : 0),
    common: new Int32Array(any && spearman ? n : 0),
  };
}

const fewRows = (j: number, k: number, c: number): Cell =>
  j === k
    ? fail('na', 'columnFewValues', { column: j + 1, count: c, min: MIN_ROWS })
    : fail('na', 'pairFewRows', { column: j + 1, other: k + 1, count: c, min: MIN_ROWS });

/** Deviations beyond ~1e154 overflow their squares. */
const tooLarge = (j: number, k: number): Cell => fail('num', 'pairTooLarge', { column: j + 1, other: k + 1 });

/** #DIV/0! for the pair (j, k) whose column `flat` is constant on their common rows. */
const constantPair = (j: number, k: number, flat: number): Cell =>
  j === k
    ? fail('div0', 'columnConstantCorrelation', { column: j + 1 })
    : fail('div0', 'pairConstant', { column: flat + 1, other: (flat === j ? k : j) + 1 });

/** The m×m result with the pairs of columns without blanks filled from their cross products g (the others ""). */
function fullPairs(w: Work, g: Float64Array): Cell[][] {
  const { sqrt } = Math;
  const { m, full, constant } = w;
  const p = full.length;
  const out: Cell[][] = [];
  for (let j = 0; j < m; j++) out.push(new Array<Cell>(m).fill(''));
  for (let a = 0; a < p; a++) {
    const j = full[a];
    for (let b = a; b < p; b++) {
      const k = full[b];
      let v: Cell;
      if (constant[j] === 1 || constant[k] === 1) v = constantPair(j, k, constant[j] === 1 ? j : k);
      else if (j === k) v = 1;
      else if (!(g[a * p + a] < Infinity && g[b * p + b] < Infinity)) v = tooLarge(j, k);
      else {
        const r = g[a * p + b] / (sqrt(g[a * p + a]) * sqrt(g[b * p + b]));
        v = r > 1 ? 1 : r < -1 ? -1 : r;
      }
      out[j][k] = v;
      out[k][j] = v;
    }
  }
  return out;
}

/**
 * Column j's rows with a value, in ascending order of the value (a full column holds its ranks
 * by now, in the same order), so that the ranks among a pair's common rows come from one walk of
 * that order instead of a sort per pair.
 */
function sortedRows(w: Work, j: number): Int32Array {
  const { n, x, xs: values, common: rowsOf } = w;
  let c = 0;
  for (let i = 0, o = j * n; i < n; i++, o++) {
    const v = x[o];
    if (v === v) {
      values[c] = v;
      rowsOf[c++] = i;
    }
  }
  const order = w.ranker.order(values.subarray(0, c));
  const rows = new Int32Array(c);
  for (let q = 0; q < c; q++) rows[q] = rowsOf[order[q]];
  return rows;
}

/** The pairs (j, k ≥ j) that involve a column with blanks, each on its common rows, into out. */
function blankPairs(w: Work, j: number, out: Cell[][]): void {
  const { n, m, x, blanks, spearman, xs, ys, common } = w;
  const oj = j * n;
  for (let k = j; k < m; k++) {
    if (blanks[j] === 0 && blanks[k] === 0) continue;
    let c = 0;
    const ok = k * n;
    if (spearman) {
      for (let i = 0; i < n; i++) if (x[oj + i] === x[oj + i] && x[ok + i] === x[ok + i]) c++;
    } else {
      for (let i = 0; i < n; i++) {
        const a = x[oj + i];
        const b = x[ok + i];
        if (a === a && b === b) {
          xs[c] = a;
          ys[c] = b;
          c++;
        }
      }
    }
    let v: Cell;
    if (c < MIN_ROWS) v = fewRows(j, k, c);
    else {
      const r = spearman
        ? pairRankCorrelation(x, n, j, k, w.sortedRows[j], w.sortedRows[k], c, common, xs, ys)
        : pairCorrelation(xs.subarray(0, c), ys.subarray(0, c));
      if (r === 'x' || r === 'y') v = constantPair(j, k, r === 'x' ? j : k);
      else v = j === k ? 1 : r === r ? r : tooLarge(j, k);
    }
    out[j][k] = v;
    out[k][j] = v;
  }
}

/** Pearson's r of u and w, or which side is constant (u and w are overwritten by their deviations). */
function pairCorrelation(u: Float64Array, w: Float64Array): number | 'x' | 'y' {
  const c = u.length;
  if (centre(u, 0, c) === null) return 'x';
  if (centre(w, 0, c) === null) return 'y';
  return pearsonOfCentred(u, w, null, c);
}

/**
 * Spearman's r of columns j and k on their c common rows, or which side is constant: the
 * centred ranks of each among the common rows, by a walk of its sorted rows (rankJ, rankK are
 * indexed by row; common receives the common rows).
 */
function pairRankCorrelation(
  x: Float64Array,
  n: number,
  j: number,
  k: number,
  sortedJ: Int32Array,
  sortedK: Int32Array,
  c: number,
  common: Int32Array,
  rankJ: Float64Array,
  rankK: Float64Array,
): number | 'x' | 'y' {
  if (!ranksAmong(x, j * n, k * n, sortedJ, c, common, rankJ)) return 'x';
  if (!ranksAmong(x, k * n, j * n, sortedK, c, common, rankK)) return 'y';
  return pearsonOfCentred(rankJ, rankK, common, c);
}

/**
 * The centred ranks (exact halves, as Ranker's) of column `own` among the rows where column
 * `other` has a value too, into rank[row]: the rows of `sorted` (own's rows in ascending order of
 * its values) kept in that order into common, then each group of equal values given the mean of
 * its positions. False when all c values are equal.
 */
function ranksAmong(x: Float64Array, own: number, other: number, sorted: Int32Array, c: number, common: Int32Array, rank: Float64Array): boolean {
  let q = 0;
  for (let t = 0; t < sorted.length; t++) {
    const r = sorted[t];
    if (x[other + r] === x[other + r]) common[q++] = r;
  }
  if (x[own + common[0]] === x[own + common[c - 1]]) return false;
  let below = 0;
  while (below < c) {
    const v = x[own + common[below]];
    let above = below + 1;
    while (above < c && x[own + common[above]] === v) above++;
    const r = (below + above - c) / 2;
    for (let p = below; p < above; p++) rank[common[p]] = r;
    below = above;
  }
  return true;
}

/** Σab / √(Σa² Σb²) over positions 0 … c − 1, or over the positions listed in at (both centred), within [−1, 1]; NaN when a square overflows. */
function pearsonOfCentred(a: Float64Array, b: Float64Array, at: Int32Array | null, c: number): number {
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let t = 0; t < c; t++) {
    const i = at === null ? t : at[t];
    const u = a[i];
    const w = b[i];
    sab += u * w;
    saa += u * u;
    sbb += w * w;
  }
  // Squares beyond the largest double: NaN, which the caller reports as #NUM!.
  if (!(saa < Infinity && sbb < Infinity)) return NaN;
  const r = sab / (Math.sqrt(saa) * Math.sqrt(sbb));
  return r > 1 ? 1 : r < -1 ? -1 : r;
}

/** Little-endian platforms (all that run Excel) read a double's low word first. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
/** From this many values on, the order comes from a radix sort; below, from a comparison sort. */
const RADIX_FROM = 256;
/** Bins per radix pass: the high word in three passes of 11, 11 and 10 bits. */
const RADIX_BINS = 2048;
/** Equal high words: groups up to this size are put in order by insertion, larger ones by a comparison sort. */
const INSERTION_MAX = 16;

/**
 * The average ranks of a list of values (1 = smallest, ties sharing the mean of
 * their ranks: Excel's RANK.AVG, R's rank) less their mean (c + 1)/2. Ties are
 * equal values (−0 equals 0). A rank of a tie over sorted positions lo … hi − 1
 * is the mean of lo + 1 … hi, so the centred rank (lo + hi − c)/2 is a multiple of
 * 1/2, exact, and so are its products and their sums (below 2⁵³).
 *
 * The order: the doubles' bits mapped to unsigned integers in the order of the
 * numbers (flip every bit of a negative, the sign bit of a positive); a
 * least-significant-digit radix sort of the high words (sign, exponent and 20
 * bits of mantissa) in three passes, the three histograms counted in one pass and
 * a pass skipped when all values share its digit (the sign and exponent usually
 * do); then each run of equal high words put in order by the low words. For
 * short lists a comparison sort instead. Stable: equal values keep their order.
 */
export class Ranker {
  /** A copy of the values, read as 32-bit words (bits). */
  private readonly copy: Float64Array;
  private readonly bits: Uint32Array;
  private readonly lo: Uint32Array;
  private readonly hi: Uint32Array;
  private readonly positions: Int32Array;
  private readonly spare: Int32Array;
  private readonly count = new Int32Array(3 * RADIX_BINS);

  /** For lists of at most n values. */
  constructor(n: number) {
    this.copy = new Float64Array(n);
    this.bits = new Uint32Array(this.copy.buffer);
    this.lo = new Uint32Array(n);
    this.hi = new Uint32Array(n);
    this.positions = new Int32Array(n);
    this.spare = new Int32Array(n);
  }

  /**
   * The positions of values in ascending order (ties in their order of position): a view of
   * the ranker's buffer, valid until its next use.
   */
  order(values: Float64Array): Int32Array {
    const c = values.length;
    if (c >= RADIX_FROM && LITTLE_ENDIAN) return this.radixOrder(values);
    const order = this.positions.subarray(0, c);
    for (let i = 0; i < c; i++) order[i] = i;
    return order.sort((a, b) => values[a] - values[b] || a - b);
  }

  /** The centred ranks of values into out (which may be values itself); false (out unchanged) when every value is equal. */
  centredRanks(values: Float64Array, out: Float64Array): boolean {
    const c = values.length;
    if (c === 0) return false;
    const order = this.order(values);
    if (values[order[0]] === values[order[c - 1]]) return false;
    // Groups of equal values in sorted order: positions below … above − 1, read before they are written.
    let below = 0;
    while (below < c) {
      const v = values[order[below]];
      let above = below + 1;
      while (above < c && values[order[above]] === v) above++;
      const r = (below + above - c) / 2;
      for (let p = below; p < above; p++) out[order[p]] = r;
      below = above;
    }
    return true;
  }

  private radixOrder(values: Float64Array): Int32Array {
    const c = values.length;
    const { bits, lo, hi, count } = this;
    this.copy.set(values);
    count.fill(0);
    for (let i = 0; i < c; i++) {
      const l = bits[2 * i];
      const h = bits[2 * i + 1];
      let k: number;
      if (h & 0x80000000) {
        lo[i] = ~l >>> 0;
        k = ~h >>> 0;
      } else {
        lo[i] = l;
        k = (h | 0x80000000) >>> 0;
      }
      hi[i] = k;
      count[k & 0x7ff]++;
      count[RADIX_BINS + ((k >>> 11) & 0x7ff)]++;
      count[2 * RADIX_BINS + (k >>> 22)]++;
    }
    let order = this.positions;
    let spare = this.spare;
    for (let i = 0; i < c; i++) order[i] = i;
    for (let pass = 0; pass < 3; pass++) {
      const shift = 11 * pass;
      const base = pass * RADIX_BINS;
      const mask = pass === 2 ? 0x3ff : 0x7ff;
      if (count[base + ((hi[0] >>> shift) & mask)] === c) continue;
      let sum = 0;
      for (let b = base; b <= base + mask; b++) {
        const t = count[b];
        count[b] = sum;
        sum += t;
      }
      for (let p = 0; p < c; p++) {
        const id = order[p];
        spare[count[base + ((hi[id] >>> shift) & mask)]++] = id;
      }
      const t = order;
      order = spare;
      spare = t;
    }
    // Runs of equal high words, in order by the low words (stably).
    let a = 0;
    while (a < c) {
      const h = hi[order[a]];
      let b = a + 1;
      while (b < c && hi[order[b]] === h) b++;
      // Equal values (ties) share their low words too: such a run is in order already.
      let same = true;
      for (let p = a + 1; p < b && same; p++) same = lo[order[p]] === lo[order[a]];
      if (!same) {
        if (b - a <= INSERTION_MAX) {
          for (let p = a + 1; p < b; p++) {
            const id = order[p];
            const key = lo[id];
            let q = p - 1;
            while (q >= a && lo[order[q]] > key) {
              order[q + 1] = order[q];
              q--;
            }
            order[q + 1] = id;
          }
        } else order.subarray(a, b).sort((x, y) => lo[x] - lo[y] || x - y);
      }
      a = b;
    }
    return order.subarray(0, c);
  }
}
