/**
 * What ISIC_COVERAGE and ISIC_MISSING share: the categories at one level within
 * a scope, and which of them the given codes make present. A code counts for
 * itself and all its parents (class 1010 makes group 101, division 10 and
 * section C present); a coarser code does not fill finer levels.
 */
import { isicCode, placeOf, type IsicAt } from './isic-code';
import { isicIndex, type IsicCategory, type IsicLevel } from './isic-index';
import { isicScope } from './isic-scope';
import { fail } from './messages';

const LEVELS: readonly IsicLevel[] = ['section', 'division', 'group', 'class'];

export interface IsicComparison {
  /** The categories at `level` within `scope`, in ISIC order. */
  inScope: readonly IsicCategory[];
  /** Codes (at every level) that the given codes make present. */
  present: ReadonlySet<string>;
}

/** Visits every cell of a scalar, a flat list or a 2-D range, with its place for messages (none for a scalar). */
function forEachCell(codes: unknown, visit: (value: unknown, at?: IsicAt) => void): void {
  if (!Array.isArray(codes)) {
    visit(codes);
    return;
  }
  codes.forEach((row: unknown, i) => {
    if (Array.isArray(row)) row.forEach((value: unknown, j) => visit(value, { row: i + 1, column: j + 1 }));
    else visit(row, { item: i + 1 });
  });
}

/**
 * @param codes ISIC codes: a scalar, a list or a 2-D range; blanks are ignored
 * @param level "section", "division" (default), "group" or "class"
 * @param scope see isicScope
 * @throws DomainError('value') for an unknown code (naming it and its cell), level or scope
 */
export function isicComparison(codes: unknown, level: string | null | undefined, scope: string | null | undefined): IsicComparison {
  const lvl = (level ?? 'division').toLowerCase() as IsicLevel;
  if (!LEVELS.includes(lvl)) {
    throw fail('value', 'unknownLevel', { level: String(level) });
  }
  const sections = new Set(isicScope(scope));
  const index = isicIndex();
  const present = new Set<string>();
  forEachCell(codes, (value, at) => {
    const code = isicCode(value, 'codes', at);
    if (code === null) return;
    const category = index.byCode.get(code);
    if (!category) throw fail('value', 'unknownCode', { ...placeOf('codes', at), code });
    for (const c of category.lineage) present.add(c);
  });
  const inScope = index.byLevel[lvl].filter((c) => sections.has(c.section));
  return { inScope, present };
}
