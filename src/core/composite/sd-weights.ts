/**
 * Standard-deviation weights (methods.md A3): w_j = s_j / Σ s, with s_j the
 * sample standard deviation (n − 1) of column j after min-max normalisation
 * by direction (the direction does not change s_j). Blank cells are left out.
 * A constant column gets weight 0; all constant: #DIV/0!; fewer than 2 rows
 * or a column with fewer than 2 values: #N/A.
 * Check: Jahan & Edwards (2013), via pymcdm.
 */
import { divisionByZero, notAvailable } from '../shared/errors';
import { checkDirections, column, type Data, dataColumns, isConstant, normalizeColumn, present } from './normalize';
import { sum } from '../shared/numeric';
import { sampleSd } from '../shared/statistics';

export function sdWeights(data: Data, directions: readonly number[] | null = null): number[] {
  const m = dataColumns(data);
  const dirs = checkDirections(directions, m);
  const s = dirs.map((dir, j) => {
    const col = column(data, j);
    const values = present(col);
    if (values.length < 2) throw notAvailable(`column ${j + 1} of data has fewer than 2 values`);
    if (isConstant(values)) return 0;
    return sampleSd(present(normalizeColumn(col, dir, 'minmax', 0, j)));
  });
  const total = sum(s);
  if (total <= 0) throw divisionByZero('every column of data is constant');
  return s.map((v) => v / total);
}
