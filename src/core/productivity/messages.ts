/**
 * The messages of the productivity family, in English: one template a message, by id
 * (the Chinese are in messages-zh.ts; see src/core/shared/messages.ts).
 */
import { catalogue } from '../shared/messages';

/**
 * The unit a message is about, as that message's parameters: a row of a cross-section ({ row: 3 }, "row 3"),
 * a unit the user named ({ name: 'A' }, '"A"'), or a unit of a panel in one period
 * ({ unit: '"A"', period: 2020 }, 'unit "A" in period 2020', the unit as showUnit shows it).
 */
export type Who =
  | { readonly row: number; readonly name?: undefined; readonly unit?: undefined; readonly period?: undefined }
  | { readonly name: string; readonly row?: undefined; readonly unit?: undefined; readonly period?: undefined }
  | { readonly unit: string; readonly period: number; readonly row?: undefined; readonly name?: undefined };

/** "row 3", '"A"', 'unit "A" in period 2020'. */
export const whoEn = (w: Who): string =>
  w.row !== undefined ? `row ${w.row}` : w.name !== undefined ? `"${w.name}"` : `unit ${w.unit} in period ${w.period}`;

/**
 * Values as a formula writes them: '"crs"', '"vrs"'. (Lists go through Array.from here and below: a template
 * renders whatever parameters it is given, and gives an empty list rather than throwing.)
 */
const quoted = (options: readonly string[]): string[] => Array.from(options, (o) => `"${o}"`);

/** The arguments of a panel in a sentence: "units, periods, inputs and outputs". */
const argumentsEn = (names: readonly string[]): string => {
  const all = Array.from(names);
  return `${all.slice(0, -1).join(', ')} and ${all[all.length - 1]}`;
};

export const EN = {
  // CAPITAL_STOCK (capital-stock.ts)
  noInvestment: () => 'requires at least one period of investment',
  depreciationNegative: (p: { value: number }) => `depreciation (${p.value}) must lie in [0, 1]`,
  depreciationPercent: (p: { value: number; fraction: number }) =>
    `requires depreciation to be a fraction below 1, not ${p.value}: a percentage? use ${p.fraction} (or ${p.value}%)`,
  growthPercent: (p: { value: number; fraction: number }) =>
    `requires growth to be a fraction between −1 and 1, not ${p.value}: a percentage? use ${p.fraction} (or ${p.value}%)`,
  investmentMissing: (p: { period: number }) => `investment is missing in period ${p.period}`,
  investmentNegative: (p: { period: number; value: number }) => `investment in period ${p.period} is negative (${p.value})`,
  deflatorLength: (p: { values: number; periods: number }) => `deflator has ${p.values} values but investment has ${p.periods}`,
  deflatorMissing: (p: { period: number }) => `deflator is missing in period ${p.period}`,
  deflatorNotPositive: (p: { period: number; value: number }) => `deflator in period ${p.period} must be > 0 (${p.value})`,
  growthNeeded: () => 'requires growth when the series has a single period',
  growthUndefined: () => 'the average growth rate of investment needs positive first and last investment; give growth',
  growthPlusDepreciation: (p: { sum: number }) => `growth + depreciation must be > 0 (here ${p.sum})`,

  // TFP_GROWTH and TFP_INDEX (tfp-growth.ts, tfp-index.ts)
  unknownMethod: (p: { method: string }) => `method must be "log" or "simple", not "${p.method}"`,
  seriesLengths: (p: { output: number; capital: number; labour: number }) =>
    `output, capital and labour must have the same length (${p.output}, ${p.capital}, ${p.labour})`,
  tooFewGrowthPeriods: () => 'requires at least two periods',
  noPeriods: () => 'requires at least one period',
  shareCountGrowth: (p: { steps: number; count: number }) =>
    `capitalShare must be one value or ${p.steps} values (one per growth period), not ${p.count}`,
  shareCountIndex: (p: { periods: number; count: number }) => `capitalShare must be one value or ${p.periods} values (one per period), not ${p.count}`,
  shareBlank: (p: { item: number }) => `capitalShare: item ${p.item} is blank`,
  sharePercent: (p: { value: number; item: number; fraction: number }) =>
    `requires capitalShare to be a share below 1, not ${p.value} (item ${p.item}): a percentage? use ${p.fraction} (or ${p.value}%)`,
  shareOutside: (p: { item: number; value: number }) => `capitalShare: item ${p.item} (${p.value}) must lie strictly between 0 and 1`,
  logNeedsPositive: (p: { from: number; to: number }) => `periods ${p.from} to ${p.to}: the log method needs levels > 0`,
  levelNegative: (p: { from: number; to: number }) => `periods ${p.from} to ${p.to}: a level is negative`,
  levelZero: (p: { from: number; to: number }) => `periods ${p.from} to ${p.to}: a level in period ${p.from} is 0`,
  baseMissing: () => 'requires output, capital and labour in the first period (the base of the index)',
  baseNotPositive: () => 'output, capital and labour must be > 0 in the first period',
  levelNotPositive: (p: { period: number }) => `period ${p.period}: output, capital and labour must be > 0`,

  // The options and data of the DEA functions (dea-model.ts, dea-details.ts)
  unknownOption: (p: { name: string; options: readonly string[]; value: unknown }) =>
    `requires ${p.name} to be one of ${quoted(p.options).join(', ')}, not ${JSON.stringify(p.value)}`,
  notRange: (p: { name: string }) => `requires ${p.name} to be a range of numbers`,
  notRectangular: (p: { name: string }) => `requires ${p.name} to be a rectangular range`,
  blankNumber: (p: { name: string; row: number; column: number }) =>
    `requires a number in row ${p.row}, column ${p.column} of ${p.name}, which is blank`,
  notNumber: (p: { name: string; value: unknown; row: number; column: number }) =>
    `requires numbers in ${p.name}: found ${JSON.stringify(p.value)} in row ${p.row}, column ${p.column}`,
  notFinite: (p: { name: string; value: number; row: number; column: number }) =>
    `requires finite numbers in ${p.name}: found ${p.value} in row ${p.row}, column ${p.column}`,
  rowsMismatch: (p: { inputs: number; outputs: number }) =>
    `requires inputs and outputs to have the same number of rows (units): inputs has ${p.inputs}, outputs has ${p.outputs}`,
  tooManyUnits: (p: { max: number; units: number }) => `requires at most ${p.max} units (rows), not ${p.units}`,
  tooFewUnits: () => 'requires at least 2 units (rows) to build a frontier',
  negativeValue: (p: { row: number }) => `row ${p.row} has a negative input or output`,
  allInputsZero: (p: Who) => `${whoEn(p)} has all inputs 0: its efficiency is undefined, and it is left out of the frontier`,
  allOutputsZero: (p: Who) => `${whoEn(p)} has all outputs 0: its efficiency is undefined, and it is left out of the frontier`,
  tooFewRatedUnits: (p: { units: number }) =>
    `requires at least 2 units (rows) with a positive input and a positive output to build a frontier, not ${p.units}`,
  slackModelFailed: () => 'the second-phase (slack) model could not be solved',
  modelFailed: (p: Who) => `the model of ${whoEn(p)} could not be solved`,
  namesLength: (p: { units: number; names: number }) => `requires names to have one entry per unit: ${p.units} units but ${p.names} names`,

  // The long panel of MALMQUIST (long-panel.ts, malmquist.ts)
  missingArgument: (p: { name: string }) => `requires a value for ${p.name}`,
  panelRowsMismatch: (p: { names: readonly string[]; counts: readonly number[] }) => {
    const counts = Array.from(p.counts);
    const listed = Array.from(p.names, (name, k) => `${name}${k === 0 ? ' has' : ''} ${counts[k]}`).join(', ');
    return `requires ${argumentsEn(p.names)} to have the same number of rows: ${listed}`;
  },
  tooManyPanelRows: (p: { max: number; rows: number }) => `requires at most ${p.max} rows, not ${p.rows}`,
  blankUnit: (p: { row: number }) => `requires a unit in row ${p.row}, which is blank`,
  unitNotNameOrNumber: (p: { row: number }) => `requires a unit name or number in row ${p.row}`,
  blankPeriod: (p: { row: number }) => `requires a period in row ${p.row}, which is blank`,
  periodNotNumber: (p: { value: unknown; row: number }) => `requires numeric periods: found ${JSON.stringify(p.value)} in row ${p.row}`,
  repeatedRow: (p: { row: number; unit: string; period: number; first: number }) =>
    `row ${p.row} repeats unit ${p.unit} in period ${p.period} (first given in row ${p.first})`,
  tooManyPanelUnits: (p: { max: number; units: number }) => `requires at most ${p.max} units, not ${p.units}`,
  tooFewPanelUnits: () => 'requires at least 2 units to build a frontier',
  tooFewPanelPeriods: () => 'requires at least 2 periods',
  unbalancedPanel: (p: { unit: string; period: number }) => `requires a balanced panel: unit ${p.unit} has no row for period ${p.period}`,
  tooFewRatedPanelUnits: (p: { units: number; period: number }) =>
    `requires at least 2 units with a positive input and a positive output in every period, not ${p.units} in period ${p.period}`,
  crossPeriodInfeasible: (p: { unit: string; data: number; frontier: number }) =>
    `the cross-period model of unit ${p.unit} (period ${p.data} data against the period ${p.frontier} frontier) has no solution`,
};

/** An error of this family's catalogue: its English text, and its template for other languages. */
export const fail = catalogue('productivity', EN);
