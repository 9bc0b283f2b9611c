/**
 * PCA_SCORE: principal component analysis of the indicators (columns), as the
 * composite-indicator literature computes it (methods-analysis.md §8, "PCA
 * weights"; R's prcomp(center = TRUE, scale. = TRUE)).
 *
 * - Standardisation: z_ij = (x_ij − mean_j) / sd_j with the sample sd (n − 1),
 *   over the complete rows (rows with a value in every column); so the
 *   eigen-decomposition is that of the correlation matrix R = Z'Z / (n − 1).
 * - R = V Λ V', eigenvalues λ_1 ≥ … ≥ λ_m, V the unit eigenvectors; each
 *   eigenvector is signed so that its largest-magnitude entry is positive
 *   (entries within 10⁻⁹ of the largest magnitude count as tied, and the first
 *   of them, the lowest column, decides), so the result does not depend on the
 *   arbitrary sign an eigen-solver returns (prcomp's PC1 of the reference
 *   vector is all negative; here it is all positive).
 * - Component scores F_k = Z v_k (prcomp's x, up to that sign).
 * - Kept components: `components` k, or by default those with λ > 1 (Kaiser);
 *   an eigenvalue within 10⁻¹⁰·m of 1 counts as 1 and is not kept, so that
 *   rounding never decides (uncorrelated columns give eigenvalues of exactly 1
 *   in theory). None above 1 means the columns are uncorrelated and every
 *   direction is as principal as any other: #N/A asking for components.
 * - output "score": F = Σ_k (λ_k / Σλ) F_k, both sums over the kept components;
 *   "components": the n×k scores F_k; "loadings": the m×k eigenvectors v_k;
 *   "eigenvalues": a header row (component, eigenvalue, share, cumulative),
 *   then every component: λ_k, λ_k / Σλ over all m, and the running share.
 *
 * An eigenvalue below 10⁻¹⁰·m (a share of the total below 10⁻¹⁰) is reported
 * as 0: with fewer complete rows than columns, or collinear columns, the
 * correlation matrix is singular and its zero eigenvalues come out as ±10⁻¹⁶.
 * The eigenvectors of zero eigenvalues are not determined by the data, so
 * asking for more components than have a positive eigenvalue is #NUM!.
 * Eigenvectors of (nearly) equal eigenvalues are likewise not unique: any
 * rotation within their plane fits the data as well, and another program may
 * return another (the help says so).
 *
 * Blanks: a row with a blank cell is left out of the analysis (complete rows,
 * R's na.omit) and its cells of the "score" and "components" outputs are
 * blank (""). Errors: fewer than 2 columns or fewer than 3 complete rows:
 * #N/A; more than 500 columns: #VALUE!; a column constant on the complete
 * rows (sd 0): #DIV/0! naming it; components not a whole number from 1 to m,
 * or more than have a positive eigenvalue, or values too large to square
 * (beyond about 1e154): #NUM!.
 *
 * Speed: one pass packs the rows by column, the centring and the cross
 * products are typed-array loops (cross-products.ts), the m×m eigen-problem
 * costs ~5m³ (symmetric-eigen.ts), and the score is one pass Z u with
 * u = Σ_k w_k v_k. It yields to Excel between tiles of rows and eigen steps.
 */
import type { Cell } from '../shared/errors';
import { type Data, dataColumns } from '../composite';
import { Pacer } from '../shared/pacer';
import { centre, completeRows, crossProducts, MAX_CORRELATION_COLUMNS, packByColumn } from './cross-products';
import { fail } from './messages';
import { symmetricEigen } from './symmetric-eigen';

export type PcaOutput = 'score' | 'components' | 'loadings' | 'eigenvalues';

export const PCA_EIGENVALUES_HEADER = ['component', 'eigenvalue', 'share', 'cumulative'] as const;

/** Eigenvalues below this share of the total (m) count as 0, and within it of 1 as 1. */
const EIGEN_TOLERANCE = 1e-10;
/** Entries of an eigenvector within this of its largest magnitude count as tied for the sign rule. */
const SIGN_TIE = 1e-9;

/** The principal components of the complete rows of data. */
export interface Pca {
  /** Rows of data, complete rows, columns. */
  rows: number;
  n: number;
  m: number;
  /** The data rows of the complete rows (null: all). */
  kept: Int32Array | null;
  /** Deviations from the column means, by column (column j at [j·n, (j + 1)·n)). */
  dev: Float64Array;
  sd: Float64Array;
  /** λ_1 ≥ … ≥ λ_m, those below the tolerance as 0. */
  values: Float64Array;
  /** Unit eigenvectors, signed, column-major: vector k at [k·m, (k + 1)·m). */
  vectors: Float64Array;
  /** The number of positive eigenvalues. */
  rank: number;
}

/**
 * The PCA of data (complete rows, standardised with the sample sd): what every output is computed from.
 * The async function sequences plain functions (V8 optimises their loops as usual; loops resumed
 * inside an async function after an await ran about ten times slower) and yields between them.
 */
export async function principalComponents(data: Data, pacer: Pick<Pacer, 'tick'> | null = null): Promise<Pca> {
  const { m, n, dev, kept } = standardised(data);
  const cols: Float64Array[] = [];
  for (let j = 0; j < m; j++) cols.push(dev.subarray(j * n, (j + 1) * n));
  const g = await crossProducts(cols, n, pacer);
  const { r, sd } = correlations(g, m, n);
  const { values, vectors } = await symmetricEigen(r, m, pacer);
  const rank = signed(values, vectors, m);
  return { rows: data.length, n, m, kept, dev, sd, values, vectors, rank };
}

/** The complete rows by column, each column centred; the errors of the data. */
function standardised(data: Data): { m: number; n: number; dev: Float64Array; kept: Int32Array | null } {
  const m = dataColumns(data, 1);
  if (m < 2) throw fail('na', 'tooFewColumns', { m });
  if (m > MAX_CORRELATION_COLUMNS) throw fail('value', 'tooManyColumns', { max: MAX_CORRELATION_COLUMNS, m });
  const { n, x: dev, rows: kept, sums } = completeRows(packByColumn(data, m));
  if (n < 3) throw fail('na', 'tooFewCompleteRows', { n, blanks: kept !== null });
  for (let j = 0; j < m; j++) {
    if (centre(dev, j * n, n, sums === null ? undefined : sums[j]) === null) {
      throw fail('div0', 'constantColumnSd', { column: j + 1, blanks: kept !== null });
    }
    rescaleExtreme(dev, j * n, n);
  }
  return { m, n, dev, kept };
}

/**
 * Deviations so small (below 1e-100) or so large (above 1e100) that their
 * squares would leave the range of doubles are multiplied by a power of two,
 * which is exact: z = dev/sd, and with it the correlations, components,
 * loadings and scores, do not change (only the intermediate sd is scaled).
 */
function rescaleExtreme(dev: Float64Array, offset: number, n: number): void {
  let big = 0;
  for (let i = offset; i < offset + n; i++) {
    const a = dev[i] < 0 ? -dev[i] : dev[i];
    if (a > big) big = a;
  }
  if (big >= 1e-100 && big <= 1e100) return;
  const factor = 2 ** -Math.round(Math.log2(big));
  for (let i = offset; i < offset + n; i++) dev[i] *= factor;
}

/** The correlation matrix (lower triangle, row-major) and the sample sds from the cross products g of the centred columns. */
function correlations(g: Float64Array, m: number, n: number): { r: Float64Array; sd: Float64Array } {
  const { sqrt } = Math;
  const sd = new Float64Array(m);
  const root = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    // Deviations beyond ~1e154 overflow their squares: no correlation can be formed.
    if (!(g[j * m + j] < Infinity)) throw fail('num', 'columnTooLarge', { column: j + 1 });
    root[j] = sqrt(g[j * m + j]);
    sd[j] = sqrt(g[j * m + j] / (n - 1));
  }
  // r_jk = g_jk / (√g_jj √g_kk) (two roots: their product cannot overflow), exactly 1 on the diagonal.
  const r = new Float64Array(m * m);
  for (let j = 0; j < m; j++) {
    for (let k = 0; k < j; k++) {
      const v = g[j * m + k] / (root[j] * root[k]);
      r[j * m + k] = v > 1 ? 1 : v < -1 ? -1 : v;
    }
    r[j * m + j] = 1;
  }
  return { r, sd };
}

/**
 * Eigenvalues below the tolerance set to 0, and each eigenvector signed so that the first entry
 * of (nearly) the largest magnitude is positive; returns the number of positive eigenvalues.
 */
function signed(values: Float64Array, vectors: Float64Array, m: number): number {
  const { abs } = Math;
  const zero = EIGEN_TOLERANCE * m;
  let rank = 0;
  for (let k = 0; k < m; k++) {
    if (values[k] < zero) values[k] = 0;
    else rank++;
    const v = vectors.subarray(k * m, (k + 1) * m);
    let big = 0;
    for (let j = 0; j < m; j++) big = Math.max(big, abs(v[j]));
    let lead = 0;
    while (abs(v[lead]) < big - SIGN_TIE) lead++;
    if (v[lead] < 0) for (let j = 0; j < m; j++) v[j] = -v[j];
  }
  return rank;
}

/** The kept components: k given, or Kaiser's λ > 1. */
function keptComponents(pca: Pca, components: number | null): number {
  const { m, values, rank } = pca;
  if (components === null || components === undefined) {
    let k = 0;
    while (k < m && values[k] > 1 + EIGEN_TOLERANCE * m) k++;
    if (k === 0) throw fail('na', 'noKaiserComponent', {});
    return k;
  }
  if (!Number.isInteger(components) || components < 1 || components > m) {
    throw fail('num', 'componentsRange', { m, components });
  }
  if (components > rank) {
    throw fail('num', 'componentsAboveRank', { rank, n: pca.n });
  }
  return components;
}

/** Scores Z w of the complete rows for a weighting w of the columns (w_j applied to z_j = dev_j / sd_j). */
function project(pca: Pca, w: ArrayLike<number>): Float64Array {
  const { n, m, dev, sd } = pca;
  const f = new Float64Array(n);
  for (let j = 0; j < m; j++) {
    const c = w[j] / sd[j];
    if (c === 0) continue;
    for (let i = 0, o = j * n; i < n; i++, o++) f[i] += c * dev[o];
  }
  return f;
}

/** The complete rows' values in their data rows, a blank ("") in the others. */
function inRows(pca: Pca, f: Float64Array): Cell[] {
  if (pca.kept === null) return Array.from(f);
  const out: Cell[] = new Array<Cell>(pca.rows).fill('');
  const kept = pca.kept;
  for (let r = 0; r < kept.length; r++) out[kept[r]] = f[r];
  return out;
}

export async function pcaScore(
  data: Data,
  components: number | null = null,
  output: PcaOutput = 'score',
  pacer: Pick<Pacer, 'tick'> = new Pacer(),
): Promise<Cell[] | Cell[][]> {
  return outputOf(await principalComponents(data, pacer), components, output);
}

/** The requested output of a PCA. */
function outputOf(pca: Pca, components: number | null, output: PcaOutput): Cell[] | Cell[][] {
  const { m, values, vectors } = pca;
  if (output === 'eigenvalues') {
    let total = 0;
    for (let k = 0; k < m; k++) total += values[k];
    const table: Cell[][] = [[...PCA_EIGENVALUES_HEADER]];
    let running = 0;
    for (let k = 0; k < m; k++) {
      running += values[k];
      table.push([k + 1, values[k], values[k] / total, running / total]);
    }
    return table;
  }
  const k = keptComponents(pca, components);
  if (output === 'loadings') {
    const table: Cell[][] = [];
    for (let j = 0; j < m; j++) {
      const row: Cell[] = new Array(k);
      for (let c = 0; c < k; c++) row[c] = vectors[c * m + j];
      table.push(row);
    }
    return table;
  }
  if (output === 'components') {
    const scores: Cell[][] = [];
    for (let c = 0; c < k; c++) scores.push(inRows(pca, project(pca, vectors.subarray(c * m, (c + 1) * m))));
    const table: Cell[][] = new Array(pca.rows);
    for (let i = 0; i < pca.rows; i++) {
      const row: Cell[] = new Array(k);
      for (let c = 0; c < k; c++) row[c] = scores[c][i];
      table[i] = row;
    }
    return table;
  }
  // score: F = Σ_k (λ_k / Σλ) F_k = Z u with u = Σ_k (λ_k / Σλ) v_k.
  let kept = 0;
  for (let c = 0; c < k; c++) kept += values[c];
  const u = new Float64Array(m);
  for (let c = 0; c < k; c++) {
    const w = values[c] / kept;
    for (let j = 0; j < m; j++) u[j] += w * vectors[c * m + j];
  }
  return inRows(pca, project(pca, u));
}
