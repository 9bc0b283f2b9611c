/** 1. Framework scores: the family's functions in the catalogue's order. */
import type { Family } from '../../types';
import { FRAMEWORK_SCORES } from '../../categories';
import { sixAspectScoreSpec } from './six-aspect-score';
import { fourNewScoreSpec } from './four-new-score';
import { elementScoreSpec } from './element-score';
import { weakestAspectSpec } from './weakest-aspect';

export const frameworkScoresFamily: Family = {
  folder: 'framework-scores',
  category: FRAMEWORK_SCORES,
  specs: [
    sixAspectScoreSpec,
    fourNewScoreSpec,
    elementScoreSpec,
    weakestAspectSpec,
  ],
};
