/**
 * The messages of the regional family, in English: one template a message, by id
 * (the Chinese are in messages-zh.ts; see src/core/shared/messages.ts).
 *
 * Values that the code formats (a label as `show` writes it, "East" quoted and
 * 2020 bare; a count with thousands separators) come as strings, formatted.
 */
import { catalogue, type Inner } from '../shared/messages';

/** The closed classes of a chain, each "{1, 2}", joined by "and" (any other value as it is). */
const sets = (v: readonly string[], separator: string): string => (Array.isArray(v) ? v.join(separator) : String(v));

export const EN = {
  // Labels and panels (panel.ts, dagum-gini.ts, kernel-density.ts, sigma-convergence.ts)
  blankLabelCell: (p: { name: string; row: number }) => `requires a label in every cell of ${p.name}: row ${p.row} is blank`,
  labelRowMismatch: (p: { name: string; values: string; expected: number; got: number }) =>
    `requires ${p.name} with one label per row of ${p.values} (${p.expected}), got ${p.got}`,
  blankLabel: (p: { name: string; row: number }) => `requires a label in every row of ${p.name} that has a value: row ${p.row} is blank`,
  notLabel: (p: { name: string; row: number }) => `requires ${p.name} to hold labels (text or numbers): row ${p.row}`,
  labelCountMismatch: (p: { name: string; expected: number; got: number }) =>
    `requires ${p.name} with one label per value (${p.expected}), got ${p.got}`,
  notNumberRow: (p: { row: number }) => `requires numbers in values: row ${p.row} is not a number`,
  notNumberItem: (p: { item: number }) => `requires numbers in values: item ${p.item} is not a number`,
  notNumberCell: (p: { row: number; column: number }) => `requires numbers in values: row ${p.row}, column ${p.column} is not a number`,
  periodFailed: (p: { period: string; inner: Inner }) => `period ${p.period}: ${p.inner.text}`,

  // BETA_CONVERGENCE, BETA_CONVERGENCE_PANEL (beta-convergence*.ts, ols-convergence.ts)
  unknownEffects: (p: { value: string }) => `requires effects to be one of "twoway", "unit", "none", not "${p.value}"`,
  tooFewPeriods: (p: { n: number }) => `requires at least two periods, not ${p.n}`,
  nonPositiveValue: (p: { row: number; value: number }) => `requires positive values (their log is taken): row ${p.row} is ${p.value}`,
  duplicateUnitPeriod: (p: { unit: string; period: string; first: number; second: number }) =>
    `requires one row per unit and period: unit ${p.unit} appears twice in period ${p.period} (rows ${p.first} and ${p.second})`,
  tooManyEffectLevels: (p: { observations: number; units: number; periods: number; max: number }) =>
    `requires fewer fixed-effect levels: ${p.observations} observations with ${p.units} units and ${p.periods} periods exceed ${p.max} cells of the regression (observations × (levels of the smaller effect + regressors))`,
  lengthMismatch: (p: { initial: number; final: number }) =>
    `requires initial and final of the same length: initial has ${p.initial} values, final ${p.final}`,
  nonPositiveYears: (p: { years: number }) => `requires years to be positive, not ${p.years}`,
  nonPositiveLevel: (p: { name: string; item: number; value: number }) =>
    `requires positive ${p.name} values (their log is taken): item ${p.item} is ${p.value}`,
  controlsRowCount: (p: { values: string; expected: number; header: boolean; got: number }) =>
    `requires controls with one row per row of ${p.values} (${p.expected})${p.header ? ' below its header row' : ''}, not ${p.got}`,
  controlNotNumber: (p: { row: number; column: number; value: string }) =>
    `requires numbers in controls: row ${p.row}, column ${p.column} holds ${p.value}`,
  tooFewObservations: (p: { n: number; k: number; effects: boolean }) =>
    `requires more observations than coefficients: ${p.n} observation${p.n === 1 ? '' : 's'} for ${p.k} coefficients${p.effects ? ' (with the fixed effects)' : ''}`,
  /** name: the collinear regressor, null for a fixed effect; effects: the model has fixed effects; after: regressors come before it. */
  collinear: (p: { name: string | null; effects: boolean; after: boolean }) =>
    `cannot estimate the model: ${p.name ?? 'a fixed effect'} is constant or collinear with ${p.effects ? 'the fixed effects' : 'the constant'}${p.after ? ' and the regressors before it' : ''}`,
  exactFit: () => 'the fit is exact (every residual is 0), so the standard errors are 0 and t is undefined',
  constantGrowth: () => 'the growth rates are all equal, so R² is undefined',
  noConvergence: (p: { positive: boolean }) => `beta is ${p.positive ? 'positive' : '0'} (no convergence), so lambda and the half-life are undefined`,
  /** withYears: years is not 1 (the term is 1 + beta·years). */
  speedUndefined: (p: { base: number; withYears: boolean }) => {
    const term = p.withYears ? '1 + beta·years' : '1 + beta';
    return `${term} is ${p.base} (≤ 0), so lambda = −ln(${term})${p.withYears ? '/years' : ''} is undefined`;
  },

  // DAGUM_GINI (dagum-gini.ts)
  tooFewValues: (p: { n: number }) => `requires at least 2 values, got ${p.n}`,
  zeroMeanOfValues: () => 'the mean of the values is 0',
  emptyGroup: (p: { group: string }) => `group ${p.group} has no values in this period`,
  zeroGroupMean: (p: { group: string }) => `group ${p.group} has a mean of 0`,
  zeroPairMeans: (p: { first: string; second: string }) => `groups ${p.first} and ${p.second} both have a mean of 0`,
  unknownDagumOutput: () => 'requires output to be one of "summary", "within", "between", "all"',
  negativeValue: (p: { row: number; value: number }) => `requires values ≥ 0: row ${p.row} is ${p.value}`,
  zeroGini: () => 'G is 0, so its shares are undefined',

  // KERNEL_DENSITY (kernel-density.ts, kernel-estimate.ts)
  unknownKernel: () => 'requires kernel to be one of "gaussian", "epanechnikov"',
  unknownDensityOutput: () => 'requires output to be one of "density", "peaks"',
  nonPositiveBandwidth: (p: { value: number }) => `requires bandwidth to be a positive number, not ${p.value}`,
  unknownBandwidth: () => 'requires bandwidth to be a positive number or one of "silverman", "scott", "scipy", "matlab"',
  pointsNotNumber: () => 'requires points to be a count or a range of x values (numbers)',
  badPointCount: (p: { max: number; value: number }) => `requires points to be a whole number from 2 to ${p.max}, not ${p.value}`,
  tooManyPoints: (p: { max: number; n: number }) => `requires at most ${p.max} points, not ${p.n}`,
  pointNotNumber: (p: { item: number; blank: boolean }) => `requires numbers in points: item ${p.item} is ${p.blank ? 'blank' : 'not a number'}`,
  tooFewForDensity: (p: { n: number }) => `requires at least 2 values to estimate a density, got ${p.n}`,
  noValues: () => 'no values',
  tooFewForSd: (p: { period: string }) => `period ${p.period}: requires at least 2 values for sd`,
  zeroMad: () => 'the median absolute deviation is 0, so the "matlab" bandwidth is 0',
  zeroSpread: (p: { rule: string }) => `the values are all equal, so the "${p.rule}" bandwidth is 0`,

  // LOCAL_MORAN (local-moran.ts)
  unknownScaling: (p: { value: string }) => `requires scaling to be "n-1" or "n", not "${p.value}"`,
  /** max: formatted with thousands separators. */
  badPermutations: (p: { min: number; max: string; value: number }) =>
    `requires permutations to be 0 (analytic) or a whole number from ${p.min} to ${p.max}, not ${p.value}`,
  island: (p: { unit: number }) => `unit ${p.unit} has no neighbours (a zero row of weights), so its z and p are undefined`,
  /** max, permutations, weights: formatted with thousands separators. */
  tooManyDraws: (p: { max: string; permutations: string; weights: string }) =>
    `requires permutations × the number of positive weights to be at most ${p.max}, not ${p.permutations} × ${p.weights}: use fewer permutations, sparser weights (knn, threshold or contiguity), or permutations 0 (analytic)`,

  // MARKOV_TRANSITION (markov-transition.ts, markov-chain.ts)
  classNeverLeft: (p: { class: number }) =>
    `class ${p.class} is entered but never left (it has no transitions out), so the chain has no steady state`,
  noTransitionForSteady: () => 'requires at least one transition for the steady state',
  /** sets: each closed class as "{1, 2}". */
  closedClasses: (p: { count: number; sets: readonly string[] }) =>
    `the chain has ${p.count} closed classes of states (${sets(p.sets, ' and ')}), so its steady state is not unique`,
  badClassCount: (p: { max: number; value: string }) =>
    `requires classes to be a whole number of classes from 2 to ${p.max}, or a row of ascending cut points, not ${p.value}`,
  /** value: the cell as written, null for a blank. */
  cutNotNumber: (p: { item: number; value: string | null }) =>
    `requires classes to be a row of cut points (numbers): item ${p.item} is ${p.value === null ? 'blank' : p.value}`,
  cutsNotAscending: (p: { item: number; value: number; previous: number }) =>
    `requires ascending cut points in classes: item ${p.item} (${p.value}) is not above item ${p.item - 1} (${p.previous})`,
  tooManyCuts: (p: { max: number; n: number }) => `requires at most ${p.max} cut points in classes, not ${p.n}`,
  unknownClassing: (p: { value: string }) => `requires classing to be one of "per-period", "pooled", not "${p.value}"`,
  unknownMarkovOutput: (p: { value: string }) => `requires output to be one of "matrix", "steady", "test", not "${p.value}"`,
  testNeedsWeights: () => 'requires weights for output "test" (the homogeneity test of the spatial Markov chain)',
  tooFewPeriodColumns: (p: { n: number }) => `requires at least 2 periods (columns of values), not ${p.n}`,
  noTransition: () => 'requires at least one transition: a unit with values in two consecutive periods',
  noSpatialTransition: () =>
    'requires at least one transition of a unit with neighbours (every unit is an island or its neighbours are blank)',
  zeroDof: () => 'the homogeneity test has 0 degrees of freedom',

  // SIGMA_CONVERGENCE (sigma-convergence.ts)
  emptyPeriod: (p: { period: string }) => `period ${p.period} has no values`,
  tooFewForSampleSd: (p: { period: string }) => `period ${p.period}: requires at least 2 values for a sample sd (divisor "n-1")`,
  zeroMean: () => 'the mean is 0',
  noLogarithm: () => 'a value ≤ 0 has no logarithm',
  unknownDivisor: () => 'requires divisor to be one of "n-1", "n"',
  longNotVector: (p: { rows: number; cols: number }) =>
    `requires values to be a single column (or row) when periods are given, not a ${p.rows}×${p.cols} range`,
  emptyValues: () => 'requires at least one value',

  // MORAN_I, GEARY_C, LOCAL_MORAN (spatial-statistics.ts)
  unknownStandardize: (p: { value: string }) => `requires standardize to be "row", "binary" or "none", not "${p.value}"`,
  unknownAssumption: (p: { value: string }) => `requires assumption to be "randomization" or "normality", not "${p.value}"`,
  tooFewUnits: (p: { min: number; n: number }) => `requires at least ${p.min} units (rows of values), not ${p.n}`,
  /** column: null when values has one column. */
  blankUnit: (p: { row: number; column: number | null }) =>
    `requires a number for every unit: row ${p.row}${p.column === null ? '' : ` of column ${p.column}`} of values is blank`,
  /** value: the cell as written ("text" quoted); column: null when values has one column. */
  unitNotNumber: (p: { row: number; column: number | null; value: string }) =>
    `requires a number for every unit: row ${p.row}${p.column === null ? '' : ` of column ${p.column}`} of values holds ${p.value}`,
  /** column: null when values has one column. */
  constantValues: (p: { column: number | null }) => `${p.column === null ? '' : `column ${p.column} of `}values is constant, so its variance is 0`,
  zeroWeights: () => 'the weights are all zero (no unit has a neighbour)',
  zeroVariance: () => 'the variance of the statistic is 0 for these weights (it cannot vary), so z and p are undefined',

  // Weights (spatial-weights.ts)
  notRange: (p: { name: string }) => `requires ${p.name} to be a range`,
  notRectangular: (p: { name: string }) => `requires ${p.name} to be a rectangular range`,
  /** value: the cell as written ("text" quoted). */
  cellNotNumber: (p: { name: string; row: number; column: number; value: string }) =>
    `requires ${p.name} to hold numbers: row ${p.row}, column ${p.column} holds ${p.value}`,
  negativeWeight: (p: { name: string; row: number; column: number; value: number }) =>
    `requires non-negative ${p.name}: row ${p.row}, column ${p.column} is ${p.value}`,
  nonZeroDiagonal: (p: { name: string; row: number; column: number; value: number }) =>
    `requires ${p.name} to have a zero diagonal (a unit is not its own neighbour): row ${p.row}, column ${p.column} is ${p.value}`,
  weightsShape: (p: { name: string; n: number; rows: number; cols: number }) =>
    `requires ${p.name} to be an n×n matrix or n×2 coordinates (latitude, longitude) for the ${p.n} units, not a ${p.rows}×${p.cols} range`,
  blankCoordinate: (p: { name: string; row: number }) =>
    `requires a latitude and a longitude in each row of ${p.name}: row ${p.row} has a blank`,
  latitudeOutOfRange: (p: { name: string; row: number; value: number }) =>
    `requires latitudes in [-90, 90] in the first column of ${p.name} (latitude, longitude in degrees): row ${p.row} has ${p.value}; are the columns swapped?`,
  samePlace: (p: { name: string; first: number; second: number }) =>
    `rows ${p.first} and ${p.second} of ${p.name} are the same place, so their inverse distance is infinite`,
  unknownWeightsStandardize: (p: { value: string }) => `requires standardize to be "row" or "none", not "${p.value}"`,
  unknownKind: (p: { value: string }) => `requires kind to be "inverse-distance", "knn", "threshold" or "economic", not "${p.value}"`,
  paramNotNumber: () => 'requires param to be a number',
  economicShape: (p: { rows: number; cols: number }) =>
    `requires coordinates to be a single column of values (n×1) for "economic", not a ${p.rows}×${p.cols} range`,
  nonPositiveEconomicPower: (p: { value: number }) => `requires param (the power of the economic distance) to be positive, not ${p.value}`,
  blankEconomicValue: (p: { row: number }) => `requires a value in each row of coordinates: row ${p.row} is blank`,
  sameValue: (p: { first: number; second: number }) =>
    `rows ${p.first} and ${p.second} of coordinates have the same value, so their economic distance is 0`,
  coordinatesShape: (p: { rows: number; cols: number }) =>
    `requires coordinates to be n×2 (latitude, longitude in degrees), not a ${p.rows}×${p.cols} range`,
  nonPositivePower: (p: { value: number }) => `requires param (the power of the distance) to be positive, not ${p.value}`,
  badNeighbourCount: (p: { max: number; value: number }) =>
    `requires param (the number of neighbours) to be a whole number from 1 to ${p.max} (the other units), not ${p.value}`,
  nonPositiveBand: (p: { value: number }) => `requires param (the distance band, km) to be positive, not ${p.value}`,
};

/** An error of this family's catalogue: its English text, and its template for other languages. */
export const fail = catalogue('regional', EN);
