/**
 * Standard-deviation weights (methods.md A3): w_j = s_j / Σ s, with s_j the
 * sample standard deviation (n − 1) of column j after min-max normalisation
 * by direction (the direction does not change s_j). Blank cells are left out.
 * A constant column gets weight 0; all constant: #DIV/0!; fewer than 2 rows
 * or a column with fewer than 2 values: #N/A.
 * Check: Jahan & Edwards (2013), via pymcdm.
 */
import { checkDirections, column, type Data, dataColumns, isConstant, normalizeColumn, present } from './normalize';
import { sum } from '../shared/numeric';
import { sampleSd } from '../shared/statistics';
import { fail } from './messages';

export function sdWeights(data: Data, directions: readonly number[] | null = null): number[] {
  const m = dataColumns(data);
  const dirs = checkDirections(directions, m);
  const s = dirs.map((dir, j) => {
    const col = column(data, j);
    const values = present(col);
    if (values.length < 2) throw fail('na', 'tooFewValues', { column: j + 1 });
    if (isConstant(values)) return 0;
    return sampleSd(present(normalizeColumn(col, dir, 'minmax', 0, j)));
  });
  const total = sum(s);
  if (total <= 0) throw fail('div0', 'allConstant', {});
  return s.map((v) => v / total);
}
