/** 11. The composite-indicator workflow: the family's functions in the catalogue's order. */
import type { Family } from '../../types';
import { COMPOSITE_WORKFLOW } from '../../categories';
import { treatOutliersSpec } from './treat-outliers';
import { imputeSpec } from './impute';
import { interpolateSpec } from './interpolate';
import { pcaScoreSpec } from './pca-score';
import { cronbachAlphaSpec } from './cronbach-alpha';
import { correlationMatrixSpec } from './correlation-matrix';
import { greyRelationSpec } from './grey-relation';
import { greyCorrelationSpec } from './grey-correlation';
import { vikorSpec } from './vikor';
import { indexTreeSpec } from './index-tree';
import { indexSensitivitySpec } from './index-sensitivity';

export const compositeWorkflowFamily: Family = {
  folder: 'composite-workflow',
  category: COMPOSITE_WORKFLOW,
  specs: [treatOutliersSpec, imputeSpec, interpolateSpec, indexTreeSpec, pcaScoreSpec, cronbachAlphaSpec, correlationMatrixSpec, greyRelationSpec, greyCorrelationSpec, vikorSpec, indexSensitivitySpec],
};
