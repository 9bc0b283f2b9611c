/**
 * The messages of the security family, in English: one template a message, by id
 * (the Chinese are in messages-zh.ts; see src/core/shared/messages.ts).
 */
import { catalogue } from '../shared/messages';

/** A template without parameters: its text (called with {}). */
type NoParams = Record<string, never>;
const fixed = (text: string): ((p: NoParams) => string) => () => text;

/** A list of numbers as the message writes it (a single number stands for itself). */
export const joined = (xs: readonly number[] | number, separator: string): string => (typeof xs === 'number' ? String(xs) : xs.join(separator));

export const EN = {
  // cut-point-band.ts
  thresholdsNotAscending: (p: { count: number; defaults: readonly number[] }) =>
    `requires thresholds to be ${p.count} ascending cut points, such as ${joined(p.defaults, ', ')}`,

  // dependence-ratio.ts
  negativeFlows: fixed('trade flows and output must not be negative'),
  consumptionNotPositive: fixed('apparent consumption output + imports − exports is not positive'),
  zeroOutput: fixed('output is zero'),

  // hhi.ts
  negativeValue: (p: { item: number; value: number }) => `values: item ${p.item} is negative (${p.value})`,
  noValues: fixed('requires at least one value'),
  valuesSumZero: fixed('values sum to 0'),

  // security-level.ts
  dependenceNotNumber: fixed('dependence must be a number'),
  dependencePercent: (p: { value: number; ratio: number }) =>
    `requires dependence as a ratio, not ${p.value}: a percentage? use ${p.value}% or ${p.ratio} ` +
    '(a real ratio of 2 or more, from re-exports, is in the top class: classify MIN(dependence, 1))',

  // status-level.ts
  frontierRatioNotNumber: fixed('frontierRatio must be a number'),
  negativeFrontierRatio: fixed('frontierRatio must be ≥ 0'),

  // tech-dependence.ts
  negativeTechSpending: fixed('technology imports and R&D spending must not be negative'),
  zeroTechSpending: fixed('technology imports and R&D are both zero'),
};

/** An error of this family's catalogue: its English text, and its template for other languages. */
export const fail = catalogue('security', EN);
