/** Catalogue sections 2 to 7 without DEA: the framework's measures (issue 4). */
import type { FunctionSpec } from '../types';

export const measureSpecs: FunctionSpec[] = [];
