/**
 * The messages of the completeness family, in English: one template a message, by id
 * (the Chinese are in messages-zh.ts; see src/core/shared/messages.ts).
 */
import { catalogue } from '../shared/messages';

/** A template without parameters: its text (called with {}). */
type NoParams = Record<string, never>;
const fixed = (text: string): ((p: NoParams) => string) => () => text;

/** A cell named in a message: its argument, and its 1-based row and column in a range or item in a list (0 when not named). */
export interface Place {
  readonly name: string;
  readonly row: number;
  readonly column: number;
  readonly item: number;
}

/** "codes, row 2, column 1", "codes, item 3", "codes". */
const whereEn = (p: Place): string => (p.row && p.column ? `${p.name}, row ${p.row}, column ${p.column}` : p.item ? `${p.name}, item ${p.item}` : p.name);

export const EN = {
  // diversity.ts
  unknownKind: (p: { kind: string }) => `kind must be "shannon" or "hhi", not "${p.kind}"`,
  negativeValue: (p: { item: number; value: number }) => `values: item ${p.item} is negative (${p.value})`,
  tooFewForShannon: fixed('requires at least two categories for "shannon" (ln 1 = 0)'),
  noValues: fixed('requires at least one value'),
  valuesSumZero: fixed('values sum to 0'),

  // isic-code.ts
  numberNotCode: (p: Place & { value: number }) => `${whereEn(p)}: ${p.value} is not an ISIC Rev.4 code (a number is read as a 4-digit class code)`,
  valueNotCode: (p: Place & { value: string }) => `${whereEn(p)}: expected an ISIC Rev.4 code, got ${p.value}`,

  // isic-comparison.ts
  unknownLevel: (p: { level: string }) => `level must be "section", "division", "group" or "class", not "${p.level}"`,
  unknownCode: (p: Place & { code: string }) => `${whereEn(p)}: unknown ISIC Rev.4 code "${p.code}"`,

  // isic-scope.ts
  unknownScope: (p: { part: string }) =>
    `scope: "${p.part}" is not a section or a range of sections; use "all", a section letter A to U ("C"), a range ("B-E") or a list ("B,C,D")`,

  // isic-missing.ts
  nothingMissing: fixed('every category is present'),

  // isic-title.ts
  notIsicCode: (p: { code: string }) => `code "${p.code}" is not an ISIC Rev.4 code`,
};

/** An error of this family's catalogue: its English text, and its template for other languages. */
export const fail = catalogue('completeness', EN);
