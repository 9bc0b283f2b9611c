/**
 * Fast reading of long panels for the regional family (county scale: tens of thousands of rows).
 *
 * - LabelIndex gives each label its position in order of first appearance, with exactly the
 *   equality of the catalogue's panels (numbers by value, texts ignoring case, reported as first
 *   written; a number never matches a text), without building a key string per row: numbers are
 *   looked up by value, texts first as written and then folded to lower case, and the previous
 *   row's label (a long panel repeats its group labels row after row) and the label after it
 *   (periods cycling within each unit) are found without a look-up. panel.ts's labelsInOrder
 *   reads a whole column with it.
 * - flatList reads a vector as a flat list (a range's rows one after the other).
 * - splitBy lays the rows of each label out contiguously (a stable counting sort), in typed arrays.
 */
import type { Label } from './panel';

export class LabelIndex {
  /** The distinct labels in order of first appearance, as first written. */
  readonly labels: Label[] = [];
  private readonly numbers = new Map<number, number>();
  private readonly texts = new Map<string, number>();
  private readonly folded = new Map<string, number>();
  private readonly logical: [number, number] = [-1, -1];
  private last: Label | undefined = undefined;
  private lastAt = -1;

  /** The position of `v` among the labels (a new one is added at the end). */
  indexOf(v: Label): number {
    if (v === this.last) return this.lastAt;
    // The label after the last one (periods cycling within each unit, units within each period) is not looked up.
    const next = this.lastAt + 1 < this.labels.length ? this.lastAt + 1 : 0;
    if (this.lastAt >= 0 && this.labels[next] === v) {
      this.last = v;
      this.lastAt = next;
      return next;
    }
    let at: number;
    if (typeof v === 'number') {
      // Map keys compare as SameValueZero: 0 and −0 are one label, as String(v) makes them.
      const known = this.numbers.get(v);
      if (known === undefined) {
        at = this.add(v);
        this.numbers.set(v, at);
      } else at = known;
    } else if (typeof v === 'string') {
      const known = this.texts.get(v);
      if (known === undefined) {
        const key = v.toLowerCase();
        const same = this.folded.get(key);
        if (same === undefined) {
          at = this.add(v);
          this.folded.set(key, at);
        } else at = same;
        this.texts.set(v, at);
      } else at = known;
    } else {
      const b = v ? 1 : 0;
      at = this.logical[b];
      if (at < 0) {
        at = this.add(v);
        this.logical[b] = at;
      }
    }
    this.last = v;
    this.lastAt = at;
    return at;
  }

  private add(v: Label): number {
    this.labels.push(v);
    return this.labels.length - 1;
  }
}

/** A vector as a flat list: a flat list as it is; a range (rows of cells) row by row; a single value as a list of one. */
export function flatList(v: unknown): readonly unknown[] {
  if (!Array.isArray(v)) return [v];
  const list = v as readonly unknown[];
  let nested = false;
  for (let i = 0; i < list.length; i++) {
    if (Array.isArray(list[i])) {
      nested = true;
      break;
    }
  }
  if (!nested) return list;
  // One-cell rows (a column, as Excel sends it): one read per row.
  const out: unknown[] = [];
  for (let i = 0; i < list.length; i++) {
    const x = list[i];
    if (!Array.isArray(x)) out.push(x);
    else for (let j = 0; j < x.length; j++) out.push(x[j]);
  }
  return out;
}

/** The rows of each of `k` labels laid out one label after another, in their order (a stable counting sort). */
export interface Split {
  /** start[q] … start[q + 1] − 1: the positions of label q's rows in `order`. */
  start: Int32Array;
  /** The rows (indices into the input), label by label. */
  order: Int32Array;
}

export function splitBy(index: Int32Array, count: number, k: number): Split {
  const start = new Int32Array(k + 1);
  for (let i = 0; i < count; i++) start[index[i] + 1]++;
  for (let q = 0; q < k; q++) start[q + 1] += start[q];
  const next = start.slice(0, k);
  const order = new Int32Array(count);
  for (let i = 0; i < count; i++) order[next[index[i]]++] = i;
  return { start, order };
}

/** values[order[r]] for each r (the rows laid out label by label). */
export function gather(values: Float64Array, order: Int32Array): Float64Array {
  const out = new Float64Array(order.length);
  for (let r = 0; r < order.length; r++) out[r] = values[order[r]];
  return out;
}

/** The same for label positions. */
export function gatherIndex(values: Int32Array, order: Int32Array): Int32Array {
  const out = new Int32Array(order.length);
  for (let r = 0; r < order.length; r++) out[r] = values[order[r]];
  return out;
}
