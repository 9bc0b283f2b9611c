/**
 * INDEX_TREE: a hierarchical composite index, COINr's indicator → dimension →
 * index (methods-analysis.md §8 "Hierarchical aggregation").
 *
 * `structure` has one row per indicator (column of data) and one column per
 * level above the indicators, naming the indicator's parent at that level:
 * column 1 the dimension (pillar), column 2 the level above it, …, the last
 * column the index. Names are compared without surrounding spaces and without
 * regard to case (as Excel's MATCH compares text); a node keeps the spelling of
 * its first appearance. The structure must be a tree: every cell filled, a node
 * with one parent (the same node in column l always has the same node in column
 * l + 1), and a name used at one level only (the header row must name each
 * node once, so that XLOOKUP finds it). Several nodes at the top level are
 * allowed (two indices side by side).
 *
 * Each node is the weighted mean of its children:
 * - the indicators, normalised first by `normalization`: "minmax" (default,
 *   by direction: (x − min)/(max − min), cost (max − x)/(max − min), as
 *   NORMALIZE) or "none" (the data are already normalised and oriented: no
 *   cost direction allowed);
 * - with `weights` (one per indicator, ≥ 0; default equal) rescaled to sum to 1
 *   among the children of each node; the nodes of a level weigh equally within
 *   their parent (COINr's default of equal weights at the upper levels);
 * - by `method`: "arithmetic" (default) Σ w x / Σ w, or "geometric"
 *   exp(Σ w ln x / Σ w), which needs every child > 0 (COINr's a_gmean): a child
 *   ≤ 0 is #NUM! in that unit's cell of the node (and of the nodes above it);
 *   min-max gives the worst unit of each column an exact 0, so normalise with
 *   a shift first (NORMALIZE(data, , , 0.0001)) and pass normalization "none".
 *
 * Blank cells are missing values: left out of the column's min and max, and
 * left out of the node's mean with the weights of the children present
 * rescaled among themselves (COINr's a_amean / a_gmean with NA removed). There
 * is no coverage threshold: a node with no child present for a unit is blank
 * ("") for that unit, and counts as missing in the node above it. An error in
 * a child (a geometric #NUM!) passes on to the nodes above it.
 *
 * Columns (catalogue section 11): a column with weight 0 is left out (it may be
 * constant or blank); a column with a positive weight that is blank throughout
 * is #VALUE!, and with "minmax" a constant one too, each naming the column and
 * saying to remove it or give it weight 0. A node whose indicators all have
 * weight 0 has nothing to aggregate: #DIV/0!.
 *
 * Result: a header row of the node names, the nodes of the lowest level first
 * (in order of first appearance down the structure), then each level above
 * it, the top last; then one row per unit.
 */
import { normalizeWeights } from '../shared/aggregate-scores';
import { type Cell, DomainError } from '../shared/errors';
import { checkDirections, type Data, dataColumns, isConstantValues, normalizeValues, packColumns } from '../composite';
import { fail } from './messages';

export type TreeMethod = 'arithmetic' | 'geometric';
export type TreeNormalization = 'minmax' | 'none';

const { abs, exp, log } = Math;

/** The tree read from `structure`: per level its nodes, and each indicator's or node's parent. */
interface Tree {
  /** Node names per level (level 0 = the column of structure next to the indicators). */
  names: string[][];
  /** parentOfIndicator[j]: the index of indicator j's node at level 0. */
  parentOfIndicator: Int32Array;
  /** parentOfNode[l][k]: the index at level l + 1 of node k of level l. */
  parentOfNode: Int32Array[];
}

export function indexTree(
  data: Data,
  structure: readonly (readonly (string | null)[])[],
  weights: readonly (number | null)[] | null = null,
  method: TreeMethod = 'arithmetic',
  normalization: TreeNormalization = 'minmax',
  directions: readonly number[] | null = null,
): Cell[][] {
  const m = dataColumns(data, normalization === 'none' ? 1 : 2);
  const n = data.length;
  const tree = readStructure(structure, m);
  // normalizeWeights checks the weights (one per column, ≥ 0, not all 0); only their ratios within a node matter.
  const w = normalizeWeights(weights, m);
  const dirs = checkDirections(directions, m);
  if (normalization === 'none' && dirs.some((d) => d === -1)) {
    throw fail('value', 'costWithNone', {});
  }

  // The indicators, normalised (blank → NaN here, never in the result), column by column.
  const cols = packColumns(data, m);
  const z: (Float64Array | null)[] = new Array(m).fill(null);
  for (let j = 0; j < m; j++) {
    if (w[j] === 0) continue; // left out
    const values = cols.values[j];
    if (values.length === 0) throw fail('value', 'columnBlank', { column: j + 1 });
    let zj = values;
    if (normalization === 'minmax') {
      if (isConstantValues(values)) throw fail('value', 'columnConstantWeighted', { column: j + 1 });
      zj = normalizeValues(values, dirs[j], 'minmax', 0, j);
    }
    const full = new Float64Array(n).fill(NaN);
    const rows = cols.rows[j];
    if (rows === null) full.set(zj);
    else for (let k = 0; k < rows.length; k++) full[rows[k]] = zj[k];
    z[j] = full;
  }

  // Level 0: the indicators' nodes, with the indicators' weights rescaled within each node.
  const levels = tree.names.length;
  const values: Cell[][][] = []; // values[l][k][i]
  const level0 = tree.names[0].map((name, k) => {
    const children: number[] = [];
    for (let j = 0; j < m; j++) if (tree.parentOfIndicator[j] === k && w[j] > 0) children.push(j);
    if (children.length === 0) throw fail('div0', 'nodeAllZero', { node: name });
    const cw = rescale(children.map((j) => w[j]));
    const childValues = children.map((j) => z[j] as Float64Array);
    return aggregateNode(name, childValues, cw, method, n);
  });
  values.push(level0);
  for (let l = 1; l < levels; l++) {
    const below = values[l - 1];
    const parents = tree.parentOfNode[l - 1];
    values.push(
      tree.names[l].map((name, k) => {
        const children: Cell[][] = [];
        for (let c = 0; c < below.length; c++) if (parents[c] === k) children.push(below[c]);
        return aggregateNode(name, children, rescale(children.map(() => 1)), method, n);
      }),
    );
  }

  const header: Cell[] = tree.names.flat();
  const columns = values.flat();
  const out: Cell[][] = [header];
  for (let i = 0; i < n; i++) out.push(columns.map((col) => col[i]));
  return out;
}

/** Weights rescaled to sum to 1. */
function rescale(w: readonly number[]): Float64Array {
  const total = neumaier(w, w.length);
  return Float64Array.from(w, (x) => x / total);
}

/**
 * One node for every unit: the weighted mean of the children present (a child
 * is a column of normalised values, NaN for a blank, or a column of cells of
 * the level below, "" for a blank). Weights are rescaled among the children
 * present; no child present gives "", an error in a child passes on.
 */
function aggregateNode(
  name: string,
  children: readonly (Float64Array | readonly Cell[])[],
  cw: Float64Array,
  method: TreeMethod,
  n: number,
): Cell[] {
  const k = children.length;
  const ws = new Float64Array(k);
  const terms = new Float64Array(k);
  const out: Cell[] = new Array(n);
  units: for (let i = 0; i < n; i++) {
    let q = 0;
    let bad = false;
    for (let c = 0; c < k; c++) {
      const x = children[c][i];
      if (x instanceof DomainError) {
        out[i] = x;
        continue units;
      }
      if (x === '' || (typeof x === 'number' && x !== x)) continue; // blank: left out
      const v = x as number;
      ws[q] = cw[c];
      if (method === 'arithmetic') terms[q] = cw[c] * v;
      else if (v > 0) terms[q] = cw[c] * log(v);
      else bad = true;
      q++;
    }
    if (q === 0) {
      out[i] = '';
      continue;
    }
    if (bad) {
      out[i] = fail('num', 'geometricNonPositive', { row: i + 1, node: name });
      continue;
    }
    const coverage = neumaier(ws, q);
    const mean = neumaier(terms, q) / coverage;
    out[i] = method === 'arithmetic' ? mean : exp(mean);
  }
  return out;
}

/** Neumaier's compensated sum of the first `count` values (numeric.ts's sum, on a prefix). */
function neumaier(values: ArrayLike<number>, count: number): number {
  let s = 0;
  let c = 0;
  for (let i = 0; i < count; i++) {
    const v = values[i];
    const t = s + v;
    c += abs(s) >= abs(v) ? s - t + v : v - t + s;
    s = t;
  }
  return s + c;
}

/** The node names of a level's cell: trimmed; the key compares them without case. */
const keyOf = (name: string): string => name.toLowerCase();

/** Reads and checks the structure: m rows (one per indicator), L ≥ 1 columns, a tree. */
function readStructure(structure: readonly (readonly (string | null)[])[], m: number): Tree {
  const rows = structure.length;
  const levels = rows > 0 ? structure[0].length : 0;
  if (rows !== m) {
    throw fail('value', 'structureRows', { m, rows, levels, transposed: levels === m });
  }
  if (levels === 0 || structure.some((r) => r.length !== levels)) throw fail('value', 'structureNotRectangular', {});
  const names: string[][] = [];
  const index: Map<string, number>[] = [];
  const levelOfKey = new Map<string, number>();
  const at: Int32Array[] = []; // at[l][j]: the node of indicator j at level l
  for (let l = 0; l < levels; l++) {
    names.push([]);
    index.push(new Map());
    at.push(new Int32Array(m));
    for (let j = 0; j < m; j++) {
      const raw = structure[j][l];
      const name = (raw ?? '').trim();
      if (name === '') throw fail('value', 'nodeNameBlank', { row: j + 1, column: l + 1 });
      const key = keyOf(name);
      const level = levelOfKey.get(key);
      if (level !== undefined && level !== l) {
        throw fail('value', 'nodeTwoLevels', { node: name, column: level + 1, other: l + 1 });
      }
      levelOfKey.set(key, l);
      let k = index[l].get(key);
      if (k === undefined) {
        k = names[l].length;
        index[l].set(key, k);
        names[l].push(name);
      }
      at[l][j] = k;
    }
  }
  const parentOfNode: Int32Array[] = [];
  for (let l = 0; l + 1 < levels; l++) {
    const parent = new Int32Array(names[l].length).fill(-1);
    const firstRow = new Int32Array(names[l].length);
    for (let j = 0; j < m; j++) {
      const k = at[l][j];
      const p = at[l + 1][j];
      if (parent[k] === -1) {
        parent[k] = p;
        firstRow[k] = j;
      } else if (parent[k] !== p) {
        throw fail('value', 'twoParents', {
          node: names[l][k],
          parent: names[l + 1][parent[k]],
          row: firstRow[k] + 1,
          other: names[l + 1][p],
          otherRow: j + 1,
        });
      }
    }
    parentOfNode.push(parent);
  }
  return { names, parentOfIndicator: at[0], parentOfNode };
}
