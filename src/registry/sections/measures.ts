/**
 * Catalogue sections 2 to 7 without DEA: the framework's measures (issue 4), in
 * catalogue order. DEPENDENCE_RATIO, SELF_SUFFICIENCY and TECH_DEPENDENCE, the
 * first three functions of section 2, are listed in sections/foundation.ts.
 */
import type { FunctionSpec } from '../types';
import { securityLevelSpec } from '../functions/security-level';
import { statusLevelSpec } from '../functions/status-level';
import { hhiSpec } from '../functions/hhi';
import { isicCoverageSpec } from '../functions/isic-coverage';
import { isicMissingSpec } from '../functions/isic-missing';
import { isicTitleSpec } from '../functions/isic-title';
import { diversitySpec } from '../functions/diversity';
import { couplingCoordinationSpec } from '../functions/coupling-coordination';
import { coordinationLevelSpec } from '../functions/coordination-level';
import { structureTheilSpec } from '../functions/structure-theil';
import { structureDeviationSpec } from '../functions/structure-deviation';
import { structureAdvancementSpec } from '../functions/structure-advancement';
import { tradeOpennessSpec } from '../functions/trade-openness';
import { rcaSpec } from '../functions/rca';
import { tradeCompetitivenessSpec } from '../functions/trade-competitiveness';
import { gvcParticipationSpec } from '../functions/gvc-participation';
import { giniSpec } from '../functions/gini';
import { theilIndexSpec } from '../functions/theil-index';
import { tfpGrowthSpec } from '../functions/tfp-growth';
import { tfpIndexSpec } from '../functions/tfp-index';
import { capitalStockSpec } from '../functions/capital-stock';

export const measureSpecs: FunctionSpec[] = [
  // 2. Security and external dependence
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
  // 7. Total factor productivity (DEA_EFFICIENCY, DEA_DETAILS and MALMQUIST follow elsewhere)
  tfpGrowthSpec,
  tfpIndexSpec,
  capitalStockSpec,
];
