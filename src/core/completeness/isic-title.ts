/** ISIC_TITLE: the official English title of one ISIC Rev.4 code (United Nations Statistics Division). */
import { isicCode } from './isic-code';
import { isicIndex } from './isic-index';
import { fail } from './messages';

/**
 * @param code text as written ("C", "10", "101", "1010") or a number read as a 4-digit class (111 → "0111")
 * @returns the title; "" for a blank code
 * @throws DomainError('na') for an unknown code, DomainError('value') for a value that cannot be a code
 */
export function isicTitle(code: unknown): string {
  const normalised = isicCode(code, 'code');
  if (normalised === null) return '';
  const category = isicIndex().byCode.get(normalised);
  if (!category) throw fail('na', 'notIsicCode', { code: normalised });
  return category.title;
}
