/** 3. Completeness: the family's functions in the catalogue's order. */
import type { Family } from '../../types';
import { COMPLETENESS } from '../../categories';
import { isicCoverageSpec } from './isic-coverage';
import { isicMissingSpec } from './isic-missing';
import { isicTitleSpec } from './isic-title';
import { diversitySpec } from './diversity';

export const completenessFamily: Family = {
  folder: 'completeness',
  category: COMPLETENESS,
  specs: [
    isicCoverageSpec,
    isicMissingSpec,
    isicTitleSpec,
    diversitySpec,
  ],
};
