/** 4. Synergy and industrial structure: the family's functions in the catalogue's order. */
import type { Family } from '../../types';
import { SYNERGY } from '../../categories';
import { couplingCoordinationSpec } from './coupling-coordination';
import { coordinationLevelSpec } from './coordination-level';
import { structureTheilSpec } from './structure-theil';
import { structureDeviationSpec } from './structure-deviation';
import { structureAdvancementSpec } from './structure-advancement';

export const synergyFamily: Family = {
  folder: 'synergy',
  category: SYNERGY,
  specs: [
    couplingCoordinationSpec,
    coordinationLevelSpec,
    structureTheilSpec,
    structureDeviationSpec,
    structureAdvancementSpec,
  ],
};
