/**
 * The messages of the openness family, in English: one template a message, by id
 * (the Chinese are in messages-zh.ts; see src/core/shared/messages.ts).
 */
import { catalogue, plain } from '../shared/messages';


export const EN = {
  /** An argument below 0: "exports is negative (-3)". */
  negative: (p: { name: string; value: number }) => `${p.name} is negative (${p.value})`,
  /** A denominator of 0: "gdp is 0". */
  zero: (p: { name: string }) => `${p.name} is 0`,
  /** TRADE_COMPETITIVENESS with neither exports nor imports. */
  tradeSumZero: plain('exports + imports is 0'),
  /** RCA: a product's exports above the total they belong to: "exports exceed totalExports". */
  exceedsTotal: (p: { part: string; total: string }) => `${p.part} exceed ${p.total}`,
  /** GVC_PARTICIPATION: an unknown kind. */
  unknownKind: (p: { kind: string }) => `kind must be "total", "backward", "forward" or "position", not "${p.kind}"`,
};

/** An error of this family's catalogue: its English text, and its template for other languages. */
export const fail = catalogue('openness', EN);
