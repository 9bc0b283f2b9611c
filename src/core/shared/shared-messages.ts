/**
 * The messages of src/core/shared (readers and checks the families share), in
 * English: one template a message, by id (the Chinese are in
 * shared-messages-zh.ts; see messages.ts).
 */
import { catalogue } from './messages';

export const EN = {
  // Weights and aggregation (aggregate-scores.ts): COMPOSITE_SCORE, the framework scores and the workflow
  weightsLength: (p: { name: string; columns: number; count: number }) =>
    `requires ${p.name} with one value per column of the data (${p.columns}), got ${p.count}`,
  blankWeight: (p: { name: string; cell: number }) => `requires a number in every cell of ${p.name}: cell ${p.cell} is blank`,
  negativeWeight: (p: { name: string }) => `${p.name} must not be negative`,
  zeroWeights: (p: { name: string }) => `${p.name} are all zero`,
  /** coverage and minCoverage as percentages ("50%"). */
  lowCoverage: (p: { row: number; coverage: string; minCoverage: string }) =>
    `row ${p.row} has ${p.coverage} of the weight present, below minCoverage ${p.minCoverage}`,
  nonPositiveScore: (p: { row: number; method: string }) => `row ${p.row} has a score ≤ 0, which ${p.method} aggregation cannot take`,
  /** names: the English names of the columns, joined with ", ". */
  scoresShape: (p: { columns: number; names: string; rows: number; cols: number }) =>
    `requires scores with ${p.columns} columns (${p.names}), got ${p.rows}×${p.cols}`,

  // The linear programming solver (lp/highs-solver.ts)
  solverNotLoaded: (p: { detail: string }) => `the linear programming solver could not be loaded (${p.detail})`,
};

/** An error of the shared catalogue: its English text, and its template for other languages. */
export const fail = catalogue('shared', EN);
