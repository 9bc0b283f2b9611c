/** 6. Inclusiveness: the family's functions in the catalogue's order. */
import type { Family } from '../../types';
import { INCLUSIVENESS } from '../../categories';
import { giniSpec } from './gini';
import { theilIndexSpec } from './theil-index';

export const inclusivenessFamily: Family = {
  folder: 'inclusiveness',
  category: INCLUSIVENESS,
  specs: [
    giniSpec,
    theilIndexSpec,
  ],
};
