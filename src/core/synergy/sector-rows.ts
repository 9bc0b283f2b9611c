/**
 * Reads the rows of value added and employment for the industrial-structure
 * functions (STRUCTURE_THEIL, STRUCTURE_DEVIATION): units in rows, sectors in
 * columns. Each row becomes its sector shares, or "" (an all-blank row), or the
 * error confined to that row.
 */
import type { DomainError } from '../shared/errors';
import { sum } from '../shared/numeric';
import { fail } from './messages';

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
    throw fail('value', 'sectorShapeMismatch', {
      rows: n,
      cols: k,
      employmentRows: employment.length,
      employmentCols: employment[0]?.length ?? 0,
    });
  }
  if (k < 2) throw fail('na', 'tooFewSectors', {});
  return valueAdded.map((yRow, r) => {
    const lRow = employment[r];
    const blank = (v: number | null) => v === null || v === undefined;
    if (yRow.every(blank) && lRow.every(blank)) return '';
    for (let j = 0; j < k; j++) {
      const [y, l] = [yRow[j], lRow[j]];
      if (y === null || y === undefined) return fail('na', 'valueMissing', { row: r + 1, name: 'valueAdded', column: j + 1 });
      if (l === null || l === undefined) return fail('na', 'valueMissing', { row: r + 1, name: 'employment', column: j + 1 });
      if (y < 0) return fail('num', 'valueNegative', { row: r + 1, name: 'valueAdded', column: j + 1, value: y });
      if (l < 0) return fail('num', 'valueNegative', { row: r + 1, name: 'employment', column: j + 1, value: l });
      if (l === 0 && y > 0) {
        return fail('div0', 'employmentZero', { row: r + 1, column: j + 1 });
      }
    }
    const totalY = sum(yRow as number[]);
    const totalL = sum(lRow as number[]);
    if (totalY === 0) return fail('div0', 'totalValueAddedZero', { row: r + 1 });
    if (totalL === 0) return fail('div0', 'totalEmploymentZero', { row: r + 1 });
    return { y: (yRow as number[]).map((v) => v / totalY), l: (lRow as number[]).map((v) => v / totalL) };
  });
}
