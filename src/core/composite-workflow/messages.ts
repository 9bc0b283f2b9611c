/**
 * The messages of the composite-workflow family, in English: one template a message, by id
 * (the Chinese are in messages-zh.ts; see src/core/shared/messages.ts).
 */
import { catalogue, group, type Inner } from '../shared/messages';


/** A series of GREY_CORRELATION: the reference (column null), or a column of the factors. */
const seriesEn = (column: number | null): string => (column === null ? 'reference' : `column ${column} of factors`);

/**
 * A message about the kept columns (of positive weight) of INDEX_SENSITIVITY, with its column numbers
 * made those of data: kept[c − 1] is the data column (0-based) of kept column c. The English "column 2",
 * "columns 2 and 3"; the Chinese "第 2 列", "第 2 列和第 3 列", "第 2、3 列".
 */
export function renumberColumns(text: string, kept: readonly number[]): string {
  const of = (c: string): number => kept[Number(c) - 1] + 1;
  return text
    .replace(/\b(columns?) (\d+)(?: and (\d+))?/g, (_all, word: string, a: string, b?: string) =>
      b === undefined ? `${word} ${of(a)}` : `${word} ${of(a)} and ${of(b)}`,
    )
    .replace(/第 \d+(?:(?: 列)?\s*(?:、|和|与|及)\s*(?:第 )?\d+)* 列/g, (all) => all.replace(/\d+/g, (c) => String(of(c))));
}

type Statistic = 'skewness' | 'kurtosis';

export const EN = {
  // Shared by several functions
  tooFewColumns: (p: { m: number }) => `requires at least 2 columns (indicators) in data, got ${p.m}`,
  tooFewCompleteRows: (p: { n: number; blanks: boolean }) =>
    `requires at least 3 rows without a blank in data, got ${p.n}${p.blanks ? ' (a row with a blank cell is left out)' : ''}`,
  noRows: () => 'requires at least one row of data',
  dataNotRectangular: () => 'requires data to be a rectangular range',
  columnUnderTwoValues: (p: { column: number }) => `column ${p.column} of data has fewer than 2 values`,
  columnBlank: (p: { column: number }) => `column ${p.column} of data is blank: remove it or give it weight 0`,
  columnConstantWeighted: (p: { column: number }) =>
    `column ${p.column} of data is constant, so it cannot be normalised: remove it or give it weight 0`,

  // CORRELATION_MATRIX (correlation-matrix.ts)
  tooManyColumnsMatrix: (p: { max: number; m: number }) =>
    `requires at most ${p.max} columns (indicators) in data, got ${p.m}: the result would be ${p.m}×${p.m}`,
  columnFewValues: (p: { column: number; count: number; min: number }) =>
    `column ${p.column} of data has ${p.count} values, fewer than ${p.min}`,
  pairFewRows: (p: { column: number; other: number; count: number; min: number }) =>
    `columns ${p.column} and ${p.other} of data have ${p.count} rows with a value in both, fewer than ${p.min}`,
  pairTooLarge: (p: { column: number; other: number }) =>
    `columns ${p.column} and ${p.other} of data have values too large to square (beyond about 1e154): rescale them`,
  columnConstantCorrelation: (p: { column: number }) => `column ${p.column} of data is constant, so its correlations are undefined`,
  pairConstant: (p: { column: number; other: number }) =>
    `column ${p.column} of data is constant on the rows it shares with column ${p.other}, so their correlation is undefined`,

  // CRONBACH_ALPHA (cronbach-alpha.ts)
  alphaTooLarge: () => 'data has values too large to square (beyond about 1e154): rescale them',
  alphaTotalsConstant: () => 'the row totals of data do not vary (every column is constant), so α is undefined',

  // GREY_CORRELATION (grey-correlation.ts)
  rowsMismatch: (p: { n: number; rows: number }) =>
    `requires reference and factors with the same number of rows: reference has ${p.n} values, factors ${p.rows} rows`,
  tooFewObservations: (p: { n: number }) => `requires at least 2 rows (observations), got ${p.n}`,
  factorsNotRectangular: () => 'requires factors to be a rectangular range',
  everyDeltaZero: () => 'every factor equals the reference after normalisation (every Δ = 0), so the grey coefficients are 0/0',
  noOverlap: (p: { column: number }) => `column ${p.column} of factors has no value in a row where the reference has one`,
  seriesFewValues: (p: { column: number | null }) => `${seriesEn(p.column)} has fewer than 2 values`,
  seriesMeanZero: (p: { column: number | null }) => `${seriesEn(p.column)} has a mean of 0, so mean normalisation divides by 0`,
  seriesMeanNegative: (p: { column: number | null }) =>
    `${seriesEn(p.column)} has a negative mean, and dividing by it turns the series upside down: use "minmax"`,
  seriesFirstBlank: (p: { column: number | null }) => `${seriesEn(p.column)} is blank in row 1, the base of initial normalisation`,
  seriesFirstZero: (p: { column: number | null }) => `${seriesEn(p.column)} has a first value of 0, so initial normalisation divides by 0`,
  seriesFirstNegative: (p: { column: number | null }) =>
    `${seriesEn(p.column)} has a negative first value, and dividing by it turns the series upside down: use "minmax"`,
  seriesConstant: (p: { column: number | null }) => `${seriesEn(p.column)} is constant, so minmax normalisation divides by 0`,
  seriesTooLarge: (p: { column: number | null }) => `${seriesEn(p.column)} has values too large to normalise`,

  // GREY_RELATION (grey-relation.ts)
  everyGapZero: () => 'every difference to the ideal unit is 0 (Δmax = 0), so the grey coefficients are 0/0',

  // GREY_RELATION, GREY_CORRELATION, VIKOR (grey-vikor-common.ts)
  rhoRange: (p: { rho: string }) => `requires rho in (0, 1] (0.5 by convention), got ${p.rho}`,
  rangeTooLarge: (p: { column: number }) => `column ${p.column} of data has a range too large to compute`,
  blankUnit: (p: { row: number }) => `row ${p.row} of data has a blank cell in a column with a positive weight, so it cannot be scored`,

  // IMPUTE (impute.ts; resultTooLarge for INTERPOLATE and TREAT_OUTLIERS too)
  resultTooLarge: () => 'a result is too large for a number',
  unknownMethod: (p: { method: string }) => `requires method to be one of "mean", "median", "group-mean", "group-median", not "${p.method}"`,
  groupsMissing: (p: { method: string }) => `requires groups (one label per row of data) for method "${p.method}"`,
  groupsUnwanted: (p: { method: string }) =>
    `requires method "group-mean" or "group-median" when groups is given (method "${p.method}" takes no groups): choose one of them, or leave groups out`,
  groupsLength: (p: { n: number; count: number }) => `requires groups with one label per row of data (${p.n}), got ${p.count}`,
  /** label: as describeLabel shows it ("East", 3, TRUE). */
  groupNoValues: (p: { column: number; label: string }) =>
    `column ${p.column} of data has no values in group ${p.label}, so its blanks there cannot be imputed`,
  columnNoValues: (p: { column: number }) => `column ${p.column} of data has no values, so its blanks cannot be imputed`,
  blankGroupLabel: (p: { row: number; column: number }) =>
    `row ${p.row} has a blank label in groups, so its blank in column ${p.column} of data cannot be imputed`,

  // INDEX_SENSITIVITY (index-pipeline.ts, index-sensitivity.ts, sobol-indices.ts)
  notFinite: (p: { column: number }) => `column ${p.column} of data holds a value that is not a finite number`,
  lowCoverage: (p: { row: number }) => `row ${p.row} has less than 65% of the weight present, so it is not ranked`,
  noRankedRow: () => 'no row of data has enough values to be ranked',
  normalisedTooLarge: (p: { column: number }) => `column ${p.column} of data cannot be normalised: its values are too large`,
  geometricOutlier: (p: { column: number }) =>
    `column ${p.column} of data has a value more than 5 standard deviations below its mean, which the geometric mean cannot take after z-score normalisation: treat the outliers (TREAT_OUTLIERS) or leave "normalization" or "aggregation" out of choices`,
  weightsTooLarge: (p: { weighting: 'given' | 'entropy' | 'critic' }) => `the ${p.weighting} weights of data cannot be computed: its values are too large`,
  /** An error of ENTROPY_WEIGHTS or CRITIC_WEIGHTS on the kept columns, its column numbers those of data (kept: renumberColumns). */
  keptColumns: (p: { inner: Inner; kept: readonly number[]; weighting: 'entropy' | 'critic' }) => renumberColumns(p.inner.text, p.kept),
  unknownChoice: (p: { found: string; position: number }) =>
    `requires each of choices to be one of "normalization", "weighting", "aggregation", "noise": found "${p.found}" in position ${p.position}`,
  choiceTwice: (p: { choice: string }) => `requires each choice once in choices: "${p.choice}" is named twice`,
  noChoice: () => 'requires choices to name at least one of "normalization", "weighting", "aggregation", "noise"',
  runsRange: (p: { max: number }) => `runs must be a whole number from 1 to ${group(p.max)}`,
  tooMuchWork: (p: { builds: number; cells: number; max: number }) =>
    `requires the runs built (${group(p.builds)}) × the cells of data (${group(p.cells)}) to be at most ${group(p.max)}: use fewer runs or less data`,
  tooManyKeptRanks: (p: { max: number; runs: number; rows: number }) =>
    `requires 2 × runs × rows of data to be at most ${group(p.max)}, not 2 × ${group(p.runs)} × ${group(p.rows)}: use fewer runs or fewer rows`,
  rankShiftConstant: () => 'the mean absolute rank shift is the same in every run, so its variance is 0 and the sensitivity indices are 0/0',
  outputConstant: () => 'the output is the same in every run, so its variance is 0 and the sensitivity indices are 0/0',

  // INDEX_TREE (index-tree.ts)
  costWithNone: () => 'requires no cost directions with normalization "none": orient the data when you normalise it',
  nodeAllZero: (p: { node: string }) => `the indicators of node "${p.node}" all have weight 0, so it has nothing to aggregate`,
  geometricNonPositive: (p: { row: number; node: string }) =>
    `row ${p.row} has a value ≤ 0 under node "${p.node}", which geometric aggregation cannot take: normalise with a shift and pass normalization "none"`,
  structureRows: (p: { m: number; rows: number; levels: number; transposed: boolean }) =>
    `requires structure with one row per column of data (${p.m}), got ${p.rows}×${p.levels}${p.transposed ? ' (it looks transposed: put one indicator per row, e.g. with TRANSPOSE)' : ''}`,
  structureNotRectangular: () => 'requires structure to be a rectangular range with at least one column',
  nodeNameBlank: (p: { row: number; column: number }) =>
    `requires a node name in every cell of structure: row ${p.row}, column ${p.column} is blank`,
  nodeTwoLevels: (p: { node: string; column: number; other: number }) =>
    `requires each node name at one level only: "${p.node}" is in columns ${p.column} and ${p.other} of structure`,
  twoParents: (p: { node: string; parent: string; row: number; other: string; otherRow: number }) =>
    `requires one parent per node: structure gives "${p.node}" the parent "${p.parent}" in row ${p.row} and "${p.other}" in row ${p.otherRow}`,

  // INTERPOLATE (interpolate.ts)
  unknownEnds: (p: { ends: string }) => `requires ends to be one of "blank", "nearest", "extrapolate", not "${p.ends}"`,
  noValueRows: () => 'requires at least one row of values',
  valuesNotRectangular: () => 'requires values to be a rectangular range',
  unitsLength: (p: { n: number; count: number }) => `requires units with one label per row of values (${p.n}), got ${p.count}`,

  // PCA_SCORE (pca-score.ts)
  tooManyColumns: (p: { max: number; m: number }) => `requires at most ${p.max} columns (indicators) in data, got ${p.m}`,
  constantColumnSd: (p: { column: number; blanks: boolean }) =>
    `column ${p.column} of data is constant${p.blanks ? ' on the rows without a blank' : ''}, so it cannot be standardised (sd 0): remove it`,
  columnTooLarge: (p: { column: number }) => `column ${p.column} of data has values too large to square (beyond about 1e154): rescale it`,
  noKaiserComponent: () =>
    'found no component with an eigenvalue above 1 (the columns are uncorrelated): give components to choose how many to keep',
  componentsRange: (p: { m: number; components: number }) =>
    `requires components to be a whole number from 1 to ${p.m} (the columns of data), not ${p.components}`,
  componentsAboveRank: (p: { rank: number; n: number }) =>
    `requires components to be at most ${p.rank}, the components with a positive eigenvalue (${p.n} rows without a blank give at most ${p.n - 1}, and collinear columns fewer): the others are not determined by the data`,

  // TREAT_OUTLIERS (treat-outliers.ts)
  statTooFewValues: (p: { column: number; count: number; statistic: Statistic; need: number }) =>
    `column ${p.column} of data has ${p.count} value${p.count === 1 ? '' : 's'}, and its ${p.statistic} needs at least ${p.need}`,
  statConstant: (p: { column: number; statistic: Statistic }) => `column ${p.column} of data is constant, so its ${p.statistic} is 0/0`,
  unknownOutput: (p: { output: string }) => `requires output to be one of "data", "report", not "${p.output}"`,
  skewnessLimit: (p: { value: number }) => `requires skewness to be a number ≥ 0, not ${p.value}`,
  kurtosisLimit: (p: { value: number }) => `requires kurtosis to be a number, not ${p.value}`,
  maxPointsInvalid: (p: { value: number }) => `requires maxPoints to be a whole number ≥ 0, not ${p.value}`,
  winsorisingTies: (p: { column: number }) =>
    `column ${p.column} of data: winsorising ties every value (skewness 0/0), so the column is left untreated`,

  // VIKOR (vikor.ts)
  vRange: (p: { v: string }) => `requires v in [0, 1], got ${p.v}`,
  fewScoredUnits: () => 'fewer than 2 units have a value in every column with a positive weight, so Q cannot be computed',
  sameS: () => 'every unit has the same S (group utility), so (S − S*)/(S⁻ − S*) in Q is 0/0',
  sameR: () => 'every unit has the same R (individual regret), so (R − R*)/(R⁻ − R*) in Q is 0/0',
};

/** An error of this family's catalogue: its English text, and its template for other languages. */
export const fail = catalogue('composite-workflow', EN);
