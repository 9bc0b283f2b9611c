/**
 * STRUCTURE_THEIL: the Theil index of structural rationalisation (Gan Chunhui,
 * Zheng Ruogu and Yu Dianfan 2011), one unit per row, sectors in columns:
 *   TL = Σ_i (Y_i/Y) · ln[(Y_i/L_i) / (Y/L)] = Σ_i y_i ln(y_i / l_i)
 * 0 when every sector's labour productivity equals the average; larger is less rational.
 */
import type { Cell } from '../shared/errors';
import { sum } from '../shared/numeric';
import { sectorRows } from './sector-rows';

/**
 * A sector with Y_i = 0 adds 0 (the limit of y ln y). Per row: #DIV/0! when L_i = 0 while Y_i > 0
 * or a total is 0, #NUM! for a negative value, #N/A for a missing one, "" for an all-blank row.
 */
export function structureTheil(
  valueAdded: readonly (readonly (number | null)[])[],
  employment: readonly (readonly (number | null)[])[],
): Cell[][] {
  return sectorRows(valueAdded, employment).map((row) => {
    if (row === '' || !('y' in row)) return [row];
    const terms = row.y.map((y, i) => (y > 0 ? y * Math.log(y / row.l[i]) : 0));
    return [Math.max(0, sum(terms))];
  });
}
