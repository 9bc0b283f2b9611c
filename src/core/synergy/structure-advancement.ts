/**
 * STRUCTURE_ADVANCEMENT: how far the structure has moved towards services, one
 * unit per row; columns primary, secondary, tertiary (and further sectors if supplied).
 *   "ratio" (default): TS = Y_3 / Y_2, tertiary over secondary value added (Gan et al. 2011)
 *   "hierarchy": H = Σ_i i · (Y_i / Y), between 1 and the number of sectors
 */
import type { Cell } from '../shared/errors';
import { sum } from '../shared/numeric';
import { fail } from './messages';

/**
 * Per row: #DIV/0! when secondary value added is 0 ("ratio") or the row sums to 0 ("hierarchy"),
 * #NUM! for a negative value, #N/A for a missing one, "" for an all-blank row.
 * @throws DomainError('na') with fewer than three columns, ('value') for an unknown kind or ragged rows
 */
export function structureAdvancement(valueAdded: readonly (readonly (number | null)[])[], kind?: string | null): Cell[][] {
  const kd = kind ?? 'ratio';
  if (kd !== 'ratio' && kd !== 'hierarchy') throw fail('value', 'unknownKind', { kind: kd });
  const k = valueAdded.length > 0 ? valueAdded[0].length : 0;
  if (k < 3) throw fail('na', 'tooFewColumns', {});
  return valueAdded.map((row, r): Cell[] => {
    if (row.length !== k) throw fail('value', 'raggedRow', { name: 'valueAdded', row: r + 1, columns: row.length, k });
    if (row.every((v) => v === null || v === undefined)) return [''];
    for (let j = 0; j < k; j++) {
      const v = row[j];
      if (v === null || v === undefined) return [fail('na', 'valueMissing', { row: r + 1, name: 'valueAdded', column: j + 1 })];
      if (v < 0) return [fail('num', 'valueNegative', { row: r + 1, name: 'valueAdded', column: j + 1, value: v })];
    }
    const y = row as number[];
    if (kd === 'ratio') {
      if (y[1] === 0) return [fail('div0', 'secondaryZero', { row: r + 1 })];
      return [y[2] / y[1]];
    }
    const total = sum(y);
    if (total === 0) return [fail('div0', 'totalValueAddedZero', { row: r + 1 })];
    return [sum(y.map((v, i) => ((i + 1) * v) / total))];
  });
}
