/** 10. Green productivity: the family's functions in the catalogue's order. */
import type { Family } from '../../types';
import { GREEN_PRODUCTIVITY } from '../../categories';
import { deaSuperEfficiencySpec } from './dea-super-efficiency';
import { sbmEfficiencySpec } from './sbm-efficiency';
import { sbmDetailsSpec } from './sbm-details';
import { ddfEfficiencySpec } from './ddf-efficiency';
import { malmquistLuenbergerSpec } from './malmquist-luenberger';

export const greenProductivityFamily: Family = {
  folder: 'green-productivity',
  category: GREEN_PRODUCTIVITY,
  specs: [deaSuperEfficiencySpec, sbmEfficiencySpec, sbmDetailsSpec, ddfEfficiencySpec, malmquistLuenbergerSpec],
};
