/**
 * Every Excel function of the add-in, in the order of the catalogue
 * (docs/functions: sections 1 to 8). Everything Excel-facing — metadata,
 * registration, help pages, the task pane's lists, the example tests — is
 * derived from this list.
 */
import type { FunctionSpec } from './types';
import { sixAspectScoreSpec } from './functions/framework-scores/six-aspect-score';
import { fourNewScoreSpec } from './functions/framework-scores/four-new-score';
import { elementScoreSpec } from './functions/framework-scores/element-score';
import { weakestAspectSpec } from './functions/framework-scores/weakest-aspect';
import { dependenceRatioSpec } from './functions/security/dependence-ratio';
import { selfSufficiencySpec } from './functions/security/self-sufficiency';
import { techDependenceSpec } from './functions/security/tech-dependence';
import { securityLevelSpec } from './functions/security/security-level';
import { statusLevelSpec } from './functions/security/status-level';
import { hhiSpec } from './functions/security/hhi';
import { isicCoverageSpec } from './functions/completeness/isic-coverage';
import { isicMissingSpec } from './functions/completeness/isic-missing';
import { isicTitleSpec } from './functions/completeness/isic-title';
import { diversitySpec } from './functions/completeness/diversity';
import { couplingCoordinationSpec } from './functions/synergy/coupling-coordination';
import { coordinationLevelSpec } from './functions/synergy/coordination-level';
import { structureTheilSpec } from './functions/synergy/structure-theil';
import { structureDeviationSpec } from './functions/synergy/structure-deviation';
import { structureAdvancementSpec } from './functions/synergy/structure-advancement';
import { tradeOpennessSpec } from './functions/openness/trade-openness';
import { rcaSpec } from './functions/openness/rca';
import { tradeCompetitivenessSpec } from './functions/openness/trade-competitiveness';
import { gvcParticipationSpec } from './functions/openness/gvc-participation';
import { giniSpec } from './functions/inclusiveness/gini';
import { theilIndexSpec } from './functions/inclusiveness/theil-index';
import { tfpGrowthSpec } from './functions/productivity/tfp-growth';
import { tfpIndexSpec } from './functions/productivity/tfp-index';
import { capitalStockSpec } from './functions/productivity/capital-stock';
import { deaEfficiencySpec } from './functions/productivity/dea-efficiency';
import { deaDetailsSpec } from './functions/productivity/dea-details';
import { malmquistSpec } from './functions/productivity/malmquist';
import { normalizeSpec } from './functions/composite/normalize';
import { entropyWeightsSpec } from './functions/composite/entropy-weights';
import { criticWeightsSpec } from './functions/composite/critic-weights';
import { sdWeightsSpec } from './functions/composite/sd-weights';
import { cvWeightsSpec } from './functions/composite/cv-weights';
import { ahpWeightsSpec } from './functions/composite/ahp-weights';
import { ahpConsistencySpec } from './functions/composite/ahp-consistency';
import { combineWeightsSpec } from './functions/composite/combine-weights';
import { compositeScoreSpec } from './functions/composite/composite-score';
import { topsisSpec } from './functions/composite/topsis';
import { obstacleDegreeSpec } from './functions/composite/obstacle-degree';
import { rankUncertaintySpec } from './functions/composite/rank-uncertainty';

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
