/** ISIC_MISSING: the ISIC Rev.4 categories in scope that the codes do not contain, as code and title under a header row. */
import type { Cell } from '../shared/errors';
import { isicComparison } from './isic-comparison';
import { fail } from './messages';

/**
 * @returns [["code", "title"], [code, title], …]
 * @throws DomainError('na') "every category is present" when none is missing; see isicComparison for the rest
 */
export function isicMissing(codes: unknown, level?: string | null, scope?: string | null): Cell[][] {
  const { inScope, present } = isicComparison(codes, level, scope);
  const rows: Cell[][] = [['code', 'title']];
  for (const c of inScope) if (!present.has(c.code)) rows.push([c.code, c.title]);
  if (rows.length === 1) throw fail('na', 'nothingMissing', {});
  return rows;
}
