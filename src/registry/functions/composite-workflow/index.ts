/** 11. The composite-indicator workflow: the family's functions in the catalogue's order. */
import type { Family } from '../../types';
import { COMPOSITE_WORKFLOW } from '../../categories';

export const compositeWorkflowFamily: Family = {
  folder: 'composite-workflow',
  category: COMPOSITE_WORKFLOW,
  specs: [],
};
