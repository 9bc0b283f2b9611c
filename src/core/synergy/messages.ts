/**
 * The messages of the synergy family, in English: one template a message, by id
 * (the Chinese are in messages-zh.ts; see src/core/shared/messages.ts).
 */
import { catalogue, plain } from '../shared/messages';


export const EN = {
  // COORDINATION_LEVEL (coordination-level.ts)
  dNotNumber: plain('d must be a number'),
  dNegative: plain('d must lie in [0, 1]'),
  dAboveOne: (p: { d: number }) =>
    `requires d in [0, 1], not ${p.d}: D on a 0–100 scale? divide it by 100, or compute it from scores in [0, 1] with NQP.COUPLING_COORDINATION`,

  // COUPLING_COORDINATION (coupling-coordination.ts)
  weightsLength: (p: { count: number; k: number }) => `weights has ${p.count} values but scores has ${p.k} columns`,
  weightBlank: (p: { item: number }) => `weights: item ${p.item} is blank`,
  weightNotNumber: (p: { item: number }) => `weights: item ${p.item} is not a number`,
  weightNegative: (p: { item: number; value: number }) => `weights: item ${p.item} is negative (${p.value})`,
  weightsSumZero: plain('weights sum to 0'),
  scoreMissing: (p: { row: number; column: number }) => `row ${p.row}: the score in column ${p.column} is missing`,
  scoreNegative: (p: { row: number; column: number; value: number }) =>
    `row ${p.row}, column ${p.column}: score ${p.value} is outside [0, 1]`,
  scoreAboveOne: (p: { row: number; column: number; value: number }) =>
    `requires scores in [0, 1], not ${p.value} (row ${p.row}, column ${p.column}): scores on a 0–100 scale? divide them by 100, or normalise them with NQP.NORMALIZE`,
  scoresAllZero: (p: { row: number }) => `row ${p.row}: every score is 0, so C is 0/0`,
  modifiedUnavailable: plain('formula "modified" is not yet available: the transcription of Wang Shujia et al. (2021) is unverified; use "standard"'),
  unknownFormula: (p: { formula: string }) => `formula must be "standard", not "${p.formula}"`,
  unknownOutput: (p: { output: string }) => `output must be "D", "C", "T" or "all", not "${p.output}"`,
  noScoreRows: plain('requires at least one row of scores'),
  tooFewSubsystems: plain('requires at least two subsystems (columns of scores)'),
  raggedRow: (p: { name: string; row: number; columns: number; k: number }) =>
    `${p.name}: row ${p.row} has ${p.columns} columns, not ${p.k}`,

  // The modified coupling degree (modified-coupling-degree.ts, not exposed)
  modifiedTooFewSubsystems: plain('requires at least two subsystems'),
  modifiedScoreOutside: (p: { index: number; value: number }) => `score ${p.index} (${p.value}) is outside [0, 1]`,
  modifiedScoresAllZero: plain('every score is 0'),

  // Sector rows: STRUCTURE_THEIL, STRUCTURE_DEVIATION (sector-rows.ts), STRUCTURE_ADVANCEMENT
  sectorShapeMismatch: (p: { rows: number; cols: number; employmentRows: number; employmentCols: number }) =>
    `valueAdded (${p.rows}×${p.cols}) and employment (${p.employmentRows}×${p.employmentCols}) must have the same shape`,
  tooFewSectors: plain('requires at least two sectors (columns)'),
  valueMissing: (p: { row: number; name: string; column: number }) => `row ${p.row}: ${p.name} in column ${p.column} is missing`,
  valueNegative: (p: { row: number; name: string; column: number; value: number }) =>
    `row ${p.row}: ${p.name} in column ${p.column} is negative (${p.value})`,
  employmentZero: (p: { row: number; column: number }) =>
    `row ${p.row}: employment in column ${p.column} is 0 while its value added is positive`,
  totalValueAddedZero: (p: { row: number }) => `row ${p.row}: total value added is 0`,
  totalEmploymentZero: (p: { row: number }) => `row ${p.row}: total employment is 0`,

  // STRUCTURE_ADVANCEMENT (structure-advancement.ts)
  unknownKind: (p: { kind: string }) => `kind must be "ratio" or "hierarchy", not "${p.kind}"`,
  tooFewColumns: plain('requires at least three columns: primary, secondary and tertiary value added'),
  secondaryZero: (p: { row: number }) => `row ${p.row}: secondary value added (column 2) is 0`,
};

/** An error of this family's catalogue: its English text, and its template for other languages. */
export const fail = catalogue('synergy', EN);
