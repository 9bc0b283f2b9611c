/**
 * Sheet names for inserted templates: never one already in use. Excel compares
 * sheet names without regard to case and allows at most 31 characters.
 */
export const MAX_SHEET_NAME = 31;

/** `base`, or `base (2)`, `base (3)` … : the first that `taken` does not hold. */
export function uniqueSheetName(base: string, taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  const clean = base.replace(/[[\]:*?/\\]/g, ' ').slice(0, MAX_SHEET_NAME);
  if (!used.has(clean.toLowerCase())) return clean;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = clean.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!used.has(name.toLowerCase())) return name;
  }
}
