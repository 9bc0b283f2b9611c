/**
 * Reads the rows of value added and employment for the industrial-structure
 * functions (STRUCTURE_THEIL, STRUCTURE_DEVIATION): units in rows, sectors in
 * columns. Each row becomes its sector shares, or "" (an all-blank row), or the
 * error confined to that row.
 */
import { DomainError, divisionByZero, notAvailable, numError, valueError } from '../shared/errors';
import { sum } from '../shared/numeric';

export interface SectorShares {
  /** Value-added shares Y_i / Y. */
  y: number[];
  /** Employment shares L_i / L. */
  l: number[];
}

/**
 * @throws DomainError('value') when the shapes differ, ('na') with fewer than two sector columns
 */
export function sectorRows(
  valueAdded: readonly (readonly (number | null)[])[],
  employment: readonly (readonly (number | null)[])[],
): (SectorShares | DomainError | '')[] {
  const n = valueAdded.length;
  const k = n > 0 ? valueAdded[0].length : 0;
  if (employment.length !== n || employment.some((row) => row.length !== k) || valueAdded.some((row) => row.length !== k)) {
    throw valueError(
      `valueAdded (${n}×${k}) and employment (${employment.length}×${employment[0]?.length ?? 0}) must have the same shape`,
    );
  }
  if (k < 2) throw notAvailable('requires at least two sectors (columns)');
  return valueAdded.map((yRow, r) => {
    const lRow = employment[r];
    const blank = (v: number | null) => v === null || v === undefined;
    if (yRow.every(blank) && lRow.every(blank)) return '';
    for (let j = 0; j < k; j++) {
      const [y, l] = [yRow[j], lRow[j]];
      if (y === null || y === undefined) return notAvailable(`row ${r + 1}: valueAdded in column ${j + 1} is missing`);
      if (l === null || l === undefined) return notAvailable(`row ${r + 1}: employment in column ${j + 1} is missing`);
      if (y < 0) return numError(`row ${r + 1}: valueAdded in column ${j + 1} is negative (${y})`);
      if (l < 0) return numError(`row ${r + 1}: employment in column ${j + 1} is negative (${l})`);
      if (l === 0 && y > 0) {
        return divisionByZero(`row ${r + 1}: employment in column ${j + 1} is 0 while its value added is positive`);
      }
    }
    const totalY = sum(yRow as number[]);
    const totalL = sum(lRow as number[]);
    if (totalY === 0) return divisionByZero(`row ${r + 1}: total value added is 0`);
    if (totalL === 0) return divisionByZero(`row ${r + 1}: total employment is 0`);
    return { y: (yRow as number[]).map((v) => v / totalY), l: (lRow as number[]).map((v) => v / totalL) };
  });
}
