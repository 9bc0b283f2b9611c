/** 5. Openness: the family's functions in the catalogue's order. */
import type { Family } from '../../types';
import { OPENNESS } from '../../categories';
import { tradeOpennessSpec } from './trade-openness';
import { rcaSpec } from './rca';
import { tradeCompetitivenessSpec } from './trade-competitiveness';
import { gvcParticipationSpec } from './gvc-participation';

export const opennessFamily: Family = {
  folder: 'openness',
  category: OPENNESS,
  specs: [
    tradeOpennessSpec,
    rcaSpec,
    tradeCompetitivenessSpec,
    gvcParticipationSpec,
  ],
};
