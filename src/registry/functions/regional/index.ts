/** 9. Regional differences and dynamics: the family's functions in the catalogue's order. */
import type { Family } from '../../types';
import { REGIONAL } from '../../categories';
// imports: dagum-gini, kernel-density
// imports: spatial-weights, moran-i, geary-c, local-moran
// imports: sigma-convergence, beta-convergence, beta-convergence-panel, markov-transition

export const regionalFamily: Family = {
  folder: 'regional',
  category: REGIONAL,
  specs: [
    // DAGUM_GINI
    // KERNEL_DENSITY
    // SPATIAL_WEIGHTS
    // MORAN_I
    // GEARY_C
    // LOCAL_MORAN
    // SIGMA_CONVERGENCE
    // BETA_CONVERGENCE
    // BETA_CONVERGENCE_PANEL
    // MARKOV_TRANSITION
  ],
};
