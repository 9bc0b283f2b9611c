/** 9. Regional differences and dynamics: the family's functions in the catalogue's order. */
import type { Family } from '../../types';
import { REGIONAL } from '../../categories';
import { dagumGiniSpec } from './dagum-gini';
import { kernelDensitySpec } from './kernel-density';
import { spatialWeightsSpec } from './spatial-weights';
import { moranISpec } from './moran-i';
import { gearyCSpec } from './geary-c';
import { localMoranSpec } from './local-moran';
import { sigmaConvergenceSpec } from './sigma-convergence';
import { betaConvergenceSpec } from './beta-convergence';
import { betaConvergencePanelSpec } from './beta-convergence-panel';
import { markovTransitionSpec } from './markov-transition';

export const regionalFamily: Family = {
  folder: 'regional',
  category: REGIONAL,
  specs: [
    dagumGiniSpec,
    kernelDensitySpec,
    spatialWeightsSpec,
    moranISpec,
    gearyCSpec,
    localMoranSpec,
    sigmaConvergenceSpec,
    betaConvergenceSpec,
    betaConvergencePanelSpec,
    markovTransitionSpec,
  ],
};
