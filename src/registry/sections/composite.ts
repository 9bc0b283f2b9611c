/** Catalogue sections 1 and 8: framework scores and composite indicators (issue 3). */
import type { FunctionSpec } from '../types';

export const compositeSpecs: FunctionSpec[] = [];
