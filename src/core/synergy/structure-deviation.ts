/**
 * STRUCTURE_DEVIATION: the structural deviation degree, one unit per row, sectors in columns:
 *   E = Σ_i | (Y_i/Y) / (L_i/L) − 1 |
 * 0 when every sector's share of value added equals its share of employment.
 */
import type { Cell } from '../shared/errors';
import { sum } from '../shared/numeric';
import { sectorRows } from './sector-rows';

/**
 * A sector with both Y_i = 0 and L_i = 0 is absent and adds nothing. Per row: #DIV/0! when L_i = 0
 * while Y_i > 0 or a total is 0, #NUM! for a negative value, #N/A for a missing one, "" for an all-blank row.
 */
export function structureDeviation(
  valueAdded: readonly (readonly (number | null)[])[],
  employment: readonly (readonly (number | null)[])[],
): Cell[][] {
  return sectorRows(valueAdded, employment).map((row) => {
    if (row === '' || !('y' in row)) return [row];
    const terms = row.y.map((y, i) => (row.l[i] > 0 ? Math.abs(y / row.l[i] - 1) : 0));
    return [sum(terms)];
  });
}
