/**
 * The messages of the inclusiveness family, in English: one template a message, by id
 * (the Chinese are in messages-zh.ts; see src/core/shared/messages.ts).
 */
import { catalogue } from '../shared/messages';

/** A template without parameters: its text (called with {}). */
type NoParams = Record<string, never>;
const fixed = (text: string): ((p: NoParams) => string) => () => text;

export const EN = {
  // gini.ts
  weightsLength: (p: { weights: number; values: number }) => `weights has ${p.weights} values but values has ${p.values}`,
  correctedWithWeights: fixed('corrected applies to unweighted data only: leave weights out or corrected FALSE'),
  negativeWeight: (p: { item: number; value: number }) => `weights: item ${p.item} is negative (${p.value})`,
  blankWeight: (p: { item: number }) => `weights: item ${p.item} is blank but its value is not`,
  tooFewForCorrected: fixed('requires at least two values for the corrected Gini'),
  weightsSumZero: fixed('weights sum to 0'),

  // theil-index.ts
  groupsLength: (p: { groups: number; values: number }) => `groups has ${p.groups} labels but values has ${p.values}`,
  blankGroup: (p: { item: number }) => `groups: item ${p.item} is blank but its value is not`,

  // both
  negativeValue: (p: { item: number; value: number }) => `values: item ${p.item} is negative (${p.value})`,
  noValues: fixed('requires at least one value'),
  valuesSumZero: fixed('values sum to 0'),
};

/** An error of this family's catalogue: its English text, and its template for other languages. */
export const fail = catalogue('inclusiveness', EN);
