/**
 * Every Excel function of the add-in, in the order of the catalogue
 * (docs/functions: sections 1 to 8). Everything Excel-facing — metadata,
 * registration, help pages, the task pane's lists, the example tests — is
 * derived from this list.
 */
import type { FunctionSpec } from './types';
import { sixAspectScoreSpec } from './functions/six-aspect-score';
import { fourNewScoreSpec } from './functions/four-new-score';
import { elementScoreSpec } from './functions/element-score';
import { weakestAspectSpec } from './functions/weakest-aspect';
import { dependenceRatioSpec } from './functions/dependence-ratio';
import { selfSufficiencySpec } from './functions/self-sufficiency';
import { techDependenceSpec } from './functions/tech-dependence';
import { securityLevelSpec } from './functions/security-level';
import { statusLevelSpec } from './functions/status-level';
import { hhiSpec } from './functions/hhi';
import { isicCoverageSpec } from './functions/isic-coverage';
import { isicMissingSpec } from './functions/isic-missing';
import { isicTitleSpec } from './functions/isic-title';
import { diversitySpec } from './functions/diversity';
import { couplingCoordinationSpec } from './functions/coupling-coordination';
import { coordinationLevelSpec } from './functions/coordination-level';
import { structureTheilSpec } from './functions/structure-theil';
import { structureDeviationSpec } from './functions/structure-deviation';
import { structureAdvancementSpec } from './functions/structure-advancement';
import { tradeOpennessSpec } from './functions/trade-openness';
import { rcaSpec } from './functions/rca';
import { tradeCompetitivenessSpec } from './functions/trade-competitiveness';
import { gvcParticipationSpec } from './functions/gvc-participation';
import { giniSpec } from './functions/gini';
import { theilIndexSpec } from './functions/theil-index';
import { tfpGrowthSpec } from './functions/tfp-growth';
import { tfpIndexSpec } from './functions/tfp-index';
import { capitalStockSpec } from './functions/capital-stock';
import { deaEfficiencySpec } from './functions/dea-efficiency';
import { deaDetailsSpec } from './functions/dea-details';
import { malmquistSpec } from './functions/malmquist';
import { normalizeSpec } from './functions/normalize';
import { entropyWeightsSpec } from './functions/entropy-weights';
import { criticWeightsSpec } from './functions/critic-weights';
import { sdWeightsSpec } from './functions/sd-weights';
import { cvWeightsSpec } from './functions/cv-weights';
import { ahpWeightsSpec } from './functions/ahp-weights';
import { ahpConsistencySpec } from './functions/ahp-consistency';
import { combineWeightsSpec } from './functions/combine-weights';
import { compositeScoreSpec } from './functions/composite-score';
import { topsisSpec } from './functions/topsis';
import { obstacleDegreeSpec } from './functions/obstacle-degree';
import { rankUncertaintySpec } from './functions/rank-uncertainty';

export const specs: readonly FunctionSpec[] = [
  // 1. Framework scores
  sixAspectScoreSpec,
  fourNewScoreSpec,
  elementScoreSpec,
  weakestAspectSpec,
  // 2. Security and external dependence
  dependenceRatioSpec,
  selfSufficiencySpec,
  techDependenceSpec,
  securityLevelSpec,
  statusLevelSpec,
  hhiSpec,
  // 3. Completeness
  isicCoverageSpec,
  isicMissingSpec,
  isicTitleSpec,
  diversitySpec,
  // 4. Synergy and industrial structure
  couplingCoordinationSpec,
  coordinationLevelSpec,
  structureTheilSpec,
  structureDeviationSpec,
  structureAdvancementSpec,
  // 5. Openness
  tradeOpennessSpec,
  rcaSpec,
  tradeCompetitivenessSpec,
  gvcParticipationSpec,
  // 6. Inclusiveness
  giniSpec,
  theilIndexSpec,
  // 7. Total factor productivity
  tfpGrowthSpec,
  tfpIndexSpec,
  capitalStockSpec,
  deaEfficiencySpec,
  deaDetailsSpec,
  malmquistSpec,
  // 8. Composite indicators
  normalizeSpec,
  entropyWeightsSpec,
  criticWeightsSpec,
  sdWeightsSpec,
  cvWeightsSpec,
  ahpWeightsSpec,
  ahpConsistencySpec,
  combineWeightsSpec,
  compositeScoreSpec,
  topsisSpec,
  obstacleDegreeSpec,
  rankUncertaintySpec,
];

export const specByName: ReadonlyMap<string, FunctionSpec> = new Map(specs.map((s) => [s.name, s]));

export type { FunctionSpec } from './types';
