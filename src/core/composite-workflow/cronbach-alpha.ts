/**
 * CRONBACH_ALPHA: Cronbach's (1951) α of the indicators (columns), the
 * internal-consistency check of a dimension in composite-indicator work
 * (COINr's get_cronbach; psych::alpha's raw_alpha; methods-analysis.md §8,
 * "Correlation checks"):
 *
 *   α = k / (k − 1) · (1 − Σ_j s²_j / s²_T)
 *
 * with k the columns, s²_j the sample variance of column j and s²_T that of
 * the row totals T_i = Σ_j x_ij (the n − 1 cancels). Equal to COINr's
 * k²·mean(off-diagonal covariances)/Σ covariances, since s²_T is the sum of
 * the whole covariance matrix.
 *
 * On the raw data, as COINr and psych's raw_alpha: indicators on different
 * scales weigh by their variances. The standardised α (psych's std.alpha,
 * k r̄ / (1 + (k − 1) r̄)) is α of the z-scores: CRONBACH_ALPHA of
 * NORMALIZE(data, , "zscore"). α can be negative (indicators that move against
 * each other: a cost indicator among benefits; turn it round first). α is
 * not a test of one dimension: it rises with k.
 *
 * Complete rows only (a row with a blank cell is left out, R's na.omit; psych
 * and COINr default to pairwise covariances, which can differ when there are
 * blanks). Errors: fewer than 2 columns, or fewer than 3 complete rows: #N/A;
 * row totals without variation (s²_T = 0, e.g. every column constant): #DIV/0!;
 * values too large to square (beyond about 1e154): #NUM!.
 * A single constant column is allowed: it adds nothing to either variance.
 *
 * Each variance by the corrected two-pass algorithm (cross-products.ts): one
 * pass per column and one over the totals, n·k work in all.
 */
import { type Data, dataColumns } from '../composite';
import { centre, completeRows, packByColumn, scaleExtremeColumns } from './cross-products';
import { fail } from './messages';

export function cronbachAlpha(data: Data): number {
  const m = dataColumns(data, 1);
  if (m < 2) throw fail('na', 'tooFewColumns', { m });
  const packed = packByColumn(data, m);
  scaleExtremeColumns(packed, true);
  const { n, x, sums } = completeRows(packed);
  if (n < 3) throw fail('na', 'tooFewCompleteRows', { n, blanks: false });
  // The row totals, summed column by column in order, before the columns are centred.
  const total = new Float64Array(n);
  for (let j = 0; j < m; j++) for (let i = 0, o = j * n; i < n; i++, o++) total[i] += x[o];
  let items = 0;
  for (let j = 0; j < m; j++) items += sumOfSquaresCentred(x, j * n, n, sums === null ? undefined : sums[j]);
  const whole = sumOfSquaresCentred(total, 0, n);
  if (!(items < Infinity && whole < Infinity)) throw fail('num', 'alphaTooLarge', {});
  if (!(whole > 0)) throw fail('div0', 'alphaTotalsConstant', {});
  return (m / (m - 1)) * (1 - items / whole);
}

/** Σ (x − mean)² of x[offset … offset + n − 1], centring it in place; 0 for equal values. */
function sumOfSquaresCentred(x: Float64Array, offset: number, n: number, sum?: number): number {
  if (centre(x, offset, n, sum) === null) return 0;
  let s0 = 0;
  let s1 = 0;
  let i = offset;
  const end = offset + n;
  for (; i + 1 < end; i += 2) {
    s0 += x[i] * x[i];
    s1 += x[i + 1] * x[i + 1];
  }
  if (i < end) s0 += x[i] * x[i];
  return s0 + s1;
}
