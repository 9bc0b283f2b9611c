/**
 * What the composite family offers other families (the composite-indicator
 * workflow builds on its normalisation, weights and aggregation).
 */
export {
  checkDirections,
  type Data,
  dataColumns,
  type Direction,
  isConstantValues,
  type Normalized,
  normalizeForScoring,
  type NormalizeMethod,
  normalizeValues,
  packColumns,
  type Columns,
} from './normalize';
export { entropyWeights } from './entropy-weights';
export { criticWeights } from './critic-weights';
export { scoringColumns, scoringColumnTrouble, type ScoringColumns } from './normalize';
