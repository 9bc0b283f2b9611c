/**
 * The messages of the framework-scores family, in English: one template a message, by id
 * (the Chinese are in messages-zh.ts; see src/core/shared/messages.ts).
 */
import { catalogue } from '../shared/messages';

export const EN = {
  // weakest-aspect.ts
  labelsLength: (p: { columns: number; labels: number }) => `requires labels with one value per column of scores (${p.columns}), got ${p.labels}`,
  labelsRequired: (p: { columns: number }) =>
    `requires labels when scores have ${p.columns} columns (default labels exist for 6 aspects or 4 modernizations)`,
  noScore: (p: { row: number }) => `row ${p.row} of scores has no score`,
};

/** An error of this family's catalogue: its English text, and its template for other languages. */
export const fail = catalogue('framework-scores', EN);
