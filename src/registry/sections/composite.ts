/** Catalogue sections 1 and 8: framework scores and composite indicators (issue 3). */
import type { FunctionSpec } from '../types';
import { fourNewScoreSpec } from '../functions/four-new-score';
import { elementScoreSpec } from '../functions/element-score';
import { weakestAspectSpec } from '../functions/weakest-aspect';
import { normalizeSpec } from '../functions/normalize';
import { entropyWeightsSpec } from '../functions/entropy-weights';
import { criticWeightsSpec } from '../functions/critic-weights';
import { sdWeightsSpec } from '../functions/sd-weights';
import { cvWeightsSpec } from '../functions/cv-weights';
import { ahpWeightsSpec } from '../functions/ahp-weights';
import { ahpConsistencySpec } from '../functions/ahp-consistency';
import { combineWeightsSpec } from '../functions/combine-weights';
import { compositeScoreSpec } from '../functions/composite-score';
import { topsisSpec } from '../functions/topsis';
import { obstacleDegreeSpec } from '../functions/obstacle-degree';
import { rankUncertaintySpec } from '../functions/rank-uncertainty';

/** Section 1 after SIX_ASPECT_SCORE (in foundationSpecs), then section 8, in catalogue order. */
export const compositeSpecs: FunctionSpec[] = [
  fourNewScoreSpec,
  elementScoreSpec,
  weakestAspectSpec,
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
