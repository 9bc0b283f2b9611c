/**
 * Reads one ISIC Rev.4 code as the catalogue says: text is taken as written
 * (surrounding spaces dropped, a section letter may be lowercase), a number is
 * a 4-digit class code with its leading zeros restored (111 → "0111"). A blank
 * (null, undefined or "") gives null. Whether the code exists is not checked here.
 */
import { valueError } from '../shared/errors';

/**
 * @param raw the value of the cell
 * @param where how to name the cell in a message, e.g. "codes, row 2, column 1"
 * @throws DomainError('value') for booleans, and numbers that are not whole codes from 0 to 9999
 */
export function isicCode(raw: unknown, where: string): string | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number') {
    if (!Number.isInteger(raw) || raw < 0 || raw > 9999) {
      throw valueError(`${where}: ${raw} is not an ISIC Rev.4 code (a number is read as a 4-digit class code)`);
    }
    return String(raw).padStart(4, '0');
  }
  if (typeof raw === 'string') {
    const text = raw.trim();
    if (text === '') return null;
    return /^[a-z]$/.test(text) ? text.toUpperCase() : text;
  }
  throw valueError(`${where}: expected an ISIC Rev.4 code, got ${String(raw)}`);
}
