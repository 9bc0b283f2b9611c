/**
 * The messages of the green-productivity family, in English: one template a message, by id
 * (the Chinese are in messages-zh.ts; see src/core/shared/messages.ts).
 */
import { catalogue } from '../shared/messages';
import { whoEn, type Who } from '../productivity';

/**
 * What a model evaluates, as the parameters of its messages: a unit as the productivity family names it
 * (a row, a name, a panel unit in one period), and how it is evaluated when not against its own frontier:
 * a panel unit's data against the frontier of another period (`frontier`), against the global frontier of
 * all periods (`global`), or by super-SBM, against the frontier of the other units (`superSbm`).
 */
export type Evaluated = Who & { readonly frontier?: number; readonly global?: boolean; readonly superSbm?: boolean };

/** 'unit "A" (period 2020 data against the period 2021 frontier)', 'unit "A" in period 2020 against the global frontier', 'row 3 (super-SBM, without itself)'. */
export const evaluatedEn = (e: Evaluated): string => {
  if (e.frontier !== undefined) return `unit ${e.unit} (period ${e.period} data against the period ${e.frontier} frontier)`;
  const who = whoEn(e);
  return e.global ? `${who} against the global frontier` : e.superSbm ? `${who} (super-SBM, without itself)` : who;
};

/** The column of a unit's data that the slacks-based measure divides by: "input 2", "output 1", "undesirable output 1". */
export interface RatioColumn {
  readonly column: 'input' | 'output' | 'undesirable output';
  readonly index: number;
}

/** Values as a formula writes them, in a sentence: '"crs" or "vrs"', '"non", "input" or "output"'. */
const choicesEn = (options: readonly string[]): string => {
  const list = Array.from(options, (o) => `"${o}"`);
  return `${list.slice(0, -1).join(', ')} or ${list[list.length - 1]}`;
};

export const EN = {
  // Options and data (green-data.ts, sbm-efficiency.ts)
  unknownChoice: (p: { name: string; options: readonly string[]; value: unknown }) =>
    `requires ${p.name} to be ${choicesEn(p.options)}, not ${JSON.stringify(p.value)}`,
  notFlag: (p: { name: string; value: unknown }) => `requires ${p.name} to be TRUE or FALSE, not ${JSON.stringify(p.value)}`,
  undesirableRequired: () => 'requires undesirable: the bad outputs, one row per unit (e.g. emissions)',
  undesirableRows: (p: { units: number; rows: number }) => `requires undesirable to have one row per unit: ${p.units} units but ${p.rows} rows`,
  negativeUndesirable: (p: { row: number }) => `row ${p.row} has a negative undesirable output`,
  rowsMismatch: (p: { inputs: number; outputs: number }) =>
    `requires inputs and outputs to have the same number of rows (units): inputs has ${p.inputs}, outputs has ${p.outputs}`,
  tooManyUnits: (p: { max: number; units: number }) => `requires at most ${p.max} units (rows), not ${p.units}`,
  tooFewUnits: () => 'requires at least 2 units (rows) to build a frontier',
  noOutputs: () => 'requires an output',
  tooFewRatedPanelUnits: (p: { units: number; period: number }) =>
    `requires at least 2 units with a positive input and a positive good output in every period, not ${p.units} in period ${p.period}`,

  // A unit's model (solve.ts, sbm-efficiency.ts, malmquist-luenberger.ts)
  modelInfeasible: (p: Evaluated) =>
    `the model of ${evaluatedEn(p)} has no solution (no combination of the reference units can serve as its frontier)`,
  modelUnbounded: (p: Evaluated) => `the model of ${evaluatedEn(p)} is unbounded`,
  modelFailed: (p: Evaluated) => `the model of ${evaluatedEn(p)} could not be solved`,
  zeroInRatio: (p: Evaluated & RatioColumn) =>
    `${evaluatedEn(p)} has ${p.column} ${p.index} = 0, which the slacks-based measure divides by`,
  distanceTooLow: (p: Evaluated) => `the distance of ${evaluatedEn(p)} is −1 or less`,
};

/** An error of this family's catalogue: its English text, and its template for other languages. */
export const fail = catalogue('green-productivity', EN);
