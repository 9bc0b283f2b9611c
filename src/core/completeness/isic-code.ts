/**
 * Reads one ISIC Rev.4 code as the catalogue says: text is taken as written
 * (surrounding spaces dropped, a section letter may be lowercase), a number is
 * a 4-digit class code with its leading zeros restored (111 → "0111"). A blank
 * (null, undefined or "") gives null. Whether the code exists is not checked here.
 */
import { fail, type Place } from './messages';

/** Where a cell of a range sits, 1-based: its row and column in a 2-D range, or its item in a list. */
export type IsicAt = { readonly row: number; readonly column: number } | { readonly item: number };

/** The cell as a message names it: the argument, and the cell's place in it when given. */
export const placeOf = (name: string, at?: IsicAt): Place => ({
  name,
  row: at && 'row' in at ? at.row : 0,
  column: at && 'column' in at ? at.column : 0,
  item: at && 'item' in at ? at.item : 0,
});

/**
 * @param raw the value of the cell
 * @param name the argument, to name the cell in a message ("codes")
 * @param at where the cell sits in it, when it is one of several (a message names "codes, row 2, column 1")
 * @throws DomainError('value') for booleans, and numbers that are not whole codes from 0 to 9999
 */
export function isicCode(raw: unknown, name: string, at?: IsicAt): string | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number') {
    if (!Number.isInteger(raw) || raw < 0 || raw > 9999) {
      throw fail('value', 'numberNotCode', { ...placeOf(name, at), value: raw });
    }
    return String(raw).padStart(4, '0');
  }
  if (typeof raw === 'string') {
    const text = raw.trim();
    if (text === '') return null;
    return /^[a-z]$/.test(text) ? text.toUpperCase() : text;
  }
  throw fail('value', 'valueNotCode', { ...placeOf(name, at), value: String(raw) });
}
