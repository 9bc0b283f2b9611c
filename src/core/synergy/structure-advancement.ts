/**
 * STRUCTURE_ADVANCEMENT: how far the structure has moved towards services, one
 * unit per row; columns primary, secondary, tertiary (and further sectors if supplied).
 *   "ratio" (default): TS = Y_3 / Y_2, tertiary over secondary value added (Gan et al. 2011)
 *   "hierarchy": H = Σ_i i · (Y_i / Y), between 1 and the number of sectors
 */
import { divisionByZero, notAvailable, numError, valueError, type Cell } from '../shared/errors';
import { sum } from '../shared/numeric';

/**
 * Per row: #DIV/0! when secondary value added is 0 ("ratio") or the row sums to 0 ("hierarchy"),
 * #NUM! for a negative value, #N/A for a missing one, "" for an all-blank row.
 * @throws DomainError('na') with fewer than three columns, ('value') for an unknown kind or ragged rows
 */
export function structureAdvancement(valueAdded: readonly (readonly (number | null)[])[], kind?: string | null): Cell[][] {
  const kd = kind ?? 'ratio';
  if (kd !== 'ratio' && kd !== 'hierarchy') throw valueError(`kind must be "ratio" or "hierarchy", not "${kd}"`);
  const k = valueAdded.length > 0 ? valueAdded[0].length : 0;
  if (k < 3) throw notAvailable('requires at least three columns: primary, secondary and tertiary value added');
  return valueAdded.map((row, r): Cell[] => {
    if (row.length !== k) throw valueError(`valueAdded: row ${r + 1} has ${row.length} columns, not ${k}`);
    if (row.every((v) => v === null || v === undefined)) return [''];
    for (let j = 0; j < k; j++) {
      const v = row[j];
      if (v === null || v === undefined) return [notAvailable(`row ${r + 1}: valueAdded in column ${j + 1} is missing`)];
      if (v < 0) return [numError(`row ${r + 1}: valueAdded in column ${j + 1} is negative (${v})`)];
    }
    const y = row as number[];
    if (kd === 'ratio') {
      if (y[1] === 0) return [divisionByZero(`row ${r + 1}: secondary value added (column 2) is 0`)];
      return [y[2] / y[1]];
    }
    const total = sum(y);
    if (total === 0) return [divisionByZero(`row ${r + 1}: total value added is 0`)];
    return [sum(y.map((v, i) => ((i + 1) * v) / total))];
  });
}
