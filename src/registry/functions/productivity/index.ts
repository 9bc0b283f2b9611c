/** 7. Total factor productivity: the family's functions in the catalogue's order. */
import type { Family } from '../../types';
import { PRODUCTIVITY } from '../../categories';
import { tfpGrowthSpec } from './tfp-growth';
import { tfpIndexSpec } from './tfp-index';
import { capitalStockSpec } from './capital-stock';
import { deaEfficiencySpec } from './dea-efficiency';
import { deaDetailsSpec } from './dea-details';
import { malmquistSpec } from './malmquist';

export const productivityFamily: Family = {
  folder: 'productivity',
  category: PRODUCTIVITY,
  specs: [
    tfpGrowthSpec,
    tfpIndexSpec,
    capitalStockSpec,
    deaEfficiencySpec,
    deaDetailsSpec,
    malmquistSpec,
  ],
};

/** The DEA arguments and notes the green family's functions share. */
export { DEA_SOLVER_NOTE, deaInputsParam, deaOrientationParam, deaOutputsParam, deaRtsParam } from './dea-params';
