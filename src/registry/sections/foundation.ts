/** The first functions: the six-aspect score and the external-dependence ratios. */
import type { FunctionSpec } from '../types';
import { sixAspectScoreSpec } from '../functions/six-aspect-score';
import { dependenceRatioSpec } from '../functions/dependence-ratio';
import { selfSufficiencySpec } from '../functions/self-sufficiency';
import { techDependenceSpec } from '../functions/tech-dependence';

export const foundationSpecs: FunctionSpec[] = [sixAspectScoreSpec, dependenceRatioSpec, selfSufficiencySpec, techDependenceSpec];
