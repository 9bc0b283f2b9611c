/**
 * Coefficient-of-variation weights (变异系数法, methods.md A3): V_j = s_j / x̄_j
 * on the raw data (sample sd, n − 1), w_j = V_j / Σ V. Blank cells are left
 * out. A column mean ≤ 0 makes V meaningless: #NUM!. A constant column gets
 * weight 0; all constant: #DIV/0!; fewer than 2 rows or a column with fewer
 * than 2 values: #N/A.
 */
import { column, type Data, dataColumns, present } from './normalize';
import { sum } from '../shared/numeric';
import { mean, sampleSd } from '../shared/statistics';
import { fail } from './messages';

export function cvWeights(data: Data): number[] {
  const m = dataColumns(data);
  const v: number[] = [];
  for (let j = 0; j < m; j++) {
    const values = present(column(data, j));
    if (values.length < 2) throw fail('na', 'tooFewValues', { column: j + 1 });
    const average = mean(values);
    if (average <= 0) throw fail('num', 'nonPositiveMean', { column: j + 1 });
    v.push(sampleSd(values) / average);
  }
  const total = sum(v);
  if (total <= 0) throw fail('div0', 'allConstant', {});
  return v.map((x) => x / total);
}
