/** 8. Composite indicators: the family's functions in the catalogue's order. */
import type { Family } from '../../types';
import { COMPOSITE } from '../../categories';
import { normalizeSpec } from './normalize';
import { entropyWeightsSpec } from './entropy-weights';
import { criticWeightsSpec } from './critic-weights';
import { sdWeightsSpec } from './sd-weights';
import { cvWeightsSpec } from './cv-weights';
import { ahpWeightsSpec } from './ahp-weights';
import { ahpConsistencySpec } from './ahp-consistency';
import { combineWeightsSpec } from './combine-weights';
import { compositeScoreSpec } from './composite-score';
import { topsisSpec } from './topsis';
import { obstacleDegreeSpec } from './obstacle-degree';
import { rankUncertaintySpec } from './rank-uncertainty';

export const compositeFamily: Family = {
  folder: 'composite',
  category: COMPOSITE,
  specs: [
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
  ],
};
